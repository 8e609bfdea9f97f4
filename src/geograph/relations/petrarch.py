"""The petrarch coding (``--coding petrarch``): CAMEO codes as PETRARCH-2's verb
dictionary and code-combining rules give them, the coder whose output the Phoenix
event data are. Its word lists are data (``relations.toml``, ``petrarch_*``).

Three conventions differ from the CAMEO codebook's, which our own coding follows:

* a stated plan: a plain future or what is agreed or vowed is the act; a verb of
  intent keeps the intent only for cooperation, aid, yielding or cutting ties;
* some verbs have a code of their own there ("killed" is 190, "pressured" 170);
* mutual acts are two events, one each way ("X visited Y" is also Y hosting X).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Mention
from ..ontology import RelationSpec
from .base import Found
from .lexicon import Lexicon
from .stance import Stance

Key = tuple[str, str, str, int]
# CAMEO roots of force: an intent to use it is a threat (138) in every coding.
FORCE = ("18", "19", "20")


def _intent(item: Found, stance: Stance) -> bool:
    """Whether ``item`` is stated as an intent of its own clause ("pledged to send")."""
    return stance.intent and item.modality is None


def _keys(relation: str, item: Found) -> tuple[str, str]:
    """The "relation:word" keys of the data lists for ``item``'s trigger (its lemma and
    its form)."""
    trigger = item.trigger
    return f"{relation}:{trigger.lemma_.lower()}", f"{relation}:{trigger.lower_}"


@dataclass(frozen=True, slots=True)
class PetrarchCoding:
    """Codes mentions as PETRARCH-2 would, from the lexicon's ``petrarch_*`` lists."""

    lexicon: Lexicon
    specs: dict[str, RelationSpec]
    # "relation:lemma" -> CAMEO code, and CAMEO root -> PLOVER category.
    verb_codes: dict[str, str] = field(init=False)
    plover_of_root: dict[str, str] = field(init=False)
    # The lexicon's lists, read once.
    act_wills: frozenset[str] = field(init=False)
    intended_roots: frozenset[str] = field(init=False)
    pairs: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        codes = {}
        for entry in self.lexicon.words("petrarch_verb_codes"):
            key, _, code = entry.partition("=")
            codes[key.strip()] = code.strip()
        roots: dict[str, str] = {}
        for spec in self.specs.values():
            roots.setdefault(spec.cameo[:2], spec.plover)
        object.__setattr__(self, "verb_codes", codes)
        object.__setattr__(self, "plover_of_root", roots)
        object.__setattr__(self, "act_wills", self.lexicon.words("petrarch_act_wills"))
        object.__setattr__(self, "intended_roots", self.lexicon.words("petrarch_intended_roots"))
        object.__setattr__(self, "pairs", self.lexicon.words("petrarch_both_ways"))

    def _key_code(self, relation: str, item: Found) -> str | None:
        """The code PETRARCH's verb dictionary gives the trigger, if it is a verb and
        one listed (``petrarch_verb_codes``); nouns keep our codes ("faces pressure"
        is no coercion)."""
        if item.trigger.pos_ not in ("VERB", "AUX"):
            return None
        lemma_key, form_key = _keys(relation, item)
        return self.verb_codes.get(lemma_key) or self.verb_codes.get(form_key)

    def code(
        self, item: Found, stance: Stance, spec: RelationSpec, modality: str, negated: bool
    ) -> tuple[str, str, bool]:
        """CAMEO code, PLOVER category and whether ``item`` codes as an event."""
        own = self._key_code(spec.name, item)
        act_code = own or spec.cameo
        intent = _intent(item, stance)
        act = not intent or self.codes_act(stance, act_code[:2])
        cameo, plover, event = spec.code(
            modality=modality,
            negated=negated,
            intent=intent,
            refusal=stance.refusal,
            coding="petrarch" if act else "codebook",
        )
        # The act's code replaces ours, and the threat our own coding makes of an
        # intent to coerce ("pledged to expel" is the expulsion, 174); an intent to
        # use force stays a threat (138), as in our own coding.
        threat = intent and act and cameo == spec.intent_cameo and act_code[:2] not in FORCE
        if (own and cameo == spec.cameo) or threat:
            cameo, plover = act_code, self.plover_of_root.get(act_code[:2], plover)
        return cameo, plover, event

    def codes_act(self, stance: Stance, root: str) -> bool:
        """Whether PETRARCH codes a stated intent as the act itself: a plain future
        ("will attack"), what is agreed or vowed, or an act whose CAMEO ``root`` is
        no cooperation, aid or yielding (``petrarch_intended_roots``); a noun pledged
        or offered is the intent ("pledged aid")."""
        if stance.will is None or stance.will in self.act_wills:
            return True
        if stance.will_noun:
            return False
        return root not in self.intended_roots

    def both_ways(self, relation: str, item: Found, stance: Stance, spec: RelationSpec) -> bool:
        """Whether ``item``, stated as ``relation``, is coded both ways (the lexicon's
        ``petrarch_both_ways``: "X held talks with Y" is also Y's talks with X); not
        an intent coded as one ("offered talks": only its doer's)."""
        if not any(key in self.pairs for key in _keys(relation, item)):
            return False
        return not _intent(item, stance) or self.codes_act(stance, spec.cameo[:2])


def add_other_sides(best: dict[Key, Mention], keys: set[Key]) -> None:
    """Add the other side's event of each mention in ``keys``. Only an act stated as
    done or to be done ("will visit", coded as the act): X's refusal to talk, or
    talks X only may hold, are not Y's."""
    for key in keys:
        relation, source, target, start = key
        m = best[key]
        if m.negated or m.modality not in ("asserted", "reported", "future"):
            continue
        mirror = (relation, target, source, start)
        if mirror not in best:
            best[mirror] = replace(
                m,
                source=m.target,
                target=m.source,
                source_sector=m.target_sector,
                target_sector=m.source_sector,
                extra={**m.extra, "rule": f"{m.extra.get('rule', '')} (both ways)".strip()},
            )
