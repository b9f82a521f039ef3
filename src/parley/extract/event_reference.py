"""One article, one record per encounter: sentences that tell the same encounter are joined.

Two kinds of joining. A sentence that refers back ("the summit", "that call", "Trump called it
off") updates the encounter told last in its section with its evidence and, when it reports
one, a new status ("the visit was postponed"). Sentences that tell the same encounter again
(same people, status, format and compatible time) are merged at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from parley.model import (
    PLANNED,
    Encounter,
    Place,
    TimeRef,
    join_participants,
    precision_rank,
    specificity,
)
from parley.resolve.gazetteer import distance_km

T = TypeVar("T")

# A later report changes a status only towards what finally happened.
_FINAL = {"held", "cancelled", "postponed", "declined"}
# What a plan becomes when the text says it never took place: put off, then never held, it
# was called off; expected or invited, it stays a plan never taken up.
_NEVER_HELD = {"postponed": "cancelled", "scheduled": "proposed"}
_RANK = {"proposed": 0, "scheduled": 1, "postponed": 2, "held": 3, "cancelled": 3, "declined": 3}


@dataclass(frozen=True)
class Candidate:
    """An encounter read from one sentence, and whether that sentence only refers back to it."""

    encounter: Encounter
    anaphoric: bool = False
    kind_known: bool = True  # False for "called it off", which names no kind of its own
    standalone: bool = True  # False when it only makes sense as a reference ("the talks ran late")
    gathering: bool = False  # told by a gathering of many ("the summit"), not by the pair's act
    # False for "the conversation", which may be by phone or not, and for "it" (but "he would
    # not come" is in person)
    medium_known: bool = True
    dateline_place: bool = False  # placed only by the dateline: where the reporter is
    never_held: bool = False  # "it was never held": cancels what was to come, not a proposal
    another: bool = False  # "another summit": never the one told before
    meal: bool = False  # "sat down to lunch": part of the talks told with it
    setting: bool = False  # "at the APEC summit": where something else is told to happen


def attach(found: list[Encounter], candidate: Candidate, floor: int) -> bool:
    """Join a referring sentence to the encounter it refers to, told after `floor`."""
    new = candidate.encounter
    ids = _ids(new)
    # who called it off need not have been at it: "Chile's president cancelled the summit"
    guests = frozenset(p.actor.id for p in new.participants if p.role != "canceller")
    for index in range(len(found) - 1, -1, -1):
        old = found[index]
        if old.evidence[0].start < floor:
            break
        if not ids <= _ids(old) and not (guests and guests <= _ids(old)):
            continue
        if candidate.medium_known and (old.kind == "call") != (new.kind == "call"):
            continue  # ("he would not come" is of an encounter in person, not of a call)
        if old.status == "cancelled" and new.status == "held":
            return False  # held after all: a second record, as the text tells two events
        if old.status in PLANNED and new.status == "held" and _apart(old.place, new.place):
            continue  # "he floated a meeting at the White House. It was Helsinki that got
            # the summit": held somewhere else, so not that plan
        if old.status == "held" and _of_one_to_come(candidate):
            return False  # "kept pushing the meeting back", "it finally happened": of no
            # encounter told as held, nor of any told before that one
        answer = _one_guest_answers(old, new)
        if answer is not None:
            found.append(answer)
            return True
        if candidate.dateline_place:
            new = replace(new, place=None)  # where the reporter is says nothing of "it"
        found[index] = _updated(old, new)
        if candidate.never_held:
            status = _NEVER_HELD.get(old.status, old.status)
            found[index] = replace(found[index], status=status)  # type: ignore[arg-type]
        return True
    return False


def _of_one_to_come(candidate: Candidate) -> bool:
    """Whether a report can only be of an encounter still to come: a postponement, or "it"
    that finally happened."""
    status = candidate.encounter.status
    return status == "postponed" or (status == "held" and not candidate.kind_known)


def placed_as_told(found: list[Encounter], candidate: Candidate) -> Encounter:
    """A held encounter the dateline alone places, where the text placed the same people's
    encounter of that day: "ANKARA - Erdogan met Putin in Sochi on Monday. The two leaders
    held talks for 90 minutes" were in Sochi, not in Ankara."""
    new = candidate.encounter
    if not candidate.dateline_place or new.status != "held":
        return new
    for old in reversed(found):
        same_day = bool(old.time and new.time) and not _apart_in_time(old, new)
        same_mode = (old.kind == "call") == (new.kind == "call")
        if same_people(old, new) and old.status == "held" and same_day and same_mode:
            return replace(new, place=old.place) if old.place else new
    return new


def _one_guest_answers(invitation: Encounter, report: Encounter) -> Encounter | None:
    """ "He proposed to bring the G7 leaders to Washington. Merkel declined.": one guest's
    refusal is hers, between her and the host; the others' invitation stands."""
    guests = [p for p in invitation.participants if p.role == "guest"]
    answering = _ids(report)
    if report.status != "declined" or len(guests) < 2 or not answering:
        return None
    if not answering < {p.actor.id for p in guests}:
        return None
    hosts = tuple(p for p in invitation.participants if p.role != "guest")
    mine = tuple(p for p in invitation.participants if p.actor.id in answering)
    return replace(
        invitation,
        status="declined",
        participants=hosts + mine,
        evidence=invitation.evidence + report.evidence,
        cancelled_by=report.cancelled_by,
    )


def _updated(old: Encounter, report: Encounter) -> Encounter:
    final = report.status in _FINAL and (report.status != "held" or _RANK[old.status] < 3)
    status = report.status if final or _RANK[report.status] > _RANK[old.status] else old.status
    merged = _combine(old, report)
    happened = report.status == "held" and old.status != "held"
    there = _ids(old)
    taking_part = tuple(
        p for p in merged.participants if p.role != "canceller" or p.actor.id in there
    )
    return replace(
        merged,
        participants=taking_part,  # who called it off is told as such, not as a guest
        status=status,  # type: ignore[arg-type]
        # "on May 24, Trump called it off" dates the cancelling; "it went ahead on Sept. 27"
        # the encounter
        time=(report.time if happened else None) or old.time or report.time,
        place=(report.place if happened else None) or merged.place,
        cancelled_by=report.cancelled_by or old.cancelled_by,
    )


def _finer(a: TimeRef, b: TimeRef) -> bool:
    """More precise, or as precise over fewer days ("Sept. 5" within a summit's two days)."""
    rank_a, rank_b = precision_rank(a.precision), precision_rank(b.precision)
    return rank_a > rank_b or (rank_a == rank_b and a.end - a.start < b.end - b.start)


def merge_mentions(encounters: list[Encounter], others: Set[int] = frozenset()) -> list[Encounter]:
    """Sentences of one article that tell the same encounter become one record; so do a plan
    and what became of it ("Kim asked to see Moon, and on Saturday, May 26, Moon drove to
    Tongilgak"; "a meeting Biden was to host at Ramstein on Oct. 12 ... was called off"): a
    proposal that happened or was called off is no proposal never taken up. An encounter told
    as another one (its first sentence starting at one of `others`) joins none told before it."""

    def same(a: Encounter, b: Encounter) -> bool:
        return b.evidence[0].start not in others and (_same(a, b) or _settled(a, b))

    while True:  # a join can make a record the twin of one told earlier: fold again
        merged = _fold_twins(encounters, same, _combine_reports)
        if len(merged) == len(encounters):
            return merged
        encounters = merged


def _settled(plan: Encounter, outcome: Encounter) -> bool:
    """A plan told before the encounter of the same people, days and place was held or called
    off (a plan for "this year" is no day one encounter settled)."""
    planned_then_settled = plan.status in PLANNED and outcome.status in _FINAL
    if planned_then_settled and _undated_invitation_taken_up(plan, outcome):
        return True
    dated = plan.time is not None and plan.time.precision in {"day", "month", "season"}
    if not (planned_then_settled and dated and outcome.time is not None):
        return False
    return _one_event(plan, outcome) or _invitation_taken_up(plan, outcome)


def _undated_invitation_taken_up(plan: Encounter, outcome: Encounter) -> bool:
    """An invitation told with no time of its own ("Bush also invited Putin to Camp David")
    and the next encounter of the same people held there ("The Russian leader came that
    September, for talks at the presidential retreat in Maryland")."""
    invited = plan.status == "proposed" and plan.time is None and plan.place is not None
    placed = outcome.place is not None  # where it was held must be told, and agree
    return invited and placed and outcome.status == "held" and _one_event(plan, outcome)


def _invitation_taken_up(plan: Encounter, outcome: Encounter) -> bool:
    """An invitation or plan to meet somewhere, dated the day it was made ("In a second call,
    on June 7, Biden invited his counterpart to the White House"; "On Nov. 1 they spoke, and
    both sides began preparing for a meeting in Argentina"), and the first encounter of the
    same people held there in the months after that day."""
    assert plan.time is not None and outcome.time is not None
    # ("began preparing for a meeting in Argentina": a plan made that day, a country will do)
    invited = plan.status in PLANNED and plan.place is not None
    invited = invited and outcome.status == "held"  # a visit put off has not taken it up yet
    made_that_day = plan.time.precision == "day"
    after = (outcome.time.start - plan.time.start).days
    soon = 0 <= after <= _TAKEN_UP_DAYS
    return invited and made_that_day and soon and _one_event(replace(plan, time=None), outcome)


_SAME_CITY_KM = 15.0  # a venue this near a city's centre is in it, whatever its city is called
_TAKEN_UP_DAYS = 120  # an invitation is taken up within months, or it is one never taken up


def _combine_reports(a: Encounter, b: Encounter) -> Encounter:
    """Two reports of one encounter; a settled plan takes its outcome's when and where (the
    plan may be dated the day it was made, from where it was made)."""
    if not _settled(a, b):
        act = _act_at_gathering(a, b) if a.format != b.format else _act_on_a_trip(a, b)
        joined = _combine(a, b)
        if act is None:
            return replace(joined, format="formal") if _part_of_the_day(a, b) else joined
        return replace(joined, format=act.format, participants=act.participants)
    evidence = a.evidence + tuple(e for e in b.evidence if e not in a.evidence)
    return replace(_combine(b, a), evidence=evidence)


def _apart_in_time(a: Encounter, b: Encounter) -> bool:
    """Two dated encounters whose times do not overlap."""
    assert a.time is not None and b.time is not None
    return not (a.time.start <= b.time.end and b.time.start <= a.time.end)


def join_in_sentence(candidates: list[Candidate]) -> list[Candidate]:
    """Two triggers of one sentence that tell the same encounter ("The G7 summit Trump was to
    host at Camp David") are one candidate, so what the next sentence reports ("it was
    postponed") updates the whole of it. A summit and what the pair did at it are one
    encounter, informal when the act is: "At the summit in Bali they shook hands" tells a
    handshake, not a formal meeting beside it."""
    return _fold_twins(candidates, _same_candidate, _joined)


def _fold_twins(items: list[T], same: Callable[[T, T], bool], join: Callable[[T, T], T]) -> list[T]:
    """Each item joined into the nearest earlier one it is the same as, else kept, in order: an
    undated "the talks ran on" is the last such encounter told, not the first."""
    out: list[T] = []
    for item in items:
        twin = next((i for i in range(len(out) - 1, -1, -1) if same(out[i], item)), None)
        if twin is None:
            out.append(item)
        else:
            out[twin] = join(out[twin], item)
    return out


def _same_candidate(a: Candidate, b: Candidate) -> bool:
    if not (a.kind_known and b.kind_known):
        # "to say he would not come to the summit in New Delhi": the bare report is of the
        # encounter its own sentence tells, not of one told before
        reference, told = (a, b) if b.kind_known else (b, a)
        return (
            told.kind_known
            and reference.encounter.status == told.encounter.status
            and _ids(reference.encounter) <= _ids(told.encounter)
        )
    if a.gathering or b.gathering:  # the pair's act at a summit of more: "met in Tehran, at a
        # three-way summit with Iran's president"
        same_status = a.encounter.status == b.encounter.status
        same_status = same_status or _planned_at_gathering(a, b) is not None
        return same_status and _one_event(a.encounter, b.encounter, among_others=True)
    # one plan in any format ("invited him to play golf"), or a meeting to come and the talks
    # that came of it ("was confirmed at the last minute; a photograph of the talks followed")
    statuses = {a.encounter.status, b.encounter.status}
    if statuses in ({"proposed"}, {"scheduled"}, {"scheduled", "held"}):
        return _one_event(a.encounter, b.encounter)
    if (a.meal or b.meal) and statuses == {"held"} and a.encounter.kind != "call":
        # "spent three hours in the Kremlin before the two sat down to lunch"
        return _one_event(a.encounter, b.encounter)
    if _visit_for_talks(a.encounter, b.encounter):
        return True
    return _same(a.encounter, b.encounter)


def _visit_for_talks(a: Encounter, b: Encounter) -> bool:
    """A visit and the talks it came for, told in one sentence with people in common ("Putin
    came to the chancellery in Berlin for another round of talks with Hollande and
    Poroshenko"): one encounter of all of them."""
    if {a.kind, b.kind} != {"visit", "meeting"} or a.status != b.status:
        return False
    talks = a if a.kind == "meeting" else b
    if len(talks.participants) < 3:
        return False  # talks of more than the visit's two
    ids_a, ids_b = _ids(a), _ids(b)
    if not ids_a & ids_b or _apart(a.place, b.place):
        return False  # ("flew to Beijing, met Xi and Premier Li": the visit's two among them)
    return not (a.time and b.time) or not _apart_in_time(a, b)


def _planned_at_gathering(a: Candidate, b: Candidate) -> Candidate | None:
    """Of a summit told plainly and the pair's act at it told as a plan ("they were due to meet
    one on one at the APEC summit"), the plan: the summit is only where it was to be."""
    for gathering, act in ((a, b), (b, a)):
        plain = gathering.setting and gathering.encounter.status == "held"
        if plain and not act.gathering and act.encounter.status in PLANNED:
            return act
    return None


def _joined(first: Candidate, other: Candidate) -> Candidate:
    formats = [c.encounter.format for c in (first, other) if not c.meal] or ["informal"]
    informal = "informal" in formats  # (a meal told with talks is part of them)
    encounter = _combine(first.encounter, other.encounter)
    told = next((c.encounter.place for c in (first, other) if not c.dateline_place), None)
    if told is not None:  # "MOSCOW - Xi invited Putin to visit China": China, not Moscow
        encounter = replace(encounter, place=told)
    plan = _planned_at_gathering(first, other)
    if plan is not None:
        encounter = replace(encounter, status=plan.encounter.status)
    elif other.encounter.status == "held":  # what was to come, and came
        encounter = replace(encounter, status="held")
    return replace(
        first,
        encounter=replace(encounter, format="informal") if informal else encounter,
        anaphoric=first.anaphoric and other.anaphoric,
        kind_known=first.kind_known or other.kind_known,
        standalone=first.standalone or other.standalone,
        gathering=first.gathering and other.gathering,
        medium_known=first.medium_known or other.medium_known,
        dateline_place=first.dateline_place and other.dateline_place,
        meal=first.meal and other.meal,
        setting=first.setting and other.setting,
        another=first.another or other.another,
    )


def _ids(encounter: Encounter) -> frozenset[str]:
    return frozenset(p.actor.id for p in encounter.participants)


def same_people(a: Encounter, b: Encounter) -> bool:
    return _ids(a) == _ids(b)


def _same(a: Encounter, b: Encounter) -> bool:
    if a.status != b.status:
        return False
    if _talks_the_next_day(a, b):
        return True
    if a.format == b.format:
        if _outing_on_a_visit(a, b):
            return False
        return _one_event(a, b) or _act_on_a_trip(a, b) is not None
    return _act_at_gathering(a, b) is not None or _part_of_the_day(a, b)


def _outing_on_a_visit(a: Encounter, b: Encounter) -> bool:
    """A trip somewhere on a later day of a visit of several days ("The four-day state visit
    began on May 25. The next day ... went to the Ryogoku Kokugikan"): an outing of its own,
    where talks on those days are part of the visit."""
    for visit, outing in ((a, b), (b, a)):
        days, outing_day = _visit_days(visit), _single_day(outing.time)
        if outing.kind == "visit" and days is not None and outing_day is not None:
            return outing_day > days[0]
    return False


def _talks_the_next_day(a: Encounter, b: Encounter) -> bool:
    """A formal encounter in person and the talks of the same people in the same city the day
    after it ("received them on April 6 at Mar-a-Lago ... The next morning the two presidents
    held talks"): a visit lasts the night (but a round of golf is no visit to go on from)."""
    if not _held_in_person(a, b):
        return False
    for visit, talks in ((a, b), (b, a)):
        days, next_day = _day_span(visit.time), _day_span(talks.time)
        if visit.format != "formal" or days is None or next_day is None:
            continue
        placed = visit.place is not None and talks.place is not None
        if placed and next_day[0] == days[1] + timedelta(days=1) and same_people(visit, talks):
            return _one_event(visit, replace(talks, time=visit.time))
    return False


def _part_of_the_day(a: Encounter, b: Encounter) -> bool:
    """A formal encounter and an informal one the same people held in person on the same day
    in the same city are one: the working dinner, the walk after the talks, "met again
    briefly before the night was out" are parts of that day's visit (as across articles). On a
    visit of several days, only its first: the sumo on the second day is an outing of its own."""
    if not _held_in_person(a, b):
        return False
    formal, informal = (a, b) if a.format == "formal" else (b, a)
    days, day = _day_span(formal.time), _single_day(informal.time)
    return days is not None and day == days[0] and _one_event(a, b)


def _held_in_person(a: Encounter, b: Encounter) -> bool:
    return a.status == b.status == "held" and "call" not in (a.kind, b.kind)


def _visit_days(encounter: Encounter) -> tuple[date, date] | None:
    """The first and last day of a visit told over several days ("a three-day state visit")."""
    days = _day_span(encounter.time) if encounter.kind == "visit" else None
    return days if days is not None and days[0] < days[1] else None


def _day_span(time: TimeRef | None) -> tuple[date, date] | None:
    """The first and last day of a time told to the day."""
    return (time.start, time.end) if time is not None and time.precision == "day" else None


def _single_day(time: TimeRef | None) -> date | None:
    days = _day_span(time)
    return days[0] if days is not None and days[0] == days[1] else None


def _act_at_gathering(a: Encounter, b: Encounter) -> Encounter | None:
    """Of a trip to a gathering, or the gathering told over more days, and what the pair did
    there, the act: "went to St. Petersburg for the G20 summit, and on its second day the two
    leaders sat down on the sidelines" is one encounter, the sit-down. The gathering told
    over more days may name its host too ("reached Lima for the APEC summit")."""
    if not a.status == b.status == "held":
        return None
    trip = _act_on_a_trip(a, b)
    if trip is not None:
        return trip
    for gathering, act in ((a, b), (b, a)):
        if gathering.forum in (None, "summit"):
            continue
        if gathering.kind == "visit" and _one_event(gathering, act):
            return act
        timed = gathering.time is not None and act.time is not None
        if timed and _finer(act.time, gathering.time) and _one_event(a, b, among_others=True):
            return act
    return None


def _act_on_a_trip(a: Encounter, b: Encounter) -> Encounter | None:
    """Of a trip to a gathering and what the pair did there, the act, with all who took part:
    "came to Hamburg for the summit, and on its margins she and Macron sat down with him"."""
    if not a.status == b.status == "held" or a.evidence[0] != b.evidence[0]:
        return None  # (told in one sentence: "later that day Biden joined them" is another)
    for trip, act in ((a, b), (b, a)):
        to_gathering = trip.kind == "visit" and trip.forum not in (None, "summit")
        if to_gathering and _one_event(trip, act, among_others=True):
            return act
    return None


def _one_event(a: Encounter, b: Encounter, among_others: bool = False) -> bool:
    """The same people (with `among_others`, one's people among the other's), by phone or in
    person alike, at places and times that may agree ("dinner at the White House, golf in
    Virginia the next morning" do not)."""
    ids_a, ids_b = _ids(a), _ids(b)
    people = ids_a <= ids_b or ids_b <= ids_a if among_others else ids_a == ids_b
    if not people or (a.kind == "call") != (b.kind == "call"):
        return False
    if _apart(a.place, b.place):
        return False
    return not (a.time and b.time) or not _apart_in_time(a, b)


def _combine(a: Encounter, b: Encounter) -> Encounter:
    time = a.time if b.time is None or (a.time and not _finer(b.time, a.time)) else b.time
    # "landed on Nov. 8 for a three-day state visit" and "met him that day": the visit keeps
    # its days (but "this week" is no visit's days)
    time = next((v.time for v in (a, b) if _visit_covering(v, a.time, b.time)), time)
    place = a.place
    if b.place is not None and (a.place is None or specificity(b.place) > specificity(a.place)):
        place = b.place
    durations = [d for d in (a.duration_minutes, b.duration_minutes) if d]
    evidence = a.evidence + tuple(e for e in b.evidence if e not in a.evidence)
    return replace(
        a,
        kind="visit" if "visit" in (a.kind, b.kind) and a.kind != "call" else a.kind,
        participants=join_participants(a.participants + b.participants),
        evidence=evidence,
        time=time,
        place=place,
        forum=a.forum if a.forum and a.forum != "summit" else b.forum or a.forum,
        duration_minutes=max(durations) if durations else None,
        company=a.company or b.company,
        cancelled_by=a.cancelled_by or b.cancelled_by,
    )


def _visit_covering(visit: Encounter, a: TimeRef | None, b: TimeRef | None) -> bool:
    """Whether a visit told over several days holds both times."""
    days = _visit_days(visit)
    if days is None or a is None or b is None:
        return False
    return all(days[0] <= t.start and t.end <= days[1] for t in (a, b))


def _apart(a: Place | None, b: Place | None) -> bool:
    """Places in two countries, or two specific places (cities or venues) in different cities:
    two encounters ("invited Xi to India", "invited Modi to China")."""
    if a is None or b is None:
        return False
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return True
    if specificity(a) < 2 or specificity(b) < 2:
        return False
    if None not in (a.lat, a.lon, b.lat, b.lon):  # the White House is in Washington, D.C.
        return distance_km(a, b) > _SAME_CITY_KM
    return (a.city or a.name) != (b.city or b.name)
