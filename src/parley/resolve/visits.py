"""A visit of several days to one of the pair's countries is one encounter, however many days
its reports tell.

Cross-article clusters (see `merge`) are one day's encounter: the talks and the state dinner of
a day are one. A state visit lasts days ("the state visit of Nov. 30 to Dec. 2"): the pair's
clusters held in person on consecutive days, all placed in the country of one of the two,
are the days of one visit and become one record whose time runs from its first day to its
last. At a summit abroad the pair's meetings on two days stay two, as neither is at home
there; so do days with no place, and days a call or a cancellation stands for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from parley.model import PLANNED, TimeRef
from parley.store.records import EncounterRecord

_NEXT_DAY = timedelta(days=1)


class _Day(NamedTuple):
    """The days one cluster covers, and the country it was placed in."""

    first: date
    last: date
    country: str


def join_visit_days(
    clusters: list[list[EncounterRecord]],
    homes: frozenset[str],
    time_of: Callable[[list[EncounterRecord]], TimeRef | None],
) -> list[list[EncounterRecord]]:
    """`clusters` of one pair, with those that are days of one visit to `homes` (the pair's
    country codes) joined, in the order of each group's first cluster; `time_of` gives the
    time a cluster's record would show."""
    days = [_visit_day(members, homes, time_of(members)) for members in clusters]
    chains: list[tuple[_Day, list[int]]] = []  # how far each visit runs, and its clusters
    for index in sorted((i for i, d in enumerate(days) if d), key=lambda i: days[i]):
        day = days[index]
        assert day is not None
        reach = chains[-1][0] if chains else None
        # the next day (the same day's encounters were kept apart on purpose: see `merge`)
        next_day = reach is not None and reach.last < day.first <= reach.last + _NEXT_DAY
        if reach and next_day and reach.country == day.country:
            chains[-1][1].append(index)
            chains[-1] = (reach._replace(last=max(reach.last, day.last)), chains[-1][1])
        else:
            chains.append((day, [index]))
    first_of = {min(chain): sorted(chain) for _, chain in chains}
    return [
        [m for i in first_of.get(index, [index]) for m in clusters[i]]
        for index in range(len(clusters))
        if index in first_of or not days[index]
    ]


def visit_span(parts: Sequence[TimeRef]) -> TimeRef | None:
    """The time of a visit whose days are `parts` (each one day's best time): first to last."""
    if len(parts) < 2 or any(p.precision != "day" for p in parts):
        return None
    first = min(parts, key=lambda p: p.start)
    return TimeRef(first.start, max(p.end for p in parts), "day", first.text)


def _visit_day(
    members: list[EncounterRecord], homes: frozenset[str], time: TimeRef | None
) -> _Day | None:
    """The day and country of a cluster held in person in one of `homes`, else None."""
    encounters = [m.encounter for m in members]
    statuses = {e.status for e in encounters}
    if "held" not in statuses or statuses - PLANNED - {"held"}:
        return None
    if all(e.kind == "call" for e in encounters) or time is None or time.precision != "day":
        return None
    countries = {e.place.country_code for e in encounters if e.place and e.place.country_code}
    if len(countries) != 1 or not countries <= homes:
        return None
    # the days its reports name one by one ("a three-day visit" spans them all, and so
    # says nothing of which day this cluster is)
    single = [
        e.time.start
        for e in encounters
        if e.time and e.time.precision == "day" and e.time.start == e.time.end
    ]
    return _Day(min(single, default=time.start), max(single, default=time.end), countries.pop())
