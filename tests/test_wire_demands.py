"""Demands, appeals and concessions in wire leads (CAMEO 02 and 10, demand; CAMEO 08,
yield), as an event coder would code them: PLOVER type with the coder's actor codes
(a state's ISO code, else IGO/NGO).

LEADS are our own leads in the style of 1975-2005 wire copy: demands and appeals by
states, IGOs, officials by title, newspapers and groups, with the party asked named
in less usual places ("demanded that Israel ...", "called for Israel to ...", "urged
the UN to press Iraq", "asked Washington's help", "a resolution calling on X", "in a
letter ... asked"), coordinated doers and targets, and concessions (releases, eased
sanctions and restrictions, demands accepted or given in to, amnesties, legalized
parties). 89 of the 91 read right before this file's rules.

The tables after them test the general rules those leads needed, each with
sentences that failed before and a guard:
- FOR_CLAUSE: who a "for ... to" clause after a verb of asking says is to act is
  asked ("called for Israel to withdraw");
- INVITED: inviting someone to act asks it of them (CAMEO 026, "invited Israel and
  Syria to resume talks");
- COOPERATION: seeking someone's cooperation asks it of them (CAMEO 021, 101);
- OIC: the Organisation of Islamic Cooperation under its name before 2011, the
  Organization of the Islamic Conference, is an IGO;
- DEMANDED_OF_PRONOUN: a pronoun that is to do what is demanded is not the
  demander ("accused Zaire and demanded it hand over the killers");
- INDEPENDENCE_FROM: independence, autonomy or rights asked "from" a state are
  asked of it;
- BETWEEN: peace or a ceasefire asked "between" two parties is asked of both;
- RELEASED_STAFF: monitors, observers and inspectors held and freed are captives
  released (CAMEO 0841);
- BAN_LIFTED_TO: whom a ban on trade was lifted for, when the parser hangs the "to"
  phrase on the verb ("lifted its ban on arms sales to China");
- COMMONWEALTH: "the Commonwealth" alone is the Commonwealth of Nations, an IGO;
- POSTED_ENVOYS: a state's envoy to a body ("Iraq's U.N. ambassador") speaks for
  the state only;
- STATE_PAPERS: Pravda and Izvestia, the Soviet (now Russian) papers of party and
  state, speak for their state, as People's Daily does for China.
Tuned on no gold sentence."""

from __future__ import annotations

import pytest

from geograph.evaluate import found_triples
from relations_util import row_ids

Triple = tuple[str, str, str]

LEADS = [
    (
        "Egypt on Tuesday demanded that Israel halt the construction of settlements in "
        "the occupied West Bank.",
        (("EGY", "DEMAND", "ISR"),),
        (),
    ),
    (
        "Kuwait urged the United Nations to press Iraq to free Kuwaiti prisoners.",
        (("KWT", "DEMAND", "IGO"),),
        (),
    ),
    (
        "Nicaragua asked Washington's help in ending the border war with Honduras.",
        (("NIC", "DEMAND", "USA"),),
        (),
    ),
    (
        "The U.N. Security Council adopted a resolution calling on Iraq to withdraw from Kuwait.",
        (("IGO", "DEMAND", "IRQ"),),
        (),
    ),
    (
        "The European Community appealed to Iran and Iraq to end their seven-year war.",
        (("IGO", "DEMAND", "IRN"), ("IGO", "DEMAND", "IRQ")),
        (),
    ),
    (
        "Pakistan's foreign minister called on India to hold talks on Kashmir.",
        (("PAK", "DEMAND", "IND"),),
        (),
    ),
    (
        "The Soviet foreign minister urged Japan to drop its claim to the Kuril Islands.",
        (("RUS", "DEMAND", "JPN"),),
        (),
    ),
    (
        "Greece has asked NATO to pressure Turkey to withdraw its troops from Cyprus.",
        (("GRC", "DEMAND", "IGO"),),
        (),
    ),
    (
        "Pope John Paul II appealed to Britain and Argentina to avoid war over the "
        "Falkland Islands.",
        (("VAT", "DEMAND", "GBR"), ("VAT", "DEMAND", "ARG")),
        (),
    ),
    (
        "The Organization of African Unity demanded the release of Nelson Mandela.",
        (("IGO", "DEMAND", "ZAF"),),
        (),
    ),
    (
        "Sri Lanka sought military assistance from India to fight Tamil rebels.",
        (("LKA", "DEMAND", "IND"),),
        (),
    ),
    (
        "Iran has asked Japan for a loan to rebuild its oil industry.",
        (("IRN", "DEMAND", "JPN"),),
        (),
    ),
    (
        "The White House pressed Moscow to allow more Jews to emigrate.",
        (("USA", "DEMAND", "RUS"),),
        (),
    ),
    (
        "Jordan's King Hussein urged the United States to talk to the PLO.",
        (("JOR", "DEMAND", "USA"),),
        (),
    ),
    (
        "Amnesty International called on Indonesia to free political prisoners in East Timor.",
        (("NGO", "DEMAND", "IDN"),),
        (),
    ),
    (
        "A leading Egyptian newspaper demanded that Washington stop arming Israel.",
        (("EGY", "DEMAND", "USA"),),
        (),
    ),
    (
        "Polish bishops called on the government to legalize Solidarity.",
        (("POL", "DEMAND", "POL"),),
        (),
    ),
    (
        "The European Parliament passed a resolution urging China to respect human "
        "rights in Tibet.",
        (("IGO", "DEMAND", "CHN"),),
        (),
    ),
    (
        "South Korea called on North Korea to resume the suspended Red Cross talks.",
        (("KOR", "DEMAND", "PRK"),),
        (),
    ),
    (
        "Japan insisted that Russia return the four islands seized in 1945.",
        (("JPN", "DEMAND", "RUS"),),
        (),
    ),
    (
        "In a letter to the Secretary-General, Iraq asked the United Nations to lift the "
        "trade embargo.",
        (("IRQ", "DEMAND", "IGO"),),
        (),
    ),
    (
        "Libya requested an emergency meeting of the Security Council to discuss the U.S."
        " air raids.",
        (("LBY", "DEMAND", "IGO"),),
        (),
    ),
    (
        "China demanded an apology from the United States for the bombing of its embassy "
        "in Belgrade.",
        (("CHN", "DEMAND", "USA"),),
        (),
    ),
    (
        "Moscow told Kiev to pay its gas debts.",
        (("RUS", "DEMAND", "UKR"),),
        (),
    ),
    (
        "The International Monetary Fund pressed Argentina for deeper spending cuts.",
        (("IGO", "DEMAND", "ARG"),),
        (),
    ),
    (
        "Yeltsin urged Chechen rebels to lay down their arms.",
        (("RUS", "DEMAND", "RUS"),),
        (),
    ),
    (
        "The Palestine Liberation Organization asked the Security Council to send "
        "observers to the occupied territories.",
        (("PSE", "DEMAND", "IGO"),),
        (),
    ),
    (
        "France and Britain urged Serbia to accept the peace plan.",
        (("FRA", "DEMAND", "SRB"), ("GBR", "DEMAND", "SRB")),
        (),
    ),
    (
        "The Non-Aligned Movement called for an end to apartheid in South Africa.",
        (("IGO", "DEMAND", "ZAF"),),
        (),
    ),
    (
        "The NATO secretary-general urged Belgrade to pull its forces out of Kosovo.",
        (("IGO", "DEMAND", "SRB"),),
        (),
    ),
    (
        "Egyptian President Hosni Mubarak appealed to Iraq to withdraw from Kuwait.",
        (("EGY", "DEMAND", "IRQ"),),
        (),
    ),
    (
        "The U.S. ambassador asked the Philippine government to protect American servicemen.",
        (("USA", "DEMAND", "PHL"),),
        (),
    ),
    (
        "Syria asked the Soviet Union for more advanced warplanes.",
        (("SYR", "DEMAND", "RUS"),),
        (),
    ),
    (
        "The Security Council demanded that Ethiopia and Eritrea stop fighting.",
        (("IGO", "DEMAND", "ETH"), ("IGO", "DEMAND", "ERI")),
        (),
    ),
    (
        "Israel called on Lebanon to rein in Hezbollah guerrillas.",
        (("ISR", "DEMAND", "LBN"),),
        (),
    ),
    (
        "The Vatican urged Cuba to release political prisoners.",
        (("VAT", "DEMAND", "CUB"),),
        (),
    ),
    (
        "Washington is pushing Seoul to open its rice market.",
        (("USA", "DEMAND", "KOR"),),
        (),
    ),
    (
        "The European Union urged Zimbabwe to hold free and fair elections.",
        (("IGO", "DEMAND", "ZWE"),),
        (),
    ),
    (
        "Angola asked Cuba to keep its troops in the country.",
        (("AGO", "DEMAND", "CUB"),),
        (),
    ),
    (
        "President Carter asked Congress to approve the Panama Canal treaties.",
        (("USA", "DEMAND", "USA"),),
        (),
    ),
    (
        "The United States demanded that North Korea allow inspectors into its nuclear sites.",
        (("USA", "DEMAND", "PRK"),),
        (),
    ),
    (
        "Rebels in Sierra Leone demanded the release of their leader Foday Sankoh.",
        (("SLE", "DEMAND", "SLE"),),
        (),
    ),
    (
        "Germany asked Poland to grant more rights to its German minority.",
        (("DEU", "DEMAND", "POL"),),
        (),
    ),
    (
        "The Arab League secretary-general urged Baghdad to cooperate with U.N. "
        "weapons inspectors.",
        (("IGO", "DEMAND", "IRQ"),),
        (),
    ),
    (
        "India has sought Russia's help in building a nuclear power plant.",
        (("IND", "DEMAND", "RUS"),),
        (),
    ),
    (
        "The head of the IAEA urged Iran to suspend uranium enrichment.",
        (("IGO", "DEMAND", "IRN"),),
        (),
    ),
    (
        "Israel released 400 Palestinian prisoners on Thursday.",
        (("ISR", "RETREAT", "PSE"),),
        (),
    ),
    (
        "Syria freed two French hostages held in Lebanon.",
        (("SYR", "RETREAT", "FRA"),),
        (),
    ),
    (
        "Vietnam released 20 Chinese fishermen seized last month.",
        (("VNM", "RETREAT", "CHN"),),
        (),
    ),
    (
        "The United States eased sanctions on Vietnam.",
        (("USA", "RETREAT", "VNM"),),
        (),
    ),
    (
        "The European Community lifted its arms embargo on China.",
        (("IGO", "RETREAT", "CHN"),),
        (),
    ),
    (
        "Washington lifted economic sanctions against Pakistan.",
        (("USA", "RETREAT", "PAK"),),
        (),
    ),
    (
        "South Africa legalized the African National Congress.",
        (("ZAF", "CONCEDE", "ZAF"),),
        (),
    ),
    (
        "The Polish government bowed to the demands of striking workers.",
        (("POL", "CONCEDE", "POL"),),
        (),
    ),
    (
        "Belgrade gave in to NATO demands and withdrew its troops from Kosovo.",
        (("SRB", "CONCEDE", "IGO"),),
        (),
    ),
    (
        "Moscow accepted Washington's demand for on-site inspections.",
        (("RUS", "CONCEDE", "USA"),),
        (),
    ),
    (
        "Sudan allowed U.N. relief flights into the south.",
        (("SDN", "RETREAT", "IGO"),),
        (),
    ),
    (
        "Iran returned the British sailors it seized in the Gulf.",
        (("IRN", "RETREAT", "GBR"),),
        (),
    ),
    (
        "Cuba freed 30 political prisoners at the request of the Pope.",
        (("CUB", "RETREAT", "CUB"),),
        (),
    ),
    (
        "Japan yielded to U.S. pressure and opened its market to American beef.",
        (("JPN", "CONCEDE", "USA"),),
        (),
    ),
    (
        "China eased martial law in Lhasa.",
        (("CHN", "CONCEDE", "CHN"),),
        (),
    ),
    (
        "The Soviet Union agreed to let Armenians emigrate.",
        (("RUS", "AGREE", "ARM"),),
        (),
    ),
    (
        "Argentina handed back the captured British marines.",
        (("ARG", "RETREAT", "GBR"),),
        (),
    ),
    (
        "The Philippine government granted amnesty to communist rebels.",
        (("PHL", "CONCEDE", "PHL"),),
        (),
    ),
    (
        "The Kremlin backed down and let the dissident leave for Israel.",
        (("RUS", "CONCEDE", "RUS"),),
        (),
    ),
    (
        "Iraq accepted the U.N. resolution on oil-for-food.",
        (("IRQ", "CONCEDE", "IGO"),),
        (),
    ),
    (
        "Israel lifted the closure of the Gaza Strip.",
        (("ISR", "RETREAT", "PSE"),),
        (),
    ),
    (
        "North Korea handed over the remains of American soldiers to the United States.",
        (("PRK", "RETREAT", "USA"),),
        (),
    ),
    (
        "The Burmese junta freed opposition leader Aung San Suu Kyi.",
        (("MMR", "RETREAT", "MMR"),),
        (),
    ),
    (
        "Britain relaxed its ban on beef imports from France.",
        (("GBR", "CONCEDE", "FRA"),),
        (),
    ),
    (
        "Pakistan agreed to a U.N. demand to withdraw its troops.",
        (("PAK", "CONCEDE", "IGO"),),
        (),
    ),
    (
        "The Chinese government yielded to student demands for talks.",
        (("CHN", "CONCEDE", "CHN"),),
        (),
    ),
    (
        "Peru released a U.S. citizen jailed for terrorism.",
        (("PER", "RETREAT", "USA"),),
        (),
    ),
    (
        "Iraq's demand that Kuwait forgive its war debts was rejected.",
        (("IRQ", "DEMAND", "KWT"),),
        (),
    ),
    (
        "Saudi Arabia renewed its call for Washington to pressure Israel.",
        (("SAU", "DEMAND", "USA"),),
        (),
    ),
    (
        "The Soviet Union has asked for Indian help in Afghanistan.",
        (("RUS", "DEMAND", "IND"),),
        (),
    ),
    (
        "Spain asked for Britain to return Gibraltar.",
        (("ESP", "DEMAND", "GBR"),),
        (),
    ),
    (
        "Israel urged on Sunday the United States to halt arms sales to Jordan.",
        (("ISR", "DEMAND", "USA"),),
        (),
    ),
    (
        "Argentina asked Washington for economic aid.",
        (("ARG", "DEMAND", "USA"),),
        (),
    ),
    (
        "Mexico requested that the United States extradite the drug lord.",
        (("MEX", "DEMAND", "USA"),),
        (),
    ),
    (
        "Chile's foreign minister urged Peru and Ecuador to settle their border "
        "dispute peacefully.",
        (("CHL", "DEMAND", "PER"), ("CHL", "DEMAND", "ECU")),
        (),
    ),
    (
        "Egypt appealed for Libya to end its support for terrorism.",
        (("EGY", "DEMAND", "LBY"),),
        (),
    ),
    (
        "A Syrian government newspaper urged Iraq to stop meddling in Lebanon.",
        (("SYR", "DEMAND", "IRQ"),),
        (),
    ),
    (
        "Kenya called for international pressure on Uganda to end the killings.",
        (("KEN", "DEMAND", "UGA"),),
        (),
    ),
    (
        "The Italian government granted asylum to the Albanian refugees.",
        (("ITA", "AID", "ALB"),),
        (),
    ),
    (
        "Iran agreed to free the American hostages in exchange for the release of its "
        "frozen assets.",
        (("IRN", "AGREE", "USA"),),
        (),
    ),
    (
        "Israel eased restrictions on Palestinians in the West Bank.",
        (("ISR", "CONCEDE", "PSE"),),
        (),
    ),
    (
        "Moscow gave in to Baltic demands for independence.",
        (("RUS", "CONCEDE", "RUS"),),
        (),
    ),
    (
        "Bush called on Israel and the Palestinians to return to the negotiating table.",
        (("USA", "DEMAND", "ISR"), ("USA", "DEMAND", "PSE")),
        (),
    ),
    (
        "Iran pleaded with the United Nations for help in repatriating Afghan refugees.",
        (("IRN", "DEMAND", "IGO"),),
        (),
    ),
    (
        "Vietnam asked China to return the fishermen.",
        (("VNM", "DEMAND", "CHN"),),
        (),
    ),
]

FOR_CLAUSE = [
    (
        "The Arab League called for Israel to withdraw from all occupied Arab land.",
        (("IGO", "DEMAND", "ISR"),),
        (),
    ),
    (
        "Britain's prime minister called for Argentina to withdraw its forces from the Falklands.",
        (("GBR", "DEMAND", "ARG"),),
        (),
    ),
    (
        "The Pope appealed for Iraq to release its hostages.",
        (("VAT", "DEMAND", "IRQ"),),
        (),
    ),
    (
        "The U.N. General Assembly called for South Africa to free Nelson Mandela.",
        (("IGO", "DEMAND", "ZAF"),),
        (),
    ),
    # Waiting for someone to act asks nothing of them.
    (
        "Cuba waited for Moscow to send oil.",
        (),
        (("CUB", "DEMAND", "RUS"),),
    ),
]

INVITED = [
    (
        "The United States invited Israel and Syria to resume peace talks in Washington.",
        (("USA", "DEMAND", "ISR"), ("USA", "DEMAND", "SYR")),
        (("ISR", "DEMAND", "SYR"),),
    ),
    (
        "NATO invited Poland, Hungary and the Czech Republic to begin membership talks.",
        (("IGO", "DEMAND", "POL"), ("IGO", "DEMAND", "HUN"), ("IGO", "DEMAND", "CZE")),
        (),
    ),
    (
        "Norway invited the Tamil Tigers and Colombo to hold talks in Oslo.",
        (("NOR", "DEMAND", "LKA"),),
        (),
    ),
    (
        "Washington invited Iran to join talks on Afghanistan.",
        (("USA", "DEMAND", "IRN"),),
        (),
    ),
    # Accepting an invitation asks nothing of the host.
    (
        "Syria accepted an invitation from Egypt to attend the summit.",
        (),
        (("SYR", "DEMAND", "EGY"),),
    ),
]

COOPERATION = [
    (
        "Seoul sought Tokyo's cooperation in tracking North Korean spies.",
        (("KOR", "DEMAND", "JPN"),),
        (),
    ),
    (
        "Italy requested cooperation from Switzerland in the bank inquiry.",
        (("ITA", "DEMAND", "CHE"),),
        (),
    ),
    (
        "Peru sought cooperation from Bolivia against drug traffickers.",
        (("PER", "DEMAND", "BOL"),),
        (),
    ),
    (
        "Bonn sought Ankara's collaboration against the PKK.",
        (("DEU", "DEMAND", "TUR"),),
        (),
    ),
    # Offering one's cooperation asks for nothing.
    (
        "Egypt offered its cooperation to Sudan.",
        (),
        (("EGY", "DEMAND", "SDN"),),
    ),
]

OIC = [
    (
        "The Organization of the Islamic Conference urged India to protect Muslims.",
        (("IGO", "DEMAND", "IND"),),
        (("NGO", "DEMAND", "IND"),),
    ),
    (
        "The Islamic Conference Organization called on Serbia to end the killings.",
        (("IGO", "DEMAND", "SRB"),),
        (),
    ),
]

DEMANDED_OF_PRONOUN = [
    (
        "Rwanda accused Zaire and demanded it hand over the killers.",
        (("RWA", "DEMAND", "COD"),),
        (),
    ),
    (
        "Britain condemned Iran and demanded that it free the sailors.",
        (("GBR", "DEMAND", "IRN"),),
        (),
    ),
    (
        "China criticized Japan and urged that it apologize.",
        (("CHN", "DEMAND", "JPN"),),
        (),
    ),
    (
        "Pakistan rejected India's charges and demanded it stop the shelling.",
        (("PAK", "DEMAND", "IND"),),
        (),
    ),
    (
        "Tehran seized two British sailors on Monday. London demanded that it release them.",
        (("GBR", "DEMAND", "IRN"),),
        (),
    ),
    (
        "Iranian gunboats seized two British sailors. Britain demanded that it free them at once.",
        (("GBR", "DEMAND", "IRN"),),
        (),
    ),
    # A passive clause may be the demander's own: nothing is turned round.
    (
        "Iran protested to Iraq and demanded that it be compensated for the damage.",
        (("IRN", "DISAPPROVE", "IRQ"),),
        (("IRQ", "DEMAND", "IRN"),),
    ),
]

INDEPENDENCE_FROM = [
    (
        "The OAU summit demanded Namibian independence from South Africa.",
        (("IGO", "DEMAND", "ZAF"),),
        (("IGO", "DEMAND", "NAM"),),
    ),
    (
        "Eritrean rebels sought independence from Ethiopia.",
        (("ERI", "DEMAND", "ETH"),),
        (),
    ),
    # Independence won is asked of no one.
    (
        "Algeria won independence from France in 1962.",
        (),
        (("DZA", "DEMAND", "FRA"),),
    ),
]

BETWEEN = [
    (
        "The Security Council demanded an immediate ceasefire between Armenia and Azerbaijan.",
        (("IGO", "DEMAND", "ARM"), ("IGO", "DEMAND", "AZE")),
        (),
    ),
    (
        "The Pope urged peace between Israel and the Palestinians.",
        (("VAT", "DEMAND", "ISR"), ("VAT", "DEMAND", "PSE")),
        (),
    ),
    # One asked to mediate between two parties is the one asked.
    (
        "Washington urged the United Nations to mediate between Israel and Syria.",
        (("USA", "DEMAND", "IGO"),),
        (("USA", "DEMAND", "ISR"), ("USA", "DEMAND", "SYR")),
    ),
]

RELEASED_STAFF = [
    (
        "Belgrade released the OSCE monitors.",
        (("SRB", "RETREAT", "IGO"),),
        (),
    ),
    (
        "Iraq freed the U.N. weapons inspectors it had held in a Baghdad parking lot.",
        (("IRQ", "RETREAT", "IGO"),),
        (),
    ),
    (
        "Bosnian Serbs released 20 U.N. military observers.",
        (("BIH", "RETREAT", "IGO"),),
        (),
    ),
    # A report by inspectors released frees no one.
    (
        "The United Nations released the inspectors' report on Friday.",
        (),
        (("IGO", "RETREAT", "IGO"),),
    ),
]

BAN_LIFTED_TO = [
    (
        "The United States lifted its ban on arms sales to China.",
        (("USA", "CONCEDE", "CHN"),),
        (),
    ),
    (
        "Washington relaxed its ban on computer sales to India.",
        (("USA", "CONCEDE", "IND"),),
        (),
    ),
    # A curfew cut "to" some hours is eased where it is in force.
    (
        "Israel reduced the curfew in Hebron to six hours a day.",
        (("ISR", "CONCEDE", "PSE"),),
        (("ISR", "CONCEDE", "ISR"),),
    ),
]

COMMONWEALTH = [
    (
        "The Commonwealth called on Nigeria to free its political prisoners.",
        (("IGO", "DEMAND", "NGA"),),
        (("NGO", "DEMAND", "NGA"),),
    ),
    (
        "Commonwealth leaders called on Pakistan to restore democracy.",
        (("IGO", "DEMAND", "PAK"),),
        (),
    ),
    # Another commonwealth keeps its own name.
    (
        "The Commonwealth of Independent States urged Armenia to end the fighting.",
        (("IGO", "DEMAND", "ARM"),),
        (),
    ),
]

POSTED_ENVOYS = [
    (
        "Iraq's U.N. ambassador denounced the United States.",
        (("IRQ", "DISAPPROVE", "USA"),),
        (("IGO", "DISAPPROVE", "USA"),),
    ),
    (
        "Israel's U.N. ambassador asked the Security Council to condemn the attack.",
        (("ISR", "DEMAND", "IGO"),),
        (("IGO", "DEMAND", "IGO"),),
    ),
    (
        "Britain's NATO envoy urged Serbia to withdraw.",
        (("GBR", "DEMAND", "SRB"),),
        (("IGO", "DEMAND", "SRB"),),
    ),
    # A body's own envoy stands for it.
    (
        "U.N. and U.S. envoys urged Serbia to withdraw.",
        (("IGO", "DEMAND", "SRB"), ("USA", "DEMAND", "SRB")),
        (),
    ),
]

STATE_PAPERS = [
    (
        "Pravda demanded that the United States stop its nuclear tests.",
        (("RUS", "DEMAND", "USA"),),
        (("NGO", "DEMAND", "USA"),),
    ),
    (
        "Pravda accused Washington of sabotaging the arms talks.",
        (("RUS", "DISAPPROVE", "USA"),),
        (),
    ),
    (
        "Izvestia called on Japan to drop its claims to the Kuril Islands.",
        (("RUS", "DEMAND", "JPN"),),
        (),
    ),
    (
        "The government newspaper Izvestia accused Washington of meddling in Ukraine.",
        (("RUS", "DISAPPROVE", "USA"),),
        (),
    ),
]


def _check(extract, text: str, expected: tuple[Triple, ...], absent: tuple[Triple, ...]) -> None:
    found = set(found_triples(extract(text), "plover"))
    for triple in expected:
        assert triple in found, f"missing {triple}; found {sorted(found)}"
    for triple in absent:
        assert triple not in found, f"unexpected {triple}; found {sorted(found)}"


TABLES = {
    "lead": LEADS,
    "for clause": FOR_CLAUSE,
    "invited": INVITED,
    "cooperation": COOPERATION,
    "oic": OIC,
    "demanded of pronoun": DEMANDED_OF_PRONOUN,
    "independence from": INDEPENDENCE_FROM,
    "between": BETWEEN,
    "released staff": RELEASED_STAFF,
    "ban lifted to": BAN_LIFTED_TO,
    "commonwealth": COMMONWEALTH,
    "posted envoys": POSTED_ENVOYS,
    "state papers": STATE_PAPERS,
}
ROWS = [row for table in TABLES.values() for row in table]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS, ids=row_ids(ROWS))
def test_wire_demand(
    extract, text: str, expected: tuple[Triple, ...], absent: tuple[Triple, ...]
) -> None:
    _check(extract, text, expected, absent)
