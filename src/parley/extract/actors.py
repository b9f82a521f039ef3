"""Actor mentions: names, titles and metonyms, resolved to canonical actors.

Known leaders come from the knowledge base and win over the statistical NER (the small English
pipelines tag "Trump" as an organisation). Other people come from the NER with their titles.
A title ("the Chinese president") resolves by the date in force where it is written.
Pronouns and "the pair" are resolved afterwards, in `coreference.py`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from parley.extract import encounter_lexicon as lex
from parley.extract.context import Context
from parley.extract.timex_lexicon import FULL_MONTHS, WEEKDAYS
from parley.extract.titles import (
    LEADER_TITLES,
    OTHER_TITLES,
    office_for,
    title_ending,
    titled_as_official,
)
from parley.model import Actor
from parley.resolve.kb import KnowledgeBase, Leader, spelling_key
from parley.resolve.kb import near as spelt_alike

_PARTICLE = r"(?:von|van|de|del|della|da|dos|du|der|den|bin|ibn|al|el|le|la)"
_NAME_WORD = r"[A-Z\u00c0-\u024f][\w\u00c0-\u024f'\u2019.\-]*"
_NAME_RUN = re.compile(
    rf"(?:\b{_PARTICLE}\s+(?:{_PARTICLE}\s+)?)?(?<![\w\u00c0-\u024f]){_NAME_WORD}"
    rf"(?:\s+(?:(?:{_PARTICLE}\s+){{0,2}}){_NAME_WORD}){{0,5}}"
)
# Capitalised words that are never a leader's bare name, whatever the knowledge base holds.
_NOT_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "i",
        "we",
        "he",
        "she",
        "they",
        "it",
        "you",
        "your",
        "our",
        "us",
        "my",
        "me",
        "his",
        "her",
        "their",
        "this",
        "that",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "of",
        "to",
        "and",
        "but",
        "or",
        "so",
        "if",
        "as",
    ]
)
_NO_NAME_WORDS = _NOT_NAMES | STOP_WORDS  # words no name is made of ("When", "June")
_HEAD_WORDS = frozenset(t.title() for t in LEADER_TITLES + OTHER_TITLES) | {
    "The",
    "President",
    "Prime",
    "Minister",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Jr.",
    "Jr",
    "Sr.",
    "II",
    "III",
}


# Words that may stand in a capitalised run beside a name: "Chinese President Xi", "Mr. Putin".
_TITLE_WORDS = frozenset(
    w for title in (*LEADER_TITLES, *OTHER_TITLES) for w in title.split()
) | frozenset(
    [
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",  # "Sir Keir": a knight by his given name
        "dame",
        "emperor",
        "empress",
        "prince",
        "princess",
        "crown",
        "sheikh",
        "vice",
        "former",
        "acting",
        "interim",
        "new",
        "then",
        "late",
        "incoming",
        "outgoing",
        "his",
        "her",
        "majesty",
        "highness",
        "elect",
    ]
)


_YEAR = timedelta(days=365)
_TIME_WORDS = FULL_MONTHS | frozenset(WEEKDAYS)  # may open a run before a name
_FAMILY = re.compile(r"\b[Tt]he ([A-Z][a-z]{2,})s\b")
_AMPERSAND_AFTER = re.compile(r"[ \t]*&")
_AMPERSAND_BEFORE = re.compile(r"&[ \t]*$")
# Markdown's line break, or a blank line: a name never runs on past either
_HARD_BREAK = re.compile(r"[ \u00a0]{2,}\n|\n[ \t\u00a0]*\n")
_PLURAL_TITLES = (
    r"presidents|prime ministers|premiers|chancellors|leaders|heads of state and government"
    r"|heads of state|heads of government"
)


# Member countries of the groups whose leaders are named as one ("the G7 leaders"); public
# facts (the G7 since Russia's suspension in 2014; the Quad since 2007).
FORUM_MEMBERS: dict[str, tuple[str, ...]] = {
    "g7": ("US", "GB", "FR", "DE", "IT", "JP", "CA"),
    "quad": ("US", "IN", "JP", "AU"),
}
_MEMBER_GROUP = re.compile(
    r"\b(?:[Tt]he\s+)?(?:other\s+)?(?P<forum>G-?7|Group\s+of\s+(?:Seven|7)|Quad)\s+leaders\b"
    r"|\b(?:[Tt]he\s+)?leaders\s+of\s+the\s+(?P<of>G-?7|Group\s+of\s+(?:Seven|7)|Quad)\b"
)


def _member_key(forum: str) -> str:
    return "quad" if forum.lower() == "quad" else "g7"


_STATE_OF = r"(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate)\s+of\s+(?:the\s+)?"


def _singular(title: str) -> str:
    """The office a plural title asks the knowledge base about."""
    lowered = " ".join(title.lower().split())
    if lowered.startswith(("leaders", "heads")):
        return "leader"
    return lowered.removesuffix("s")


_DOCTOR = re.compile(r"(?:^|\s)Dr\.?\s+$")
_FORMER = re.compile(r"\b(?:former|ex-)\s*(?:[A-Z][\w.]*\s+){0,3}$", re.IGNORECASE)
_HYPHENATED_PARTICLE = re.compile(r"^(?:al|el|Al|El|AL|EL)[-\u2011]")
# "U.S.", "Mr.", "Sept.": a full stop that ends no sentence ("met Xi." and "met Abe." end one)
_ABBREVIATION = re.compile(
    r"(?:[A-Z]\.)+|(?:Mrs?|Ms|Dr|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Maj|Capt|Sgt|Adm|Mt|Ft|Prof"
    r"|Rev|Hon|Pres|No|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
)


def _runs(text: str) -> Iterator[tuple[int, str]]:
    """Capitalised runs, cut at a Markdown line break (the lines of a list of signatures), at
    a paragraph's end ("... was Xi.\n\nKim had") and after a word that ends a sentence
    ("Biden. Then Xi")."""
    for match in _NAME_RUN.finditer(text):
        piece_start = match.start()
        for cut in [*_HARD_BREAK.finditer(match.group()), None]:
            piece_end = match.start() + cut.start() if cut else match.end()
            yield from _sentence_pieces(text, piece_start, piece_end)
            piece_start = match.start() + cut.end() if cut else piece_end


def _sentence_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """text[start:end], cut after each word that ends a sentence."""
    origin = start
    for word in re.finditer(r"\S+", text[origin:end]):
        if word.group().endswith(".") and not _ABBREVIATION.fullmatch(word.group()):
            yield start, text[start : origin + word.end()]
            start = origin + word.end()
            while start < end and text[start].isspace():
                start += 1
    if start < end:
        yield start, text[start:end]


def _opens_sentence(text: str, run_start: int, dateline_end: int = 0) -> bool:
    """Whether a capitalised run starts a sentence, a line, a quotation or the text after a
    dateline ("BEIJING, Sept. 10 - When Kim Jong Un")."""
    before = text[:run_start].rstrip()
    return (
        not before
        or before[-1] in '.!?:;"\u201c\u201d\n('
        or "\n" in text[len(before) : run_start]
        or (dateline_end > 0 and not text[dateline_end:run_start].strip())
    )


def _bare(word: str) -> str:
    """A word without trailing punctuation or possessive: "Putin's," -> "Putin"."""
    word = word.rstrip('.,;:!?)\u201d"') if not _ABBREVIATION.fullmatch(word) else word
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def fold(text: str) -> str:
    """Lower case without diacritics or punctuation noise, for forgiving name comparison."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-\u2019'.]+", " ", bare.lower()).strip()


def _in_firm_name(text: str, start: int, end: int) -> bool:
    """Whether a name stands beside an ampersand, as in a firm's name ("Johnson & Johnson")."""
    before = text[max(0, start - 3) : start]
    return bool(_AMPERSAND_AFTER.match(text, end) or _AMPERSAND_BEFORE.search(before))


def _bare_word(run: str, start: int, end: int) -> bool:
    """Whether a name stands alone: one word with no head's title before it in its run."""
    if " " in run[start:end].strip():
        return False
    return title_ending(run[:start]) not in LEADER_TITLES


def _office_as_written(prefix: str) -> str | None:
    """The official title the words before a name end with, capitalised as a title."""
    title = title_ending(prefix)
    return title.title() if title else None


def _current(leader: Leader, on: date | None) -> bool:
    """In office on `on`, give or take a year."""
    if on is None:
        return True
    return any(
        t.start - _YEAR <= on and (t.end is None or on <= t.end + _YEAR) for t in leader.terms
    )


@dataclass(frozen=True)
class Mention:
    """Where the text refers to one or more actors, and how (name, title, pronoun, group...)."""

    start: int
    end: int
    actors: tuple[Actor, ...]
    how: str


def leader_actor(leader: Leader, on: date | None) -> Actor:
    """The Actor record for a knowledge-base leader, with the country and title in force."""
    term = None
    if on is not None:
        term = next(
            (t for t in leader.terms if t.start <= on and (t.end is None or on <= t.end)), None
        )
    term = term or (leader.terms[-1] if leader.terms else None)
    return Actor(
        id=leader.id,
        name=leader.name,
        kind="person",
        country_code=term.country_code if term else None,
        title=term.title if term else None,
        gender=leader.gender,
    )


def date_words_opening(words: Sequence[Token]) -> int:
    """How many month or weekday words open a name the parser ran a date into ("on 30
    September Hans-Dietrich Genscher")."""
    count = 0
    while count < len(words) and (
        words[count].text in FULL_MONTHS or words[count].text in WEEKDAYS
    ):
        count += 1
    return count


def person_actor(name: str, title: str | None = None) -> Actor:
    """An actor outside the knowledge base, identified by their folded name (a name the
    text wraps across lines is shown on one)."""
    name = " ".join(name.split())
    return Actor(id="person:" + fold(name).replace(" ", "-"), name=name, kind="person", title=title)


@dataclass
class ActorFinder:
    """Finds and resolves actor mentions in one article; built once, used for many articles."""

    kb: KnowledgeBase
    is_place: Callable[[str], bool]
    _forms: dict[str, str] = field(init=False)
    _title_re: re.Pattern[str] = field(init=False)
    _title_words: frozenset[str] = field(init=False)
    _plural_re: re.Pattern[str] = field(init=False)
    _country_re: re.Pattern[str] = field(init=False)
    _national_re: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        self._title_words = _TITLE_WORDS
        self._forms = {}
        for surface, leader_id in self.kb.surface_forms():
            self._forms.setdefault(fold(surface), leader_id)
        forms = {f for c in self.kb.countries() for f in (c.name, *c.names, *c.demonyms)}
        adjectives = sorted(forms, key=len, reverse=True)
        adj = "|".join(re.escape(a) for a in adjectives)
        titles = "|".join(re.escape(t) for t in sorted(LEADER_TITLES, key=len, reverse=True))
        self._title_re = re.compile(
            rf"\b(?P<det>(?:the|his|her|their|its|a|an)\s+)?"
            rf"(?P<former>(?:former|ex-)\s*)?"
            rf"(?:(?P<adj>{adj})(?:['\u2019]s)?\s+)?"
            rf"(?P<title>{titles})\b(?P<elect>-elect\b)?"
            rf"(?:\s+of\s+(?:the\s+)?(?P<of>{adj}))?",
            re.IGNORECASE,
        )
        demonyms = sorted(
            {d for c in self.kb.countries() for d in c.demonyms if d.isalpha()},
            key=len,
            reverse=True,
        )
        self._national_re = re.compile(
            rf"\b[Tt]he\s+(?P<dem>{'|'.join(map(re.escape, demonyms))})"
            rf"(?=\s*[,.;:!?]|\s+(?:{_TELLING_VERBS})\b|\s+[a-z]+ed\b)"  # "shrugged it off"
        )
        names = {f for c in self.kb.countries() for f in (c.name, *c.names)}
        country = "|".join(
            re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
        )
        self._country_re = re.compile(rf"\b(?:{country})\b")
        item = rf"(?:the\s+)?(?:{_STATE_OF})?(?:{country})\b"
        self._plural_re = re.compile(
            rf"\b(?i:(?P<det>the\s+)?(?P<title>{_PLURAL_TITLES}))\s+of\s+"
            rf"(?P<list>{item}(?:\s*,\s*(?:and\s+)?{item})*(?:,?\s+and\s+{item}))"
        )

    # -- names -------------------------------------------------------------------------------
    def _match_run(
        self, run: str, on: date | None, opens_sentence: bool
    ) -> tuple[int, int, Leader] | None:
        """Longest known name inside a capitalised run, as (start, end) within the run.

        The rest of the run must be titles or country words ("Chinese President Xi"), or the
        capitalised word that opens a sentence ("Then Biden"): "Hong Kong" holds no "Hong" and
        "Trump Tower" no "Trump".
        """
        words = [w.group() for w in re.finditer(r"\S+", run)]
        starts = [w.start() for w in re.finditer(r"\S+", run)]
        for size in range(len(words), 0, -1):
            for first in range(0, len(words) - size + 1):
                a = starts[first]
                piece = _bare(run[a : starts[first + size - 1] + len(words[first + size - 1])])
                if size == 1 and fold(piece) in _NOT_NAMES:
                    continue
                leader = self._one_word(piece, on) if size == 1 else self._named(piece)
                if leader is None:
                    continue
                own = _own_words(leader)
                given = next((i for i in range(first) if fold(_bare(words[i])) in own), first)
                rest_ok = all(
                    self._is_title_word(_bare(word))
                    or (index == 0 and opens_sentence)
                    or fold(_bare(word)) in own  # "Kishida Fumio": the name in another order
                    or (size > 1 and index > first)  # "Alejandro Giammattei Falla"
                    or given < index < first  # "George Manneh Weah": a middle name
                    or (index < first and _bare(word) in _TIME_WORDS)  # "In February Biden"
                    for index, word in enumerate(words)
                    if not first <= index < first + size
                )
                if rest_ok:
                    end = a + len(piece)
                    for index in range(first + size, len(words)):  # "Kishida Fumio"
                        if fold(_bare(words[index])) not in own:
                            break
                        end = starts[index] + len(_bare(words[index]))
                    return a, end, leader
        return None

    def _name_words(self, leader: Leader) -> list[str]:
        """Words of the leader's name and of aliases that are names, not descriptions: from
        "United States President Barack Obama" no word, or "United" would stand for him."""
        forms = (leader.name, *leader.aliases)
        return [
            word
            for form in forms
            if not any(self._is_title_word(_bare(w)) for w in form.split())
            for word in form.split()
        ]

    def _is_title_word(self, word: str) -> bool:
        """A title or country word, whole or hyphenated: "President-Elect", "U.S.-born"."""
        parts = [word, *word.split("-")] if "-" in word else [word]
        return all(
            p.lower() in self._title_words or self.kb.country(p) is not None
            for p in (parts[1:] if len(parts) > 1 else parts)
        )

    def names(self, text: str, published: date | None, context: Context) -> list[Mention]:
        """Knowledge-base leaders named in the text, then their bare given or family names."""
        found: list[Mention] = []
        local: dict[str, list[tuple[int, Leader, Actor]]] = {}
        runs = self._name_runs(text, published, context)
        for run_start, run, on, (a, b, leader) in runs.hits:
            if _NAMED_AFTER.match(run, b):
                continue  # "Kim Il Sung Square", "Ronald Reagan Airport": a place named so
            if on is not None and self.kb.has_namesake(leader) and not leader.in_office(on):
                # "George Bush" in 1990 is the father, whose son's alias it became
                then = self.kb.find(run[a:b], on)
                leader = then if then is not None and _current(then, on) else leader
            bare = _bare_word(run, a, b)
            official = titled_as_official(run[:a])
            if (official and bare) or (
                bare
                and (
                    self.is_place(run[a:b])
                    or (not _current(leader, on) and leader.id not in runs.vouched)
                    or (fold(run[a:b]) in runs.family_names and leader.id not in runs.vouched)
                )
            ):
                continue  # "Vice President Harris"; a bare "Toledo" is the city, a bare
                # "Franco" years after his term a namesake, until the article names the
                # leader in full (then the second pass below finds the bare name again); a
                # bare "Harris" after "Kamala Harris" is hers when no Taoiseach is named
            actor = leader_actor(leader, on)
            if official:  # "Foreign Minister Ignazio Cassis", a year before his presidency
                actor = replace(actor, title=_office_as_written(run[:a]))
            found.append(Mention(run_start + a, run_start + b, (actor,), "name"))
            for token in self._name_words(leader):
                word = _bare(token)
                plain = word not in _HEAD_WORDS and fold(word) not in _NOT_NAMES
                letters = sum(c.isalpha() for c in word)  # "J." of "Donald J. Trump" is no name
                # "Vladimir" alone is not Putin where "Vladimir Kara-Murza" is named too
                theirs = fold(word) not in runs.given_names
                if letters >= 2 and plain and theirs and not self._is_title_word(word):
                    local.setdefault(fold(word), []).append((run_start + a, leader, actor))
        found += self._families(text, published, context, found)
        if not local:
            return sorted(found, key=lambda m: m.start)
        found += self._bare_names(text, local, found, context, published)
        return sorted(found, key=lambda m: m.start)

    def _name_runs(self, text: str, published: date | None, context: Context) -> _NameRuns:
        """The capitalised runs that hold a leader's name, and what the other runs say about
        the bare names in them (see `_NameRuns`)."""
        runs = _NameRuns()
        for run_start, run in _runs(text):
            if _in_firm_name(text, run_start, run_start + len(run)):
                continue  # "Johnson & Johnson", "Procter & Gamble"
            on = _date_at(context, run_start, published)
            hit = self._match_run(run, on, _opens_sentence(text, run_start, context.dateline_end))
            words = run.split()
            if hit is not None and self._given_name_before(run, hit):
                hit = None  # "Kamala Harris" opening a sentence: no "Then Harris"
            if hit is not None and _DOCTOR.search(run[: hit[0]]) and _bare_word(run, *hit[:2]):
                hit = None  # "Dr. Biden" is the First Lady: no head of government's honorific
            if hit is None:
                if len(words) > 1 and self._stranger(_bare(words[-2]), _bare(words[-1])):
                    runs.family_names.add(fold(_bare(words[-1])))
                    runs.given_names.add(fold(_bare(words[-2])))
                continue
            if not _bare_word(run, hit[0], hit[1]):
                runs.vouched.add(hit[2].id)
            runs.hits.append((run_start, run, on, hit))
        return runs

    def _stranger(self, given: str, family: str) -> bool:
        """Whether two words name someone who is no known leader: "Kamala Harris", not
        "Barack Obama" (however the run around it reads) or "President Harris"."""
        if self._is_title_word(given) or fold(given) in _NO_NAME_WORDS or not given.isalpha():
            return False
        return self._named(f"{given} {family}") is None

    def _given_name_before(self, run: str, hit: tuple[int, int, Leader]) -> bool:
        """Whether one capitalised word that could be another's given name stands before a
        family name that opens a sentence: "Kamala Harris said", not "Then Harris said",
        "President Harris" or "Fumio Kishida"."""
        start, end, leader = hit
        before = run[:start].split()
        if len(before) != 1 or " " in run[start:end].strip():
            return False
        word = _bare(before[0])
        return fold(word) not in _own_words(leader) and self._stranger(word, run[start:end])

    def _bare_names(
        self,
        text: str,
        local: dict[str, list[tuple[int, Leader, Actor]]],
        found: list[Mention],
        context: Context,
        published: date | None,
    ) -> list[Mention]:
        """The given or family names of leaders the text has named, used alone ("Joe", "Xi's"),
        not as a word of another name: "John F. Kennedy" is no "John" (Donald John Trump),
        and "Trump Tower" no Trump. A word several named leaders share ("Kim" of Kim Jong Il
        and Kim Jong Un) is the one's in office when the text speaks (see `_holder_of`)."""
        covered = [(m.start, m.end) for m in found]
        out = []
        for run_start, run in _runs(text):
            words = list(re.finditer(r"\S+", run))
            keys = [fold(_bare(w.group())) for w in words]
            opens = _opens_sentence(text, run_start, context.dateline_end)
            on = _date_at(context, run_start, published)
            for index, word in enumerate(words):
                start = run_start + word.start()
                actor = _holder_of(local.get(keys[index]), on, start)
                if actor is None and "-" in word.group():
                    out += _pair_named(word, run_start, local, on, covered)
                    continue
                if actor is None or any(s <= start < e for s, e in covered):
                    continue
                alone = all(
                    self._is_title_word(_bare(other.group()))
                    or keys[other_index] in _NO_NAME_WORDS  # "in June Trump", "When Obama"
                    or _holder_of(local.get(keys[other_index]), on, start) == actor
                    or (other_index == 0 and opens)
                    for other_index, other in enumerate(words)
                    if other_index != index
                )
                end = start + len(_bare(word.group()))
                if alone and not _in_firm_name(text, start, end):
                    out.append(Mention(start, end, (actor,), "name"))
        return out

    def _named(self, words: str) -> Leader | None:
        """The leader a known form of a name ("Xi Jinping", "Zelensky") belongs to, or a
        given name spelt another way before a known family name ("Alexander Lukashenko" for
        Aleksandr)."""
        leader_id = self._forms.get(fold(words))
        given, _, family_name = words.partition(" ")
        if leader_id is None and family_name.isalpha() and not self._is_title_word(given):
            family = self._forms.get(fold(family_name))
            leader = self.kb.leader(family) if family is not None else None
            if leader is not None and _given_name_of(leader, given):
                leader_id = leader.id
        return self.kb.leader(leader_id) if leader_id is not None else None

    def _one_word(self, word: str, on: date | None) -> Leader | None:
        """The leader one word names: a known form ("Al-Kadhimi" also by the surname
        "Kadhimi"), else the one leader in office at `on` with that family name."""
        leader = self._named(word) or self._named(_HYPHENATED_PARTICLE.sub("", word))
        return leader or self.kb.shared_surname(word, on)

    def _families(
        self, text: str, published: date | None, context: Context, found: list[Mention]
    ) -> list[Mention]:
        """ "the Trumps", "the Obamas": a leader's household, named by the family name."""
        out = []
        starts = {m.start for m in found}
        for match in _FAMILY.finditer(text):
            if match.start(1) in starts:
                continue
            on = _date_at(context, match.start(), published)
            leader = self._one_word(match.group(1), on)
            if leader is not None:
                actor = leader_actor(leader, on)
                out.append(Mention(match.start(1), match.end(1) + 1, (actor,), "name"))
        return out

    # -- titles and metonyms -------------------------------------------------------------------
    def titles(
        self,
        text: str,
        published: date | None,
        context: Context,
        names: list[Mention],
        home: str | None = None,
    ) -> list[Mention]:
        """Title phrases ("the Chinese president", "the President") naming a leader.

        A title with no country names the latest leader of that title in the section, else in
        the article before it, else the holder in `home`, the country the article is written
        from.
        """
        out: list[Mention] = []
        name_starts = {m.start for m in names}
        name_ends = {m.end for m in names}
        pair = main_pair(names)
        for match in self._title_re.finditer(text):
            follow = re.match(r",?\s+", text[match.end() :])  # "Iran's president, Ebrahim Raisi"
            after = match.end() + (follow.end() if follow else 0)
            if after in name_starts or any(
                m.start <= match.end() and match.start() < m.end for m in names
            ):
                continue  # "President Xi Jinping": the name carries the mention
            if match.start() - 2 in name_ends and text[match.start() - 2] == ",":
                continue  # "Jean-Claude Juncker, the president of the Commission": the same
            if _HARD_BREAK.search(match.group()):
                continue  # "...of Nauru  \nPresident Russ Kun": two lines of a list
            if (match.group("det") or "").strip().lower() in {"a", "an"}:
                continue  # "an American president" is any one of them
            on = _date_at(context, match.start(), published) or published
            if on is None:
                continue
            told_on = on
            if match.group("elect"):
                on += _TRANSITION  # "the president-elect": who holds the office once sworn in
            office = office_for(match.group("title"))
            country_text = match.group("adj") or match.group("of")
            if country_text is None:
                det = (match.group("det") or "").strip().lower()
                if not det or det == "its" or office in {"leader", "counterpart"}:
                    continue  # ("its president": of a bank or a party, as often as a land)
                floor = context.section_at(match.start()).start
                serving = partial(self._serving, on=on)
                if match.group("elect"):  # in office once sworn in, and not yet when told
                    serving = partial(self._elected, told=told_on, on=on)
                if match.group("former"):
                    # "the former prime minister": one out of office when the article was
                    # written (a section's date may be from before they left)
                    serving = partial(self._retired, on=published or on)
                # the latest of that title in office then ("the President", said in 2021 after
                # naming Trump, is Biden) in the section, else the one of that title the article
                # has named most (a story of Trudeau that names Rutte once is Trudeau's)
                actor = _latest_with_title(text, names, office, floor, match.start(), serving)
                # "the prime minister" in a story of Albanese and Biden that has just named
                # Kishida: the one of the story's two leaders who holds the office
                protagonist = _protagonist_with_title(pair, office, serving)
                if protagonist is not None and actor not in pair:
                    actor = protagonist
                actor = actor or _most_with_title(text, names + out, office, match.start(), serving)
                if home is not None and _honorific(match.group("det"), match.group("title")):
                    actor = None  # a government's "the President" is its own president
                if actor is None and home is not None:
                    holder = self.kb.holder(home, office, on)
                    actor = leader_actor(holder, on) if holder is not None else None
                if actor is not None:
                    out.append(Mention(match.start("det"), match.end(), (actor,), "title"))
                continue
            country = self.kb.country(country_text)
            if country is None:
                continue
            leader = self._told_holder(text, names, country.code, office, match.start(), on)
            leader = leader or self.kb.holder(country.code, office, on)
            if leader is None:
                continue
            start = match.start("adj") if match.group("adj") else match.start("title")
            if match.group("det"):
                start = match.start("det")
            out.append(Mention(start, match.end(), (leader_actor(leader, on),), "title"))
        return out

    def _told_holder(
        self, text: str, names: list[Mention], code: str, office: str, before: int, on: date
    ) -> Leader | None:
        """The leader of the country the text named before `before` who held the office on
        `on` (else within a year of it), the latest named first: in a story of 2001 told in
        2008, "the Russian leader" is the Putin just named, not the president at publication
        (but not one named as "former President"); "the Soviet leader" in November 1985 is
        Gorbachev, though Chernenko, dead since March, was named last. None when the last
        one named never held that office."""
        told: list[Leader] = []
        for mention in reversed([m for m in names if m.start < before and m.how == "name"]):
            actor = mention.actors[0]
            leader = self.kb.leader(actor.id)
            if leader is None or actor.country_code != code or leader in told:
                continue
            if _FORMER.search(text, max(0, mention.start - 40), mention.start):
                continue
            if not self.kb.ever_held(leader, code, office):
                break
            told.append(leader)
        then = [lead for lead in told if lead.in_office(on)] or [
            lead
            for lead in told
            if _current(lead, on)  # (a story's time is rough)
        ]
        return then[0] if then else None

    def _serving(self, actor: Actor, on: date) -> bool:
        """Whether a leader holds office on `on` (someone the knowledge base lacks may)."""
        known = self.kb.leader(actor.id)
        return known is None or known.in_office(on)

    def _elected(self, actor: Actor, told: date, on: date) -> bool:
        """Whether a leader the knowledge base knows holds office on `on` but not on `told`."""
        known = self.kb.leader(actor.id)
        return known is not None and known.in_office(on) and not known.in_office(told)

    def _retired(self, actor: Actor, on: date) -> bool:
        """Whether a leader the knowledge base knows had left office by `on`."""
        known = self.kb.leader(actor.id)
        return known is not None and not known.in_office(on) and known.terms[0].start < on

    def officials_by_title(self, text: str, found: list[Mention]) -> list[Mention]:
        """ "Foreign Minister Wang Yi ... “…,” the Chinese minister said": "the" and an
        official's title word stand for the person last named a short way back with that title,
        or, when the title has a nationality ("the Turkish minister"), with that nationality
        ("His Turkish counterpart, Mevlüt Çavuşoğlu")."""
        matches = [
            m
            for m in _OFFICIAL_TITLE.finditer(text)
            if not any(f.start <= m.start() < f.end for f in found)
        ]
        people = [m for m in found if len(m.actors) == 1 and m.actors[0].id.startswith("person:")]
        if not matches or not people:
            return []  # (most articles: nothing to read the nationalities for)
        countries: dict[str, str] = {}
        if any(m.group("adj") for m in matches):
            for m in people:  # a nationality set beside any of a person's mentions is theirs
                code = self._nationality_before(text, m.start)
                if code is not None:
                    countries.setdefault(m.actors[0].id, code)
        out: list[Mention] = []
        for match in matches:
            start, role, adj = match.start(), match.group("role").lower(), match.group("adj")
            country = self.kb.country(adj) if adj else None
            wanted = country.code if country is not None else None
            near = [m.actors[0] for m in people if start - _OFFICIAL_REACH <= m.start < start]
            fits = [a for a in near if wanted is not None and countries.get(a.id) == wanted]
            fits = fits or [
                a
                for a in near
                if (a.title or "").lower().split()[-1:] == [role]
                and (wanted is None or countries.get(a.id) in {None, wanted})
            ]
            if fits:
                out.append(Mention(start, match.end(), (fits[-1],), "title"))
        return out

    def _nationality_before(self, text: str, at: int) -> str | None:
        """The country of a nationality word just before a name ("His Turkish counterpart,
        Mevlüt Çavuşoğlu", "China's foreign minister, Wang Yi")."""
        for word in reversed(re.findall(r"[A-Z][a-z]+(?:'s)?", text[max(0, at - 40) : at])):
            country = self.kb.country(word.removesuffix("'s"))
            if country is not None:
                return country.code
        return None

    def nationals(self, text: str, names: list[Mention]) -> list[Mention]:
        """ "the American said", "The Russian replied": a nationality used as a noun is the
        leader of that country the text named last."""
        out: list[Mention] = []
        for match in self._national_re.finditer(text):
            country = self.kb.country(match.group("dem"))
            if country is None:
                continue
            named = _named_of(names, country.code, match.start())
            if named is not None:
                out.append(Mention(match.start(), match.end(), (named,), "title"))
        return out

    def plural_titles(
        self,
        text: str,
        published: date | None,
        context: Context,
        named: Sequence[Mention] = (),
    ) -> list[Mention]:
        """ "the Presidents of Kazakhstan, Tajikistan and Uzbekistan", "the leaders of France and
        Germany": one mention of every listed country's holder of that title; "the G7
        leaders": one of every member's leader. "The leaders of the United States and Iran" are
        the leaders of those countries the text has named before, if any (Iran's president,
        not its supreme leader, after Rouhani was named)."""
        out: list[Mention] = []
        for match in self._plural_re.finditer(text):
            on = _date_at(context, match.start(), published) or published
            if on is None:
                continue
            office = _singular(match.group("title"))
            actors: list[Actor] = []
            for name in self._country_re.finditer(match.group("list")):
                country = self.kb.country(" ".join(name.group().split()))
                if country is None:
                    continue
                told = _named_of(named, country.code, match.start()) if office == "leader" else None
                leader = self.kb.holder(country.code, office, on)
                if told is not None:
                    actors.append(told)
                elif leader is not None:
                    actors.append(leader_actor(leader, on))
            if len(actors) >= 2:
                out.append(Mention(match.start(), match.end(), tuple(actors), "title"))
        for match in _MEMBER_GROUP.finditer(text):
            on = _date_at(context, match.start(), published) or published
            if on is None:
                continue
            members = FORUM_MEMBERS[_member_key(match.group("forum") or match.group("of"))]
            holders = [self.kb.holder(code, "leader", on) for code in members]
            actors = [leader_actor(h, on) for h in holders if h is not None]
            if len(actors) >= 2:
                out.append(Mention(match.start(), match.end(), tuple(actors), "group"))
        return out

    def metonyms(
        self, doc: Doc, offset: int, published: date | None, context: Context
    ) -> list[Mention]:
        """Governments named by their seat ("the Kremlin", "Beijing") as subject or object."""
        out: list[Mention] = []
        for ent in doc.ents:
            if ent.label_ not in {"GPE", "ORG", "FAC", "LOC"}:
                continue
            if ent.root.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}:
                continue
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ not in {"with", "by", "between"}:
                continue
            country = self.kb.metonym(ent.text)
            start = offset + ent.start_char
            on = _date_at(context, start, published) or published
            if country is None or on is None:
                continue
            leader = self.kb.holder(country.code, "leader", on)
            if leader is not None:
                out.append(
                    Mention(start, offset + ent.end_char, (leader_actor(leader, on),), "metonym")
                )
        return out

    # -- people outside the knowledge base --------------------------------------------------
    def people(self, doc: Doc, offset: int, known: list[Mention]) -> list[Mention]:
        """PERSON entities that are not known leaders, with a title read from the words before;
        then the family names of the people named so far, used alone ("Antony Blinken" ...
        "Blinken finally went to Beijing"), whether or not the tagger marked them."""
        out: list[Mention] = []
        named = {
            _family_name(a.name): a
            for m in known
            if m.how == "person"
            for a in m.actors
            if " " in a.name
        }
        for ent in doc.ents:
            if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and _an_official(ent.root)):
                continue  # ("Celso Amorim, his chief foreign-policy adviser", tagged a firm)
            ent = ent[min(date_words_opening(ent), len(ent) - 1) :]
            start, end = offset + ent.start_char, offset + ent.end_char
            if any(m.start < end and start < m.end for m in known):
                continue
            if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
                continue  # "John F. Kennedy airport", "a Navalny aide": a name in a noun
            if _names_a_thing(ent.root) or (len(ent) == 1 and _a_destination(ent.root)):
                continue
            name = re.sub(r"['\u2019]s$", "", ent.text).strip()
            hyphenated = doc.text[ent.end_char : ent.end_char + 1] == "-"
            if len(name) < 3 or not name[0].isupper() or hyphenated or self.is_place(name):
                continue
            if name.lower() in _PLATFORMS:
                continue  # "made the call public on Twitter": where it was posted
            title = _title_before(doc, ent.start)
            actor = named.get(name) or person_actor(name, title)
            out.append(Mention(start, start + len(name), (actor,), "person"))
            if " " in name:
                named.setdefault(_family_name(name), actor)
        taken = known + out
        for token in doc:
            actor = named.get(token.text)
            if actor is None or token.pos_ != "PROPN":
                continue
            start = offset + token.idx
            if not any(m.start <= start < m.end for m in taken):
                out.append(Mention(start, start + len(token.text), (actor,), "person"))
        return out


_TOGETHER_REACH = 250  # characters: two names this close are told together
_PAIR_BALANCE = 4  # the second of an article's pair is named at least a quarter as often


def main_pair(mentions: list[Mention]) -> tuple[Actor, ...]:
    """The two known leaders an article names most: whom "the pair" means by default."""
    counts: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for mention in mentions:
        for actor in mention.actors:
            if actor.kind == "person" and not actor.id.startswith("person:"):
                counts[actor.id] = counts.get(actor.id, 0) + 1
                actors.setdefault(actor.id, actor)
    top = sorted(counts, key=lambda i: -counts[i])[:2]
    if len(top) < 2 or counts[top[1]] * _PAIR_BALANCE < counts[top[0]]:
        return ()  # a briefing that names Biden often and Trump's policy twice is no story
    if not _named_together(mentions, top[0], top[1]):
        return ()
    return tuple(actors[i] for i in top)


def _named_together(mentions: list[Mention], first: str, second: str) -> bool:
    """Whether two actors are named within a sentence's reach of each other at least once."""
    last: dict[str, int] = {}
    for mention in mentions:
        for actor in mention.actors:
            if actor.id in (first, second):
                other = second if actor.id == first else first
                if other in last and mention.start - last[other] <= _TOGETHER_REACH:
                    return True
                last[actor.id] = mention.start
    return False


def _pair_named(
    word: re.Match[str],
    run_start: int,
    local: dict[str, list[tuple[int, Leader, Actor]]],
    on: date | None,
    covered: list[tuple[int, int]],
) -> list[Mention]:
    """ "the Trump-Kim summit", "Biden-Xi talks": two named leaders joined by a hyphen, when
    every part is one."""
    parts = list(re.finditer(r"[^-]+", _bare(word.group())))
    found = []
    for part in parts:
        start = run_start + word.start() + part.start()
        actor = _holder_of(local.get(fold(part.group())), on, start)
        if actor is None or any(s <= start < e for s, e in covered):
            return []
        found.append(Mention(start, start + len(part.group()), (actor,), "name"))
    return found if len(found) > 1 else []


def _given_name_of(leader: Leader, word: str) -> bool:
    """Whether a word is one of a leader's given names, however transliterated ("Alexander"
    for Aleksandr), not another word before the family name ("Sierra Leone")."""
    key = spelling_key(fold(word))
    names = (leader.name, *leader.aliases)
    return any(spelt_alike(key, spelling_key(part)) for n in names for part in fold(n).split()[:-1])


def _holder_of(
    named: list[tuple[int, Leader, Actor]] | None, on: date | None, at: int
) -> Actor | None:
    """Of the leaders named in full (where, who) whose name holds one bare word, the one in
    office on `on` ("Kim" in 2018 is not the late Kim Jong Il), named last before `at` ("his
    new premier, Li Qiang ... had met Li", not Li Keqiang); else the first named."""
    if not named:
        return None
    current = [n for n in named if _current(n[1], on)] or named
    before = [n for n in current if n[0] < at]
    return (before[-1] if before else current[0])[2]


def _an_official(name: Token) -> bool:
    """Whether a name is set beside an official's title: "Celso Amorim, his adviser"."""
    return any(
        c.dep_ == "appos" and title_ending(" ".join(t.text for t in c.subtree if t.i <= c.i))
        for c in name.children
    )


def _names_a_thing(root: Token) -> bool:
    """Whether a name is told as a building, a ship or the like: "Tongilgak, a building on the
    northern side", "the helicopter carrier Kaga"."""
    beside = [c for c in root.children if c.dep_ in {"appos", "compound"}]
    if root.dep_ == "appos":
        beside.append(root.head)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in lex.THINGS for t in beside)


# where leaders post, which the tagger may take for people
_PLATFORMS = frozenset(
    {"twitter", "facebook", "instagram", "telegram", "whatsapp", "youtube", "tiktok", "weibo",
     "wechat", "truth social", "threads", "bluesky"}
)  # fmt: skip


def _a_destination(root: Token) -> bool:
    """Whether a one-word name is where someone went or was ("travelled to Turnberry",
    "talks at Turnberry"): a place the gazetteer does not know, not a person."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in {"in", "at"}:
        return True
    return prep.lower_ == "to" and lex.lemma_of(prep.head.lemma_) in lex.MOTION_VERBS


def _own_words(leader: Leader) -> set[str]:
    """The folded words of a leader's name and aliases."""
    return {fold(t) for n in (leader.name, *leader.aliases) for t in n.split()}


def _named_of(named: Sequence[Mention], country_code: str, before: int) -> Actor | None:
    """The leader of a country named last before `before`."""
    return next(
        (
            a
            for m in reversed(named)
            if m.start < before and m.how == "name"
            for a in m.actors
            if a.country_code == country_code
        ),
        None,
    )


@dataclass
class _NameRuns:
    """What the capitalised runs of a text say about its names."""

    # (run start, run, date it is read at, (start, end, leader) in the run)
    hits: list[tuple[int, str, date | None, tuple[int, int, Leader]]] = field(default_factory=list)
    # the family and given names of people named in full who are no leader ("Kamala Harris")
    family_names: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    # leaders named in full or under a head's title, whose bare family name stays theirs
    vouched: set[str] = field(default_factory=set)


def _family_name(name: str) -> str:
    """The word a person is called by alone after being named in full: the last one (but
    not "Jr.")."""
    last = name.split()[-1]
    return last if len(last) > 2 and not last.endswith(".") else name


def _honorific(det: str, title: str) -> bool:
    """ "the President" mid-sentence: the capital an official writes for their own head (news
    style writes "the president", and "The President" may only be starting a sentence)."""
    return det[0].islower() and title[0].isupper()


def _holding(
    text: str, mention: Mention, office: str, serving: Callable[[Actor], bool]
) -> Actor | None:
    """The leader a mention names when their title is `office` and they are `serving`; one
    named as "former President Obama" is not the one "the President" means afterwards."""
    actor = mention.actors[0]
    if _FORMER.search(text, max(0, mention.start - 40), mention.start):
        return None
    titled = actor.title and office in actor.title.lower()
    return actor if titled and serving(actor) else None


def _latest_with_title(
    text: str,
    names: list[Mention],
    office: str,
    floor: int,
    before: int,
    serving: Callable[[Actor], bool],
) -> Actor | None:
    """The last leader named between `floor` and `before` who is `_holding` the office."""
    for mention in reversed([m for m in names if floor <= m.start < before]):
        actor = _holding(text, mention, office, serving)
        if actor is not None:
            return actor
    return None


def _protagonist_with_title(
    pair: tuple[Actor, ...], office: str, serving: Callable[[Actor], bool]
) -> Actor | None:
    """The one of the text's two main leaders (`main_pair`) who holds `office`, if only one
    does."""
    holders = [a for a in pair if a.title and office in a.title.lower() and serving(a)]
    return holders[0] if len(holders) == 1 else None


def _most_with_title(
    text: str,
    told: list[Mention],
    office: str,
    before: int,
    serving: Callable[[Actor], bool],
) -> Actor | None:
    """Of the leaders `_holding` the office, the one `told` (names and titles already read)
    refers to most before `before`; the latest named on a tie."""
    counts: dict[str, int] = {}
    latest: dict[str, tuple[int, Actor]] = {}
    for mention in told:
        if mention.start >= before or len(mention.actors) != 1:
            continue
        actor = _holding(text, mention, office, serving)
        if actor is not None:
            counts[actor.id] = counts.get(actor.id, 0) + 1
            if mention.start > latest.get(actor.id, (-1, actor))[0]:
                latest[actor.id] = (mention.start, actor)
    if not counts:
        return None
    best = max(counts, key=lambda i: (counts[i], latest[i][0]))
    return latest[best][1]


def _title_before(doc: Doc, index: int) -> str | None:
    """A title written just before a name: "national security adviser John Bolton"."""
    window = doc[max(0, index - 5) : index].text
    hits = [m for m in re.finditer(r"[A-Za-z .]+$", window)]
    return title_ending(hits[-1].group()) if hits else None


# verbs after which "the American" is a person: "the American said", "The Russian replied"
_TELLING_VERBS = (
    "said|told|replied|answered|added|was|had|did|called|warned|insisted|wrote|spoke|agreed"
    "|asked|laughed|smiled|seemed|took|gave|came|went|met|sat|pressed|urged|promised"
)


# from an election to the swearing-in: about two and a half months in the United States
_TRANSITION = timedelta(days=90)


def _date_at(context: Context, offset: int, published: date | None) -> date | None:
    """The date a title at `offset` is read against: the day its story has reached there,
    else its section's date, else that of the latest section before it that has one ("## The
    last months" goes on from "June 2019"), else publication."""
    told = context.story_day(offset)
    if told is not None:
        return told
    dated = (s.time for s in reversed(context.sections) if s.start <= offset and s.time)
    return next((t.start for t in dated), published)


# What a leader's name is given to: "Kim Il Sung Square", "John F. Kennedy Airport".
_NAMED_AFTER = re.compile(
    r"\s+(?:Square|Stadium|Airport|Street|Avenue|Boulevard|Bridge|University|Hall|Center|"
    r"Centre|Park|Palace|Mausoleum|Library|Road|Station|Memorial|Institute|School|Hospital|"
    r"Foundation|Prize|Museum|Highway|Dam|Tower)\b"
)


def described_as(text: str, found: list[Mention]) -> list[Mention]:
    """ "Donald Trump, then a Republican candidate, ... The candidate then put the trip off":
    "the" and a noun set beside one person's name stands for that person later on, until the
    noun is set beside another name. Titles are left to `titles`, which knows who held them."""
    people = [m for m in found if len(m.actors) == 1 and m.actors[0].kind == "person"]
    beside = sorted(
        (match.end(), match.group("noun").lower(), person.actors[0])
        for person in people
        if (match := _DESCRIBED.match(text, person.end)) is not None
        and match.group("noun").lower() not in _NOT_DESCRIPTIONS
    )
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in found]
    for index, (after, noun, actor) in enumerate(beside):
        until = next((a for a, n, _ in beside[index + 1 :] if n == noun), len(text))
        for match in re.finditer(rf"\b[Tt]he {re.escape(noun)}\b(?![-\w])", text[:until]):
            start = match.start()
            if start < after or any(a <= start < b for a, b in taken):
                continue
            out.append(Mention(start, match.end(), (actor,), "title"))
    return out


# ", then a Republican candidate,", ", the nominee.": a description set beside a name
_DESCRIBED = re.compile(
    r",\s+(?:then\s+|now\s+|still\s+)?(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[a-z][a-z-]+)"
    r"\s*[,.;]"
)
_NOT_DESCRIPTIONS = (
    frozenset(w for t in LEADER_TITLES + OTHER_TITLES for w in t.lower().split())
    | lex.ROLE_NOUNS
    | frozenset({"man", "woman", "leader", "country", "time", "day", "year", "week", "month"})
)


_OFFICIAL_TITLE = re.compile(
    r"\b[Tt]he (?:(?P<adj>[A-Z][a-z]+) )?(?P<role>minister|spokesman|spokeswoman|spokesperson|"
    r"ambassador|envoy|adviser|advisor|secretary)\b"
)
_OFFICIAL_REACH = 1500  # characters back to the official a title stands for
