"""The one write path: stored / unchanged / replaced, atomicity, and hostile text as data."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from store_samples import BIDEN, GENEVA_TEXT, geneva_result, span

from parley.model import Actor, ActorMention, Article, ArticleResult, Encounter, Participant
from parley.store.write import INSERTS


def test_first_save_stores_and_resave_is_unchanged(store):
    assert store.save(geneva_result()) == "stored"
    before = store.counts()
    assert store.save(geneva_result()) == "unchanged"
    assert store.counts() == before == {"articles": 1, "encounters": 3, "quotes": 3, "actors": 5}


@pytest.mark.parametrize(
    ("change", "outcome"),
    [
        ({"text": GENEVA_TEXT + " More."}, "replaced"),
        ({"title": "A new headline"}, "replaced"),
        ({"published": date(2021, 6, 17)}, "replaced"),
        ({"source": "AP"}, "unchanged"),
        ({"metadata": {"category": "politics"}}, "unchanged"),
    ],
)
def test_content_hash_covers_text_title_and_date_only(store, change, outcome):
    store.save(geneva_result())
    change = dict(change)
    text = change.pop("text", GENEVA_TEXT)
    assert store.save(geneva_result(text, **change)) == outcome


def test_replacement_drops_old_facts(store):
    store.save(geneva_result())
    old = geneva_result()
    new = dataclasses.replace(
        old,
        article=dataclasses.replace(old.article, title="Corrected"),
        encounters=old.encounters[:1],
        quotes=(),
    )
    assert store.save(new) == "replaced"
    assert store.counts()["encounters"] == 1
    assert store.quotes() == []
    [record] = store.encounters()
    assert record.article_title == "Corrected"
    assert record.encounter == old.encounters[0]


@pytest.mark.parametrize("failing_table", ["encounters", "evidence", "quotes"])
def test_failure_mid_save_rolls_back_everything(store, monkeypatch, failing_table):
    real = store._executemany

    def flaky(sql, rows):
        if sql == INSERTS[failing_table]:
            raise RuntimeError("disk on fire")
        real(sql, rows)

    monkeypatch.setattr(store, "_executemany", flaky)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save(geneva_result())
    assert store.counts() == {"articles": 0, "encounters": 0, "quotes": 0, "actors": 0}
    assert store.article_ids() == set()


def test_failed_replacement_keeps_the_old_version(store, monkeypatch):
    original = geneva_result()
    store.save(original)
    real = store._executemany

    def flaky(sql, rows):
        if sql == INSERTS["participants"]:
            raise RuntimeError("boom")
        real(sql, rows)

    monkeypatch.setattr(store, "_executemany", flaky)
    with pytest.raises(RuntimeError):
        store.save(geneva_result(title="Changed"))
    monkeypatch.undo()
    records = store.encounters()
    assert [r.encounter for r in records] == sorted(
        original.encounters, key=lambda e: e.time.start if e.time else date.max
    )
    assert {r.article_title for r in records} == {original.article.title}
    # The store is usable after the failure.
    assert store.save(geneva_result(title="Changed")) == "replaced"


def test_duplicate_encounter_ids_are_refused_before_writing(store):
    result = geneva_result()
    twice = dataclasses.replace(result, encounters=(result.encounters[0],) * 2)
    with pytest.raises(ValueError, match=r"two encounters with id 'e1'"):
        store.save(twice)
    assert store.article_ids() == set()


HOSTILE = "Robert'); DROP TABLE articles;-- %_"


def test_sql_in_names_and_text_stays_data(store):
    evil = Actor(HOSTILE, HOSTILE)
    text = f"{HOSTILE} met Joe Biden."
    encounter = Encounter(
        id=HOSTILE,
        kind="meeting",
        format="formal",
        status="held",
        participants=(Participant(evil), Participant(BIDEN)),
        evidence=(span(text, text),),
        forum=HOSTILE,
    )
    result = ArticleResult(
        Article(HOSTILE, text, title=HOSTILE), (encounter,), (), (ActorMention(evil, 1),)
    )
    assert store.save(result) == "stored"
    assert store.article_ids() == {HOSTILE}
    assert store.find_actors(HOSTILE) == [evil]
    assert store.encounters(place="x' OR '1'='1") == []  # the injected OR widens nothing
    assert [r.encounter for r in store.encounters(actor_ids=[HOSTILE])] == [encounter]
    assert store.counts()["articles"] == 1
