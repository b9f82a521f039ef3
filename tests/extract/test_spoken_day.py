"""The day a transcript was spoken, read from its heading or "tomorrow, Wednesday"."""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract.spoken_day import spoken_on

WEDNESDAY = date(2022, 12, 21)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # an evening call posted the next morning
        ("The visit is tomorrow, Wednesday the 21st.", date(2022, 12, 20)),
        ("As I said today, Tuesday, and again tomorrow (Wednesday).", date(2022, 12, 20)),
        # spoken the day it was posted
        ("The President travels tomorrow, Thursday.", WEDNESDAY),
        ("Today — Wednesday — he meets the Pope.", WEDNESDAY),
        # the transcript's heading gives the day it was spoken
        (
            "Via Teleconference\n\n(December 20, 2022)\n\n2:53 P.M. EST\n\nThe visit is tomorrow.",
            date(2022, 12, 20),
        ),
        ("(Dec. 19, 2022)\n\nThe visit is on Wednesday.", date(2022, 12, 19)),
        # a heading date after publication, or weeks before it, is no day of speaking
        ("(December 22, 2022)\n\nThe visit is tomorrow.", WEDNESDAY),
        ("(October 2, 2022)\n\nThe visit is tomorrow.", WEDNESDAY),
        # nothing tells: the publication date stands
        ("The visit is tomorrow.", WEDNESDAY),
        # pairs that disagree, or that would put the speaker after publication
        ("Tomorrow, Wednesday, and then today, Wednesday.", WEDNESDAY),
        ("He leaves tomorrow, Saturday.", WEDNESDAY),
    ],
)
def test_spoken_on(text: str, spoken: date) -> None:
    assert spoken_on(text, WEDNESDAY) == spoken


def test_no_publication_date_no_spoken_day() -> None:
    assert spoken_on("The visit is tomorrow, Wednesday.", None) is None


def test_a_transcript_s_date_line_heads_no_section(extract) -> None:
    text = (
        "(December 20, 2022)\n\nMS. JEAN-PIERRE:  Tomorrow President Zelenskyy will visit the"
        " White House. President Biden has met President Zelenskyy before, at the White House."
    )
    found = {
        (e.status, e.time.start if e.time else None) for e in extract(text, WEDNESDAY).encounters
    }
    assert ("scheduled", date(2022, 12, 21)) in found, found
    assert ("held", date(2022, 12, 20)) not in found, found
