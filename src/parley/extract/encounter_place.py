"""Where an encounter happened, and whose country it was in: the place phrase of the trigger
or of the verbs that govern it, else a venue or a place named elsewhere in the sentence (not
one of another encounter, of a topic or of a thing), else the section's place; the summit whose
sidelines a sentence means; the place a story without headings has reached; the leader who
hosts a visit to a country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parley.extract import encounter_lexicon as lex
from parley.extract.article_view import ArticleView
from parley.extract.context import Section
from parley.extract.forums import find_forums, seat_of
from parley.extract.quote_rules import SPEECH_LEMMAS
from parley.extract.status import governors
from parley.extract.triggers import back_of, capital_owners, find_trigger
from parley.model import Actor, Place, TimeRef
from parley.resolve.gazetteer import Gazetteer
from parley.resolve.kb import KnowledgeBase

REFERENCE_REACH = 1500  # characters: how far back "the summit" may refer without a heading
_SIDELINES = re.compile(r"\bon the (?:sidelines|margins|fringes)\b", re.IGNORECASE)
_CAPITALISED_RUN = r"((?:[A-Z][\w'\u2019.-]+)(?:,?\s+[A-Z][\w'\u2019.-]+)*)"
_PLACE_AFTER_IN = re.compile(r"\b(?:in|at)\s+" + _CAPITALISED_RUN)
# where a story goes: "in Ahmedabad", "reached Lima", "flew to Sochi", "came to the White House"
_PLACE_REACHED = re.compile(r"\b(?:in|at|to|into|reached)\s+(?:the\s+)?" + _CAPITALISED_RUN)


def _named_next(phrase: Token | None) -> list[Token]:
    """The places a place phrase goes on to name beside it: "in Russia, in Moscow"."""
    if phrase is None or phrase.head.dep_ != "prep":
        return []
    head = phrase.head.head
    return [
        pobj
        for prep in head.children
        if prep.dep_ == "prep" and prep.i > phrase.i and prep.lower_ in {"in", "at"}
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _told_when(trigger: Token) -> list[Token]:
    """The encounter a "when" clause of the trigger tells, which is where it happened: "the two
    first met when Obama visited China"."""
    return [
        clause
        for clause in trigger.children
        if clause.dep_ == "advcl"
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
        and find_trigger(clause) is not None
    ]


def _same_time_told(view: ArticleView, doc: Doc, offset: int, at: int, time: TimeRef) -> bool:
    """Whether the parsed sentence around `at` (in the paragraph `doc` at `offset`) tells no
    time, or one that overlaps `time`."""
    span = doc.char_span(at - offset, at - offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return True
    sentence = span.sent
    told = view.times_in(offset + sentence.start_char, offset + sentence.end_char)
    values = [t.value for t in told if t.value is not None]
    return not values or any(v.start <= time.end and time.start <= v.end for v in values)


@dataclass
class SentencePlaces:
    """Reads places off a parsed sentence with the gazetteer and the countries it knows."""

    gazetteer: Gazetteer
    kb: KnowledgeBase
    # where the UN sits: a leader who flies to New York goes to the United Nations, not to the
    # American president
    un_seat: Place | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.un_seat = self.gazetteer.lookup(seat_of("UN General Assembly") or "")

    def sidelines_of(
        self, view: ArticleView, sentence: SpacySpan, start: int
    ) -> tuple[str, Place | None] | None:
        """The forum (and its place) whose sidelines a sentence names without naming it:
        "The last meeting came at the G20 summit in Hangzhou. The two met on the sidelines."
        """
        if not _SIDELINES.search(sentence.text):
            return None
        floor = max(view.context.section_at(start).start, start - REFERENCE_REACH)
        before = view.text[floor:start]
        named = [f for f in find_forums(before) if f.name != "summit"]
        if not named:
            return None
        told = named[-1]
        rest = before[told.end :]
        sentence_end = re.search(r"[.!?](?:\s|$)", rest)
        tail = rest[: sentence_end.start()] if sentence_end else rest
        places = (self._named_place(m.group(1)) for m in _PLACE_AFTER_IN.finditer(tail))
        return told.name, next((p for p in places if p is not None), None)

    def story_place(
        self, view: ArticleView, doc: Doc, paragraph_start: int, start: int, time: TimeRef | None
    ) -> Place | None:
        """In a story without headings, the place the paragraph has taken the story to: "That
        was in Ahmedabad, on Sept. 17, 2014. ... Modi received him on the banks of the
        Sabarmati". A place told with another time than the encounter's is another event's:
        "In June 2023, our advisers met in Tokyo. In September 2023, the leaders met"."""
        told = list(_PLACE_REACHED.finditer(view.text, paragraph_start, start))
        for match in reversed(told):  # the latest first
            if time is not None and not _same_time_told(
                view, doc, paragraph_start, match.start(), time
            ):
                continue
            place = self._named_place(match.group(1))
            if place is not None:
                return place
        return None

    def office_seat(self, sentence: SpacySpan, actors: list[Actor]) -> Place | None:
        """ "at the chancellery": the capital of the country whose leader the office's
        title names, when that leader is one of `actors`."""
        for token in sentence:
            title = _SEATS.get(token.lemma_.lower())
            if title is None or token.dep_ != "pobj" or token.head.lower_ not in {"at", "in"}:
                continue
            for actor in actors:
                if actor.country_code and title in (actor.title or "").lower():
                    return self.capital(actor.country_code)
        return None

    def capital(self, code: str) -> Place | None:
        """A country's capital city, a former state's included ("the Soviet capital")."""
        country = self.kb.country_coded(code)
        if country is not None and country.capital:  # (GeoNames knows living states only)
            return self.gazetteer.lookup(country.capital)
        return self.gazetteer.capital_of(code)

    def _named_place(self, name: str) -> Place | None:
        """The place a capitalised run names, whole or up to its comma ("Hangzhou, China")."""
        return self.gazetteer.lookup(name) or self.gazetteer.lookup(name.split(",")[0])

    def at_un_seat(self, place: Place) -> bool:
        """Whether a place is in the city the UN sits in."""
        seat = self.un_seat
        return seat is not None and (place.city or place.name) == (seat.city or seat.name)

    def host(
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
        if all(a.id.startswith("person:") for a, _ in pairs):
            return []  # "a meeting with Governor DeSantis in Florida": no visitor from abroad
        leader = self.kb.holder(country, "leader", on)
        if leader is None:
            return []
        named = next((a for m in view.mentions for a in m.actors if a.id == leader.id), None)
        return [(named, "host")] if named is not None else []

    def where(
        self, sentence: SpacySpan, trigger: Token, section: Section
    ) -> tuple[Place | None, bool]:
        """Where the encounter happened: the place phrase of the trigger or of its verb ("met
        in Kazan", "received him at the Konstantinovsky Palace", "flew to Sochi"), else a
        venue or place phrase elsewhere in the sentence, else the section's place (and says so)."""
        heads, scope, saying_at = [trigger], sentence, -1
        for governor in governors(trigger, 4):
            if governor.lemma_.lower() in SPEECH_LEMMAS - {"call"}:
                # "invited him to Rome, she told reporters in the Oval Office": what is said
                said, saying_at = heads[-1], governor.i
                scope = sentence.doc[said.left_edge.i : said.right_edge.i + 1]
                break
            heads.append(governor)
        heads = [h for h in heads if h is trigger or h.pos_ in {"VERB", "AUX"}]
        heads += _told_when(trigger)
        for head in heads:
            for child in [*head.children, *(c for b in back_of(head) for c in b.children)]:
                phrase = None  # ("gone back to Sochi": the place may hang on "back")
                topic = child.lower_ == "on" and head.lemma_.lower() in _TALKING
                if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS and not topic:
                    # ("talks on trade, Iran and 5G" are about Iran, not in it)
                    phrase = next((c for c in child.children if c.dep_ == "pobj"), None)
                elif child.dep_ == "dobj" and head.lemma_.lower() in {"visit", "tour"}:
                    phrase = child
                place = self.place_in(phrase) if phrase is not None else None
                if place is not None:
                    return self.narrowed(place, sentence, phrase), False
        venues = self.venues_in(scope)
        if venues:
            return venues[0], False
        place = _narrowed_to_city(self._places_elsewhere(sentence, trigger, saying_at))
        if place is not None:
            return place, False
        # "the day after the opening of the Sochi Winter Olympics": the city an event is named
        # by, when nothing else in the sentence places it
        named = (self.gazetteer.lookup(t.text) for t in sentence if _names_an_event(t))
        event_city = next((p for p in named if p is not None and p.kind == "city"), None)
        if event_city is not None:
            return event_city, False
        return section.place, section.place is not None

    def _places_elsewhere(
        self, sentence: SpacySpan, trigger: Token, saying_at: int
    ) -> Iterator[Place]:
        """The places named elsewhere in the sentence that may be the encounter's, in order."""
        for token in sentence:
            # elsewhere in the sentence "in" or "at" locates, "to" after a verb ("welcomed him
            # to Washington"); "our approach to China", "talks on Ukraine" name a subject
            prep = token.head
            locates = prep.lower_ in _LOCATIVE_PREPS or (
                prep.lower_ == "to" and prep.head.pos_ == "VERB"
            )
            if token.dep_ != "pobj" or not locates or prep.head.i == saying_at:
                continue
            if _of_another(token, trigger) or _of_an_object(token, trigger):
                continue  # "a meeting before Biden's summit with Putin in Geneva"
            if _of_a_happening(token, trigger):
                continue  # "overshadowed by news of an earthquake in Armenia"
            if _in_a_time(token):
                continue  # "On July 16, the day after the World Cup final in Moscow"
            invited_to = prep.head.lemma_.lower() in lex.INVITING and prep.head.i != trigger.i
            if invited_to and trigger.lemma_.lower() not in lex.INVITING:
                continue  # "a meeting, long enough for him to invite them to Washington"
            place = self.place_in(token)
            if place is not None:
                yield place

    def narrowed(self, place: Place, sentence: SpacySpan, phrase: Token | None = None) -> Place:
        """A state or country narrowed to a venue in it that the sentence names ("flew to
        Florida ..., and stayed as Trump's guests at Mar-a-Lago"), or to the city of it the
        phrase goes on to ("held in Russia, in Moscow")."""
        if place.kind not in {"country", "region"}:
            return place
        inside = [v for v in self.venues_in(sentence) if v.country_code == place.country_code]
        if inside:
            return inside[0]
        for city in _named_next(phrase):
            found = self.place_in(city)
            if found is not None and found.country_code == place.country_code:
                return found
        return place

    def venues_in(self, span: SpacySpan) -> list[Place]:
        """The venues a stretch of text names as places (see `_placed`), in text order."""
        return [v[2] for v in self.gazetteer.find_venues(span.text) if _placed(span, v[1])]

    def place_in(self, phrase: Token) -> Place | None:
        """The place a noun phrase names: a venue in it, else its proper-noun words."""
        span = phrase.doc[phrase.left_edge.i : phrase.right_edge.i + 1]
        # "in the clubhouse, where Gaza and Ukraine were on the agenda": what a relative clause
        # tells of the place is not the place
        clause = next((c for c in phrase.children if c.dep_ == "relcl"), None)
        if clause is not None and clause.left_edge.i > phrase.i:
            span = phrase.doc[phrase.left_edge.i : clause.left_edge.i]
        venues = self.venues_in(span)
        if venues:
            return venues[0]
        for token in span:
            named = _settlement_named(token)
            place = self.gazetteer.lookup(_name_words(named)) if named is not None else None
            if place is not None:  # "the Normandy resort of Deauville": Deauville
                return place
        names = [
            t
            for t in span
            if (t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"})
            and _locates(t)
            and not _names_a_building(t)
            and not _about(t, phrase)
        ]
        runs: list[list[Token]] = []
        for token in names:
            if runs and token.i == runs[-1][-1].i + 1:
                runs[-1].append(token)
            else:
                runs.append([token])
        # "a summit between South Korea and ASEAN in Busan": a name a place preposition governs
        # before the parties' names
        runs.sort(key=lambda run: not _governed_name(run))
        found = (self.gazetteer.lookup(phrase.doc[r[0].i : r[-1].i + 1].text) for r in runs)
        place = _narrowed_to_city(p for p in found if p is not None)
        return place or self._capital_in(span)

    def _capital_in(self, span: SpacySpan) -> Place | None:
        """ "the Slovak capital", "Belarus's capital": the capital of the country named."""
        for word in (owner for token in span for owner in capital_owners(token)):
            country = self.kb.country(word.text)
            if country is not None:
                return self.capital(country.code)
        return None


_PLACE_PREPS = {"in", "at", "to", "on", "near", "inside", "outside", "into"}

# an office named by its holder's title, in that country's capital
_SEATS = {"chancellery": "chancellor"}


_LOCATIVE_PREPS = _PLACE_PREPS - {"to", "on"}


_TALKING = frozenset(
    {"talk", "talks", "speak", "discussion", "conversation", "negotiation", "meeting", "call",
     "conference", "session", "consultation", "dialogue"}
)  # fmt: skip


def _of_another(phrase: Token, trigger: Token) -> bool:
    """Whether a phrase hangs on another encounter, a noun with people of its own ("Biden's
    summit with Putin in Geneva"), not on the one the trigger tells ("invited Xi to hold the
    next summit in India")."""
    return any(
        a.i != trigger.i
        and a.pos_ == "NOUN"
        and find_trigger(a) is not None
        and any(c.dep_ == "poss" or c.lower_ in {"with", "between"} for c in a.children)
        for a in phrase.ancestors
    )


# What happens somewhere without being an encounter, so its place is not the encounter's.
_HAPPENINGS = frozenset(
    {
        "earthquake",
        "flood",
        "hurricane",
        "storm",
        "fire",
        "explosion",
        "bombing",
        "attack",
        "shooting",
        "massacre",
        "crash",
        "war",
        "invasion",
        "coup",
        "uprising",
        "protest",
        "riot",
        "election",
    }
)


def _of_a_happening(phrase: Token, trigger: Token) -> bool:
    """Whether a place phrase hangs on something that happened there, not on the encounter:
    "news of a devastating earthquake in Armenia", "after the bombing in Moscow"."""
    for noun in phrase.ancestors:
        if noun.i == trigger.i or noun.pos_ in {"VERB", "AUX"}:
            return False
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _HAPPENINGS:
            return True
    return False


_COUNTING_FROM = frozenset({"after", "before", "since", "until"})


_EVENTS = frozenset({"olympics", "games", "ceremony", "parade", "festival", "championship"})


def _names_an_event(word: Token) -> bool:
    """A proper name set before an event it names: "the Sochi Winter Olympics"."""
    if word.pos_ != "PROPN" or word.dep_ != "compound":
        return False
    head = word.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in _EVENTS or head.lower_ in _EVENTS


def _in_a_time(phrase: Token) -> bool:
    """Whether a phrase places another event a time counts from, not the encounter: "the day
    after the final in Moscow" (but "the opening day of the conference in Paris" is there)."""
    counted = False
    for head in phrase.ancestors:
        counted = counted or head.lower_ in _COUNTING_FROM
        if head.ent_type_ == "DATE" and head.pos_ == "NOUN":
            return counted
    return False


def _about(name: Token, phrase: Token) -> bool:
    """Whether a name in a phrase hangs on a preposition that does not locate: "to bring
    Russia to its senses over Ukraine" is not in Ukraine."""
    for head in [name, *name.ancestors]:
        if head.i == phrase.i:
            return False
        if head.dep_ == "prep" and head.lower_ not in _PLACE_PREPS | {"of"}:
            return True
    return False


_SETTLEMENTS = frozenset({"resort", "town", "city", "village", "port", "spa", "island"})


def _settlement_named(noun: Token) -> Token | None:
    """The name in "the Normandy resort of Deauville", "the Bavarian town of Elmau"."""
    if noun.lemma_.lower() not in _SETTLEMENTS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return name if name is not None and name.pos_ == "PROPN" else None


def _name_words(name: Token) -> str:
    """A name with the proper nouns compounded onto it: "Santa Barbara"."""
    words = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    first = min((w.i for w in words), default=name.i)
    return name.doc[first : name.i + 1].text


def _narrowed_to_city(places: Iterable[Place]) -> Place | None:
    """The first place, or when that is a country or a continent, the first city in it named
    after it: "the Organization for Security and Cooperation in Europe in Istanbul"."""
    wide: Place | None = None
    for place in places:
        if wide is None and not _wide(place):
            return place
        if wide is None:
            wide = place
        elif place.kind == "city" and _within(place, wide):
            return place
    return wide


def _wide(place: Place) -> bool:
    """A country, or a region wider than one (a continent): not a province ("Charlevoix")."""
    return place.kind == "country" or (place.kind == "region" and place.country_code is None)


def _within(city: Place, area: Place) -> bool:
    """Whether a city lies in a country, or in a continent (which has none)."""
    return area.country_code is None or city.country_code == area.country_code


def _governed_name(run: list[Token]) -> bool:
    """A proper name that a place preposition governs: "in Busan"."""
    return run[-1].head.lower_ in _PLACE_PREPS and all(t.pos_ == "PROPN" for t in run)


def _of_an_object(phrase: Token, trigger: Token) -> bool:
    """Whether a place phrase tells where the object of another verb is: after "six hours of
    talks", "announced a ceasefire in Idlib" tells where the ceasefire holds, not where the
    talks were."""
    thing = phrase.head.head
    return (
        thing.pos_ == "NOUN"
        and thing.dep_ == "dobj"
        and thing.i != trigger.i
        and thing.head.i != trigger.i
        and find_trigger(thing) is None  # "invited Xi to hold the next summit in India"
    )


def _names_a_building(name: Token) -> bool:
    """ "the Mulia hotel on Bali": a name that picks out a building of its kind is no town
    (the gazetteer would read "Mulia" as a town in Papua); the place is the one named after."""
    head = name.head if name.dep_ == "compound" else None
    return head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in lex.OWNED_PLACES


def _locates(name: Token) -> bool:
    """Whether a name in a place phrase says where: "Pyongyang's airport" is in Pyongyang,
    "an event for Ukraine's supporters" is not in Ukraine, "a letter released by the White
    House" not at the White House."""
    if _agent(name.head if name.dep_ == "compound" else name):
        return False
    if name.dep_ != "poss":
        return True
    owned = name.head
    return owned.ent_type_ in {"FAC", "LOC", "GPE"} or owned.lemma_.lower() in lex.OWNED_PLACES


def _placed(sentence: SpacySpan, venue_end: int) -> bool:
    """Whether a venue the sentence names is a place there, not the institution that acts,
    owns or qualifies ("the Kremlin has said", "the White House's statement", "released by the
    White House", "the Kremlin leader")."""
    head = sentence.char_span(venue_end - 1, venue_end, alignment_mode="expand")
    token = head.root if head is not None and len(head) else None
    if token is None:
        return True
    qualifies = token.dep_ in {"compound", "amod"} and token.head.lemma_ in _INSTITUTION_HEADS
    return not (qualifies or _agent(token) or token.dep_ in {"nsubj", "nsubjpass", "poss"})


# Nouns a venue qualifies as the institution it houses: "the Kremlin leader", "White House
# officials" (but "the Bürgenstock resort" is a place).
_INSTITUTION_HEADS = frozenset(
    {"leader", "official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
     "advisor", "statement", "team", "staff", "source", "readout", "chief", "press"}
)  # fmt: skip


def _agent(phrase: Token) -> bool:
    """Whether a noun phrase is who acts in a passive ("released by the White House")."""
    return phrase.dep_ == "pobj" and phrase.head.dep_ == "agent"
