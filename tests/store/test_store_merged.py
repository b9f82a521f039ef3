"""Merged encounters in the store: kept current on every save, queried like encounters."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from store_samples import BIDEN, PUTIN, XI, geneva_result, span, woodside_result

from parley import query
from parley.model import (
    Actor,
    Article,
    ArticleResult,
    Encounter,
    Participant,
    Place,
    Quote,
    TimeRef,
)
from parley.resolve import merge
from parley.store import SQLiteStore
from parley.store.merged import rebuild

NOV15 = date(2023, 11, 15)
WOODSIDE = Place("Woodside", "United States", "US", 37.43, -122.25, "city")
FILOLI = Place("Filoli Estate", "United States", "US", 37.47, -122.31, "venue", "Woodside")
TRUMP = Actor("Q22686", "Donald Trump", "person", "US")
KIM = Actor("Q56226", "Kim Jong Un", "person", "KP")


def report(
    article_id: str,
    published: date,
    *,
    status: str = "held",
    when: date | None = NOV15,
    place: Place | None = WOODSIDE,
    kind: str = "meeting",
    people: tuple[Actor, ...] = (BIDEN, XI),
    quote: str | None = None,
    **fields: object,
) -> ArticleResult:
    """A one-sentence article telling one encounter (and maybe a quote tied to it)."""
    names = " and ".join(a.name for a in people)
    text = f"{names}: {status} {kind} in {article_id} on {when or 'some day'}."
    if quote:
        text += f' "{quote}" Biden said.'
    encounter = Encounter(
        id="e1",
        kind=kind,  # type: ignore[arg-type]
        format="formal",
        status=status,  # type: ignore[arg-type]
        participants=tuple(Participant(a) for a in people),
        evidence=(span(text, f"{status} {kind}"),),
        place=place,
        time=TimeRef(when, when, "day", when.isoformat()) if when else None,
        **fields,  # type: ignore[arg-type]
    )
    quotes = (Quote(quote, span(text, quote), BIDEN, "e1"),) if quote else ()
    return ArticleResult(Article(article_id, text, None, published), (encounter,), quotes)


def summary(store) -> list[tuple]:
    return [(m.id, m.status, m.sources, [x.article_id for x in m.mentions]) for m in store.merged()]


def test_a_new_article_joins_the_existing_record(store):
    store.save(report("ap", date(2023, 11, 16), place=WOODSIDE))
    [first] = store.merged()
    assert (first.sources, first.confidence) == (1, 0.5)
    store.save(report("bbc", date(2023, 11, 17), place=FILOLI, duration_minutes=240))
    [merged] = store.merged()
    assert merged.id == first.id  # the earliest report names the record
    assert (merged.sources, merged.confidence) == (2, 0.75)
    assert (merged.place, merged.duration_minutes) == (FILOLI, 240)


def test_remerge_applies_the_current_rules_to_what_is_stored(store, monkeypatch):
    store.save(report("ap", date(2023, 11, 16)))
    store.save(report("bbc", date(2023, 11, 17)))
    assert [m.sources for m in store.merged()] == [2]
    monkeypatch.setattr(merge, "_compatible", lambda a, b: False)  # rules that never join
    assert store.remerge() == 2
    assert [m.sources for m in store.merged()] == [1, 1]


def test_planned_then_cancelled_in_the_store_keeps_its_history(store):
    people = (TRUMP, KIM)
    june12 = date(2018, 6, 12)
    store.save(report("kcna", date(2018, 5, 10), status="scheduled", when=june12, people=people))
    store.save(
        report(
            "wapo", date(2018, 5, 24), status="cancelled", when=june12, people=people,
            place=None, cancelled_by=TRUMP, reason="open hostility",
        )
    )  # fmt: skip
    [merged] = store.merged(actor_ids=[KIM.id])
    assert merged.status == "cancelled"
    assert [(h.status, h.article_id, h.by) for h in merged.history] == [
        ("scheduled", "kcna", None),
        ("cancelled", "wapo", TRUMP),
    ]
    assert merged.history[-1].reason == "open hostility"


def test_replacing_an_article_moves_its_mention(store):
    store.save(report("ap", date(2023, 11, 16)))
    store.save(report("bbc", date(2023, 11, 17)))
    assert [m.sources for m in store.merged()] == [2]
    corrected = report("bbc", date(2023, 11, 17), when=date(2023, 11, 20))
    assert store.save(corrected) == "replaced"
    assert [(m.time.start, m.sources) for m in store.merged()] == [
        (NOV15, 1),
        (date(2023, 11, 20), 1),
    ]


def test_replacing_an_article_with_no_encounter_removes_its_record(store):
    store.save(report("ap", date(2023, 11, 16)))
    store.save(ArticleResult(Article("ap", "Nothing happened.", None, date(2023, 11, 16))))
    assert store.merged() == []


def test_the_same_corpus_gives_the_same_records_in_any_order():
    corpus = [
        geneva_result(),
        woodside_result(),
        report("ap", date(2023, 11, 16), quote="a good talk"),
        report("bbc", date(2023, 11, 17), place=FILOLI),
        report("reuters", date(2023, 11, 10), status="scheduled"),
    ]
    with SQLiteStore() as one, SQLiteStore() as two:
        for result in corpus:
            one.save(result)
        for result in reversed(corpus):
            two.save(result)
        assert one.merged() == two.merged()
        before = one.merged()
        assert [one.save(result) for result in corpus] == ["unchanged"] * len(corpus)
        assert one.merged() == before
        with one._transaction():  # a rebuild from scratch agrees with the incremental result
            rebuild(one._sql())
        assert one.merged() == before


def test_a_failing_merge_leaves_the_article_unsaved(store, monkeypatch):
    store.save(report("ap", date(2023, 11, 16)))
    before = store.merged()

    def broken(*_args, **_kwargs):
        raise RuntimeError("merge failed")

    monkeypatch.setattr(merge, "merge_cluster", broken)
    with pytest.raises(RuntimeError, match="merge failed"):
        store.save(report("bbc", date(2023, 11, 17)))
    monkeypatch.undo()
    assert store.article_ids() == {"ap"}
    assert store.merged() == before


def test_quotes_tied_to_any_mention_come_with_the_record(store):
    store.save(report("ap", date(2023, 11, 16), quote="a good talk"))
    store.save(report("bbc", date(2023, 11, 17)))
    [merged] = store.merged()
    assert [(q.quote.text, q.article_id) for q in merged.quotes] == [("a good talk", "ap")]


@pytest.fixture
def corpus(store):
    store.save(geneva_result())  # Biden–Putin summit, Geneva, 16 June 2021; a cancelled visit
    store.save(woodside_result())  # Biden–Xi, Woodside, 15 Nov 2023; a proposed Biden–Putin
    store.save(report("bbc", date(2023, 11, 17), place=FILOLI))
    store.save(report("cnn", date(2023, 11, 18)))
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["2021-06-01", "2021-06-16", "2023-11-15", None, None]),
        ({"actor_ids": [BIDEN.id, XI.id]}, ["2023-11-15"]),
        ({"actor_ids": [PUTIN.id, BIDEN.id]}, ["2021-06-16", None]),
        ({"statuses": ["cancelled"]}, ["2021-06-01"]),
        ({"kinds": ["visit"]}, ["2021-06-01"]),
        ({"since": date(2022, 1, 1)}, ["2023-11-15"]),
        ({"until": date(2021, 6, 10)}, ["2021-06-01"]),
        ({"place": "geneva"}, ["2021-06-16"]),
        ({"place": "woodside"}, ["2023-11-15"]),  # the venue's city
        ({"place": "US"}, ["2023-11-15"]),
        ({"min_confidence": 0.8}, ["2023-11-15"]),
        ({"min_confidence": 0.5}, ["2021-06-16", "2023-11-15"]),  # day-precise
        ({"min_confidence": 0.45}, ["2021-06-01", "2021-06-16", "2023-11-15"]),  # + a month
        ({"kinds": ["call"]}, [None]),  # Biden–Macron: undated
        ({"limit": 1}, ["2021-06-01"]),
    ],
)
def test_merged_filters(corpus, filters, expected):
    found = corpus.merged(**filters)
    assert [m.time.start.isoformat() if m.time else None for m in found] == expected


@pytest.mark.parametrize(
    ("filters", "error"),
    [
        ({"min_confidence": 1.5}, ValueError),
        ({"statuses": "held"}, TypeError),
        ({"kinds": ["phone"]}, ValueError),
    ],
)
def test_bad_filters_are_refused(store, filters, error):
    with pytest.raises(error):
        store.merged(**filters)


def test_opening_an_older_database_merges_what_it_holds(tmp_path):
    path = tmp_path / "old.db"
    geneva = geneva_result()  # as a Parley before 0006 read it: no company
    unaccompanied = tuple(dataclasses.replace(e, company=None) for e in geneva.encounters)
    with SQLiteStore(path) as store:
        store.save(dataclasses.replace(geneva, encounters=unaccompanied))
        store.save(
            report(
                "ap", date(2021, 6, 17), when=date(2021, 6, 16), place=None, people=(BIDEN, PUTIN)
            )
        )
        expected = store.merged()
    with closing(sqlite3.connect(path)) as raw:  # what a Parley before 0004 left behind
        for table in ("merged_participants", "merged_mentions", "merged_encounters"):
            raw.execute(f"DROP TABLE {table}")
        raw.execute("DROP TABLE mention_keys")
        raw.execute("ALTER TABLE encounters DROP COLUMN company")
        raw.execute("DELETE FROM schema_migrations WHERE number >= 4")
        raw.commit()
    with SQLiteStore(path) as store:
        assert store.migrations()[-3:] == [
            "0004_merged_encounters",
            "0005_pair_keys",
            "0006_company",
        ]
        assert store.merged() == expected
        assert [m.sources for m in expected if m.kind == "meeting"] == [2]


def test_queries_by_name_and_json_form(corpus):
    [merged] = query.merged_timeline(corpus, "biden", "Xi Jinping", min_confidence=0.8)
    data = query.merged_json(merged)
    assert (data["status"], data["sources"], data["confidence"]) == ("held", 3, 0.875)
    assert data["place"]["name"] == "Filoli Estate"
    assert [m["article"]["id"] for m in data["mentions"]] == ["ap-woodside", "bbc", "cnn"]
    assert [h["status"] for h in data["history"]] == ["held"]
    assert query.merged_timeline(corpus, "biden", "xi", min_confidence=0.9) == []


def test_min_confidence_keeps_the_per_article_versions_of_confident_encounters(corpus):
    records = query.encounters(corpus, min_confidence=0.8)
    assert [(r.article_id, r.encounter.id) for r in records] == [
        ("ap-woodside", "m1"),
        ("bbc", "e1"),
        ("cnn", "e1"),
    ]
    assert len(query.encounters(corpus, min_confidence=0.8, limit=1)) == 1


def test_the_days_of_a_visit_saved_one_by_one_become_one_record(store):
    white_house = Place("White House", "United States", "US", 38.90, -77.04, "venue")
    for name, day in (("ap", 13), ("bbc", 14), ("nyt", 15)):
        when = date(2023, 11, day)
        store.save(report(name, when, when=when, place=white_house))
    [merged] = store.merged()
    assert (merged.time.start, merged.time.end, merged.sources) == (
        date(2023, 11, 13),
        date(2023, 11, 15),
        3,
    )
