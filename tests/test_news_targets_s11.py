"""Targets read from side phrases on news prose (helper tg, session 11).

The target of an act is the party it is aimed at, not an actor named in a phrase
nested inside its object. Tables: an act noun's "by" phrase names its doer, whom
criticism of the act is aimed at, wherever the parser hangs it (on an "as" phrase,
after a "to" phrase, on the verb of an "of" phrase; AS_BY, TO_THEN_BY, OF_THEN_BY,
CRITICISM_OF_ACT); a title in an apposition's relative clause is another person's
(NOT_THEIR_TITLE); "has yet to" is not done (YET_TO); the body one is seated in is no
party (SEATING); who receives an arrest warrant is not arrested (WARRANTS); an
apposition set off by a comma is the name's, wherever the parser hangs it, and its
participle a standing state (APPOSED, STANDING); a welcomed act's doer is no guest
(WELCOMED_ACTS); a land compounded on a possessed thing is no party
(POSSESSED_TOPIC); who is sanctioned "for" an act did it (SANCTIONED_FOR). Each table
pairs readings that failed before with near readings that must stay. Our own
sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check, coded, row_ids, stated

E = Expect

# "V the N of A as B by C": the parser hangs "as B" on the verb (or the noun) and
# "by C" on B; C did what N names, and is whom the act on N concerns.
AS_BY = [
    (
        "Egypt condemned the recognition of Jerusalem as the capital of Israel by Washington.",
        E("criticizes", "egypt", "united-states"),
        E("criticizes", "egypt", "israel"),
    ),
    (
        "Ghana criticized the designation of the Houthis as a terrorist group by the "
        "United States.",
        E("criticizes", "ghana", "united-states"),
        E("criticizes", "ghana", "houthis"),
    ),
    (
        "Kenya condemned the proclamation of the islands as Chinese territory by Beijing.",
        E("criticizes", "kenya", "china"),
        None,
    ),
    (
        "The Jordanian king attacked the declaration of the valley as Israeli land by "
        "Benjamin Netanyahu.",
        E("criticizes", "jordan", "israel"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), AS_BY, ids=row_ids(AS_BY))
def test_by_phrase_after_as_names_the_doer(
    extract, text: str, expected: Expect, absent: Expect | None
) -> None:
    check(extract(text), (expected,), (absent,) if absent else ())


# The "by" phrase on the act noun itself, or no "by" phrase at all, read as before.
AS_BY_GUARDS = [
    (
        "Jordan condemned the annexation of the West Bank by Israel.",
        E("criticizes", "jordan", "israel"),
    ),
    (
        "Iran criticized the killing of three protesters by Iraqi police.",
        E("criticizes", "iran", "iraq"),
    ),
    (
        "Turkey condemned the expulsion of its ambassador by Greece.",
        E("criticizes", "turkey", "greece"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AS_BY_GUARDS, ids=row_ids(AS_BY_GUARDS))
def test_by_phrase_guards(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A person named by an apposition whose relative clause names another, titled person
# ("a lawyer who represented President X") holds no office by that title: the title
# and state are the other person's.
NOT_THEIR_TITLE = [
    (
        "A Kenyan court convicted John Mwangi, a Kenyan lawyer who represented President "
        "Uhuru Kenyatta, of fraud.",
        "person:john-mwangi",
    ),
    (
        "Police in Lagos detained Musa Bello, the Nigerian businessman who funded "
        "President Muhammadu Buhari's campaign.",
        "person:musa-bello",
    ),
    (
        "A Nigerian court convicted Ahmed Bello, a banker who advised Nigerian President "
        "Muhammadu Buhari, of fraud.",
        "person:ahmed-bello",
    ),
]


@pytest.mark.parametrize(("text", "person"), NOT_THEIR_TITLE, ids=row_ids(NOT_THEIR_TITLE))
def test_title_in_relative_clause_is_another_persons(extract, text: str, person: str) -> None:
    found = [m for m in extract(text) if m.target.id == person]
    assert found, text
    assert all(m.target_sector is None for m in found), [m.target_sector for m in found]


# The apposition's own title still places the person.
OWN_TITLE = [
    (
        "Police in Lagos arrested Ahmed Bello, a Nigerian minister who served under "
        "President Buhari.",
        "person:ahmed-bello",
        "government",
    ),
]


@pytest.mark.parametrize(("text", "person", "sector"), OWN_TITLE, ids=row_ids(OWN_TITLE))
def test_own_title_in_apposition_kept(extract, text: str, person: str, sector: str) -> None:
    found = [m for m in extract(text) if m.target.id == person]
    assert found and all(m.target_sector == sector for m in found), text


# "has yet to" / "is yet to" before an infinitive: not done (yet), as "has not yet";
# no obligation ("has to") and no plan ("is to").
YET_TO = [
    (
        "Russia has yet to recognize the new government of Bolivia.",
        E("supports", "russia", "bolivia", negated=True),
    ),
    (
        "Iran has yet to release the British tanker.",
        E("retreatsFrom", "iran", "united-kingdom", negated=True),
    ),
    (
        "Israel is yet to sign the treaty with Jordan.",
        E("signsAgreementWith", "israel", "jordan", negated=True),
    ),
    # Guards: an obligation and a plan read as before.
    (
        "Iran has to release the British tanker.",
        E("retreatsFrom", "iran", "united-kingdom", modality="hypothetical"),
    ),
    (
        "Israel is to sign the treaty with Jordan on Friday.",
        E("signsAgreementWith", "israel", "jordan", modality="future"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), YET_TO, ids=row_ids(YET_TO))
def test_yet_to_is_not_yet_done(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A verb of seating people in a post or body (class ``seating``): its "to" phrase is
# the body they join, no party to what the subject agreed to.
SEATING = [
    (
        "Ramaphosa agreed to appoint an opposition leader to South Africa's electoral commission.",
        E("agreesWith", "person:cyril-ramaphosa", "south-africa", modality=None),
    ),
    (
        "Ruto agreed to appoint two women to Kenya's cabinet.",
        E("agreesWith", "person:william-ruto", "kenya", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "absent"), SEATING, ids=row_ids(SEATING))
def test_seated_in_a_body_is_no_party(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# Guards: the one added or the place sent to is still the other side.
SEATING_GUARDS = [
    ("Turkey agreed to add Iran to its list of partners.", E("agreesWith", "turkey", "iran")),
    ("Egypt agreed to send troops to Libya.", E("agreesWith", "egypt", "libya")),
    # An envoy named "to" a state is sent to it.
    ("The US agreed to name a special envoy to Sudan.", E("agreesWith", "united-states", "sudan")),
]


@pytest.mark.parametrize(("text", "expected"), SEATING_GUARDS, ids=row_ids(SEATING_GUARDS))
def test_seating_guards(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Who receives an arrest warrant (class ``warrants``) is asked to make the arrest, not
# the one to be arrested; other nouns a verb of receiving takes still come to it.
WARRANTS = [
    (
        "Thai police received arrest warrants from Cambodia.",
        E("coerces", "cambodia", "thailand", modality=None),
    ),
    (
        "Interpol received arrest warrants from Venezuela last year.",
        E("coerces", "venezuela", "interpol", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "absent"), WARRANTS, ids=row_ids(WARRANTS))
def test_warrant_receiver_is_not_arrested(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


RECEIVED_GUARDS = [
    ("Ukraine received aid packages from Canada.", E("aids", "canada", "ukraine")),
    ("Armenia received assurances from Russia.", E("agreesWith", "russia", "armenia")),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED_GUARDS, ids=row_ids(RECEIVED_GUARDS))
def test_received_guards(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A described noun set off by a comma after a name ("Hezbollah, the Lebanese group
# backed by Iran") is the name's apposition wherever the parser hangs it (as a second
# object, or on the subject): it names no second party, and what is said of it
# ("backed by Iran") is said of the name.
APPOSED = [
    (
        "Israel struck Hezbollah, the Lebanese group backed by Iran.",
        (E("attacks", "israel", "hezbollah"), E("supports", "iran", "hezbollah", modality=None)),
        (E("attacks", "israel", "lebanon"),),
    ),
    (
        "Israeli jets struck Hezbollah, the Lebanese group backed by Iran.",
        (E("attacks", "israel", "hezbollah"), E("supports", "iran", "hezbollah", modality=None)),
        (E("attacks", "lebanon", "hezbollah"),),
    ),
    (
        "Hezbollah, the Lebanese group backed by Iran, fired rockets at Israel.",
        (E("supports", "iran", "hezbollah", modality=None),),
        (E("supports", "iran", "lebanon", modality=None),),
    ),
    (
        "Israel fought Hezbollah, a group backed by Iran.",
        (E("supports", "iran", "hezbollah", modality=None),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), APPOSED, ids=row_ids(APPOSED))
def test_apposition_is_the_name(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


APPOSED_GUARDS = [
    ("Turkey shelled the YPG, a Syrian Kurdish militia.", E("attacks", "turkey", "ypg")),
    (
        "Russian-backed separatists shelled Mariupol.",
        E("supports", "russia", "ukraine", modality=None),
    ),
    (
        "The Armenian-backed separatist Republic of Artsakh occupies the district.",
        E("supports", "armenia", "nagorno-karabakh", modality=None),
    ),
    ("Jordan expelled the envoy, an Iranian diplomat.", E("sanctions", "jordan", "iran")),
    (
        "Israel killed a commander of the Quds Force, a U.S.-designated Foreign Terrorist "
        "Organization.",
        E("sanctions", "united-states", "irgc-quds-force", modality=None),
    ),
    (
        "Ahmed Salem, a Syrian army officer, attacked the Turkish embassy.",
        E("attacks", "syrian-arab-army", "turkey"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_GUARDS, ids=row_ids(APPOSED_GUARDS))
def test_apposition_guards(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# What such an apposition's participle says ("a group backed by Iran") is the name's
# standing state, as "Iranian-backed": kept in the graph, coding no event.
STANDING = [
    ("Israel fought Hezbollah, a group backed by Iran.", ("supports", "iran", "hezbollah")),
    (
        "Saudi jets bombed the Houthis, the Yemeni rebel group backed by Iran.",
        ("supports", "iran", "houthis"),
    ),
    (
        "Hezbollah, the Lebanese group backed by Iran, fired rockets at Israel.",
        ("supports", "iran", "hezbollah"),
    ),
]


@pytest.mark.parametrize(("text", "act"), STANDING, ids=row_ids(STANDING))
def test_apposition_participle_is_standing(extract, text: str, act: tuple[str, str, str]) -> None:
    mentions = extract(text)
    assert stated(mentions, act), text
    assert not coded(mentions, act), text


# "the sale of N to X by Y": the parser may hang both the "to" and the "by" phrase of
# the act noun on the verb; the "by" phrase still names the act's doer, whom the
# criticism is aimed at (not the one the goods went to).
TO_THEN_BY = [
    (
        "China criticized the sale of weapons to Taiwan by the United States.",
        E("criticizes", "china", "united-states"),
        E("criticizes", "china", "taiwan"),
    ),
    (
        "Pakistan criticized the supply of drones to India by Israel.",
        E("criticizes", "pakistan", "israel"),
        E("criticizes", "pakistan", "india"),
    ),
    (
        "Syria denounced the shipment of arms to the rebels by Turkey.",
        E("criticizes", "syria", "turkey"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), TO_THEN_BY, ids=row_ids(TO_THEN_BY))
def test_by_phrase_after_to_phrase(
    extract, text: str, expected: Expect, absent: Expect | None
) -> None:
    check(extract(text), (expected,), (absent,) if absent else ())


TO_THEN_BY_GUARDS = [
    (
        "Beijing condemned the sale of fighter jets to Taiwan by Washington.",
        E("criticizes", "china", "united-states"),
    ),
    (
        "Iraq complained to the United Nations about the raid.",
        E("criticizes", "iraq", "united-nations"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TO_THEN_BY_GUARDS, ids=row_ids(TO_THEN_BY_GUARDS))
def test_to_then_by_guards(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# "voiced criticism of the visit to X by Y": the parser hangs the visit's "by" phrase
# on the verb whose object's "of" phrase the visit is; Y made the visit (not the
# critic) and is whom the criticism is aimed at (not X, where Y went).
OF_THEN_BY = [
    (
        "Greece voiced criticism of the visit to Cyprus by the Turkish president.",
        (E("criticizes", "greece", "turkey"), E("consults", "turkey", "cyprus", modality=None)),
        (E("criticizes", "greece", "cyprus"), E("consults", "greece", "cyprus", modality=None)),
    ),
    (
        "Morocco voiced criticism of the trip to Algiers by the Spanish prime minister.",
        (E("criticizes", "morocco", "spain"), E("consults", "spain", "algeria", modality=None)),
        (E("criticizes", "morocco", "algeria"), E("consults", "morocco", "algeria", modality=None)),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), OF_THEN_BY, ids=row_ids(OF_THEN_BY))
def test_by_phrase_of_nested_act(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


OF_THEN_BY_GUARDS = [
    ("Israel condemned the attack by Hamas.", E("criticizes", "israel", "hamas")),
    ("Chile voiced criticism of Peru.", E("criticizes", "chile", "peru")),
]


@pytest.mark.parametrize(("text", "expected"), OF_THEN_BY_GUARDS, ids=row_ids(OF_THEN_BY_GUARDS))
def test_of_then_by_guards(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Welcoming an act the lexicon names ("the lifting of sanctions by the United States")
# endorses its doer, read from the "by" phrase; that doer is no guest received.
WELCOMED_ACTS = [
    (
        "Ghana welcomed the lifting of the embargo on Mali by ECOWAS.",
        E("supports", "ghana", "ecowas"),
        E("consults", "ghana", "ecowas"),
    ),
    (
        "Peru welcomed the reopening of the border by Chile.",
        E("supports", "peru", "chile"),
        E("consults", "peru", "chile"),
    ),
    (
        "Kenya welcomed the lifting of sanctions on Sudan by the United States.",
        E("supports", "kenya", "united-states"),
        E("consults", "kenya", "united-states"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), WELCOMED_ACTS, ids=row_ids(WELCOMED_ACTS))
def test_welcomed_act_is_no_guest(extract, text: str, expected: Expect, absent: Expect) -> None:
    check(extract(text), (expected,), (absent,))


WELCOMED_GUARDS = [
    ("Xi received Putin in Beijing.", E("consults", "china", "russia")),
    ("Qatar hosted the Taliban delegation.", E("consults", "qatar", "taliban")),
    ("Xi welcomed the visit of the Russian president.", E("consults", "china", "russia")),
]


@pytest.mark.parametrize(("text", "expected"), WELCOMED_GUARDS, ids=row_ids(WELCOMED_GUARDS))
def test_welcomed_guards(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A noun of criticism whose "of" phrase is an act or deed with its own "by" phrase
# ("criticism of the arrest by Peruvian police"): the "by" phrase is the act's doer,
# whom the criticism is aimed at, not the critic.
CRITICISM_OF_ACT = [
    (
        "Chile voiced criticism of the arrest by Peruvian police.",
        E("criticizes", "chile", "peru"),
    ),
    (
        "Jordan issued a condemnation of the annexation of the Golan Heights by Israel.",
        E("criticizes", "jordan", "israel"),
    ),
    (
        "France voiced criticism of the arrest of its citizens by Iranian authorities.",
        E("criticizes", "france", "iran"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CRITICISM_OF_ACT, ids=row_ids(CRITICISM_OF_ACT))
def test_criticism_of_an_act_by_its_doer(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Guard: the "by" phrase hung on an act's plain "of" object is still the act's doer.
def test_by_on_plain_of_object_guard(extract) -> None:
    check(
        extract("The arrest of two French journalists by Iranian authorities angered Paris."),
        (E("coerces", "iran", "france"),),
    )


# A place or territory compounded on a possessed thing ("its Xinjiang policy",
# "Israel's Gaza policy") says what the thing is about or where it is: the possessor
# owns it, and the land is no party (nor a second owner).
POSSESSED_TOPIC = [
    ("China defended its Xinjiang policy.", None, E("supports", "china", "xinjiang")),
    ("Russia defended its Crimea strategy.", None, E("supports", "russia", "crimea")),
    (
        "India rejected Pakistan's criticism of its Kashmir policy.",
        E("criticizes", "pakistan", "india"),
        E("criticizes", "pakistan", "kashmir"),
    ),
    (
        "Egypt criticized Israel's Gaza policy.",
        E("criticizes", "egypt", "israel"),
        E("criticizes", "egypt", "gaza-strip"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "absent"), POSSESSED_TOPIC, ids=row_ids(POSSESSED_TOPIC)
)
def test_land_of_a_possessed_thing_is_no_party(
    extract, text: str, expected: Expect | None, absent: Expect
) -> None:
    check(extract(text), (expected,) if expected else (), (absent,))


POSSESSED_GUARDS = [
    ("Russia shelled Ukraine's Donbas region.", E("attacks", "russia", "ukraine")),
    ("Egypt criticized the Israeli policy in Gaza.", E("criticizes", "egypt", "israel")),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED_GUARDS, ids=row_ids(POSSESSED_GUARDS))
def test_possessed_guards(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Sanctioning or blacklisting someone "for" an act (class ``punishing``): the one
# sanctioned did the act, not the one who sanctions.
SANCTIONED_FOR = [
    (
        "The US sanctioned a Turkish bank for helping Iran evade sanctions.",
        E("aids", "turkey", "iran", modality=None),
        E("aids", "united-states", "iran", modality=None),
    ),
    (
        "The EU blacklisted three Russian firms for supplying drones to Iran.",
        E("sellsArmsTo", "russia", "iran", modality=None),
        E("sellsArmsTo", "european-union", "iran", modality=None),
    ),
    (
        "The US sanctioned Iran for supporting Hezbollah.",
        E("supports", "iran", "hezbollah", modality=None),
        E("supports", "united-states", "hezbollah", modality=None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "absent"), SANCTIONED_FOR, ids=row_ids(SANCTIONED_FOR)
)
def test_sanctioned_for_an_act_did_it(extract, text: str, expected: Expect, absent: Expect) -> None:
    check(extract(text), (expected,), (absent,))


def test_sanctioned_for_guard(extract) -> None:
    check(
        extract("Washington sanctioned two Chinese companies for helping North Korea."),
        (E("sanctions", "united-states", "china"),),
    )
