"""Rules from the twelfth session's probe sentences (short wire-style leads of our
own, one or two per CAMEO root and construction), as sentence tables."""

from __future__ import annotations

import pytest

from relations_util import row_ids

# (text, (relation, source id, target id), whether it codes an event)
FOUND = [
    # A state named in two words before "'s" ("South Africa's government") is the
    # subject a later "it" goes on with, as a one-word name is.
    (
        "South Africa's government criticized Israel. It expelled the Israeli ambassador.",
        ("sanctions", "south-africa", "israel"),
        True,
    ),
    (
        "Saudi Arabia's foreign ministry condemned Israel. It also summoned the Swedish envoy.",
        ("criticizes", "saudi-arabia", "sweden"),
        True,
    ),
    # "He" or "she" may go back to a state's office named without its holder's name
    # ("Iran's president", "the Polish president"), which acts for its state.
    (
        "Iran's president met Iraq's prime minister on Monday. "
        "He urged Baghdad to expel US forces.",
        ("appealsTo", "iran", "iraq"),
        True,
    ),
    (
        "New Zealand's prime minister condemned the coup in Fiji. "
        "She suspended military ties with Suva.",
        ("sanctions", "new-zealand", "fiji"),
        True,
    ),
    (
        "Iran's foreign minister visited Oman. He later criticized Israel.",
        ("criticizes", "iran", "israel"),
        True,
    ),
    # Destroying an enemy's forces, arms or posts is combat (CAMEO 19), not the
    # wrecking of property (CAMEO 17).
    ("Ukraine destroyed two Russian warships.", ("attacks", "ukraine", "russia"), True),
    ("Israel destroyed three Hamas rocket launchers.", ("attacks", "israel", "hamas"), True),
    # Supplying goods of aid "to" someone gives aid, as "supplying them with" does.
    ("Japan supplied rice to North Korea.", ("aids", "japan", "north-korea"), True),
    ("Qatar supplied fuel to Gaza.", ("aids", "qatar", "gaza-strip"), True),
    # Arms pledged, promised or offered "to" or "for" someone are an intent to arm
    # them (CAMEO 0332).
    ("Poland pledged more weapons for Ukraine.", ("sellsArmsTo", "poland", "ukraine"), True),
    ("Germany promised missiles to Kyiv.", ("sellsArmsTo", "germany", "ukraine"), True),
    # Vetoing or blocking a body's joint text rejects the body (CAMEO 12).
    ("Hungary vetoed an EU statement on Israel.", ("rejects", "hungary", "european-union"), True),
    ("Russia blocked the OSCE's declaration.", ("rejects", "russia", "osce"), True),
    # A crowd that attacks a foreign state's embassy riots against it (CAMEO 145).
    (
        "Protesters attacked the Danish embassy in Tehran.",
        ("protestsAgainst", "iran", "denmark"),
        True,
    ),
    (
        "Rioters attacked the French embassy in Niamey.",
        ("protestsAgainst", "niger", "france"),
        True,
    ),
    (
        "A mob raided the Turkish consulate in Basra.",
        ("protestsAgainst", "iraq", "turkey"),
        True,
    ),
    # A verb of saying that also asks ("insist"), with a clause in the subjunctive,
    # asks for the clause's act: it is wanted, not done.
    (
        "China insisted that the US stop arms sales to Taiwan.",
        ("sanctions", "united-states", "taiwan"),
        False,
    ),
    (
        "China insisted that the US halt its strikes on Syria.",
        ("retreatsFrom", "united-states", "syria"),
        False,
    ),
    # Guards.
    (
        "The Philippines accused China of ramming its vessel. "
        "The country also summoned the Chinese ambassador.",
        ("criticizes", "philippines", "china"),
        True,
    ),
    (
        "Putin met Iran's president. He accused the United States of lying.",
        ("accuses", "russia", "united-states"),
        True,
    ),
    (
        "Israel destroyed a Palestinian home in Hebron.",
        ("coerces", "israel", "palestine"),
        True,
    ),
    (
        "Saboteurs in Ukraine destroyed a Russian tank factory.",
        ("coerces", "ukraine", "russia"),
        True,
    ),
    ("Rebels blew up a pipeline near Kirkuk.", ("coerces", "unidentified:irq", "iraq"), True),
    ("Japan supplied North Korea with rice.", ("aids", "japan", "north-korea"), True),
    ("Russia supplied S-400 missile systems to Turkey.", ("sellsArmsTo", "russia", "turkey"), True),
    ("Japan pledged aid to Nepal.", ("aids", "japan", "nepal"), True),
    ("Russia offered weapons to Iran.", ("sellsArmsTo", "russia", "iran"), True),
    ("Russia vetoed a UN resolution on Syria.", ("rejects", "russia", "united-nations"), True),
    ("Hungary rejected an EU statement.", ("denies", "hungary", "european-union"), True),
    (
        "Gunmen attacked the Turkish embassy in Kabul.",
        ("attacks", "unidentified:afg", "turkey"),
        True,
    ),
    (
        "Protesters stormed the Swedish embassy in Baghdad.",
        ("protestsAgainst", "iraq", "sweden"),
        True,
    ),
    (
        "Egypt insisted that Israel leave the Philadelphi corridor.",
        ("demands", "egypt", "israel"),
        True,
    ),
    (
        "Iran insisted that Israel should release the prisoners.",
        ("demands", "iran", "israel"),
        True,
    ),
    (
        "Russia said that NATO supplied the missiles to Ukraine.",
        ("sellsArmsTo", "nato", "ukraine"),
        True,
    ),
]


@pytest.mark.parametrize(("text", "act", "event"), FOUND, ids=row_ids(FOUND))
def test_probe_relation(extract, text: str, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in extract(text) if (m.relation, m.source.id, m.target.id) == act]
    assert found, f"{act} not found in {text!r}"
    assert any(m.event for m in found) is event


# (text, (relation, source id, target id)) that must not be read
ABSENT = [
    # "insist that" with a clause that says what happened claims it; it asks nothing.
    ("Israel insisted that Hamas attacked first.", ("demands", "israel", "hamas")),
    ("Iran insisted that Israel had attacked its embassy.", ("demands", "iran", "israel")),
    # The destroyed enemy hardware is no coercion; the old reading is gone.
    ("Ukraine destroyed two Russian warships.", ("coerces", "ukraine", "russia")),
    # A state's own weapons destroyed attack no one.
    ("Syria destroyed its chemical weapons stockpile.", ("attacks", "syria", "syria")),
    # The wrong antecedent (the object of the sentence before) is gone.
    (
        "South Africa's government criticized Israel. It expelled the Israeli ambassador.",
        ("sanctions", "israel", "israel"),
    ),
]


@pytest.mark.parametrize(("text", "act"), ABSENT, ids=row_ids(ABSENT))
def test_probe_absent(extract, text: str, act) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in extract(text) if (m.relation, m.source.id, m.target.id) == act]
    assert not found, f"unexpected {act} in {text!r}"
