"""`parley brief A B`: the story of two actors' encounters, told only from what the store holds.

Merged encounters become a small tree (Brief → Section → Statement → Clause with footnote
numbers) that the Markdown and HTML renderers both walk, so the two formats can never say
different things. Every sentence is generated from a stored field and cites the article and
the evidence sentence that gave that field; a field the store lacks is left out, not guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from parley import query
from parley.model import Actor, Place, TimeRef
from parley.resolve.kb import KnowledgeBase
from parley.store import EncounterRecord, QuoteRecord, Store
from parley.store.merged_records import MergedEncounter


@dataclass(frozen=True)
class Footnote:
    """One source: the article and the exact sentence in it that supports a statement."""

    number: int
    article_id: str
    title: str | None
    published: date | None
    url: str | None
    sentence: str


@dataclass(frozen=True)
class Clause:
    """A stretch of a statement and the footnotes that back exactly that stretch."""

    text: str
    notes: tuple[int, ...]


@dataclass(frozen=True)
class Statement:
    """One sentence of the brief; `quote` marks the words of a speaker rather than narration."""

    clauses: tuple[Clause, ...]
    quote: bool = False

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.clauses)


@dataclass(frozen=True)
class Section:
    """One real encounter: its heading, how many articles tell it, and what they say."""

    encounter_id: str
    heading: str
    sources: int
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Brief:
    """Everything a rendering shows, in order; renderers add layout, never content."""

    title: str
    opening: str
    sections: tuple[Section, ...]
    footnotes: tuple[Footnote, ...]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_MONTHS += ("September", "October", "November", "December")
_SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring"}
_SEASONS |= {6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
_NOUN = {"meeting": "meeting", "call": "call", "visit": "visit"}
_HISTORY_WORD = {"scheduled": "announced", "proposed": "proposed"}
# proposed and declined were never agreed; the rest were planned when first reported.
_MODE = {"held": "held", "proposed": "proposed", "declined": "proposed"}
# company → its sentence ("were" or "were to be" fills the gap) and words of the sentence citing it
_COMPANY_TOLD = {
    "alone": (
        "They {} alone, with no aides.",
        ("alone", "aide", "one-on-one", "one on one", "tête", "tete", "private"),
    ),
    "interpreters only": ("Only interpreters {} present.", ("interpreter", "translator")),
}


def brief_for(store: Store, first: str, second: str, *, min_confidence: float = 0.0) -> Brief:
    """The brief on two actors, named as a user would ("xi", "Biden"), from the store."""
    records = query.merged_timeline(store, first, second, min_confidence=min_confidence)
    pair = (_actor(store, first, records), _actor(store, second, records))
    return build_brief(records, pair)


def write_brief(
    store: Store,
    first: str,
    second: str,
    out: TextIO,
    *,
    html: bool = False,
    min_confidence: float = 0.0,
) -> Brief:
    """Write the brief as Markdown (or a standalone HTML page) to `out`; returns what it wrote."""
    from parley.report.brief_html import render_html

    result = brief_for(store, first, second, min_confidence=min_confidence)
    out.write(render_html(result) if html else render_markdown(result))
    return result


def _actor(store: Store, name: str, records: Sequence[MergedEncounter]) -> Actor:
    """The canonical actor a user's name means: as the records name it, else the KB's name."""
    wanted = query.actor_id(store, name)
    for merged in records:
        for part in merged.participants:
            if part.actor.id == wanted:
                return part.actor
    leader = KnowledgeBase.default().leader(wanted)
    return Actor(wanted, leader.name if leader else name)


def build_brief(records: Sequence[MergedEncounter], pair: tuple[Actor, Actor]) -> Brief:
    """The brief's tree from merged encounters in date order; pure, so tests need no store."""
    names = f"{pair[0].name} and {pair[1].name}"
    if not records:
        return Brief(names, f"The store holds no encounters between {names}.", (), ())
    records = sorted(records, key=lambda m: (m.time is None, m.time.start if m.time else date.min))
    notes = _Notes(records)
    sections = tuple(_section(m, pair, notes) for m in records)
    years = sorted({m.time.start.year for m in records if m.time})
    span = ""
    if years:
        span = f", {years[0]}" if years[0] == years[-1] else f", {years[0]}–{years[-1]}"
    title = f"{names}: {_count(len(records), 'encounter')}{span}"
    return Brief(title, _opening(records), sections, notes.footnotes())


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _opening(records: Sequence[MergedEncounter]) -> str:
    statuses = Counter(m.status for m in records)
    kinds = Counter(m.kind for m in records)
    by_status = ", ".join(f"{n} {s}" for s, n in statuses.most_common())
    by_kind = ", ".join(_count(n, k) for k, n in kinds.most_common())
    undated = sum(m.time is None for m in records)
    tail = f"; {undated} undated" if undated else ""
    return f"{_count(len(records), 'encounter')}: {by_status}; {by_kind}{tail}."


class _Notes:
    """Footnote numbers in order of first citation; one number per (article, sentence)."""

    def __init__(self, records: Iterable[MergedEncounter]) -> None:
        self._articles: dict[str, tuple[str | None, date | None, str | None]] = {}
        for merged in records:
            for q in merged.quotes:
                self._articles.setdefault(q.article_id, (q.article_title, q.published, None))
            for m in merged.mentions:
                self._articles[m.article_id] = (m.article_title, m.published, m.article_url)
        self._numbers: dict[tuple[str, str], int] = {}

    def cite(self, article_id: str, sentence: str) -> int:
        key = (article_id, " ".join(sentence.split()))
        return self._numbers.setdefault(key, len(self._numbers) + 1)

    def mention(self, record: EncounterRecord, *needles: str) -> int:
        """Cite a mention by its evidence sentence that contains a needle, else its first."""
        spans = [s.text for s in record.encounter.evidence]
        lowered = [n.casefold() for n in needles if n]
        chosen = next((s for s in spans if any(n in s.casefold() for n in lowered)), None)
        return self.cite(record.article_id, chosen or (spans[0] if spans else ""))

    def footnotes(self) -> tuple[Footnote, ...]:
        notes = []
        for (article_id, sentence), number in self._numbers.items():
            title, published, url = self._articles.get(article_id, (None, None, None))
            notes.append(Footnote(number, article_id, title, published, url, sentence))
        return tuple(sorted(notes, key=lambda n: n.number))


def _section(merged: MergedEncounter, pair: tuple[Actor, Actor], notes: _Notes) -> Section:
    """What happened, its status, how long, who else, how it changed, the quotes, the outcome."""
    statements = [_what(merged, pair, notes)]
    for build in (_status, _duration, _company, _others, _history):
        statement = build(merged, pair, notes)
        if statement is not None:
            statements.append(statement)
    statements += [_quote(q, notes) for q in merged.quotes]
    outcome = _outcome(merged, notes)
    if outcome is not None:
        statements.append(outcome)
    return Section(merged.id, heading(merged), merged.sources, tuple(statements))


def heading(merged: MergedEncounter) -> str:
    """`Place, Country: Forum, Month Year`, leaving out what the store lacks."""
    where = place_name(merged.place) if merged.place else ""
    text = where
    if merged.forum:
        text = f"{where}: {merged.forum}" if where else merged.forum
    when = _month_year(merged.time) if merged.time else "Undated"
    return f"{text}, {when}" if text else when


def place_name(place: Place) -> str:
    """Venue, city and country as far as known, without saying a name twice."""
    parts = [place.name]
    for extra in (place.city, place.country):
        if extra and extra not in parts:
            parts.append(extra)
    return ", ".join(parts)


_THE_COUNTRY = re.compile(
    r"^(United |Czech Republic|Dominican Republic|Central African|Holy See)|"
    r"(Kingdom|Emirates|Islands|Netherlands|Philippines|Bahamas|Gambia|Maldives|Vatican)"
)


def _in_sentence(place: Place) -> str:
    """The place as a sentence names it: "the United States", as a heading would not."""
    name = place_name(place)
    the = place.kind == "country" and _THE_COUNTRY.search(place.name)
    return f"the {name}" if the else name


def _month_year(time: TimeRef) -> str:
    start = time.start
    if time.precision == "year":
        return str(start.year)
    if time.precision == "season":
        return f"{_SEASONS[start.month].capitalize()} {start.year}"
    return f"{_MONTHS[start.month - 1]} {start.year}"


def _when(time: TimeRef, mode: str) -> str:
    """`on 15 November 2023`, `from 30 November to 2 December 2022`, `in November 2023`;
    plans that were only proposed take `for`."""
    start, end = time.start, time.end
    if time.precision == "day" and end > start:  # a visit of several days
        first = f"{start.day} {_MONTHS[start.month - 1]}" + (
            f" {start.year}" if start.year != end.year else ""
        )
        text, prep = f"{first} to {end.day} {_MONTHS[end.month - 1]} {end.year}", "from"
    elif time.precision == "day":
        text, prep = f"{start.day} {_MONTHS[start.month - 1]} {start.year}", "on"
    elif time.precision == "month":
        text, prep = f"{_MONTHS[start.month - 1]} {start.year}", "in"
    elif time.precision == "season":
        text, prep = f"{_SEASONS[start.month]} {start.year}", "in"
    else:
        text, prep = str(start.year), "in"
    return f"{'for' if mode == 'proposed' else prep} {text}"


def _roles(merged: MergedEncounter, pair: tuple[Actor, Actor]) -> dict[str | None, Actor]:
    ids = {a.id: a for a in pair}
    return {p.role: ids[p.actor.id] for p in merged.participants if p.actor.id in ids}


def _verb_phrase(merged: MergedEncounter, pair: tuple[Actor, Actor], mode: str) -> str:
    """The sentence's core, by kind and by whether it happened, was planned or only proposed."""
    a, b = pair[0].name, pair[1].name
    fmt = merged.format
    where = _in_sentence(merged.place) if merged.place else ""
    to = f" to {where}" if where else ""
    at = f" {'at' if merged.place and merged.place.kind == 'venue' else 'in'} {where}"
    at = at if where else ""
    if merged.kind == "call":
        return {
            "held": f"{a} and {b} spoke by phone{at}",
            "planned": f"{a} and {b} were to speak by phone{at}",
            "proposed": f"A phone call between {a} and {b} was proposed",
        }[mode]
    if merged.kind == "visit":
        return _visit_phrase(_roles(merged, pair), pair, mode, to)
    return {
        "held": f"{a} and {b} met in person ({fmt} meeting){at}",
        "planned": f"{a} and {b} were to meet in person ({fmt} meeting){at}",
        "proposed": f"A {fmt} meeting in person between {a} and {b} was proposed{at}",
    }[mode]


def _visit_phrase(
    roles: dict[str | None, Actor], pair: tuple[Actor, Actor], mode: str, to: str
) -> str:
    guest, host = roles.get("guest"), roles.get("host")
    if guest is None and host is None:
        a, b = pair[0].name, pair[1].name
        return {
            "held": f"{a} and {b} met during a visit{to}",
            "planned": f"{a} and {b} were to meet during a visit{to}",
            "proposed": f"A visit{to} bringing together {a} and {b} was proposed",
        }[mode]
    if guest is None:
        assert host is not None
        guest = pair[1] if host.id == pair[0].id else pair[0]
    other = host or (pair[1] if guest.id == pair[0].id else pair[0])
    joined = f", hosted by {other.name}" if host else f", meeting {other.name}"
    held = f"{guest.name} visited {to[4:]}" if to else f"{guest.name} paid a visit"
    return {
        "held": held + joined,
        "planned": f"{guest.name} was to pay a visit{to}{joined}",
        "proposed": f"A visit by {guest.name}{to}{joined}, was proposed",
    }[mode]


def _what(merged: MergedEncounter, pair: tuple[Actor, Actor], notes: _Notes) -> Statement:
    """What, where, at which forum and when, citing the reports that give each."""
    mode = _MODE.get(merged.status, "planned")
    text = _verb_phrase(merged, pair, mode)
    agreeing = [m for m in merged.mentions if m.encounter.status == merged.status]
    cited = [notes.mention(m, pair[0].name.split()[-1]) for m in agreeing or merged.mentions]
    # After a comma-laden place ("Woodside, United States") the next phrases take commas too.
    comma = merged.place is not None and text.endswith(place_name(merged.place))
    if merged.forum:
        forum = merged.forum
        text += f"{',' if comma else ''} at "
        text += forum if forum.lower().startswith("the ") else "the " + forum
        cited += _supporting(merged, notes, lambda e: e.forum == forum, forum)
    if merged.place:
        place = merged.place
        cited += _supporting(merged, notes, lambda e: e.place == place, place.name)
    if merged.time:
        time = merged.time
        text += f"{',' if comma else ''} {_when(time, mode)}"
        cited += _supporting(merged, notes, lambda e: e.time == time, time.text)
    return Statement((Clause(text + ".", _sorted(cited)),))


def _supporting(merged: MergedEncounter, notes: _Notes, agrees, needle: str) -> list[int]:  # noqa: ANN001
    """The first report whose encounter states the merged value, cited at the needle."""
    for m in merged.mentions:
        if agrees(m.encounter):
            return [notes.mention(m, needle)]
    return []


def _sorted(numbers: Iterable[int]) -> tuple[int, ...]:
    return tuple(sorted(set(numbers)))


def _status(merged: MergedEncounter, pair: tuple[Actor, Actor], notes: _Notes) -> Statement | None:
    """Why a plan did not become an encounter, from the report that set the status."""
    latest = merged.history[-1] if merged.history else None
    if latest is None or merged.status == "held":
        return None
    noun = _NOUN.get(merged.kind, "encounter")
    by = f" by {latest.by.name}" if latest.by else ""
    reason = f" (reason given: {latest.reason.rstrip('.')})" if latest.reason else ""
    if merged.status == "scheduled":
        reports = [m for m in merged.mentions if m.encounter.status == "scheduled"]
        last = max(reports, key=lambda m: m.published or date.min) if reports else None
        when = f" ({last.published.isoformat()})" if last and last.published else ""
        note = notes.mention(last) if last else notes.cite(latest.article_id, latest.evidence)
        return Statement((Clause(f"Scheduled at the time of the latest report{when}.", (note,)),))
    text = {
        "cancelled": f"The {noun} was cancelled{by}{reason}.",
        "postponed": f"The {noun} was postponed{by}{reason}.",
        "declined": f"The invitation was declined{by}{reason}.",
        "proposed": "An invitation that, as far as the sources show, was not taken up.",
    }.get(merged.status, f"Its status at the latest report: {merged.status}.")
    return Statement((Clause(text, (notes.cite(latest.article_id, latest.evidence),)),))


def _duration(merged: MergedEncounter, _pair: tuple, notes: _Notes) -> Statement | None:
    minutes = merged.duration_minutes
    if not minutes:
        return None
    if minutes < 120 or minutes % 30:
        length = _count(minutes, "minute")
    else:
        length = f"{minutes / 60:g} hours"
    verb = "lasted" if merged.status == "held" else "was to last"
    needles = (str(minutes), str(minutes // 60), "hour", "minute")
    cited = [
        notes.mention(m, *needles)
        for m in merged.mentions
        if m.encounter.duration_minutes == minutes
    ][:1]
    return Statement((Clause(f"It {verb} about {length}.", _sorted(cited)),))


def _company(merged: MergedEncounter, _pair: tuple, notes: _Notes) -> Statement | None:
    """Who else was in the room, cited to the first report that says so."""
    told = _COMPANY_TOLD.get(merged.company or "")
    if told is None:
        return None
    sentence, needles = told
    text = sentence.format("were" if merged.status == "held" else "were to be")
    cited = [
        notes.mention(m, *needles) for m in merged.mentions if m.encounter.company == merged.company
    ][:1]
    return Statement((Clause(text, _sorted(cited)),))


def _others(merged: MergedEncounter, pair: tuple[Actor, Actor], notes: _Notes) -> Statement | None:
    """Participants and attendees beyond the pair, each cited where a report names them."""
    skip = {a.id for a in pair}
    seen: dict[str, tuple[Actor, int]] = {}
    for m in merged.mentions:
        people = [p.actor for p in m.encounter.participants] + list(m.encounter.attendees)
        for actor in people:
            if actor.id not in skip and actor.id not in seen:
                seen[actor.id] = (actor, notes.mention(m, actor.name.split()[-1]))
    if not seen:
        return None
    names = [actor.name for actor, _ in seen.values()]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    lead = "Also present" if merged.status == "held" else "Also named as taking part"
    cited = _sorted(n for _, n in seen.values())
    return Statement((Clause(f"{lead}: {listed}.", cited),))


def _history(merged: MergedEncounter, _pair: tuple, notes: _Notes) -> Statement | None:
    """How the status changed from report to report, each change cited to its report."""
    if len(merged.history) < 2:
        return None
    clauses = []
    for i, report in enumerate(merged.history):
        word = _HISTORY_WORD.get(report.status, report.status)
        when = f"on {report.reported.isoformat()}" if report.reported else "in an undated report"
        text = f"{word} {when}"
        if i == 0:
            text = text[0].upper() + text[1:]
        last = i == len(merged.history) - 1
        text = (" " if i else "") + text + (" (dates of the reports)." if last else ";")
        clauses.append(Clause(text, (notes.cite(report.article_id, report.evidence),)))
    return Statement(tuple(clauses))


def _quote(record: QuoteRecord, notes: _Notes) -> Statement:
    """`“…,” said X.` with the comma inside the marks, as a feature article quotes."""
    words = " ".join(record.quote.text.split())
    note = (notes.cite(record.article_id, record.quote.span.text),)
    speaker = record.quote.speaker
    if speaker is None:
        return Statement((Clause(f"A report quoted: “{words}”", note),), quote=True)
    if words.endswith(("?", "!")):
        return Statement((Clause(f"“{words}” said {speaker.name}.", note),), quote=True)
    words = re.sub(r"[.,;:]+$", "", words)
    return Statement((Clause(f"“{words},” said {speaker.name}.", note),), quote=True)


def _outcome(merged: MergedEncounter, notes: _Notes) -> Statement | None:
    """The latest report's stated outcome, when any report states one."""
    for m in reversed(merged.mentions):
        outcome = m.encounter.outcome
        if outcome:
            text = f"What came of it: {outcome.strip().rstrip('.')}."
            return Statement((Clause(text, (notes.mention(m, outcome),)),))
    return None


def render_markdown(result: Brief) -> str:
    """The brief as Markdown with footnotes; article text is escaped so it stays plain text."""
    lines = [f"# {_md(result.title)}", "", _md(result.opening), ""]
    for section in result.sections:
        lines += [f"## {_md(section.heading)}", "", f"_{_count(section.sources, 'source')}_", ""]
        for statement in section.statements:
            text = "".join(_md(c.text) + _markers(c.notes) for c in statement.clauses)
            lines += [f"> {text}" if statement.quote else text, ""]
    for note in result.footnotes:
        lines.append(f"[^{note.number}]: {_md_source(note)}")
    return "\n".join(lines).rstrip("\n") + "\n"


def _markers(numbers: Sequence[int]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def _md_source(note: Footnote) -> str:
    parts = [f"“{_md(note.title)}”" if note.title else f"article {_md(note.article_id)}"]
    if note.published:
        parts.append(note.published.isoformat())
    url = safe_url(note.url)
    parts.append(f"<{url}>" if url else f"id {_md(note.article_id)}")
    sentence = f": “{_md(note.sentence)}”" if note.sentence else ""
    return ", ".join(parts) + sentence


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) address; anything else (javascript:, data:) is not."""
    if url and re.fullmatch(r"https?://[^\s<>\"'`\\]+", url, re.IGNORECASE):
        return url
    return None


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Literal text on one line: whitespace runs become one space, Markdown and HTML syntax is
    backslashed (a clause keeps its leading space so clauses join as written)."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))
