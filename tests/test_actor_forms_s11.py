"""Actor forms of news prose (helper af): a state's possessive or demonym before a
named group ("Colombia's ELN guerrillas") or an unknown acronym ("Djibouti's FRUD
rebels"), armed groups the gazetteer lacked, rebels of a people of more than one
possible state ("Kurdish rebels", "Tuareg rebels") or of a region ("Casamance
rebels"), groupings of states taken for persons ("the EastMed countries"), and
evacuations of one's own people. Our own sentences, not gold records; every row
failed before its rule, unless marked as a guard."""

from __future__ import annotations

import pytest

from relations_util import Expect, check
from relations_util import row_ids as _ids

E = Expect

# A state's possessive or demonym before a named armed group or state body of that
# state only places the group at home: the group acts, once, not also the state.
HOMED = [
    (
        "Colombia's ELN guerrillas ambushed a Venezuelan army patrol.",
        (E("attacks", "eln", "venezuela"),),
        (E("attacks", "colombia", "venezuela"),),
    ),
    (
        "Sierra Leone's RUF rebels kidnapped Nigerian peacekeepers.",
        (E("assaults", "ruf", "nigeria"),),
        (E("assaults", "sierra-leone", "nigeria"),),
    ),
    (
        "Uganda's LRA rebels abducted Sudanese villagers.",
        (E("assaults", "lords-resistance-army", "sudan"),),
        (E("assaults", "uganda", "sudan"),),
    ),
    (
        "Sri Lanka's LTTE rebels accused India of betrayal.",
        (E("accuses", "ltte", "india"),),
        (E("accuses", "sri-lanka", "india"),),
    ),
    (
        "Israel's Shin Bet agents arrested a Palestinian journalist.",
        (E("coerces", "shin-bet", "palestine"),),
        (E("coerces", "israel", "palestine"),),
    ),
    # Guards: a list names two sides ...
    (
        "Israeli and Hezbollah fighters exchanged fire across the border.",
        (E("attacks", "israel", "hezbollah"), E("attacks", "hezbollah", "israel")),
        (),
    ),
    (
        "Turkish and PKK fighters clashed near the Iraqi border.",
        (E("attacks", "turkey", "pkk"), E("attacks", "pkk", "turkey")),
        (),
    ),
    # ... and a group of no country keeps the state where it fights.
    (
        "Iraqi Islamic State militants attacked government forces.",
        (E("attacks", "isis", "iraq"), E("attacks", "iraq", "iraq")),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), HOMED, ids=_ids(HOMED))
def test_state_homes_named_group(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Armed groups of the news of the 1980s-2020s the gazetteer lacked (armed_groups.tsv),
# each named in two sentences, by name or alias: (sentence, relation, source, target).
GROUPS = [
    (
        "Fighters of the Islamic Courts Union attacked Ethiopian troops near Baidoa.",
        "attacks",
        "islamic-courts-union",
        "ethiopia",
    ),
    (
        "The Union of Islamic Courts accused Ethiopia of invading Somalia.",
        "accuses",
        "islamic-courts-union",
        "ethiopia",
    ),
    (
        "Hizbul Islam fighters attacked African Union peacekeepers in Mogadishu.",
        "attacks",
        "hizbul-islam",
        "african-union",
    ),
    ("Hizb al-Islam accused Kenya of arming a rival militia.", "accuses", "hizbul-islam", "kenya"),
    (
        "Al-Ittihad al-Islami attacked Ethiopian border posts in 1996.",
        "attacks",
        "al-ittihad-al-islami",
        "ethiopia",
    ),
    (
        "Ethiopian troops attacked al-Itihaad al-Islamiya bases in Gedo.",
        "attacks",
        "ethiopia",
        "al-ittihad-al-islami",
    ),
    (
        "The Somali National Alliance accused the United Nations of bombing civilians.",
        "accuses",
        "somali-national-alliance",
        "united-nations",
    ),
    (
        "Pakistani peacekeepers clashed with the Somali National Alliance in Mogadishu.",
        "attacks",
        "pakistan",
        "somali-national-alliance",
    ),
    (
        "The United Somali Congress accused Ethiopia of meddling.",
        "accuses",
        "united-somali-congress",
        "ethiopia",
    ),
    (
        "Ethiopian troops clashed with United Somali Congress fighters.",
        "attacks",
        "ethiopia",
        "united-somali-congress",
    ),
    (
        "CNDP rebels attacked Congolese army positions near Goma.",
        "attacks",
        "cndp",
        "democratic-republic-of-the-congo",
    ),
    (
        "Rwanda denied supporting the National Congress for the Defence of the People.",
        "supports",
        "rwanda",
        "cndp",
    ),
    (
        "The Rally for Congolese Democracy accused Zimbabwe of bombing its positions.",
        "accuses",
        "rcd-congo",
        "zimbabwe",
    ),
    (
        "Uganda armed the Congolese Rally for Democracy in 1998.",
        "sellsArmsTo",
        "uganda",
        "rcd-congo",
    ),
    (
        "The Movement for the Liberation of the Congo accused Chad of sending troops.",
        "accuses",
        "mlc-congo",
        "chad",
    ),
    (
        "Uganda supported the Movement for the Liberation of Congo in the war.",
        "supports",
        "uganda",
        "mlc-congo",
    ),
    (
        "AFDL rebels attacked Zairean army positions near Bukavu.",
        "attacks",
        "afdl",
        "democratic-republic-of-the-congo",
    ),
    (
        "Angola supported the Alliance of Democratic Forces for the Liberation of Congo-Zaire.",
        "supports",
        "angola",
        "afdl",
    ),
    ("MUJAO militants kidnapped seven Algerian diplomats in Gao.", "assaults", "mujao", "algeria"),
    (
        "The Movement for Oneness and Jihad in West Africa threatened France.",
        "threatens",
        "mujao",
        "france",
    ),
    (
        "Al-Mourabitoun gunmen attacked a hotel used by French officers.",
        "attacks",
        "al-mourabitoun",
        "france",
    ),
    (
        "French troops attacked al-Mourabitoun camps in northern Mali.",
        "assaults",
        "france",
        "al-mourabitoun",
    ),
    ("ISGS militants ambushed a Nigerien army patrol.", "attacks", "isgs", "niger"),
    (
        "French drones attacked the Islamic State in the Greater Sahara near Menaka.",
        "attacks",
        "france",
        "isgs",
    ),
    ("Katiba Macina fighters attacked a Malian army camp.", "attacks", "katiba-macina", "mali"),
    (
        "Malian troops attacked Katiba Macina bases in the central region.",
        "attacks",
        "mali",
        "katiba-macina",
    ),
    (
        "Iran accused Pakistan of sheltering Jundallah militants.",
        "aids",
        "pakistan",
        "jundallah-iran",
    ),
    (
        "Jundallah gunmen attacked a Revolutionary Guards convoy.",
        "attacks",
        "jundallah-iran",
        "irgc",
    ),
    (
        "NDFB militants attacked Indian army posts in Assam.",
        "attacks",
        "ndfb",
        "indian-armed-forces",
    ),
    (
        "India signed a ceasefire with the National Democratic Front of Bodoland.",
        "retreatsFrom",
        "india",
        "ndfb",
    ),
    (
        "LURD rebels shelled Liberian government positions in Monrovia.",
        "attacks",
        "lurd",
        "liberia",
    ),
    (
        "Guinea denied arming Liberians United for Reconciliation and Democracy.",
        "sellsArmsTo",
        "guinea",
        "lurd",
    ),
    (
        "The Movement for Democracy in Liberia accused Charles Taylor's army of atrocities.",
        "accuses",
        "model-liberia",
        "liberia",
    ),
    (
        "Ivory Coast denied arming the Movement for Democracy in Liberia.",
        "sellsArmsTo",
        "ivory-coast",
        "model-liberia",
    ),
    (
        "Forces Nouvelles rebels accused France of siding with Gbagbo.",
        "accuses",
        "forces-nouvelles",
        "france",
    ),
    (
        "French troops clashed with the Forces Nouvelles near Bouake.",
        "attacks",
        "france",
        "forces-nouvelles",
    ),
    (
        "The West Side Boys kidnapped eleven British soldiers.",
        "assaults",
        "west-side-boys",
        "united-kingdom",
    ),
    (
        "British paratroopers attacked the West Side Boys near Freetown.",
        "assaults",
        "united-kingdom",
        "west-side-boys",
    ),
    (
        "FNL rebels shelled Burundian army positions near Bujumbura.",
        "attacks",
        "palipehutu-fnl",
        "burundi",
    ),
    (
        "Tanzania hosted talks between Burundi and the Palipehutu-FNL.",
        "negotiatesWith",
        "burundi",
        "palipehutu-fnl",
    ),
    ("MFDC rebels ambushed a Senegalese army convoy.", "attacks", "mfdc", "senegal"),
    (
        "Senegal signed a ceasefire with the Movement of Democratic Forces of Casamance.",
        "retreatsFrom",
        "senegal",
        "mfdc",
    ),
    (
        "BIFF gunmen attacked Philippine army posts in Maguindanao.",
        "attacks",
        "biff",
        "philippines",
    ),
    (
        "Philippine troops attacked the Bangsamoro Islamic Freedom Fighters.",
        "attacks",
        "philippines",
        "biff",
    ),
    ("DKBA fighters attacked Thai border villages.", "attacks", "dkba", "thailand"),
    (
        "Thailand accused the Democratic Karen Buddhist Army of shelling its territory.",
        "accuses",
        "thailand",
        "dkba",
    ),
    (
        "Chin National Front rebels attacked a Burmese army camp.",
        "attacks",
        "chin-national-front",
        "tatmadaw",
    ),
    (
        "Myanmar signed a ceasefire with the Chin National Front.",
        "retreatsFrom",
        "myanmar",
        "chin-national-front",
    ),
    (
        "Nepal's government signed a peace accord with the Communist Party of Nepal (Maoist).",
        "signsAgreementWith",
        "nepal",
        "cpn-maoist",
    ),
    ("The CPN (Maoist) accused India of backing the king.", "accuses", "cpn-maoist", "india"),
    (
        "Sipah-e-Sahaba militants attacked a Shia mosque in Karachi, killing Iranian pilgrims.",
        "assaults",
        "sipah-e-sahaba",
        "iran",
    ),
    (
        "Iran accused Sipah-e-Sahaba Pakistan of killing its diplomats.",
        "accuses",
        "iran",
        "sipah-e-sahaba",
    ),
    (
        "Jamaat-ul-Ahrar threatened Pakistan with more attacks.",
        "threatens",
        "jamaat-ul-ahrar",
        "pakistan",
    ),
    (
        "Pakistan accused Afghanistan of sheltering Jamaat-ul-Ahrar.",
        "aids",
        "afghanistan",
        "jamaat-ul-ahrar",
    ),
    (
        "The Islamic Army in Iraq kidnapped two French journalists.",
        "assaults",
        "islamic-army-in-iraq",
        "france",
    ),
    (
        "The Islamic Army in Iraq accused the United States of torturing prisoners.",
        "accuses",
        "islamic-army-in-iraq",
        "united-states",
    ),
    (
        "Naqshbandi Army fighters attacked Iraqi army positions near Kirkuk.",
        "attacks",
        "naqshbandi-army",
        "iraqi-armed-forces",
    ),
    ("Iraq accused the Naqshbandi Army of bombing a market.", "accuses", "iraq", "naqshbandi-army"),
    (
        "American drones attacked Hurras al-Din leaders in Idlib.",
        "attacks",
        "united-states",
        "hurras-al-din",
    ),
    (
        "Hurras al-Din fighters attacked Syrian army positions.",
        "attacks",
        "hurras-al-din",
        "syrian-arab-army",
    ),
    (
        "Nour al-Din al-Zenki fighters attacked Kurdish positions in Afrin, Syria.",
        "attacks",
        "nour-al-din-al-zenki",
        "syria",
    ),
    (
        "The United States stopped supporting the Nour al-Din al-Zenki Movement.",
        "supports",
        "united-states",
        "nour-al-din-al-zenki",
    ),
    (
        "Israeli jets struck Liwa Fatemiyoun bases near Damascus.",
        "attacks",
        "israel",
        "liwa-fatemiyoun",
    ),
    (
        "Liwa Fatemiyoun fighters attacked Syrian rebel positions near Aleppo.",
        "attacks",
        "liwa-fatemiyoun",
        "syria",
    ),
    (
        "Tawhid and Jihad militants beheaded a South Korean hostage.",
        "assaults",
        "al-qaeda-in-iraq",
        "south-korea",
    ),
    (
        "Jama'at al-Tawhid wal-Jihad kidnapped two Italian aid workers in Baghdad.",
        "assaults",
        "al-qaeda-in-iraq",
        "italy",
    ),
]


@pytest.mark.parametrize(("text", "relation", "source", "target"), GROUPS, ids=_ids(GROUPS))
def test_armed_groups_named(extract, text: str, relation: str, source: str, target: str) -> None:
    check(extract(text), (E(relation, source, target, modality=None, negated=None),))


# Rebels named by a people of several states (actor_words' rebel_peoples) are those of
# the one of its states the sentence (else its paragraph) names; of a people of one
# state, that state's. Two of its states named: no guess.
PEOPLES = [
    (
        "Kurdish rebels ambushed an Iranian border patrol.",
        (E("attacks", "iran", "iran"),),
        (),
    ),
    (
        "Syria accused Kurdish militants of smuggling weapons.",
        (E("accuses", "syria", "syria"),),
        (),
    ),
    (
        "Tuareg separatists attacked a Nigerien army convoy.",
        (E("attacks", "niger", "niger"),),
        (E("attacks", "unidentified:ner", "niger"),),
    ),
    (
        # (Algiers, where they sign, is no state of the Tuareg.)
        "Mali signed a peace accord with Tuareg rebels in Algiers.",
        (E("signsAgreementWith", "mali", "mali"),),
        (E("signsAgreementWith", "mali", "algeria"),),
    ),
    (
        "Baluch insurgents ambushed Iranian Revolutionary Guards.",
        (E("attacks", "iran", "irgc"),),
        (E("attacks", "unidentified:irn", "irgc"),),
    ),
    (
        "Hutu rebels attacked a Burundian army camp.",
        (E("attacks", "burundi", "burundi"),),
        (),
    ),
    (
        "Thailand accused Karen guerrillas of shelling a border village.",
        (E("accuses", "thailand", "myanmar"),),
        (),
    ),
    (
        "Tuareg rebels accused France of arming the Malian army.",
        (E("accuses", "mali", "france"),),
        (),
    ),
    # The paragraph names the state ...
    (
        "Clashes continued in southeastern Turkey on Sunday. Kurdish rebels accused the "
        "European Union of ignoring the fighting.",
        (E("accuses", "turkey", "european-union"),),
        (),
    ),
    # Guards: two of the people's states named, no guess ...
    (
        "Kurdish rebels attacked a Turkish army post near the Iraqi border.",
        (),
        (
            E("attacks", "iraq", "turkish-armed-forces"),
            E("attacks", "turkey", "turkish-armed-forces"),
        ),
    ),
    (
        "Turkish jets bombed Kurdish militants in northern Iraq.",
        (E("attacks", "turkey", "iraq"),),
        (E("attacks", "turkey", "turkey"),),
    ),
    # ... nor across a paragraph break.
    (
        "Clashes continued in southeastern Turkey on Sunday.\n\nKurdish rebels accused the "
        "European Union of ignoring the fighting.",
        (),
        (E("accuses", "turkey", "european-union"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), PEOPLES, ids=_ids(PEOPLES))
def test_rebels_of_a_people(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Evacuating people (one's nationals, diplomats, the wounded) or an embassy is no
# retreat of the evacuator, and evacuating one's own people or forces aids no one;
# evacuating a place or one's troops still retreats, others' people are still helped.
EVACUATIONS = [
    (
        "South Korea evacuated its diplomats from Sudan.",
        (),
        (E("retreatsFrom", "south-korea", "sudan"), E("aids", "south-korea", "south-korea")),
    ),
    (
        "The Philippines evacuated its workers from Lebanon.",
        (),
        (E("retreatsFrom", "philippines", "lebanon"), E("aids", "philippines", "philippines")),
    ),
    (
        "The United Nations evacuated injured children from Gaza.",
        (),
        (E("retreatsFrom", "united-nations", "gaza-strip"),),
    ),
    (
        "Turkey evacuated hundreds of its citizens from Libya by ship.",
        (),
        (E("retreatsFrom", "turkey", "libya"), E("aids", "turkey", "turkey")),
    ),
    (
        "Britain's evacuation of its nationals from Kabul ended.",
        (),
        (E("retreatsFrom", "united-kingdom", "afghanistan"),),
    ),
    (
        "Germany evacuated its consulate in Herat.",
        (),
        (E("aids", "germany", "afghanistan"), E("retreatsFrom", "germany", "afghanistan")),
    ),
    # (Two wire leads once read as retreats, moved here from test_wire_nouns and
    # test_wire_protest.)
    (
        "Turkey completed the evacuation of its nationals from Kuwait on Saturday.",
        (),
        (E("retreatsFrom", "turkey", "kuwait"),),
    ),
    (
        "Japan evacuated its embassy staff from Baghdad.",
        (),
        (E("retreatsFrom", "japan", "iraq"), E("aids", "japan", "japan")),
    ),
    (
        "Russia evacuated its troops from the base.",
        (),
        (E("aids", "russia", "russia"),),
    ),
    # Guards: troops withdrawn still retreat; others' people evacuated are helped.
    (
        "Israel began the evacuation of its troops from southern Lebanon.",
        (E("retreatsFrom", "israel", "lebanon"),),
        (),
    ),
    (
        "Kenya evacuated Somali refugees from the camp.",
        (E("aids", "kenya", "somalia"),),
        (),
    ),
    (
        "Jordan evacuated wounded Palestinians from Gaza.",
        (E("aids", "jordan", "palestine"),),
        (E("retreatsFrom", "jordan", "gaza-strip"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), EVACUATIONS, ids=_ids(EVACUATIONS))
def test_evacuations(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# A name NER takes for a person before "countries", "nations" or "states" names a
# grouping of states (actor_words' state_groups), no person, also when an earlier
# mention of the name was taken for one; nor are "the countries" an earlier state.
STATE_GROUPS = [
    ("The United States praised the Abraham Accords countries.", ("person:abraham-accords",)),
    ("France consulted the Sahel countries on the withdrawal.", ("person:sahel",)),
    ("Algeria warned the Sahel states against foreign bases.", ("person:sahel",)),
    ("Ankara accused the EastMed nations of excluding Turkish Cypriots.", ("person:eastmed",)),
    (
        "Egypt courted Sahel on Tuesday, officials said. Algeria then criticized the Sahel "
        "countries for hosting foreign troops.",
        ("person:sahel", "egypt"),
    ),
    (
        "Officials in Athens said EastMed had won support. Turkey accused the EastMed states "
        "of ignoring Turkish Cypriots.",
        ("person:eastmed", "greece"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), STATE_GROUPS, ids=_ids(STATE_GROUPS))
def test_grouping_of_states_is_no_person(extract, text: str, absent: tuple[str, ...]) -> None:
    found = [
        m
        for m in extract(text)
        if m.relation in ("criticizes", "accuses", "supports", "consults", "threatens")
    ]
    assert not any(m.target.id in absent for m in found), found


def test_grouping_guard_keeps_a_named_person(extract) -> None:  # type: ignore[no-untyped-def]
    """A person named before a verb, not compounded with a state noun, stays one."""
    check(
        extract("Mike Pompeo criticized the Sahel states."),
        (),
        (E("criticizes", "united-states", "person:sahel", None, None),),
    )
    assert any(m.source.id == "united-states" for m in extract("Mike Pompeo criticized Iran."))


# Rebels named by a region or town of a state ("Casamance rebels") are that state's
# rebels, no organ of it: the place keeps the noun's rebel (or people) sector.
REGIONAL = [
    ("Casamance rebels ambushed Senegalese soldiers.", "senegal", "rebel"),
    ("Cabinda separatists attacked Angolan troops.", "angola", "rebel"),
    ("Aceh rebels accused Jakarta of breaking the truce.", "indonesia", "rebel"),
    ("Mindanao rebels kidnapped two Italian priests.", "philippines", "rebel"),
    ("Kachin rebels accused China of arming the junta.", "myanmar", "rebel"),
    ("Mosul villagers accused Turkish jets of bombing their homes.", "iraq", "people"),
]


@pytest.mark.parametrize(("text", "source", "sector"), REGIONAL, ids=_ids(REGIONAL))
def test_regional_rebels_keep_their_sector(extract, text: str, source: str, sector: str) -> None:
    found = [(m.source.id, m.source_sector) for m in extract(text)]
    assert (source, sector) in found, found


def test_regional_guard_a_place_names_no_organ(extract) -> None:  # type: ignore[no-untyped-def]
    """A place's government noun stays no organ of the state ("the Darfur state
    government" is a region's): its sector is not taken."""
    found = [
        (m.source.id, m.source_sector)
        for m in extract("Kandahar officials accused Pakistan of shelling the border.")
    ]
    assert ("afghanistan", "government") not in found, found


# ... so a town's residents who protest are a people protesting, no state's formal
# protest (disapproval).
RESIDENTS = [
    ("Kandahar residents protested against American troops.", "afghanistan", "united-states"),
    ("Basra residents protested against Iranian influence.", "iraq", "iran"),
]


@pytest.mark.parametrize(("text", "source", "target"), RESIDENTS, ids=_ids(RESIDENTS))
def test_residents_protest(extract, text: str, source: str, target: str) -> None:
    check(
        extract(text),
        (E("protestsAgainst", source, target),),
        (E("criticizes", source, target),),
    )


# An acronym no row knows, before a rebel noun in a phrase naming their state, is an
# armed group of that state, which acts once; with no state in the phrase, the noun
# reads as before (unidentified attackers in the country).
ACRONYMS = [
    (
        "Djibouti's FRUD rebels attacked government troops.",
        (E("attacks", "org:frud", "djibouti"),),
        (E("attacks", "djibouti", "djibouti"),),
    ),
    (
        "Ivorian MPCI rebels accused France of siding with Gbagbo.",
        (E("accuses", "org:mpci", "france"),),
        (E("accuses", "ivory-coast", "france"),),
    ),
    (
        "Chad's FUCD rebels attacked Sudanese troops.",
        (E("attacks", "org:fucd", "sudan"),),
        (E("attacks", "chad", "sudan"),),
    ),
    # Guard: no state in the phrase.
    (
        "FRUD rebels attacked Djiboutian troops.",
        (E("attacks", "unidentified:dji", "djibouti"),),
        (E("attacks", "org:frud", "djibouti"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ACRONYMS, ids=_ids(ACRONYMS))
def test_group_acronyms(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


def test_group_acronym_codes(extract) -> None:  # type: ignore[no-untyped-def]
    """The new group is coded as its state's, as the state's rebels were."""
    from geograph.evaluate import actor_code

    found = extract("Djibouti's FRUD rebels attacked government troops.")
    assert [(actor_code(m.source), actor_code(m.target)) for m in found] == [("DJI", "DJI")]
