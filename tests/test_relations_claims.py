"""Sentence tables for slips around claims, commands and deals: a deal struck is no
attack, a broken ceasefire is fighting once, passive threats, official complaints,
ratifying bids, alleged ties. Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


FOUND = [
    # 030: striking a deal is reaching one.
    (
        "The Turkish foreign minister struck an accord with Baghdad.",
        E("agreesWith", "turkey", "iraq"),
    ),
    ("Egypt struck a deal with Hamas on Sunday.", E("agreesWith", "egypt", "hamas")),
    (
        "Ankara struck a bargain with Stockholm over NATO membership.",
        E("agreesWith", "turkey", "sweden"),
    ),
    # 196: breaking a truce is fighting.
    ("Hamas breached the truce agreement with Israel.", E("attacks", "hamas", "israel")),
    ("Azerbaijani troops broke the ceasefire with Armenia.", E("attacks", "azerbaijan", "armenia")),
    # 130: passive threat with the agent hung on the "with" noun.
    (
        "Hungary was threatened with sanctions by the European Commission.",
        E("threatens", "european-commission", "hungary"),
    ),
    (
        "Serbia was threatened with expulsion by the Council of Europe.",
        E("threatens", "council-of-europe", "serbia"),
    ),
    # 130: warning of reprisals against someone.
    (
        "The Chinese foreign ministry warned of resolute countermeasures against Tokyo.",
        E("threatens", "china", "japan"),
    ),
    (
        "The Kremlin warned of retaliation against Britain.",
        E("threatens", "russia", "united-kingdom"),
    ),
    ("Moscow threatened harsh countermeasures against NATO.", E("threatens", "russia", "nato")),
    # 114: official complaints ("stern representations").
    (
        "China lodged stern representations with the United States.",
        E("criticizes", "china", "united-states"),
    ),
    (
        "The Chinese foreign ministry made solemn representations to Japan.",
        E("criticizes", "china", "japan"),
    ),
    # 12: refusing to ratify someone's bid; ratifying it agrees.
    (
        "Turkey refused to ratify the Swedish membership bid.",
        E("agreesWith", "turkey", "sweden", negated=True),
    ),
    (
        "The Hungarian parliament declined to ratify Finland's application to join NATO.",
        E("agreesWith", "hungary", "finland", negated=True),
    ),
    ("Ankara finally ratified the Swedish membership bid.", E("agreesWith", "turkey", "sweden")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=_ids(FOUND))
def test_claims_found(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


NOT = [
    # Striking a deal or an accord is no attack.
    ("Iran promised to strike a deal with Germany.", E("attacks", "iran", "germany", None, None)),
    (
        "The Turkish foreign minister struck an accord with Baghdad.",
        E("attacks", "turkey", "iraq", None, None),
    ),
    # Being hit with sanctions or tariffs is no armed attack.
    (
        "Iran was hit with new sanctions by the United States.",
        E("attacks", "united-states", "iran", None, None),
    ),
    ("Washington hit Beijing with tariffs.", E("attacks", "united-states", "china", None, None)),
    (
        "Ankara struck a bargain with Stockholm over NATO membership.",
        E("attacks", "turkey", "sweden", None, None),
    ),
    # A broken ceasefire is fighting, not also a rejection.
    (
        "Hamas breached the truce agreement with Israel.",
        E("rejects", "hamas", "israel", None, None),
    ),
    (
        "Azerbaijani troops broke the ceasefire with Armenia.",
        E("rejects", "azerbaijan", "armenia", None, None),
    ),
    # Ratifying a treaty signs it; it approves no bid.
    (
        "Greece ratified the peace deal with North Macedonia.",
        E("agreesWith", "greece", "north-macedonia", None, None),
    ),
    # "has alleged ties to": the subject has the ties; it accuses no one.
    ("Hamas has alleged ties to Iran.", E("accuses", "hamas", "iran", None, None)),
    (
        "The militia, which has alleged links to Tehran, attacked a US base.",
        E("accuses", "iran", "iran", None, None),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT, ids=_ids(NOT))
def test_claims_readings_not_taken(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


STILL = [
    # A sanction by name still hits; rockets still attack.
    ("Hamas fighters hit Israeli positions with rockets.", E("attacks", "hamas", "israel")),
    # A plain defiance of sanctions is still a rejection.
    ("North Korea defied United Nations sanctions.", E("rejects", "north-korea", "united-nations")),
    # "alleged ties between" is still a charge.
    ("Israel has alleged ties between Hezbollah and Iran.", E("accuses", "israel", "hezbollah")),
]


@pytest.mark.parametrize(("text", "expected"), STILL, ids=_ids(STILL))
def test_claims_neighbours_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


COMMANDS = [
    # 10: telling or instructing someone to act demands it of them.
    (
        "The Turkish president told Sweden to crack down on Kurdish militants.",
        E("demands", "turkey", "sweden"),
    ),
    ("Moscow instructed Minsk to close its border with Poland.", E("demands", "russia", "belarus")),
    (
        "The Kremlin told Kyiv to stop attacking Russian border towns.",
        E("demands", "russia", "ukraine"),
    ),
    # 180/190: who claims an attack is coded as its doer.
    (
        "ISIS claimed responsibility for a bombing that killed 20 people in Kabul.",
        E("assaults", "isis", "afghanistan"),
    ),
    (
        "Boko Haram claimed responsibility for the kidnapping of schoolgirls in Nigeria.",
        E("assaults", "boko-haram", "nigeria"),
    ),
    (
        "The Pakistani Taliban took responsibility for the suicide bombing in Peshawar.",
        E("assaults", "ttp", "pakistan"),
    ),
    # ... or who claims it by name.
    ("Al-Shabaab claimed the attack on a Kenyan army base.", E("attacks", "al-shabaab", "kenya")),
    (
        "The Houthis claimed a drone attack on Saudi Arabia.",
        E("attacks", "houthis", "saudi-arabia"),
    ),
    # 090: put or placed under investigation.
    ("The IAEA put Iran under investigation.", E("investigates", "iaea", "iran")),
    ("Iran was put under investigation by the IAEA.", E("investigates", "iaea", "iran")),
    (
        "Mali was placed under investigation by the International Criminal Court.",
        E("investigates", "icc", "mali"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMANDS, ids=_ids(COMMANDS))
def test_commands_and_claims_found(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


NOT_DONE = [
    # What someone is told to stop is neither done nor refused by them.
    ("Beijing told Washington to stop arming Taiwan.", "sellsArmsTo"),
    ("The Kremlin told Kyiv to stop attacking Russian border towns.", "attacks"),
    ("Beijing warned Washington to stop arming Taiwan.", "sellsArmsTo"),
    ("Moscow warned Kyiv to stop shelling Donetsk.", "attacks"),
    # An act someone threatens or means to end is not reported as going on.
    ("Qatar threatened to end its mediation between Israel and Hamas.", "negotiatesWith"),
    ("Norway threatened to terminate its aid to Uganda.", "aids"),
    ("Egypt said it would end its mediation between Israel and Hamas.", "negotiatesWith"),
]


@pytest.mark.parametrize(("text", "relation"), NOT_DONE, ids=_ids(NOT_DONE))
def test_act_not_done(extract, text: str, relation: str) -> None:
    found = [m for m in extract(text) if m.relation == relation]
    assert found and all(not m.event for m in found), found


REFUSED = [
    # A rejected deal's act is refused by the rejecter, not asserted.
    ("Iran rejected the deal to sell drones to Russia.", "sellsArmsTo"),
    ("The Iraqi parliament rejected the plan to buy tanks from Russia.", "sellsArmsTo"),
]


@pytest.mark.parametrize(("text", "relation"), REFUSED, ids=_ids(REFUSED))
def test_rejected_deal_is_refused(extract, text: str, relation: str) -> None:
    found = [m for m in extract(text) if m.relation == relation]
    assert found and all(m.negated and m.modality != "future" for m in found), found


NOT_THREATS = [
    # Announcing the end of one's strikes threatens no one.
    ("Israel said it would halt its air strikes on Gaza.", E("threatens", "israel", "gaza-strip")),
    ("Israel said it would end its air strikes on Gaza.", E("threatens", "israel", "gaza-strip")),
    # Telling reporters is no demand of them; nor of the one talked about.
    (
        "The Egyptian foreign minister told reporters that Israel had attacked Gaza.",
        E("demands", "egypt", "israel"),
    ),
    # Claiming that an attack was staged claims no attack.
    ("Iran claimed the attack was staged by Israel.", E("attacks", "iran", "israel")),
    # Denying responsibility claims nothing.
    ("Hamas denied responsibility for the attack on Israel.", E("attacks", "hamas", "israel")),
]


@pytest.mark.parametrize(("text", "absent"), NOT_THREATS, ids=_ids(NOT_THREATS))
def test_not_taken(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (E(absent.relation, absent.source, absent.target, None, None),))
