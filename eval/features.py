"""Score Parley on the feature articles against their hand-checked golden files.

For each `tests/golden/*.json`, the article it names is run through the pipeline and its
encounters are matched one to one with the golden ones:
- a strict match needs the same actors, status, month and place (the issue's definition);
- a loose match needs the same actors and either the same month or overlapping evidence,
  and is what field accuracy (status, place, time, forum, duration) is measured on;
- precision counts the extracted encounters of the article's pair (the golden files list
  only those);
- quote speakers: each golden quote is found among the extracted ones by its words, and its
  speaker must be the same actor.

Run: .venv/bin/python eval/features.py [--golden DIR] [--details]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley.ingest import IngestProblem, read_sources
from parley.model import ArticleResult, Encounter
from parley.pipeline import Pipeline
from parley.resolve.gazetteer import Gazetteer, distance_km
from parley.resolve.kb import KnowledgeBase, fold

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("status", "place", "time", "forum", "duration")


def actor_key(kb: KnowledgeBase, name: str) -> str:
    leader = kb.find(name)
    return leader.id if leader else "name:" + fold(name)


def _same_person(got: str | None, gold: str | None) -> bool:
    """ "S. Jaishankar" is "Subrahmanyam Jaishankar": the article gave only the initial."""
    if not (got and gold and got.startswith("name:") and gold.startswith("name:")):
        return False
    a, b = got.removeprefix("name:").split(), gold.removeprefix("name:").split()
    if len(a) != len(b) or a[-1] != b[-1]:
        return False
    return all(
        x == y or x.rstrip(".") == y[:1] or y.rstrip(".") == x[:1]
        for x, y in zip(a, b, strict=True)
    )


def _month(encounter: Encounter) -> str | None:
    if encounter.time is None:
        return None
    if encounter.time.precision == "year":
        return f"{encounter.time.start.year}"
    return encounter.time.start.isoformat()[:7]


def _same_month(gold: str | None, encounter: Encounter) -> bool:
    got = _month(encounter)
    if gold is None or got is None:
        return gold == got
    if len(gold) == 4:
        return got.startswith(gold)
    if encounter.time and encounter.time.precision == "season":
        return encounter.time.start.isoformat()[:7] <= gold <= encounter.time.end.isoformat()[:7]
    return got == gold


def _same_place(gold: dict[str, Any], encounter: Encounter) -> bool:
    place = encounter.place
    if gold.get("place") is None:
        if gold.get("country_code") and place is not None:
            return place.country_code == gold["country_code"]
        return place is None
    if place is None:
        return False
    if _city_key(place.name) == _city_key(gold["place"]):
        return True
    # a venue or a city inside the golden place's city counts when the country agrees
    same_country = place.country_code == gold.get("country_code")
    if (
        same_country
        and place.city is not None
        and _city_key(place.city) == _city_key(gold["place"])
    ):
        return True
    # the golden place may name the venue by another of its names ("Meseberg"), or the city
    # a venue stands just outside ("Novo-Ogaryovo, his residence outside Moscow")
    named = _gazetteer().lookup(gold["place"], gold.get("country_code"))
    if named is None or not same_country:
        return False
    if named.name == place.name:
        return True
    near = place.kind == "venue" and named.kind == "city" and None not in (place.lat, named.lat)
    return near and distance_km(place, named) <= _OUTSIDE_CITY_KM


_OUTSIDE_CITY_KM = 30.0


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _forum_key(name: str | None) -> str | None:
    """ "St. Petersburg International Economic Forum" and "St Petersburg ..." agree."""
    return " ".join(re.sub(r"[^\w ]", " ", fold(name)).split()) if name else None


def _city_key(name: str) -> str:
    """ "Washington, D.C." and "Washington", "St. Petersburg" and "Saint Petersburg" agree."""
    key = fold(name.split(",")[0])
    return key.replace("saint ", "st ").removesuffix(" city")


def _keys(kb: KnowledgeBase, encounter: Encounter) -> frozenset[str]:
    return frozenset(
        p.actor.id if not p.actor.id.startswith("person:") else "name:" + fold(p.actor.name)
        for p in encounter.participants
    )


def _evidence_overlaps(text: str, gold: dict[str, Any], encounter: Encounter) -> bool:
    at = text.find(gold.get("evidence") or "\0")
    if at < 0:
        return False
    end = at + len(gold["evidence"])
    return any(s.start < end and at < s.end for s in encounter.evidence)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    loose: int = 0
    fields: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "gold",
            "predicted",
            "strict",
            "loose",
            "quotes",
            "quotes_found",
            "speakers_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.fields.update(other.fields)
        self.misses += other.misses


def _assign_loose(
    text: str, golds: list[dict[str, Any]], predicted: list[Encounter], kb: KnowledgeBase
) -> dict[int, Encounter]:
    """Golden encounters matched one to one: first by overlapping evidence, then by month."""
    free = list(predicted)
    chosen: dict[int, Encounter] = {}
    for by_evidence in (True, False):
        for index, gold in enumerate(golds):
            if index in chosen:
                continue
            want = frozenset(actor_key(kb, n) for n in gold["participants"])
            candidates = [
                e
                for e in free
                if want <= _keys(kb, e)
                and (
                    _evidence_overlaps(text, gold, e)
                    if by_evidence
                    else _same_month(gold.get("month"), e)
                )
            ]
            best = max(
                candidates,
                key=lambda e: (e.status == gold["status"], _same_place(gold, e)),
                default=None,
            )
            if best is not None:
                chosen[index] = best
                free.remove(best)
    return chosen


def score_article(golden: dict[str, Any], result: ArticleResult, kb: KnowledgeBase) -> Score:
    """Match one article's extraction against its golden file."""
    text = result.article.text
    pair = frozenset(actor_key(kb, n) for n in golden["pair"])
    # the golden files list the pair's encounters only: others are neither right nor wrong
    about_pair = [e for e in result.encounters if pair <= _keys(kb, e)]
    score = Score(gold=len(golden["encounters"]), predicted=len(about_pair))
    strict_free = list(about_pair)
    loose = _assign_loose(text, golden["encounters"], about_pair, kb)
    for index, gold in enumerate(golden["encounters"]):
        want = frozenset(actor_key(kb, n) for n in gold["participants"])
        strict = next(
            (
                e
                for e in strict_free
                if _keys(kb, e) == want
                and e.status == gold["status"]
                and _same_month(gold.get("month"), e)
                and _same_place(gold, e)
            ),
            None,
        )
        if strict is not None:
            strict_free.remove(strict)
            score.strict += 1
        match = loose.get(index)
        if match is None:
            score.misses.append(
                f"MISSING {gold['status']} {gold.get('month')} {gold['evidence'][:70]}"
            )
            continue
        score.loose += 1
        checks = {
            "status": match.status == gold["status"],
            "place": _same_place(gold, match),
            "time": _same_month(gold.get("month"), match),
            "forum": _forum_key(match.forum) == _forum_key(gold.get("forum")),
            "duration": match.duration_minutes == gold.get("duration_minutes"),
        }
        score.fields.update(name for name, ok in checks.items() if ok)
        wrong = [n for n, ok in checks.items() if not ok]
        if wrong or strict is None:
            got = f"{match.status} {_month(match)} {match.place.name if match.place else None}"
            score.misses.append(
                f"FIELDS {wrong} gold={gold['status']} {gold.get('month')} "
                f"{gold.get('place')} got={got}: {gold['evidence'][:60]}"
            )
    loose_free = [e for e in about_pair if all(e is not m for m in loose.values())]
    for extra in loose_free:
        names = "+".join(p.actor.name for p in extra.participants)
        score.misses.append(
            f"EXTRA {extra.status} {_month(extra)} {names}: {extra.evidence[0].text[:70]}"
        )
    for quote in golden.get("quotes", []):
        score.quotes += 1
        # the quote of exactly these words first: "positive" is also inside "a positive meeting"
        found = next((q for q in result.quotes if q.text == quote["text"]), None) or next(
            (q for q in result.quotes if quote["text"] in q.text or q.text in quote["text"]), None
        )
        if found is None:
            score.misses.append(f"QUOTE NOT FOUND {quote['text'][:60]}")
            continue
        score.quotes_found += 1
        speaker = found.speaker
        key = None
        if speaker is not None:
            # someone quoted before or after their term ("Yoshihide Suga", chief cabinet
            # secretary) is still that leader
            key = (
                speaker.id if not speaker.id.startswith("person:") else actor_key(kb, speaker.name)
            )
        # an unnamed source ("a Mexican diplomat said") has no speaker to find
        gold = actor_key(kb, quote["speaker"]) if quote["speaker"] else None
        if key == gold or _same_person(key, gold):
            score.speakers_right += 1
        else:
            score.misses.append(
                f"SPEAKER {quote['speaker']} got {speaker.name if speaker else None}:"
                f" {quote['text'][:50]}"
            )
    return score


def run(golden_dir: Path, details: bool, out=sys.stdout) -> Score:
    kb = KnowledgeBase.default()
    pipeline = Pipeline()
    total = Score()
    for path in sorted(golden_dir.glob("*.json")):
        golden = json.loads(path.read_text(encoding="utf-8"))
        item = next(read_sources([str(ROOT / golden["article"])]))
        if isinstance(item, IngestProblem):
            print(f"{path.name}: {item}", file=out)
            continue
        score = score_article(golden, pipeline.run(item), kb)
        total.add(score)
        print(
            f"{path.stem:<16} gold {score.gold:>3}  strict {score.strict:>3}"
            f"  loose {score.loose:>3}"
            f"  predicted {score.predicted:>3}  speakers {score.speakers_right}/{score.quotes}",
            file=out,
        )
        if details:
            for miss in score.misses:
                print("    " + miss, file=out)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--golden", type=Path, default=ROOT / "tests/golden")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    total = run(args.golden, args.details)
    print(
        f"encounter recall (strict: actors, status, month, place): {total.strict}/{total.gold}"
        f" = {total.strict / max(total.gold, 1):.3f}"
    )
    print(
        f"encounter precision (strict matches / predicted):        {total.strict}/{total.predicted}"
        f" = {total.strict / max(total.predicted, 1):.3f}"
    )
    print(f"loosely matched (same actors, month or evidence):        {total.loose}/{total.gold}")
    for name in FIELDS:
        print(
            f"  field accuracy {name:<9} {total.fields[name]}/{total.loose}"
            f" = {total.fields[name] / max(total.loose, 1):.3f}"
        )
    print(
        f"quotes found: {total.quotes_found}/{total.quotes}; speaker accuracy:"
        f" {total.speakers_right}/{total.quotes}"
        f" = {total.speakers_right / max(total.quotes, 1):.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
