"""Stances in speech: demands put on others, refusals, ruling out, commitments and
declining to step down. Our own sentences, not gold records.

A row of CODED names a mention that must code as an event of the given PLOVER type
(its CAMEO root follows: AGREE as an intent is 03, DEMAND 10, REJECT 12)."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

# PLOVER DEMAND holds CAMEO 10 demands and 02 appeals ("called on", "urged").
ROOTS = {"AGREE": ("03",), "DEMAND": ("10", "02"), "REJECT": ("12",)}

CODED = [
    # What a speaker says another must, should, ought to or has to do is a demand on
    # them (CAMEO 10).
    (
        "The Arab League said Israel ought to withdraw from the Golan Heights.",
        "demands",
        "arab-league",
        "israel",
        "DEMAND",
    ),
    (
        "The French president said Russia has to withdraw its troops from Ukraine.",
        "demands",
        "france",
        "russia",
        "DEMAND",
    ),
    (
        "Washington said Pakistan must stop supporting the Taliban.",
        "demands",
        "united-states",
        "pakistan",
        "DEMAND",
    ),
    (
        "Iran must release the British sailors, the British foreign secretary said.",
        "demands",
        "united-kingdom",
        "iran",
        "DEMAND",
    ),
    (
        "Iraq said Turkey had to withdraw its troops from Mosul.",
        "demands",
        "iraq",
        "turkey",
        "DEMAND",
    ),
    (
        "The European Commission said Belgrade had to arrest the suspects.",
        "demands",
        "european-commission",
        "serbia",
        "DEMAND",
    ),
    (
        "The UN said Myanmar needs to allow aid into Rakhine.",
        "demands",
        "united-nations",
        "myanmar",
        "DEMAND",
    ),
    (
        "The Chinese foreign ministry said Japan needs to face up to its history.",
        "demands",
        "china",
        "japan",
        "DEMAND",
    ),
    # Wanting someone else to act asks it of them.
    (
        "Washington wants Islamabad to do more against the Taliban.",
        "demands",
        "united-states",
        "pakistan",
        "DEMAND",
    ),
    (
        "The Turkish president wants Sweden to extradite the PKK suspects.",
        "demands",
        "turkey",
        "sweden",
        "DEMAND",
    ),
    # A demand noun with a "that" clause: its owner demands it of the clause's subject.
    (
        "Ukraine renewed its call that NATO supply more air defence systems.",
        "appealsTo",
        "ukraine",
        "nato",
        "DEMAND",
    ),
    (
        "The African Union repeated its demand that Sudan ease restrictions on aid workers.",
        "demands",
        "african-union",
        "sudan",
        "DEMAND",
    ),
    (
        "Kenyan teachers repeated their demand that Nairobi raise wages.",
        "demands",
        "kenya",
        "kenya",
        "DEMAND",
    ),
    # No longer being committed to an act refuses it, as "is not willing to" does.
    (
        "Japan is no longer committed to supporting Ukraine.",
        "supports",
        "japan",
        "ukraine",
        "REJECT",
    ),
    # Being committed to an act or to talks is a stated intent (CAMEO 03x, AGREE).
    ("Japan remains committed to supporting Ukraine.", "supports", "japan", "ukraine", "AGREE"),
    (
        "The Turkish foreign minister said Ankara was committed to helping Syria.",
        "aids",
        "turkey",
        "syria",
        "AGREE",
    ),
    (
        "Russia is committed to withdrawing its troops from Georgia.",
        "retreatsFrom",
        "russia",
        "georgia",
        "AGREE",
    ),
    (
        "Colombia remains committed to peace talks with the FARC.",
        "negotiatesWith",
        "colombia",
        "farc",
        "AGREE",
    ),
    (
        "Seoul is committed to dialogue with Pyongyang.",
        "negotiatesWith",
        "south-korea",
        "north-korea",
        "AGREE",
    ),
    # Ruling out an act by idiom rejects it, towards whom it concerns (CAMEO 12).
    (
        "US officials said lifting the sanctions on Burma is out of the question.",
        "rejects",
        "united-states",
        "myanmar",
        "REJECT",
    ),
    (
        "Talks with Kyiv are out of the question, the Kremlin said.",
        "rejects",
        "russia",
        "ukraine",
        "REJECT",
    ),
    (
        "The Iranian foreign minister said negotiations with Washington were off the table.",
        "rejects",
        "iran",
        "united-states",
        "REJECT",
    ),
    (
        "Lifting the embargo on Cuba is not on the table, the Chinese foreign ministry said.",
        "rejects",
        "china",
        "cuba",
        "REJECT",
    ),
    (
        "Israel said a ceasefire with Hamas is not an option.",
        "rejects",
        "israel",
        "hamas",
        "REJECT",
    ),
    # ... and so does ruling it out: the act is refused, or the act's party rejected.
    (
        "Washington ruled out lifting sanctions on Iran.",
        "retreatsFrom",
        "united-states",
        "iran",
        "REJECT",
    ),
    (
        "Moscow has ruled out withdrawing its troops from Moldova.",
        "retreatsFrom",
        "russia",
        "moldova",
        "REJECT",
    ),
    ("Beijing ruled out a military attack on Taiwan.", "rejects", "china", "taiwan", "REJECT"),
    (
        "The White House ruled out military action against Syria.",
        "rejects",
        "united-states",
        "syria",
        "REJECT",
    ),
    # Declining to step down refuses those who press for it (CAMEO 12), else its own
    # state's people.
    (
        "Maduro refused to step down despite pressure from Washington.",
        "retreatsFrom",
        "venezuela",
        "united-states",
        "REJECT",
    ),
    (
        "The Tunisian prime minister declined to resign despite Algeria's pressure.",
        "retreatsFrom",
        "tunisia",
        "algeria",
        "REJECT",
    ),
    (
        "The Peruvian president refused to step down despite calls from the opposition.",
        "retreatsFrom",
        "peru",
        "peru",
        "REJECT",
    ),
    ("The Kenyan minister refused to step down.", "retreatsFrom", "kenya", "kenya", "REJECT"),
    # Making clear one will not act refuses it, as saying so does.
    (
        "Germany made clear that it would not send tanks to Ukraine.",
        "sellsArmsTo",
        "germany",
        "ukraine",
        "REJECT",
    ),
    (
        "Poland made it clear it would not accept migrants from Belarus.",
        "aids",
        "poland",
        "belarus",
        "REJECT",
    ),
    (
        "The Chinese foreign minister made it clear that Beijing would support Pakistan.",
        "supports",
        "china",
        "pakistan",
        "AGREE",
    ),
    # Refusing to take in refugees or migrants, none named by origin, is a refusal
    # (CAMEO 12) with the refuser's home side standing in for the other.
    ("Hungary refused to take in migrants.", "aids", "hungary", "hungary", "REJECT"),
    ("Syria says it will not accept any more refugees.", "aids", "syria", "syria", "REJECT"),
    (
        "Poland said it would not admit more asylum seekers.",
        "aids",
        "poland",
        "poland",
        "REJECT",
    ),
    # ... and an origin named is the other side.
    (
        "The Danish government refused to take in Afghan refugees.",
        "aids",
        "denmark",
        "afghanistan",
        "REJECT",
    ),
]


def _ids(table: list[tuple[str, ...]]) -> list[str]:
    return [t[0][:40] for t in table]


@pytest.mark.parametrize(("text", "relation", "source", "target", "plover"), CODED, ids=_ids(CODED))
def test_stance_is_coded(
    extract, text: str, relation: str, source: str, target: str, plover: str
) -> None:
    found = [
        m
        for m in extract(text)
        if (m.relation, m.source.id, m.target.id) == (relation, source, target)
    ]
    assert found, f"no {relation}({source} -> {target}) in {text!r}"
    assert any(m.event and m.plover == plover and m.cameo[:2] in ROOTS[plover] for m in found), [
        (m.cameo, m.plover, m.event) for m in found
    ]


READ: list[tuple[str, Expect]] = [
    # Calling on someone or for something appeals to them (CAMEO 02).
    ("France called for sanctions against Iran.", E("appealsTo", "france", "iran")),
    ("Turkey called for Sweden to extradite the suspects.", E("appealsTo", "turkey", "sweden")),
    ("Pakistan asked India to attend the summit.", E("appealsTo", "pakistan", "india")),
    (
        "Hamas accepted responsibility for the rocket attack on Israel.",
        E("attacks", "hamas", "israel"),
    ),
    # Agreeing together still is.
    ("Egypt and Sudan agreed.", E("agreesWith", "egypt", "sudan")),
    # Making clear one would use force threatens.
    ("The US made it clear that it would strike Syria.", E("threatens", "united-states", "syria")),
    # "no longer" negates.
    ("Egypt no longer supports the Libyan rebels.", E("supports", "egypt", "libya", negated=True)),
    # Not refusing is neither a refusal nor an act said to be done.
    (
        "Iran did not refuse to release the British sailors.",
        E("retreatsFrom", "iran", "united-kingdom", "hypothetical"),
    ),
    (
        "The Syrian government never refused to hand over the suspects to Lebanon.",
        E("retreatsFrom", "syria", "lebanon", "hypothetical"),
    ),
    # A demand not made is negated.
    (
        "Germany did not demand that Greece cut its spending.",
        E("demands", "germany", "greece", negated=True),
    ),
    # What someone must do is supposed (hypothetical), as any modal act.
    (
        "The Arab League said Israel ought to withdraw from the Golan Heights.",
        E("retreatsFrom", "israel", "golan-heights", "hypothetical"),
    ),
    (
        "Washington said Pakistan must stop supporting the Taliban.",
        E("supports", "pakistan", "taliban", "hypothetical", negated=True),
    ),
    # The subject of "is committed to" does the act after it.
    ("Iran was accused of arming the Houthis.", E("sellsArmsTo", "iran", "houthis", "reported")),
    (
        "The Serbian prime minister resigned under pressure from the European Union.",
        E("retreatsFrom", "serbia", "european-union"),
    ),
    # Migrants from a named place come from that state.
    ("Italy accepted migrants from Libya.", E("aids", "italy", "libya")),
]


@pytest.mark.parametrize(("text", "expected"), READ, ids=_ids(READ))
def test_stance_readings(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


NOT_READ: list[tuple[str, Expect]] = [
    # Wanting to act oneself asks nothing of anyone.
    ("Russia wants to join the talks.", E("demands", "russia", "russia", None, None)),
    # Calling off is no calling on, whatever "on" phrase follows.
    (
        "The Greek coast guard called off its search for the Syrian migrants on Tuesday.",
        E("appealsTo", "greece", "syria", None, None),
    ),
    (
        "Pakistan called off the cricket tour of India on Friday.",
        E("appealsTo", "pakistan", "india", None, None),
    ),
    # Pleading guilty or not guilty answers a court: no appeal.
    (
        "Ahmed Hassan pleaded guilty on Monday to two counts of arson in Ontario, Canada.",
        E("appealsTo", "person:ahmed-hassan", "canada", None, None),
    ),
    (
        "Omar Farouk pleaded not guilty on Monday to five counts of fraud in Quebec, Canada.",
        E("appealsTo", "person:omar-farouk", "canada", None, None),
    ),
    # Promising together is no agreement with each other.
    (
        "Qatar and Kuwait pledged money for the reconstruction of Gaza.",
        E("agreesWith", "qatar", "kuwait", None, None),
    ),
    (
        "The British and French prime ministers promised more troops.",
        E("agreesWith", "united-kingdom", "france", None, None),
    ),
    # Accepting responsibility for an attack or approving attacks is no agreement
    # with their victims.
    (
        "Hamas accepted responsibility for the rocket attack on Israel.",
        E("agreesWith", "hamas", "israel", None, None),
    ),
    (
        "The Iranian general approved the drone strikes on Saudi oil facilities.",
        E("agreesWith", "iran", "saudi-arabia", None, None),
    ),
    # Asking why or whether asks a question, not for an act.
    (
        "The Russian foreign minister asked why Germany had not stopped the arms deliveries.",
        E("appealsTo", "russia", "germany", None, None),
    ),
    (
        "Pakistan asked whether India would attend the summit.",
        E("appealsTo", "pakistan", "india", None, None),
    ),
    # Calling a state or an election for someone demands nothing.
    (
        "Fox News called Arizona for the Democratic candidate.",
        E("appealsTo", "org:fox-news", "united-states", None, None),
    ),
    (
        "Reuters called Michigan for the Democrats.",
        E("appealsTo", "org:reuters", "united-states", None, None),
    ),
    # What a people had to or has to do is their plight, not a demand on them.
    (
        "The UN said thousands of Syrians had to flee their homes.",
        E("demands", "united-nations", "syria", None, None),
    ),
    (
        "The Red Cross said Yemeni civilians have to walk for hours to find water.",
        E("demands", "org:icrc", "yemen", None, None),
    ),
    # No one demands of themselves.
    ("Iran said it had to defend itself.", E("demands", "iran", "iran", None, None)),
    ("Russia said it needs to defend its borders.", E("demands", "russia", "russia", None, None)),
    ("Russia said it must defend its borders.", E("demands", "russia", "russia", None, None)),
    (
        "Egypt said Egyptian forces must defend the border.",
        E("demands", "egypt", "egypt", None, None),
    ),
    # Not being committed to an act is no intent to do it.
    (
        "Colombia is not committed to talks with the FARC.",
        E("negotiatesWith", "colombia", "farc", None, False),
    ),
    # What is ruled out is not done.
    (
        "US officials said lifting the sanctions on Burma is out of the question.",
        E("retreatsFrom", "united-states", "myanmar", None, False),
    ),
    # Not ruled out is possible: no rejection.
    (
        "The French president said talks with Moscow were not out of the question.",
        E("rejects", "france", "russia", None, None),
    ),
    (
        "Military action against Iran is not off the table, the Israeli prime minister said.",
        E("rejects", "israel", "iran", None, None),
    ),
    ("Israel has not ruled out a strike on Iran.", E("rejects", "israel", "iran", None, False)),
    # Taking in migrants of no named origin helps no one named.
    ("Hungary took in migrants.", E("aids", "hungary", "hungary", None, None)),
    (
        "The Austrian chancellor said Austria would take in more refugees.",
        E("aids", "austria", "austria", None, None),
    ),
    # Who pressed for a resignation is what it gives in to.
    (
        "The Serbian prime minister resigned under pressure from the European Union.",
        E("retreatsFrom", "serbia", "serbia", None, None),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_READ, ids=_ids(NOT_READ))
def test_stance_readings_not_taken(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


NO_EVENT = [
    ("The EU said it was time for Serbia to recognize Kosovo.", "supports", "serbia"),
    ("Washington believes it is time for Cairo to free the activists.", "retreatsFrom", "egypt"),
    ("Iraq said Turkey had to withdraw its troops from Mosul.", "retreatsFrom", "turkey"),
    ("Iran did not refuse to release the British sailors.", "retreatsFrom", "iran"),
    ("Hungary did not refuse to take in migrants.", "aids", "hungary"),
    # What someone must do, or what is demanded, is asked of them: not done, not
    # refused, no one's intent.
    (
        "The Arab League said Israel ought to withdraw from the Golan Heights.",
        "retreatsFrom",
        "israel",
    ),
    (
        "The French president said Russia has to withdraw its troops from Ukraine.",
        "retreatsFrom",
        "russia",
    ),
    ("Washington said Pakistan must stop supporting the Taliban.", "supports", "pakistan"),
    (
        "Iran must release the British sailors, the British foreign secretary said.",
        "retreatsFrom",
        "iran",
    ),
    (
        "Ukraine renewed its call that NATO supply more air defence systems.",
        "sellsArmsTo",
        "nato",
    ),
    # What is expected or wanted of another has not happened.
    ("Analysts expect Iran to retaliate against Israel.", "attacks", "iran"),
    ("The Kremlin expects Kyiv to withdraw from the Donbas.", "retreatsFrom", "ukraine"),
    ("The US wants Israel to withdraw from Gaza.", "retreatsFrom", "israel"),
    (
        "The African Union repeated its demand that Sudan ease restrictions on aid workers.",
        "concedesTo",
        "sudan",
    ),
]


@pytest.mark.parametrize(("text", "relation", "source"), NO_EVENT, ids=_ids(NO_EVENT))
def test_asked_acts_are_no_events(extract, text: str, relation: str, source: str) -> None:
    coded = [
        m for m in extract(text) if m.relation == relation and m.source.id == source and m.event
    ]
    assert not coded, [(m.cameo, m.modality, m.negated) for m in coded]
