"""Attributions that close a sentence but that the parser hangs on its main verb.

Wire leads end with who says so: "Chinese soldiers beat two Indian border guards in
Arunachal Pradesh, the Indian Defence Ministry said on Friday." The parser often makes
the closing "said" a coordinated or adverbial clause of "beat" instead of the root
whose complement "beat" is; what the lead tells is reported all the same.
"""

from __future__ import annotations

from spacy.tokens import Token

# Complements a reporting verb takes when it says something of its own ("and said
# it would retaliate"): such a verb reports its own clause, not the one before it.
OWN_CONTENT = ("ccomp", "dobj", "xcomp", "oprd", "attr")


def closing_attribution(verb: Token, report: frozenset[str]) -> Token | None:
    """The reporting verb of an attribution after a comma at the end of ``verb``'s
    sentence that the parser hung on ``verb`` ("..., officials said on Monday."), or
    None."""
    doc = verb.doc
    for said in verb.children:
        if (
            said.dep_ not in ("conj", "advcl", "parataxis")
            or said.i < verb.i
            or said.lemma_.lower() not in report
            or any(c.dep_ in OWN_CONTENT for c in said.children)
            or not any(doc[i].text == "," for i in range(verb.i + 1, said.i))
        ):
            continue
        end = said.right_edge
        after = doc[end.i + 1] if end.i + 1 < len(doc) else None
        if end.is_punct or after is None or after.is_punct or after.is_sent_start:
            return said
    return None
