"""Whole-article checks: each feature article against its hand-checked golden file.

The floors are what Parley reached when they were last raised; a change that loses an
encounter, a field or a speaker on any article fails here, and so does one that extracts more
of the pair's encounters than the ceiling (precision). Raise a floor, or lower a ceiling, when
it improves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.features import score_article
from parley.ingest import read_sources
from parley.resolve.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = sorted((ROOT / "tests/golden").glob("*.json"))

# article: (strict matches, loose matches, right speakers (of quotes found), most encounters of
# the pair)
FLOORS = {
    "abe-putin": (16, 17, 14, 20),
    "abe-trump": (20, 20, 8, 20),
    "abe-xi": (8, 12, 15, 14),
    "albanese-biden": (8, 13, 11, 17),
    "albanese-xi": (4, 6, 22, 10),
    "biden-lula": (9, 11, 14, 15),
    "biden-netanyahu": (11, 13, 28, 15),
    "biden-putin": (8, 11, 13, 14),
    "biden-xi": (13, 13, 13, 15),
    "biden-zelenskyy": (20, 20, 10, 20),
    "blair-bush": (10, 14, 18, 15),
    "bolsonaro-trump": (9, 11, 14, 13),
    "bush-putin": (16, 18, 12, 20),
    "clinton-yeltsin": (10, 13, 13, 18),
    "erdogan-biden": (10, 12, 14, 13),
    "erdogan-netanyahu": (3, 5, 16, 8),
    "erdogan-putin": (20, 21, 4, 21),
    "erdogan-trump": (14, 15, 26, 20),
    "hu-obama": (15, 16, 11, 22),
    "johnson-macron": (9, 10, 16, 13),
    "johnson-zelenskyy": (9, 10, 22, 12),
    "kishida-biden": (16, 17, 13, 25),
    "kishida-yoon": (17, 18, 12, 20),
    "kohl-gorbachev": (10, 12, 12, 15),
    "lopezobrador-biden": (11, 15, 15, 20),
    "lula-xi": (4, 6, 14, 9),
    "macron-erdogan": (13, 14, 16, 15),
    "macron-merkel": (13, 16, 13, 21),
    "macron-putin": (15, 16, 8, 17),
    "macron-trump": (11, 15, 11, 19),
    "macron-xi": (10, 12, 13, 14),
    "macron-zelenskyy": (11, 15, 12, 18),
    "may-trump": (8, 13, 15, 14),
    "meloni-biden": (8, 9, 14, 19),
    "merkel-obama": (13, 17, 13, 21),
    "merkel-putin": (20, 22, 11, 24),
    "merkel-trump": (10, 10, 11, 12),
    "merkel-xi": (9, 14, 12, 20),
    "modi-biden": (13, 17, 15, 25),
    "modi-putin": (13, 13, 15, 20),
    "modi-sharif": (11, 13, 13, 16),
    "modi-trump": (12, 16, 11, 22),
    "modi-xi": (15, 15, 5, 19),
    "moon-kim": (10, 10, 6, 13),
    "moon-trump": (9, 15, 12, 19),
    "netanyahu-putin": (14, 15, 11, 18),
    "netanyahu-trump": (13, 17, 14, 20),
    "obama-abe": (13, 15, 15, 19),
    "obama-castro": (8, 8, 15, 12),
    "obama-medvedev": (13, 16, 22, 19),
    "obama-netanyahu": (12, 13, 8, 14),
    "obama-putin": (11, 11, 5, 11),
    "obama-rouhani": (2, 2, 6, 5),
    "obama-xi": (14, 15, 12, 21),
    "putin-kim": (2, 4, 14, 8),
    "putin-lukashenko": (11, 13, 12, 16),
    "putin-xi": (20, 20, 6, 20),
    "ramaphosa-trump": (7, 10, 15, 13),
    "reagan-gorbachev": (7, 8, 14, 12),
    "sarkozy-merkel": (16, 18, 12, 21),
    "sarkozy-putin": (5, 6, 15, 8),
    "scholz-biden": (9, 10, 16, 14),
    "scholz-putin": (9, 10, 12, 13),
    "scholz-xi": (5, 5, 15, 11),
    "starmer-trump": (6, 9, 13, 13),
    "sunak-biden": (7, 11, 14, 13),
    "thatcher-reagan": (12, 17, 11, 20),
    "trudeau-modi": (5, 5, 14, 8),
    "trudeau-trump": (11, 14, 14, 16),
    "trudeau-xi": (5, 6, 16, 6),
    "trump-kim": (4, 6, 17, 9),
    "trump-putin": (13, 19, 14, 22),
    "trump-xi": (11, 15, 12, 21),
    "trump-zelenskyy": (12, 14, 32, 18),
    "xi-kim": (7, 8, 13, 11),
    "zelenskyy-scholz": (9, 10, 14, 13),
}


def test_every_golden_file_has_a_floor() -> None:
    assert {path.stem for path in GOLDEN} == set(FLOORS)


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_feature_article_meets_its_floor(pipeline, path: Path) -> None:
    golden = json.loads(path.read_text(encoding="utf-8"))
    article = next(read_sources([str(ROOT / golden["article"])]))
    score = score_article(golden, pipeline.run(article), KnowledgeBase.default())
    strict, loose, speakers, ceiling = FLOORS[path.stem]
    assert score.strict >= strict, score.misses
    assert score.loose >= loose, score.misses
    assert score.speakers_right >= speakers, score.misses
    assert score.predicted <= ceiling, score.misses


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_golden_evidence_is_verbatim(path: Path) -> None:
    """The golden files quote their article exactly, or the scores above mean nothing."""
    golden = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / golden["article"]).read_text(encoding="utf-8")
    for encounter in golden["encounters"]:
        assert encounter["evidence"] in text
    for quote in golden["quotes"]:
        assert quote["text"] in text
