"""Places of the wire era (helper pl): leads of 1975-2005 wire news that name only a
place for one side.

Our own sentences, written in the style of wire leads: unnamed attackers, crowds,
police and shelling of a town named only by the town. Each row is the main event
of the lead; an attributed lead is reported. Not gold records.

WIRE held 58 leads when first run on main (before the new rows of data/places.tsv
and the rules below): 6 passed. After: 50 pass and are kept here. The eight left
out fail for reasons no place row fixes: "pushed toward Susangerd" (no trigger),
"rebel positions around Point Pedro" (the "around" phrase), "killed four Christians
in Ambon" (not looked into), "rioters attacked police in Portadown" and "police
clashed with separatist demonstrators in Pamplona" (crowds named by no state as
doers), "a bomb damaged the tax office in Ajaccio" (damage to property), "troops
entered Knin" (no trigger), and "police in Nazran detained refugees" (the police's
place phrase is not read as where the act was)."""

from __future__ import annotations

import pytest

from relations_util import Expect, check
from relations_util import asserted as E
from relations_util import reported as R
from relations_util import row_ids as _ids

WIRE = [
    # Iran-Iraq war
    (
        "Iraqi artillery shelled Khorramshahr and Abadan overnight, the Iranian news agency said.",
        R("attacks", "iraq", "iran"),
    ),
    (
        "Iraqi warplanes bombed the oil terminal at Kharg Island on Wednesday, shipping "
        "sources said.",
        R("attacks", "iraq", "iran"),
    ),
    # Lebanon
    (
        "Israeli gunboats shelled the outskirts of Nabatiyeh on Thursday, Lebanese police said.",
        R("attacks", "israel", "lebanon"),
    ),
    # Kashmir valley, Sri Lanka
    (
        "Suspected militants shot dead two policemen in Anantnag on Monday, police said.",
        R("assaults", "unidentified:ind", "india"),
    ),
    (
        "Separatist guerrillas ambushed an army patrol near Kupwara, killing four soldiers, "
        "officials said.",
        R("attacks", "unidentified:ind", "india"),
    ),
    (
        "Gunmen killed three Hindus in Sopore on Friday, police said.",
        R("assaults", "unidentified:ind", "india"),
    ),
    (
        "Tamil rebels attacked an army camp near Vavuniya early on Saturday, the Defence "
        "Ministry said.",
        # ("Tamil rebels" are Sri Lanka's, test_wire_groups; an army camp is a
        # military target: fighting, not assault.)
        R("attacks", "sri-lanka", "sri-lanka"),
    ),
    (
        "Sri Lankan troops shelled rebel positions near Mullaitivu, the rebels said.",
        R("attacks", "sri-lanka", "sri-lanka"),
    ),
    # Cambodia, Indonesia
    (
        "Khmer Rouge guerrillas shelled Pailin on Tuesday, Cambodian officials said.",
        R("attacks", "khmer-rouge", "cambodia"),
    ),
    (
        "Rioters burned churches and houses in Poso on Sunday, witnesses said.",
        R("protestsAgainst", "indonesia", "indonesia"),
    ),
    (
        "Police arrested dozens of protesters in Lhokseumawe on Monday, officials said.",
        R("coerces", "indonesia", "indonesia"),
    ),
    # Central America, Peru
    (
        "Leftist guerrillas attacked an army garrison in San Miguel on Tuesday, the army said.",
        R("attacks", "unidentified:slv", "el-salvador"),
    ),
    (
        "Air force jets bombed villages in Chalatenango province on Friday, church officials said.",
        R("attacks", "el-salvador", "el-salvador"),
    ),
    (
        "Contra rebels ambushed a truck carrying coffee pickers near Matagalpa, the "
        "Sandinista government said.",
        R("attacks", "contras", "nicaragua"),
    ),
    (
        "Contra rebels attacked a farming cooperative near Esteli on Monday, killing eight "
        "civilians.",
        E("attacks", "contras", "nicaragua"),
    ),
    (
        "Shining Path guerrillas killed six peasants near Huancayo on Sunday, police said.",
        R("assaults", "shining-path", "peru"),
    ),
    # Southern Africa
    (
        "Cuban and Angolan troops repelled a South African assault on Cuito Cuanavale, "
        "Luanda radio said.",
        E("attacks", "south-africa", "angola"),
    ),
    (
        "Rebels ambushed a convoy near Mavinga on Tuesday, the Angolan army said.",
        R("attacks", "unidentified:ago", "angola"),
    ),
    (
        "Guerrillas shelled Menongue on Saturday, Angolan state radio said.",
        R("attacks", "unidentified:ago", "angola"),
    ),
    (
        "Rebels attacked a train near Quelimane on Monday, Radio Mozambique said.",
        R("attacks", "unidentified:moz", "mozambique"),
    ),
    (
        "South African troops raided villages near Oshakati on Thursday, church sources said.",
        R("attacks", "south-africa", "namibia"),
    ),
    (
        "Police fired tear gas at mourners in Sebokeng on Sunday, witnesses said.",
        R("coerces", "south-africa", "south-africa"),
    ),
    (
        "Police opened fire on demonstrators in Mamelodi, killing three, a police spokesman said.",
        R("assaults", "south-africa", "south-africa"),
    ),
    (
        "Police fired tear gas at students in Mutare on Wednesday, witnesses said.",
        R("coerces", "zimbabwe", "zimbabwe"),
    ),
    # Great Lakes, Horn, Sudan, West Africa
    (
        "Militiamen killed dozens of Tutsi civilians in Butare, aid workers said.",
        R("assaults", "unidentified:rwa", "rwanda"),
    ),
    (
        "Soldiers killed twenty civilians near Ngozi last week, a human rights group said.",
        R("assaults", "burundi", "burundi"),
    ),
    (
        "Eritrean forces shelled Zalambessa on Sunday, Ethiopian officials said.",
        R("attacks", "eritrea", "ethiopia"),
    ),
    (
        "Gunmen killed four relief workers near Galkayo on Thursday, aid officials said.",
        R("assaults", "unidentified:som", "somalia"),
    ),
    (
        "Rebels shelled Torit on Monday, the Sudanese army said.",
        R("attacks", "unidentified:ssd", "south-sudan"),
    ),
    (
        "Rebels attacked Koidu on Saturday, killing dozens of civilians, aid workers said.",
        R("attacks", "unidentified:sle", "sierra-leone"),
    ),
    # Northern Ireland, Basque Country, Corsica
    (
        "A bomb exploded in Omagh on Saturday, killing 28 people, police said.",
        R("assaults", "unidentified:gbr", "united-kingdom"),
    ),
    (
        "Gunmen shot dead a part-time soldier near Newry on Tuesday, police said.",
        R("assaults", "unidentified:gbr", "united-kingdom"),
    ),
    (
        "A car bomb exploded in San Sebastian on Monday, killing a Spanish police officer.",
        E("assaults", "unidentified:esp", "spain"),
    ),
    (
        "Nationalist militants attacked a police station in Bastia early on Sunday.",
        E("attacks", "unidentified:fra", "france"),
    ),
    # Former Yugoslavia
    (
        "Bosnian Serb forces shelled Zepa on Tuesday, U.N. officials said.",
        R("attacks", "bosnia-and-herzegovina", "bosnia-and-herzegovina"),
    ),
    (
        "Serb irregulars shelled Gospic and Karlovac on Friday, Croatian radio said.",
        R("attacks", "serbia", "croatia"),
    ),
    (
        "Yugoslav army jets bombed Pakrac on Sunday, the Croatian government said.",
        R("attacks", "yugoslavia", "croatia"),
    ),
    (
        "Macedonian forces shelled rebel positions in Aracinovo on Sunday.",
        E("attacks", "north-macedonia", "north-macedonia"),
    ),
    # Caucasus, Moldova, Tajikistan
    (
        "Russian troops shelled Gudermes on Monday, Chechen officials said.",
        R("attacks", "russia", "russia"),
    ),
    (
        "Russian warplanes bombed villages near Vedeno, Chechen rebels said.",
        R("attacks", "russia", "russia"),
    ),
    (
        "Chechen gunmen seized hundreds of hostages in Budyonnovsk on Wednesday.",
        E("coerces", "chechnya", "russia"),
    ),
    (
        "Abkhaz forces attacked Georgian villages near Zugdidi, the Georgian Defense "
        "Ministry said.",
        R("attacks", "abkhazia", "georgia"),
    ),
    (
        "Armenian forces captured Agdam on Friday, Azerbaijani officials said.",
        R("attacks", "armenia", "azerbaijan"),
    ),
    (
        "Armenian forces shelled Fizuli on Sunday, the Azerbaijani Defense Ministry said.",
        R("attacks", "armenia", "azerbaijan"),
    ),
    (
        "Moldovan police fought separatist militiamen in Dubasari on Monday.",
        E("attacks", "moldova", "moldova"),
    ),
    (
        "Islamic rebels attacked government troops near Garm on Wednesday, officials said.",
        R("attacks", "unidentified:tjk", "tajikistan"),
    ),
    (
        "Opposition fighters shelled Kurgan-Tyube on Thursday, the Tajik government said.",
        R("attacks", "tajikistan", "tajikistan"),
    ),
    (
        "Government troops bombed rebel positions near Tavildara, the opposition said.",
        R("attacks", "tajikistan", "tajikistan"),
    ),
    (
        "Police fired on demonstrators in Khorog on Friday, opposition sources said.",
        R("assaults", "tajikistan", "tajikistan"),
    ),
    (
        "Police dispersed demonstrators in Tetovo with tear gas on Tuesday.",
        E("coerces", "north-macedonia", "north-macedonia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WIRE, ids=_ids(WIRE))
def test_wire_leads_named_by_place(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Riot control, breaking up a protest and dispersing a crowd by police named by no
# state are the acts of the state where they happen (the "authority" source of their
# triggers); each failed before, with the place rows already in.
RIOT = [
    (
        "Police fired tear gas at demonstrators in Kisumu.",
        E("coerces", "kenya", "kenya"),
    ),
    (
        "Police lobbed tear gas at stone-throwing youths in Mostar.",
        E("coerces", "bosnia-and-herzegovina", "bosnia-and-herzegovina"),
    ),
    (
        "Riot police broke up a student march in Kisumu on Friday.",
        E("coerces", "kenya", "kenya"),
    ),
    (
        "Police broke up a rally in Tetovo on Saturday.",
        E("coerces", "north-macedonia", "north-macedonia"),
    ),
    (
        "Riot police dispersed hundreds of students in Nairobi.",
        E("coerces", "kenya", "kenya"),
    ),
    (
        "Police broke up a crowd of protesters in Bulawayo.",
        E("coerces", "zimbabwe", "zimbabwe"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RIOT, ids=_ids(RIOT))
def test_police_named_by_no_state(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# "Regime troops", "junta troops", "government forces": the rulers' forces of the state
# where the sentence places them (each failed before); with no place, no one.
RULING = [
    (
        "Junta troops burned three villages in Karen state, refugees said.",
        R("coerces", "myanmar", "myanmar"),
    ),
    (
        "Regime troops besieged Hama on Friday, activists said.",
        R("attacks", "syria", "syria"),
    ),
    (
        "Regime forces shelled Daraa on Tuesday.",
        E("attacks", "syria", "syria"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULING, ids=_ids(RULING))
def test_rulers_forces_where_they_act(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_rulers_forces_with_no_place_are_no_one(extract) -> None:
    assert not extract("Regime troops besieged the rebels on Friday.")


# New rows: a wire-era town names its country's state when acted upon.
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israeli jets bombed Hasbaya on Monday.", "lebanon"),
        ("Iraqi warplanes bombed Dezful on Monday.", "iran"),
        ("Serb gunners shelled Knin on Monday.", "croatia"),
        ("Rebels shelled Kuito on Monday.", "angola"),
        ("Armenian forces shelled Kelbajar on Monday.", "azerbaijan"),
        ("Rebels shelled Kulyab on Monday.", "tajikistan"),
    ],
)
def test_new_places_name_their_state(extract, text: str, target: str) -> None:
    assert any(m.relation == "attacks" and m.target.id == target for m in extract(text))


# A listed town stands for the territory its phrase names by adjective, as the
# territory's capital would (each failed once the town rows were in: the state won).
TERRITORY = [
    (
        "Russian troops shelled the Chechen town of Gudermes.",
        E("attacks", "russia", "chechnya"),
    ),
    (
        "British troops raided houses in the Northern Irish town of Strabane.",
        E("attacks", "united-kingdom", "northern-ireland"),
    ),
    (
        "Georgian troops shelled the Abkhaz town of Ochamchire on Monday.",
        E("attacks", "georgia", "abkhazia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TERRITORY, ids=_ids(TERRITORY))
def test_town_of_a_territory(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_town_named_by_a_territory_name_stays_the_state(extract) -> None:
    check(
        extract("Israeli troops raided the West Bank town of Jenin."),
        (E("attacks", "israel", "palestine"),),
    )
