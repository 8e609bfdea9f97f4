"""Agreements, talks and plans in wire leads: what they are about, and their other
side. Leads of our own in the style of 1975-2005 wire copy, not gold records, each
with the (source code, PLOVER type, target code) triples an event coder gives it (a
state's ISO code, else IGO/NGO/IMG) and the ones it must not give:

- TOPICS: an act named as what an agreement, a deal, talks, negotiations, a plan, a
  proposal, a timetable or a resolution is about ("talks on the release of", "a plan
  for the withdrawal of", "agreed on the lifting of sanctions") is agreed, talked
  about or proposed, not done: it codes no event, the agreement or the talks do;
- PROPOSERS: agreeing to (or accepting, endorsing) a plan, a ceasefire, a proposal,
  an offer or terms "proposed / offered / brokered / drafted by X" is agreeing with X;
- EXCHANGES: "in exchange for / in return for" what X gives or does names the
  agreement's other side;
- INTENTS: the sides of stated intents in varied forms ("offered to hand over
  suspects to X", "agreed to let X inspectors in", "said it would allow X to");
- TEXTS: what a resolution, plan or draft not (yet) adopted would do ("a resolution
  that tightens sanctions", "a draft imposing an embargo") is proposed, not done;
- GUARDS: an agreement carried out ("troops withdrew under the agreement"), a text
  adopted ("passed a resolution imposing sanctions") and a truce agreed to are done.

Then the general rules the leads needed (RULES), each with sentences of its own and
a guard. Tuned on no gold sentence."""

from __future__ import annotations

import pytest

from geograph.evaluate import found_triples
from relations_util import Expect, check, row_ids

Triple = tuple[str, str, str]

TOPICS = [
    (
        "Egypt and Israel reached agreement on the withdrawal of Israeli troops from Sinai.",
        (("EGY", "AGREE", "ISR"), ("ISR", "AGREE", "EGY")),
        (("ISR", "RETREAT", "EGY"),),
    ),
    (
        "Iran and Iraq opened talks on the release of prisoners of war.",
        (("IRN", "CONSULT", "IRQ"), ("IRQ", "CONSULT", "IRN")),
        (("IRN", "RETREAT", "IRQ"), ("IRQ", "RETREAT", "IRN")),
    ),
    (
        "Britain and Argentina struck a deal on the lifting of trade sanctions.",
        (("GBR", "AGREE", "ARG"), ("ARG", "AGREE", "GBR")),
        (("GBR", "RETREAT", "ARG"), ("GBR", "CONCEDE", "ARG")),
    ),
    (
        "Chad and Libya agreed on a timetable for the withdrawal of Libyan troops from Chad.",
        (("TCD", "AGREE", "LBY"), ("LBY", "AGREE", "TCD")),
        (("LBY", "RETREAT", "TCD"),),
    ),
    (
        "Vietnam and China held talks on the withdrawal of Vietnamese troops from Cambodia.",
        (("VNM", "CONSULT", "CHN"), ("CHN", "CONSULT", "VNM")),
        (("VNM", "RETREAT", "KHM"),),
    ),
    (
        "The United States and Cuba began negotiations on the return of Cuban exiles "
        "held in American jails.",
        (("USA", "CONSULT", "CUB"), ("CUB", "CONSULT", "USA")),
        (("USA", "RETREAT", "CUB"),),
    ),
    (
        "Israel and Lebanon reached an agreement on the withdrawal of Israeli forces from "
        "southern Lebanon.",
        (("ISR", "AGREE", "LBN"), ("LBN", "AGREE", "ISR")),
        (("ISR", "RETREAT", "LBN"),),
    ),
    (
        "The Soviet Union and Afghanistan signed an accord on the pullout of Soviet troops "
        "from Afghanistan.",
        (("RUS", "SUPPORT", "AFG"), ("AFG", "SUPPORT", "RUS")),
        (("RUS", "RETREAT", "AFG"),),
    ),
    (
        "Morocco unveiled a plan for the release of Algerian prisoners.",
        (),
        (("MAR", "RETREAT", "DZA"),),
    ),
    (
        "Washington and Pyongyang resumed talks on the repatriation of the remains of "
        "American soldiers.",
        (("USA", "CONSULT", "PRK"), ("PRK", "CONSULT", "USA")),
        (("PRK", "RETREAT", "USA"),),
    ),
    (
        "South Africa and Angola agreed on the exchange of prisoners captured in the border war.",
        (("ZAF", "AGREE", "AGO"), ("AGO", "AGREE", "ZAF")),
        (("ZAF", "RETREAT", "AGO"), ("AGO", "RETREAT", "ZAF")),
    ),
    (
        "India and Pakistan reached an understanding on the reopening of the Wagah border "
        "crossing.",
        (("IND", "AGREE", "PAK"), ("PAK", "AGREE", "IND")),
        (("IND", "RETREAT", "PAK"), ("PAK", "RETREAT", "IND")),
    ),
    (
        "Greece and Turkey opened negotiations on the demilitarization of the Aegean islands.",
        (("GRC", "CONSULT", "TUR"), ("TUR", "CONSULT", "GRC")),
        (("GRC", "RETREAT", "TUR"),),
    ),
    (
        "The European Community and Yugoslavia discussed a plan for the lifting of "
        "economic sanctions.",
        (),
        (("IGO", "RETREAT", "SRB"), ("IGO", "CONCEDE", "SRB")),
    ),
    (
        "Japan and Russia agreed to hold talks on the return of four islands seized by "
        "Soviet troops in 1945.",
        (("JPN", "AGREE", "RUS"), ("RUS", "AGREE", "JPN")),
        (("RUS", "RETREAT", "JPN"),),
    ),
    (
        "An accord was signed in Lusaka on the withdrawal of South African troops from Angola.",
        (),
        (("ZAF", "RETREAT", "AGO"),),
    ),
    (
        "Syria and Israel held talks in Washington on an Israeli withdrawal from the "
        "Golan Heights.",
        (("SYR", "CONSULT", "ISR"), ("ISR", "CONSULT", "SYR")),
        (("ISR", "RETREAT", "SYR"),),
    ),
    (
        "Ethiopia and Eritrea signed a protocol on the exchange of prisoners of war.",
        (("ETH", "SUPPORT", "ERI"), ("ERI", "SUPPORT", "ETH")),
        (("ETH", "RETREAT", "ERI"), ("ERI", "RETREAT", "ETH")),
    ),
    (
        "Nicaragua proposed talks with Honduras on the disarming of Contra rebels based "
        "in Honduras.",
        (),
        (("NIC", "RETREAT", "HND"), ("HND", "RETREAT", "NIC")),
    ),
    (
        "The two Koreas agreed on a framework for the reunion of separated families.",
        (),
        (("PRK", "RETREAT", "KOR"), ("KOR", "RETREAT", "PRK")),
    ),
    (
        "France and Chad negotiated the departure of French troops from N'Djamena.",
        (("FRA", "CONSULT", "TCD"),),
        (("FRA", "RETREAT", "TCD"),),
    ),
    (
        "Moscow and Washington opened talks on the reduction of nuclear weapons in Europe.",
        (("RUS", "CONSULT", "USA"), ("USA", "CONSULT", "RUS")),
        (("RUS", "RETREAT", "USA"), ("USA", "RETREAT", "RUS")),
    ),
    (
        "Uganda and Tanzania signed an agreement providing for the withdrawal of Tanzanian troops.",
        (("UGA", "SUPPORT", "TZA"), ("TZA", "SUPPORT", "UGA")),
        (("TZA", "RETREAT", "UGA"),),
    ),
    (
        "Cambodia and Thailand reached a deal on the return of Khmer refugees.",
        (("KHM", "AGREE", "THA"), ("THA", "AGREE", "KHM")),
        (("THA", "RETREAT", "KHM"),),
    ),
    (
        "Iraq and Kuwait discussed the return of Kuwaiti prisoners held in Iraq.",
        (("IRQ", "CONSULT", "KWT"), ("KWT", "CONSULT", "IRQ")),
        (("IRQ", "RETREAT", "KWT"),),
    ),
]

# What an agreement's infinitive says will be done is agreed (an intent, AGREE), not
# done; a sale a deal concludes is the sale.
DEALS = [
    (
        "Iran and Iraq reached an agreement to exchange prisoners of war.",
        (("IRN", "AGREE", "IRQ"), ("IRQ", "AGREE", "IRN")),
        (("IRN", "RETREAT", "IRQ"), ("IRQ", "RETREAT", "IRN")),
    ),
    (
        "Moscow and Kabul signed an agreement to withdraw Soviet troops from Afghanistan.",
        (("RUS", "SUPPORT", "AFG"), ("RUS", "AGREE", "AFG")),
        (("RUS", "RETREAT", "AFG"),),
    ),
    (
        "Angola and South Africa signed an accord to pull their troops out of Namibia.",
        (("ZAF", "SUPPORT", "AGO"), ("ZAF", "AGREE", "NAM")),
        (("ZAF", "RETREAT", "NAM"), ("AGO", "RETREAT", "NAM")),
    ),
    (
        "Libya signed an accord with Chad to withdraw its troops from the Aouzou Strip.",
        (("LBY", "SUPPORT", "TCD"), ("LBY", "AGREE", "TCD")),
        (("LBY", "RETREAT", "TCD"),),
    ),
    (
        "Russia concluded an agreement to supply tanks to Serbia.",
        (("RUS", "AID", "SRB"),),
        (),
    ),
    (
        "Italy signed an agreement with Libya to sell helicopters to Tripoli.",
        (("ITA", "AID", "LBY"), ("ITA", "SUPPORT", "LBY")),
        (),
    ),
]

PROPOSERS = [
    (
        "The Bosnian Serbs agreed to a ceasefire proposed by the United Nations.",
        (("BIH", "AGREE", "IGO"),),
        (),
    ),
    (
        "Pakistan agreed to a cease-fire proposed by India.",
        (("PAK", "AGREE", "IND"),),
        (),
    ),
    (
        "Iraq agreed to a truce brokered by Algeria.",
        (("IRQ", "AGREE", "DZA"),),
        (),
    ),
    (
        "Angola agreed to a peace plan put forward by Portugal.",
        (("AGO", "AGREE", "PRT"),),
        (),
    ),
    (
        "Kosovo Albanians agreed to the peace plan drafted by the Contact Group.",
        (("XKX", "AGREE", "IGO"),),
        (),
    ),
    (
        "Mozambique agreed to a settlement drafted by Italian mediators.",
        (("MOZ", "AGREE", "ITA"),),
        (),
    ),
    (
        "Syria agreed to a peace formula offered by Saudi Arabia.",
        (("SYR", "AGREE", "SAU"),),
        (),
    ),
    (
        "Armenia agreed to a ceasefire brokered by Russia.",
        (("ARM", "AGREE", "RUS"),),
        (),
    ),
    (
        "Israel agreed to the Egyptian ceasefire proposal.",
        (("ISR", "AGREE", "EGY"),),
        (),
    ),
    (
        "North Korea agreed to China's proposal for six-nation talks.",
        (("PRK", "AGREE", "CHN"),),
        (),
    ),
    (
        "Greece accepted Turkey's offer of talks.",
        (("GRC", "AGREE", "TUR"),),
        (("GRC", "CONCEDE", "TUR"),),
    ),
    (
        "Chile accepted an Argentine offer of talks on the Beagle Channel.",
        (("CHL", "AGREE", "ARG"),),
        (("CHL", "CONCEDE", "ARG"),),
    ),
    (
        "Iran accepted a peace plan drafted by the United Nations.",
        (("IRN", "CONCEDE", "IGO"),),
        (),
    ),
    (
        "Jordan endorsed a peace plan proposed by Egypt.",
        (("JOR", "SUPPORT", "EGY"),),
        (),
    ),
    (
        "Rwanda agreed to terms offered by Tanzania.",
        (("RWA", "AGREE", "TZA"),),
        (),
    ),
    (
        "Eritrea agreed to a peace deal brokered by the Organization of African Unity.",
        (("ERI", "AGREE", "IGO"),),
        (),
    ),
    (
        "Lebanon agreed to the truce proposed by France.",
        (("LBN", "AGREE", "FRA"),),
        (),
    ),
    (
        "Liberia accepted a ceasefire offered by Nigeria.",
        (("LBR", "CONCEDE", "NGA"),),
        (),
    ),
    (
        "El Salvador agreed to a peace plan drawn up by Costa Rica.",
        (("SLV", "AGREE", "CRI"),),
        (),
    ),
    (
        "Sudan agreed to a compromise suggested by Kenya.",
        (("SDN", "AGREE", "KEN"),),
        (),
    ),
]

EXCHANGES = [
    (
        "North Korea agreed to freeze its nuclear programme in exchange for fuel aid from "
        "the United States.",
        (("PRK", "AGREE", "USA"),),
        (),
    ),
    (
        "Israel agreed to release 400 prisoners in exchange for the bodies of two "
        "soldiers held by Hezbollah.",
        (("ISR", "AGREE", "LBN"),),
        (),
    ),
    (
        "Syria agreed to pull its troops out of Lebanon in return for guarantees from Israel.",
        (("SYR", "AGREE", "ISR"),),
        (),
    ),
    (
        "Libya offered to hand over the two suspects in return for the lifting of UN sanctions.",
        (("LBY", "AGREE", "IGO"),),
        (),
    ),
    (
        "Iraq offered to free its Western hostages in exchange for a French promise not to attack.",
        (("IRQ", "AGREE", "FRA"),),
        (),
    ),
    (
        "Ukraine agreed to give up its nuclear arsenal in return for security guarantees "
        "from Washington.",
        (("UKR", "AGREE", "USA"),),
        (),
    ),
    (
        "Nicaragua offered to expel Salvadoran rebels in exchange for an end to American "
        "aid to the Contras.",
        (("NIC", "AGREE", "USA"),),
        (),
    ),
    (
        "Iran agreed to suspend uranium enrichment in return for trade concessions from "
        "the European Union.",
        (("IRN", "AGREE", "IGO"),),
        (),
    ),
    (
        "Turkey agreed to open its bases in exchange for American economic aid.",
        (("TUR", "AGREE", "USA"),),
        (),
    ),
    (
        "Egypt agreed to cut its army in return for Soviet debt relief.",
        (("EGY", "AGREE", "RUS"),),
        (),
    ),
]

INTENTS = [
    (
        "Iraq gave Egypt assurances that it would not invade Kuwait.",
        (("IRQ", "AGREE", "EGY"),),
        (),
    ),
    (
        "Vietnam proposed talks with China on the Spratly Islands.",
        (("VNM", "AGREE", "CHN"),),
        (("VNM", "CONSULT", "CHN"),),
    ),
    (
        "Syria proposed a meeting with Jordan to end the border dispute.",
        (("SYR", "AGREE", "JOR"),),
        (),
    ),
    (
        "Ethiopia has agreed to reopen its borders to UN monitors.",
        (("ETH", "AGREE", "IGO"),),
        (),
    ),
    (
        "Libya offered to hand over the suspects to Britain.",
        (("LBY", "AGREE", "GBR"),),
        (),
    ),
    (
        "Iraq agreed to let UN inspectors into its presidential palaces.",
        (("IRQ", "AGREE", "IGO"),),
        (),
    ),
    (
        "Israel said it would allow Egyptian observers into Gaza.",
        (("ISR", "AGREE", "EGY"),),
        (),
    ),
    (
        "Syria agreed to allow Red Cross officials to visit Israeli prisoners.",
        (("SYR", "AGREE", "NGO"),),
        (),
    ),
    (
        "Pakistan offered to return the captured Indian pilot to India.",
        (("PAK", "AGREE", "IND"),),
        (),
    ),
    (
        "Indonesia agreed to admit Australian peacekeepers to East Timor.",
        (("IDN", "AGREE", "AUS"),),
        (),
    ),
    (
        "Sudan promised to open its airports to UN relief flights.",
        (("SDN", "AGREE", "IGO"),),
        (),
    ),
    (
        "North Korea agreed to let IAEA inspectors return to Yongbyon.",
        (("PRK", "AGREE", "IGO"),),
        (),
    ),
    (
        "Vietnam said it would hand over the remains of 12 American servicemen to the "
        "United States.",
        (("VNM", "AGREE", "USA"),),
        (),
    ),
]

TEXTS = [
    (
        "France said it would back a resolution authorizing force against Iraq.",
        (),
        (("FRA", "AGREE", "IRQ"), ("FRA", "SUPPORT", "IRQ")),
    ),
    (
        "Hungary said it will support a UN resolution that tightens sanctions on Serbia.",
        (),
        (("IGO", "SANCTION", "SRB"), ("IGO", "THREATEN", "SRB")),
    ),
    (
        "Britain drafted a resolution imposing sanctions on Rhodesia.",
        (),
        (("GBR", "SANCTION", "ZWE"),),
    ),
    (
        "France circulated a draft resolution that would impose an arms embargo on Liberia.",
        (),
        (("FRA", "SANCTION", "LBR"), ("IGO", "SANCTION", "LBR")),
    ),
    (
        "The United States introduced a resolution condemning Cuba's human rights record.",
        (),
        (("USA", "DISAPPROVE", "CUB"), ("IGO", "DISAPPROVE", "CUB")),
    ),
    (
        "Germany backed a plan that would send European troops to Macedonia.",
        (),
        (("DEU", "AID", "MKD"), ("IGO", "AID", "MKD")),
    ),
    (
        "Canada tabled a motion calling for sanctions against South Africa.",
        (),
        (("CAN", "SANCTION", "ZAF"),),
    ),
    (
        "Arab states proposed a resolution demanding Israel's withdrawal from Lebanon.",
        (),
        (("ISR", "RETREAT", "LBN"),),
    ),
    (
        "Russia said it would support a plan that sends peacekeepers to Abkhazia.",
        (),
        (("RUS", "AID", "GEO"),),
    ),
]

GUARDS = [
    (
        "Israeli troops withdrew from Sinai under the agreement.",
        (("ISR", "RETREAT", "EGY"),),
        (),
    ),
    (
        "Under the accord, Syria freed 200 Lebanese prisoners.",
        (("SYR", "RETREAT", "LBN"),),
        (),
    ),
    (
        "The Security Council adopted a resolution imposing sanctions on Libya.",
        (("IGO", "SANCTION", "LBY"),),
        (),
    ),
    (
        "Israel and Hamas agreed to a ceasefire.",
        (("ISR", "RETREAT", "PSE"),),
        (),
    ),
    (
        "Iran and Iraq exchanged prisoners of war under a UN-brokered deal.",
        (("IRN", "RETREAT", "IRQ"),),
        (),
    ),
    (
        "The two sides discussed Iran's nuclear programme.",
        (),
        (),
    ),
    (
        "Syria withdrew its troops from Beirut after talks with Lebanon.",
        (("SYR", "RETREAT", "LBN"),),
        (),
    ),
    (
        "The European Union lifted sanctions on Belarus under a deal reached in Brussels.",
        (("IGO", "RETREAT", "BLR"),),
        (),
    ),
    (
        "Russia agreed to withdraw its troops from Moldova.",
        (("RUS", "AGREE", "MDA"),),
        (),
    ),
    (
        "The UN General Assembly passed a resolution condemning the Soviet invasion of "
        "Afghanistan.",
        (("IGO", "DISAPPROVE", "RUS"),),
        (),
    ),
    (
        "Iraq rejected a UN resolution demanding its withdrawal from Kuwait.",
        (("IRQ", "REJECT", "IGO"),),
        (),
    ),
    (
        "Angola accepted an American proposal for the withdrawal of Cuban troops.",
        (("AGO", "CONCEDE", "USA"),),
        (("CUB", "RETREAT", "AGO"),),
    ),
]

TABLES = {
    "topic": TOPICS,
    "deal": DEALS,
    "proposer": PROPOSERS,
    "exchange": EXCHANGES,
    "intent": INTENTS,
    "text": TEXTS,
    "guard": GUARDS,
}
ROWS = [(kind, *row) for kind, table in TABLES.items() for row in table]


@pytest.mark.parametrize(
    ("kind", "text", "expected", "absent"), ROWS, ids=[f"{r[0]}: {r[1][:50]}" for r in ROWS]
)
def test_wire_accord(
    extract, kind: str, text: str, expected: tuple[Triple, ...], absent: tuple[Triple, ...]
) -> None:
    found = set(found_triples(extract(text), "plover"))
    for triple in expected:
        assert triple in found, f"missing {triple}; found {sorted(found)}"
    for triple in absent:
        assert triple not in found, f"unexpected {triple}; found {sorted(found)}"


E = Expect

# The general rules the leads needed, each with sentences that failed before.
# An act named as what an agreement, talks or a plan are about, as a deal's price
# ("in return for"), or as what a text put forward but not adopted would do, is
# kept in the graph and codes no event (background.topic): (sentence, the act).
UNDONE = [
    (
        "Kenya presented a plan for the withdrawal of its troops from Somalia.",
        E("retreatsFrom", "kenya", "somalia"),
    ),
    (
        "Nigeria and Cameroon reached an accord on the pullout of Nigerian troops from Bakassi.",
        E("retreatsFrom", "nigeria", "cameroon"),
    ),
    (
        "Indonesia and Portugal held talks on the withdrawal of Indonesian troops from East Timor.",
        E("retreatsFrom", "indonesia", "east-timor"),
    ),
    # The same under verbs of agreeing and negotiating, and in a phrase the parser
    # hangs on the verb that takes "talks".
    (
        "Russia and Estonia agreed on the withdrawal of Russian troops from Estonia.",
        E("retreatsFrom", "russia", "estonia"),
    ),
    (
        "The accord provides for the withdrawal of Syrian troops from Lebanon.",
        E("retreatsFrom", "syria", "lebanon"),
    ),
    (
        "France negotiated the withdrawal of Libyan troops from Chad.",
        E("retreatsFrom", "libya", "chad"),
    ),
    (
        "Libya and Chad held talks in Rabat on the withdrawal of Libyan forces from Chad.",
        E("retreatsFrom", "libya", "chad"),
    ),
    (
        "Uganda and Sudan held talks in Nairobi on an end to Ugandan support for Sudanese rebels.",
        E("supports", "uganda", "sudan"),
    ),
    # The same with the noun the passive subject ("agreement was reached on").
    (
        "Agreement was reached in Geneva on a Soviet pullout from Afghanistan.",
        E("retreatsFrom", "soviet-union", "afghanistan"),
    ),
    (
        "Talks were held in Cairo on the withdrawal of Israeli troops from Lebanon.",
        E("retreatsFrom", "israel", "lebanon"),
    ),
    # What a deal is struck for is its price.
    (
        "Laos offered to free two Thai pilots in return for an end to Thai sanctions against Laos.",
        E("sanctions", "thailand", "laos"),
    ),
    # A text put forward or backed, not adopted.
    (
        "Sweden drafted a resolution imposing an arms embargo on Burma.",
        E("sanctions", "sweden", "myanmar"),
    ),
    (
        "Belgium said it would back a UN resolution that condemns Zaire.",
        E("criticizes", "united-nations", "democratic-republic-of-the-congo"),
    ),
]


@pytest.mark.parametrize(("text", "act"), UNDONE, ids=row_ids(UNDONE))
def test_wire_accord_undone(extract, text: str, act: Expect) -> None:
    mentions = extract(text)
    check(mentions, (act,))
    assert not any(
        m.event
        for m in mentions
        if (m.relation, m.source.id, m.target.id) == (act.relation, act.source, act.target)
    ), "the act is coded as an event"


# (sentence, what must be found, what must not).
RULES = [
    # Agreeing to a truce someone proposed or brokered is agreeing with them (a
    # "brokered by" phrase now names the author of a text or deal too).
    (
        "Azerbaijan agreed to a ceasefire proposed by Iran.",
        (E("agreesWith", "azerbaijan", "iran"),),
        (),
    ),
    (
        "The Khmer Rouge agreed to a truce brokered by Thailand.",
        (E("agreesWith", "khmer-rouge", "thailand"),),
        (),
    ),
    # Guard: two sides agreeing to a truce put it in force; no agreement is added.
    (
        "Ecuador and Peru agreed to a ceasefire.",
        (E("retreatsFrom", "ecuador", "peru"), E("retreatsFrom", "peru", "ecuador")),
        (E("agreesWith", "ecuador", "peru", modality=None),),
    ),
    # Proposing talks or a meeting offers them (CAMEO 036, an intent).
    (
        "Iraq proposed a meeting with Iran.",
        (E("negotiatesWith", "iraq", "iran", modality=None),),
        (),
    ),
    (
        "Moscow suggested a summit with Washington.",
        (E("negotiatesWith", "russia", "united-states", modality=None),),
        (),
    ),
    # Guard: proposing other acts is no intent of them.
    (
        "The European Community proposed sanctions against Iran.",
        (),
        (E("sanctions", "european-union", "iran", modality=None),),
    ),
    # What an agreement's infinitive names is to be done: an intent, not an act.
    (
        "Zimbabwe reached an agreement with Mozambique to pull its troops out of Mozambique.",
        (E("retreatsFrom", "zimbabwe", "mozambique", "future"),),
        (E("retreatsFrom", "zimbabwe", "mozambique"),),
    ),
    (
        "Kuwait signed a deal with Iraq to return Iraqi prisoners.",
        (E("retreatsFrom", "kuwait", "iraq", "future"),),
        (E("retreatsFrom", "kuwait", "iraq"),),
    ),
    # Guard: a deal to sell is the sale.
    (
        "Italy signed an agreement with Libya to sell helicopters to Tripoli.",
        (E("sellsArmsTo", "italy", "libya"),),
        (),
    ),
    # Accepting an offer agrees with the offerer, as accepting an invitation does: it
    # gives in to no one (a demand accepted still yields).
    (
        "Sudan accepted an offer of aid from Egypt.",
        (E("agreesWith", "sudan", "egypt"),),
        (E("concedesTo", "sudan", "egypt", modality=None),),
    ),
    (
        "Bolivia accepted a Brazilian offer of food aid.",
        (E("agreesWith", "bolivia", "brazil"),),
        (E("concedesTo", "bolivia", "brazil", modality=None),),
    ),
    (
        "Ghana accepted Nigeria's demand for compensation.",
        (E("concedesTo", "ghana", "nigeria"),),
        (),
    ),
    # Consent obtained from X, and assurances or guarantees given to X (the light
    # verb's indirect object), are agreements.
    (
        "Egypt obtained Israel's consent to station more troops in Sinai.",
        (E("agreesWith", "israel", "egypt"),),
        (),
    ),
    (
        "Jordan won Syria's consent for the plan.",
        (E("agreesWith", "syria", "jordan"),),
        (),
    ),
    (
        "Syria gave Lebanon assurances that it would respect its independence.",
        (E("agreesWith", "syria", "lebanon"),),
        (),
    ),
    (
        "Moscow gave Washington a guarantee that it would not deploy the missiles.",
        (E("agreesWith", "russia", "united-states"),),
        (),
    ),
    # Guard: consent given to a thing names no party.
    (
        "France gave its consent to the sale.",
        (),
        (E("agreesWith", "france", "france", modality=None),),
    ),
    # Backing a text is no support of whom the text is about ("would back a
    # resolution authorizing force against Iraq" supports no Iraq); its author named
    # is the one backed.
    (
        "Turkey backed a resolution authorizing air strikes against Serbia.",
        (),
        (E("supports", "turkey", "serbia", modality=None),),
    ),
    (
        "Brazil endorsed a draft imposing an arms embargo on Angola.",
        (),
        (E("supports", "brazil", "angola", modality=None),),
    ),
    (
        "Egypt backed a Saudi plan that offers Israel normal relations.",
        (E("supports", "egypt", "saudi-arabia"),),
        (E("supports", "egypt", "israel", modality=None),),
    ),
    # The Contact Group of states (on the Balkans, later others) is intergovernmental.
    (
        "Bosnian Serbs rejected the Contact Group peace plan.",
        (E("rejects", "bosnia-and-herzegovina", "contact-group"),),
        (),
    ),
    (
        "The six-nation Contact Group urged Belgrade to withdraw its forces from Kosovo.",
        (E("appealsTo", "contact-group", "serbia"),),
        (),
    ),
    # "The Hague tribunal" of wire copy is the Yugoslav war crimes tribunal (ICTY).
    (
        "Serbia agreed to hand over war crimes suspects to the Hague tribunal.",
        (E("retreatsFrom", "serbia", "icty", "future"),),
        (E("retreatsFrom", "serbia", "serbia", modality=None),),
    ),
    (
        "Croatia extradited a general to the Hague war crimes tribunal.",
        (E("cooperatesWith", "croatia", "icty"),),
        (),
    ),
    # Who gives what a deal is struck for ("in exchange for", "in return for") is
    # the agreement's other side.
    (
        "Cuba agreed to release 50 prisoners in return for food aid from the United States.",
        (E("agreesWith", "cuba", "united-states"),),
        (),
    ),
    (
        "Iraq offered to release the hostages in exchange for a halt to American air "
        "strikes on Iraq.",
        (E("agreesWith", "iraq", "united-states"),),
        (),
    ),
    # Guard: the doer named in the phrase is no other side; the act's own is kept.
    (
        "Iran agreed to sell oil to Japan in exchange for Iranian access to markets.",
        (E("agreesWith", "iran", "japan"),),
        (E("agreesWith", "iran", "iran", modality=None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), RULES, ids=row_ids(RULES))
def test_wire_accord_rule(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
