"""Joint appearances: a transcript in which two leaders take turns speaking tells a meeting.

Government transcripts ("Remarks by President Biden and Prime Minister Fiala Before Bilateral
Meeting", joint press conferences, toasts at a state dinner) rarely say "they met": the
meeting is the occasion of the text. Speaker turns say it instead, one upper-case label a line
("PRIME MINISTER FIALA:  Thank you."). When leaders of two or more countries speak in one
transcript, they were together on the day it records, at the venue its opening line names;
a transcript of a virtual meeting or a phone call is a call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from parley.extract.actors import leader_actor
from parley.extract.context import Context, PlaceLookup
from parley.model import Encounter, Participant, Place, Span, TimeRef, specificity
from parley.resolve.kb import KnowledgeBase, Leader

# An upper-case speaker label opening a line: "PRESIDENT BIDEN:", "GENERAL SECRETARY TÔ LÂM:".
_TURN = re.compile(
    r"^[ \t]*(?P<label>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de\u0100-\u024f .'\u2019\-]{1,60}?)"
    r":[^\S\n]",
    re.MULTILINE,
)
_REMOTE = re.compile(
    r"\b(?:virtual(?:ly)?|video ?conference|videoconference|phone call|telephone|by phone)\b",
    re.IGNORECASE,
)
_OPENING = 400  # characters: where a transcript states its venue and whether it is virtual
_HOME_PRESIDENT = re.compile(r"^THE PRESIDENT$")


@dataclass(frozen=True)
class Turn:
    """One speaker turn's label and where it stands in the text."""

    start: int
    end: int
    label: str


def speaker_turns(text: str) -> Iterator[Turn]:
    """Every upper-case speaker label at the start of a line, in text order."""
    for match in _TURN.finditer(text):
        label = " ".join(match.group("label").split())
        if label.upper() == label and any(c.isalpha() for c in label):
            yield Turn(match.start("label"), match.end("label"), label)


@dataclass(frozen=True)
class JointAppearances:
    """Reads the meeting a multi-leader transcript records; holds the knowledge base and the
    gazetteer's lookup, shared read-only."""

    kb: KnowledgeBase
    lookup: PlaceLookup

    def encounter(
        self,
        text: str,
        published: date | None,
        context: Context,
        home_country: str | None,
        title: str | None = None,
    ) -> Encounter | None:
        """The meeting of the leaders who speak in `text`, or None when fewer than two countries'
        leaders speak (a press briefing, a speech, an interview)."""
        if published is None:
            return None
        speakers: dict[str, tuple[Leader, Turn]] = {}
        labels: dict[str, Leader | None] = {}  # a briefing repeats "MS. PSAKI:" a hundred times
        for turn in speaker_turns(text):
            if turn.label not in labels:
                labels[turn.label] = self._speaker(turn.label, published, home_country)
            leader = labels[turn.label]
            if leader is not None and leader.id not in speakers:
                speakers[leader.id] = (leader, turn)
        actors = [leader_actor(leader, published) for leader, _ in speakers.values()]
        if len({a.country_code for a in actors}) < 2:
            return None
        second = sorted(turn.start for _, turn in speakers.values())[1]
        line_end = text.find("\n", second)
        line_end = len(text) if line_end < 0 else line_end
        remote = bool(_REMOTE.search(text[:_OPENING]) or (title and _REMOTE.search(title)))
        place = None if remote else self._venue(text, context)
        return Encounter(
            id="",
            kind="call" if remote else "meeting",
            format="formal",
            status="held",
            participants=tuple(Participant(actor) for actor in actors),
            evidence=(Span(second, line_end, text[second:line_end]),),
            place=place,
            time=context.dateline_time or TimeRef(published, published, "day", ""),
        )

    def _speaker(self, label: str, on: date, home_country: str | None) -> Leader | None:
        """The leader in office whom a turn label names; "THE PRESIDENT" is the publisher's."""
        if _HOME_PRESIDENT.match(label):
            if home_country is None:
                return None
            return self.kb.holder(home_country, "president", on)
        leader = self.kb.find(label.title(), on)
        return leader if leader is not None and leader.in_office(on) else None

    def _venue(self, text: str, context: Context) -> Place | None:
        """The most specific place the opening lines name, above the first turn ("Oval
        Office"; "InterContinental New York Barclay / New York, New York")."""
        first_turn = next(speaker_turns(text[:_OPENING]), None)
        opening = text[: first_turn.start if first_turn else _OPENING]
        places = [s.place for s in context.sections if s.start < len(opening) and s.place]
        for line in opening.splitlines():
            line = line.strip()
            if 2 < len(line) <= 80:
                place = self.lookup(line) or self.lookup(line.split(",")[0])
                places += [place] if place is not None else []
        return max(places, key=specificity, default=None)
