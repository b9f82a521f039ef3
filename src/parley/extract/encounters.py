"""Encounters: who met, visited or called whom, with status, format, place, time and details.

Read off the dependency parse of each sentence: a trigger (`triggers.py`: "met", "summit")
gives the kind; the syntactic slots around it give the participants (`participants.py`); the
verbs that govern it, negation and modality give the status (`status.py`). This module puts
them together with place, time, forum and details, from the sentence or else its section, and
joins sentences that tell the same encounter (`event_reference.py`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from parley.extract import encounter_lexicon as lex
from parley.extract.actors import Mention
from parley.extract.article_view import ArticleView, ParsedParagraph
from parley.extract.context import Section
from parley.extract.details import attendees, company, outcome
from parley.extract.durations import duration_told
from parley.extract.encounter_place import REFERENCE_REACH, SentencePlaces
from parley.extract.encounter_time import (
    clause_start,
    coming_time,
    counted_back,
    counted_from_named,
    last_such_day,
    lede_time,
    near_publication,
    repeated_times,
    time_said_next,
    time_told,
    time_within,
    told_in_pluperfect,
    told_inside,
    visit_lasting,
)
from parley.extract.event_reference import (
    Candidate,
    attach,
    join_in_sentence,
    merge_mentions,
    placed_as_told,
    same_people,
)
from parley.extract.forums import forum_told, seat_of
from parley.extract.participants import (
    SPEAKER,
    actors_at,
    context_pair,
    has_object,
    is_political,
    leaders_first,
    merge_participants,
    named_after,
    names_others,
    slots_of,
)
from parley.extract.status import (
    is_anaphoric,
    is_new_one,
    never_held,
    status_of,
    status_of_reference,
    told_never_held,
)
from parley.extract.triggers import (
    Trigger,
    clause_head,
    clause_of,
    find_trigger,
    kind_and_format,
    medium_told,
    topic_only,
)
from parley.model import (
    Actor,
    Encounter,
    Participant,
    Place,
    Span,
    TimeRef,
)
from parley.nlp import text_length
from parley.resolve.gazetteer import Gazetteer
from parley.resolve.kb import KnowledgeBase
from parley.resolve.summits import SummitCalendar, overlaps

_LEDE_CHARS = 600  # characters: a news report's lede, whose events happened on its date


@dataclass
class EncounterExtractor:
    """Reads encounters from parsed paragraphs; holds only shared, read-only resources."""

    gazetteer: Gazetteer
    kb: KnowledgeBase
    calendar: SummitCalendar = field(default_factory=SummitCalendar.default)
    places: SentencePlaces = field(init=False)

    def __post_init__(self) -> None:
        self.places = SentencePlaces(self.gazetteer, self.kb)

    def extract(
        self,
        view: ArticleView,
        paragraphs: list[ParsedParagraph],
        occasion: Encounter | None = None,
    ) -> list[Encounter]:
        """Encounters the sentences tell, joined with `occasion`, the encounter the document
        itself records (a transcript of two leaders' remarks), when it has one."""
        found: list[Encounter] = [occasion] if occasion is not None else []
        headline: list[int] = []  # indexes in `found` of what the headline tells
        others: set[int] = set()  # where encounters told as another one ("another summit") start
        top = paragraphs[0] if paragraphs and _is_headline(view.text, paragraphs[0]) else None
        for paragraph in paragraphs:
            if _QUESTION_TURN.match(paragraph.doc.text):  # type: ignore[attr-defined]
                continue  # a reporter's question in a transcript asserts nothing
            sentences = list(paragraph.doc.sents)  # type: ignore[attr-defined]
            quotes = _quotations(view.text, paragraph)
            for index, sentence in enumerate(sentences):
                if sentence.text.rstrip(' \n"\u201d)').endswith("?"):
                    continue  # "Did Biden raise it with Xi when they spoke?" asks, not tells
                start = paragraph.offset + sentence.start_char
                section = view.context.section_at(start)
                heading = section.heading
                end = paragraph.offset + sentence.end_char
                if heading is not None and section.start <= start and end <= heading.end + 2:
                    continue  # "Washington: A wartime visit, December 2022" titles what follows
                floor = max(section.start, start - REFERENCE_REACH)
                following = sentences[index + 1] if index + 1 < len(sentences) else None
                told = self._sentence(view, paragraph.offset, sentence, following, quotes)
                for candidate in join_in_sentence(told):
                    joined = candidate.anaphoric and attach(found, candidate, floor)
                    if not joined and candidate.kind_known and candidate.standalone:
                        if paragraph is top:
                            headline.append(len(found))
                        if candidate.another:
                            others.add(candidate.encounter.evidence[0].start)
                        found.append(placed_as_told(found, candidate))
        merged = merge_mentions(_dated_by_story(found, headline), others)
        return _number(merged, view.article_id)

    def _sentence(
        self,
        view: ArticleView,
        offset: int,
        sentence: SpacySpan,
        following: SpacySpan | None = None,
        quotes: Sequence[tuple[int, int, bool]] = (),
    ) -> list[Candidate]:
        """The candidates one sentence tells; `quotes` are its paragraph's quotations (start,
        end, whether a question), by character in the paragraph."""
        start, end = offset + sentence.start_char, offset + sentence.end_char
        in_sentence = view.mentions_in(start, end)
        words = {t.lower_ for t in sentence}
        section = view.context.section_at(start)
        out: list[Candidate] = []
        in_quotes = [(a, b) for a, b, _ in quotes]
        quoted = [(a, b) for a, b, question in quotes if question]
        sentence_times = view.times_in(start, end)
        steps = view.times_in(start, end, resolved=False)  # "two days after": no anchor yet
        for token in sentence:
            if any(a <= token.idx < b for a, b in quoted):
                continue  # a question someone asks tells no encounter
            reference = status_of_reference(token)
            if reference is not None:
                out.append(self._reference(view, offset, sentence, token, reference, in_sentence))
                continue
            trigger = find_trigger(token)
            if trigger is None:
                continue
            status = status_of(trigger, sentence)
            if status is None:
                continue
            kind, fmt = kind_and_format(trigger, words)
            place, placed_by_section = (
                (None, False) if kind == "call" else self.places.where(sentence, token, section)
            )
            own_forum = forum_told(sentence.text)
            if own_forum == "summit" and section.forum not in (None, "summit"):
                own_forum = section.forum  # "came to Hamburg for the summit" under "G-20 summit"
            forum = None if kind == "call" else own_forum or section.forum  # a call is no forum's
            # "on the sidelines" of the summit told just before, not of the section's heading
            aside = (
                None
                if own_forum or kind == "call"
                else self.places.sidelines_of(view, sentence, start)
            )
            told = time_told(sentence_times, token, offset)
            own_time = told.value if told is not None else None
            # "On Dec. 9, two days after his call with Putin, Biden phoned Zelenskyy"
            own_time = counted_back(view.text, steps, offset + token.idx, told) or own_time
            # "Four months after Nagato, Abe was back": counted from the time Nagato was told
            own_time = own_time or counted_from_named(
                view.text, steps, offset + token.idx, view.times_in
            )
            pluperfect = told_in_pluperfect(token)
            # "Xi had invited Modi": before the dateline's day, so not on it
            dateline_now = pluperfect and section.heading is None
            retold = status in _TOLD_OUTCOMES and not own_time
            # a time of the clause a colon closed before the trigger sets its scene too
            scene_end = clause_start(token, offset)
            story = None
            if retold:
                # under a heading that gives no time, the scene runs on from paragraph to
                # paragraph, unless the paragraph goes on to tell a time of its own
                paragraph_end = offset + len(sentence.doc.text)
                runs_on = section.heading is not None and not section.time
                runs_on = runs_on and not _tells_a_time(view, end, paragraph_end)
                story = _story_time(view, section.start if runs_on else offset, scene_end)
            if story and section.time and not time_within(story, section.time):
                story = None  # under "Ramstein, 2024", "on Oct. 12" refines the year
            if story and section.time and section.time.precision == "month":
                # a paragraph refines its section's time; a month, only to a day told in it
                story = story if story.precision == "day" else None
            # a dateline dates the news its lede tells; an encounter told held further down,
            # with no time in its paragraph, is background whose date the text does not give
            background = status == "held" and section.heading is None and start >= _LEDE_CHARS
            # nor is a plan on the day it is told: "there will be time for a bilateral meeting"
            to_come = status in {"proposed", "scheduled"} and section.heading is None
            # "another call", "greeting Biden at a later summit": some other time than the one
            # told
            other_time = _at_another(token)
            undated = dateline_now or background or to_come or other_time
            if following is not None and not own_time and status in _TOLD_OUTCOMES:
                then = offset + following.start_char
                story = story or time_said_next(view.text, then, view.times_in(then, then + 40))
            time = own_time or story or (None if undated else section.time)
            # a place of the sentence's own, not a forum's venue, names a host country
            host_place = place if not placed_by_section and not forum else None
            if kind == "visit" and not placed_by_section:
                host_place = place
            participants, from_context = self._participants(
                trigger, offset, in_sentence, view, section, host_place, time
            )
            if not is_political(participants):
                continue
            participants, officials = leaders_first(participants)
            if kind != "call" and (place is None or placed_by_section):
                office = self.places.office_seat(sentence, [p.actor for p in participants])
                if office is not None:  # "received the candidate at the chancellery"
                    place, placed_by_section = office, False
            lede = not view.context.sections[0].heading and not pluperfect  # "had talked"
            if time is None and status == "held" and lede:
                time = lede_time(view.context, view.published) if start < _LEDE_CHARS else None
            if time is not None and status == "held" and view.published:
                if time.start > view.published and token.tag_ == "VBD" and own_time:
                    time = last_such_day(time)  # "met December 14", said in January
                status = "scheduled" if time.start > view.published else status
            elif time is not None and status == "scheduled" and view.published:
                time = coming_time(time, view.published)
            far = (
                (background and time is None)
                or other_time
                or not near_publication(time, view.published)
            )
            # a dateline says where the reporter is now, not where it was then, nor where a
            # summit told was
            by_dateline = placed_by_section and section.heading is None
            if by_dateline and far:
                place = None
            if placed_by_section and status == "proposed":
                place = None  # a heading tells where the section's pair met, not what was hoped
            if place is None and kind != "call" and status == "held" and section.heading is None:
                place = self.places.story_place(view, sentence.doc, offset, start, time)
            if aside is not None:  # "met on the sidelines": of the summit told just before
                forum = aside[0]
                place = aside[1] if place is None or placed_by_section else place
            if place is None and kind != "call" and seat_of(forum):
                place = self.gazetteer.lookup(seat_of(forum) or "")
            elif placed_by_section and kind != "call" and seat_of(own_forum):
                # "shared the stage at the St. Petersburg forum" under a Moscow heading
                place = self.gazetteer.lookup(seat_of(own_forum) or "") or place
            told_place, time = self._on_calendar(forum, None if by_dateline else place, time)
            place = told_place or place
            if kind == "visit" and time is not None:
                time = visit_lasting(time, sentence.text)
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
                duration_minutes=duration_told(sentence, token),
                company=company(sentence.text),
                attendees=officials + attendees(token, offset, in_sentence, participants),
                outcome=outcome(token, following) if status == "held" else None,
                cancelled_by=next((p.actor for p in participants if p.role == "canceller"), None),
            )
            noun = token.pos_ != "VERB"
            # "another summit" is a new one, whoever the discourse says it is between
            refers_back = noun and (is_anaphoric(token) or from_context) and own_time is None
            refers_back = refers_back and not is_new_one(token)
            # "They also spoke about Gaza": what the encounter just told was about
            medium_known = medium_told(trigger, words)
            refers_back = refers_back or (
                own_time is None and not medium_known and topic_only(token)
            )
            # "'I had a call with President Putin,' he told reporters": the call just told
            refers_back = refers_back or (
                own_time is None
                and status == "held"
                and any(a <= token.idx < b for a, b in in_quotes)
            )
            # "The talks ran late" names no one and no time: it can only add to an encounter
            standalone = not (noun and from_context and own_time is None and not is_new_one(token))
            if noun and token.dep_ == "dobj" and lex.lemma_of(token.head.lemma_) in lex.LEAVING:
                # "Putin left the summit early the next day": a departure from the one told
                refers_back, standalone = True, False
            called_off = status in {"cancelled", "postponed"} and token.dep_ in _WHAT_IS_CALLED_OFF
            # (what is called off was told before, named so or not: "the White House made
            # clear that a meeting was no longer in the plans")
            told_before = is_anaphoric(token) or _indefinite(token)
            if noun and called_off and told_before and not is_new_one(token):
                # "on Oct. 30, Piñera cancelled the summit", "early that month the trip was
                # called off": the day it was called off (but "the visit, set for Aug. 30, was
                # postponed" tells the visit's own day)
                refers_back = refers_back or not told_inside(told, token, offset)
            gathering = noun and token.lemma_ in lex.GATHERINGS and not _owned(token)
            meal = _is_meal(token)
            out.append(
                Candidate(
                    encounter,
                    refers_back,
                    standalone=standalone,
                    gathering=gathering,
                    meal=meal,
                    setting=gathering and token.dep_ == "pobj" and token.head.lower_ in _AT_SETTING,
                    medium_known=medium_known,
                    never_held=noun and refers_back and told_never_held(token),
                    another=noun and _told_as_another(token),
                    dateline_place=section.heading is None
                    and place is not None
                    and place == section.place,
                )
            )
            if told is not None:
                for again in repeated_times(view.text, sentence_times, told, start, token, offset):
                    # "back in the White House on Sept. 21, and again on Dec. 12": two visits
                    out.append(Candidate(replace(encounter, time=again), anaphoric=False))
        return out

    def _on_calendar(
        self, forum: str | None, place: Place | None, time: TimeRef | None
    ) -> tuple[Place | None, TimeRef | None]:
        """Place and time as the summit's session has them, when forum, place and time name
        one: "at the G20 summit in Antalya" weeks after a September date met in November, and
        "at the G20 summit in November 2022" in Bali."""
        session = self.calendar.session(forum, place, time)
        if session is None:
            return place, time
        if time is None or not overlaps(session, time):
            time = session.time  # a month told is kept: a bilateral may come on the eve
        if place is None or place.kind == "country":
            place = self.gazetteer.lookup(session.city, session.country_code) or session.place
        return place, time

    def _reference(
        self,
        view: ArticleView,
        offset: int,
        sentence: SpacySpan,
        verb: Token,
        status: str,
        in_sentence: list[Mention],
    ) -> Candidate:
        """ "Trump called it off", "it went ahead on Sept. 27": a new status for the encounter
        told just before."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        pairs = actors_at([(s, "canceller") for s in subjects], offset, in_sentence)
        participants = merge_participants(pairs if status in {"cancelled", "declined"} else [])
        start, end = offset + sentence.start_char, offset + sentence.end_char
        time, place = None, None
        if status == "held":  # "it went ahead on Sept. 27 at Trump Tower": when and where
            told = time_told(view.times_in(start, end), verb, offset)
            time = told.value if told is not None else None
            place, by_section = self.places.where(sentence, verb, view.context.section_at(start))
            place = None if by_section else place
        encounter = Encounter(
            id="",
            kind="meeting",
            format="formal",
            status=status,  # type: ignore[arg-type]
            participants=participants,
            evidence=(Span(start, end, view.text[start:end]),),
            time=time,
            place=place,
            cancelled_by=participants[0].actor if participants else None,
        )
        return Candidate(
            encounter,
            anaphoric=True,
            kind_known=False,
            never_held=never_held(verb),
            medium_known=verb.lemma_.lower() in lex.MOTION_VERBS | {"attend"},
        )

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
        pairs = [
            (actor, None if role == SPEAKER else role)
            for actor, role in actors_at(slots_of(trigger), offset, in_sentence)
            if role != SPEAKER or not actor.id.startswith("person:")  # a spokesperson
        ]
        if len(merge_participants(pairs)) == 1 and token.pos_ == "VERB":
            pairs += named_after(token, offset, in_sentence)
        if _without_someone(token):
            return merge_participants(pairs), False  # "travelled on, without his host"
        alone = len(merge_participants(pairs)) == 1
        abroad = trigger.kind == "visit" or (alone and trigger.kind == "meeting")
        at_the_un = place is not None and self.places.at_un_seat(place)
        if abroad and place is not None and place.country_code and not at_the_un:
            pairs += self.places.host(place.country_code, time or section.time, view, pairs)
        count = len(merge_participants(pairs))
        # "Modi telephoned his counterpart": an object that is only the other's role
        lone_verb = token.pos_ == "VERB" and count == 1
        lone_verb = lone_verb and (not has_object(token) or _role_object(token))
        outsider = count == 1 and all(a.id.startswith("person:") for a, _ in pairs)
        outsider = outsider or (token.pos_ != "VERB" and names_others(token, offset, in_sentence))
        outsider = outsider or (trigger.kind == "visit" and _at_home(pairs, token, place))
        outsider = outsider or _official_subject(token, offset, in_sentence)
        if count < 2 and not outsider and (lone_verb or token.pos_ != "VERB"):
            sentence_start = offset + token.sent.start_char
            clause = {offset + t.idx for t in clause_of(token)}
            pool = view.mentions_in(section.start, sentence_start)
            pool += [m for m in in_sentence if m.start in clause]
            local = context_pair(pool, view.main_pair)
            present = {a.id for a, _ in pairs}
            if lone_verb:
                local = local if present & {a.id for a, _ in local} else []
            elif count == 1 and not present & {a.id for a, _ in local}:
                # "a conversation with President Zelenskyy" after Biden and Putin were named:
                # the discourse supplies the one counterpart last named, not a second pair
                local = _last_named(local, pool + in_sentence)
            if trigger.kind == "visit" and (
                at_the_un or _abroad_for_all([a for a, _ in pairs + local], place)
            ):
                local = []  # "a historic trip to Hanoi" in a briefing about Biden and Xi;
                # "flew to New York" for the United Nations
            pairs += local
            return merge_participants(pairs), bool(local) and count == 0
        return merge_participants(pairs), False


def _role_object(verb: Token) -> bool:
    """Whether the verb's object is a role noun: "telephoned his counterpart", "met with her
    host"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in lex.ROLE_NOUNS for o in objects)


_AT_SETTING = frozenset({"at", "during", "of"})  # "at the summit", "on the sidelines of the summit"
# "cancelled the summit", "it was", "a meeting was no longer in the plans"
_WHAT_IS_CALLED_OFF = frozenset({"dobj", "nsubjpass", "nsubj"})
_TOLD_OUTCOMES = frozenset({"held", "cancelled", "postponed", "declined"})
_SPAN_EDGE = re.compile(r"\b(?:since|until|till|through|by)\s+(?:\w+\s+)?$", re.IGNORECASE)
_QUESTION_TURN = re.compile(r"\s*Q(?::|\.)?(?:[ \t\u00a0]{2,}|:\s)")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"\n]*\"")


def _official_subject(trigger: Token, offset: int, in_sentence: list[Mention]) -> bool:
    """ "China's foreign minister came to New Delhi": an official the text does not name, whose
    trip is no trip of the pair's."""
    verb = clause_head(trigger)  # "came to New Delhi for two days of border talks": came
    path = [t for t in (trigger, *trigger.ancestors) if verb in t.ancestors]
    if any(t.dep_ in {"dobj", "nsubj", "nsubjpass"} for t in path):
        return False  # "aides announced the meeting": what they tell, not their talks
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in lex.SOMEONE_OF
        and not actors_at([(c, None)], offset, in_sentence)
        for c in verb.children
    )


def _without_someone(trigger: Token) -> bool:
    """ "Putin travelled on, without his host, to Harbin", "flew on to Agra to see the Taj
    Mahal, without their host": whoever it leaves out, the discourse adds no one."""
    purposes = [c for c in trigger.children if c.dep_ in {"advcl", "xcomp"}]
    return any(
        c.dep_ == "prep" and c.lower_ == "without" and any(o.dep_ == "pobj" for o in c.children)
        for v in [trigger, *purposes]
        for c in v.children
    )  # (but not "without consulting the White House")


def _tells_a_time(view: ArticleView, start: int, end: int) -> bool:
    """Whether a stretch of text tells a day or month of its own, not counted from another."""
    return any(
        t.value is not None and t.value.precision in {"day", "month"} and t.anchor == "absolute"
        for t in view.times_in(start, end)
    )


def _story_time(view: ArticleView, paragraph_start: int, sentence_start: int) -> TimeRef | None:
    """The day or month the paragraph has told so far: "That was in Ahmedabad, on Sept. 17,
    2014. ... Modi received him on the banks of the Sabarmati." A time something lasted
    "since" or "until" sets no scene."""
    told = [
        t.value
        for t in view.times_in(paragraph_start, sentence_start)
        if t.value is not None
        and t.value.precision in {"day", "month"}
        and not _SPAN_EDGE.search(view.text, max(paragraph_start, t.start - 12), t.start)
    ]
    return told[-1] if told else None


_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _told_as_another(noun: Token) -> bool:
    """ "another summit", "a second conversation": an encounter besides one told before."""
    det = {c.lower_ for c in noun.children if c.dep_ == "det"}
    ordinal = any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in noun.children)
    return "another" in det or ("a" in det and ordinal)


def _at_another(trigger: Token) -> bool:
    """A noun that tells a new encounter ("a later summit"), or a verb set at one."""
    if trigger.pos_ != "VERB":
        return is_new_one(trigger)
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"at", "during", "on", "in"}
        and any(c.dep_ == "pobj" and find_trigger(c) and is_new_one(c) for c in prep.children)
        for prep in trigger.children
    )


def _last_named(
    candidates: list[tuple[Actor, str | None]], pool: list[Mention]
) -> list[tuple[Actor, str | None]]:
    """Of the discourse's pair, the one named last, the sentence's own pronouns included ("He
    had a conversation with President Zelenskyy"); the first when the pool names neither."""
    order = {a.id: m.start for m in pool for a in m.actors}
    latest = max(candidates, key=lambda c: order.get(c[0].id, -1), default=None)
    return [latest] if latest is not None else []


def _abroad_for_all(actors: list[Actor], place: Place | None) -> bool:
    """Whether a visit's place is in no actor's country: then the pair the discourse supplied
    is not who went there and who received them."""
    if place is None or not place.country_code:
        return False
    return all(actor.country_code != place.country_code for actor in actors)


def _at_home(pairs: list[tuple[Actor, str | None]], token: Token, place: Place | None) -> bool:
    """Whether named travellers go somewhere in their own country ("Biden arrived in
    Wisconsin"): a trip at home meets no foreign leader the discourse supplies."""
    going = token.pos_ == "VERB" and token.lemma_.lower() in lex.MOTION_VERBS
    if not (going and pairs and place is not None and place.country_code):
        return False
    return all(actor.country_code == place.country_code for actor, _ in pairs)


def _owned(noun: Token) -> bool:
    """ "Their first formal summit", "Biden's summit with Putin": someone's own meeting, not a
    gathering of many where the pair did something."""
    return any(c.dep_ == "poss" for c in noun.children)


def _is_meal(trigger: Token) -> bool:
    """ "dined", "the lunch", "sat down to lunch", "talked over dinner"."""
    if lex.lemma_of(trigger.lemma_.lower()) in lex.MEALS:
        return True
    return any(
        prep.dep_ == "prep" and obj.dep_ == "pobj" and obj.lemma_.lower() in lex.MEALS
        for prep in trigger.children
        for obj in prep.children
    )


def _quotations(text: str, paragraph: ParsedParagraph) -> list[tuple[int, int, bool]]:
    """A paragraph's quotations (start, end, whether a question: "Do you want to have a
    handshake?" tells no encounter), read from the article's text, as `Doc.text` rebuilds it."""
    doc = paragraph.doc
    own = text[paragraph.offset : paragraph.offset + text_length(doc)]  # type: ignore[arg-type]
    return [(m.start(), m.end(), "?" in m.group()[-3:]) for m in _QUOTED.finditer(own)]


def _is_headline(text: str, paragraph: ParsedParagraph) -> bool:
    """Whether a paragraph is the article's headline: its first line, with no full stop."""
    line = paragraph.doc.text.strip()  # type: ignore[attr-defined]
    first = not text[: paragraph.offset].strip()
    return first and "\n" not in line and not line.endswith((".", "!", "?", '"', "\u201d", ":"))


def _dated_by_story(found: list[Encounter], headline: list[int]) -> list[Encounter]:
    """A headline's encounter on the day its story tells it: "Putin hosts Xi in Kremlin",
    published Thursday, is the lede's Wednesday dinner, not a Thursday meeting."""
    out = list(found)
    for index in headline:
        told = out[index]
        story = next(
            (e for e in out[index + 1 :] if e.status == told.status and same_people(e, told)),
            None,
        )
        if story and story.time and told.time and near_publication(story.time, told.time.start):
            out[index] = replace(told, time=story.time)
    return out


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
