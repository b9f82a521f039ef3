from datetime import date

import pytest

from parley.model import Place, TimeRef
from parley.resolve.gazetteer import Gazetteer
from parley.resolve.summits import SummitCalendar


@pytest.fixture(scope="module")
def calendar() -> SummitCalendar:
    return SummitCalendar.default()


def _month(year: int, month: int) -> TimeRef:
    return TimeRef(date(year, month, 1), date(year, month, 28), "month", "")


def test_a_host_city_names_its_session_near_the_time_told(calendar) -> None:
    antalya = Gazetteer.default().lookup("Antalya")
    session = calendar.session("G20 summit", antalya, _month(2015, 10))
    assert session is not None and session.start == date(2015, 11, 15)


def test_a_city_with_several_sessions_takes_the_nearest(calendar) -> None:
    brussels = Gazetteer.default().lookup("Brussels")
    session = calendar.session("NATO summit", brussels, _month(2018, 7))
    assert session is not None and session.start == date(2018, 7, 11)
    assert calendar.session("NATO summit", brussels, None) is None  # which of four?


def test_a_time_alone_names_the_place(calendar) -> None:
    session = calendar.session("G20 summit", None, _month(2022, 11))
    assert session is not None and session.city == "Nusa Dua"


@pytest.mark.parametrize(
    ("forum", "place", "time"),
    [
        # a place the forum never met in
        ("G20 summit", Place("Tokyo", "Japan", "JP", 35.69, 139.69), _month(2019, 6)),
        # a city's session years from the time told: the forum is someone else's
        ("G20 summit", Place("Seoul", "South Korea", "KR", 37.57, 126.98), _month(2019, 6)),
        # a forum the calendar does not keep
        ("Quad summit", None, _month(2021, 9)),
    ],
)
def test_no_session_when_forum_place_and_time_disagree(calendar, forum, place, time) -> None:
    assert calendar.session(forum, place, time) is None
