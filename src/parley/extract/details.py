"""Details of an encounter told around its trigger: who else was there, and what came of it.

"joined by Vice President Kamala Harris" names an attendee; "…, and agreed to resume military
talks" or a next sentence whose subject is the pair ("They signed a ten-year agreement")
states the outcome.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from parley.extract.actors import Mention
from parley.extract.encounter_lexicon import OUTCOME_VERBS
from parley.model import Actor, Participant

_COMPANY_PREPS = {"alongside"}
_COMPANY_VERBS = {"join", "accompany", "flank"}
_GROUP_SUBJECTS = {"they", "pair", "leaders", "men", "women", "sides", "two", "both"}


def attendees(
    trigger: Token, offset: int, mentions: list[Mention], participants: tuple[Participant, ...]
) -> tuple[Actor, ...]:
    """People present without being a party: "joined by X", "accompanied by X", "alongside X"."""
    ids = {p.actor.id for p in participants}
    found: dict[str, Actor] = {}
    for token in trigger.sent:
        company = (token.lemma_.lower() in _COMPANY_VERBS and token.tag_ == "VBN") or (
            token.lower_ in _COMPANY_PREPS
        )
        if not company:
            continue
        for inner in token.subtree:
            at = offset + inner.idx
            for mention in mentions:
                if mention.start <= at < mention.end and len(mention.actors) == 1:
                    actor = mention.actors[0]
                    if actor.id not in ids:
                        found.setdefault(actor.id, actor)
    return tuple(found.values())


def outcome(trigger: Token, following: SpacySpan | None) -> str | None:
    """What came of the encounter, as the text states it, or None.

    A verb of result coordinated with the trigger's clause ("met ... and agreed to ...") or
    the next sentence when its subject is the pair or the encounter itself ("The talks ended
    without agreement").
    """
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    for child in clause.children:
        if child.dep_ == "conj" and child.lemma_.lower() in OUTCOME_VERBS:
            return _clause_text(child)
    if following is None:
        return None
    root = following.root
    if root.lemma_.lower() not in OUTCOME_VERBS:
        return None
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    names = {w for s in subjects for w in (s.lower_, s.lemma_.lower())}
    if names & (_GROUP_SUBJECTS | {"talk", "talks", "meeting", "summit", "call"}):
        return following.text.strip()
    return None


def _clause_text(verb: Token) -> str:
    """The words of a coordinated clause: "agreed to resume military talks"."""
    words = list(verb.subtree)
    return verb.doc[words[0].i : words[-1].i + 1].text.strip(" ,.")
