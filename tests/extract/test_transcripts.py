"""Transcripts: leaders of two countries taking turns in one text met that day."""

from __future__ import annotations

from datetime import date

DAY = date(2024, 4, 15)

BILATERAL = """Oval Office

3:35 P.M. EDT

PRESIDENT BIDEN:\u00a0 Well, Mr. Prime Minister, welcome.  Welcome, welcome.

PRIME MINISTER FIALA:  (Laughs.)

PRESIDENT BIDEN:  You've been a great, great ally.

PRIME MINISTER FIALA:  Thank you very much, Mr. President.

END 3:50 P.M. EDT
"""


def _held(result) -> list[tuple[frozenset[str], str, str, str | None, date | None]]:
    return [
        (
            frozenset(p.actor.name for p in e.participants),
            e.kind,
            e.status,
            e.place.name if e.place else None,
            e.time.start if e.time else None,
        )
        for e in result.encounters
    ]


def test_two_leaders_speaking_met_at_the_opening_venue(extract) -> None:
    found = _held(extract(BILATERAL, DAY))
    assert (frozenset({"Joe Biden", "Petr Fiala"}), "meeting", "held", "Oval Office", DAY) in found


def test_the_evidence_is_the_second_leaders_first_turn(extract) -> None:
    encounter = extract(BILATERAL, DAY).encounters[0]
    assert encounter.evidence[0].text == "PRIME MINISTER FIALA:  (Laughs.)"
    assert BILATERAL[encounter.evidence[0].start :].startswith("PRIME MINISTER FIALA")


def test_the_publishers_president_speaks_as_the_president(pipeline) -> None:
    from parley.model import Article

    text = BILATERAL.replace("PRESIDENT BIDEN", "THE PRESIDENT")
    article = Article("t", text, published=DAY, url="https://www.whitehouse.gov/remarks/")
    names = {p.actor.name for e in pipeline.run(article).encounters for p in e.participants}
    assert names == {"Joe Biden", "Petr Fiala"}


def test_a_virtual_meeting_is_a_call(extract) -> None:
    text = "South Court Auditorium\n\n" + BILATERAL.split("\n", 1)[1]
    found = _held(extract(text, DAY, title="Remarks by President Biden Before Virtual Meeting"))
    assert (frozenset({"Joe Biden", "Petr Fiala"}), "call", "held", None, DAY) in found


def test_a_briefing_with_one_leader_and_reporters_tells_no_meeting(extract) -> None:
    text = (
        "James S. Brady Press Briefing Room\n\n"
        "PRESIDENT BIDEN:  Good afternoon.\n\n"
        "Q:  Mr. President, will you see the Prime Minister?\n\n"
        "MS. JEAN-PIERRE:  Go ahead.\n"
    )
    assert extract(text, DAY).encounters == ()


def test_a_former_leader_on_stage_is_not_taken_for_one_in_office(extract) -> None:
    text = BILATERAL.replace("PRIME MINISTER FIALA", "PRIME MINISTER BABIS")
    assert extract(text, DAY).encounters == ()
