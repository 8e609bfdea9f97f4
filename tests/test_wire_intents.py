"""Intents, offers and promises in wire and news leads (CAMEO 03x, PLOVER AGREE):
intent to cooperate (economically, militarily, on judicial matters and
intelligence), to give aid (economic, military, humanitarian, peacekeepers), to
reform, to yield (ease sanctions or a blockade, release people, let monitors in,
pull troops back), to meet or negotiate, to settle a dispute, to accept mediation and
to mediate; said as "said it was ready to", "offered to", "pledged", "promised Y",
"is willing to", "vowed to", "signalled it would", "expressed readiness for",
"agreed in principle to", "announced plans to", "will", "is to", with the other side
named as a dative, after "for", "to", "with" or as a possessor. Our own leads, not
gold records, each with the (source code, PLOVER type, target code) triples an event
coder gives (a state's ISO code, else IGO). GUARDS: a threat is THREATEN, a demand on
others DEMAND, a refusal REJECT, a done act its own type, not AGREE.

71 of the 84 leads and all 9 guards read right before this file's rules, 76 after.
The 8 that still read wrong are not kept as tests (no expected failures here); they
and their causes, left alone: "India is to supply fuel to Sri Lanka" (goods that are
no aid read as no act); "Egypt offered to host talks between Israel and Hamas" (the
tagger takes "host" after "to" for a noun); "Kazakhstan is willing to host talks on
Syria" (a state talked about is no party); "Tokyo promised Manila patrol boats to
guard the South China Sea" (the sea read as China); "Uganda is to pull its troops out
of Congo" (bare "Congo" names no state); "Iran promised the IAEA access to its
nuclear sites" (one noun phrase "the IAEA access"); "Belarus said it was willing to
free jailed opposition leaders" (opposition leaders in the rebel sector); "Georgia
signalled it would accept international monitors in South Ossetia" (unnamed monitors
are no IGO). The rules (tables after the leads):
- SETTLED: settling, resolving or ironing out a quarrel with someone agrees with them
  (CAMEO 037 as intent), and agreeing has an intent code of its own (030), so "is
  willing to settle" or "is ready to agree a deal" code as the intent they state;
- CONTRIBUTED: contributing troops to a force or mission is peacekeeping (CAMEO 074,
  0334 as intent), not when it is an exercise or an offensive;
- PROMISED_TO: an object before a clause is whom it is said to ("promised India it
  would ...", "assured Berlin that"): the promise's target, before the side the
  promised act goes to;
- WOULD_PROMISED: a "would" clause of the promiser's own under a verb of offering
  ("pledged it would send", "vowed it would not extradite") is the act intended or
  refused, as the infinitive is ("pledged to send"), not an agreement beside it;
- OBJECTIONS_LIFTED: an objection is a restriction one lifts or eases (CAMEO 08,
  035 as intent), as a veto is;
- POLICE_ABROAD: police or gendarmes sent to another state help it keep order (CAMEO
  074, 0334 as intent), and are not shown to the senders' own people;
- READY_FOR: a noun after "for" or "to" under a word of readiness is the act meant:
  "is ready for talks with X", "expressed readiness for talks with X", "is open to
  talks with X" (036).
Tuned on no gold sentence."""

from __future__ import annotations

import pytest

from geograph.evaluate import found_triples
from relations_util import row_ids

Triple = tuple[str, str, str]


def _check(extract, text: str, expected: tuple[Triple, ...], absent: tuple[Triple, ...]) -> None:
    found = set(found_triples(extract(text), "plover"))
    missing = [t for t in expected if t not in found]
    wrong = [t for t in absent if t in found]
    assert not missing and not wrong, (missing, wrong, sorted(found))


# (lead, triples it must give, triples it must not give)
LEADS = [
    ("Japan said it was ready to extend new loans to Vietnam.", (("JPN", "AGREE", "VNM"),), ()),
    ("France offered to train Malian soldiers.", (("FRA", "AGREE", "MLI"),), ()),
    (
        "Germany pledged 50 million euros in reconstruction aid to Iraq.",
        (("DEU", "AGREE", "IRQ"),),
        (),
    ),
    ("The United States promised Israel additional military aid.", (("USA", "AGREE", "ISR"),), ()),
    (
        "Brazil is willing to mediate between Venezuela and Colombia.",
        (("BRA", "AGREE", "VEN"), ("BRA", "AGREE", "COL")),
        (),
    ),
    ("Turkey vowed to help Azerbaijan rebuild its economy.", (("TUR", "AGREE", "AZE"),), ()),
    (
        "China signalled it would ease its sanctions on Australian wine.",
        (("CHN", "AGREE", "AUS"),),
        (),
    ),
    ("Iran expressed readiness for talks with the United States.", (("IRN", "AGREE", "USA"),), ()),
    (
        "North Korea agreed in principle to resume talks with South Korea.",
        (("PRK", "AGREE", "KOR"),),
        (),
    ),
    (
        "Russia announced plans to withdraw some troops from the Ukrainian border.",
        (("RUS", "AGREE", "UKR"),),
        (),
    ),
    ("Canada will send 200 peacekeepers to Haiti.", (("CAN", "AGREE", "HTI"),), ()),
    ("Sudan said it would accept Ethiopian mediation.", (("SDN", "AGREE", "ETH"),), ()),
    (
        "Kenya said it was prepared to release the detained Somali fishermen.",
        (("KEN", "AGREE", "SOM"),),
        (),
    ),
    ("Syria promised to allow UN inspectors into the site.", (("SYR", "AGREE", "IGO"),), ()),
    (
        "The Chinese government pledged to release the two Canadian citizens.",
        (("CHN", "AGREE", "CAN"),),
        (),
    ),
    (
        "Pakistan vowed to cooperate with Afghanistan against terrorism.",
        (("PAK", "AGREE", "AFG"),),
        (),
    ),
    (
        "Britain offered to share intelligence with France on the attacks.",
        (("GBR", "AGREE", "FRA"),),
        (),
    ),
    ("Spain said it would extradite the suspect to Argentina.", (("ESP", "AGREE", "ARG"),), ()),
    ("Poland pledged to send tanks to Ukraine.", (("POL", "AGREE", "UKR"),), ()),
    ("The World Bank promised new loans to Ghana.", (("IGO", "AGREE", "GHA"),), ()),
    ("Norway offered its good offices to Sri Lanka.", (("NOR", "AGREE", "LKA"),), ()),
    (
        "Ethiopia said it was willing to settle its border dispute with Eritrea.",
        (("ETH", "AGREE", "ERI"),),
        (),
    ),
    ("Armenia agreed to meet Azerbaijan in Brussels.", (("ARM", "AGREE", "AZE"),), ()),
    ("Israel said it would ease the blockade of Gaza.", (("ISR", "AGREE", "PSE"),), ()),
    ("Saudi Arabia pledged humanitarian aid for Yemen.", (("SAU", "AGREE", "YEM"),), ()),
    ("Qatar offered Lebanon a loan of $500 million.", (("QAT", "AGREE", "LBN"),), ()),
    ("Indonesia is willing to help Malaysia fight forest fires.", (("IDN", "AGREE", "MYS"),), ()),
    (
        "Mexico vowed to work with the United States to curb migration.",
        (("MEX", "AGREE", "USA"),),
        (),
    ),
    (
        "Australia said it would provide Papua New Guinea with police advisers.",
        (("AUS", "AGREE", "PNG"),),
        (),
    ),
    ("The European Union is to lift sanctions on Belarus.", (("IGO", "AGREE", "BLR"),), ()),
    ("Washington signalled it would lift its embargo on Vietnam.", (("USA", "AGREE", "VNM"),), ()),
    ("South Africa offered to mediate in the Zimbabwe crisis.", (("ZAF", "AGREE", "ZWE"),), ()),
    (
        "Thailand promised Cambodia it would withdraw its troops from the temple area.",
        (("THA", "AGREE", "KHM"),),
        (),
    ),
    (
        "Jordan expressed its willingness to take in more Syrian refugees.",
        (("JOR", "AGREE", "SYR"),),
        (),
    ),
    ("NATO pledged to defend Estonia.", (("IGO", "AGREE", "EST"),), ()),
    ("Greece agreed to reopen its border with Albania.", (("GRC", "AGREE", "ALB"),), ()),
    ("Venezuela offered Cuba cheap oil.", (("VEN", "AGREE", "CUB"),), ()),
    (
        "Chinese President Xi Jinping promised Pakistan more investment.",
        (("CHN", "AGREE", "PAK"),),
        (),
    ),
    ("The IMF said it was ready to lend Argentina $10 billion.", (("IGO", "AGREE", "ARG"),), ()),
    ("Nigeria offered asylum to the ousted Liberian president.", (("NGA", "AGREE", "LBR"),), ()),
    ("Kuwait pledged to forgive Iraq's debt.", (("KWT", "AGREE", "IRQ"),), ()),
    (
        "Vietnam promised the United States it would improve human rights.",
        (("VNM", "AGREE", "USA"),),
        (),
    ),
    (
        "Italy's prime minister pledged support for Tunisia's new government.",
        (("ITA", "AGREE", "TUN"),),
        (),
    ),
    (
        "Armenia is prepared to make concessions to Azerbaijan over Nagorno-Karabakh.",
        (("ARM", "AGREE", "AZE"),),
        (),
    ),
    ("Russia will supply S-400 missiles to India.", (("RUS", "AGREE", "IND"),), ()),
    ("Bolivia wants to restore diplomatic relations with Chile.", (("BOL", "AGREE", "CHL"),), ()),
    ("Morocco announced plans to reopen its embassy in Israel.", (("MAR", "AGREE", "ISR"),), ()),
    ("Seoul offered food aid to Pyongyang.", (("KOR", "AGREE", "PRK"),), ()),
    (
        "Colombia vowed to extradite drug lords to the United States.",
        (("COL", "AGREE", "USA"),),
        (),
    ),
    (
        "Tanzania said it would open its border to Burundian refugees.",
        (("TZA", "AGREE", "BDI"),),
        (),
    ),
    (
        "Algeria offered to help Mali and the Tuareg rebels reach a settlement.",
        (("DZA", "AGREE", "MLI"),),
        (),
    ),
    (
        "Sri Lanka has promised India it will devolve power to the Tamils.",
        (("LKA", "AGREE", "IND"),),
        (),
    ),
    (
        "The United Nations is ready to send peacekeepers to South Sudan.",
        (("IGO", "AGREE", "SSD"),),
        (),
    ),
    (
        "Egypt said it would reopen the Rafah crossing for Palestinians.",
        (("EGY", "AGREE", "PSE"),),
        (),
    ),
    (
        "Ankara signalled its readiness to normalise relations with Armenia.",
        (("TUR", "AGREE", "ARM"),),
        (),
    ),
    ("France agreed in principle to sell Rafale jets to Egypt.", (("FRA", "AGREE", "EGY"),), ()),
    ("Rwanda said it would cooperate with the UN tribunal.", (("RWA", "AGREE", "IGO"),), ()),
    ("Beijing vowed to deepen military ties with Moscow.", (("CHN", "AGREE", "RUS"),), ()),
    (
        "Switzerland offered to act as a mediator between Washington and Tehran.",
        (("CHE", "AGREE", "USA"), ("CHE", "AGREE", "IRN")),
        (),
    ),
    ("Sudan said it would accept African Union mediation.", (("SDN", "AGREE", "IGO"),), ()),
    (
        "Hamas said it was willing to accept a long-term truce with Israel.",
        (("PSE", "AGREE", "ISR"),),
        (),
    ),
    (
        "Washington will give Kiev another $1 billion in loan guarantees.",
        (("USA", "AGREE", "UKR"),),
        (),
    ),
    (
        "The Kremlin expressed readiness to cooperate with Washington on Syria.",
        (("RUS", "AGREE", "USA"),),
        (),
    ),
    ("Cuba announced it would free 50 political prisoners.", (("CUB", "AGREE", "CUB"),), ()),
    ("Myanmar's military government promised political reforms.", (("MMR", "AGREE", "MMR"),), ()),
    (
        "Colombian FARC rebels said they were ready to negotiate with the government.",
        (("COL", "AGREE", "COL"),),
        (),
    ),
    (
        "The Philippine government offered to hold peace talks with communist rebels.",
        (("PHL", "AGREE", "PHL"),),
        (),
    ),
    ("Denmark pledged to take in 500 Afghan refugees.", (("DNK", "AGREE", "AFG"),), ()),
    (
        "Japan agreed to Washington's request to send minesweepers to the Gulf.",
        (("JPN", "AGREE", "USA"),),
        (),
    ),
    (
        "China is ready to work with Russia to promote peace in Central Asia, Xi said.",
        (("CHN", "AGREE", "RUS"),),
        (),
    ),
    (
        "Lithuania vowed to back Ukraine's bid to join the European Union.",
        (("LTU", "AGREE", "UKR"),),
        (),
    ),
    (
        "Chad will contribute troops to the African force in Mali.",
        (("TCD", "AGREE", "MLI"),),
        (),
    ),
    (
        "Sweden is prepared to lift its objections to Turkey's membership of NATO.",
        (("SWE", "AGREE", "TUR"),),
        (),
    ),
    (
        "Iraq promised Kuwait it would return the archives seized during the invasion.",
        (("IRQ", "AGREE", "KWT"),),
        (),
    ),
    (
        "The Turkish president promised to ease restrictions on Kurdish media.",
        (("TUR", "AGREE", "TUR"),),
        (),
    ),
    ("Iran has offered to swap its prisoners with Britain.", (("IRN", "AGREE", "GBR"),), ()),
]

GUARDS = [
    (
        "Russia threatened to cut gas supplies to Ukraine.",
        (("RUS", "THREATEN", "UKR"),),
        (("RUS", "AGREE", "UKR"),),
    ),
    (
        "Iran vowed to retaliate against Israel.",
        (("IRN", "THREATEN", "ISR"),),
        (("IRN", "AGREE", "ISR"),),
    ),
    (
        "Japan urged China to release the detained fishermen.",
        (("JPN", "DEMAND", "CHN"),),
        (("CHN", "AGREE", "JPN"), ("JPN", "AGREE", "CHN")),
    ),
    (
        "India refused to hold talks with Pakistan.",
        (("IND", "REJECT", "PAK"),),
        (("IND", "AGREE", "PAK"),),
    ),
    (
        "The United States demanded that Syria allow inspectors into the site.",
        (("USA", "DEMAND", "SYR"),),
        (("SYR", "AGREE", "IGO"), ("USA", "AGREE", "SYR")),
    ),
    ("Germany sent 30 tanks to Ukraine.", (("DEU", "AID", "UKR"),), (("DEU", "AGREE", "UKR"),)),
    (
        "Egypt mediated talks between Israel and Hamas.",
        (("EGY", "CONSULT", "ISR"),),
        (("EGY", "AGREE", "ISR"),),
    ),
    (
        "Pakistan vowed to hunt down the militants who attacked Indian soldiers.",
        (),
        (("PAK", "AGREE", "IND"),),
    ),
    (
        "Turkey warned it would invade northern Syria.",
        (("TUR", "THREATEN", "SYR"),),
        (("TUR", "AGREE", "SYR"),),
    ),
]

SETTLED = [
    (
        "Ethiopia said it was willing to settle its border dispute with Eritrea.",
        (("ETH", "AGREE", "ERI"),),
        (),
    ),
    ("Peru settled its border dispute with Ecuador.", (("PER", "AGREE", "ECU"),), ()),
    (
        "Qatar and Bahrain resolved their territorial dispute.",
        (("QAT", "AGREE", "BHR"), ("BHR", "AGREE", "QAT")),
        (),
    ),
    (
        "Nigeria and Cameroon ironed out their differences over Bakassi.",
        (("NGA", "AGREE", "CMR"), ("CMR", "AGREE", "NGA")),
        (),
    ),
    (
        "Hanoi is ready to resolve its differences with Beijing.",
        (("VNM", "AGREE", "CHN"),),
        (),
    ),
    # Agreeing has its intent code: a stated will to agree is an intent (CAMEO 030).
    (
        "Iran is ready to agree a deal with the European Union.",
        (("IRN", "AGREE", "IGO"),),
        (),
    ),
    (
        "Serbia said it was willing to agree a border deal with Montenegro.",
        (("SRB", "AGREE", "MNE"),),
        (),
    ),
    # Guards: a settlement only supposed is no intent; settling people is no accord;
    # a dispute settled by a court between others is no one's agreement.
    ("Iran might agree to a deal with the European Union.", (), (("IRN", "AGREE", "IGO"),)),
    (
        "Israel settled Jewish immigrants from Russia in the West Bank.",
        (),
        (("ISR", "AGREE", "RUS"), ("ISR", "AGREE", "PSE")),
    ),
    (
        "Chile threatened to settle its dispute with Bolivia by force.",
        (),
        (("CHL", "AGREE", "BOL"),),
    ),
]

READY_FOR = [
    (
        "Iran expressed readiness for talks with the United States.",
        (("IRN", "AGREE", "USA"),),
        (),
    ),
    (
        "Cuba signalled its willingness for negotiations with Washington.",
        (("CUB", "AGREE", "USA"),),
        (),
    ),
    ("Hanoi is ready for talks with Beijing.", (("VNM", "AGREE", "CHN"),), ()),
    (
        "Tehran voiced its readiness for a meeting with the Saudi foreign minister.",
        (("IRN", "AGREE", "SAU"),),
        (),
    ),
    (
        "The Philippines said it was open to talks with China.",
        (("PHL", "AGREE", "CHN"),),
        (),
    ),
    ("Seoul is open to dialogue with Pyongyang.", (("KOR", "AGREE", "PRK"),), ()),
    # Guards: asking for talks demands them; readiness for an election is no act, nor
    # is a border open to trade.
    ("The border is open to trade with Mexico.", (), (("MEX", "COOPERATE", "MEX"),)),
    (
        "Iran asked the United States for talks.",
        (("IRN", "DEMAND", "USA"),),
        (("IRN", "AGREE", "USA"),),
    ),
    (
        "Ghana is ready for elections, the electoral commission said.",
        (),
        (("GHA", "AGREE", "GHA"),),
    ),
]

CONTRIBUTED = [
    (
        "Bangladesh contributed troops to the UN force in Liberia.",
        (("BGD", "AID", "LBR"),),
        (),
    ),
    (
        "Nepal contributed 800 soldiers to the UN mission in Lebanon.",
        (("NPL", "AID", "IGO"),),
        (),
    ),
    (
        "Canada said it would contribute 150 soldiers to the NATO battlegroup in Latvia.",
        (("CAN", "AGREE", "IGO"),),
        (),
    ),
    # Guards: troops contributed to an exercise or an offensive aid no one.
    (
        "Sweden contributed troops to the NATO exercise in Norway.",
        (),
        (("SWE", "AID", "IGO"), ("SWE", "AID", "NOR")),
    ),
    ("Jordan contributed troops to the offensive against Iraq.", (), (("JOR", "AID", "IRQ"),)),
]

PROMISED_TO = [
    (
        "Oman promised Iran that it would mediate with the United States.",
        (("OMN", "AGREE", "IRN"),),
        (),
    ),
    (
        "Iran pledged Russia it would send drones to Belarus.",
        (("IRN", "AGREE", "RUS"),),
        (),
    ),
    (
        "Serbia promised Washington it would hand over war crimes suspects to The Hague.",
        (("SRB", "AGREE", "USA"),),
        (),
    ),
    # Guards: with no one promised, the act's own side stays the target; a participle
    # the parser hangs on the doer takes no object from it.
    (
        "Argentina, in a gesture toward ending the dispute over the Falkland Islands, offered"
        " on Wednesday to resume direct talks with Britain.",
        (("ARG", "AGREE", "GBR"),),
        (),
    ),
    ("Japan offered to hand over the suspects to Britain.", (("JPN", "AGREE", "GBR"),), ()),
    ("Turkey offered Sudan's ousted president asylum.", (("TUR", "AGREE", "SDN"),), ()),
]

WOULD_PROMISED = [
    (
        "Mexico vowed it would not extradite the drug lord to the United States.",
        (("MEX", "REJECT", "USA"),),
        (("MEX", "AGREE", "USA"),),
    ),
    (
        "Hanoi promised it would not resume talks with Phnom Penh.",
        (("VNM", "REJECT", "KHM"),),
        (("VNM", "AGREE", "KHM"),),
    ),
    (
        "Ankara pledged it would never recognise the Greek Cypriot government.",
        (("TUR", "REJECT", "CYP"),),
        (("TUR", "AGREE", "CYP"),),
    ),
    # Guard: what one says others would do is no one's intent.
    ("Russia suggested that Ukraine would attack the plant.", (), (("UKR", "THREATEN", "RUS"),)),
]

OBJECTIONS_LIFTED = [
    (
        "Ankara lifted its objections to Finland's membership of NATO.",
        (("TUR", "CONCEDE", "FIN"),),
        (),
    ),
    (
        "Croatia eased its objections to Serbia's bid to join the EU.",
        (("HRV", "CONCEDE", "SRB"),),
        (),
    ),
    # Guard: raising an objection concedes nothing.
    ("Paris raised objections to Italy's budget plans.", (), (("FRA", "CONCEDE", "ITA"),)),
]

POLICE_ABROAD = [
    (
        "Kenya offered to send 1,000 police officers to Haiti.",
        (("KEN", "AGREE", "HTI"),),
        (("KEN", "THREATEN", "KEN"),),
    ),
    (
        "Rwanda will deploy police to the Central African Republic.",
        (("RWA", "AGREE", "CAF"),),
        (("RWA", "THREATEN", "RWA"),),
    ),
    (
        "Senegal sent 300 gendarmes to Gambia.",
        (("SEN", "AID", "GMB"),),
        (("SEN", "MOBILIZE", "SEN"),),
    ),
    # Guards: police sent or deployed at home are shown to the state's own people.
    ("Nigeria sent riot police to Kano.", (("NGA", "MOBILIZE", "NGA"),), ()),
    ("Egypt deployed riot police in Cairo.", (("EGY", "MOBILIZE", "EGY"),), ()),
]

TABLES = {
    "leads": LEADS,
    "guards": GUARDS,
    "settled": SETTLED,
    "ready for": READY_FOR,
    "contributed": CONTRIBUTED,
    "promised to": PROMISED_TO,
    "would promised": WOULD_PROMISED,
    "objections lifted": OBJECTIONS_LIFTED,
    "police abroad": POLICE_ABROAD,
}
ROWS = [row for table in TABLES.values() for row in table]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS, ids=row_ids(ROWS))
def test_wire_intent(
    extract, text: str, expected: tuple[Triple, ...], absent: tuple[Triple, ...]
) -> None:
    _check(extract, text, expected, absent)
