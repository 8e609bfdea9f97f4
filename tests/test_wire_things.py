"""Acts whose other side is no actor word (helper tl): acts on things and places
("blew up two bridges leading into Jaffna", "dynamited pylons near San Salvador"),
forced displacement ("forced 2,000 villagers out of their homes"), intransitive acts
whose other side is only in an "until"/"if" clause ("vowed to fight on until Serbia
withdraws"), and done acts with a clause of purpose ("reopened the border crossing to
allow food deliveries to Zimbabwe", "sent 300 troops to Chad to protect French
citizens"). Our own sentences in the style of 1975-2005 wire leads (not gold
records), each checked as an event coder codes it: the PLOVER type of a mention that
codes as an event, with its source's and target's codes.

Coding choices: destroying property (CAMEO 1712) is `coerces` (COERCE), as it is
elsewhere in the lexicon ("blew up a government building" in test_relations_single);
PLOVER's table puts 1712 under ASSAULT, which our relation set does not split off.
Forces sent to a country to protect, help or support are military protection (CAMEO
074, AID) to that country; with no such purpose, or with one of fighting, they name no
relation (forces sent to a country are not aimed at it) or a show of force at a border.

112 leads: 38 read right on main before this file's rules, 112 after. The 23 guards
(acts on nobody's things, a state destroying its own arms, purposes that are not
help, a purpose clause that is the only act, offered not done, forcing rebels or by a
storm, arms as a topic, a firm's contract, guerrillas fighting each other, a war vowed
until victory, an earthquake or fire) held before and after."""

from __future__ import annotations

import pytest

from geograph.evaluate import actor_code
from geograph.model import Mention
from relations_util import row_ids


def _events(mentions: list[Mention]) -> list[tuple[str, str, str]]:
    """(PLOVER type, source code, target code) of each mention that codes an event."""
    return [
        (m.plover or "", actor_code(m.source), actor_code(m.target)) for m in mentions if m.event
    ]


# (lead, PLOVER type, source code, target code)
LEADS = [
    # Acts on things: infrastructure destroyed.
    (
        "Tamil Tiger guerrillas blew up a railway bridge north of Vavuniya on "
        "Wednesday, the military said.",
        "COERCE",
        "LKA",
        "LKA",
    ),
    (
        "Afghan guerrillas blew up electricity pylons carrying power into Kabul, "
        "Western diplomats said.",
        "COERCE",
        "AFG",
        "AFG",
    ),
    (
        "Rebels blew up a road bridge near Jalalabad on Saturday, a government spokesman said.",
        "COERCE",
        "AFG",
        "AFG",
    ),
    (
        "Kurdish guerrillas sabotaged an oil pipeline in southeastern Turkey.",
        "COERCE",
        "TUR",
        "TUR",
    ),
    (
        "Saboteurs blew up a section of the Iraqi pipeline near Mosul overnight.",
        "COERCE",
        "IRQ",
        "IRQ",
    ),
    (
        "Contra rebels destroyed an electricity substation in northern Nicaragua, the "
        "Sandinista army said.",
        "COERCE",
        "NIC",
        "NIC",
    ),
    (
        "Renamo guerrillas wrecked a stretch of railway line near Beira, Radio "
        "Mozambique reported.",
        "COERCE",
        "MOZ",
        "MOZ",
    ),
    (
        "Leftist guerrillas dynamited high-voltage pylons near San Salvador on Friday, "
        "blacking out the capital.",
        "COERCE",
        "SLV",
        "SLV",
    ),
    (
        "Shining Path guerrillas dynamited two electricity towers outside Lima on Sunday.",
        "COERCE",
        "PER",
        "PER",
    ),
    (
        "UNITA rebels blew up the Benguela railway east of Huambo, the Angolan news agency said.",
        "COERCE",
        "AGO",
        "AGO",
    ),
    (
        "Mozambican rebels blew up a railway bridge on the line to Malawi.",
        "COERCE",
        "MOZ",
        "MOZ",
    ),
    (
        "Guerrillas blew up a power station near Ayacucho, police said.",
        "COERCE",
        "PER",
        "PER",
    ),
    (
        "Sikh militants blew up a railway track near Ludhiana, derailing a goods train.",
        "COERCE",
        "IND",
        "IND",
    ),
    (
        "Basque separatists blew up an electricity tower near Bilbao on Thursday.",
        "COERCE",
        "ESP",
        "ESP",
    ),
    (
        "Corsican nationalists blew up a transformer station near Ajaccio.",
        "COERCE",
        "FRA",
        "FRA",
    ),
    (
        "Rebels sabotaged a pipeline carrying crude oil near Cano Limon in eastern Colombia.",
        "COERCE",
        "COL",
        "COL",
    ),
    (
        "Guerrillas destroyed a dam near Chalatenango, the Salvadoran army said.",
        "COERCE",
        "SLV",
        "SLV",
    ),
    (
        "Chechen rebels blew up a gas pipeline near Grozny.",
        "COERCE",
        "RUS",
        "RUS",
    ),
    (
        "Palestinian militants blew up an Israeli water pipeline in the Gaza Strip.",
        "COERCE",
        "PSE",
        "ISR",
    ),
    (
        "Zapatista rebels destroyed a bridge on the highway to San Cristobal, Mexican "
        "officials said.",
        "COERCE",
        "MEX",
        "MEX",
    ),
    (
        "The Khmer Rouge blew up a railway bridge near Battambang on Monday.",
        "COERCE",
        "KHM",
        "KHM",
    ),
    # With no doer named: unidentified attackers where it happened.
    (
        "Two bridges on the road to Jaffna were blown up near Elephant Pass on Tuesday.",
        "COERCE",
        "LKA",
        "LKA",
    ),
    (
        "Power lines into Kabul were sabotaged on Sunday, cutting electricity to the capital.",
        "COERCE",
        "AFG",
        "AFG",
    ),
    (
        "A bomb destroyed a railway bridge near Kandahar, officials said.",
        "COERCE",
        "AFG",
        "AFG",
    ),
    # Villages and homes burned or razed.
    (
        "Serb police burned Muslim villages near Srebrenica on Tuesday, monitors said.",
        "COERCE",
        "SRB",
        "BIH",
    ),
    (
        "Indonesian troops burned houses in the East Timorese town of Suai, witnesses said.",
        "COERCE",
        "IDN",
        "TLS",
    ),
    (
        "Burmese troops torched villages in Karen state, Thai border officials said.",
        "COERCE",
        "MMR",
        "MMR",
    ),
    (
        "Iraqi troops razed Kurdish villages near Kirkuk, Kurdish rebels said.",
        "COERCE",
        "IRQ",
        "IRQ",
    ),
    (
        "Israeli troops demolished the homes of two Palestinian gunmen in Hebron.",
        "COERCE",
        "ISR",
        "PSE",
    ),
    (
        "Croatian troops burned Serb houses in the Krajina after the offensive, UN officials said.",
        "COERCE",
        "HRV",
        "SRB",
    ),
    (
        "Ugandan rebels torched villages near Gulu on Sunday, killing 12 people.",
        "COERCE",
        "UGA",
        "UGA",
    ),
    # Shelling and bombing places and things (fighting).
    (
        "Serb gunners shelled the airport in Sarajevo on Friday, UN officials said.",
        "FIGHT",
        "SRB",
        "BIH",
    ),
    (
        "Iraqi jets bombed an oil refinery in Abadan, Tehran radio said.",
        "FIGHT",
        "IRQ",
        "IRN",
    ),
    (
        "Israeli jets bombed a power station in Beirut on Thursday.",
        "FIGHT",
        "ISR",
        "LBN",
    ),
    (
        "Iranian gunboats attacked a Kuwaiti tanker in the Gulf, shipping sources said.",
        "FIGHT",
        "IRN",
        "KWT",
    ),
    (
        "Ethiopian warplanes bombed the airport at Asmara, Eritrean officials said.",
        "FIGHT",
        "ETH",
        "ERI",
    ),
    (
        "Indian artillery shelled Pakistani posts along the Line of Control.",
        "FIGHT",
        "IND",
        "PAK",
    ),
    # Airfields and bases taken; a port named by "the port of".
    (
        "Rebels seized the airport at Goma on Sunday, U.N. officials said.",
        "FIGHT",
        "COD",
        "COD",
    ),
    (
        "Guerrillas captured the airstrip near Kindu, the Congolese army said.",
        "FIGHT",
        "COD",
        "COD",
    ),
    (
        "Tamil rebels captured an army base near Mullaitivu after two days of fighting.",
        "FIGHT",
        "LKA",
        "LKA",
    ),
    (
        "Rebels shelled the port of Kismayo on Monday, Somali radio said.",
        "FIGHT",
        "SOM",
        "SOM",
    ),
    (
        "Separatist rebels shelled the port of Mombasa overnight.",
        "FIGHT",
        "KEN",
        "KEN",
    ),
    # Forced displacement.
    (
        "The Indonesian army forced more than 2,000 villagers out of their homes on Tuesday.",
        "COERCE",
        "IDN",
        "IDN",
    ),
    (
        "Sudanese troops drove thousands of villagers from their land in Darfur, aid "
        "agencies said.",
        "COERCE",
        "SDN",
        "SDN",
    ),
    (
        "Iraqi soldiers drove Kurdish families from their homes near Kirkuk, refugees said.",
        "COERCE",
        "IRQ",
        "IRQ",
    ),
    (
        "The Burmese army uprooted thousands of villagers in Shan state, a rights group said.",
        "COERCE",
        "MMR",
        "MMR",
    ),
    (
        "Rwandan soldiers forced refugees out of camps in eastern Zaire on Sunday.",
        "COERCE",
        "RWA",
        "COD",
    ),
    (
        "Israeli troops forced villagers out of their homes in southern Lebanon.",
        "COERCE",
        "ISR",
        "LBN",
    ),
    (
        "Ethiopian security forces forced 10,000 Eritreans out of Addis Ababa.",
        "COERCE",
        "ETH",
        "ERI",
    ),
    (
        "Turkish soldiers forced Kurdish villagers out of their hamlets in Tunceli province.",
        "COERCE",
        "TUR",
        "TUR",
    ),
    (
        "Guatemalan troops drove Indian peasants from their villages in the highlands.",
        "COERCE",
        "GTM",
        "GTM",
    ),
    (
        "Iraqi troops drove Kuwaitis from their homes, refugees reaching Saudi Arabia said.",
        "COERCE",
        "IRQ",
        "KWT",
    ),
    (
        "Ugandan soldiers drove hundreds of Rwandans from their camps.",
        "COERCE",
        "UGA",
        "RWA",
    ),
    # Acts whose other side is in an until/if clause.
    (
        "Tamil rebels vowed to fight on until Sri Lanka grants them a separate homeland.",
        "THREATEN",
        "LKA",
        "LKA",
    ),
    (
        "Polisario guerrillas pledged to keep fighting until Morocco leaves the Western Sahara.",
        "THREATEN",
        "IMG",
        "MAR",
    ),
    (
        "Eritrean rebels said they would fight until Ethiopia recognizes their independence.",
        "THREATEN",
        "ERI",
        "ETH",
    ),
    (
        "Somalia will fight if Ethiopia attacks, President Siad Barre said.",
        "THREATEN",
        "SOM",
        "ETH",
    ),
    (
        "Afghan guerrillas fought on until the Soviet Union pulled out its last troops in 1989.",
        "FIGHT",
        "AFG",
        "RUS",
    ),
    (
        "Afghan guerrilla leaders vowed to keep fighting until Soviet troops leave Afghanistan.",
        "THREATEN",
        "AFG",
        "RUS",
    ),
    (
        "Hezbollah vowed to fight on until Israel withdraws from southern Lebanon.",
        "THREATEN",
        "LBN",
        "ISR",
    ),
    (
        "The Palestinians will fight until Israel ends its occupation, Arafat said.",
        "THREATEN",
        "PSE",
        "ISR",
    ),
    # A war or armed struggle continued until someone acts: the light verb's condition.
    (
        "Iraq vowed to continue the war until Iran accepts a ceasefire.",
        "THREATEN",
        "IRQ",
        "IRN",
    ),
    (
        "Hezbollah vowed to continue its attacks until Israel leaves southern Lebanon.",
        "THREATEN",
        "LBN",
        "ISR",
    ),
    (
        "Tamil rebels have vowed to continue their armed struggle against Colombo.",
        "THREATEN",
        "LKA",
        "LKA",
    ),
    (
        "The PLO vowed to continue its armed struggle until Israel withdraws from the "
        "occupied territories.",
        "THREATEN",
        "PSE",
        "ISR",
    ),
    (
        "Moroccan troops went on the offensive against Polisario guerrillas.",
        "FIGHT",
        "MAR",
        "IMG",
    ),
    (
        "Hundreds of Iraqi soldiers surrendered to U.S. forces on Sunday.",
        "RETREAT",
        "IRQ",
        "USA",
    ),
    (
        "Khmer Rouge guerrillas surrendered to the Cambodian army in Pailin.",
        "RETREAT",
        "KHM",
        "KHM",
    ),
    # Fighting by guerrillas named by no state: those of the place.
    (
        "Guerrillas fought government troops near Usulutan, the Salvadoran army said.",
        "FIGHT",
        "SLV",
        "SLV",
    ),
    (
        "Guerrillas clashed with soldiers near Ayacucho on Thursday.",
        "FIGHT",
        "PER",
        "PER",
    ),
    (
        "Gunmen fought a gun battle with police in Karachi for three hours.",
        "FIGHT",
        "PAK",
        "PAK",
    ),
    # Done acts with a purpose clause.
    (
        "Zambia reopened the main border crossing after two years to allow food "
        "deliveries to Zimbabwe.",
        "RETREAT",
        "ZMB",
        "ZWE",
    ),
    (
        "Jordan reopened its border with Iraq to allow aid into Iraq.",
        "RETREAT",
        "JOR",
        "IRQ",
    ),
    (
        "Kenya reopened its northern border crossings to let relief supplies reach Somalia.",
        "RETREAT",
        "KEN",
        "SOM",
    ),
    (
        "Thailand opened a border crossing on Monday to allow relief convoys into Cambodia.",
        "RETREAT",
        "THA",
        "KHM",
    ),
    (
        "Israel lifted the closure of Gaza to let food and medicine reach the Palestinians.",
        "RETREAT",
        "ISR",
        "PSE",
    ),
    (
        "Turkey reopened a crossing point on Friday to allow aid trucks into northern Iraq.",
        "RETREAT",
        "TUR",
        "IRQ",
    ),
    # What is let into the doer's own land is for those let in.
    (
        "Jordan reopened the Allenby Bridge to let Palestinian students into Jordan.",
        "RETREAT",
        "JOR",
        "PSE",
    ),
    (
        "Thailand reopened a border crossing to let Cambodian refugees into Thailand.",
        "RETREAT",
        "THA",
        "KHM",
    ),
    (
        "France sent 300 troops to Chad to protect French citizens.",
        "AID",
        "FRA",
        "TCD",
    ),
    (
        "Belgium sent paratroopers to Zaire to protect Belgian nationals after riots in Kinshasa.",
        "AID",
        "BEL",
        "COD",
    ),
    (
        "Britain sent 700 paratroopers to Sierra Leone to help the government.",
        "AID",
        "GBR",
        "SLE",
    ),
    (
        "France sent troops to Chad to support the government against Libyan-backed rebels.",
        "AID",
        "FRA",
        "TCD",
    ),
    (
        "Senegal dispatched 500 soldiers to Gambia to help put down a coup attempt.",
        "AID",
        "SEN",
        "GMB",
    ),
    (
        "The United States airlifted Marines into Liberia on Sunday to protect the embassy.",
        "AID",
        "USA",
        "LBR",
    ),
    (
        "Australia deployed troops to the Solomon Islands to help restore order.",
        "AID",
        "AUS",
        "SLB",
    ),
    (
        "Nigeria rushed troops to Sierra Leone to defend the government of President Kabbah.",
        "AID",
        "NGA",
        "SLE",
    ),
    (
        "Morocco flew troops into Zaire to help President Mobutu repel the Shaba invaders.",
        "AID",
        "MAR",
        "COD",
    ),
    (
        "Cuba sent troops to Angola in 1975 to support the MPLA government.",
        "AID",
        "CUB",
        "AGO",
    ),
    # More shapes: passive, fronted time, reported.
    (
        "A railway bridge near Kassala was blown up by Eritrean rebels on Monday, "
        "Sudanese officials said.",
        "COERCE",
        "ERI",
        "SDN",
    ),
    (
        "On Sunday, Tamil rebels destroyed a telephone exchange in Batticaloa, the army said.",
        "COERCE",
        "LKA",
        "LKA",
    ),
    (
        "Angolan rebels have blown up the main power line feeding Luanda, officials said.",
        "COERCE",
        "AGO",
        "AGO",
    ),
    (
        "FMLN guerrillas sabotaged the electricity grid in eastern El Salvador.",
        "COERCE",
        "SLV",
        "SLV",
    ),
    (
        "ELN rebels blew up the Cano Limon pipeline again on Tuesday, Colombian officials said.",
        "COERCE",
        "COL",
        "COL",
    ),
    (
        "Salvadoran troops forced hundreds of peasants from their homes in Morazan, "
        "church workers said.",
        "COERCE",
        "SLV",
        "SLV",
    ),
    (
        "Ethiopia reopened its border with Somalia to let refugees return, the UN said.",
        "RETREAT",
        "ETH",
        "SOM",
    ),
    (
        "Washington sent 2,000 troops to Somalia in December to protect food convoys.",
        "AID",
        "USA",
        "SOM",
    ),
    (
        "Britain flew paratroopers into Freetown on Monday to protect British nationals.",
        "AID",
        "GBR",
        "SLE",
    ),
    (
        "Eritrean rebels vowed to fight on until Ethiopian troops leave Asmara.",
        "THREATEN",
        "ERI",
        "ETH",
    ),
    (
        "A bridge on the main road to Jaffna was blown up by Tamil guerrillas, the army said.",
        "COERCE",
        "LKA",
        "LKA",
    ),
    # Set on fire by militants; forced to flee; arms taken up.
    (
        "Sikh militants set fire to a passenger train near Amritsar, police said.",
        "COERCE",
        "IND",
        "IND",
    ),
    (
        "Guerrillas set fire to a bus depot in Huancayo on Friday.",
        "COERCE",
        "PER",
        "PER",
    ),
    (
        "Rebels set fire to a railway station near Gulu on Monday.",
        "COERCE",
        "UGA",
        "UGA",
    ),
    (
        "Maoist guerrillas set fire to a police post in western Nepal.",
        "COERCE",
        "NPL",
        "NPL",
    ),
    (
        "Burmese troops forced thousands of Karen villagers to flee into Thailand.",
        "COERCE",
        "MMR",
        "MMR",
    ),
    (
        "Sudanese soldiers forced villagers to abandon their homes in the Nuba mountains.",
        "COERCE",
        "SDN",
        "SDN",
    ),
    (
        "Guatemalan soldiers compelled highland peasants to join civil patrols, a "
        "church report said.",
        "COERCE",
        "GTM",
        "GTM",
    ),
    (
        "Tuareg fighters in Mali took up arms against the government in Bamako in 1990.",
        "FIGHT",
        "MLI",
        "MLI",
    ),
    (
        "The Zapatistas took up arms against the Mexican government on New Year's Day.",
        "FIGHT",
        "MEX",
        "MEX",
    ),
    (
        "Libya sent troops to Uganda in 1979 to prop up Idi Amin.",
        "AID",
        "LBY",
        "UGA",
    ),
    (
        "Vietnam sent troops to Laos to prop up the communist government.",
        "AID",
        "VNM",
        "LAO",
    ),
    (
        "Tanzania sent soldiers to the Seychelles to guard the government of President Rene.",
        "AID",
        "TZA",
        "SYC",
    ),
]


@pytest.mark.parametrize(("text", "plover", "source", "target"), LEADS, ids=row_ids(LEADS))
def test_wire_thing_lead(extract, text: str, plover: str, source: str, target: str) -> None:
    coded = _events(extract(text))
    assert (plover, source, target) in coded, coded


# (sentence, an event that must not be read, or None: no event at all)
GUARDS = [
    (
        "Workers blew up an old bridge near Hamburg to make way for a new road.",
        None,
    ),
    (
        "Syria destroyed its chemical weapons plant under international supervision.",
        ("COERCE", "SYR", "SYR"),
    ),
    (
        "Engineers demolished the old railway station in Lagos to build a market.",
        None,
    ),
    (
        "Iraq destroyed its Scud missile launchers under United Nations supervision.",
        ("COERCE", "IRQ", "IRQ"),
    ),
    (
        "The army drove the rebels from their mountain bases.",
        None,
    ),
    (
        "Iraq sent troops to the Kuwaiti border to protect its oil fields.",
        ("AID", "IRQ", "KWT"),
    ),
    (
        "France sent troops to Chad to fight Libyan-backed rebels.",
        ("AID", "FRA", "TCD"),
    ),
    (
        "Egypt sent warships to the Red Sea to protect shipping.",
        None,
    ),
    (
        "The government opened a new road to allow farmers to reach markets.",
        None,
    ),
    (
        "Japan built a dam in Laos to help farmers.",
        None,
    ),
    (
        "Storms destroyed power lines near Manila on Sunday.",
        None,
    ),
    (
        "The army forced the rebels to retreat from the hills.",
        None,
    ),
    (
        "The storm forced thousands of villagers to flee.",
        None,
    ),
    (
        "The committee took up arms sales to Taiwan on Monday.",
        None,
    ),
    (
        "A Greek company seized control of the airport contract.",
        None,
    ),
    (
        "Guerrillas fought each other near Kabul.",
        None,
    ),
    (
        "Iran vowed to continue the war until victory.",
        None,
    ),
    (
        "An earthquake destroyed bridges and power lines near Kobe.",
        None,
    ),
    (
        "A fire destroyed the main power station in Bucharest on Monday.",
        None,
    ),
    (
        "Floods washed away bridges in Mozambique.",
        None,
    ),
    (
        "Vietnam offered to send troops to Cambodia to protect the government.",
        ("AID", "VNM", "KHM"),
    ),
    (
        "The United States sent Marines to Liberia to evacuate Americans.",
        ("AID", "USA", "LBR"),
    ),
    (
        "Iran threatened to close the Strait of Hormuz if the United States attacked.",
        ("COERCE", "IRN", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), GUARDS, ids=row_ids(GUARDS))
def test_wire_thing_guard(extract, text: str, absent: tuple[str, str, str] | None) -> None:
    coded = _events(extract(text))
    if absent is None:
        assert not coded, coded
    else:
        assert absent not in coded, coded
