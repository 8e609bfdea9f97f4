"""Recall on news prose (helper r2, second sample): calling someone a name of scorn
("called Trump a clown") disparages them, and the small parser's way of folding the
one named into the name ("called Trump a criminal": Trump a compound of the name);
insulting someone; questioning someone's authority or legitimacy; US legislators and police forces
the gazetteer lacked. Our own sentences, not gold records."""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


# Each row: a sentence, what it must state, what it must not.
CASES: list[tuple[str, tuple[Expect, ...], tuple[Expect, ...]]] = [
    # A name of scorn given to someone disparages them (CAMEO 111).
    (
        "Orban called Macron a hypocrite.",
        (E("criticizes", "hungary", "france"),),
        (),
    ),
    (
        "Lula called Bolsonaro a liar on Tuesday.",
        (E("criticizes", "person:luiz-inacio-lula-da-silva", "person:jair-bolsonaro"),),
        (),
    ),
    (
        "The Polish president described Putin as a bully.",
        (E("criticizes", "poland", "russia"),),
        (),
    ),
    # A deed called so disparages its doer.
    (
        "The Iraqi prime minister called the Turkish incursion a betrayal.",
        (E("criticizes", "iraq", "turkey"),),
        (),
    ),
    (
        "Zelensky described the German position as a disgrace.",
        (E("criticizes", "ukraine", "germany"),),
        (),
    ),
    # ... but a friend or a plan called a failure is no one disparaged.
    (
        "Erdogan called Putin a friend.",
        (),
        (E("criticizes", "turkey", "russia"), E("accuses", "turkey", "russia")),
    ),
    # The parser folds the one named into the name: "Trump" a compound of "criminal",
    # "Duque" a second object predicate; the accusation still reaches them.
    (
        "Maduro called Trump a criminal.",
        (E("accuses", "venezuela", "united-states"),),
        (),
    ),
    (
        "Khamenei called Trump a criminal.",
        (E("accuses", "iran", "united-states"),),
        (),
    ),
    # Insulting someone.
    (
        "Rodrigo Duterte insulted Barack Obama before a summit in Laos.",
        (E("criticizes", "philippines", "united-states"),),
        (),
    ),
    (
        "The Turkish president insulted the Dutch prime minister.",
        (E("criticizes", "turkey", "netherlands"),),
        (),
    ),
    # Calling someone's authority or legitimacy into question disparages its holder.
    (
        "Poland questioned Germany's right to build the pipeline.",
        (E("criticizes", "poland", "germany"),),
        (),
    ),
    (
        "Brazilian senators questioned the authority of the Venezuelan government.",
        (E("criticizes", "brazil", "venezuela"),),
        (),
    ),
    (
        "Beijing challenged the legitimacy of the Taiwanese government.",
        (E("criticizes", "china", "taiwan"),),
        (),
    ),
    # Withdrawing from consideration for a post, or from its shortlist, is no retreat
    # (the precision guard of the new legislators: "withdrew her name from
    # consideration to be Biden's running mate").
    (
        "The Nigerian finance minister withdrew from consideration for the World Bank post.",
        (),
        (E("retreatsFrom", "nigeria", "nigeria"),),
    ),
    (
        "The Kenyan diplomat withdrew from the shortlist for the UN post.",
        (),
        (E("retreatsFrom", "kenya", "kenya"),),
    ),
    # "The president" goes back to the person in office last named in its paragraph,
    # even one of the same state as the subject (no self edge: two people).
    (
        "Joe Biden signed the order. Senator Mitch McConnell urged the president to veto the bill.",
        (E("appealsTo", "person:mitch-mcconnell", "united-states"),),
        (),
    ),
    (
        "Recep Tayyip Erdogan spoke in Ankara. The Greek minister criticized the president.",
        (E("criticizes", "greece", "turkey"),),
        (),
    ),
    (
        "Emmanuel Macron flew to Beirut. Lebanese protesters welcomed the president.",
        (E("consults", "lebanon", "france"),),
        (),
    ),
    # ... as whom an act concerns; as a doer it is not read back (too often another
    # body's head or a campaign's candidate).
    (
        "Trump spoke on Monday. The president did not concede or admit defeat in the election.",
        (),
        (E("concedesTo", "united-states", "united-states", modality=None, negated=None),),
    ),
    # ... not to someone who holds no office.
    (
        "Senator Chuck Schumer met Jennifer Griffin. Later he criticized the president.",
        (),
        (E("criticizes", "united-states", "person:jennifer-griffin"),),
    ),
    # Conceding an election or a race admits defeat; it yields to no demand.
    (
        "The Bolivian president conceded the election.",
        (),
        (E("concedesTo", "bolivia", "bolivia", modality=None, negated=None),),
    ),
    (
        "The Peruvian candidate refused to concede the race.",
        (),
        (E("concedesTo", "peru", "peru", modality=None, negated=None),),
    ),
    # Support vowed is support promised, as pledged or promised support is (CAMEO 032).
    (
        "The Iranian president vowed support for Syria.",
        (E("supports", "iran", "syria"),),
        (),
    ),
    (
        "Beijing vowed full support for Pakistan.",
        (E("supports", "china", "pakistan"),),
        (),
    ),
    # ... but questioning whether something will happen disparages no one.
    (
        "Analysts in London questioned whether Russia would comply.",
        (),
        (E("criticizes", "united-kingdom", "russia"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=_ids(CASES))
def test_recall(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Gazetteer rows (facts): US legislators who led committees or parties in 2019-2020
# act for the United States (sector legislature; a lone surname where it names no
# one else), the US religious freedom commission (USCIRF), and national and regional
# police forces act for their state's police.
# Each row has two sentences of its own; none of them linked before the rows.
GAZETTEER: list[tuple[str, Expect]] = [
    (
        "Durbin criticized the Chinese government over its treatment of Uighurs.",
        E("criticizes", "united-states", "china"),
    ),
    (
        "Senator Dick Durbin met the Lithuanian foreign minister in Vilnius.",
        E("consults", "united-states", "lithuania"),
    ),
    (
        "Grassley accused Beijing of stealing American research.",
        E("accuses", "united-states", "china"),
    ),
    (
        "Chuck Grassley urged Mexico to tighten its border controls.",
        E("appealsTo", "united-states", "mexico"),
    ),
    (
        "Thune condemned the North Korean missile launch.",
        E("criticizes", "united-states", "north-korea"),
    ),
    ("John Thune met Taiwanese officials in Taipei.", E("consults", "united-states", "taiwan")),
    ("Cornyn accused Iran of sponsoring terrorism.", E("accuses", "united-states", "iran")),
    ("John Cornyn met the Mexican foreign minister.", E("consults", "united-states", "mexico")),
    (
        "Risch criticized Turkey for buying Russian missiles.",
        E("criticizes", "united-states", "turkey"),
    ),
    ("Jim Risch urged Ankara to cancel the purchase.", E("appealsTo", "united-states", "turkey")),
    ("Inhofe praised Poland for its defence spending.", E("supports", "united-states", "poland")),
    ("Jim Inhofe met the Ukrainian defence minister.", E("consults", "united-states", "ukraine")),
    ("Robert Menendez condemned the Cuban government.", E("criticizes", "united-states", "cuba")),
    (
        "Bob Menendez accused Venezuela of rigging the vote.",
        E("accuses", "united-states", "venezuela"),
    ),
    (
        "Richard Burr accused Russia of interfering in the election.",
        E("accuses", "united-states", "russia"),
    ),
    (
        "Senator Richard Burr met Saudi officials in Riyadh.",
        E("consults", "united-states", "saudi-arabia"),
    ),
    (
        "Mark Warner accused Moscow of spreading disinformation.",
        E("accuses", "united-states", "russia"),
    ),
    (
        "Senator Mark Warner criticized the Chinese telecoms policy of Beijing.",
        E("criticizes", "united-states", "china"),
    ),
    (
        "Jack Reed criticized Russia over the annexation of Crimea.",
        E("criticizes", "united-states", "russia"),
    ),
    (
        "Senator Jack Reed met Afghan officials in Kabul.",
        E("consults", "united-states", "afghanistan"),
    ),
    (
        "Elizabeth Warren criticized Saudi Arabia over the war in Yemen.",
        E("criticizes", "united-states", "saudi-arabia"),
    ),
    (
        "Elizabeth Warren accused China of unfair trade practices.",
        E("accuses", "united-states", "china"),
    ),
    ("Klobuchar met the Ukrainian president in Kyiv.", E("consults", "united-states", "ukraine")),
    (
        "Amy Klobuchar condemned Russia for jailing the opposition leader.",
        E("criticizes", "united-states", "russia"),
    ),
    (
        "Wyden accused Saudi Arabia of helping citizens flee American justice.",
        E("accuses", "united-states", "saudi-arabia"),
    ),
    (
        "Ron Wyden criticized China over its trade practices.",
        E("criticizes", "united-states", "china"),
    ),
    (
        "Romney condemned Russia for poisoning the opposition leader.",
        E("criticizes", "united-states", "russia"),
    ),
    ("Mitt Romney urged Turkey to halt its offensive.", E("appealsTo", "united-states", "turkey")),
    ("Ted Cruz accused Iran of funding Hezbollah.", E("accuses", "united-states", "iran")),
    ("Ted Cruz met Israeli officials in Jerusalem.", E("consults", "united-states", "israel")),
    (
        "Rand Paul criticized Saudi Arabia over the killing of a journalist.",
        E("criticizes", "united-states", "saudi-arabia"),
    ),
    (
        "Rand Paul met the Russian foreign minister in Moscow.",
        E("consults", "united-states", "russia"),
    ),
    (
        "Sasse condemned the Chinese government for the crackdown.",
        E("criticizes", "united-states", "china"),
    ),
    ("Ben Sasse accused Beijing of lying about the virus.", E("accuses", "united-states", "china")),
    ("Murkowski met Canadian officials in Ottawa.", E("consults", "united-states", "canada")),
    (
        "Lisa Murkowski criticized Russia over its Arctic buildup.",
        E("criticizes", "united-states", "russia"),
    ),
    (
        "Susan Collins condemned North Korea over the missile tests.",
        E("criticizes", "united-states", "north-korea"),
    ),
    ("Susan Collins met the Ukrainian ambassador.", E("consults", "united-states", "ukraine")),
    ("Tom Cotton accused China of hiding the outbreak.", E("accuses", "united-states", "china")),
    ("Tom Cotton urged Britain to drop Huawei.", E("appealsTo", "united-states", "united-kingdom")),
    ("Schiff accused Russia of meddling in the election.", E("accuses", "united-states", "russia")),
    (
        "Adam Schiff criticized Saudi Arabia over the war in Yemen.",
        E("criticizes", "united-states", "saudi-arabia"),
    ),
    (
        "Nadler condemned the Chinese crackdown in Hong Kong.",
        E("criticizes", "united-states", "china"),
    ),
    ("Jerry Nadler met Israeli officials in Jerusalem.", E("consults", "united-states", "israel")),
    ("Hoyer met the Ukrainian president in Kyiv.", E("consults", "united-states", "ukraine")),
    (
        "Steny Hoyer condemned Iran for attacking the tanker.",
        E("criticizes", "united-states", "iran"),
    ),
    ("Clyburn met the Ghanaian president in Accra.", E("consults", "united-states", "ghana")),
    ("Jim Clyburn criticized the Chinese government.", E("criticizes", "united-states", "china")),
    ("Scalise condemned Iran for the attack.", E("criticizes", "united-states", "iran")),
    ("Steve Scalise met Israeli officials in Jerusalem.", E("consults", "united-states", "israel")),
    (
        "Hakeem Jeffries condemned Russia for invading Ukraine.",
        E("criticizes", "united-states", "russia"),
    ),
    ("Hakeem Jeffries met the Israeli prime minister.", E("consults", "united-states", "israel")),
    (
        "Devin Nunes accused China of covering up the outbreak.",
        E("accuses", "united-states", "china"),
    ),
    (
        "Devin Nunes met British intelligence officials in London.",
        E("consults", "united-states", "united-kingdom"),
    ),
    (
        "Eliot Engel condemned Turkey for attacking the Kurds.",
        E("criticizes", "united-states", "turkey"),
    ),
    (
        "Eliot Engel urged Egypt to release political prisoners.",
        E("appealsTo", "united-states", "egypt"),
    ),
    ("McCaul accused China of hiding the outbreak.", E("accuses", "united-states", "china")),
    (
        "Michael McCaul met the Taiwanese president in Taipei.",
        E("consults", "united-states", "taiwan"),
    ),
    ("Maxine Waters criticized the Haitian government.", E("criticizes", "united-states", "haiti")),
    ("Maxine Waters urged Haiti to hold elections.", E("appealsTo", "united-states", "haiti")),
    (
        "Elijah Cummings criticized Saudi Arabia over the killing.",
        E("criticizes", "united-states", "saudi-arabia"),
    ),
    ("Elijah Cummings met the Ghanaian ambassador.", E("consults", "united-states", "ghana")),
    ("Jim Jordan accused China of stealing technology.", E("accuses", "united-states", "china")),
    ("Jim Jordan criticized the Iranian government.", E("criticizes", "united-states", "iran")),
    (
        "Ocasio-Cortez criticized Israel over the demolitions.",
        E("criticizes", "united-states", "israel"),
    ),
    (
        "Alexandria Ocasio-Cortez condemned Saudi Arabia over the war in Yemen.",
        E("criticizes", "united-states", "saudi-arabia"),
    ),
    (
        "Darin LaHood urged Lebanon to form a government.",
        E("appealsTo", "united-states", "lebanon"),
    ),
    ("Darin LaHood met Lebanese officials in Beirut.", E("consults", "united-states", "lebanon")),
    (
        "Mike Bost criticized China over its steel exports.",
        E("criticizes", "united-states", "china"),
    ),
    ("Congressman Mike Bost met Mexican officials.", E("consults", "united-states", "mexico")),
    ("USCIRF criticized Pakistan over its blasphemy laws.", E("criticizes", "uscirf", "pakistan")),
    (
        "The U.S. Commission on International Religious Freedom rebuked Vietnam.",
        E("criticizes", "uscirf", "vietnam"),
    ),
    (
        "Thames Valley Police arrested two Iranian nationals.",
        E("coerces", "thames-valley-police", "iran"),
    ),
    (
        "Thames Valley Police detained a Russian diplomat.",
        E("coerces", "thames-valley-police", "russia"),
    ),
    (
        "The City of London Police arrested a Nigerian banker.",
        E("coerces", "city-of-london-police", "nigeria"),
    ),
    (
        "City of London Police detained two Chinese nationals.",
        E("coerces", "city-of-london-police", "china"),
    ),
    (
        "British Transport Police arrested a Polish man.",
        E("coerces", "british-transport-police", "poland"),
    ),
    (
        "British Transport Police detained two French nationals.",
        E("coerces", "british-transport-police", "france"),
    ),
    (
        "Greater Manchester Police arrested a Libyan man.",
        E("coerces", "greater-manchester-police", "libya"),
    ),
    (
        "Greater Manchester Police detained two Syrian refugees.",
        E("coerces", "greater-manchester-police", "syria"),
    ),
    (
        "West Midlands Police arrested a Pakistani cleric.",
        E("coerces", "west-midlands-police", "pakistan"),
    ),
    ("West Midlands Police detained two Iraqi men.", E("coerces", "west-midlands-police", "iraq")),
    (
        "West Yorkshire Police arrested a Somali man.",
        E("coerces", "west-yorkshire-police", "somalia"),
    ),
    (
        "West Yorkshire Police detained two Albanian nationals.",
        E("coerces", "west-yorkshire-police", "albania"),
    ),
    ("Merseyside Police arrested an Irish man.", E("coerces", "merseyside-police", "ireland")),
    (
        "Merseyside Police detained two Romanian nationals.",
        E("coerces", "merseyside-police", "romania"),
    ),
    (
        "North Wales Police arrested a Latvian lorry driver.",
        E("coerces", "north-wales-police", "latvia"),
    ),
    (
        "North Wales Police detained two Vietnamese men.",
        E("coerces", "north-wales-police", "vietnam"),
    ),
    (
        "Hampshire Constabulary arrested a Russian sailor.",
        E("coerces", "hampshire-constabulary", "russia"),
    ),
    (
        "Hampshire Police detained two Egyptian nationals.",
        E("coerces", "hampshire-constabulary", "egypt"),
    ),
    ("Police Scotland arrested a Lithuanian man.", E("coerces", "police-scotland", "lithuania")),
    ("Police Scotland detained two Turkish nationals.", E("coerces", "police-scotland", "turkey")),
    ("The NYPD arrested two Chinese agents.", E("coerces", "nypd", "china")),
    (
        "The New York City Police Department detained a Russian diplomat.",
        E("coerces", "nypd", "russia"),
    ),
    ("The LAPD arrested a Mexican cartel member.", E("coerces", "lapd", "mexico")),
    (
        "The Los Angeles Police Department detained two Armenian men.",
        E("coerces", "lapd", "armenia"),
    ),
    (
        "The Chicago Police Department arrested a Polish immigrant.",
        E("coerces", "chicago-police-department", "poland"),
    ),
    (
        "Chicago Police Department officers detained two Mexican nationals.",
        E("coerces", "chicago-police-department", "mexico"),
    ),
    ("Toronto Police arrested an Iranian student.", E("coerces", "toronto-police-service", "iran")),
    (
        "The Toronto Police Service detained two Indian nationals.",
        E("coerces", "toronto-police-service", "india"),
    ),
    (
        "Ontario Provincial Police arrested a Russian hacker.",
        E("coerces", "ontario-provincial-police", "russia"),
    ),
    (
        "Ontario Provincial Police detained two American hunters.",
        E("coerces", "ontario-provincial-police", "united-states"),
    ),
    (
        "The Australian Federal Police arrested an Indonesian fisherman.",
        E("coerces", "australian-federal-police", "indonesia"),
    ),
    (
        "Australian Federal Police detained two Chinese nationals.",
        E("coerces", "australian-federal-police", "china"),
    ),
    ("NSW Police arrested a Lebanese man.", E("coerces", "nsw-police-force", "lebanon")),
    (
        "New South Wales Police Force detained two Iranian nationals.",
        E("coerces", "nsw-police-force", "iran"),
    ),
    ("Victoria Police arrested a Sudanese teenager.", E("coerces", "victoria-police", "sudan")),
    ("Victoria Police detained two Chinese students.", E("coerces", "victoria-police", "china")),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER, ids=_ids(GAZETTEER))
def test_gazetteer_actors(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))
