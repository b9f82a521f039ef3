"""A visit of several days to one of the pair's countries is one encounter, however many days
its reports tell.

Cross-article clusters (see `merge`) are one day's encounter: the talks and the state dinner of
a day are one. A state visit lasts days ("the state visit of Nov. 30 to Dec. 2"): the pair's
clusters held in person no more than two days apart (a visitor may spend a day elsewhere in
the country), placed in the country of one of the two, are the days of one visit and become
one record whose time runs from its first day to its last. A day with no place joins the
visit it falls in or next to, as one of the pair was in the other's country then. At a summit
abroad the pair's meetings on two days stay two, as neither is at home there; so do days a
call or a cancellation stands for.

A cluster's day is the day its reports of the encounter held name; announcements say which
day was planned, and plans move ("will travel to Warsaw on Friday", then Saturday).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from parley.model import PLANNED, Place, TimeRef
from parley.store.records import EncounterRecord

_VISIT_GAP = timedelta(days=2)


class _Day(NamedTuple):
    """The days one cluster covers, and the country it was placed in (None: no place)."""

    first: date
    last: date
    country: str | None


def join_visit_days(
    clusters: list[list[EncounterRecord]],
    homes: frozenset[str],
    time_of: Callable[[list[EncounterRecord]], TimeRef | None],
    place_of: Callable[[list[EncounterRecord]], Place | None],
) -> list[list[EncounterRecord]]:
    """`clusters` of one pair, with those that are days of one visit to `homes` (the pair's
    country codes) joined, in the order of each group's first cluster; `time_of` and
    `place_of` give the time and place a cluster's record would show."""
    days = [_visit_day(members, homes, time_of(members), place_of(members)) for members in clusters]
    chains: list[tuple[_Day, list[int]]] = []  # how far each visit runs, and its clusters
    dated = [i for i, d in enumerate(days) if d]
    for index in sorted(dated, key=lambda i: (days[i].first, days[i].last)):  # type: ignore[union-attr]
        day = days[index]
        assert day is not None
        reach = chains[-1][0] if chains else None
        if reach is not None and _joins(reach, day):
            country = reach.country or day.country
            chains[-1] = (_Day(reach.first, max(reach.last, day.last), country), chains[-1][1])
            chains[-1][1].append(index)
        else:
            chains.append((day, [index]))
    # days with no place and no placed day beside them are no visit to anyone's country
    chains = [c for c in chains if c[0].country] + [
        (reach, [i]) for reach, chain in chains if not reach.country for i in chain
    ]
    first_of = {min(chain): sorted(chain) for _, chain in chains}
    return [
        [m for i in first_of.get(index, [index]) for m in clusters[i]]
        for index in range(len(clusters))
        if index in first_of or not days[index]
    ]


def _joins(reach: _Day, day: _Day) -> bool:
    """Whether `day` is a later day of the visit that has reached `reach` (the same day's
    encounters were kept apart on purpose: see `merge`)."""
    later = reach.last < day.first <= reach.last + _VISIT_GAP
    return later and (reach.country == day.country or None in (reach.country, day.country))


def visit_span(parts: Sequence[TimeRef]) -> TimeRef | None:
    """The time of a visit whose days are `parts` (each one day's best time): first to last."""
    if len(parts) < 2 or any(p.precision != "day" for p in parts):
        return None
    first = min(parts, key=lambda p: p.start)
    return TimeRef(first.start, max(p.end for p in parts), "day", first.text)


def _visit_day(
    members: list[EncounterRecord],
    homes: frozenset[str],
    time: TimeRef | None,
    place: Place | None,
) -> _Day | None:
    """The day and country (None: no place) of a cluster held in person with no place or in
    one of `homes`, else None."""
    encounters = [m.encounter for m in members]
    statuses = {e.status for e in encounters}
    if "held" not in statuses or statuses - PLANNED - {"held"}:
        return None
    if all(e.kind == "call" for e in encounters) or time is None or time.precision != "day":
        return None
    country = place.country_code if place else None
    if place is not None and country not in homes:
        return None
    # the days its reports name one by one ("a three-day visit" spans them all, and so
    # says nothing of which day this cluster is), those that report it held if any do
    single = [
        (e.status in PLANNED, e.time.start)
        for e in encounters
        if e.time and e.time.precision == "day" and e.time.start == e.time.end
    ]
    told = [when for planned, when in single if not planned] or [when for _, when in single]
    return _Day(min(told, default=time.start), max(told, default=time.end), country)
