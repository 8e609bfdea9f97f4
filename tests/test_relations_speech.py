"""Reported speech, denials and refusals: what a speaker says is not done, not
threatened, or not the speaker's own refusal. Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


READ = [
    # Two negations make an emphatic will: a threat, the strike not negated.
    (
        "Tehran warned that it would not hesitate to strike Israeli bases.",
        E("threatens", "iran", "israel"),
    ),
    (
        "The Turkish defence minister said Ankara would not hesitate to bomb militias in Syria.",
        E("attacks", "turkey", "syria", modality=None, negated=False),
    ),
    # Not hesitating is doing; hesitating is holding back.
    ("Israeli jets did not hesitate to bomb Gaza.", E("attacks", "israel", "gaza-strip")),
    (
        "The Ethiopian army hesitated to attack Eritrea.",
        E("attacks", "ethiopia", "eritrea", modality="hypothetical"),
    ),
    (
        "Seoul warned it would not hesitate to retaliate against North Korea.",
        E("threatens", "south-korea", "north-korea"),
    ),
    # A denied act is negated.
    (
        "Moscow denied that its forces had shelled Ukrainian villages.",
        E("attacks", "russia", "ukraine", modality="reported", negated=True),
    ),
    (
        "Hezbollah denied that it had fired rockets at Israel.",
        E("attacks", "hezbollah", "israel", modality="reported", negated=True),
    ),
    # A named author of a rejected plan is still its target.
    (
        "Egypt rejected the American proposal to send troops to Libya.",
        E("rejects", "egypt", "united-states"),
    ),
    ("Iran rejected the plan proposed by France.", E("rejects", "iran", "france")),
    # Denying doing something: the act is said not to have happened.
    (
        "Pakistan denied sheltering the Taliban.",
        E("aids", "pakistan", "taliban", modality="reported", negated=True),
    ),
    (
        "The Serbian army denied having shelled Bosnian villages.",
        E("attacks", "serbia", "bosnia-and-herzegovina", modality="reported", negated=True),
    ),
    # ... and what is not allowed is only supposed, no one's intent.
    (
        "Hungary will not let Ukraine join the European Union.",
        E("cooperatesWith", "ukraine", "european-union", modality="hypothetical"),
    ),
    (
        "Ankara said it would not allow Sweden to join NATO.",
        E("cooperatesWith", "sweden", "nato", modality="hypothetical"),
    ),
    # Someone else's application or bid to do something is their aim, not a refusal.
    (
        "Turkey declined to ratify Sweden's application to join NATO.",
        E("cooperatesWith", "sweden", "nato", modality="hypothetical"),
    ),
    (
        "Hungary refused to approve Ukraine's application to join the European Union.",
        E("cooperatesWith", "ukraine", "european-union", modality="hypothetical"),
    ),
]

NOT_READ = [
    # A disavowed use of force is no threat.
    ("Israel said it would not attack Iran.", E("threatens", "israel", "iran", None, None)),
    (
        "The Indian army chief said India had no plans to strike Pakistan.",
        E("threatens", "india", "pakistan", None, None),
    ),
    # Nor is it an attack stated as done.
    (
        "Moscow denied that its forces had shelled Ukrainian villages.",
        E("attacks", "russia", "ukraine", None, False),
    ),
    # A state that withdraws, no place named, does not withdraw from its own people.
    (
        "Putin told Erdogan that Russia would withdraw.",
        E("retreatsFrom", "russia", "russia", None, None),
    ),
    (
        "Washington said the United States would pull back within a year.",
        E("retreatsFrom", "united-states", "united-states", None, None),
    ),
    # Rejecting someone else's offer to act is not their refusal to act.
    (
        "Beirut rejected Israel's offer to withdraw from Lebanon.",
        E("retreatsFrom", "israel", "lebanon", None, True),
    ),
    (
        "Kyiv turned down Moscow's offer to release Ukrainian prisoners.",
        E("retreatsFrom", "russia", "ukraine", None, True),
    ),
    # Not allowing another to act is the refusal of whoever does not allow it.
    (
        "The Turkish foreign minister said Ankara would not allow Sweden to join NATO.",
        E("cooperatesWith", "sweden", "nato", None, True),
    ),
    (
        "Hungary will not let Ukraine join the European Union.",
        E("cooperatesWith", "ukraine", "european-union", None, True),
    ),
    # A denial is no refusal: no REJECT act is stated as done.
    ("Iran denied arming the Houthis.", E("sellsArmsTo", "iran", "houthis", None, False)),
    # The applicant did not refuse to join.
    (
        "Turkey declined to ratify Sweden's application to join NATO.",
        E("cooperatesWith", "sweden", "nato", None, True),
    ),
    (
        "Hungary refused to approve Ukraine's application to join the European Union.",
        E("cooperatesWith", "ukraine", "european-union", None, True),
    ),
    # What a rejected plan or denied report is about is not its author.
    (
        "Iran rejected the plan to sell drones to Russia.",
        E("rejects", "iran", "russia", None, None),
    ),
    (
        "Egypt turned down a proposal to send troops to Libya.",
        E("rejects", "egypt", "libya", None, None),
    ),
    (
        "China dismissed reports that Russia had invaded Georgia.",
        E("denies", "china", "georgia", None, None),
    ),
    (
        "The Syrian foreign ministry denied claims that its forces had bombed Turkey.",
        E("denies", "syria", "turkey", None, None),
    ),
    # The negation and future of a main clause do not reach a clause with its own subject.
    (
        "The United States will not stand by while Russia attacks Ukraine.",
        E("attacks", "russia", "ukraine", None, True),
    ),
    (
        "France will not stay silent while Azerbaijan attacks Armenia.",
        E("attacks", "azerbaijan", "armenia", "future", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ, ids=_ids(READ))
def test_speech_readings(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


@pytest.mark.parametrize(("text", "absent"), NOT_READ, ids=_ids(NOT_READ))
def test_speech_readings_not_taken(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


IGO_STAFF = [
    ("Officials from the UN nuclear agency met Iranian diplomats.", "united-nations"),
    ("UN inspectors visited Iran.", "united-nations"),
    ("The African Union's envoy met Sudanese generals.", "african-union"),
]


@pytest.mark.parametrize(("text", "igo"), IGO_STAFF, ids=_ids(IGO_STAFF))
def test_an_igos_staff_is_the_igo(extract, text: str, igo: str) -> None:
    """An IGO has no government or people of its own: its officials, inspectors and
    agencies are the IGO itself."""
    found = [m for m in extract(text) if m.source.id == igo]
    assert found, text
    assert all(m.source_sector == "igo" for m in found), [m.source_sector for m in found]
