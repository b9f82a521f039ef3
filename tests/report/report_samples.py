"""Hand-built EncounterRecords for the export tests: no spaCy, no store unless a test wants one.

A uniquely named module (not conftest) so that `from report_samples import …` cannot pick up
another folder's helpers.
"""

from __future__ import annotations

from datetime import date

from parley.model import (
    Actor,
    Article,
    ArticleResult,
    Encounter,
    Participant,
    Place,
    Span,
    TimeRef,
)
from parley.store import EncounterRecord

BIDEN = Actor("Q6279", "Joe Biden", "person", "US", "President of the United States")
XI = Actor("Q15031", "Xi Jinping", "person", "CN", "President of China")
PUTIN = Actor("Q7747", "Vladimir Putin", "person", "RU", "President of Russia")
ZELENSKYY = Actor("Q3874799", "Volodymyr Zelenskyy", "person", "UA", "President of Ukraine")
MODI = Actor("Q1058", "Narendra Modi", "person", "IN", "Prime Minister of India")
ENVOY = Actor("person:jane-doe", "Jane Doe", "person", None, "envoy")

WOODSIDE = Place(
    "Filoli Estate", "United States", "US", 37.47, -122.31, kind="venue", city="Woodside"
)
BALI = Place("Bali", "Indonesia", "ID", -8.65, 115.22)
MOSCOW = Place("Moscow", "Russia", "RU", 55.75, 37.62)
KYIV_NO_COORDS = Place("Kyiv", "Ukraine", "UA")

DAY = TimeRef(date(2023, 11, 15), date(2023, 11, 15), "day", "Wednesday")
MONTH = TimeRef(date(2024, 2, 1), date(2024, 2, 29), "month", "in February")


def encounter(
    id: str = "e1",
    *,
    kind: str = "meeting",
    status: str = "held",
    participants: tuple[Participant, ...] = (Participant(BIDEN), Participant(XI)),
    place: Place | None = WOODSIDE,
    time: TimeRef | None = DAY,
    evidence: str = "President Joe Biden met Chinese President Xi Jinping in Woodside.",
    forum: str | None = None,
    duration: int | None = None,
    company: str | None = None,
) -> Encounter:
    """An encounter with sensible defaults; each test changes only what it is about."""
    return Encounter(
        id=id,
        kind=kind,  # type: ignore[arg-type]
        format="formal",
        status=status,  # type: ignore[arg-type]
        participants=participants,
        evidence=(Span(0, len(evidence), evidence),),
        place=place,
        forum=forum,
        time=time,
        duration_minutes=duration,
        company=company,
    )


def record(
    enc: Encounter | None = None,
    *,
    article_id: str = "a1",
    title: str | None = "Biden and Xi meet near San Francisco",
    url: str | None = "https://example.com/biden-xi",
) -> EncounterRecord:
    return EncounterRecord(enc or encounter(), article_id, title, url, date(2023, 11, 16))


def sample_records() -> list[EncounterRecord]:
    """Four records: one day-dated with coordinates, one month-dated, one undated, one call."""
    return [
        record(),
        record(
            encounter(
                "e2",
                place=BALI,
                time=MONTH,
                forum="G20 summit",
                duration=180,
                company="alone",
                evidence="Biden met Xi in Bali, on the sidelines of the G20 summit.",
            ),
            article_id="a2",
        ),
        record(
            encounter(
                "e3",
                kind="visit",
                status="cancelled",
                participants=(Participant(ZELENSKYY, "guest"),),
                place=KYIV_NO_COORDS,
                time=None,
                evidence="A visit by Zelenskyy was called off.",
            ),
            article_id="a3",
            url=None,
        ),
        record(
            encounter(
                "e4",
                kind="call",
                participants=(Participant(BIDEN, "initiator"), Participant(ZELENSKYY)),
                place=None,
                evidence="Biden spoke by phone with Zelenskyy.",
            ),
            article_id="a4",
        ),
    ]


def article_result(enc: Encounter, article_id: str = "woodside") -> ArticleResult:
    """An ArticleResult whose evidence span really points into its text, for a store file."""
    text = enc.evidence[0].text
    article = Article(
        id=article_id,
        text=text,
        title="Biden and Xi meet",
        published=date(2023, 11, 16),
        url="https://example.com/" + article_id,
    )
    return ArticleResult(article=article, encounters=(enc,))
