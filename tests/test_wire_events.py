"""Events as objects (helper ev): joining, taking part in, boycotting, walking out
of, rejecting, condemning and demanding talks, elections, referendums, censuses,
conferences and summits, whose other side is inside the event's own phrase ("talks
with X", "organised by X", "hosted by X", "the Afghan elections", "elections in
Nicaragua"). Leads of our own in the style of 1975-2005 wire copy (not gold records),
each checked as the scorer codes it: (source code, PLOVER type, target code); an
empty type takes any. Then the guards: events of no one's (a domestic vote, a sports
event, "refused to comment on the talks") code nothing, and hostile acts one joins
are no cooperation with their target."""

from __future__ import annotations

import pytest

from geograph.evaluate import found_triples
from geograph.model import Mention
from relations_util import row_ids


def _coded(mentions: list[Mention]) -> tuple[tuple[str, str, str], ...]:
    return found_triples(mentions, "plover")


def _found(expected: tuple[str, str, str], coded: tuple[tuple[str, str, str], ...]) -> bool:
    source, kind, target = expected
    return any(s == source and (not kind or k == kind) and t == target for s, k, t in coded)


# (lead, (source code, PLOVER type, target code))
LEADS = [
    # Joining talks ('join' is a light verb of the talks' noun).
    (
        "UNITA refused to join the peace talks with the Angolan government.",
        ("AGO", "REJECT", "AGO"),
    ),
    ("Jordan refused to join the talks between Israel and Egypt.", ("JOR", "REJECT", "ISR")),
    (
        "King Hussein said Jordan would not join the negotiations with Israel.",
        ("JOR", "REJECT", "ISR"),
    ),
    ("Syria joined the peace talks with Israel on Tuesday.", ("SYR", "CONSULT", "ISR")),
    # Taking part in a vote or a conference someone holds (refused: REJECT).
    (
        "The Khmer Rouge refused to take part in elections organised by the United Nations.",
        ("KHM", "REJECT", "IGO"),
    ),
    (
        "Hamas refused to take part in the elections organized by the Palestinian Authority.",
        ("PSE", "REJECT", "PSE"),
    ),
    ("Iraq refused to take part in the conference hosted by Iran.", ("IRQ", "REJECT", "IRN")),
    (
        "Sudan refused to participate in the summit organized by the African Union.",
        ("SDN", "REJECT", "IGO"),
    ),
    (
        "Libya declined to participate in the Arab summit hosted by Morocco.",
        ("LBY", "REJECT", "MAR"),
    ),
    (
        "Albania will not take part in the referendum organised by Yugoslavia, its foreign "
        "minister said.",
        ("ALB", "REJECT", "SRB"),
    ),
    ("France took part in the conference hosted by Germany.", ("FRA", "COOPERATE", "DEU")),
    (
        "Namibia's SWAPO agreed to take part in the elections supervised by the United Nations.",
        ("NAM", "AGREE", "IGO"),
    ),
    # Walking out of a meeting someone holds or has with one (sanctions).
    (
        "Syria walked out of the peace conference convened by the United States.",
        ("SYR", "SANCTION", "USA"),
    ),
    ("Iran walked out of the Islamic summit hosted by Saudi Arabia.", ("IRN", "SANCTION", "SAU")),
    (
        "The Israeli delegation stormed out of a meeting with Palestinian negotiators.",
        ("ISR", "SANCTION", "PSE"),
    ),
    (
        "Pretoria's delegation walked out of the conference organized by the OAU.",
        ("ZAF", "SANCTION", "IGO"),
    ),
    # Attending, joining, boycotting, threatening to boycott (read before: kept).
    ("The PLO refused to attend the summit called by Egypt.", ("PSE", "REJECT", "EGY")),
    ("India refused to attend the conference called by Pakistan.", ("IND", "REJECT", "PAK")),
    (
        "Israel refused to attend the conference sponsored by the Soviet Union.",
        ("ISR", "REJECT", "RUS"),
    ),
    ("Zaire refused to attend the OAU summit.", ("COD", "REJECT", "IGO")),
    ("North Korea refused to join the talks brokered by China.", ("PRK", "REJECT", "CHN")),
    ("The Tamil Tigers refused to join the talks organised by Norway.", ("LKA", "REJECT", "NOR")),
    ("Iran boycotted the conference hosted by Saudi Arabia.", ("IRN", "SANCTION", "SAU")),
    ("Argentina boycotted the conference hosted by Britain.", ("ARG", "SANCTION", "GBR")),
    (
        "Serbia boycotted the conference organized by the European Union.",
        ("SRB", "SANCTION", "IGO"),
    ),
    ("The Vietnamese boycotted the conference organized by ASEAN.", ("VNM", "SANCTION", "IGO")),
    ("Egypt boycotted the Arab summit in Damascus.", ("EGY", "SANCTION", "SYR")),
    (
        "The Palestinians boycotted the Israeli municipal elections in Jerusalem.",
        ("PSE", "SANCTION", "ISR"),
    ),
    (
        "The Polisario Front boycotted the referendum organized by Morocco.",
        ("IMG", "PROTEST", "MAR"),
    ),
    (
        "The PLO threatened to boycott the conference sponsored by Washington.",
        ("PSE", "THREATEN", "USA"),
    ),
    ("Syria threatened to walk out of the talks with Israel.", ("SYR", "THREATEN", "ISR")),
    (
        "North Korea threatened to pull out of the talks with South Korea.",
        ("PRK", "THREATEN", "KOR"),
    ),
    ("Nigeria snubbed the Commonwealth summit in Harare.", ("NGA", "REJECT", "IGO")),
    # Rejecting a vote, a census, a conference or its results (rejected_events);
    # rejecting talks with someone (links).
    ("Pakistan rejected the results of the Afghan elections.", ("PAK", "REJECT", "AFG")),
    ("Morocco rejected the referendum proposed by Algeria.", ("MAR", "REJECT", "DZA")),
    ("Libya rejected the Afghan elections.", ("LBY", "REJECT", "AFG")),
    ("Vietnam rejected the conference proposed by China.", ("VNM", "REJECT", "CHN")),
    ("The Arab League rejected the Israeli elections in Jerusalem.", ("IGO", "REJECT", "ISR")),
    ("Belgrade rejected the outcome of the Montenegrin referendum.", ("SRB", "REJECT", "MNE")),
    ("Azerbaijan repudiated the Armenian census in Nagorno-Karabakh.", ("AZE", "REJECT", "ARM")),
    (
        "Ethiopia on Monday rejected the results of the Eritrean referendum.",
        ("ETH", "REJECT", "ERI"),
    ),
    (
        "Nigeria refused to recognize the results of the Liberian elections.",
        ("NGA", "REJECT", "LBR"),
    ),
    ("The Taliban rejected the talks with the Afghan government.", ("AFG", "REJECT", "AFG")),
    ("Iraq spurned negotiations with Kuwait.", ("IRQ", "REJECT", "KWT")),
    ("Tehran rebuffed talks with Washington.", ("IRN", "REJECT", "USA")),
    ("Cuba rejected the Israeli peace plan.", ("CUB", "REJECT", "ISR")),
    ("Albania rejected the Serbian plan for Kosovo.", ("ALB", "REJECT", "SRB")),
    ("Greece condemned the Turkish Cypriot elections.", ("GRC", "DISAPPROVE", "CYP")),
    # Condemning and protesting against them (read before: kept).
    ("Pakistan denounced the elections held by India in Kashmir.", ("PAK", "DISAPPROVE", "IND")),
    (
        "Armenia protested against the Azerbaijani census in Nagorno-Karabakh.",
        ("ARM", "DISAPPROVE", "AZE"),
    ),
    ("India protested against the Chinese census in Tibet.", ("IND", "DISAPPROVE", "CHN")),
    ("Serbia protested the referendum organized by Montenegro.", ("SRB", "DISAPPROVE", "MNE")),
    ("China condemned the referendum held by Taiwan.", ("CHN", "DISAPPROVE", "TWN")),
    ("Moscow denounced the NATO summit in Madrid.", ("RUS", "DISAPPROVE", "IGO")),
    ("Iran condemned the conference hosted by Bahrain.", ("IRN", "DISAPPROVE", "BHR")),
    (
        "The Soviet Union condemned the American plan for the Middle East.",
        ("RUS", "DISAPPROVE", "USA"),
    ),
    ("The United States demanded new elections in Nicaragua.", ("USA", "DEMAND", "NIC")),
    # Demanding a vote somewhere: of that place's state.
    ("Britain called for new elections in Zimbabwe.", ("GBR", "DEMAND", "ZWE")),
    ("Washington demanded a new vote in Haiti.", ("USA", "DEMAND", "HTI")),
    ("The European Community urged free elections in Romania.", ("IGO", "DEMAND", "ROU")),
    ("Canada called for a recount in Guyana.", ("CAN", "DEMAND", "GUY")),
    ("Algeria demanded a referendum in Western Sahara.", ("DZA", "DEMAND", "ESH")),
    ("Kabul accepted the talks proposed by Pakistan.", ("AFG", "", "PAK")),
    # Accepting, welcoming, recognising.
    ("Sri Lanka welcomed the talks brokered by Norway.", ("LKA", "", "NOR")),
    ("Ghana recognized the results of the Liberian elections.", ("GHA", "SUPPORT", "LBR")),
    # Other word orders, tenses and voices.
    (
        "The elections organized by the United Nations were boycotted by the Khmer Rouge.",
        ("KHM", "SANCTION", "IGO"),
    ),
    (
        "The Sandinista government refused on Friday to take part in the summit organized by "
        "Honduras.",
        ("NIC", "REJECT", "HND"),
    ),
    (
        "Renamo rebels refused to participate in the elections organised by Maputo.",
        ("MOZ", "REJECT", "MOZ"),
    ),
    (
        "Turkey said it would not take part in the conference hosted by Greece.",
        ("TUR", "REJECT", "GRC"),
    ),
    ("Bolivia has refused to participate in the summit hosted by Chile.", ("BOL", "REJECT", "CHL")),
    ("Chad took part in the summit hosted by Libya in Tripoli.", ("TCD", "COOPERATE", "LBY")),
    (
        "The South African delegation walked out of the summit hosted by Zambia.",
        ("ZAF", "SANCTION", "ZMB"),
    ),
    (
        "Greek Cypriot negotiators stormed out of a meeting with Turkish Cypriot leaders.",
        ("CYP", "SANCTION", "CYP"),
    ),
    (
        "Lebanon on Wednesday rejected the results of the Israeli elections.",
        ("LBN", "REJECT", "ISR"),
    ),
    ("Spain rejected the referendum organized by Britain in Gibraltar.", ("ESP", "REJECT", "GBR")),
    ("Guatemala repudiated the outcome of the Belizean referendum.", ("GTM", "REJECT", "BLZ")),
    (
        "The Indian government rejected the conference proposed by Pakistan on Kashmir.",
        ("IND", "REJECT", "PAK"),
    ),
    ("Israel spurned talks with the PLO.", ("ISR", "REJECT", "PSE")),
    (
        "The rebels in Chad rejected negotiations with the government of Hissene Habre.",
        ("TCD", "REJECT", "TCD"),
    ),
    ("Washington called for free elections in Panama.", ("USA", "DEMAND", "PAN")),
    ("The Organization of American States urged new elections in Peru.", ("IGO", "DEMAND", "PER")),
    ("Japan pressed for early elections in Cambodia.", ("JPN", "DEMAND", "KHM")),
    ("Morocco demanded a referendum in Western Sahara.", ("MAR", "DEMAND", "ESH")),
    # Pulling out of, quitting or staying away from a meeting: no retreat of forces.
    ("Egypt pulled out of the summit hosted by Iraq.", ("EGY", "SANCTION", "IRQ")),
    ("Jordan withdrew from the conference hosted by Iraq.", ("JOR", "SANCTION", "IRQ")),
    ("Morocco quit the OAU summit in Addis Ababa.", ("MAR", "SANCTION", "IGO")),
    ("Libya stayed away from the summit hosted by Morocco.", ("LBY", "SANCTION", "MAR")),
    ("Russia withdrew its troops from Chechnya.", ("RUS", "RETREAT", "RUS")),
    ("Syria pulled its forces out of Lebanon.", ("SYR", "RETREAT", "LBN")),
    # Opposing or objecting to a vote or a conference someone holds.
    ("China opposed the referendum in Taiwan.", ("CHN", "REJECT", "TWN")),
    ("Serbia opposed the independence referendum in Montenegro.", ("SRB", "REJECT", "MNE")),
    ("Israel objected to the conference proposed by the Soviet Union.", ("ISR", "REJECT", "RUS")),
    # An event's backer joined by a hyphen holds it (actor_words sponsored_events).
    ("The Khmer Rouge boycotted the U.N.-sponsored elections.", ("KHM", "SANCTION", "IGO")),
    ("The Contras refused to join the U.S.-sponsored talks.", ("NIC", "REJECT", "USA")),
    ("Syria refused to attend the U.S.-sponsored peace conference.", ("SYR", "REJECT", "USA")),
    ("Iraq rejected the Saudi-backed peace plan.", ("IRQ", "REJECT", "SAU")),
    ("Angola rejected the U.S.-backed proposal.", ("AGO", "REJECT", "USA")),
    # A walk-out from work stays a protest.
    ("Miners walked out of the pits in Wales.", ("GBR", "PROTEST", "GBR")),
]


@pytest.mark.parametrize(("text", "expected"), LEADS, ids=row_ids(LEADS))
def test_wire_event_lead(extract, text: str, expected: tuple[str, str, str]) -> None:
    coded = _coded(extract(text))
    assert _found(expected, coded), coded


# (sentence, triple that must not be found; None: no event at all)
GUARDS = [
    ("The minister refused to comment on the talks.", None),
    ("Brazil boycotted the World Cup.", None),
    ("Brazil refused to take part in the World Cup.", None),
    ("The opposition refused to take part in the elections.", None),
    ("The government postponed the elections.", None),
    ("The minister declined to comment on the summit.", None),
    ("Kenyan voters took part in the elections on Tuesday.", None),
    ("The opposition rejected the election results.", None),
    ("Ghana took part in the elections.", None),
    ("Britain joined the sanctions against Iraq.", ("GBR", "COOPERATE", "IRQ")),
    ("Turkey joined the war against Iraq.", ("TUR", "COOPERATE", "IRQ")),
    ("France joined the boycott of the Moscow Olympics.", ("FRA", "COOPERATE", "RUS")),
    (
        "Syria walked out of the peace conference convened by the United States.",
        ("SYR", "PROTEST", "SYR"),
    ),
    ("Moscow refused to recognise the referendum held by Chechnya.", ("RUS", "SUPPORT", "RUS")),
    ("The rebels rejected talks.", None),
    ("Britain quit the talks.", None),
    ("Egypt pulled out of the summit hosted by Iraq.", ("EGY", "RETREAT", "IRQ")),
    # A backed group is still not its backer's own forces.
    ("Iranian-backed militias attacked a U.S. base in Syria.", ("IRN", "ASSAULT", "USA")),
    ("Iranian-backed militias attacked a U.S. base in Syria.", ("IRN", "FIGHT", "USA")),
    # A vote called for at a body's seat is asked of the body, not of the host state.
    (
        "Russia called for a vote at the United Nations in New York.",
        ("RUS", "DEMAND", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), GUARDS, ids=row_ids(GUARDS))
def test_wire_event_guard(extract, text: str, absent: tuple[str, str, str] | None) -> None:
    coded = _coded(extract(text))
    if absent is None:
        assert not coded, coded
    else:
        assert absent not in coded, coded
