"""Saved results read back equal: a rich hand-built one, and many random ones."""

from __future__ import annotations

import dataclasses
import random
import string
from collections import defaultdict
from datetime import date, timedelta

from store_samples import BIDEN, PUTIN, geneva_result

from parley.model import (
    FORMATS,
    KINDS,
    STATUSES,
    Actor,
    ActorMention,
    Article,
    ArticleResult,
    Encounter,
    Participant,
    Place,
    Quote,
    Span,
    TimeRef,
)
from parley.store import SQLiteStore


def test_rich_result_round_trips(store):
    result = geneva_result()
    store.save(result)
    records = store.encounters()
    by_id = {r.encounter.id: r.encounter for r in records}
    assert by_id == {e.id: e for e in result.encounters}
    assert {(r.article_id, r.article_title, r.article_url, r.published) for r in records} == {
        ("reuters-geneva", result.article.title, result.article.url, date(2021, 6, 16))
    }
    assert [q.quote for q in store.quotes()] == list(result.quotes)
    for record in records:  # spans still point into the stored text
        for ev in record.encounter.evidence:
            assert result.article.text[ev.start : ev.end] == ev.text


def test_old_article_keeps_the_actor_as_it_named_it(store):
    store.save(geneva_result())
    later = geneva_result(id="later")
    retitled = dataclasses.replace(BIDEN, title="Former President")
    summit = dataclasses.replace(later.encounters[0], participants=(Participant(retitled),))
    store.save(dataclasses.replace(later, encounters=(summit,), quotes=(), actors=()))
    by_article = {r.article_id: r.encounter for r in store.encounters(kinds=["meeting"])}
    assert by_article["reuters-geneva"].participants[0].actor == BIDEN
    assert by_article["later"].participants[0].actor == retitled
    assert store.find_actors("joe biden") == [retitled]  # search shows the latest version


# --- property-style: random results, fixed seed ---------------------------------------------

_ALPHABET = string.ascii_letters + "  .,'\"%_-éøçğžЖ中"


def _words(rng: random.Random, n: int) -> str:
    return " ".join("".join(rng.choices(_ALPHABET, k=rng.randint(1, 8))) for _ in range(n))


def _maybe(rng: random.Random, value):
    return value if rng.random() < 0.5 else None


def _span(rng: random.Random, text: str) -> Span:
    start = rng.randrange(len(text))
    end = rng.randint(start, len(text))
    return Span(start, end, text[start:end])


def _actor(rng: random.Random, i: int) -> Actor:
    kind = rng.choice(("person", "organization", "country"))
    return Actor(f"A{i}", _words(rng, 2), kind, _maybe(rng, "US"), _maybe(rng, _words(rng, 2)))


def _encounter(rng: random.Random, i: int, text: str, pool: list[Actor]) -> Encounter:
    start = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
    time = TimeRef(start, start + timedelta(days=rng.randrange(40)), "day", _words(rng, 1))
    place = Place(
        _words(rng, 1),
        _maybe(rng, _words(rng, 1)),
        _maybe(rng, "FR"),
        _maybe(rng, rng.uniform(-90, 90)),
        _maybe(rng, rng.uniform(-180, 180)),
        rng.choice(("city", "country", "venue")),
    )
    return Encounter(
        id=f"e{i}",
        kind=rng.choice(KINDS),
        format=rng.choice(FORMATS),
        status=rng.choice(STATUSES),
        participants=tuple(
            Participant(a, _maybe(rng, "host")) for a in rng.sample(pool, rng.randint(0, 3))
        ),
        evidence=tuple(_span(rng, text) for _ in range(rng.randint(0, 3))),
        place=_maybe(rng, place),
        forum=_maybe(rng, _words(rng, 2)),
        time=_maybe(rng, time),
        duration_minutes=_maybe(rng, rng.randint(1, 600)),
        company=_maybe(rng, rng.choice(("alone", "interpreters only"))),
        attendees=tuple(rng.sample(pool, rng.randint(0, 2))),
        outcome=_maybe(rng, _words(rng, 3)),
        cancelled_by=_maybe(rng, rng.choice(pool)),
        reason=_maybe(rng, _words(rng, 3)),
    )


def _result(rng: random.Random, n: int) -> ArticleResult:
    text = _words(rng, rng.randint(1, 40))
    pool = [_actor(rng, i) for i in range(rng.randint(3, 8))]
    encounters = tuple(_encounter(rng, i, text, pool) for i in range(rng.randint(0, 4)))
    ids = [e.id for e in encounters]
    first = ids[0] if ids else None
    quotes = tuple(
        Quote(_words(rng, 3), _span(rng, text), _maybe(rng, rng.choice(pool)), _maybe(rng, first))
        for _ in range(rng.randint(0, 3))
    )
    mentions = tuple(ActorMention(a, rng.randint(1, 9)) for a in rng.sample(pool, 2))
    published = _maybe(rng, date(2010, 1, 1) + timedelta(days=rng.randrange(5000)))
    article = Article(f"art-{n}", text, _maybe(rng, _words(rng, 4)), published)
    return ArticleResult(article, encounters, quotes, mentions)


def test_random_results_round_trip(tmp_path):
    rng = random.Random(20240611)
    results = [_result(rng, n) for n in range(150)]
    with SQLiteStore(tmp_path / "p.db") as store:
        assert {store.save(r) for r in results} == {"stored"}
        assert {store.save(r) for r in results} == {"unchanged"}
        records = store.encounters()
        quotes = store.quotes()
    assert {(r.article_id, r.encounter.id): r.encounter for r in records} == {
        (r.article.id, e.id): e for r in results for e in r.encounters
    }
    starts = [r.encounter.time.start if r.encounter.time else date.max for r in records]
    assert starts == sorted(starts)  # undated (date.max here) come last
    read_quotes = defaultdict(list)
    for q in quotes:
        read_quotes[q.article_id].append(q.quote)
    assert read_quotes == {r.article.id: list(r.quotes) for r in results if r.quotes}


def test_random_results_filter_like_python(filled):
    """encounters(actor_ids=…) agrees with filtering the saved results in Python."""
    rng = random.Random(7)
    results = [_result(rng, n) for n in range(60)]
    for r in results:
        filled.save(r)
    for pair in (["A0", "A1"], ["A2"], [BIDEN.id, PUTIN.id]):
        got = {(r.article_id, r.encounter.id) for r in filled.encounters(actor_ids=pair)}
        want = {
            (r.article.id, e.id)
            for r in results
            for e in r.encounters
            if set(pair) <= {p.actor.id for p in e.participants}
        }
        if pair[0] == BIDEN.id:
            want |= {("reuters-geneva", "e1"), ("ap-woodside", "m2")}
        assert got == want
