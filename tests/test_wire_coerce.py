"""Coercion and retreat named in another role in wire leads.

Leads of our own in the style of 1975-2005 wire copy, not gold records, whose news
is a release, a condemnation, a protest, a battle, a sanction, aid or an agreement
and which also name a coercive act (arrest, detention, seizure, occupation,
blockade, ban, expulsion, deportation ...) or a retreat (release, return,
withdrawal, opening, lifting) in some other role: as a modifier, in a participle
or relative clause, as the reason of a reaction or a penalty, as what is demanded,
proposed, lifted or ended. Each row gives the (source code, PLOVER type, target
code) triples an event coder gives it and the ones it must not give. GUARDS are
leads whose coercion or retreat IS the news.

Then the general rules the leads needed (RULES), each with sentences of its own and
a guard. Tuned on no gold sentence."""

from __future__ import annotations

import pytest

from geograph.evaluate import found_triples
from relations_util import row_ids

Triple = tuple[str, str, str]
Row = tuple[str, tuple[Triple, ...], tuple[Triple, ...]]

# The act as a modifier, a participle or a relative clause of whom the news is done to.
DESCRIBED: list[Row] = [
    (
        "Chile released the detained opposition leader Ricardo Lagos on Tuesday after "
        "40 days in custody.",
        (("CHL", "RETREAT", "CHL"),),
        (("CHL", "COERCE", "CHL"),),
    ),
    (
        "The United Nations condemned Israel's policies in the occupied territories on Friday.",
        (("IGO", "DISAPPROVE", "ISR"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "The European Community sent food aid to the blockaded city of Sarajevo.",
        (("IGO", "AID", "BIH"),),
        (("SRB", "COERCE", "BIH"), ("IGO", "COERCE", "BIH")),
    ),
    (
        "Exiled Haitian leaders met President Bush in Washington on Monday.",
        (("HTI", "CONSULT", "USA"),),
        (("HTI", "COERCE", "HTI"),),
    ),
    (
        "Thousands of Palestinians protested in the occupied West Bank on Sunday.",
        (("PSE", "PROTEST", "PSE"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "Egypt sent relief supplies to Palestinians under Israeli occupation.",
        (("EGY", "AID", "PSE"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "Iran released two British hostages held in Lebanon since 1987.",
        (("IRN", "RETREAT", "GBR"),),
        (("IRN", "COERCE", "GBR"), ("LBN", "COERCE", "GBR")),
    ),
    (
        "Iran released two British hostages who were seized in Beirut in 1987.",
        (("IRN", "RETREAT", "GBR"),),
        (("LBN", "COERCE", "GBR"), ("LBN", "ASSAULT", "GBR")),
    ),
    (
        "Sudan freed six Eritrean soldiers captured in a border clash last month.",
        (("SDN", "RETREAT", "ERI"),),
        (("SDN", "FIGHT", "ERI"), ("SDN", "COERCE", "ERI")),
    ),
    (
        "Morocco freed 300 Polisario prisoners captured in the Western Sahara war.",
        (("MAR", "RETREAT", "IMG"),),
        (("IMG", "FIGHT", "ESH"), ("MAR", "FIGHT", "IMG")),
    ),
    (
        "Austria granted asylum to 200 Hungarians expelled by Budapest.",
        (("AUT", "AID", "HUN"),),
        (("HUN", "COERCE", "HUN"),),
    ),
    (
        "Argentina freed 50 political prisoners jailed by the former military government.",
        (("ARG", "RETREAT", "ARG"),),
        (("ARG", "COERCE", "ARG"),),
    ),
    (
        "Pakistan accepted 5,000 Afghan refugees fleeing the Soviet occupation.",
        (("PAK", "AID", "AFG"),),
        (("RUS", "COERCE", "AFG"),),
    ),
    (
        "Saudi Arabia gave aid to Afghan refugees who fled the Soviet invasion.",
        (("SAU", "AID", "AFG"),),
        (("RUS", "FIGHT", "AFG"), ("RUS", "COERCE", "AFG")),
    ),
    (
        "Japan gave Vietnam 50 million dollars in aid to rebuild villages destroyed in floods.",
        (("JPN", "AID", "VNM"),),
        (),
    ),
    (
        "Italy gave 20 million dollars to Somalia to help people displaced by the fighting.",
        (("ITA", "AID", "SOM"),),
        (("SOM", "COERCE", "SOM"),),
    ),
    (
        "The United Nations sent aid to Ethiopians driven from their homes by the army.",
        (("IGO", "AID", "ETH"),),
        (("ETH", "COERCE", "ETH"),),
    ),
    (
        "Iraq's detained Kuwaiti citizens were freed by Baghdad on Sunday.",
        (("IRQ", "RETREAT", "KWT"),),
        (("IRQ", "COERCE", "KWT"),),
    ),
    (
        "The Red Cross visited prisoners held by the Afghan government.",
        (("NGO", "CONSULT", "AFG"),),
        (("AFG", "COERCE", "AFG"),),
    ),
    (
        "Iran and Iraq exchanged prisoners captured during the eight-year war.",
        (("IRN", "RETREAT", "IRQ"), ("IRQ", "RETREAT", "IRN")),
        (("IRN", "FIGHT", "IRQ"), ("IRQ", "FIGHT", "IRN")),
    ),
    (
        "Israel and Syria agreed to an exchange of prisoners captured in the 1982 war.",
        (("ISR", "AGREE", "SYR"), ("SYR", "AGREE", "ISR")),
        (("ISR", "FIGHT", "SYR"), ("SYR", "FIGHT", "ISR")),
    ),
    (
        "Iraq released the British journalists it detained last month.",
        (("IRQ", "RETREAT", "GBR"),),
        (("IRQ", "COERCE", "GBR"),),
    ),
    (
        "Israel agreed to free prisoners it captured in Lebanon.",
        (),
        (("ISR", "COERCE", "LBN"),),
    ),
    (
        "Egypt sent aid to the Sudanese town that rebels besieged for a month.",
        (("EGY", "AID", "SDN"),),
        (("SDN", "FIGHT", "SDN"),),
    ),
    (
        "Rebels attacked government troops guarding the blockaded town of Jaffna.",
        (),
        (("LKA", "COERCE", "LKA"),),
    ),
    (
        "Vietnam released three American veterans held for illegally entering the country.",
        (),
        (("VNM", "COERCE", "USA"),),
    ),
]

# The act as the reason, the topic or the aim of the news: a reaction, a penalty, a
# protest, a demand or a proposal.
REASONS: list[Row] = [
    (
        "Iraq condemned Kuwait for expelling Iraqi workers.",
        (("IRQ", "DISAPPROVE", "KWT"),),
        (("KWT", "COERCE", "IRQ"),),
    ),
    (
        "Syria criticized Jordan for arresting Moslem Brotherhood members.",
        (("SYR", "DISAPPROVE", "JOR"),),
        (("JOR", "COERCE", "EGY"), ("JOR", "COERCE", "JOR")),
    ),
    (
        "Libya condemned Egypt for closing its border and expelling Libyan workers.",
        (("LBY", "DISAPPROVE", "EGY"),),
        (("EGY", "COERCE", "LBY"),),
    ),
    (
        "The Arab League condemned Israel for deporting 400 Palestinians to Lebanon.",
        (("IGO", "DISAPPROVE", "ISR"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "The Soviet Union denounced China for occupying disputed islands in the Ussuri River.",
        (("RUS", "DISAPPROVE", "CHN"),),
        (("CHN", "COERCE", "RUS"),),
    ),
    (
        "Moscow praised Kabul for releasing 200 prisoners.",
        (("RUS", "SUPPORT", "AFG"),),
        (("AFG", "RETREAT", "AFG"),),
    ),
    (
        "Washington thanked Damascus for freeing the American hostages.",
        (("USA", "SUPPORT", "SYR"),),
        (("SYR", "RETREAT", "USA"),),
    ),
    (
        "The European Community imposed sanctions on Yugoslavia for its blockade of Bosnia.",
        (("IGO", "SANCTION", "SRB"),),
        (("IGO", "COERCE", "BIH"), ("SRB", "COERCE", "BIH")),
    ),
    (
        "Britain fined Argentina for its occupation of the Falklands.",
        (),
        (("GBR", "COERCE", "FLK"), ("ARG", "COERCE", "FLK")),
    ),
    (
        "Iraq condemned Kuwait for the expulsion of Iraqi workers.",
        (("IRQ", "DISAPPROVE", "KWT"),),
        (("KWT", "COERCE", "IRQ"),),
    ),
    (
        "Egypt condemned the Israeli siege of Beirut.",
        (("EGY", "DISAPPROVE", "ISR"),),
        (("ISR", "COERCE", "LBN"), ("ISR", "FIGHT", "LBN")),
    ),
    (
        "The PLO denounced the Israeli blockade of Palestinian camps.",
        (("PSE", "DISAPPROVE", "ISR"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "China protested the Vietnamese expulsion of ethnic Chinese.",
        (("CHN", "DISAPPROVE", "VNM"),),
        (("VNM", "COERCE", "VNM"), ("VNM", "COERCE", "CHN")),
    ),
    (
        "The United Nations Security Council condemned South Africa's occupation of Namibia.",
        (("IGO", "DISAPPROVE", "ZAF"),),
        (("ZAF", "COERCE", "NAM"),),
    ),
    (
        "The Soviet Union protested to Japan over the detention of its fishermen.",
        (("RUS", "DISAPPROVE", "JPN"),),
        (("JPN", "COERCE", "RUS"),),
    ),
    (
        "Poland protested to Czechoslovakia over the arrest of three Polish journalists.",
        (("POL", "DISAPPROVE", "CZE"),),
        (("CZE", "COERCE", "POL"),),
    ),
    (
        "China denounced the United States for the seizure of a Chinese cargo ship.",
        (("CHN", "DISAPPROVE", "USA"),),
        (("USA", "COERCE", "CHN"),),
    ),
    (
        "The Philippines lodged a protest with China over the occupation of Mischief Reef.",
        (("PHL", "DISAPPROVE", "CHN"),),
        (("CHN", "COERCE", "PHL"),),
    ),
    (
        "Vietnam protested to China over the seizure of the Paracel Islands.",
        (("VNM", "DISAPPROVE", "CHN"),),
        (("CHN", "COERCE", "VNM"),),
    ),
    (
        "The United States protested the expulsion of its military attache from Moscow.",
        (("USA", "DISAPPROVE", "RUS"),),
        (("RUS", "COERCE", "USA"), ("RUS", "SANCTION", "USA")),
    ),
    (
        "Egypt protested to Israel over the shooting of two Egyptian soldiers.",
        (("EGY", "DISAPPROVE", "ISR"),),
        (("ISR", "ASSAULT", "EGY"), ("ISR", "FIGHT", "EGY")),
    ),
    (
        "Amnesty International criticized Turkey for the mass detention of Kurdish villagers.",
        (("NGO", "DISAPPROVE", "TUR"),),
        (("TUR", "COERCE", "TUR"),),
    ),
    (
        "Jordan protested the closure of the Allenby Bridge by Israel.",
        (("JOR", "DISAPPROVE", "ISR"),),
        (("ISR", "COERCE", "JOR"), ("ISR", "COERCE", "PSE")),
    ),
    (
        "The United States welcomed the release of Nelson Mandela by South Africa.",
        (("USA", "SUPPORT", "ZAF"),),
        (("ZAF", "RETREAT", "ZAF"),),
    ),
    (
        "Zimbabwe condemned the South African raid on Gaborone that killed 12 people.",
        (("ZWE", "DISAPPROVE", "ZAF"),),
        (("ZAF", "FIGHT", "BWA"), ("ZAF", "ASSAULT", "BWA")),
    ),
    (
        "Hundreds of Kurds demonstrated in Bonn against Turkey's occupation of northern Iraq.",
        (("DEU", "PROTEST", "TUR"),),
        (("TUR", "COERCE", "IRQ"),),
    ),
    (
        "Students protested in Seoul against the arrest of dissident Kim Dae-jung.",
        (("KOR", "PROTEST", "KOR"),),
        (("KOR", "COERCE", "KOR"),),
    ),
    (
        "Thousands of South Koreans marched in Seoul to protest the detention of "
        "opposition leaders.",
        (("KOR", "PROTEST", "KOR"),),
        (("KOR", "COERCE", "KOR"),),
    ),
    (
        "Palestinians went on strike to protest the deportation of four activists.",
        (("PSE", "PROTEST", "PSE"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "Palestinians staged a general strike in protest at the deportation of 12 activists.",
        (("PSE", "PROTEST", "PSE"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "Hundreds of students rallied in Manila against the detention of labor leaders.",
        (("PHL", "PROTEST", "PHL"),),
        (("PHL", "COERCE", "PHL"),),
    ),
    (
        "Thousands of Serbs protested in Belgrade against the NATO bombing and the "
        "occupation of Kosovo.",
        (("SRB", "PROTEST", "IGO"),),
        (("IGO", "COERCE", "SRB"), ("IGO", "FIGHT", "SRB")),
    ),
    (
        "France imposed sanctions on Burma in protest at the jailing of opposition activists.",
        (("FRA", "SANCTION", "MMR"),),
        (("MMR", "COERCE", "MMR"),),
    ),
    (
        "The United States cut aid to Zaire because of its detention of opposition politicians.",
        (("USA", "SANCTION", "COD"),),
        (("COD", "COERCE", "COD"),),
    ),
    (
        "The United States imposed trade sanctions on Nicaragua over its detention of "
        "opposition leaders.",
        (("USA", "SANCTION", "NIC"),),
        (("NIC", "COERCE", "NIC"),),
    ),
    (
        "Kenya recalled its ambassador to Uganda in protest against the arrest of Kenyan traders.",
        (("KEN", "SANCTION", "UGA"),),
        (("UGA", "COERCE", "KEN"),),
    ),
    (
        "Washington imposed sanctions on Panama after General Noriega annulled the election.",
        (("USA", "SANCTION", "PAN"),),
        (),
    ),
    (
        "The United States demanded that Libya hand over two suspects in the Lockerbie bombing.",
        (("USA", "DEMAND", "LBY"),),
        (("LBY", "RETREAT", "GBR"), ("LBY", "RETREAT", "USA")),
    ),
    (
        "Greece demanded the withdrawal of Turkish troops from northern Cyprus.",
        (("GRC", "DEMAND", "TUR"),),
        (("TUR", "RETREAT", "CYP"),),
    ),
    (
        "Nigeria demanded the release of its nationals detained in Equatorial Guinea.",
        (("NGA", "DEMAND", "GNQ"),),
        (("GNQ", "COERCE", "NGA"), ("GNQ", "RETREAT", "NGA")),
    ),
    (
        "Greece proposed that Turkey withdraw its occupation forces from Cyprus.",
        (),
        (("TUR", "RETREAT", "CYP"), ("TUR", "COERCE", "CYP")),
    ),
    (
        "The Soviet Union vetoed a Security Council resolution demanding an end to the "
        "occupation of Afghanistan.",
        (("RUS", "REJECT", "IGO"),),
        (("RUS", "COERCE", "AFG"), ("IGO", "DEMAND", "AFG")),
    ),
    (
        "Thousands marched in Santiago to demand the release of political prisoners.",
        (("CHL", "PROTEST", "CHL"),),
        (("CHL", "RETREAT", "CHL"),),
    ),
]

# Lifted, ended, agreed or given: the retreat or the aid is the news, not a coercion.
LIFTED: list[Row] = [
    (
        "Kenya lifted the ban on the Forum for the Restoration of Democracy, the main "
        "opposition party.",
        (("KEN", "CONCEDE", "KEN"),),
        (("KEN", "COERCE", "KEN"),),
    ),
    (
        "Israel lifted the curfew on the Gaza Strip after 12 days, the army said.",
        (("ISR", "CONCEDE", "PSE"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "Britain ended its blockade of the Rhodesian port of Beira, the Foreign Office said.",
        (("GBR", "RETREAT", "ZWE"),),
        (("GBR", "COERCE", "ZWE"),),
    ),
    (
        "Saudi Arabia agreed to lift its blockade of Qatar, diplomats said.",
        (("SAU", "AGREE", "QAT"),),
        (("SAU", "COERCE", "QAT"),),
    ),
    (
        "Angola and South Africa signed an accord on the withdrawal of Cuban troops.",
        (("AGO", "SUPPORT", "ZAF"), ("ZAF", "SUPPORT", "AGO")),
        (("CUB", "RETREAT", "AGO"),),
    ),
    (
        "Israel freed 400 Palestinian prisoners under an agreement with the PLO.",
        (("ISR", "RETREAT", "PSE"),),
        (("ISR", "COERCE", "PSE"),),
    ),
    (
        "Syria agreed to pull its troops out of Beirut, Lebanese officials said.",
        (("SYR", "AGREE", "LBN"),),
        (("SYR", "RETREAT", "LBN"),),
    ),
    (
        "Israel agreed to withdraw from the Sinai under the accord signed at Camp David.",
        (("ISR", "AGREE", "EGY"),),
        (("ISR", "RETREAT", "EGY"),),
    ),
    (
        "The United States gave Honduras 30 million dollars in military aid, officials said.",
        (("USA", "AID", "HND"),),
        (("USA", "RETREAT", "HND"),),
    ),
    (
        "The United States released 50 million dollars in aid to El Salvador on Friday.",
        (("USA", "AID", "SLV"),),
        (("USA", "RETREAT", "SLV"),),
    ),
    (
        "The World Bank released a 300 million dollar loan to Argentina.",
        (("IGO", "AID", "ARG"),),
        (("IGO", "RETREAT", "ARG"),),
    ),
    (
        "France handed over 10 million francs in aid to Chad.",
        (("FRA", "AID", "TCD"),),
        (("FRA", "RETREAT", "TCD"),),
    ),
    (
        "West Germany handed over two million marks in emergency aid to Poland.",
        (("DEU", "AID", "POL"),),
        (("DEU", "RETREAT", "POL"),),
    ),
    (
        "Japan restored economic aid to China, suspended since 1989.",
        (("JPN", "AID", "CHN"),),
        (("JPN", "SANCTION", "CHN"),),
    ),
    (
        "The United States resumed aid to Nicaragua on Monday.",
        (("USA", "AID", "NIC"),),
        (("USA", "RETREAT", "NIC"),),
    ),
]

# Battles: what is captured or besieged in the fighting is part of it.
BATTLES: list[Row] = [
    (
        "Yugoslav army troops fought Slovene militiamen for control of border crossings, "
        "capturing two posts.",
        (("SRB", "FIGHT", "SVN"),),
        (("SRB", "COERCE", "SVN"),),
    ),
    (
        "Indian troops fought Pakistani soldiers in Kashmir and captured three posts.",
        (("IND", "FIGHT", "PAK"),),
        (("IND", "COERCE", "PAK"),),
    ),
    (
        "Namibian guerrillas fought South African troops near the Angolan border, seizing weapons.",
        (("NAM", "FIGHT", "ZAF"),),
        (("NAM", "COERCE", "ZAF"),),
    ),
    (
        "Serbian forces besieged the Bosnian town of Gorazde.",
        (("SRB", "FIGHT", "BIH"),),
        (("SRB", "COERCE", "BIH"),),
    ),
    (
        "The Khmer Rouge shelled Battambang and seized two villages.",
        (("KHM", "FIGHT", "KHM"),),
        (("KHM", "COERCE", "KHM"),),
    ),
]

# The coercion or the retreat is the news.
GUARDS: list[Row] = [
    (
        "Israel sealed off the West Bank and Gaza Strip on Sunday.",
        (("ISR", "COERCE", "PSE"),),
        (),
    ),
    (
        "Police arrested 30 protesters outside the U.S. embassy in Manila.",
        (("PHL", "COERCE", "USA"),),
        (),
    ),
    (
        "Indonesian troops arrested 20 East Timorese students in Dili on Thursday.",
        (("IDN", "COERCE", "TLS"),),
        (),
    ),
    ("Iraqi troops occupied Kuwait on Thursday.", (("IRQ", "COERCE", "KWT"),), ()),
    ("Iran seized a British ship in the Gulf.", (("IRN", "COERCE", "GBR"),), ()),
    ("Libya expelled 20,000 Tunisian workers.", (("LBY", "COERCE", "TUN"),), ()),
    ("Malaysia deported 300 Indonesian migrants.", (("MYS", "COERCE", "IDN"),), ()),
    ("Greece banned Turkish ships from its ports.", (("GRC", "COERCE", "TUR"),), ()),
    (
        "Israeli troops raided the Jabaliya refugee camp and arrested 30 Palestinians.",
        (("ISR", "COERCE", "PSE"),),
        (),
    ),
    (
        "South African police arrested 40 people at a rally protesting the detention of "
        "black leaders.",
        (("ZAF", "COERCE", "ZAF"),),
        (),
    ),
    ("Iraq expelled two British diplomats on Wednesday.", (("IRQ", "SANCTION", "GBR"),), ()),
    (
        "The Soviet Union withdrew its last troops from Afghanistan on Wednesday.",
        (("RUS", "RETREAT", "AFG"),),
        (),
    ),
    (
        "South Africa freed 12 political prisoners held since 1986, the government announced.",
        (("ZAF", "RETREAT", "ZAF"),),
        (),
    ),
    (
        "Washington released frozen aid to Pakistan after a two-year freeze.",
        (("USA", "RETREAT", "PAK"),),
        (),
    ),
    (
        "Afghan guerrillas captured a government garrison in heavy fighting near Khost, "
        "a spokesman said.",
        (("AFG", "FIGHT", "AFG"),),
        (),
    ),
    (
        "The Philippine army launched an offensive against Moro rebels who had kidnapped "
        "20 tourists.",
        (),
        (("PHL", "ASSAULT", "PHL"),),
    ),
]

LEADS = [
    *(("described", *r) for r in DESCRIBED),
    *(("reasons", *r) for r in REASONS),
    *(("lifted", *r) for r in LIFTED),
    *(("battles", *r) for r in BATTLES),
    *(("guards", *r) for r in GUARDS),
]


@pytest.mark.parametrize(
    ("kind", "text", "expected", "absent"), LEADS, ids=[f"{r[0]}:{r[1][:40]}" for r in LEADS]
)
def test_wire_coerce(
    extract, kind: str, text: str, expected: tuple[Triple, ...], absent: tuple[Triple, ...]
) -> None:
    found = set(found_triples(extract(text), "plover"))
    for t in expected:
        assert t in found, (kind, t, sorted(found))
    for t in absent:
        assert t not in found, (kind, t, sorted(found))


# The general rules the leads needed: each act stays in the graph and codes no
# event, and the news beside it does. (relation, source id, target id)
Act = tuple[str, str, str]
RULES: list[tuple[str, Act, Act]] = [
    # A verb of reacting, punishing or thanking: the act in its "for" phrase is the
    # reason of the news (reason_verbs, and reacting_verbs).
    (
        "Nigeria condemned Chad for expelling Nigerian traders.",
        ("coerces", "chad", "nigeria"),
        ("criticizes", "nigeria", "chad"),
    ),
    (
        "Iraq condemned Kuwait for expelling Iraqi workers.",
        ("coerces", "kuwait", "iraq"),
        ("criticizes", "iraq", "kuwait"),
    ),
    (
        "Washington thanked Damascus for freeing the American hostages.",
        ("retreatsFrom", "syria", "united-states"),
        ("supports", "united-states", "syria"),
    ),
    (
        # ("its" is the sanctioned Yugoslavia's: the one punished for its own act.)
        "The European Community imposed sanctions on Yugoslavia for its blockade of Bosnia.",
        ("coerces", "yugoslavia", "bosnia-and-herzegovina"),
        ("sanctions", "european-union", "yugoslavia"),
    ),
    # ... also the second act of a coordinated pair.
    (
        "Syria condemned Israel for raiding Lebanon and detaining 30 Lebanese.",
        ("coerces", "israel", "lebanon"),
        ("criticizes", "syria", "israel"),
    ),
    (
        "Iraq accused Iran of shelling Basra and seizing two Iraqi oil platforms.",
        ("coerces", "iran", "iraq"),
        ("accuses", "iraq", "iran"),
    ),
    # Demonstrating or rallying against an act is reacting to it (reacting_verbs).
    (
        "Thousands of Greeks demonstrated in Athens against the Turkish occupation of "
        "northern Cyprus.",
        ("coerces", "turkey", "cyprus"),
        ("protestsAgainst", "greece", "turkey"),
    ),
    (
        "Hundreds of Tibetans rallied in New Delhi against the Chinese occupation of Tibet.",
        ("coerces", "china", "tibet"),
        ("protestsAgainst", "tibet", "china"),
    ),
    # A passive participle or relative clause telling what was done to whom the
    # news is done to (background._described).
    (
        "Egypt freed 40 Libyan fishermen arrested by its navy.",
        ("coerces", "egypt", "libya"),
        ("retreatsFrom", "egypt", "libya"),
    ),
    (
        "Jordan sent food to Iraqi Kurds expelled by Baghdad.",
        ("coerces", "iraq", "iraq"),
        ("aids", "jordan", "iraq"),
    ),
    (
        "Tanzania gave shelter to 2,000 Ugandans driven out by Ugandan troops.",
        ("coerces", "uganda", "uganda"),
        ("aids", "tanzania", "uganda"),
    ),
    # ... or whom the news is done by ("Kuwait, occupied by Iraq since August, appealed").
    (
        "Kuwait, occupied by Iraq since August, appealed to the United Nations for help.",
        ("coerces", "iraq", "kuwait"),
        ("appealsTo", "kuwait", "united-nations"),
    ),
    (
        "Cambodia, invaded by Vietnam in 1978, appealed to China for arms.",
        ("attacks", "vietnam", "cambodia"),
        ("appealsTo", "cambodia", "china"),
    ),
    # ... and an object relative clause, in the simple past too ("the journalists
    # (whom) it detained"; the past perfect was background already).
    (
        "Vietnam freed the Chinese fishermen its navy seized near the Paracels.",
        ("coerces", "vietnam", "china"),
        ("retreatsFrom", "vietnam", "china"),
    ),
    (
        "Hungary returned to Austria the East Germans it arrested at the border.",
        ("coerces", "hungary", "east-germany"),
        ("retreatsFrom", "hungary", "austria"),
    ),
]


@pytest.mark.parametrize(("text", "act", "news"), RULES, ids=row_ids(RULES))
def test_wire_coerce_rule(extract, text: str, act: Act, news: Act) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.target.id, m.event) for m in found]
    assert (*act, False) in rows, rows
    assert (*news, True) in rows, rows
    assert (*act, True) not in rows, rows


# An act in an "amid" phrase is the circumstance of the news (background_marks).
AMID: list[tuple[str, Act]] = [
    (
        "Fighting broke out in Beirut amid the Israeli siege of the city.",
        ("coerces", "israel", "lebanon"),
    ),
    (
        "Fighting erupted in Kabul amid the Soviet withdrawal from Afghanistan.",
        ("retreatsFrom", "soviet-union", "afghanistan"),
    ),
]


@pytest.mark.parametrize(("text", "act"), AMID, ids=row_ids(AMID))
def test_wire_coerce_amid(extract, text: str, act: Act) -> None:
    rows = [(m.relation, m.source.id, m.target.id, m.event) for m in extract(text)]
    assert (*act, False) in rows, rows


# Guards: the same words where the act is the news, or where "for" or a participle
# is no reason or description of the news.
RULE_GUARDS: list[tuple[str, Act]] = [
    # A participle of the subject not set off by commas is the news.
    (
        "The border treaty signed by Egypt and Sudan ended a long dispute.",
        ("signsAgreementWith", "egypt", "sudan"),
    ),
    # The act beside an "amid" phrase is news.
    (
        "Iraqi troops occupied Kuwait on Thursday amid rising tension in the Gulf.",
        ("coerces", "iraq", "kuwait"),
    ),
    # A clause of place or of a preposition is no object relative: its act is news.
    (
        "Egypt welcomed the conference at which Israel and Jordan signed a peace treaty.",
        ("signsAgreementWith", "israel", "jordan"),
    ),
    (
        "Kenya hosted the summit where Uganda and Tanzania signed a trade pact.",
        ("signsAgreementWith", "uganda", "tanzania"),
    ),
    # A subject relative clause that names no act leaves the news alone.
    ("Kenya expelled the Ugandan traders who smuggled coffee.", ("coerces", "kenya", "uganda")),
    (
        "Israel arrested 20 Palestinians for throwing stones at soldiers.",
        ("coerces", "israel", "palestine"),
    ),
    ("Iraq handed over 300 Kuwaiti prisoners to Saudi Arabia.", ("retreatsFrom", "iraq", "kuwait")),
    ("Thailand deported 50 Cambodian refugees.", ("coerces", "thailand", "cambodia")),
    ("Iran seized a British ship in the Gulf.", ("coerces", "iran", "united-kingdom")),
    (
        "The Soviet Union expelled 25 American diplomats in retaliation for U.S. expulsions.",
        ("sanctions", "soviet-union", "united-states"),
    ),
]


@pytest.mark.parametrize(("text", "act"), RULE_GUARDS, ids=row_ids(RULE_GUARDS))
def test_wire_coerce_rule_guard(extract, text: str, act: Act) -> None:
    rows = [(m.relation, m.source.id, m.target.id, m.event) for m in extract(text)]
    assert (*act, True) in rows, rows
