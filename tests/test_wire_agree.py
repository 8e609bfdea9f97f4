"""Agreeing, consulting, supporting, cooperating in wire leads (CAMEO roots 03-06,
PLOVER AGREE, CONSULT, SUPPORT, COOPERATE): promises, pledges and offers, agreements
between two or more parties ("X and Y agreed", "X agreed with Y", "X, Y and Z
signed", "an agreement between X and Y under which ..."), talks, visits and
meetings, mediation, praise, recognition, apologies, extradition and joint acts.
Leads of our own in the style of 1975-2005 wire copy, not gold records, each
checked as an event coder codes it: the (source code, PLOVER type, target code)
triples it must give (a state's ISO code, else IGO/NGO/IMG). Signing a formal
agreement is CAMEO 057, PLOVER SUPPORT. Then the general rules the leads needed
(RULES), each with sentences of its own and a guard."""

from __future__ import annotations

import pytest

from geograph.evaluate import found_triples
from geograph.model import Mention
from relations_util import Expect, check, row_ids


def _triples(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return set(found_triples(mentions, "plover"))


# (lead, triples it must give)
LEADS = [
    (
        "Iran and Iraq agreed on Tuesday to exchange prisoners of war.",
        (("IRN", "AGREE", "IRQ"), ("IRQ", "AGREE", "IRN")),
    ),
    (
        "Syria agreed with Lebanon to reopen their common border.",
        (("SYR", "AGREE", "LBN"),),
    ),
    (
        "Greece and Turkey agreed to resume talks on the Aegean dispute.",
        (("GRC", "AGREE", "TUR"), ("TUR", "AGREE", "GRC")),
    ),
    (
        "Argentina has agreed to let British relatives visit the Falklands graves.",
        (("ARG", "AGREE", "GBR"),),
    ),
    (
        "Pakistan promised India it would curb militants crossing into Kashmir.",
        (("PAK", "AGREE", "IND"),),
    ),
    (
        "The Soviet Union pledged to pull its troops out of Afghanistan by February.",
        (("RUS", "AGREE", "AFG"),),
    ),
    (
        "Egypt offered to mediate between Israel and the Palestinians.",
        (("EGY", "AGREE", "ISR"),),
    ),
    (
        "Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday.",
        (("ETH", "SUPPORT", "ERI"), ("ERI", "SUPPORT", "ETH")),
    ),
    (
        "Russia, Ukraine and Belarus signed an accord creating a commonwealth.",
        (("RUS", "SUPPORT", "UKR"), ("UKR", "SUPPORT", "RUS"), ("BLR", "SUPPORT", "RUS")),
    ),
    (
        "France signed a military cooperation pact with Chad on Friday.",
        (("FRA", "SUPPORT", "TCD"),),
    ),
    (
        "Vietnam and China reached an agreement on demarcating their land border.",
        (("VNM", "AGREE", "CHN"), ("CHN", "AGREE", "VNM")),
    ),
    (
        "An agreement between Jordan and Israel under which Amman will receive water "
        "was signed Wednesday.",
        (("JOR", "SUPPORT", "ISR"), ("ISR", "SUPPORT", "JOR")),
    ),
    (
        "Colombia's government and the FARC rebels agreed to a prisoner exchange.",
        (("COL", "AGREE", "COL"),),
    ),
    (
        "Washington agreed to sell Taiwan 150 F-16 fighter jets.",
        (("USA", "AGREE", "TWN"),),
    ),
    (
        "Israel agreed to release 400 Palestinian prisoners, officials said.",
        (("ISR", "AGREE", "PSE"),),
    ),
    (
        "Britain and Ireland agreed on a framework for Northern Ireland's future.",
        (("GBR", "AGREE", "IRL"), ("IRL", "AGREE", "GBR")),
    ),
    (
        "The Philippines and the United States agreed to hold joint military exercises.",
        (("PHL", "AGREE", "USA"), ("USA", "AGREE", "PHL")),
    ),
    (
        "Saddam Hussein agreed to allow UN weapons inspectors back into Iraq.",
        (("IRQ", "AGREE", "IGO"),),
    ),
    (
        "Kenya agreed with Uganda on a plan to share the waters of Lake Victoria.",
        (("KEN", "AGREE", "UGA"),),
    ),
    (
        "The European Union and Mexico signed a free trade agreement on Thursday.",
        (("IGO", "SUPPORT", "MEX"), ("MEX", "SUPPORT", "IGO")),
    ),
    (
        "Chinese Premier Li Peng signed a trade accord with Russia in Moscow.",
        (("CHN", "SUPPORT", "RUS"),),
    ),
    (
        "President Reagan met Soviet leader Mikhail Gorbachev in Reykjavik.",
        (("USA", "CONSULT", "RUS"),),
    ),
    (
        "Syrian President Hafez al-Assad received visiting Iranian Foreign Minister "
        "Ali Akbar Velayati.",
        (("SYR", "CONSULT", "IRN"),),
    ),
    (
        "Indian Prime Minister Rajiv Gandhi arrived in Beijing for a five-day visit.",
        (("IND", "CONSULT", "CHN"),),
    ),
    (
        "Pope John Paul II visited Cuba for the first time.",
        (("VAT", "CONSULT", "CUB"),),
    ),
    (
        "Foreign ministers of Egypt and Jordan held talks in Cairo on the peace process.",
        (("EGY", "CONSULT", "JOR"), ("JOR", "CONSULT", "EGY")),
    ),
    (
        "U.S. envoy Dennis Ross met Palestinian leader Yasser Arafat in Gaza.",
        (("USA", "CONSULT", "PSE"),),
    ),
    (
        "Chancellor Kohl telephoned President Bush to discuss German unification.",
        (("DEU", "CONSULT", "USA"),),
    ),
    (
        "Norway mediated secret talks between Israel and the PLO.",
        (("NOR", "CONSULT", "ISR"), ("NOR", "CONSULT", "PSE")),
    ),
    (
        "Israel and Syria resumed peace negotiations in Washington.",
        (("ISR", "CONSULT", "SYR"), ("SYR", "CONSULT", "ISR")),
    ),
    (
        "Britain held talks with China on the future of Hong Kong.",
        (("GBR", "CONSULT", "CHN"),),
    ),
    (
        "French Foreign Minister Dumas met his Iraqi counterpart in Paris.",
        (("FRA", "CONSULT", "IRQ"),),
    ),
    (
        "Iran hosted a meeting of Afghan factions in Tehran.",
        (("IRN", "CONSULT", "AFG"),),
    ),
    (
        "Mubarak flew to Damascus for talks with Assad.",
        (("EGY", "CONSULT", "SYR"),),
    ),
    (
        "Japanese Prime Minister Koizumi made a surprise visit to Pyongyang.",
        (("JPN", "CONSULT", "PRK"),),
    ),
    (
        "The Kenyan president discussed regional security with Ugandan President Museveni.",
        (("KEN", "CONSULT", "UGA"),),
    ),
    (
        "South Korea and North Korea held their first high-level talks in Seoul.",
        (("KOR", "CONSULT", "PRK"), ("PRK", "CONSULT", "KOR")),
    ),
    (
        "A Chinese delegation arrived in Taipei for talks.",
        (("CHN", "CONSULT", "TWN"),),
    ),
    (
        "Indian and Pakistani officials met in Islamabad to discuss Kashmir.",
        (("IND", "CONSULT", "PAK"), ("PAK", "CONSULT", "IND")),
    ),
    (
        "Algeria mediated between Ethiopia and Eritrea.",
        (("DZA", "CONSULT", "ETH"), ("DZA", "CONSULT", "ERI")),
    ),
    (
        "Thai Prime Minister Chuan Leekpai met with Burmese leaders in Rangoon.",
        (("THA", "CONSULT", "MMR"),),
    ),
    (
        "The Polish foreign minister consulted NATO allies before the vote.",
        (("POL", "CONSULT", "IGO"),),
    ),
    (
        "German Chancellor Schroeder received Russian President Putin in Berlin.",
        (("DEU", "CONSULT", "RUS"),),
    ),
    (
        "Zimbabwe's Mugabe held talks with South African President Mbeki.",
        (("ZWE", "CONSULT", "ZAF"),),
    ),
    (
        "The United States praised Mexico for its anti-drug efforts.",
        (("USA", "SUPPORT", "MEX"),),
    ),
    (
        "China recognized the new government of Cambodia.",
        (("CHN", "SUPPORT", "KHM"),),
    ),
    (
        "Brazil established diplomatic relations with Angola.",
        (("BRA", "SUPPORT", "AGO"),),
    ),
    (
        "The Arab League endorsed a Saudi peace plan for the Middle East.",
        (("IGO", "SUPPORT", "SAU"),),
    ),
    (
        "France backed Germany's bid for a permanent UN Security Council seat.",
        (("FRA", "SUPPORT", "DEU"),),
    ),
    (
        "Russia voiced support for Serbia over Kosovo.",
        (("RUS", "SUPPORT", "SRB"),),
    ),
    (
        "President Clinton hailed South Korea's economic reforms.",
        (("USA", "SUPPORT", "KOR"),),
    ),
    (
        "Egypt and Israel restored full diplomatic ties.",
        (("EGY", "SUPPORT", "ISR"), ("ISR", "SUPPORT", "EGY")),
    ),
    (
        "Iran apologized to Saudi Arabia for the attack on its embassy.",
        (("IRN", "SUPPORT", "SAU"),),
    ),
    (
        "The European Union commended Indonesia for the peaceful elections.",
        (("IGO", "SUPPORT", "IDN"),),
    ),
    (
        "Washington welcomed Libya's decision to give up weapons of mass destruction.",
        (("USA", "SUPPORT", "LBY"),),
    ),
    (
        "India expressed solidarity with Bangladesh after the cyclone.",
        (("IND", "SUPPORT", "BGD"),),
    ),
    (
        "Turkey forgave Greece for harboring Kurdish rebel leader Ocalan.",
        (("TUR", "SUPPORT", "GRC"),),
    ),
    (
        "Cuba thanked Venezuela for its oil shipments.",
        (("CUB", "SUPPORT", "VEN"),),
    ),
    (
        "Britain congratulated Nigeria on its return to civilian rule.",
        (("GBR", "SUPPORT", "NGA"),),
    ),
    (
        "Russia and China held joint naval exercises in the Yellow Sea.",
        (("RUS", "COOPERATE", "CHN"), ("CHN", "COOPERATE", "RUS")),
    ),
    (
        "Pakistan cooperated with the United States in hunting al-Qaeda suspects.",
        (("PAK", "COOPERATE", "USA"),),
    ),
    (
        "Jordan shared intelligence with Israel about the plot.",
        (("JOR", "COOPERATE", "ISR"),),
    ),
    (
        "Colombia extradited a drug lord to the United States.",
        (("COL", "COOPERATE", "USA"),),
    ),
    (
        "Australia worked with Indonesia to track down the Bali bombers.",
        (("AUS", "COOPERATE", "IDN"),),
    ),
    (
        "Germany and Poland opened a joint border checkpoint.",
        (("DEU", "COOPERATE", "POL"), ("POL", "COOPERATE", "DEU")),
    ),
    (
        "Ukraine extradited a former minister to Russia.",
        (("UKR", "COOPERATE", "RUS"),),
    ),
    (
        "Israel and Jordan signed an agreement on Sunday under which Israel will "
        "supply Jordan with water.",
        (("ISR", "SUPPORT", "JOR"), ("JOR", "SUPPORT", "ISR")),
    ),
    (
        "Iran and Saudi Arabia agreed to restore diplomatic relations.",
        (("IRN", "AGREE", "SAU"), ("SAU", "AGREE", "IRN")),
    ),
    (
        "The leaders of Egypt, Jordan and Syria met in Cairo.",
        (("EGY", "CONSULT", "JOR"), ("JOR", "CONSULT", "SYR")),
    ),
    (
        "Chile and Argentina agreed to submit their Beagle Channel dispute to papal mediation.",
        (("CHL", "AGREE", "ARG"), ("ARG", "AGREE", "CHL")),
    ),
    (
        "Morocco agreed with Algeria and Mauritania on a plan to end the Western Sahara war.",
        (("MAR", "AGREE", "DZA"), ("MAR", "AGREE", "MRT")),
    ),
    (
        "Angola, Cuba and South Africa signed an accord on Namibian independence.",
        (("AGO", "SUPPORT", "CUB"), ("CUB", "SUPPORT", "ZAF"), ("ZAF", "SUPPORT", "AGO")),
    ),
    (
        "Peru agreed with Ecuador to demilitarize the disputed border zone.",
        (("PER", "AGREE", "ECU"),),
    ),
    (
        "Yeltsin and Clinton agreed to cut their nuclear arsenals by two-thirds.",
        (("RUS", "AGREE", "USA"), ("USA", "AGREE", "RUS")),
    ),
    (
        "Indonesia pledged to cooperate with Australia in the bombing investigation.",
        (("IDN", "AGREE", "AUS"),),
    ),
    (
        "Nigeria promised to send 2,000 troops to Liberia.",
        (("NGA", "AGREE", "LBR"),),
    ),
    (
        "China vowed to help Pakistan build a second nuclear power plant.",
        (("CHN", "AGREE", "PAK"),),
    ),
    (
        "Venezuela offered Cuba cheap oil in exchange for doctors.",
        (("VEN", "AGREE", "CUB"),),
    ),
    (
        "Sweden offered to host talks between the Sudanese government and the rebels.",
        (("SWE", "AGREE", "SDN"),),
    ),
    (
        "The Lebanese prime minister met Syrian officials in Damascus on Monday.",
        (("LBN", "CONSULT", "SYR"),),
    ),
    (
        "The Japanese and Chinese foreign ministers met in Beijing.",
        (("JPN", "CONSULT", "CHN"), ("CHN", "CONSULT", "JPN")),
    ),
    (
        "Jordan's King Hussein and Israeli Prime Minister Rabin met in Washington.",
        (("JOR", "CONSULT", "ISR"), ("ISR", "CONSULT", "JOR")),
    ),
    (
        "The foreign ministers of Britain, France and Germany visited Tehran.",
        (("GBR", "CONSULT", "IRN"), ("FRA", "CONSULT", "IRN"), ("DEU", "CONSULT", "IRN")),
    ),
    (
        "South Korea agreed with Japan to share intelligence on North Korean missiles.",
        (("KOR", "AGREE", "JPN"),),
    ),
    (
        "Ecuador and Peru signed a treaty ending their border dispute in Brasilia.",
        (("ECU", "SUPPORT", "PER"), ("PER", "SUPPORT", "ECU")),
    ),
    (
        "India praised Sri Lanka's handling of the crisis.",
        (("IND", "SUPPORT", "LKA"),),
    ),
    (
        "Moscow established diplomatic ties with Seoul.",
        (("RUS", "SUPPORT", "KOR"),),
    ),
    (
        "Syria agreed to an Egyptian request to free the detained journalists.",
        (("SYR", "AGREE", "EGY"),),
    ),
    (
        "Vietnam accepted a Thai invitation to attend the regional summit.",
        (("VNM", "AGREE", "THA"),),
    ),
    (
        "Bolivia agreed to sell natural gas to Brazil for twenty years.",
        (("BOL", "AGREE", "BRA"),),
    ),
    (
        "Germany has agreed to give Poland $200 million in credits.",
        (("DEU", "AGREE", "POL"),),
    ),
    (
        "Officials from Pakistan and India agreed to reopen the Khokhrapar rail link.",
        (("PAK", "AGREE", "IND"), ("IND", "AGREE", "PAK")),
    ),
    (
        "Croatia signed with Bosnia an agreement on a Muslim-Croat federation.",
        (("HRV", "SUPPORT", "BIH"),),
    ),
    (
        "Serbia's President Milosevic promised U.S. envoy Richard Holbrooke to "
        "withdraw heavy weapons.",
        (("SRB", "AGREE", "USA"),),
    ),
    (
        "Mongolia and Russia agreed Thursday on the withdrawal of Soviet troops.",
        (("MNG", "AGREE", "RUS"), ("RUS", "AGREE", "MNG")),
    ),
    (
        "The PLO and Israel agreed on mutual recognition.",
        (("PSE", "AGREE", "ISR"), ("ISR", "AGREE", "PSE")),
    ),
    (
        "Pakistan and Afghanistan's Taliban agreed to reopen the border crossing.",
        (("PAK", "AGREE", "AFG"), ("AFG", "AGREE", "PAK")),
    ),
    (
        "China offered North Korea food aid.",
        (("CHN", "AGREE", "PRK"),),
    ),
    (
        "Iran and the European Union agreed to resume talks on Iran's nuclear programme.",
        (("IRN", "AGREE", "IGO"), ("IGO", "AGREE", "IRN")),
    ),
    (
        "Ukraine agreed to hand over its nuclear warheads to Russia.",
        (("UKR", "AGREE", "RUS"),),
    ),
    (
        "The United States and North Korea signed a framework agreement in Geneva on Friday.",
        (("USA", "SUPPORT", "PRK"), ("PRK", "SUPPORT", "USA")),
    ),
    (
        "Britain has signed an extradition treaty with the United Arab Emirates.",
        (("GBR", "SUPPORT", "ARE"),),
    ),
    (
        "Honduran and Nicaraguan officials signed a border agreement.",
        (("HND", "SUPPORT", "NIC"), ("NIC", "SUPPORT", "HND")),
    ),
    (
        "The accord signed by Israel and Jordan ended 46 years of war.",
        (("ISR", "SUPPORT", "JOR"), ("JOR", "SUPPORT", "ISR")),
    ),
    (
        "Hungary's prime minister praised Austria's decision to open its border.",
        (("HUN", "SUPPORT", "AUT"),),
    ),
    (
        "The Chinese foreign minister met Kim Il-sung in Pyongyang.",
        (("CHN", "CONSULT", "PRK"),),
    ),
    (
        "Mandela met Zulu leader Mangosuthu Buthelezi for the first time in 30 years.",
        (("ZAF", "CONSULT", "ZAF"),),
    ),
    (
        "Arafat flew to Amman on Sunday for talks with King Hussein.",
        (("PSE", "CONSULT", "JOR"),),
    ),
    (
        "Kohl and Mitterrand met in Bonn to discuss European monetary union.",
        (("DEU", "CONSULT", "FRA"), ("FRA", "CONSULT", "DEU")),
    ),
    (
        "Visiting Turkish Prime Minister Ozal held talks with President Bush.",
        (("TUR", "CONSULT", "USA"),),
    ),
    (
        "Bush received the Polish president at the White House.",
        (("USA", "CONSULT", "POL"),),
    ),
    (
        "Qatar mediated a deal between Lebanon's rival factions.",
        (("QAT", "CONSULT", "LBN"),),
    ),
    (
        "Italy extradited two Red Brigades suspects to France.",
        (("ITA", "COOPERATE", "FRA"),),
    ),
    (
        "Syria assured Lebanon that it would not interfere in the elections.",
        (("SYR", "AGREE", "LBN"),),
    ),
    (
        "Israel promised the United States it would freeze settlement building.",
        (("ISR", "AGREE", "USA"),),
    ),
    (
        "Iraq struck a deal with the United Nations on oil sales.",
        (("IRQ", "AGREE", "IGO"),),
    ),
    (
        "Sri Lanka reached an agreement with the Tamil rebels on a truce.",
        (("LKA", "AGREE", "LKA"),),
    ),
    (
        "The Egyptian foreign minister and his Israeli counterpart agreed to meet again "
        "next month.",
        (("EGY", "AGREE", "ISR"), ("ISR", "AGREE", "EGY")),
    ),
    (
        "Cambodia said it had agreed with Vietnam to redraw their maritime border.",
        (("KHM", "AGREE", "VNM"),),
    ),
    (
        "Indonesia and Portugal have agreed that East Timor will vote on its future.",
        (("IDN", "AGREE", "PRT"), ("PRT", "AGREE", "IDN")),
    ),
    (
        "Greece accepted Turkey's invitation to talks on Cyprus.",
        (("GRC", "AGREE", "TUR"),),
    ),
    (
        "North Korea agreed to China's proposal for six-party talks.",
        (("PRK", "AGREE", "CHN"),),
    ),
    (
        "Syria has agreed to a U.S. request to withdraw its troops from Lebanon.",
        (("SYR", "AGREE", "USA"),),
    ),
    (
        "Moscow and Washington agreed Monday to extend the START treaty.",
        (("RUS", "AGREE", "USA"), ("USA", "AGREE", "RUS")),
    ),
    (
        "The leaders of Burundi and Rwanda agreed to fight rebels jointly.",
        (("BDI", "AGREE", "RWA"), ("RWA", "AGREE", "BDI")),
    ),
    (
        "Israel offered to return the Golan Heights to Syria in exchange for peace.",
        (("ISR", "AGREE", "SYR"),),
    ),
    (
        "Ghana, Togo and Benin signed a pact to fight cross-border crime.",
        (("GHA", "SUPPORT", "TGO"), ("TGO", "SUPPORT", "BEN"), ("BEN", "SUPPORT", "GHA")),
    ),
    (
        "Foreign ministers of Iran and Turkey signed an agreement on trade in Ankara.",
        (("IRN", "SUPPORT", "TUR"), ("TUR", "SUPPORT", "IRN")),
    ),
    (
        "Libya signed an accord with Chad ending their border war.",
        (("LBY", "SUPPORT", "TCD"),),
    ),
    (
        "The Vatican established diplomatic relations with Israel.",
        (("VAT", "SUPPORT", "ISR"),),
    ),
    (
        "Japan apologized to South Korea for its colonial rule.",
        (("JPN", "SUPPORT", "KOR"),),
    ),
    (
        "President Carter praised Egyptian President Sadat for his courage.",
        (("USA", "SUPPORT", "EGY"),),
    ),
    (
        "Moscow defended its ally Belgrade against Western criticism.",
        (("RUS", "SUPPORT", "SRB"),),
    ),
    (
        "Gorbachev telephoned Thatcher on Sunday.",
        (("RUS", "CONSULT", "GBR"),),
    ),
    (
        "The Saudi king hosted Lebanese factional leaders in Taif.",
        (("SAU", "CONSULT", "LBN"),),
    ),
    (
        "Kuwait's emir arrived in Washington on Monday for talks with President Bush.",
        (("KWT", "CONSULT", "USA"),),
    ),
    (
        "Chinese and Indian officials opened border talks in New Delhi.",
        (("CHN", "CONSULT", "IND"), ("IND", "CONSULT", "CHN")),
    ),
    (
        "Egypt's President Mubarak mediated between Arafat and Israeli leaders.",
        (("EGY", "CONSULT", "PSE"), ("EGY", "CONSULT", "ISR")),
    ),
    (
        "French and German troops held joint manoeuvres near Strasbourg.",
        (("FRA", "COOPERATE", "DEU"), ("DEU", "COOPERATE", "FRA")),
    ),
    (
        "Egypt and Sudan set up a joint committee to manage Nile waters.",
        (("EGY", "COOPERATE", "SDN"), ("SDN", "COOPERATE", "EGY")),
    ),
    (
        "Britain passed intelligence to Spain on the ETA cell.",
        (("GBR", "COOPERATE", "ESP"),),
    ),
]


@pytest.mark.parametrize(("text", "triples"), LEADS, ids=row_ids(LEADS))
def test_wire_agree_lead(extract, text: str, triples: tuple[tuple[str, str, str], ...]) -> None:
    found = _triples(extract(text))
    missing = [t for t in triples if t not in found]
    assert not missing, (missing, sorted(found))


E = Expect

# The general rules the leads needed, each with sentences that failed before:
# (sentence, what must be found, what must not).
RULES = [
    # Warheads are arms: handing them over is giving up arms, to whom they go.
    (
        "Ukraine agreed to hand over its nuclear warheads to Russia.",
        (E("retreatsFrom", "ukraine", "russia", modality="future"),),
        (E("retreatsFrom", "ukraine", "ukraine", modality=None),),
    ),
    (
        "Kazakhstan handed over its last nuclear warheads to Moscow.",
        (E("retreatsFrom", "kazakhstan", "russia"),),
        (),
    ),
    # A lead opening on "Visiting" before a title and name: the parser took the
    # guest for the object of a gerund subject; the guest is the doer.
    (
        "Visiting Turkish Prime Minister Ozal held talks with President Bush.",
        (E("negotiatesWith", "turkey", "united-states"),),
        (),
    ),
    (
        "Visiting Indian Prime Minister Gandhi met President Reagan on Monday.",
        (E("consults", "india", "united-states"),),
        (),
    ),
    (
        "Visiting Chinese Premier Zhao Ziyang praised Australia's economic policies.",
        (E("supports", "china", "australia"),),
        (),
    ),
    # Launching or carrying out joint patrols or operations is military cooperation
    # (CAMEO 062) between those who do it together or with whom.
    (
        "Spain and France launched joint police patrols against ETA.",
        (E("cooperatesWith", "spain", "france"), E("cooperatesWith", "france", "spain")),
        (),
    ),
    (
        "Thailand conducted joint border patrols with Malaysia.",
        (E("cooperatesWith", "thailand", "malaysia"),),
        (),
    ),
    (
        "Kenya and Ethiopia began joint operations against cattle raiders.",
        (E("cooperatesWith", "kenya", "ethiopia"),),
        (),
    ),
    # Guard: done alone, a joint inquiry names no partner.
    (
        "Russia launched a joint investigation into the crash.",
        (),
        (E("cooperatesWith", "russia", "russia", modality=None),),
    ),
    # Coordinated doers of a hostile act done "jointly" or "together" are on one
    # side: they act on a third, not on each other (and agree with each other).
    (
        "The leaders of Burundi and Rwanda agreed to fight rebels jointly.",
        (E("agreesWith", "burundi", "rwanda"),),
        (E("attacks", "burundi", "rwanda", modality=None),),
    ),
    (
        "Iraq and Syria will fight the militants together.",
        (),
        (E("attacks", "iraq", "syria", modality=None), E("attacks", "syria", "iraq", None)),
    ),
    # Guard: without them, coordinated fighters still fight each other.
    (
        "Iran and Iraq fought for eight years.",
        (E("attacks", "iran", "iraq"), E("attacks", "iraq", "iran")),
        (),
    ),
    # "an accord with Chad ending their war": the parser made the partner the subject
    # of the participle after it; on a noun the phrase still names the partner.
    (
        "Libya signed an accord with Chad ending their border war.",
        (E("signsAgreementWith", "libya", "chad"),),
        (),
    ),
    (
        "Peru reached an agreement with Ecuador ending decades of border conflict.",
        (E("agreesWith", "peru", "ecuador"),),
        (),
    ),
    # Guard: on a verb, a "with" clause is an absolute one, no partner.
    (
        "Israeli troops clashed with protesters, with Hamas firing rockets.",
        (),
        (E("attacks", "israel", "hamas", modality=None),),
    ),
    # Coordinated parties of a mutual act whose object names one of them ("Israel's
    # withdrawal", "a Syrian pullout") act with each other: the one named is no third
    # party (before, only the other side was read).
    (
        "Egypt and Israel agreed to a timetable for Israel's withdrawal from Sinai.",
        (E("agreesWith", "egypt", "israel"), E("agreesWith", "israel", "egypt")),
        (),
    ),
    (
        "Syria and Lebanon agreed to a timetable for a Syrian pullout.",
        (E("agreesWith", "syria", "lebanon"), E("agreesWith", "lebanon", "syria")),
        (),
    ),
    (
        "Ghana and Togo agreed to a Ghanaian proposal for joint border patrols.",
        (E("agreesWith", "ghana", "togo"), E("agreesWith", "togo", "ghana")),
        (),
    ),
    # Guard: a third party named keeps the coordinated ones apart.
    (
        "Russia and China signed a treaty with Iran.",
        (E("signsAgreementWith", "russia", "iran"), E("signsAgreementWith", "china", "iran")),
        (E("signsAgreementWith", "russia", "china"),),
    ),
    # "North and South Korea": the first of two names sharing their last word,
    # said once, is named too.
    (
        "North and South Korea agreed to resume talks.",
        (E("negotiatesWith", "north-korea", "south-korea", "future"),),
        (),
    ),
    (
        "North and South Korea held talks in Beijing.",
        (E("negotiatesWith", "south-korea", "north-korea"),),
        (),
    ),
    (
        "East and West Germany signed a treaty on monetary union.",
        (E("signsAgreementWith", "east-germany", "germany"),),
        (),
    ),
    # Guard: two whole names are only themselves.
    (
        "Japan and South Korea agreed to share intelligence.",
        (E("cooperatesWith", "japan", "south-korea", "future"),),
        (E("cooperatesWith", "north-korea", "south-korea", None),),
    ),
    # An office title naming a state says whom its holder acts for, whatever state
    # the person's row gives (the one led later): "Soviet Foreign Minister
    # Shevardnadze" acts for the Soviet Union (coded as Russia), not Georgia.
    (
        "Shultz met Soviet Foreign Minister Shevardnadze in Geneva.",
        (E("consults", "united-states", "russia"),),
        (E("consults", "united-states", "georgia"),),
    ),
    (
        "Soviet Foreign Minister Eduard Shevardnadze met Secretary of State James Baker.",
        (E("consults", "russia", "united-states"),),
        (E("consults", "georgia", "united-states"),),
    ),
    (
        "Soviet Politburo member Heydar Aliyev visited India.",
        (E("consults", "russia", "india"),),
        (E("consults", "azerbaijan", "india"),),
    ),
    # Guards: of two demonyms the one next to the title names the state; a post's
    # place is none.
    (
        "Turkish Cypriot leader Rauf Denktash met Greek Cypriot leader Glafcos Clerides.",
        (),
        (E("consults", "turkey", "greece", None),),
    ),
    (
        "U.S. Ambassador to Russia Thomas Pickering met Yeltsin.",
        (E("consults", "united-states", "russia"),),
        (E("consults", "russia", "russia", None),),
    ),
    # Guard: the title of the person's own state keeps it.
    (
        "Georgian President Shevardnadze met Putin in Moscow.",
        (E("consults", "georgia", "russia"),),
        (),
    ),
    # The Bakassi peninsula, Cameroon's by the World Court's ruling of 2002, is a
    # place, not a body of its own.
    (
        "Nigeria withdrew its last troops from Bakassi.",
        (E("retreatsFrom", "nigeria", "cameroon"),),
        (),
    ),
    (
        "Nigeria and Cameroon agreed to withdraw troops from the Bakassi peninsula.",
        (E("agreesWith", "cameroon", "nigeria"), E("retreatsFrom", "nigeria", "cameroon", None)),
        (),
    ),
    # Guard: a participle set off by a comma keeps the clause's own subject.
    (
        "Visiting Beijing, Kissinger met Zhou Enlai.",
        (E("consults", "united-states", "china"),),
        (E("consults", "china", "china", modality=None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), RULES, ids=row_ids(RULES))
def test_wire_agree_rule(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
