"""The stance of a stated relation (negation, modality, speaker, intent), and the
marks the climb through the clauses above a trigger gathers to make it. Read by
:mod:`.modality`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .refs import Ref


@dataclass(frozen=True, slots=True)
class Stance:
    negated: bool
    modality: str
    reporter: Ref | None = None
    # The verb of saying whose complement holds the trigger, if any.
    speech: Token | None = None
    # A stated will to act ("will supply", "is willing to withdraw", "offered to mediate").
    intent: bool = False
    # A refusal to act ("refused to provide", "would not support").
    refusal: bool = False
    # Getting ready to act ("prepared to resume shelling").
    preparing: bool = False
    # The word of will that makes an intent ("pledged", "agreed", "offered"), and
    # whether it takes the act as a noun ("pledged aid") rather than a verb.
    will: str | None = None
    will_noun: bool = False


@dataclass(slots=True)
class Marks:
    """What the climb from a trigger through the clauses above it has found."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported: bool = False
    volition: bool = False
    # The first word of will climbed through ("pledged to send").
    will: str | None = None
    would: bool = False
    refusing: bool = False
    conditional: bool = False
    preparing: bool = False
    # Asked of someone ("urged Iran to stop", "Pakistan must stop"): neither done,
    # intended nor refused by them.
    directed: bool = False
    reporter: Ref | None = None
    speech: Token | None = None

    def stance(self, *, ended: bool) -> Stance:
        """The stance the marks make; ``ended``: the will is to end the act."""
        # "said they would boycott": would in reported speech is the future of the past.
        # What someone demands of another is neither done nor the doer's intent.
        intent = (
            self.future or self.volition or (self.would and self.speech is not None)
        ) and not (self.conditional or self.directed)
        future = self.future and not self.directed
        # "demanded that they refuse to recognize", "if it refuses to pay": a refusal
        # asked of someone or supposed is no more done than any other act.
        refusal = (self.refusing or (self.negated and intent)) and not (
            self.conditional or self.directed
        )
        if ended:
            # "said it would end its mediation", "vowed to halt its strikes": the will
            # is to end the act, neither an intent to do it nor a refusal.
            intent = refusal = False
        if self.hypothetical and not (intent and future):
            modality = "hypothetical"
        elif future:
            modality = "future"
        elif self.reported:
            modality = "reported"
        else:
            modality = "asserted"
        return Stance(
            self.negated,
            modality,
            self.reporter,
            self.speech,
            intent,
            refusal,
            self.preparing,
            self.will if intent else None,
        )
