"""The process pool gives the same results as one process, in the same order."""

from __future__ import annotations

import pickle
from datetime import date

from parley.jobs import extract_results
from parley.model import Article
from parley.pipeline import Resources

ARTICLES = [
    Article(f"a{i}", text, published=date(2023, 11, 16))
    for i, text in enumerate(
        [
            "President Joe Biden met Chinese President Xi Jinping in Woodside on Wednesday.",
            "Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Tuesday.",
            "Nothing about leaders here, only the weather in Geneva.",
            "Emmanuel Macron hosted Olaf Scholz at the Elysee Palace on Monday.",
        ]
    )
]


def test_resources_pickle_by_settings_and_reload() -> None:
    resources = Resources()
    again = pickle.loads(pickle.dumps(resources))
    assert again.settings == resources.settings
    assert again.nlp.pipe_names == resources.nlp.pipe_names


def test_two_workers_match_one_process(pipeline) -> None:
    one = list(extract_results(pipeline, ARTICLES, batch_size=2))
    two = list(extract_results(None, ARTICLES, batch_size=2, workers=2))
    assert [r.article.id for r in two] == ["a0", "a1", "a2", "a3"]
    assert [r.encounters for r in two] == [r.encounters for r in one]
    assert len(two[0].encounters) == 1 and two[2].encounters == ()
