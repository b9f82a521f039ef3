"""Encounters: who met, visited or called whom, with status, format, place, time and details.

Read off the dependency parse of each sentence: a trigger (a verb such as "met", a noun such
as "summit") gives the kind; its subject, object and "with"/"between" phrases give the
participants; the verbs that govern it, negation and modality give the status ("called off
the summit", "would not meet", "invited her to Beijing"). Place, time and forum come from the
sentence, else from its section (heading or dateline).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from parley.extract import encounter_lexicon as lex
from parley.extract.actors import Mention
from parley.extract.context import Context, Section
from parley.extract.details import attendees, outcome
from parley.extract.durations import find_durations
from parley.extract.event_reference import Candidate, attach, merge_mentions
from parley.extract.forums import find_forums, seat_of
from parley.extract.timex import TimeMention
from parley.model import Actor, Encounter, Participant, Place, Span, TimeRef
from parley.resolve.gazetteer import Gazetteer
from parley.resolve.kb import KnowledgeBase

_SETTING_PREPS = {
    "at",
    "in",
    "on",
    "during",
    "after",
    "before",
    "since",
    "amid",
    "following",
    "ahead",
}
_REFERENCE_REACH = 1500  # characters: how far back "the summit" may refer without a heading
_LINK_PREPS = {"with", "between", "by", "to", "of", "and"}
_NP_DEPS = {"conj", "appos", "compound", "poss", "flat", "nmod"}
_PLACE_PREPS = {"in", "at", "to", "on", "near", "inside", "outside"}


@dataclass(frozen=True)
class ParsedParagraph:
    """A parsed stretch of article text and where it starts in the article."""

    offset: int
    doc: object  # spacy.tokens.Doc; typed loosely to keep this module cheap to import in tests


@dataclass(frozen=True)
class ArticleView:
    """What the encounter rules read of one article: its text and the earlier stages' layers."""

    article_id: str
    text: str
    published: date | None
    context: Context
    mentions: list[Mention]
    times: list[TimeMention]
    main_pair: tuple[Actor, ...] = ()


@dataclass(frozen=True)
class Trigger:
    token: Token
    kind: str
    format: str


def _trigger(token: Token) -> Trigger | None:
    """The encounter a token announces, if any."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"}:
        if lemma == "call":
            particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
            # "called on Congress", "called for talks": the preposition right after the verb
            preps = {c.lower_ for c in token.children if c.dep_ == "prep" and c.i == token.i + 1}
            if particles or preps & {"for", "on", "upon"} or _names_something(token):
                return None
        if lemma == "shake" and not any(c.lemma_ == "hand" for c in token.children):
            return None
        if lemma == "sit" and not _sits_with(token):
            return None
        if lemma == "see" and not _sees_someone(token):
            return None
        if lemma in lex.MOTION_VERBS:
            return Trigger(token, "visit", "formal") if _destination(token) else None
        if lemma in lex.VERB_TRIGGERS:
            kind, fmt = lex.VERB_TRIGGERS[lemma]
            return Trigger(token, kind, fmt)
        return None
    if token.pos_ in {"NOUN", "PROPN"} and lemma in lex.NOUN_TRIGGERS:
        kind, fmt = lex.NOUN_TRIGGERS[lemma]
        if lemma == "exchange" and not any(
            c.lemma_ in {"brief", "short", "warm"} for c in token.children
        ):
            return None
        if lemma == "talk" and token.tag_ != "NNS":
            return None
        if token.tag_ == "NNS" and lemma != "talk":
            return None  # "four years of meetings", "summits from Mexico to Peru": no one event
        modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
        if modifiers & lex.NOT_LEADERS:
            return None  # "military talks", "trade talks": officials, not the leaders
        return Trigger(token, kind, fmt)
    return None


def _destination(token: Token) -> bool:
    """A motion verb that names a place it goes to: "flew to Sochi", "arrived in Kyiv"."""
    for prep in token.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in {"to", "in", "into", "aboard", "onto"}
            and any(
                c.dep_ == "pobj" and (c.ent_type_ in {"GPE", "FAC", "LOC"} or c.pos_ == "PROPN")
                for c in prep.children
            )
        ):
            return True
    return False


def _sits_with(verb: Token) -> bool:
    """ "sat down with", "sat near Putin", "sat side by side": sitting as an encounter."""
    words = {c.lower_ for c in verb.children}
    return bool(words & {"down", "near", "beside", "next", "together", "opposite", "alongside"})


def _sees_someone(verb: Token) -> bool:
    """ "saw each other", "to see Putin" — not "sees China as a rival" or "saw a chance"."""
    if any(c.lower_ == "as" for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj" and (c.pos_ in {"PROPN", "PRON"} or c.lower_ == "other")
        for c in verb.children
    )


def _names_something(call: Token) -> bool:
    """ "called the talks candid", "called Xi a dictator": calling as naming, not phoning."""
    for child in call.children:
        timely = child.ent_type_ in {"DATE", "TIME"} or child.lower_ in _TIMES_OF_DAY
        if child.dep_ == "oprd" and not timely:
            return True
        if child.dep_ in {"xcomp", "ccomp", "acomp"} and child.pos_ in {"ADJ", "NOUN"}:
            return True
    return False


def _governors(token: Token, limit: int = 4) -> list[Token]:
    """The chain of verbs (and nouns) above a trigger, nearest first."""
    chain, current = [], token
    for _ in range(limit):
        if current.head is current:
            break
        current = current.head
        chain.append(current)
        if current.dep_ not in {
            "xcomp",
            "dobj",
            "pobj",
            "prep",
            "ccomp",
            "acomp",
            "attr",
            "nsubjpass",
            "nsubj",
            "advcl",
            "relcl",
            "acl",
            "conj",
        }:
            break
    return chain


def _habitual_or_conditional(token: Token) -> str | None:
    """ "Whenever they sit down" tells no one event; "if the meeting goes ahead" one not yet
    certain."""
    clause = token if token.pos_ in {"VERB", "AUX"} else token.head
    for _ in range(3):
        marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
        if marks & {"whenever", "wherever"}:
            return "habitual"
        if marks & {"if", "unless"}:
            return "conditional"
        if clause.head is clause:
            break
        clause = clause.head
    return None


def _status_governors(token: Token) -> list[Token]:
    """The governors whose verbs decide a trigger's status.

    The chain stops at a coordinated verb ("was postponed ..., and Zelenskyy was received"
    tells two events) and at a setting ("at the G7 summit, they signed"; "in a second call,
    Biden invited him"): there the encounter is the scene, not what the verb acts on.
    """
    chain: list[Token] = []
    current = token
    for governor in _governors(token):
        if current.dep_ == "conj" and current.pos_ in {"VERB", "AUX"}:
            break
        if current.dep_ == "pobj" and governor.lower_ in _SETTING_PREPS:
            break
        chain.append(governor)
        current = governor
    return chain


def _phrasal(token: Token) -> str:
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
    return lex.PHRASAL.get((token.lemma_.lower(), particle), token.lemma_.lower())


def _is_future(token: Token) -> bool:
    aux = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    return (
        bool(aux & {"will", "'ll", "shall"})
        or ("is" in aux or "are" in aux)
        and token.tag_ == "VBG"
    )


def _status(trigger: Trigger, sentence: SpacySpan) -> str | None:
    """Status of the encounter a trigger names; None when the sentence denies it happened."""
    token = trigger.token
    negated = any(c.dep_ == "neg" for c in token.children)
    aux = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if any(c.lower_ in {"no", "never"} for c in token.children if c.dep_ in {"det", "neg"}):
        return None  # "No meeting has been announced"
    if _habitual_or_conditional(token) == "habitual":
        return None
    if token.lemma_.lower() in lex.INVITING and not negated:
        return "proposed"
    # the clause the trigger is subject of: "the summit was cancelled", "the visit never took place"
    for governor in [token] + _status_governors(token):
        verb = _phrasal(governor)
        gov_neg = any(c.dep_ == "neg" or c.lower_ in {"never"} for c in governor.children)
        gov_aux = {c.lower_ for c in governor.children if c.dep_ in {"aux", "auxpass"}}
        if governor is not token:
            if verb == "cancel" or verb in lex.CANCEL:
                return "cancelled"
            if verb == "postpone" or verb in lex.POSTPONE:
                return "postponed"
            if verb == "decline" or verb in lex.DECLINE:
                return "declined"
            if verb in lex.NEVER_HAPPENED and gov_neg:
                return "proposed"
            if verb in lex.PROPOSE:
                if gov_aux & {"had"} and governor.lemma_ in {"plan", "hope", "expect"}:
                    return "cancelled"
                return "proposed" if not _is_future(governor) else "scheduled"
            if verb in lex.SCHEDULE or governor.lower_ == "due":
                if gov_aux & {"had"}:
                    return "cancelled"
                return "scheduled"
            if verb == "held" or verb == "cut":
                return "held"
        if gov_neg and governor.pos_ in {"VERB", "AUX"}:
            if gov_aux & {"would", "will", "wo", "could", "ca", "can"} or verb in lex.DECLINE:
                return "declined"
            return None
    for amod in (c for c in token.children if c.dep_ in {"amod", "compound", "acl"}):
        word = amod.lower_
        if word in lex.CANCEL_ADJECTIVES:
            return "cancelled"
        if word in lex.POSTPONE_ADJECTIVES:
            return "postponed"
        if word in lex.PROPOSE_ADJECTIVES:
            return "proposed"
        if word in lex.SCHEDULE_ADJECTIVES:
            return "scheduled"
    if negated:
        return "declined" if aux & {"would", "will", "wo"} else None
    if _habitual_or_conditional(token) == "conditional":
        return "proposed"  # "if the meeting goes ahead"
    if aux & {"will", "'ll", "shall"}:
        return "scheduled"
    if aux & {"would", "could", "might", "may", "should"}:
        return "proposed"
    if token.tag_ == "VBG" and aux & {"is", "are", "'s"}:
        return "scheduled"
    return "held"


def _tokens_for_participants(trigger: Trigger) -> list[tuple[Token, str | None]]:
    """Tokens in the syntactic slots around a trigger, each with the role it gives."""
    token = trigger.token
    lemma = token.lemma_.lower()
    slots: list[tuple[Token, str | None]] = []

    def add_with_conj(tok: Token, role: str | None) -> None:
        """The noun phrase headed by `tok`: its compounds, appositions, conjuncts and of-phrases."""
        slots.append((tok, role))
        for child in tok.children:
            if child.dep_ in _NP_DEPS:
                add_with_conj(child, role)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add_with_conj(pobj, role)

    def scan(head: Token, subject_role: str | None, object_role: str | None) -> None:
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass", "agent"}:
                target = child if child.dep_ != "agent" else next(iter(child.children), child)
                add_with_conj(target, subject_role)
            elif child.dep_ in {"dobj", "dative"}:
                add_with_conj(child, object_role)
            elif child.dep_ == "prep" and child.lower_ in _LINK_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add_with_conj(pobj, object_role if child.lower_ != "by" else subject_role)
            elif child.dep_ in {"poss", "compound", "nmod", "amod"} and token.pos_ != "VERB":
                add_with_conj(child, None)

    scan(token, lex.SUBJECT_ROLE.get(lemma), lex.OBJECT_ROLE.get(lemma))
    # the verb that takes a noun trigger ("Biden held talks with Xi") or governs the verb
    for governor in _governors(token, 6):
        if governor.pos_ not in {"VERB", "AUX"}:
            continue  # "two days of talks with Trump": read past the nouns to the verb
        verb = _phrasal(governor)
        role = "canceller" if verb in lex.CANCEL or verb == "cancel" else lex.SUBJECT_ROLE.get(verb)
        scan(governor, role, lex.OBJECT_ROLE.get(verb))
        if governor.dep_ not in {"xcomp", "ccomp", "conj"}:
            break
    return slots


def _has_object(token: Token) -> bool:
    """Whether a verb names whom it acts on: an object, an agent, or a with/between phrase."""
    return any(
        c.dep_ in {"dobj", "dative", "agent"}
        or (c.dep_ == "prep" and c.lower_ in {"with", "between", "to", "by"})
        for c in token.children
    )


def _actors_at(
    tokens: list[tuple[Token, str | None]], offset: int, mentions: list[Mention]
) -> list[tuple[Actor, str | None]]:
    found: list[tuple[Actor, str | None]] = []
    for tok, role in tokens:
        start = offset + tok.idx
        for mention in mentions:
            if mention.start <= start < mention.end:
                for actor in mention.actors:
                    found.append((actor, role))
    return found


def _merge_participants(pairs: list[tuple[Actor, str | None]]) -> tuple[Participant, ...]:
    by_id: dict[str, Participant] = {}
    for actor, role in pairs:
        current = by_id.get(actor.id)
        if current is None or (current.role is None and role is not None):
            by_id[actor.id] = Participant(actor, role)
    return tuple(by_id.values())


def _leaders_first(
    participants: tuple[Participant, ...],
) -> tuple[tuple[Participant, ...], tuple[Actor, ...]]:
    """When two known leaders meet, the officials with them are present, not parties."""
    leaders = tuple(p for p in participants if not p.actor.id.startswith("person:"))
    if len(leaders) < 2:
        return participants, ()
    return leaders, tuple(p.actor for p in participants if p.actor.id.startswith("person:"))


def _is_political(participants: tuple[Participant, ...]) -> bool:
    """At least one known leader, or every side a titled official."""
    known = [p for p in participants if not p.actor.id.startswith("person:")]
    titled = [p for p in participants if p.actor.title]
    return len(participants) >= 2 and (bool(known) or len(titled) == len(participants))


@dataclass
class EncounterExtractor:
    """Reads encounters from parsed paragraphs; holds only the gazetteer (shared, read-only)."""

    gazetteer: Gazetteer
    kb: KnowledgeBase

    def extract(self, view: ArticleView, paragraphs: list[ParsedParagraph]) -> list[Encounter]:
        found: list[Encounter] = []
        for paragraph in paragraphs:
            sentences = list(paragraph.doc.sents)  # type: ignore[attr-defined]
            for index, sentence in enumerate(sentences):
                start = paragraph.offset + sentence.start_char
                floor = max(view.context.section_at(start).start, start - _REFERENCE_REACH)
                following = sentences[index + 1] if index + 1 < len(sentences) else None
                for candidate in self._sentence(view, paragraph.offset, sentence, following):
                    joined = candidate.anaphoric and attach(found, candidate, floor)
                    if not joined and candidate.kind_known and candidate.standalone:
                        found.append(candidate.encounter)
        return _number(merge_mentions(found), view.article_id)

    def _sentence(
        self,
        view: ArticleView,
        offset: int,
        sentence: SpacySpan,
        following: SpacySpan | None = None,
    ) -> list[Candidate]:
        start, end = offset + sentence.start_char, offset + sentence.end_char
        in_sentence = [m for m in view.mentions if start <= m.start < end]
        words = {t.lower_ for t in sentence}
        section = view.context.section_at(start)
        out: list[Candidate] = []
        quoted = _quoted_spans(sentence.doc.text)
        for token in sentence:
            if any(a <= token.idx < b for a, b in quoted):
                continue  # a question someone asks tells no encounter
            reference = _status_of_reference(token)
            if reference is not None:
                out.append(self._reference(view, offset, sentence, token, reference, in_sentence))
                continue
            trigger = _trigger(token)
            if trigger is None:
                continue
            status = _status(trigger, sentence)
            if status is None:
                continue
            kind, fmt = _kind_and_format(trigger, words)
            place, placed_by_section = (
                (None, False) if kind == "call" else self._place(sentence, token, section)
            )
            forum = _forum(sentence.text) or (section.forum if kind != "call" else None)
            own_time = self._time(view.times, start, end, token.idx + offset)
            time = own_time or section.time
            # a place of the sentence's own, not a forum's venue, names a host country
            host_place = place if not placed_by_section and not forum else None
            if kind == "visit" and not placed_by_section:
                host_place = place
            participants, from_context = self._participants(
                trigger, offset, in_sentence, view, section, host_place, time
            )
            if not _is_political(participants):
                continue
            participants, officials = _leaders_first(participants)
            if time is None and status == "held" and not view.context.sections[0].heading:
                time = _lede_time(view.context, view.published) if start < 600 else None
            if time is not None and status == "held" and view.published:
                status = "scheduled" if time.start > view.published else status
            if placed_by_section and section.heading is None and not _near(time, view.published):
                place = None  # a dateline says where the reporter is now, not where it was then
            if place is None and kind != "call" and seat_of(forum):
                place = self.gazetteer.lookup(seat_of(forum) or "")
            encounter = Encounter(
                id="",
                kind=kind,  # type: ignore[arg-type]
                format=fmt,  # type: ignore[arg-type]
                status=status,  # type: ignore[arg-type]
                participants=participants,
                evidence=(Span(start, end, view.text[start:end]),),
                place=place,
                forum=forum,
                time=time,
                duration_minutes=_duration(sentence.text),
                attendees=officials + attendees(token, offset, in_sentence, participants),
                outcome=outcome(token, following) if status == "held" else None,
                cancelled_by=next((p.actor for p in participants if p.role == "canceller"), None),
            )
            noun = token.pos_ != "VERB"
            refers_back = noun and (_anaphoric(token) or from_context) and own_time is None
            # "The talks ran late" names no one and no time: it can only add to an encounter
            standalone = not (noun and from_context and own_time is None and not _new_one(token))
            out.append(Candidate(encounter, anaphoric=refers_back, standalone=standalone))
        return out

    def _reference(
        self,
        view: ArticleView,
        offset: int,
        sentence: SpacySpan,
        verb: Token,
        status: str,
        in_sentence: list[Mention],
    ) -> Candidate:
        """ "Trump called it off": a new status for the encounter told just before."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        pairs = _actors_at([(s, "canceller") for s in subjects], offset, in_sentence)
        participants = _merge_participants(pairs if status in {"cancelled", "declined"} else [])
        start, end = offset + sentence.start_char, offset + sentence.end_char
        encounter = Encounter(
            id="",
            kind="meeting",
            format="formal",
            status=status,  # type: ignore[arg-type]
            participants=participants,
            evidence=(Span(start, end, view.text[start:end]),),
            cancelled_by=participants[0].actor if participants else None,
        )
        return Candidate(encounter, anaphoric=True, kind_known=False)

    def _participants(
        self,
        trigger: Trigger,
        offset: int,
        in_sentence: list[Mention],
        view: ArticleView,
        section: Section,
        place: Place | None,
        time: TimeRef | None,
    ) -> tuple[tuple[Participant, ...], bool]:
        """Who takes part, and whether the discourse rather than the sentence supplied them.

        The syntactic slots first, then the discourse when the parse leaves a gap.

        A verb whose object the parse lost takes the first leader named just after it; a
        visit abroad takes the host country's leader when the article names them; a verb with
        no object at all ("Zelenskyy was received in the Oval Office") or an anaphoric noun
        ("the summit was cancelled") takes the other leader of the pair the section is about.
        """
        token = trigger.token
        pairs = _actors_at(_tokens_for_participants(trigger), offset, in_sentence)
        if len(_merge_participants(pairs)) == 1 and token.pos_ == "VERB":
            pairs += _named_after(token, offset, in_sentence)
        alone = len(_merge_participants(pairs)) == 1
        abroad = trigger.kind == "visit" or (alone and trigger.kind == "meeting")
        if abroad and place is not None and place.country_code:
            pairs += self._host(place.country_code, time or section.time, view, pairs)
        count = len(_merge_participants(pairs))
        lone_verb = token.pos_ == "VERB" and count == 1 and not _has_object(token)
        outsider = count == 1 and all(a.id.startswith("person:") for a, _ in pairs)
        if count < 2 and not outsider and (lone_verb or token.pos_ != "VERB"):
            end = offset + token.sent.end_char
            local = _context_pair(view.mentions, end, section, view.main_pair)
            if lone_verb:
                present = {a.id for a, _ in pairs}
                local = local if present & {a.id for a, _ in local} else []
            pairs += local
            return _merge_participants(pairs), bool(local) and count == 0
        return _merge_participants(pairs), False

    def _host(
        self,
        country: str,
        time: TimeRef | None,
        view: ArticleView,
        pairs: list[tuple[Actor, str | None]],
    ) -> list[tuple[Actor, str | None]]:
        """The leader of the visited country, when the article names that leader somewhere."""
        on = time.start if time else view.published
        if on is None or any(a.country_code == country for a, _ in pairs):
            return []
        leader = self.kb.holder(country, "leader", on)
        if leader is None:
            return []
        named = next((a for m in view.mentions for a in m.actors if a.id == leader.id), None)
        return [(named, "host")] if named is not None else []

    def _time(
        self, times: list[TimeMention], start: int, end: int, trigger_at: int
    ) -> TimeRef | None:
        """The time told nearest the trigger in its sentence, if the sentence tells one."""
        inside = [t for t in times if start <= t.start < end and t.value is not None]
        if not inside:
            return None
        nearest = min(inside, key=lambda t: abs(t.start - trigger_at))
        # "In November that year": of two expressions side by side, the more precise one
        beside = [t for t in inside if t is not nearest and _adjacent(t, nearest)]
        best = max([nearest, *beside], key=lambda t: _PRECISION.get(t.value.precision, 0))  # type: ignore[union-attr]
        return best.value

    def _place(
        self, sentence: SpacySpan, trigger: Token, section: Section
    ) -> tuple[Place | None, bool]:
        """Where the encounter happened: the place phrase of the trigger or of its verb ("met
        in Kazan", "received him at the Konstantinovsky Palace", "flew to Sochi"), else a
        venue or place phrase elsewhere in the sentence, else the section's place (and says so)."""
        heads = [trigger, *(g for g in _governors(trigger, 4) if g.pos_ in {"VERB", "AUX"})]
        for head in heads:
            for child in head.children:
                phrase = None
                if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                    phrase = next((c for c in child.children if c.dep_ == "pobj"), None)
                elif child.dep_ == "dobj" and head.lemma_.lower() in {"visit", "tour"}:
                    phrase = child
                place = self._place_in(phrase) if phrase is not None else None
                if place is not None:
                    return place, False
        venues = self.gazetteer.find_venues(sentence.text)
        if venues:
            return venues[0][2], False
        for token in sentence:
            if token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS:
                place = self._place_in(token)
                if place is not None:
                    return place, False
        return section.place, section.place is not None

    def _place_in(self, phrase: Token) -> Place | None:
        """The place a noun phrase names: a venue in it, else its proper-noun words."""
        span = phrase.doc[phrase.left_edge.i : phrase.right_edge.i + 1]
        venues = self.gazetteer.find_venues(span.text)
        if venues:
            return venues[0][2]
        names = [t for t in span if t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"}]
        if not names:
            return None
        run: list[Token] = []
        for token in names + [None]:  # type: ignore[list-item]
            if token is not None and (not run or token.i == run[-1].i + 1):
                run.append(token)
                continue
            text = phrase.doc[run[0].i : run[-1].i + 1].text
            place = self.gazetteer.lookup(text)
            if place is not None:
                return place
            run = [token] if token is not None else []
        return None


def _named_after(
    token: Token, offset: int, mentions: list[Mention]
) -> list[tuple[Actor, str | None]]:
    """The first leader named just after a verb trigger, when the parse lost its object.

    "spoke today with President Ivan Duque of Colombia to express..." is often parsed with
    Duque as the subject of "express"; the first name within a few words still is the object.
    """
    start = offset + token.idx + len(token.text)
    for mention in mentions:
        near = start <= mention.start <= start + 60
        if near and len(mention.actors) == 1 and not mention.actors[0].id.startswith("person:"):
            return [(mention.actors[0], lex.OBJECT_ROLE.get(token.lemma_.lower()))]
    return []


_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"\n]*\"")
_TIMES_OF_DAY = {"evening", "morning", "night", "afternoon", "day", "week"}
_NEW_ONE = {
    "second",
    "third",
    "fourth",
    "fifth",
    "next",
    "another",
    "new",
    "later",
    "further",
    "last",
    "final",
    "first",
}
_PRECISION = {"year": 0, "season": 1, "month": 2, "day": 3}


def _adjacent(a: TimeMention, b: TimeMention) -> bool:
    return 0 <= b.start - a.end <= 2 or 0 <= a.start - b.end <= 2


def _near(time: TimeRef | None, published: date | None) -> bool:
    """Whether an encounter is the day's news: undated, or within a week of publication."""
    if time is None or published is None:
        return True
    return abs((time.start - published).days) <= 7


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted questions: "Do you want to have a handshake?"."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text) if "?" in m.group()[-3:]]


def _new_one(token: Token) -> bool:
    """ "the second summit", "another call": a noun that tells a new encounter."""
    return any(c.lower_ in _NEW_ONE for c in token.children if c.dep_ in {"amod", "det"})


def _anaphoric(token: Token) -> bool:
    """A noun trigger that refers back: "the summit", "their meeting", "that call" — but not
    "the second summit" or "another call", which tell a new one."""
    if _new_one(token):
        return False
    return any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "that", "this", "its"}
        for c in token.children
    )


def _status_of_reference(token: Token) -> str | None:
    """The status a cancelling verb gives "it": "called it off", "it was postponed"."""
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    verb = _phrasal(token)
    if verb in lex.CANCEL or verb == "cancel":
        status = "cancelled"
    elif verb in lex.POSTPONE or verb == "postpone":
        status = "postponed"
    elif verb in lex.DECLINE or verb == "decline":
        # "Merkel declined.": an invitation told before, turned down
        objectless = not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in token.children)
        return "declined" if objectless else None
    else:
        return None
    pronoun = any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"it", "that", "this"}
        for c in token.children
    )
    return status if pronoun else None


def _context_pair(
    mentions: list[Mention], end: int, section: Section, main_pair: tuple[Actor, ...]
) -> list[tuple[Actor, str | None]]:
    """The two leaders a sentence means when it says only "the summit" or "was received".

    The article's two main leaders when the section so far (this sentence included) names
    either of them, else the last two leaders the section names.
    """
    pool = [m for m in mentions if section.start <= m.start < end]
    named = {a.id for m in pool for a in m.actors}
    if main_pair and named & {a.id for a in main_pair}:
        return [(actor, None) for actor in main_pair]
    seen: list[Actor] = []
    for mention in reversed(pool):
        for actor in mention.actors:
            known = actor.kind == "person" and not actor.id.startswith("person:")
            if known and actor.id not in {a.id for a in seen}:
                seen.append(actor)
        if len(seen) >= 2:
            break
    return [(actor, None) for actor in seen[:2]] if len(seen) >= 2 else []


def _kind_and_format(trigger: Trigger, words: set[str]) -> tuple[str, str]:
    kind, fmt = trigger.kind, trigger.format
    lemma = trigger.token.lemma_.lower()
    if lemma in {"speak", "talk", "conversation"}:
        if words & lex.CALL_MARKERS:
            kind = "call"
        elif words & lex.IN_PERSON_MARKERS:
            kind, fmt = "meeting", "informal"
        elif lemma == "talk" and trigger.token.pos_ == "VERB":
            kind = "meeting"  # "talked for four hours": in person unless a phone is named
    if kind == "meeting" and words & {"phone", "telephone", "videoconference"}:
        kind = "call"
    if kind != "call" and words & lex.INFORMAL_MARKERS:
        fmt = "informal"
    return kind, fmt


def _forum(sentence_text: str) -> str | None:
    forums = find_forums(sentence_text)
    named = [f for f in forums if f.name != "summit"]
    return (named or forums)[0].name if forums else None


def _duration(sentence_text: str) -> int | None:
    durations = find_durations(sentence_text)
    return durations[0][2] if durations else None


def _lede_time(context: Context, published: date | None) -> TimeRef | None:
    """A news report's opening event happened on its dateline date, else its publication date."""
    if context.dateline_time is not None:
        return context.dateline_time
    if published is None:
        return None
    return TimeRef(published, published, "day", "")


def _number(encounters: list[Encounter], article_id: str) -> list[Encounter]:
    """Stable ids from what the encounter is: article, first evidence, actors, kind, status."""
    out, seen = [], set()
    for encounter in encounters:
        actors = ",".join(sorted(p.actor.id for p in encounter.participants))
        key = f"{article_id}:{encounter.evidence[0].start}:{actors}:{encounter.kind}:"
        key += f"{encounter.status}:{encounter.format}"
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        while digest in seen:  # the same sentence telling two alike encounters
            digest = hashlib.sha1((key := key + "+").encode()).hexdigest()[:12]
        seen.add(digest)
        out.append(replace(encounter, id=f"enc-{digest}"))
    return out
