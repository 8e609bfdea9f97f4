"""Sentence tables for unrest and its handling: protests (CAMEO 14), coercion (17),
mobilisation (15), concessions (08) and violence in coordinated clauses (18-19).
Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


UNREST = [
    # 18x: a second coordinated act of violence keeps its doer; "up to 16" is a
    # quantity, not a particle and a preposition.
    (
        "Taliban fighters abducted up to 12 Pakistani engineers from a road camp and "
        "exploded two bombs in Kabul.",
        E("assaults", "taliban", "pakistan"),
    ),
    (
        "Taliban fighters abducted up to 12 Pakistani engineers from a road camp and "
        "exploded two bombs in Kabul.",
        E("assaults", "taliban", "afghanistan"),
    ),
    (
        "Al-Shabaab militants exploded a car bomb outside a hotel in Mogadishu.",
        E("assaults", "al-shabaab", "somalia"),
    ),
    (
        "ETA exploded two bombs in Madrid and wounded a Spanish policeman.",
        E("assaults", "eta", "spain"),
    ),
    # A second act with no place of its own happened where the first did: forces at
    # home act on their own people, unnamed victims are the place's people.
    (
        "Boko Haram fighters raided a village in Borno and abducted 40 girls.",
        E("assaults", "boko-haram", "nigeria"),
    ),
    (
        "Syrian troops shelled rebel positions near Aleppo and arrested dozens of activists.",
        E("coerces", "syria", "syria"),
    ),
    (
        "Sudanese soldiers stormed a camp in Darfur and beat several schoolboys.",
        E("assaults", "sudan", "sudan"),
    ),
    (
        "Islamist militants stormed a gas plant in Algeria and took 40 foreign workers hostage.",
        E("assaults", "unidentified:dza", "algeria"),
    ),
    # Guests and hostages are civilians: unnamed ones are the place's people.
    (
        "Gunmen took 30 guests hostage at a hotel in Bamako.",
        E("assaults", "unidentified:mli", "mali"),
    ),
    ("Militants killed two hostages in Raqqa.", E("assaults", "unidentified:syr", "syria")),
    # A bare count acted on at home is of the state's own people.
    ("Kenyan police arrested 40 in Nairobi.", E("coerces", "kenya", "kenya")),
    ("Egyptian police killed one person and arrested 12.", E("coerces", "egypt", "egypt")),
    ("Egyptian police killed one person and arrested 12.", E("assaults", "egypt", "egypt")),
    # 145 riot: unnamed rioters are the people of the place, also when the place is a
    # building in a city or "the Kenyan capital".
    ("Prisoners rioted at a jail in Nairobi on Monday.", E("protestsAgainst", "kenya", "kenya")),
    ("Inmates rioted at a prison in the Peruvian capital.", E("protestsAgainst", "peru", "peru")),
    ("Students rioted in a Sudanese town.", E("protestsAgainst", "sudan", "sudan")),
    # 172x: ordering media or parties at home to stop is closing them, not a demand.
    (
        "The Turkish government ordered a Kurdish television channel to stop broadcasting.",
        E("coerces", "turkey", "turkey"),
    ),
    (
        "The Egyptian interior ministry forced an independent daily to halt publication.",
        E("coerces", "egypt", "egypt"),
    ),
    ("Myanmar's junta shut down two independent newspapers.", E("coerces", "myanmar", "myanmar")),
    # 150: deploying police or paramilitaries at home shows force to one's own people.
    (
        "The Egyptian interior ministry deployed riot police across the capital.",
        E("mobilizesAgainst", "egypt", "egypt"),
    ),
    (
        "The Kenyan government sent in paramilitary police after the election.",
        E("mobilizesAgainst", "kenya", "kenya"),
    ),
    # 150 alert along a border: the neighbour after "with" even when the parser hangs
    # that phrase on the verb.
    (
        "Indian troops went on high alert along the border with Pakistan.",
        E("mobilizesAgainst", "india", "pakistan"),
    ),
    (
        "Armenia put its army on alert along the border with Azerbaijan.",
        E("mobilizesAgainst", "armenia", "azerbaijan"),
    ),
    # 154: forces sent to a border face the state across it (not forces sent to a state).
    (
        "Venezuela deployed troops to the Colombian border.",
        E("mobilizesAgainst", "venezuela", "colombia"),
    ),
    (
        "India rushed troops to the frontier with China.",
        E("mobilizesAgainst", "india", "china"),
    ),
    # 173 arrest named as a noun, its "by" phrase hung on the arrested.
    (
        "The arrest of two French journalists by Iranian authorities angered Paris.",
        E("coerces", "iran", "france"),
    ),
    (
        "The detention of three Swedish aid workers by the Eritrean police was condemned.",
        E("coerces", "eritrea", "sweden"),
    ),
    # 151 police put on alert at home.
    (
        "Pakistani police were put on high alert in Lahore.",
        E("mobilizesAgainst", "pakistan", "pakistan"),
    ),
    (
        "The Kenyan interior ministry put the police on high alert.",
        E("mobilizesAgainst", "kenya", "kenya"),
    ),
    # A provincial government is its country's.
    (
        "The government of Balochistan province ordered patrols by police and paramilitary troops.",
        E("mobilizesAgainst", "pakistan", "pakistan"),
    ),
    ("The government of Sindh province condemned India.", E("criticizes", "pakistan", "india")),
    # 145 riot aimed at a state named in the demand that goes with it.
    (
        "Prisoners rioted at a jail in Dili, demanding independence from Indonesian rule.",
        E("protestsAgainst", "east-timor", "indonesia"),
    ),
    (
        "Students marched in Lahore, demanding an apology from the Indian government.",
        E("protestsAgainst", "pakistan", "india"),
    ),
    # 145 riot: whose property rioters burn or storm is whom they protest; stones and
    # petrol bombs thrown at someone.
    (
        "Protesters set fire to the French embassy in Niamey.",
        E("protestsAgainst", "niger", "france"),
    ),
    (
        "Angry demonstrators stormed the Danish embassy in Tehran.",
        E("protestsAgainst", "iran", "denmark"),
    ),
    (
        "Hundreds of Palestinians hurled stones at Israeli soldiers in Hebron.",
        E("protestsAgainst", "palestine", "israel"),
    ),
    (
        "Kashmiri youths threw rocks at Indian troops in Srinagar.",
        E("protestsAgainst", "kashmir", "india"),
    ),
    # A prison or jail of a state is in it.
    (
        "Hundreds of prisoners went on a hunger strike in Turkish jails.",
        E("protestsAgainst", "turkey", "turkey"),
    ),
    ("Inmates rioted in an Indonesian prison.", E("protestsAgainst", "indonesia", "indonesia")),
    # 142 hunger strike: its demand names whom it is against; "are on hunger strike".
    (
        "Palestinian detainees continued their hunger strike to demand their release "
        "by the Israeli authorities.",
        E("protestsAgainst", "palestine", "israel"),
    ),
    (
        "Iranian asylum seekers are on hunger strike against Greece's refusal to admit them.",
        E("protestsAgainst", "iran", "greece"),
    ),
    (
        "Syrian refugees in Lebanon remained on hunger strike for a second week.",
        E("protestsAgainst", "syria", "syria"),
    ),
    # Protesters of no named state or place are the people of the government they
    # press.
    (
        "Islamist inmates continued their hunger strike to demand a retrial by the "
        "Jordanian government.",
        E("protestsAgainst", "jordan", "jordan"),
    ),
    (
        "Striking miners marched against the Bolivian government.",
        E("protestsAgainst", "bolivia", "bolivia"),
    ),
    (
        "Islamists demonstrated against the Algerian government after Friday prayers.",
        E("protestsAgainst", "algeria", "algeria"),
    ),
    (
        "A group of students rioted, demanding the resignation of the Iraqi government.",
        E("protestsAgainst", "iraq", "iraq"),
    ),
    # 184 human shields, coded as coercion: holding or keeping people as shields;
    # rebels known only by place are unidentified attackers there; forces at home
    # shield themselves with their own people.
    (
        "Syrian troops held villagers as human shields in Idlib.",
        E("coerces", "syria", "syria"),
    ),
    (
        "The Ethiopian army kept civilians as human shields in Mekelle.",
        E("coerces", "ethiopia", "ethiopia"),
    ),
    (
        "Rebels used civilians as human shields in Mosul.",
        E("coerces", "unidentified:irq", "iraq"),
    ),
    (
        "Hamas fighters took Israeli hostages as human shields.",
        E("coerces", "hamas", "israel"),
    ),
    # 175 violent repression: firing to disperse a crowd, tear gas, breaking up rallies.
    (
        "Egyptian police opened fire to disperse Islamist demonstrators, killing one person.",
        E("assaults", "egypt", "egypt"),
    ),
    (
        "Iraqi soldiers opened fire to scatter a crowd of mourners in Basra.",
        E("assaults", "iraq", "iraq"),
    ),
    (
        "Kenyan police fired tear gas to break up a rally by opposition supporters.",
        E("coerces", "kenya", "kenya"),
    ),
    (
        "Turkish police used water cannon to disperse protesters in Istanbul.",
        E("coerces", "turkey", "turkey"),
    ),
    (
        "Belarusian riot police broke up an opposition rally in Minsk.",
        E("coerces", "belarus", "belarus"),
    ),
    # 08 giving in to demands.
    (
        "The Kenyan government agreed to the strikers' demands.",
        E("concedesTo", "kenya", "kenya"),
    ),
    (
        "The Bolivian president bowed to the demands of the protesters.",
        E("concedesTo", "bolivia", "bolivia"),
    ),
    # 081 easing restrictions: a curfew eased or lifted at home is conceded to one's people.
    (
        "The Thai military government eased the curfew in Bangkok.",
        E("concedesTo", "thailand", "thailand"),
    ),
    (
        "Nigerian authorities lifted the curfew imposed after the riots in Jos.",
        E("concedesTo", "nigeria", "nigeria"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNREST, ids=_ids(UNREST))
def test_unrest(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


ABSENT = [
    # The shown force is only a domestic one's: troops sent abroad are no show of
    # force to anyone's people; ordering a neighbour's paper closed is no coercion
    # at home.
    ("NATO deployed troops in Poland.", E("mobilizesAgainst", "nato", "poland")),
    ("Germany deployed troops in Lithuania.", E("mobilizesAgainst", "germany", "germany")),
    (
        "Germany urged the Hungarian government to stop harassing newspapers.",
        E("coerces", "germany", "germany"),
    ),
    ("Russia sent tanks to Syria.", E("mobilizesAgainst", "russia", "syria")),
    # A plan agreed to is agreement, not a concession.
    ("Israel agreed to the American plan.", E("concedesTo", "israel", "united-states")),
    # A state blocking passage does not protest.
    (
        "Iranian authorities blocked access to Instagram.",
        E("protestsAgainst", "iran", "org:instagram"),
    ),
    ("Israel blocked the road to Gaza.", E("protestsAgainst", "israel", "gaza-strip")),
    # A banned or prevented protest did not happen.
    (
        "The Nigerian government banned protests in Lagos.",
        E("protestsAgainst", "nigeria", "nigeria"),
    ),
    ("Belarusian police prevented a rally in Minsk.", E("protestsAgainst", "belarus", "belarus")),
    # A month is no march; a fronted "in" phrase is no act the subject is in.
    ("Fighting in Yemen resumed on March 3.", E("protestsAgainst", "yemen", "yemen")),
    (
        "In the deal, French and German factories are to be kept open.",
        E("cooperatesWith", "france", "germany"),
    ),
    # A purpose clause's target is whom it presses, not where its "of" party goes.
    (
        "Thousands marched in London, protesting the exit of Britain from the European Union.",
        E("protestsAgainst", "united-kingdom", "european-union"),
    ),
    # Only a known act passes its place on: an epidemic's toll is no one's doing.
    (
        "On Monday, Iranian officials confirmed it has infected over 90 people mostly in Qom "
        "and killed three people.",
        E("assaults", "iran", "iran"),
    ),
    (
        "By Friday, Italian officials confirmed it had infected over 400 people mostly in "
        "Lombardy and killed twelve people.",
        E("assaults", "italy", "italy"),
    ),
    # A crowd is the people only of a government it presses, not of a state named
    # otherwise ("the Israeli flag"), and a pronoun is no unnamed crowd.
    ("Protesters burned the Israeli flag.", E("protestsAgainst", "israel", "israel")),
    (
        "Demonstrators marched against Turkey's refusal to grant them asylum.",
        E("protestsAgainst", "turkey", "turkey"),
    ),
    ("They protested against the Egyptian government.", E("protestsAgainst", "egypt", "egypt")),
    (
        "Human rights groups protested against the Saudi government.",
        E("protestsAgainst", "saudi-arabia", "saudi-arabia"),
    ),
    # Nor of a state whose embassy they rally at, nor when backed by someone.
    (
        "Protesters rallied outside the American embassy.",
        E("protestsAgainst", "united-states", "united-states"),
    ),
    (
        "Students demonstrated outside the French embassy against the war.",
        E("protestsAgainst", "france", "france"),
    ),
    (
        "Pro-government students marched against the Kenyan government.",
        E("protestsAgainst", "kenya", "kenya"),
    ),
    # Police firing to protect an embassy do not attack its owner.
    (
        "Egyptian police opened fire to protect the Israeli embassy in Cairo.",
        E("attacks", "egypt", "israel"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), ABSENT, ids=_ids(ABSENT))
def test_unrest_absent(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# Hyphenated words the tokenizer splits ("sit-in", "build-up", "cease-fire") read as
# their unhyphenated spellings do.
HYPHENS = [
    ("Chilean students staged a sit-in in Santiago.", E("protestsAgainst", "chile", "chile")),
    (
        "Greek pensioners held sit-ins outside the finance ministry in Athens.",
        E("protestsAgainst", "greece", "greece"),
    ),
    ("China began a naval build-up near Taiwan.", E("mobilizesAgainst", "china", "taiwan")),
    (
        "Sudan and South Sudan agreed to a cease-fire.",
        E("retreatsFrom", "sudan", "south-sudan"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENS, ids=_ids(HYPHENS))
def test_hyphenated_triggers(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Belarus allowed opposition rallies in Minsk.", "concedesTo"),
        ("The Cuban government permitted street protests in Havana.", "concedesTo"),
        # (A police raid is coercion, CAMEO 17, no armed attack.)
        ("Egyptian police raided offices in Cairo.", "coerces"),
    ],
)
def test_a_capital_where_a_state_acts_at_home_is_its_people(
    extract, text: str, relation: str
) -> None:
    # The capital stands for the government elsewhere; here it is only where the
    # state's own people are.
    found = [m for m in extract(text) if m.relation == relation]
    assert found, text
    assert all(m.source.id == m.target.id and m.target_sector == "people" for m in found)
