"""HTML pages: main text without boilerplate, title and date from the page, broken pages refused."""

from datetime import date
from pathlib import Path

import pytest

from parley.ingest import IngestProblem, read_sources
from parley.model import Article

PARAGRAPHS = [
    "WOODSIDE, Calif. \u2014 President Joe Biden met Chinese President Xi Jinping on Wednesday "
    "at the Filoli estate, their first meeting in a year, for about four hours.",
    "The two leaders agreed to resume military-to-military communications and to cooperate on "
    "curbing fentanyl, a senior administration official told reporters afterwards.",
    '"We had some of the most constructive and productive discussions," Biden said at a news '
    "conference after the talks ended on Wednesday evening.",
]


def page(head: str = "", body: str = "") -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/login'>Log in</a></nav>"
        f"<article><h1>Biden and Xi meet in Woodside</h1>{paragraphs}{body}</article>"
        "<footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>"
    ).encode()


def read_one(path: Path, **options: object) -> Article | IngestProblem:
    (item,) = read_sources([str(path)], **options)
    return item


def test_title_date_and_paragraphs_come_from_the_page(tmp_path: Path) -> None:
    path = tmp_path / "summit.html"
    path.write_bytes(
        page(
            "<title>Biden and Xi meet in Woodside | Example News</title>"
            "<meta property='og:title' content='Biden and Xi meet in Woodside'>"
            "<meta property='article:published_time' content='2023-11-15T18:00:00Z'>"
        )
    )
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.title == "Biden and Xi meet in Woodside"
    assert article.published == date(2023, 11, 15)
    assert article.text.split("\n\n") == ["Biden and Xi meet in Woodside", *PARAGRAPHS]
    assert "Log in" not in article.text and "Copyright" not in article.text


def test_page_without_a_date_takes_the_published_argument(tmp_path: Path) -> None:
    path = tmp_path / "undated.htm"
    path.write_bytes(page("<title>Biden and Xi meet in Woodside</title>"))
    article = read_one(path, published=date(2023, 11, 16))
    assert isinstance(article, Article)
    assert article.published == date(2023, 11, 16)


def test_list_items_stay_one_per_line(tmp_path: Path) -> None:
    items = "<ul><li>Resume military communications.</li><li>Curb fentanyl.</li></ul>"
    path = tmp_path / "list.html"
    path.write_bytes(page("<title>T</title>", body=items))
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text.endswith("\n\n- Resume military communications.\n- Curb fentanyl.")


@pytest.mark.parametrize(
    "content",
    [
        b"<html><head><title>Cut off",
        b"<html><body></body></html>",
        b"<<<>>> </p></div></div> <td> <",
        b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
    ],
    ids=["truncated", "empty-body", "tag-soup", "navigation-only"],
)
def test_broken_html_reports_no_main_text(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(content)
    problem = read_one(path)
    assert isinstance(problem, IngestProblem)
    assert problem.reason.startswith("no main text found in HTML")
