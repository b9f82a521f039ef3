"""Hand-built ArticleResults whose spans really point into their text.

A uniquely named module (not conftest) so that `from store_samples import …` cannot pick up
another folder's conftest.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from parley.model import (
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
from parley.store import Store
from parley.store.write import INSERTS

BIDEN = Actor("Q6279", "Joe Biden", "person", "US", "President of the United States")
PUTIN = Actor("Q7747", "Vladimir Putin", "person", "RU", "President of Russia")
ZELENSKYY = Actor("Q3874799", "Volodymyr Zelenskyy", "person", "UA", "President of Ukraine")
MACRON = Actor("Q3052772", "Emmanuel Macron", "person", "FR", None)
BLINKEN = Actor("Q4526", "Antony Blinken", "person", "US", "Secretary of State")
XI = Actor("Q15031", "Xi Jinping", "person", "CN", "President of China")
ERDOGAN = Actor("Q39259", "Recep Tayyip Erdoğan", "person", "TR", None)

GENEVA_TEXT = (
    "GENEVA, June 16 (Reuters) - U.S. President Joe Biden met Russian President Vladimir Putin "
    "at Villa La Grange for about four hours, with Antony Blinken present. "
    '"It was a good meeting," Biden told reporters. Putin called the talks "constructive". '
    "A visit by Volodymyr Zelenskyy to Moscow was called off by Kyiv. "
    "Biden later spoke by phone with Emmanuel Macron. Sales rose 100% in Zürich."
)


def span(text: str, phrase: str) -> Span:
    """The span of the first occurrence of `phrase`, so tests cannot get offsets wrong."""
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def geneva_result(text: str = GENEVA_TEXT, **article: object) -> ArticleResult:
    """A rich article: every optional field used somewhere, unicode, three encounter kinds."""
    summit = Encounter(
        id="e1",
        kind="meeting",
        format="formal",
        status="held",
        participants=(Participant(BIDEN, "guest"), Participant(PUTIN, "host")),
        evidence=(
            span(text, "Joe Biden met Russian President Vladimir Putin"),
            span(text, "at Villa La Grange for about four hours"),
        ),
        place=Place("Geneva", "Switzerland", "CH", 46.20222, 6.14569, "city"),
        forum="US-Russia summit",
        time=TimeRef(date(2021, 6, 16), date(2021, 6, 16), "day", "June 16"),
        duration_minutes=240,
        attendees=(BLINKEN,),
        outcome="agreed to return ambassadors",
    )
    visit = Encounter(
        id="e2",
        kind="visit",
        format="formal",
        status="cancelled",
        participants=(Participant(ZELENSKYY, "guest"), Participant(PUTIN, "host")),
        evidence=(span(text, "A visit by Volodymyr Zelenskyy to Moscow was called off"),),
        place=Place("Moscow", "Russia", "RU", 55.75222, 37.61556, "city"),
        time=TimeRef(date(2021, 6, 1), date(2021, 6, 30), "month", "June"),
        cancelled_by=ZELENSKYY,
        reason="called off by Kyiv",
    )
    call = Encounter(
        id="e3",
        kind="call",
        format="informal",
        status="held",
        participants=(Participant(BIDEN, "initiator"), Participant(MACRON, None)),
        evidence=(span(text, "Biden later spoke by phone with Emmanuel Macron"),),
        company="interpreters only",
    )
    quotes = (
        Quote("It was a good meeting,", span(text, "It was a good meeting,"), BIDEN, "e1"),
        Quote("constructive", span(text, "constructive"), PUTIN),
        Quote("Sales rose 100%", span(text, "Sales rose 100%")),
    )
    fields = {
        "id": "reuters-geneva",
        "title": "Biden and Putin meet in Geneva",
        "published": date(2021, 6, 16),
        "source": "Reuters",
        "url": "https://example.org/geneva",
        "metadata": {"category": "world"},
    }
    fields.update(article)
    mentions = tuple(
        ActorMention(a, n) for a, n in ((BIDEN, 4), (PUTIN, 3), (ZELENSKYY, 1), (MACRON, 1))
    )
    return ArticleResult(Article(text=text, **fields), (summit, visit, call), quotes, mentions)


WOODSIDE_TEXT = (
    "President Biden met President Xi Jinping in Woodside on Wednesday. "
    "Biden and Putin may meet again, officials said. Erdoğan hosted nobody."
)


def woodside_result() -> ArticleResult:
    """A later article: a dated Biden–Xi meeting and an undated proposed Biden–Putin one."""
    text = WOODSIDE_TEXT
    meeting = Encounter(
        id="m1",
        kind="meeting",
        format="formal",
        status="held",
        participants=(Participant(BIDEN), Participant(XI)),
        evidence=(span(text, "President Biden met President Xi Jinping in Woodside"),),
        place=Place("Woodside", "United States", "US", 37.43, -122.25, "city"),
        forum="APEC summit",
        time=TimeRef(date(2023, 11, 15), date(2023, 11, 15), "day", "Wednesday"),
    )
    proposed = Encounter(
        id="m2",
        kind="meeting",
        format="formal",
        status="proposed",
        participants=(Participant(BIDEN), Participant(PUTIN)),
        evidence=(span(text, "Biden and Putin may meet again"),),
    )
    return ArticleResult(
        Article("ap-woodside", text, "Biden meets Xi", date(2023, 11, 16), "AP"),
        (meeting, proposed),
        (Quote("nobody", span(text, "nobody"), ERDOGAN),),
        (ActorMention(BIDEN, 2), ActorMention(XI, 1), ActorMention(ERDOGAN, 1)),
    )


def watch_mid_save(writer: Store, reader: Store) -> list[tuple[set[str], int]]:
    """What `reader` sees each time `writer` has inserted encounters but not yet committed.

    The returned list fills as `writer` saves: (article ids, encounter count) per insert, so a
    test can assert that readers see only committed state, on any backend.
    """
    seen: list[tuple[set[str], int]] = []
    real = writer._executemany

    def spy(sql: str, rows: Sequence[Sequence[object]]) -> None:
        real(sql, rows)
        if sql == INSERTS["encounters"]:
            seen.append((reader.article_ids(), reader.counts()["encounters"]))

    writer._executemany = spy
    return seen
