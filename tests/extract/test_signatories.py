"""Joint statements: "we" are the leaders who sign; plural titles name every listed leader."""

from __future__ import annotations

from datetime import date

DAY = date(2023, 9, 21)

STATEMENT = """This week, we \u2013 the heads of our five governments \u2013 met on the occasion
of the
first Presidential Summit, held in New York City on September 19, 2023.

We will meet again next year.

President Kassym-Jomart Tokayev of the Republic of Kazakhstan  
President Sadyr Japarov of the Kyrgyz Republic  
President Joseph R. Biden, Jr. of the United States of America  
President Shavkat Mirziyoyev of the Republic of Uzbekistan  

\\###
"""


def _sets(result) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(p.actor.name for p in e.participants), e.status) for e in result.encounters]


def test_we_in_a_signed_statement_are_the_signatories(extract) -> None:
    who = frozenset({"Kassym-Jomart Tokayev", "Sadyr Japarov", "Joe Biden", "Shavkat Mirziyayev"})
    assert (who, "held") in _sets(extract(STATEMENT, DAY))


def test_a_closing_paragraph_of_prose_is_no_signature_block(extract) -> None:
    text = STATEMENT.replace(
        "President Shavkat Mirziyoyev of the Republic of Uzbekistan  ",
        "President Shavkat Mirziyoyev of the Republic of Uzbekistan signed it.",
    )
    assert all(len(who) < 4 for who, _ in _sets(extract(text, DAY)))


def test_the_presidents_of_a_list_of_countries(extract) -> None:
    text = (
        "President Joseph R. Biden, Jr. met with the Presidents of Kazakhstan, the Kyrgyz"
        " Republic, Tajikistan, Turkmenistan, and Uzbekistan today."
    )
    (who, status), *_ = _sets(extract(text, date(2023, 9, 19)))
    assert status == "held" and len(who) == 6 and "Joe Biden" in who


def test_the_leaders_of_two_countries(extract) -> None:
    text = "The leaders of France and Germany met in Paris on Monday."
    found = _sets(extract(text, date(2023, 6, 7)))
    assert (frozenset({"Emmanuel Macron", "Olaf Scholz"}), "held") in found
