"""`parley brief`: a feature-style retelling where every sentence is footnoted to the store."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli import main
from parley.model import (
    Actor,
    Article,
    ArticleResult,
    Encounter,
    Participant,
    Place,
    Quote,
    Span,
    TimeRef,
)
from parley.report import Brief, build_brief, render_html, render_markdown
from parley.store import EncounterRecord, QuoteRecord, open_store
from parley.store.merged_records import MergedEncounter, StatusReport

BIDEN = Actor("Q6279", "Joe Biden", "person", "US")
XI = Actor("Q15031", "Xi Jinping", "person", "CN")
BLINKEN = Actor("person:antony-blinken", "Antony Blinken")
PAIR = (BIDEN, XI)
FILOLI = Place("Filoli Estate", "United States", "US", 37.47, -122.31, "venue", "Woodside")
BALI = Place("Bali", "Indonesia", "ID", -8.65, 115.22)
WASHINGTON = Place("Washington", "United States", "US")


def day(y: int, m: int, d: int, text: str = "Wednesday") -> TimeRef:
    return TimeRef(date(y, m, d), date(y, m, d), "day", text)


def mention(
    article_id: str,
    published: date,
    evidence: str,
    *,
    status: str = "held",
    kind: str = "meeting",
    participants: tuple[Participant, ...] = (Participant(BIDEN), Participant(XI)),
    url: str | None = "https://news.example/{id}",
    **fields: object,
) -> EncounterRecord:
    """One article's version of an encounter; the evidence is the sentence that tells it."""
    encounter = Encounter(
        id="e1",
        kind=kind,  # type: ignore[arg-type]
        format="formal",
        status=status,  # type: ignore[arg-type]
        participants=participants,
        evidence=(Span(0, len(evidence), evidence),),
        **fields,  # type: ignore[arg-type]
    )
    link = url.format(id=article_id) if url else None
    return EncounterRecord(encounter, article_id, f"Report {article_id}", link, published)


def merged(
    id: str, mentions: list[EncounterRecord], quotes: tuple[QuoteRecord, ...] = ()
) -> MergedEncounter:
    """A merged record whose fields are the last mention's, and whose history is every change."""
    last = mentions[-1].encounter
    history: list[StatusReport] = []
    for m in mentions:
        e = m.encounter
        if not history or history[-1].status != e.status:
            history.append(
                StatusReport(
                    e.status, m.published, m.article_id, e.evidence[0].text, e.cancelled_by,
                    e.reason,
                )
            )  # fmt: skip
    firsts = {p.actor.id: p for m in mentions for p in reversed(m.encounter.participants)}
    return MergedEncounter(
        id=id,
        kind=last.kind,
        format=last.format,
        status=last.status,
        participants=tuple(firsts.values()),
        place=next((m.encounter.place for m in mentions if m.encounter.place), None),
        forum=next((m.encounter.forum for m in mentions if m.encounter.forum), None),
        time=next((m.encounter.time for m in mentions if m.encounter.time), None),
        duration_minutes=max(m.encounter.duration_minutes or 0 for m in mentions) or None,
        company=next((m.encounter.company for m in mentions if m.encounter.company), None),
        sources=len({m.article_id for m in mentions}),
        confidence=0.75,
        mentions=tuple(mentions),
        history=tuple(history),
        quotes=quotes,
    )


QUOTE_TEXT = "We have to ensure that competition does not veer into conflict."
SUMMIT = merged(
    "m-summit",
    [
        mention(
            "ap",
            date(2023, 11, 16),
            "Biden met Xi at the Filoli Estate in Woodside on Wednesday.",
            place=FILOLI,
            time=day(2023, 11, 15),
        ),
        mention(
            "bbc",
            date(2023, 11, 17),
            "The two leaders talked for four hours at the APEC summit, joined by Antony Blinken.",
            forum="APEC summit",
            duration_minutes=240,
            attendees=(BLINKEN,),
            outcome="an agreement to resume military talks.",
        ),
    ],
    quotes=(
        QuoteRecord(
            Quote(QUOTE_TEXT, Span(0, len(QUOTE_TEXT), QUOTE_TEXT), BIDEN, "e1"),
            "bbc",
            "Report bbc",
            date(2023, 11, 17),
        ),
    ),
)
CANCELLED = merged(
    "m-cancelled",
    [
        mention(
            "kyodo",
            date(2022, 5, 10),
            "Biden and Xi will meet in Bali in May.",
            status="scheduled",
            place=BALI,
            time=TimeRef(date(2022, 5, 1), date(2022, 5, 31), "month", "in May"),
        ),
        mention(
            "reuters",
            date(2022, 5, 24),
            "Xi called off the Bali meeting, citing the pandemic.",
            status="cancelled",
            cancelled_by=XI,
            reason="the pandemic",
        ),
    ],
)
PROPOSED = merged(
    "m-proposed",
    [
        mention(
            "xinhua",
            date(2024, 3, 2),
            "Biden invited Xi to visit Washington next year.",
            status="proposed",
            kind="visit",
            participants=(Participant(BIDEN, "host"), Participant(XI, "guest")),
            place=WASHINGTON,
            time=TimeRef(date(2025, 1, 1), date(2025, 12, 31), "year", "next year"),
        )
    ],
)
CALL = merged(
    "m-call",
    [
        mention(
            "cnn",
            date(2022, 7, 29),
            "Biden and Xi spoke by phone for 90 minutes on Thursday.",
            kind="call",
            time=day(2022, 7, 28, "Thursday"),
            duration_minutes=90,
        )
    ],
)
UNDATED = merged(
    "m-undated",
    [mention("blog", date(2021, 1, 5), "Biden once met Xi.", url=None)],
)
RECORDS = [UNDATED, CALL, CANCELLED, SUMMIT, PROPOSED]  # build_brief puts them in date order


@pytest.fixture(scope="module")
def brief() -> Brief:
    return build_brief(RECORDS, PAIR)


@pytest.fixture(scope="module")
def markdown(brief: Brief) -> str:
    return render_markdown(brief)


def section_text(markdown: str, heading: str) -> str:
    """The Markdown between one `## heading` and the next heading or the footnotes."""
    body = markdown.split(f"## {heading}\n", 1)[1]
    return re.split(r"\n## |\n\[\^1\]:", body, maxsplit=1)[0]


def test_title_and_opening_count_encounters_years_statuses_and_kinds(markdown: str) -> None:
    lines = markdown.splitlines()
    assert lines[0] == "# Joe Biden and Xi Jinping: 5 encounters, 2022–2025"
    assert lines[2] == (
        "5 encounters: 3 held, 1 cancelled, 1 proposed; 3 meetings, 1 call, 1 visit; 1 undated."
    )


def test_one_heading_per_encounter_leaving_out_what_the_store_lacks(markdown: str) -> None:
    assert re.findall(r"^## (.*)$", markdown, re.M) == [
        "Bali, Indonesia, May 2022",
        "July 2022",  # a call: no place, no forum
        "Filoli Estate, Woodside, United States: APEC summit, November 2023",
        "Washington, United States, 2025",
        "Undated",
    ]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        (
            "Filoli Estate, Woodside, United States: APEC summit, November 2023",
            "Joe Biden and Xi Jinping met in person (formal meeting) at Filoli Estate, Woodside, "
            "United States, at the APEC summit, on 15 November 2023.",
        ),
        ("July 2022", "Joe Biden and Xi Jinping spoke by phone on 28 July 2022."),
        (
            "Bali, Indonesia, May 2022",
            "Joe Biden and Xi Jinping were to meet in person (formal meeting) in Bali, Indonesia, "
            "in May 2022.",
        ),
        (
            "Washington, United States, 2025",
            "A visit by Xi Jinping to Washington, United States, hosted by Joe Biden, was proposed "
            "for 2025.",
        ),
        ("Undated", "Joe Biden and Xi Jinping met in person (formal meeting)."),
    ],
)
def test_what_happened_where_and_when_in_one_sourced_sentence(
    markdown: str, heading: str, sentence: str
) -> None:
    assert re.search(re.escape(sentence) + r"(\[\^\d+\])+\n", section_text(markdown, heading))


@pytest.mark.parametrize(
    ("heading", "wording"),
    [
        ("Bali, Indonesia, May 2022", "The meeting was cancelled by Xi Jinping"),
        (
            "Washington, United States, 2025",
            "An invitation that, as far as the sources show, was not taken up.",
        ),
        ("July 2022", "It lasted about 90 minutes."),
        ("Filoli Estate, Woodside, United States: APEC summit, November 2023", "about 4 hours."),
        ("Filoli Estate, Woodside, United States: APEC summit, November 2023", "Antony Blinken."),
        (
            "Filoli Estate, Woodside, United States: APEC summit, November 2023",
            "What came of it: an agreement to resume military talks.",
        ),
    ],
)
def test_status_duration_company_and_outcome_wording(
    markdown: str, heading: str, wording: str
) -> None:
    assert wording in section_text(markdown, heading)


@pytest.mark.parametrize(
    ("company", "status", "sentence", "evidence"),
    [
        (
            "interpreters only",
            "held",
            "Only interpreters were present.",
            "They then sat alone with their interpreters.",
        ),
        ("alone", "held", "They were alone, with no aides.", "They talked one-on-one."),
        ("alone", "scheduled", "They were to be alone, with no aides.", "They will meet alone."),
    ],
)
def test_company_is_told_and_cited_to_the_sentence_that_states_it(
    company: str, status: str, sentence: str, evidence: str
) -> None:
    told = mention("nyt", date(2023, 11, 16), "Biden met Xi.", status=status, company=company)
    told = dataclasses.replace(
        told,
        encounter=dataclasses.replace(
            told.encounter,
            evidence=(*told.encounter.evidence, Span(20, 20 + len(evidence), evidence)),
        ),
    )
    first = mention("ap", date(2023, 11, 15), "Biden and Xi met on Wednesday.", status=status)
    text = render_markdown(build_brief([merged("m-company", [first, told])], PAIR))
    number = re.search(re.escape(sentence) + r"\[\^(\d+)\]", text)
    assert number, text
    assert (
        f"[^{number[1]}]: “Report nyt”, 2023-11-16, <https://news.example/nyt>: “{evidence}”"
        in text
    )


def test_cancellation_names_who_and_why_and_the_history_each_change_cited(markdown: str) -> None:
    text = section_text(markdown, "Bali, Indonesia, May 2022")
    assert "cancelled by Xi Jinping (reason given: the pandemic)." in text
    assert re.search(
        r"Announced on 2022-05-10;\[\^(\d+)\] cancelled on 2022-05-24 \(dates of the reports\)"
        r"\.\[\^(\d+)\]",
        text,
    )


def test_scheduled_encounter_says_as_of_which_report() -> None:
    planned = merged(
        "m-planned",
        [
            mention("a", date(2024, 11, 1), "Biden will meet Xi in Lima.", status="scheduled"),
            mention("b", date(2024, 11, 13), "Biden is due to meet Xi.", status="scheduled"),
        ],
    )
    text = render_markdown(build_brief([planned], PAIR))
    assert "Scheduled at the time of the latest report (2024-11-13).[^2]" in text
    assert "[^2]: “Report b”, 2024-11-13, <https://news.example/b>: “Biden is due to meet Xi.”" in (
        text
    )


def test_quote_is_in_feature_style_with_its_own_footnote(markdown: str) -> None:
    text = section_text(
        markdown, "Filoli Estate, Woodside, United States: APEC summit, November 2023"
    )
    match = re.search(
        r"> “We have to ensure that competition does not veer into conflict,” said Joe Biden\."
        r"\[\^(\d+)\]",
        text,
    )
    assert match
    assert (
        f"[^{match[1]}]: “Report bbc”, 2023-11-17, <https://news.example/bbc>: “{QUOTE_TEXT}”"
        in (markdown)
    )


def test_each_section_shows_how_many_sources_tell_it(markdown: str) -> None:
    summit = section_text(
        markdown, "Filoli Estate, Woodside, United States: APEC summit, November 2023"
    )
    assert summit.startswith("\n_2 sources_\n")
    assert section_text(markdown, "July 2022").startswith("\n_1 source_\n")


def test_every_sentence_carries_a_footnote_and_numbers_run_in_reading_order(
    markdown: str,
) -> None:
    body, _, notes = markdown.partition("\n[^1]:")
    sentences = [
        line for line in body.splitlines()[3:] if line and not line.startswith(("## ", "_"))
    ]
    assert sentences and all(re.search(r"\[\^\d+\]$", s) for s in sentences)
    first_uses = list(dict.fromkeys(int(n) for n in re.findall(r"\[\^(\d+)\]", body)))
    assert first_uses == list(range(1, len(first_uses) + 1))
    defined = [int(n) for n in re.findall(r"^\[\^(\d+)\]:", "[^1]:" + notes, re.M)]
    assert defined == first_uses  # every footnote is used, every marker is defined


def test_every_footnote_quotes_a_stored_evidence_sentence(brief: Brief) -> None:
    stored = {
        (m.article_id, span.text)
        for record in RECORDS
        for m in record.mentions
        for span in m.encounter.evidence
    } | {(q.article_id, q.quote.span.text) for record in RECORDS for q in record.quotes}
    assert brief.footnotes
    assert {(n.article_id, n.sentence) for n in brief.footnotes} <= stored


def test_facts_cite_the_report_that_states_them(brief: Brief) -> None:
    summit = next(s for s in brief.sections if s.encounter_id == "m-summit")
    notes = {n.number: n for n in brief.footnotes}
    duration = next(s for s in summit.statements if s.text.startswith("It lasted"))
    assert [notes[n].article_id for n in duration.clauses[0].notes] == ["bbc"]
    what = summit.statements[0]
    assert {notes[n].article_id for n in what.clauses[0].notes} == {"ap", "bbc"}


def test_nothing_appears_that_the_records_do_not_hold(markdown: str) -> None:
    call = section_text(markdown, "July 2022")
    undated = section_text(markdown, "Undated")
    assert not re.search(r"\b(in|at)\s+[A-Z]", call.split("said")[0])  # no place for the call
    assert not re.search(r"\b(19|20)\d\d\b", undated.split("[^")[0])  # no date for the undated
    for absent in ("lasted", "Also present", "What came of it", "“"):
        assert absent not in undated


def test_no_encounters_gives_a_short_brief_that_says_so() -> None:
    text = render_markdown(build_brief([], PAIR))
    assert text == (
        "# Joe Biden and Xi Jinping\n\nThe store holds no encounters between Joe Biden and "
        "Xi Jinping.\n"
    )


HOSTILE = merged(
    "m-hostile",
    [
        mention(
            "evil",
            date(2023, 1, 2),
            'Biden met Xi <script>alert("x")</script> [click](javascript:alert(1)).',
            url="javascript:alert(1)",
        ),
        mention(
            "good", date(2023, 1, 3), "Biden & Xi met again.", url="https://ok.example/a?b=1&c=2"
        ),
    ],
)


def test_markdown_keeps_article_text_literal() -> None:
    text = render_markdown(build_brief([HOSTILE], PAIR))
    assert not re.search(r"(?<!\\)<script|(?<!\\)\]\(javascript", text)
    assert r"\<script\>" in text and r"\[click\](javascript" in text
    assert "javascript:alert(1)>" not in text  # never an autolink
    assert "<https://ok.example/a?b=1&c=2>" in text


def test_html_escapes_everything_and_links_only_http_urls() -> None:
    page = render_html(build_brief([HOSTILE], PAIR))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'href="javascript' not in page and "id evil" in page
    assert '<a href="https://ok.example/a?b=1&amp;c=2" rel="noopener noreferrer">' in page
    assert "Biden &amp; Xi met again." in page


def test_html_says_what_the_markdown_says_with_footnote_anchors(brief: Brief) -> None:
    page = render_html(brief)
    for section in brief.sections:
        assert f"<h2>{section.heading}</h2>" in page
        for statement in section.statements:
            for clause in statement.clauses:
                assert clause.text.replace("&", "&amp;") in page
                for n in clause.notes:
                    assert f'<a href="#fn-{n}">{n}</a>' in page
    assert page.count('<li id="fn-') == len(brief.footnotes)


def _article(article_id: str, published: date, text: str, quote: str | None) -> ArticleResult:
    """A stored article about Biden and Xi in Woodside whose spans point into its text."""
    full = text + (f' "{quote}" Biden said.' if quote else "")
    encounter = Encounter(
        "e1",
        "meeting",
        "formal",
        "held",
        (Participant(BIDEN), Participant(XI)),
        (Span(0, len(text), text),),
        place=FILOLI,
        time=day(2023, 11, 15),
    )
    quotes = ()
    if quote:
        start = full.index(quote)
        quotes = (Quote(quote, Span(start, start + len(quote), quote), BIDEN, "e1"),)
    article = Article(
        article_id, full, f"Title {article_id}", published, url=f"https://news.example/{article_id}"
    )
    return ArticleResult(article, (encounter,), quotes)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "parley.db"
    store = open_store(str(path))
    try:
        store.save(
            _article("ap", date(2023, 11, 16), "Biden met Xi in Woodside on Wednesday.", None)
        )
        store.save(_article("bbc", date(2023, 11, 17), "Biden and Xi met at Filoli.", "We talked."))
    finally:
        store.close()
    return path


def test_cli_brief_end_to_end(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(db), "brief", "Joe Biden", "xi"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("# Joe Biden and Xi Jinping: 1 encounter, 2023\n")
    assert "## Filoli Estate, Woodside, United States, November 2023" in out
    assert "_2 sources_" in out and "“We talked,” said Joe Biden." in out
    assert "“Biden met Xi in Woodside on Wednesday.”" in out

    page = tmp_path / "brief.html"
    result = runner.invoke(
        main, ["--db", str(db), "brief", "Biden", "Xi", "--html", "--output", str(page)]
    )
    assert result.exit_code == 0, result.output
    assert "<h1>Joe Biden and Xi Jinping: 1 encounter, 2023</h1>" in page.read_text("utf-8")


def test_cli_unknown_actor_is_a_one_line_error(db: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(db), "brief", "Joe Biden", "Nobody Atall"])
    assert result.exit_code != 0
    assert "Nobody Atall" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        (
            {"kind": "visit", "participants": (Participant(XI, "guest"), Participant(BIDEN))},
            "Xi Jinping visited the United States, meeting Joe Biden on 15 November 2023.",
        ),
        (
            {"kind": "visit", "participants": (Participant(BIDEN), Participant(XI))},
            "Joe Biden and Xi Jinping met during a visit to the United States, "
            "on 15 November 2023.",
        ),
        (
            {"kind": "call", "place": None, "forum": "G20 summit"},
            "Joe Biden and Xi Jinping spoke by phone at the G20 summit on 15 November 2023.",
        ),
        # a visit of several days runs from its first day to its last
        (
            {
                "kind": "visit",
                "participants": (Participant(XI, "guest"), Participant(BIDEN)),
                "time": TimeRef(date(2023, 11, 30), date(2023, 12, 2), "day", "Nov. 30"),
            },
            "Xi Jinping visited the United States, meeting Joe Biden from 30 November to 2"
            " December 2023.",
        ),
    ],
)
def test_sentence_forms_follow_roles_and_the_fields_present(fields: dict, sentence: str) -> None:
    fields = {"place": Place("United States", kind="country"), **fields}
    fields = {"time": day(2023, 11, 15), **fields}
    record = merged("m", [mention("a", date(2023, 11, 16), "Xi met Biden.", **fields)])
    assert sentence + "[^1]" in render_markdown(build_brief([record], PAIR))
