"""Sentence tables for precision slips and misses in aid, meetings and retreats
(CAMEO codes in each comment). Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


FOUND = [
    # 070/072: aid sent is aid; arms named as the goods are an arms sale.
    ("Israel sent aid deliveries to Gaza.", E("aids", "israel", "gaza-strip")),
    ("Germany sent medical supplies to Gaza.", E("aids", "germany", "gaza-strip")),
    (
        "Washington announced new weapons deliveries to Kyiv.",
        E("sellsArmsTo", "united-states", "ukraine"),
    ),
    (
        "The Pentagon approved the delivery of F-16 jets to Turkey.",
        E("sellsArmsTo", "us-department-of-defense", "turkey"),
    ),
    (
        "Germany approved the export of Leopard tanks to Poland.",
        E("sellsArmsTo", "germany", "poland"),
    ),
    ("Turkey mobilised Muslim backing for Azerbaijan.", E("supports", "turkey", "azerbaijan")),
    ("Russia mobilised troops against Ukraine.", E("mobilizesAgainst", "russia", "ukraine")),
    (
        "Qatar hosted talks between the United States and the Taliban.",
        E("negotiatesWith", "qatar", "united-states"),
    ),
    ("Brazil extended formal recognition to Palestine.", E("supports", "brazil", "palestine")),
    (
        "Morocco refused to break off relations with Iran.",
        E("sanctions", "morocco", "iran", negated=True),
    ),
    ("Egypt severed ties with Qatar.", E("hasTensionWith", "egypt", "qatar")),
    (
        "Ethiopia pulled its soldiers out of Somalia.",
        E("retreatsFrom", "ethiopia", "somalia"),
    ),
    # 087 de-escalate: scaling back or suspending military operations.
    (
        "Israel scaled back its military operations in Gaza.",
        E("retreatsFrom", "israel", "gaza-strip"),
    ),
    (
        "Nigeria suspended combat operations against Boko Haram.",
        E("retreatsFrom", "nigeria", "boko-haram"),
    ),
    # 0874 retreat militarily: fighters fleeing or abandoning a place.
    ("The Taliban fighters fled Kunduz.", E("retreatsFrom", "taliban", "afghanistan")),
    ("Al-Shabaab militants fled Mogadishu.", E("retreatsFrom", "al-shabaab", "somalia")),
    ("Houthi rebels left Aden.", E("retreatsFrom", "houthis", "yemen")),
    # 0871 ceasefire: a truce between two parties that takes effect is theirs, both ways.
    (
        "A ceasefire between Israel and Hamas took effect.",
        E("retreatsFrom", "israel", "hamas"),
    ),
    (
        "A ceasefire between Israel and Hamas took effect.",
        E("retreatsFrom", "hamas", "israel"),
    ),
    (
        "A ceasefire between Armenia and Azerbaijan came into force.",
        E("retreatsFrom", "azerbaijan", "armenia"),
    ),
    (
        "A truce between the Sudanese army and the RSF was declared on Monday.",
        E("retreatsFrom", "sudan", "rapid-support-forces"),
    ),
    (
        "A truce between Yemen and the Houthis was signed in Muscat.",
        E("retreatsFrom", "houthis", "yemen"),
    ),
    (
        "The truce between India and Pakistan did not hold.",
        E("retreatsFrom", "india", "pakistan", negated=True),
    ),
    # 070/073: aid arriving from its giver.
    ("Humanitarian aid from Turkey reached Syria.", E("aids", "turkey", "syria")),
    ("Saudi food aid arrived in Yemen.", E("aids", "saudi-arabia", "yemen")),
    ("Medical supplies from Germany reached Ukraine.", E("aids", "germany", "ukraine")),
    ("An Egyptian aid convoy entered Gaza.", E("aids", "egypt", "gaza-strip")),
    ("A Qatari aid convoy arrived in Gaza.", E("aids", "qatar", "gaza-strip")),
    # 045 mediate, in the present progressive (parsed as an attribute of "is").
    (
        "The African Union is mediating between Sudan and South Sudan.",
        E("negotiatesWith", "african-union", "south-sudan"),
    ),
    (
        "The Egyptian foreign minister is mediating between Israel and Hamas.",
        E("negotiatesWith", "egypt", "israel"),
    ),
    # 04x: being somewhere for a meeting with someone.
    (
        "The Indian foreign minister was in Moscow for talks with Lavrov.",
        E("negotiatesWith", "india", "russia"),
    ),
    (
        "The Turkish president was in Tehran for a summit with Putin and Raisi.",
        E("consults", "turkey", "russia"),
    ),
]

NOT_TAKEN = [
    # 072: a noun of moving goods (delivery, supply, export, transfer) is an arms sale
    # only when the goods it names are arms.
    ("Israel sent aid deliveries to Gaza.", E("sellsArmsTo", "israel", "gaza-strip")),
    ("Germany sent medical supplies to Gaza.", E("sellsArmsTo", "germany", "gaza-strip")),
    ("Ukraine resumed grain exports to Egypt.", E("sellsArmsTo", "ukraine", "egypt")),
    ("Russia resumed wheat deliveries to Lebanon.", E("sellsArmsTo", "russia", "lebanon")),
    (
        "The delivery of humanitarian aid to Gaza by Egypt resumed.",
        E("sellsArmsTo", "egypt", "gaza-strip"),
    ),
    # 053, not 150: rallying backing or opinion for (or against) someone is no show of force.
    (
        "Turkey mobilised Muslim backing for Azerbaijan.",
        E("mobilizesAgainst", "turkey", "azerbaijan"),
    ),
    (
        "The Saudi foreign minister mobilized Arab support for the Palestinians.",
        E("mobilizesAgainst", "saudi-arabia", "palestine"),
    ),
    (
        "Iran mobilised international opinion against Israel.",
        E("mobilizesAgainst", "iran", "israel"),
    ),
    # 043: whom a hosted meeting is about is not met ("a summit on ...").
    (
        "Egypt hosted a summit on the talks between Israel and Hamas.",
        E("consults", "egypt", "israel"),
    ),
    (
        "Qatar hosted a conference about the war between Russia and Ukraine.",
        E("consults", "qatar", "russia"),
    ),
    ("Jordan attended a summit on Iran's nuclear programme.", E("consults", "jordan", "iran")),
    # 054: granting recognition to a state endorses it; it concedes nothing (080).
    ("Brazil extended formal recognition to Palestine.", E("concedesTo", "brazil", "palestine")),
    (
        "The Colombian president granted official recognition to Kosovo.",
        E("concedesTo", "colombia", "kosovo"),
    ),
    # 110: refusing to break off relations states no tension.
    ("Morocco refused to break off relations with Iran.", E("hasTensionWith", "morocco", "iran")),
    ("Bahrain declined to sever ties with Qatar.", E("hasTensionWith", "bahrain", "qatar")),
    # 0871: a truce announced "between" others is brokered, not the announcer's own.
    ("Qatar announced a truce between Israel and Hamas.", E("retreatsFrom", "qatar", "israel")),
    ("The ceasefire between Russia and Ukraine collapsed.", E("retreatsFrom", "russia", "ukraine")),
    # 040: aid arriving is no visit.
    ("Saudi food aid arrived in Yemen.", E("consults", "saudi-arabia", "yemen")),
    ("A Qatari aid convoy arrived in Gaza.", E("consults", "qatar", "gaza-strip")),
    ("Turkish relief supplies arrived in Syria.", E("consults", "turkey", "syria")),
    # 0874: civilians fleeing are no army retreating.
    ("Thousands of civilians fled Kunduz.", E("retreatsFrom", "afghanistan", "afghanistan")),
    # 04x: being ready for talks is no meeting.
    (
        "Iran was ready for talks with the United States.",
        E("negotiatesWith", "iran", "united-states"),
    ),
    # 087: a state's own forces are what it withdraws, not whom it retreats from.
    ("Russia withdrew its troops.", E("retreatsFrom", "russia", "russia")),
    ("The Malian government disbanded its militia.", E("retreatsFrom", "mali", "mali")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=_ids(FOUND))
def test_found(extract, text: str, expected: Expect) -> None:  # type: ignore[no-untyped-def]
    check(extract(text), (expected,))


@pytest.mark.parametrize(("text", "absent"), NOT_TAKEN, ids=_ids(NOT_TAKEN))
def test_not_taken(extract, text: str, absent: Expect) -> None:  # type: ignore[no-untyped-def]
    check(extract(text), (), (absent,))
