"""Wire-style leads that name only a place for one side, in disputed and partly
recognised territories ("gunmen killed two policemen near Prizren", "Moroccan police
beat protesters in Laayoune"): the place's code (data/places.tsv) is the actor or the
target. A town of a territory the gazetteer codes with its own ISO code (Kosovo XKX,
Western Sahara ESH, Taiwan TWN) stands for the territory; a town of a territory coded
as its sovereign (Abkhazia and South Ossetia GEO, Nagorno-Karabakh AZE, Northern Cyprus
CYP, Chechnya RUS) for that state, as the territory itself is coded. Then the general
rules these leads needed, each with sentences of its own. Our own sentences in the
style of 1975-2005 wire leads, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check, related_codes

E = Expect

# (lead, (relation, source code, target code)): some mention of the lead has them.
LEADS: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Gunmen killed two Serbian policemen near Prizren on Sunday, the Tanjug news agency said.",
        ("assaults", "XKX", "SRB"),
    ),
    (
        "Serbian police fired tear gas at thousands of demonstrators in Pec on Tuesday.",
        ("coerces", "SRB", "XKX"),
    ),
    (
        "Yugoslav army tanks shelled villages around Djakovica, refugees said.",
        ("attacks", "SRB", "XKX"),
    ),
    (
        "NATO warplanes bombed a police headquarters in Mitrovica overnight.",
        ("attacks", "IGO", "XKX"),
    ),
    (
        "Thousands of demonstrators marched in Podujevo to protest against Serbian rule.",
        ("protestsAgainst", "XKX", "SRB"),
    ),
    (
        "Serbian special police besieged the village of Prekaz on Thursday.",
        ("attacks", "SRB", "XKX"),
    ),
    (
        "Serbian forces shelled Glogovac and nearby villages on Friday, ethnic Albanian "
        "sources said.",
        ("attacks", "SRB", "XKX"),
    ),
    (
        "NATO-led peacekeepers arrested three men in Urosevac on suspicion of smuggling weapons.",
        ("coerces", "IGO", "XKX"),
    ),
    (
        "Unidentified attackers threw a hand grenade at a police station in Gnjilane on Saturday.",
        ("attacks", "XKX", "XKX"),
    ),
    (
        "Serbian police beat ethnic Albanian students in Vucitrn, a human rights group said.",
        ("assaults", "SRB", "XKX"),
    ),
    (
        "Moroccan police beat dozens of protesters in Laayoune on Saturday, a rights group said.",
        ("assaults", "MAR", "ESH"),
    ),
    (
        "Moroccan jets bombed Tifariti on Monday, the Polisario Front said.",
        ("attacks", "MAR", "ESH"),
    ),
    (
        "Moroccan troops arrested 40 youths in Smara after clashes with police.",
        ("coerces", "MAR", "ESH"),
    ),
    (
        "Moroccan security forces raided the homes of activists in Boujdour.",
        ("attacks", "MAR", "ESH"),
    ),
    (
        "Guerrillas shelled Moroccan army positions near Mahbes, Rabat said.",
        ("attacks", "ESH", "MAR"),
    ),
    (
        "Moroccan soldiers fired tear gas at demonstrators in El Aaiun on Friday.",
        ("coerces", "MAR", "ESH"),
    ),
    (
        "Israeli troops shot dead two stone-throwing youths in Qabatiya on Friday, hospital "
        "officials said.",
        ("assaults", "ISR", "PSE"),
    ),
    (
        "The Israeli army imposed a curfew on Halhul after a settler was stabbed.",
        ("coerces", "ISR", "PSE"),
    ),
    (
        "Israeli troops raided Khuzaa overnight and demolished a dozen houses, witnesses said.",
        ("attacks", "ISR", "PSE"),
    ),
    (
        "Israeli helicopters fired missiles at a workshop in the Maghazi refugee camp.",
        ("attacks", "ISR", "PSE"),
    ),
    (
        "Masked gunmen opened fire on an Israeli army jeep near Beit Ummar, the army said.",
        ("attacks", "PSE", "ISR"),
    ),
    (
        "Demonstrators hurled stones at Israeli soldiers in Al-Bireh on Wednesday.",
        ("protestsAgainst", "PSE", "ISR"),
    ),
    (
        "Israeli tanks shelled houses in Beit Hanun, killing a farmer.",
        ("attacks", "ISR", "PSE"),
    ),
    (
        "Israeli troops fired tear gas at stone-throwing youths near Kalandia.",
        ("coerces", "ISR", "PSE"),
    ),
    (
        "Turkish troops detained two fishermen near Girne on Sunday.",
        ("coerces", "TUR", "CYP"),
    ),
    (
        "Turkish police used water cannon against protesters in Kyrenia.",
        ("coerces", "TUR", "CYP"),
    ),
    (
        "Russian peacekeepers detained three men in the Gali district on Wednesday.",
        ("coerces", "RUS", "GEO"),
    ),
    (
        "Russian warplanes bombed Tkvarcheli on Sunday, Georgian officials said.",
        ("attacks", "RUS", "GEO"),
    ),
    (
        "Russian troops occupied Akhalgori on Saturday, the Georgian Interior Ministry said.",
        ("controls", "RUS", "GEO"),
    ),
    (
        "Armenian forces shelled Beylagan overnight, killing two civilians.",
        ("attacks", "ARM", "AZE"),
    ),
    (
        "Armenian troops seized Martakert after heavy fighting, Azeri officials said.",
        ("attacks", "ARM", "AZE"),
    ),
    (
        "Rebels ambushed a Russian convoy near Argun, killing seven soldiers.",
        ("attacks", "RUS", "RUS"),
    ),
    (
        "Russian warplanes bombed Alkhan-Yurt, a Chechen spokesman said.",
        ("attacks", "RUS", "RUS"),
    ),
    (
        "Russian warplanes bombed Shatoi and Avtury on Sunday, rebels said.",
        ("attacks", "RUS", "RUS"),
    ),
    (
        "Indian troops fired mortar shells into Rawalakot, Pakistani officials said.",
        ("attacks", "IND", "PAK"),
    ),
    (
        "Pakistani troops shelled villages near Handwara on Tuesday, an Indian army "
        "spokesman said.",
        ("attacks", "PAK", "IND"),
    ),
    (
        "Suspected militants shot dead two policemen in Shopian on Monday, police said.",
        ("assaults", "IND", "IND"),
    ),
    (
        "Indonesian troops killed five villagers in Manatuto, a church source said.",
        ("assaults", "IDN", "TLS"),
    ),
    (
        "Australian peacekeepers arrested six militiamen in Bobonaro on Thursday.",
        ("coerces", "AUS", "TLS"),
    ),
    (
        "Chinese artillery shelled Quemoy for the third straight day.",
        ("attacks", "CHN", "TWN"),
    ),
    (
        "Chinese warplanes bombed Kinmen on Sunday, the Taiwanese defence ministry said.",
        ("attacks", "CHN", "TWN"),
    ),
    # Hong Kong (its own actor, coded China's)
    (
        "Riot police fired tear gas at protesters in Mong Kok.",
        ("coerces", "CHN", "CHN"),
    ),
    (
        "Police arrested dozens of pro-democracy activists in Causeway Bay.",
        ("coerces", "CHN", "CHN"),
    ),
    # Transnistria (MDA)
    (
        "Russian troops shelled Camenca.",
        ("attacks", "RUS", "MDA"),
    ),
    (
        "Moldovan troops shelled Camenca, Transnistrian officials said.",
        ("attacks", "MDA", "MDA"),
    ),
]


_codes = related_codes


@pytest.mark.parametrize(("text", "want"), LEADS, ids=[t[:50] for t, _ in LEADS])
def test_territory_leads(extract, text: str, want: tuple[str, str, str]) -> None:
    mentions = extract(text)
    assert want in _codes(mentions), sorted(_codes(mentions))


Row = tuple[str, tuple[Expect, ...], tuple[Expect, ...]]

# A state's police or troops acting on an unnamed crowd in a place of another state or
# territory act on that place's people, not on their own (at home they still do).
CROWD_ABROAD: list[Row] = [
    (
        "Israeli soldiers fired tear gas at demonstrators in Hebron.",
        (E("coerces", "israel", "palestine"),),
        (E("coerces", "israel", "israel"),),
    ),
    (
        "Israeli troops used tear gas against demonstrators in Bethlehem.",
        (E("coerces", "israel", "palestine"),),
        (E("coerces", "israel", "israel"),),
    ),
    (
        "Moroccan police beat dozens of protesters in Laayoune.",
        (E("assaults", "morocco", "western-sahara"),),
        (E("assaults", "morocco", "morocco"),),
    ),
    (
        "Turkish police used water cannon against protesters in Kyrenia.",
        (E("coerces", "turkey", "cyprus"),),
        (E("coerces", "turkey", "turkey"),),
    ),
    # At home, their own people.
    (
        "Egyptian police fired tear gas at demonstrators in Cairo.",
        (E("coerces", "egypt", "egypt"),),
        (),
    ),
    (
        "Kenyan police used tear gas against students in Nairobi.",
        (E("coerces", "kenya", "kenya"),),
        (),
    ),
]

# Youths, teenagers and men shot or beaten are civilians like villagers: the people of
# their place, or of the police's state at home.
UNNAMED_MEN: list[Row] = [
    (
        "Gunmen shot dead two teenagers in Srinagar.",
        (E("assaults", "unidentified:ind", "india"),),
        (),
    ),
    (
        "Police killed two teenagers in Rio de Janeiro.",
        (E("assaults", "brazil", "brazil"),),
        (),
    ),
    (
        "Israeli troops shot dead two stone-throwing youths in Nablus.",
        (E("assaults", "israel", "palestine"),),
        (),
    ),
    (
        "Gunmen killed three men in Prizren.",
        (E("assaults", "unidentified:xkx", "kosovo"),),
        (),
    ),
]

# "around" a town places an act as "near" it does, and so a noun of the act's phrase
# ("rebels around Malisevo" are the rebels there).
AROUND: list[Row] = [
    (
        "The Nigerian army launched an offensive against rebels around Maiduguri.",
        (E("attacks", "nigeria", "nigeria"),),
        (),
    ),
    (
        "The Yugoslav army launched an offensive against rebels around Malisevo.",
        (E("attacks", "yugoslavia", "kosovo"),),
        (),
    ),
    (
        "Turkish jets bombed villages around Dohuk.",
        (E("attacks", "turkey", "iraq"),),
        (),
    ),
    (
        "Israeli troops demolished houses around Jenin.",
        (E("coerces", "israel", "palestine"),),
        (),
    ),
    (
        "Gunmen attacked farms around Bulawayo.",
        (E("attacks", "unidentified:zwe", "zimbabwe"),),
        (),
    ),
]

# A grenade is a weapon; throwing one at someone attacks them, as hurling one does.
GRENADES: list[Row] = [
    (
        "Militants threw a grenade at an army patrol in Srinagar.",
        (E("attacks", "unidentified:ind", "india"),),
        (),
    ),
    (
        "Assailants threw a grenade at a Serbian cafe in Mitrovica.",
        (E("attacks", "unidentified:xkx", "serbia"),),
        (),
    ),
    (
        "Gunmen hurled a grenade into a crowded market in Srinagar.",
        (E("assaults", "unidentified:ind", "india"),),
        (),
    ),
    (
        "The United States sold grenades to Taiwan.",
        (E("sellsArmsTo", "united-states", "taiwan"),),
        (),
    ),
]

# The victims at a territory's town are the territory's, not the doers' state's; a
# longer name of a namesake elsewhere is that place ("the Dakhla Oasis" is Egypt's).
TOWNS: list[Row] = [
    (
        "Gunmen killed two policemen in the Dakhla Oasis.",
        (E("assaults", "unidentified:egy", "egypt"),),
        (E("assaults", "unidentified:esh", "western-sahara"),),
    ),
    (
        "Croatian gunmen attacked a police station in Sremska Mitrovica.",
        (E("attacks", "croatia", "serbia"),),
        (E("attacks", "croatia", "kosovo"),),
    ),
    (
        "Serbian police killed three people in Prizren.",
        (E("assaults", "serbia", "kosovo"),),
        (E("assaults", "serbia", "serbia"),),
    ),
    (
        "Moroccan troops arrested 40 youths in Smara.",
        (E("coerces", "morocco", "western-sahara"),),
        (E("coerces", "morocco", "morocco"),),
    ),
]

# "the town", "the city", "the village" go back to the last town named before them in
# their sentence, which stands for its state or territory; not to a town named after.
THE_TOWN: list[Row] = [
    (
        "Refugees fled Aleppo as Russian jets bombed the city.",
        (E("attacks", "russia", "syria"),),
        (),
    ),
    (
        "Serbian forces surrounded Prizren and shelled the town.",
        (E("attacks", "serbia", "kosovo"),),
        (),
    ),
    (
        "Israeli troops entered Jenin and imposed a curfew on the town.",
        (E("coerces", "israel", "palestine"),),
        (E("coerces", "israel", "israel"),),
    ),
    (
        "Pakistani troops shelled the village after militants fled Srinagar.",
        (),
        (E("attacks", "pakistan", "india"),),
    ),
    (
        "After the meeting in Cairo, Israeli troops raided the town of Dura.",
        (),
        (E("attacks", "israel", "egypt"),),
    ),
    (
        "After talks in Belgrade, Serbian police shelled the village of Likoshan.",
        (),
        (E("attacks", "serbia", "serbia"),),
    ),
]

# Setting fire to property destroys it, as torching it does; setting oneself on fire
# harms no one else, and rioters doing it protest.
SET_FIRE: list[Row] = [
    (
        "Nigerian soldiers set fire to a village in Borno.",
        (E("coerces", "nigeria", "nigeria"),),
        (),
    ),
    (
        "Israeli settlers set fire to a mosque near Nablus.",
        (E("coerces", "israel", "palestine"),),
        (),
    ),
    (
        "Indonesian troops set houses on fire in Liquica.",
        (E("coerces", "indonesia", "east-timor"),),
        (),
    ),
    (
        "A Tibetan monk set himself on fire in Sichuan.",
        (),
        (E("coerces", "china", "china"), E("coerces", "tibet", "china")),
    ),
    (
        "Protesters set fire to the French embassy in Niamey.",
        (E("protestsAgainst", "niger", "france"),),
        (E("coerces", "niger", "france"),),
    ),
]

# An ethnic group a passive verb is done to lives where the verb's place phrase says,
# as the object of an active verb does.
PASSIVE_ETHNIC: list[Row] = [
    (
        "Three ethnic Albanians were killed by Serbian police in Srbica.",
        (E("assaults", "serbia", "kosovo"),),
        (E("assaults", "serbia", "serbia"),),
    ),
    (
        "Two ethnic Georgians were beaten by Russian soldiers in the Gali district.",
        (E("assaults", "russia", "georgia"),),
        (E("assaults", "russia", "russia"),),
    ),
]

# Driving civilians from a town coerces the town's people.
EXPEL_FROM: list[Row] = [
    (
        "Serbian forces expelled thousands of villagers from Pec.",
        (E("coerces", "serbia", "kosovo"),),
        (E("coerces", "serbia", "serbia"),),
    ),
    (
        "Israeli soldiers expelled dozens of families from Hebron.",
        (E("coerces", "israel", "palestine"),),
        (),
    ),
    (
        "Indian troops expelled villagers from Kupwara.",
        (E("coerces", "india", "india"),),
        (),
    ),
    # Diplomats are still a sanction on their state.
    (
        "Russia expelled two British diplomats.",
        (E("sanctions", "russia", "united-kingdom"),),
        (E("coerces", "russia", "united-kingdom"),),
    ),
]

# India's paramilitary forces in Kashmir (data/actors/agencies.tsv) are India's.
INDIAN_FORCES: list[Row] = [
    (
        "The BSF accused Pakistani Rangers of firing across the border.",
        (E("accuses", "border-security-force", "pakistan"),),
        (),
    ),
    (
        "CRPF troopers fired on stone-throwing protesters in Kulgam.",
        (E("assaults", "crpf", "india"),),
        (),
    ),
    (
        "Militants lobbed a grenade at a Border Security Force bunker in Sopore.",
        (E("attacks", "unidentified:ind", "border-security-force"),),
        (),
    ),
]

# Sealing off a town named by its name, or a territory, restricts movement there as
# sealing off "the town" does; an embassy sealed off is no settlement.
SEAL_OFF: list[Row] = [
    (
        "Israeli troops sealed off Qabatiya after the attack.",
        (E("coerces", "israel", "palestine"),),
        (),
    ),
    (
        "Serbian police sealed off Prizren on Sunday.",
        (E("coerces", "serbia", "kosovo"),),
        (),
    ),
    (
        "Israel sealed off the West Bank.",
        (E("coerces", "israel", "west-bank"),),
        (),
    ),
    (
        "Police sealed off the US embassy in Nairobi.",
        (),
        (E("coerces", "kenya", "united-states"),),
    ),
]

# Reoccupying a town occupies it again.
REOCCUPY: list[Row] = [
    (
        "Israeli forces reoccupied Nablus on Monday.",
        (E("coerces", "israel", "palestine"), E("controls", "israel", "palestine")),
        (),
    ),
    (
        "Moroccan troops reoccupied Tifariti after the guerrillas withdrew.",
        (E("coerces", "morocco", "western-sahara"),),
        (),
    ),
]

RULES = [
    *INDIAN_FORCES,
    *SEAL_OFF,
    *EXPEL_FROM,
    *REOCCUPY,
    *PASSIVE_ETHNIC,
    *SET_FIRE,
    *CROWD_ABROAD,
    *UNNAMED_MEN,
    *AROUND,
    *GRENADES,
    *TOWNS,
    *THE_TOWN,
]


@pytest.mark.parametrize(("text", "expected", "absent"), RULES, ids=[r[0][:50] for r in RULES])
def test_territory_rules(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
