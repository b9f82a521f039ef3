"""The offline gazetteer: names, hints and ambiguity, venues in running text, speed."""

from __future__ import annotations

import gzip
import importlib.util
import json
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parley.resolve.gazetteer import INDEX_PATH, Gazetteer, normalize

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "data" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("name", "expected", "code", "kind"),
    [
        ("Geneva", "Geneva", "CH", "city"),
        ("Geneva, Switzerland", "Geneva", "CH", "city"),
        ("Bali", "Bali", "ID", "region"),
        ("Bali, Indonesia", "Bali", "ID", "region"),
        ("Washington", "Washington, D.C.", "US", "city"),
        ("Washington, D.C.", "Washington, D.C.", "US", "city"),
        ("Alaska", "Alaska", "US", "region"),
        ("Crimea", "Crimea", "UA", "region"),
        ("Moscow", "Moscow", "RU", "city"),
        ("MOSCOW", "Moscow", "RU", "city"),
        ("New York", "New York City", "US", "city"),
        ("Hanoi", "Hanoi", "VN", "city"),
        ("Singapore", "Singapore", "SG", "country"),
        ("the Oval Office", "Oval Office", "US", "venue"),
        ("Camp David", "Camp David", "US", "venue"),
        ("the Kremlin", "Kremlin", "RU", "venue"),
        ("Élysée Palace", "Élysée Palace", "FR", "venue"),
        ("Elysee", "Élysée Palace", "FR", "venue"),
        ("Zhongnanhai", "Zhongnanhai", "CN", "venue"),
        ("Mar-a-Lago", "Mar-a-Lago", "US", "venue"),
        ("Panmunjom", "Panmunjom", "KR", "venue"),
        ("the DMZ", "Korean Demilitarized Zone", "KR", "venue"),
        ("Helsinki", "Helsinki", "FI", "city"),
        ("Woodside", "Woodside", "US", "city"),
        ("St. Petersburg", "Saint Petersburg", "RU", "city"),
        ("Sochi", "Sochi", "RU", "city"),
        ("Brégançon", "Fort de Brégançon", "FR", "venue"),
        ("Bregancon", "Fort de Brégançon", "FR", "venue"),
        ("Indonesia", "Indonesia", "ID", "country"),
        ("the United States", "United States", "US", "country"),
        ("U.S.", "United States", "US", "country"),
        ("Britain", "United Kingdom", "GB", "country"),
        ("Türkiye", "Turkey", "TR", "country"),
        ("Kiev", "Kyiv", "UA", "city"),
        ("Peking", "Beijing", "CN", "city"),
        ("New Delhi", "New Delhi", "IN", "city"),
        ("Victoria", "Victoria", "AU", "region"),
        ("Gaza", "Gaza", "PS", "city"),
        ("Woodside, Calif.", "Woodside", "US", "city"),
        # a summit city that outweighs its namesakes less than four times over, and an
        # English spelling GeoNames lacks
        ("Vancouver", "Vancouver", "CA", "city"),
        ("Hanover", "Hannover", "DE", "city"),
        ("Arc de Triomphe", "Arc de Triomphe", "FR", "venue"),
        ("Seattle, Washington", "Seattle", "US", "city"),
        ("Paris, Texas", "Paris", "US", "city"),
        ("Unknownville, Indonesia", "Indonesia", "ID", "country"),
        ("Korea, Republic of", "South Korea", "KR", "country"),
    ],
)
def test_lookup_resolves_names(
    gazetteer: Gazetteer, name: str, expected: str, code: str, kind: str
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None, name
    assert (place.name, place.country_code, place.kind) == (expected, code, kind)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("name", "hint", "expected_code", "kind"),
    [
        ("Paris", None, "FR", "city"),
        ("Paris", "US", "US", "city"),
        ("Paris", "us", "US", "city"),
        ("Georgia", "US", "US", "region"),
        ("Georgia", "GE", "GE", "country"),
        ("Reading", "GB", "GB", "city"),
        ("Hamilton", "NZ", "NZ", "city"),
        ("Presidential Palace", "FI", "FI", "venue"),
        ("Punjab", "PK", "PK", "region"),
        ("Geneva", "RU", "CH", "city"),  # a hint that fits nothing is only a preference
    ],
)
def test_country_hint_changes_the_answer(
    gazetteer: Gazetteer, name: str, hint: str | None, expected_code: str, kind: str
) -> None:
    place = gazetteer.lookup(name, hint)
    assert place is not None
    assert (place.country_code, place.kind) == (expected_code, kind)


def test_hinted_paris_is_far_from_unhinted_paris(gazetteer: Gazetteer) -> None:
    france, texas = gazetteer.lookup("Paris"), gazetteer.lookup("Paris", "US")
    assert france is not None and texas is not None
    assert france.lon is not None and texas.lon is not None
    assert france.lon > 0 > texas.lon


@pytest.mark.parametrize(
    "name",
    [
        # ordinary words and months
        "May",
        "March",
        "Victory",
        "Lead",
        "Alliance",  # "a historic moment for our Alliance", not Alliance, Ohio
        "us",
        # same-named places of similar weight: guessing would be wild
        "Georgia",
        "Reading",
        "Hamilton",
        "Punjab",
        "Presidential Palace",
        "Congo",
        # leaders' names, some of which GeoNames lists as towns
        "Trump",
        "Biden",
        "Putin",
        "Xi",
        "Modi",
        "Obama",
        "Kim",
        "Lula",
        "Kim Jong Un",
        "",
    ],
)
def test_lookup_declines_words_people_and_ambiguous_names(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


@pytest.mark.parametrize(
    ("name", "known"),
    [("Georgia", True), ("Reading", True), ("Bali", True), ("Obama", False), ("Trump", False)],
)
def test_is_known_counts_ambiguous_places_but_not_people(
    gazetteer: Gazetteer, name: str, known: bool
) -> None:
    assert gazetteer.is_known(name) is known


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They spoke in the Oval Office on Friday.", [("Oval Office", "Oval Office")]),
        ("He hosted talks at Camp David.", [("Camp David", "Camp David")]),
        ("A reception at the Kremlin followed.", [("Kremlin", "Kremlin")]),
        ("Remarks in the Rose Garden.", [("Rose Garden", "Rose Garden")]),
        ("Dinner at Mar-a-Lago in Florida.", [("Mar-a-Lago", "Mar-a-Lago")]),
        ("Xi received him in Zhongnanhai.", [("Zhongnanhai", "Zhongnanhai")]),
        ("They met at the Elysee Palace.", [("Elysee Palace", "Élysée Palace")]),
        (
            "From 10 Downing Street to the White House.",
            [("10 Downing Street", "10 Downing Street"), ("White House", "White House")],
        ),
        (
            "They met in the Blue House, then at Panmunjom.",
            [
                ("Blue House", "Blue House"),
                ("Panmunjom", "Panmunjom"),
            ],
        ),
    ],
)
def test_find_venues_in_running_text(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    found = gazetteer.find_venues(text)
    assert [(text[start:end], place.name) for start, end, place in found] == expected
    assert all(place.kind == "venue" for _, _, place in found)


@pytest.mark.parametrize(
    "text",
    [
        "the white house on the corner",  # wrong case
        "a rose garden behind the lodge",
        "The Lodge was quiet.",  # too generic for running text
        "He read the Kremlinology papers.",  # inside a longer word
        "Freedom House published a report.",  # an NGO, not the Panmunjom building
    ],
)
def test_find_venues_ignores_common_words(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find_venues(text) == []


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("The Élysée", "elysee"),
        ("St. Petersburg", "saint petersburg"),
        ("Saint-Petersburg", "saint petersburg"),
        ("Washington, D.C.", "washington dc"),
        ("Côte d’Ivoire", "cote divoire"),
    ],
)
def test_normalize_folds_spelling_variants(raw: str, key: str) -> None:
    assert normalize(raw) == key


def test_default_is_cached_and_picklable() -> None:
    gazetteer = Gazetteer.default()
    assert Gazetteer.default() is gazetteer
    assert pickle.loads(pickle.dumps(gazetteer)) is gazetteer


def test_load_and_lookups_are_fast() -> None:
    """Loading must not dominate a short run, nor lookups a long one (distinct, uncached keys)."""
    cold_start = (
        "import time; t = time.perf_counter(); from parley.resolve.gazetteer import Gazetteer; "
        "Gazetteer.default().lookup('Geneva'); print(time.perf_counter() - t)"
    )
    result = subprocess.run([sys.executable, "-c", cold_start], capture_output=True, check=True)
    load = float(result.stdout)
    assert load < 1.5
    gazetteer = Gazetteer.default()
    names = ["Geneva", "Bali, Indonesia", "the Kremlin", "Paris", "Georgia", "Obama", "Sochi"]
    queries = [(name, hint) for name in names for hint in (None, "US", "FR", "RU", "ID", "GB")]
    start = time.perf_counter()
    for name, hint in queries:
        gazetteer.lookup(name, hint)
    # a lookup costs a tiny share of a load measured on the same machine in the same run
    assert (time.perf_counter() - start) / len(queries) < load / 2000


def test_index_matches_its_sources() -> None:
    """Editing data/gazetteer_sources/ without rerunning data/build_gazetteer.py fails here."""
    if not BUILD_SCRIPT.exists():
        pytest.skip("source tables are not shipped with the installed package")
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    index = json.loads(gzip.decompress(INDEX_PATH.read_bytes()))
    assert index["sources_sha256"] == build.sources_digest(), "run data/build_gazetteer.py"
