"""Sentence tables for actor slips and stray events: pronouns that keep their
antecedent's reading, predictions that are nobody's intent, vows not to act,
coordinated nationality modifiers under a quantity noun, groups named by where
they are based. Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


FOUND = [
    # A pronoun stands for its antecedent phrase as that phrase resolves: "Bosnian
    # Serbs" are Bosnia's people, so "their forces" are Bosnia's too.
    (
        "Bosnian Serbs said their forces had completed their withdrawal from Srebrenica.",
        # (Said by the Bosnian Serbs: reported, as "had withdrawn" is.)
        E("retreatsFrom", "bosnia-and-herzegovina", "bosnia-and-herzegovina", "reported"),
    ),
    (
        "Bosnian Serb leaders said their troops would withdraw from positions near Sarajevo.",
        E("retreatsFrom", "bosnia-and-herzegovina", "bosnia-and-herzegovina", None),
    ),
    (
        "Kosovo Serbs said their police would attack Albanian border guards.",
        E("attacks", "kosovo", "albania", None),
    ),
    # "X is expected to V": others' forecast, neither done nor X's intent.
    (
        "The Turkish army is expected to withdraw from northern Iraq.",
        E("retreatsFrom", "turkish-armed-forces", "iraq", "hypothetical"),
    ),
    ("Turkey is anticipated to attack Syria.", E("attacks", "turkey", "syria", "hypothetical")),
    # Joining another is cooperating with it (CAMEO 060), not mutual between joiners.
    ("Britain joined France in the air strikes.", E("cooperatesWith", "united-kingdom", "france")),
    (
        "Greek and Bulgarian frigates will join the Turkish naval drill.",
        E("cooperatesWith", "greece", "turkey", "future"),
    ),
    (
        "Spain and Portugal joined forces against the smugglers.",
        E("cooperatesWith", "spain", "portugal"),
    ),
    # A vow not to act is one refusal of the act (CAMEO 12xx), not an agreement.
    (
        "Britain promised not to return the Falkland Islands to Argentina.",
        E("retreatsFrom", "united-kingdom", "argentina", "future", True),
    ),
    (
        "Israeli leader Sharon has vowed not to return the Golan Heights to Syria.",
        E("retreatsFrom", "israel", "syria", "future", True),
    ),
    # A vow made to someone keeps its addressee.
    ("Iran promised the EU not to enrich uranium.", E("agreesWith", "iran", "european-union")),
    # "scores of Liberian and Sierra Leonean refugees": each nationality is a victim
    # of the same kind (civilians: assault, CAMEO 18), not only the first.
    (
        "Guinean soldiers killed scores of Liberian and Sierra Leonean refugees.",
        E("assaults", "guinea", "sierra-leone"),
    ),
    (
        "Turkish border guards beat dozens of Afghan and Iraqi migrants.",
        E("assaults", "turkey", "iraq"),
    ),
    (
        "Guinean security forces tortured scores of Liberian and Sierra Leonean refugees.",
        E("assaults", "guinea", "liberia"),
    ),
    # The parser may hang the act's "by" phrase on the quantity noun.
    (
        "Rights groups condemned the torture of scores of Liberian and Sierra Leonean "
        "refugees by Guinean soldiers.",
        E("assaults", "guinea", "sierra-leone"),
    ),
    (
        "Amnesty documented the killing of hundreds of Syrian and Iraqi refugees by "
        "Islamic State fighters.",
        E("assaults", "isis", "iraq"),
    ),
    # A group named by where it is based is that state's (armed: its rebels).
    (
        "A Pakistan-based militant group attacked Indian troops in Kashmir.",
        E("attacks", "pakistan", "india"),
    ),
    (
        "A militant group based in Trinidad attacked a police station in Guyana.",
        E("attacks", "trinidad-and-tobago", "guyana"),
    ),
    (
        "Paris-based Syrian exiles urged France to arm the rebels.",
        E("appealsTo", "syria", "france"),
    ),
    # Weapons built "to use against" someone, or "to attack" them: a threat (CAMEO 13).
    (
        "A militant group based in Trinidad claims to be building weapons to use against "
        "the United States.",
        E("threatens", "trinidad-and-tobago", "united-states"),
    ),
    (
        "Hezbollah acquired drones to use against Israeli towns.",
        E("threatens", "hezbollah", "israel"),
    ),
    (
        "North Korea is developing nuclear weapons to attack the United States.",
        E("threatens", "north-korea", "united-states"),
    ),
    # A man of no office named with a state's possessive is of that state; men loyal
    # to him act in it (as rebels, by their noun).
    (
        "Militants loyal to Iraq's al-Qaeda frontman Abu Musab al-Zarqawi said they had "
        "kidnapped two Italian aid workers.",
        E("assaults", "iraq", "italy", "reported"),
    ),
    (
        "Fighters loyal to Lebanon's Shiite cleric Subhi Tufaili attacked Syrian troops.",
        E("attacks", "lebanon", "syria"),
    ),
    (
        "Militiamen loyal to Yemen's tribal strongman Hamid al-Ahmar attacked Saudi border guards.",
        E("attacks", "yemen", "saudi-arabia"),
    ),
]

NOT_TAKEN = [
    (
        "Bosnian Serbs said their forces had completed their withdrawal from Srebrenica.",
        E("retreatsFrom", "serbia", "bosnia-and-herzegovina", None, None),
    ),
    (
        "Bosnian Serb leaders said their troops would withdraw from positions near Sarajevo.",
        E("retreatsFrom", "serbia", "bosnia-and-herzegovina", None, None),
    ),
    (
        "Kosovo Serbs said their police would attack Albanian border guards.",
        E("attacks", "serbia", "albania", None, None),
    ),
    (
        "The Turkish army is expected to withdraw from northern Iraq.",
        E("retreatsFrom", "turkish-armed-forces", "iraq", "future"),
    ),
    ("Turkey is anticipated to attack Syria.", E("attacks", "turkey", "syria", "future")),
    (
        "Greek and Bulgarian frigates will join the Turkish naval drill.",
        E("cooperatesWith", "greece", "bulgaria", None),
    ),
    ("Italy and Germany joined the naval exercise.", E("cooperatesWith", "italy", "germany", None)),
    (
        "French and Egyptian warships launched war games, expected to be joined later by "
        "Italian and German vessels.",
        E("cooperatesWith", "germany", "italy", None),
    ),
    (
        "Britain promised not to return the Falkland Islands to Argentina.",
        E("agreesWith", "united-kingdom", "falkland-islands", None, None),
    ),
    (
        "Israeli leader Sharon has vowed not to return the Golan Heights to Syria.",
        E("agreesWith", "israel", "golan-heights", None, None),
    ),
    (
        "Azerbaijan vowed never to hand Nagorno-Karabakh to Armenia.",
        E("agreesWith", "azerbaijan", "armenia", None, None),
    ),
    (
        "China vowed never to renounce force over Taiwan.",
        E("agreesWith", "china", "taiwan", None, None),
    ),
    (
        "Sharon vowed to return the Golan Heights to Syria.",
        E("agreesWith", "person:sharon", "golan-heights", None, None),
    ),
    (
        "Guinean soldiers killed scores of Liberian and Sierra Leonean refugees.",
        E("attacks", "guinea", "sierra-leone", None, None),
    ),
    # Exiles' base is not theirs.
    (
        "London-based dissidents accused the Saudi government of torture.",
        E("accuses", "united-kingdom", "saudi-arabia", None, None),
    ),
    (
        "Dissidents based in Vienna accused the Iranian government of torture.",
        E("accuses", "austria", "iran", None, None),
    ),
    (
        "Paris-based Syrian exiles urged France to arm the rebels.",
        E("appealsTo", "france", "france", None, None),
    ),
    # What weapons are for is not done.
    (
        "North Korea is developing nuclear weapons to attack the United States.",
        E("attacks", "north-korea", "united-states"),
    ),
    ("Turkey bought Russian missiles to defend its airspace.", E("threatens", "turkey", "russia")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=_ids(FOUND))
def test_found(extract, text: str, expected: Expect) -> None:  # type: ignore[no-untyped-def]
    check(extract(text), (expected,))


@pytest.mark.parametrize(("text", "absent"), NOT_TAKEN, ids=_ids(NOT_TAKEN))
def test_not_taken(extract, text: str, absent: Expect) -> None:  # type: ignore[no-untyped-def]
    check(extract(text), (), (absent,))
