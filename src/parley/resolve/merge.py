"""Cross-article merging: every article's version of one real encounter becomes one record.

Pure logic, no SQL: the store hands in the stored mentions that share a cluster key and keeps
what `merge_mentions` returns. The rules, and why:

* **Key.** The set of knowledge-base participants (ids not starting with "person:"). Names the
  text alone resolved are too unreliable to join articles on; encounters with fewer than two
  known participants are never merged (they stay plain per-article records).
* **An article's split mostly stands.** The within-article extractor already decided
  whether an article tells one encounter or two, and merging keeps that, with one exception:
  two reports of the pair on the same day, each planned or held, are one encounter told twice
  (a long briefing names the meeting again with another place, another guest or as "spoke
  with"; the talks and the state dinner of a visit are its parts; a pair meets once a day).
  A formal meeting called off and the informal chat held instead stay two.
* **Compatibility** is checked against every member (complete linkage), so a cluster never
  holds two mentions that contradict each other:
  - a call never merges with an in-person encounter (meetings and visits do merge), except
    that a call reported *held* on the very day of an encounter in person is that encounter:
    leaders who meet do not also phone each other that day, so the report is the meeting
    misread ("spoke with" the President on the margins); a formal encounter merges with an
    informal one only on the same day when neither was cancelled, postponed or declined (the
    state dinner is part of the state visit; a cancelled formal summit is not the informal
    chat held instead);
  - two dated mentions need overlapping ranges, with `TOLERANCE_DAYS` of slack when both are
    day-precise (time zones and "on Wednesday" anchored to different publication dates);
    a month, season or year contains the other's date; two mentions of the same pair at the
    same forum on days further apart stay apart;
  - an undated mention joins only when its article came out within `UNDATED_WINDOW_DAYS` of
    the other's date (or of the other undated mention's article);
  - places with coordinates must lie within `MAX_KM`; a country or region only needs the
    same country code; calls have no place to compare; two day-precise reports of a held
    in-person encounter on overlapping days need no agreement on place (a pair meets in one
    place a day; a report that names another names where the statement was issued, or the
    next stop). The record's place is the one most reports agree with.
  Any status merges with any other: the announced meeting is the one later held or cancelled.
* **Visits.** A visit of several days to one of the pair's countries is one record: the
  pair's day clusters held in person on consecutive days, all placed in that country, join,
  and the record's time runs from the first day to the last (see `visits`). At a summit
  abroad the pair's meetings on two days stay two.
* **Order.** Mentions are clustered most precise first (day, month, season, year, undated),
  then by date, publication, article and encounter id, so the same corpus always gives the
  same clusters whatever order it was ingested in; a coarse or undated mention then joins the
  nearest compatible cluster.
* **Status** follows the latest reliable report by publication date: a plan (proposed,
  scheduled) reported after the encounter's last day, or "held" reported before its first
  day, is background or a misread tense and does not count; nor does a report that the
  encounter was called off published after one that it was held. Same-day reports rank plans
  first and "held" last. The history keeps each change of status, with its report.
* **Id**: a hash of the earliest report (article id + encounter id). News flows forward, so a
  later article rarely changes a cluster's earliest report and ids survive corpus growth.

Confidence, for filtering, is the product of three factors, rounded to 3 places:
  sources   = 1 - 0.5 ** n        n distinct articles: 1 → 0.5, 2 → 0.75, 3 → 0.875, 4 → 0.94
  agreement = 0.5 + 0.5 * a        a = share of outcome reports (held, cancelled, postponed,
                                   declined) that agree with the status; 1 when there are none
  time      = 1.0 day-precise, 0.9 month/season/year, 0.8 undated
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from parley.model import (
    PLANNED,
    Encounter,
    Participant,
    Place,
    TimeRef,
    join_participants,
    specificity,
)
from parley.resolve.gazetteer import distance_km
from parley.resolve.visits import join_visit_days, visit_span
from parley.store.merged_records import MergedEncounter, StatusReport
from parley.store.records import EncounterRecord, QuoteRecord

TOLERANCE_DAYS = 1
UNDATED_WINDOW_DAYS = 3
MAX_KM = 100.0
_UNDONE = frozenset({"cancelled", "postponed", "declined"})
# Same-day reports: plans first, "held" last (it wins a tie).
_STATUS_RANK = {"proposed": 0, "scheduled": 0, "postponed": 1, "declined": 2, "cancelled": 3}
_PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "year": 3}
_BROAD_PLACES = frozenset({"country", "region"})
_TIME_FACTOR = {"day": 1.0, "month": 0.9, "season": 0.9, "year": 0.9}
_UNDATED_FACTOR = 0.8


def cluster_keys(encounter: Encounter) -> list[str]:
    """Every pair of the encounter's knowledge-base participants, each a cluster key.

    Clusters are per pair: one article's "Biden met Johnson" and another's "Biden, Johnson
    and Macron met" are the same Biden-Johnson encounter, whoever else either one names.
    """
    return keys_of_ids(p.actor.id for p in encounter.participants)


def keys_of_ids(actor_ids: Iterable[str]) -> list[str]:
    """`cluster_keys` from bare participant ids, for stores that hold no Encounter objects."""
    known = sorted({a for a in actor_ids if not a.startswith("person:")})
    return [f"{a}|{b}" for i, a in enumerate(known) for b in known[i + 1 :]]


def key_of_ids(actor_ids: Iterable[str]) -> str | None:
    """The cluster key of exactly two actors, or None."""
    keys = keys_of_ids(actor_ids)
    return keys[0] if len(keys) == 1 else None


def merge_mentions(
    mentions: Iterable[EncounterRecord], quotes: Iterable[QuoteRecord] = ()
) -> list[MergedEncounter]:
    """Cluster `mentions` and merge each cluster; ordered by time (undated last), then id."""
    by_mention: dict[tuple[str, str | None], list[QuoteRecord]] = {}
    for quote in quotes:
        by_mention.setdefault((quote.article_id, quote.quote.encounter_id), []).append(quote)
    merged = []
    for key, members in cluster(mentions):
        tied = [q for m in members for q in by_mention.get((m.article_id, m.encounter.id), [])]
        merged.append(merge_cluster(members, tied, key))
    return sorted(merged, key=_merged_order)


def cluster(mentions: Iterable[EncounterRecord]) -> list[tuple[str, list[EncounterRecord]]]:
    """Group mentions of the same real encounter; unkeyed mentions are left out."""
    by_key: dict[str, list[EncounterRecord]] = {}
    for mention in mentions:
        for key in cluster_keys(mention.encounter):
            by_key.setdefault(key, []).append(mention)
    clusters: list[tuple[str, list[EncounterRecord]]] = []
    for key in sorted(by_key):
        homes = _homes(key, by_key[key])
        clusters += [(key, members) for members in cluster_one_key(by_key[key], homes)]
    return clusters


def _homes(key: str, mentions: list[EncounterRecord]) -> frozenset[str]:
    """The country codes of the key's two leaders, as the mentions name them."""
    ids = set(key.split("|"))
    return frozenset(
        p.actor.country_code
        for m in mentions
        for p in m.encounter.participants
        if p.actor.id in ids and p.actor.country_code
    )


def cluster_one_key(
    mentions: Iterable[EncounterRecord], homes: frozenset[str] = frozenset()
) -> list[list[EncounterRecord]]:
    """Cluster mentions already known to share one key (participants are not looked at); the
    days of a visit to one of `homes`, the pair's countries, are then one (see `visits`).

    Clusters are filed under every day their members' dates (or, undated, publication dates)
    cover, so a mention is compared only with clusters within a few days of it: a pair with
    hundreds of encounters costs hundreds of comparisons, not hundreds squared.
    """
    clusters: list[list[EncounterRecord]] = []
    by_day: dict[int, set[int]] = defaultdict(set)
    for mention in sorted(mentions, key=_mention_order):
        when = _when(mention)
        if when is None:  # undated and unpublished: nothing to compare it with
            clusters.append([mention])
            continue
        pad = max(TOLERANCE_DAYS, UNDATED_WINDOW_DAYS)
        days = range(when[0].toordinal() - pad, when[1].toordinal() + pad + 1)
        near = sorted({i for d in days for i in by_day.get(d, ())})
        fitting = [i for i in near if all(_compatible(mention, m) for m in clusters[i])]
        if fitting:
            # Nearest in time, then the most told (a month holds every day of it); then older.
            best = min((_distance(mention, clusters[i]), -len(clusters[i]), i) for i in fitting)[2]
            clusters[best].append(mention)
        else:
            best = len(clusters)
            clusters.append([mention])
        for d in range(when[0].toordinal(), when[1].toordinal() + 1):
            by_day[d].add(best)
    if not homes:
        return clusters
    return join_visit_days(
        clusters,
        homes,
        lambda c: _best_time([m.encounter for m in c]),
        lambda c: _best_place([m.encounter for m in c]),
    )


def _when(record: EncounterRecord) -> tuple[date, date] | None:
    """The dates a mention is compared on: its time, else its article's publication."""
    time = record.encounter.time
    if time is not None:
        return time.start, time.end
    return (record.published, record.published) if record.published else None


def _mention_order(record: EncounterRecord) -> tuple:
    time = record.encounter.time
    precision = _PRECISION_RANK.get(time.precision, 3) if time else len(_PRECISION_RANK)
    return (
        precision,
        time.start if time else date.max,
        record.published or date.max,
        record.article_id,
        record.encounter.id,
    )


def _report_order(record: EncounterRecord) -> tuple:
    """Publication order; unknown dates last; same day: plans first, "held" last."""
    return (
        record.published is None,
        record.published or date.min,
        _STATUS_RANK.get(record.encounter.status, 4),
        record.article_id,
        record.encounter.id,
    )


def _distance(mention: EncounterRecord, members: list[EncounterRecord]) -> int:
    """Days from the mention's time to the nearest member's start; 0 when it holds one."""
    time = mention.encounter.time
    starts = [m.encounter.time.start for m in members if m.encounter.time]
    if time is None or not starts:
        return 0
    return min(max((time.start - start).days, (start - time.end).days, 0) for start in starts)


def _compatible(a: EncounterRecord, b: EncounterRecord) -> bool:
    """Whether two mentions can tell one encounter.

    One article's encounters were already told apart by the extractor, so they merge here only
    when they are the same day's encounter told again, or its parts, as planned or held.
    Across articles, one report's "dinner" and another's "meeting" the same day are one visit,
    planned or held; a cancelled formal meeting and a held informal chat stay two. A call
    reported held on the day of an encounter in person is that encounter misread; a call
    planned for it is not.
    """
    ea, eb = a.encounter, b.encounter
    both_held = ea.status == eb.status == "held"
    date_of_both = _same_day(ea.time, eb.time, slack=0)
    if a.article_id == b.article_id:  # the day's plans and its outcome are one, too
        told_twice = {ea.status, eb.status} <= PLANNED | {"held"}
        return told_twice and date_of_both
    same_day = both_held and _same_day(ea.time, eb.time)
    call = next((e for e in (ea, eb) if e.kind == "call"), None)
    one_mode = (ea.kind == "call") == (eb.kind == "call")
    undone = {ea.status, eb.status} & _UNDONE
    return (
        (ea.format == eb.format or both_held or (date_of_both and not undone))
        and (one_mode or (date_of_both and call is not None and call.status == "held"))
        and _times_compatible(a, b)
        and ("call" in (ea.kind, eb.kind) or same_day or _places_compatible(ea.place, eb.place))
    )


def _same_day(a: TimeRef | None, b: TimeRef | None, slack: int = TOLERANCE_DAYS) -> bool:
    """Two day-precise times at most `slack` days apart."""
    if a is None or b is None or a.precision != "day" or b.precision != "day":
        return False
    pad = timedelta(days=slack)
    return a.start <= b.end + pad and b.start <= a.end + pad


def _times_compatible(a: EncounterRecord, b: EncounterRecord) -> bool:
    ta, tb = a.encounter.time, b.encounter.time
    if ta and tb:
        slack = timedelta(days=TOLERANCE_DAYS if ta.precision == tb.precision == "day" else 0)
        return ta.start <= tb.end + slack and tb.start <= ta.end + slack
    if ta:
        return _published_near(b.published, ta.start, ta.end)
    if tb:
        return _published_near(a.published, tb.start, tb.end)
    return a.published is not None and _published_near(b.published, a.published, a.published)


def _published_near(published: date | None, start: date, end: date) -> bool:
    window = timedelta(days=UNDATED_WINDOW_DAYS)
    return published is not None and start - window <= published <= end + window


def _places_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.kind in _BROAD_PLACES or b.kind in _BROAD_PLACES:
        return True  # a country or region is too coarse (and too often misread) to split on
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return distance_km(a, b) <= MAX_KM
    return not (a.country_code and b.country_code) or a.country_code == b.country_code


def merge_cluster(
    members: Sequence[EncounterRecord], quotes: Sequence[QuoteRecord] = (), key: str = ""
) -> MergedEncounter:
    """One record from one cluster's mentions: best fields, status history, confidence."""
    if not members:
        raise ValueError("cannot merge an empty cluster; pass at least one EncounterRecord")
    reports = sorted(members, key=_report_order)
    encounters = [r.encounter for r in reports]
    # a visit's days (see `visits`) are told on two days at least; one day needs no second look
    told_days = {e.time.start for e in encounters if e.time and e.time.start == e.time.end}
    parts = cluster_one_key(members) if len(told_days) > 1 else [members]
    days = [_best_time([r.encounter for r in part]) for part in parts]
    time = visit_span([d for d in days if d is not None]) or _best_time(encounters)
    trusted = _trusted(reports, time)
    history = _history(trusted)
    status = history[-1].status
    durations = [e.duration_minutes for e in encounters if e.duration_minutes]
    kinds = {e.kind for e in encounters}
    sources = len({r.article_id for r in reports})
    return MergedEncounter(
        id=merged_id(reports[0], key),
        kind=next((k for k in ("visit", "meeting") if k in kinds), encounters[0].kind),
        format=encounters[0].format,
        status=status,
        participants=_participants(encounters),
        place=_best_place(encounters),
        forum=_best_forum(encounters),
        time=time,
        duration_minutes=max(durations) if durations else None,
        company=next((e.company for e in encounters if e.company), None),
        sources=sources,
        confidence=confidence(sources, _agreement(trusted, status), time),
        mentions=tuple(reports),
        history=history,
        quotes=tuple(quotes),
    )


def merged_id(first_report: EncounterRecord, key: str = "") -> str:
    """A stable id from the cluster's earliest report and its pair of leaders."""
    seed = f"{first_report.article_id}\x1f{first_report.encounter.id}\x1f{key}".encode()
    return "m-" + hashlib.sha256(seed).hexdigest()[:16]


def confidence(sources: int, agreement: float, time: TimeRef | None) -> float:
    """See the module docstring: sources × agreement × time precision."""
    factor = _TIME_FACTOR.get(time.precision, 0.9) if time else _UNDATED_FACTOR
    return round((1 - 0.5**sources) * (0.5 + 0.5 * agreement) * factor, 3)


def _reliable(record: EncounterRecord, time: TimeRef | None) -> bool:
    published, status = record.published, record.encounter.status
    if published is None:
        return False
    if time is None:
        return True
    if status in PLANNED:
        return published <= time.end
    return status != "held" or published >= time.start


def _trusted(reports: list[EncounterRecord], time: TimeRef | None) -> list[EncounterRecord]:
    """The reliable reports, in publication order. Once one reported the encounter held, a
    later one that says it was called off misreads another encounter or a tense."""
    kept = [r for r in reports if _reliable(r, time)] or reports
    held = next((r.published for r in kept if r.encounter.status == "held"), None)
    if held is None:
        return kept
    return [
        r
        for r in kept
        if r.encounter.status not in _UNDONE or r.published is None or r.published <= held
    ]


def _history(trusted: list[EncounterRecord]) -> tuple[StatusReport, ...]:
    """Each change of status among the trusted reports, with the report that made it."""
    history: list[StatusReport] = []
    for record in trusted:
        enc = record.encounter
        if history and history[-1].status == enc.status:
            continue
        history.append(
            StatusReport(
                status=enc.status,
                reported=record.published,
                article_id=record.article_id,
                evidence=enc.evidence[0].text if enc.evidence else "",
                by=enc.cancelled_by,
                reason=enc.reason,
            )
        )
    return tuple(history)


def _agreement(trusted: list[EncounterRecord], status: str) -> float:
    outcomes = [r.encounter.status for r in trusted]
    outcomes = [s for s in outcomes if s not in PLANNED]
    return sum(s == status for s in outcomes) / len(outcomes) if outcomes else 1.0


def _best_time(encounters: list[Encounter]) -> TimeRef | None:
    """Most precise (a day over a month, one day over "June 29-30"); then the range most
    sources give; then an outcome's over a plan's (the day it was held, not the day it was
    announced for); then the earliest report's."""
    dated = [(e.time, e.status in PLANNED) for e in encounters if e.time is not None]
    if not dated:
        return None
    counts = Counter((t.start, t.end, t.precision) for t, _ in dated)

    def rank(item: tuple[int, tuple[TimeRef, bool]]) -> tuple:
        order, (time, planned) = item
        spread = time.end - time.start
        reported = counts[time.start, time.end, time.precision]
        return (_PRECISION_RANK.get(time.precision, 3), spread, -reported, planned, order)

    return min(enumerate(dated), key=rank)[1][0]


def _best_place(encounters: list[Encounter]) -> Place | None:
    """The place most reports agree with (a venue agrees with its city and country); then the
    most specific (venue, city, region, country); then the most reported; then earliest."""
    places = [e.place for e in encounters if e.place]
    if not places:
        return None
    counts = Counter(p.name for p in places)
    support = [sum(_places_compatible(p, q) for q in places) for p in places]
    ranked = sorted(
        enumerate(places),
        key=lambda it: (-support[it[0]], -specificity(it[1]), -counts[it[1].name], it[0]),
    )
    return ranked[0][1]


def _best_forum(encounters: list[Encounter]) -> str | None:
    """A named forum ("APEC summit") over a bare word ("summit"); then the most reported."""
    forums = [e.forum for e in encounters if e.forum]
    if not forums:
        return None
    counts = Counter(forums)
    ranked = sorted(
        enumerate(forums), key=lambda it: (len(it[1].split()) < 2, -counts[it[1]], it[0])
    )
    return ranked[0][1]


def _participants(encounters: list[Encounter]) -> tuple[Participant, ...]:
    """Everyone any report names, in first-report order, each with the first role stated."""
    return join_participants(p for enc in encounters for p in enc.participants)


def _merged_order(merged: MergedEncounter) -> tuple:
    time = merged.time
    return (time is None, time.start if time else date.min, merged.id)
