"""Details of an encounter told around its trigger: who else was there, and what came of it.

"joined by Vice President Kamala Harris" names an attendee; "met alone, with no aides present"
or "with only interpreters in the room" tells the company; "…, and agreed to resume military
talks" or a next sentence whose subject is the pair ("They signed a ten-year agreement")
states the outcome.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from parley.extract.actors import Mention
from parley.extract.encounter_lexicon import OUTCOME_VERBS
from parley.model import Actor, Participant

_COMPANY_PREPS = {"alongside"}
_COMPANY_VERBS = {"join", "accompany", "flank"}
_GROUP_SUBJECTS = {"they", "pair", "leaders", "men", "women", "sides", "two", "both"}

# Company patterns run over _plain text: no accents, ASCII dashes and apostrophes, single spaces.
_PLAIN_PUNCT = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2212\u2018\u2019", "------''")
_DET = r"(?:(?:any|the|their|his|her|its|both|two|other|own|an?|[\w.]+'s?) ){0,3}"
_INTERPRETER = r"(?:interpreters?|translators?)\b"
_STAFF = r"(?:aides?|advis[eo]rs?|officials|staff(?:ers)?|delegations?|note-?takers?)\b"
_NO_ONE = r"(?:no-? ?one|nobody)"
_INTERPRETERS_ONLY = re.compile(
    rf"(?<!not )\b(?:only|just|solely) (?:(?:by|with) )?{_DET}{_INTERPRETER}"  # only interpreters
    rf"|\bwith {_DET}{_INTERPRETER} only\b"
    rf"|\b(?:alone with|except(?: for)?|save for|but for|apart from|other than"
    rf"|{_NO_ONE}(?: else)? but) {_DET}{_INTERPRETER}",
    re.IGNORECASE,
)
_ALONE = re.compile(
    rf"\bwith(?:out| no) {_DET}{_STAFF}"  # "without aides", "with no aides present"
    rf"|\bno {_STAFF}(?: (?:or|and|nor) (?:no )?{_INTERPRETER}| (?:were |was )?(?:present|there"
    rf"|in the room|attended))"
    rf"|\bwith {_NO_ONE} else\b|\b{_NO_ONE} else (?:was )?(?:present|there|in the room)"
    r"|\bone[ -]on[ -]one\b|\btete[ -]a[ -]tetes?\b|\bin private\b"
    # "met alone", "the two were alone", not "Merkel is alone in opposing" or "let alone"
    r"|\b(?:meet|meets|met|meeting|talk|talks|talked|spoke|sat|were|two|leaders|both|them"
    r"|themselves|hours|minutes) (?:(?!not |never )\w+ ){0,2}alone\b"
    r"(?! among| in (?:his|her|its|their|(?-i:[a-z]\w*ing)\b))",
    re.IGNORECASE,
)


def attendees(
    trigger: Token, offset: int, mentions: list[Mention], participants: tuple[Participant, ...]
) -> tuple[Actor, ...]:
    """People present without being a party: "joined by X", "accompanied by X", "alongside X"."""
    ids = {p.actor.id for p in participants}
    found: dict[str, Actor] = {}
    for token in trigger.sent:
        joins = (token.lemma_.lower() in _COMPANY_VERBS and token.tag_ == "VBN") or (
            token.lower_ in _COMPANY_PREPS
        )
        if not joins:
            continue
        for inner in token.subtree:
            at = offset + inner.idx
            for mention in mentions:
                if mention.start <= at < mention.end and len(mention.actors) == 1:
                    actor = mention.actors[0]
                    if actor.id not in ids:
                        found.setdefault(actor.id, actor)
    return tuple(found.values())


def company(sentence_text: str) -> str | None:
    """Who else was in the room, when the sentence says: "interpreters only", "alone" or None.

    Interpreters win over alone: "met alone with their interpreters" had interpreters there.
    """
    plain = _plain(sentence_text)
    if _INTERPRETERS_ONLY.search(plain):
        return "interpreters only"
    return "alone" if _ALONE.search(plain) else None


def _plain(text: str) -> str:
    """Text the company patterns can read: "tête‑à‑tête" → "tete-a-tete", ’ → ', one space."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_PUNCT))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


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
