"""When and where each session of the recurring leaders' summits met (G20, G7, NATO, BRICS...).

A feature says "weeks later, at the G20 summit in Antalya" or "Xi stayed away from the G20
summit Modi hosted in New Delhi": the forum and its host city name one session, whose dates
the text leaves to the reader. Likewise "at the Group of 20 summit in November 2022" names
where. The calendar ships in `parley/data/summits.json` (public facts, source noted there).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from parley.model import Place, TimeRef
from parley.resolve.gazetteer import distance_km

CALENDAR_PATH = Path(__file__).resolve().parents[1] / "data" / "summits.json"

# A place this close to a session's city is that city (Woodside for San Francisco, Bali for
# Nusa Dua); no two sessions of one forum in different cities are this close.
SAME_CITY_KM = 100.0
# A date told this many days from a session is still that session (the eve, the day after).
SLACK_DAYS = 2
# The session a host city names is the one nearest a rough date within this many days.
NEAREST_DAYS = 400


@dataclass(frozen=True)
class Session:
    forum: str
    city: str
    country_code: str
    start: date
    end: date
    lat: float
    lon: float

    @property
    def place(self) -> Place:
        return Place(self.city, None, self.country_code, self.lat, self.lon, "city", self.city)

    @property
    def time(self) -> TimeRef:
        return TimeRef(self.start, self.end, "day", f"{self.forum}, {self.city}")


class SummitCalendar:
    """The sessions of each forum, looked up by the place or the time a text gives."""

    def __init__(self, sessions: list[Session]) -> None:
        self._by_forum: dict[str, list[Session]] = {}
        for session in sessions:
            self._by_forum.setdefault(session.forum, []).append(session)

    @classmethod
    def default(cls) -> SummitCalendar:
        """The calendar shipped in `parley/data`, loaded once."""
        return _default()

    def session(
        self, forum: str | None, place: Place | None, time: TimeRef | None
    ) -> Session | None:
        """The one session of `forum` that the place and time told agree with, if any.

        With a city, the session held there (nearest the time, when told, and not years
        away); a place elsewhere rules every session out. Without a place, the one session
        the time falls on.
        """
        sessions = self._by_forum.get(forum or "", [])
        if not sessions:
            return None
        if place is not None and place.lat is not None and place.kind != "country":
            there = [s for s in sessions if distance_km(place, s.place) <= SAME_CITY_KM]
            if time is None:
                return there[0] if len(there) == 1 else None
            near = [s for s in there if _days_apart(s, time) <= NEAREST_DAYS]
            return min(near, key=lambda s: _days_apart(s, time), default=None)
        if time is None or (place is not None and place.kind != "country"):
            return None
        during = [s for s in sessions if overlaps(s, time)]
        if place is not None:
            during = [s for s in during if s.country_code == place.country_code]
        return during[0] if len(during) == 1 else None


def _days_apart(session: Session, time: TimeRef) -> int:
    """Days between the session and a time range; 0 when they overlap."""
    if time.end < session.start:
        return (session.start - time.end).days
    if session.end < time.start:
        return (time.start - session.end).days
    return 0


def overlaps(session: Session, time: TimeRef) -> bool:
    """Whether a time told agrees with the session: days on it, its eve or its morrow (all of
    them: "a few days" after Aug. 28 is not the summit of Sept. 3), or a month or year that
    holds it."""
    if time.precision != "day":
        return _days_apart(session, time) == 0
    slack = timedelta(days=SLACK_DAYS)
    return session.start - slack <= time.start and time.end <= session.end + slack


@lru_cache(maxsize=1)
def _default() -> SummitCalendar:
    rows = json.loads(CALENDAR_PATH.read_text(encoding="utf-8"))["sessions"]
    return SummitCalendar(
        [
            Session(
                r["forum"],
                r["city"],
                r["country_code"],
                date.fromisoformat(r["start"]),
                date.fromisoformat(r["end"]),
                r["lat"],
                r["lon"],
            )
            for r in rows
        ]
    )
