"""What a verb shares with the verb it is coordinated with in a wire lead: "Syria
condemned the Israeli raid and demanded an apology" (the apology is asked of
Israel, the one condemned). Kept apart from :mod:`.verbal` for size; the caller
passes its own reader of a verb's relations."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Token

from .base import Context, Found
from .refs import Ref


def earlier_targets(
    verb: Token,
    sources: Sequence[Ref],
    ctx: Context,
    read: Callable[[Token, Context], Iterable[Found]],
) -> list[Ref]:
    """The other sides of the verb ``verb`` is coordinated after, read by ``read``
    with the same doers: for an act said in words ("demanded", "warned") that names
    no one itself ("condemned the Argentine invasion and demanded an immediate
    withdrawal": of Argentina)."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return []
    doers = {s.actor.id for s in sources}
    out: list[Ref] = []
    for found in read(head, ctx):
        other = found.target.actor.id
        if found.source.actor.id in doers and other not in doers | {r.actor.id for r in out}:
            out.append(found.target)
    return out
