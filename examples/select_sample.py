"""Pick Parley's bundled example corpus from the White House documents.

The shared corpus holds 13,822 public-domain documents; the project ships about 175 of them,
all about leader meetings, visits and calls, so that demos and tests run on real, messy text
without the whole archive. Selection is by title and lead patterns only, deterministic, and
streams the gzip file twice (classify, then copy) so memory stays flat. Documents are written
unchanged.

    .venv/bin/python examples/select_sample.py [--corpus PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpus/whitehouse-2021-2026.jsonl.gz")
DEFAULT_OUT = Path(__file__).resolve().parent / "whitehouse_sample.jsonl"

MAX_CHARS = 30_000  # longer texts are transcripts or briefings; they would bloat the sample
SKIPPED_CATEGORIES = {"presidential-actions", "press-briefings", "disclosures", "legislation"}

# Per-category quotas; documents about Xi Jinping, postponed or cancelled trips and the 2025-2026
# term are kept in full on top of these because they are rare and the features need them.
QUOTAS: dict[str, int] = {
    "call": 48,
    "meeting": 42,
    "remarks": 28,
    "joint-statement": 16,
    "scheduled": 22,
    "visit-trip": 14,
    "postponed-cancelled": 10,
}
ALWAYS_FROM = "2025-01-20"  # start of the Trump second term: few matching documents, keep them
ALWAYS_CAP = 24

TITLES = (
    r"President|Prime Minister|Chancellor|King|Queen|Crown Prince|Amir|Emir|Sultan|Sheikh"
    r"|Pope|Taoiseach|His Majesty|Her Majesty|His Holiness"
)
LEADER = re.compile(rf"(?<!Vice )\b(?:{TITLES})\s+((?:[A-Z][\w'’.\-]*\s?){{1,3}})")
OWN_SIDE = re.compile(r"^(?:Biden|Trump|Joe|Joseph|Donald|Kamala|Harris|JD|Vance|Obama)\b")
NOT_PRESIDENT = re.compile(
    r"Vice President|^(?:U\.S\. )?(?:First|Second) Lady"
    r"|(?:by|from|of) (?:the )?(?:First|Second) Lady"
    r"|National Security Advisor|APNSA|Secretary of"
    r"|Senior Administration|Homeland Security|Deputy|NSC Spokesperson|Director"
)

CALL_TITLE = re.compile(r"^Readout of (?:the )?President\b.*\b(?:Call|Phone|Conversation)", re.I)
MEETING_TITLE = re.compile(
    r"^Readout of (?:the )?President\b.*\b(?:Meeting|Met|Visit|Summit)", re.I
)
REMARKS_TITLE = re.compile(
    rf"^Remarks (?:by|of) President \w+(?:\s+Jr\.)? (?:and (?:{TITLES})\b"
    r"|(?:Before|During|in|at) (?:a |an |the )?"
    r"(?:Bilateral|Expanded Bilateral|Meeting|Joint Press))",
    re.I,
)
JOINT_TITLE = re.compile(r"\bJoint (?:Leaders[’']? )?(?:Statement|Declaration|Fact Sheet)\b", re.I)
JOINT_LEAD = re.compile(r"\b(?:visit|met|meeting|hosted|summit)\b", re.I)
SCHEDULED_TITLE = re.compile(
    r"\bon (?:the )?(?:President[’']?s? )?(?:\w+[’']s )?(?:Upcoming )?(?:Official |State )?"
    r"(?:Visit|Travel|Trip)\b|\b(?:to|will|Will) (?:Host|Welcome|Travel|Visit)\b",
    re.I,
)
SCHEDULED_LEAD = re.compile(r"\bwill\b[^.]{0,120}\b(?:visit|travel|meet|host|welcome)", re.I)
VISIT_LEAD = re.compile(
    r"\b(?:[Ss]tate [Vv]isit|[Oo]fficial (?:[Ww]orking )?[Vv]isit"
    r"|(?:trip|travel|visit|tour) to [A-Z]"
    rf"|Asia (?:trip|tour)|(?:hosted|welcomed) (?:{TITLES})\b)"
)
CHANGE_LEAD = re.compile(
    r"\b(?:postpon\w*|cancel(?:l?ed|ing|s)?|reschedul\w*)\b[^.]{0,80}\b(?:trip|visit|travel|summit)"
    r"|\b(?:trip|visit|travel|summit)\b[^.]{0,80}\b(?:postpon\w*|cancel(?:l?ed|ing)|reschedul\w*)",
    re.I,
)
SPEAKER = re.compile(r"^(Q|[A-Z][A-Z .'’-]+:)\s", re.M)
NOT_VISIT_TITLE = re.compile(r"^(?:Remarks|Readout|Statement (?:by|from) President)")
NOT_CHANGE = re.compile(
    r"\b(?:debt|loan|student|insurance|contract|fees?|tickets?|flights?|airlines?)\b", re.I
)
XI = re.compile(r"\bXi\b")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@dataclass(frozen=True)
class Candidate:
    """What pass one learns about a matching document, enough to choose without its text."""

    id: str
    category: str
    published: str
    counterpart: str
    forced: bool


def clean_title(title: str) -> str:
    """Undo the corpus's escaped titles ('Biden\\u2019s\\_Call\\') so patterns see plain words."""
    title = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), title.replace("\\_", " "))
    return " ".join(title.replace("\\", " ").split())


def counterpart(text: str) -> str:
    """The first foreign leader named in `text`, as up to two lowercase words; '' if none."""
    for match in LEADER.finditer(text):
        words: list[str] = []
        for word in match.group(1).split():
            words.append(word.rstrip(".,;:"))
            if word[-1] in ".,;:" and len(word) > 3:  # a sentence end, not an initial or "Jr."
                break
        if words and not OWN_SIDE.match(words[0]) and words[0] != "of":
            return " ".join(words[:2]).lower()
    return ""


def announces_change(text: str) -> bool:
    """True when a trip or visit is said to be postponed or cancelled, not by a reporter."""
    for match in CHANGE_LEAD.finditer(text):
        speakers = SPEAKER.findall(text, 0, match.start())
        sentence = text[max(0, match.start() - 200) : match.end()]
        if not (speakers and speakers[-1] == "Q") and not NOT_CHANGE.search(sentence):
            return True
    return False


def classify(doc: dict[str, str]) -> tuple[str, str] | None:
    """Category and counterpart of a leader-encounter document, or None for anything else."""
    if doc["category"] in SKIPPED_CATEGORIES or len(doc["text"]) > MAX_CHARS:
        return None
    title, lead = clean_title(doc["title"]), doc["text"][:1500]
    if NOT_PRESIDENT.search(title):
        return None
    named = counterpart(title)  # calls, meetings and remarks must name the leader in the title
    who = named or counterpart(lead)
    if announces_change(doc["text"][:3000]):
        return "postponed-cancelled", who
    announced = SCHEDULED_TITLE.search(title) and SCHEDULED_LEAD.search(lead)
    if announced and (who or "Press Secretary" in title):
        return "scheduled", who
    if named and CALL_TITLE.search(title):
        return "call", who
    if named and MEETING_TITLE.search(title):
        return "meeting", who
    if named and REMARKS_TITLE.search(title):
        return "remarks", who
    if who and JOINT_TITLE.search(title) and JOINT_LEAD.search(lead):
        return "joint-statement", who
    if who and not NOT_VISIT_TITLE.match(title) and VISIT_LEAD.search(lead):
        return "visit-trip", who
    return None


def read_corpus(path: Path) -> Iterator[dict[str, str]]:
    """Stream the gzip JSON Lines corpus one document at a time."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def candidates(path: Path) -> list[Candidate]:
    """Pass one: every matching document, duplicates (same text) dropped."""
    seen: set[str] = set()
    found: list[Candidate] = []
    for doc in read_corpus(path):
        hit = classify(doc)
        if hit is None:
            continue
        digest = hashlib.sha1(doc["text"].encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        category, who = hit
        forced = bool(XI.search(clean_title(doc["title"])) or who.startswith("xi"))
        found.append(Candidate(doc["id"], category, doc["published"], who, forced))
    return found


def spread(pool: list[Candidate], quota: int, used: Counter[str]) -> list[Candidate]:
    """Take `quota` documents round-robin over years, each time the least-used counterpart."""
    by_year: dict[str, list[Candidate]] = defaultdict(list)
    for cand in sorted(pool, key=lambda c: (c.published, c.id)):
        by_year[cand.published[:4]].append(cand)
    chosen: list[Candidate] = []
    while len(chosen) < quota and any(by_year.values()):
        for year in sorted(by_year):
            if not by_year[year] or len(chosen) >= quota:
                continue
            pick = min(by_year[year], key=lambda c: used[c.counterpart] if c.counterpart else 9)
            by_year[year].remove(pick)
            chosen.append(pick)
            if pick.counterpart:
                used[pick.counterpart] += 1
    return chosen


def choose(found: list[Candidate]) -> list[Candidate]:
    """The sample: forced documents, the recent term up to a cap, then each category's quota."""
    late = [c for c in found if c.published >= ALWAYS_FROM and not c.forced]
    chosen = [c for c in found if c.forced] + late[:ALWAYS_CAP]
    taken = {c.id for c in chosen}
    used: Counter[str] = Counter(c.counterpart for c in chosen if c.counterpart)
    for category, quota in QUOTAS.items():
        pool = [c for c in found if c.category == category and c.id not in taken]
        have = sum(1 for c in chosen if c.category == category)
        chosen += spread(pool, max(quota - have, 0), used)
    return chosen


def write_sample(path: Path, out: Path, ids: set[str]) -> int:
    """Pass two: copy the chosen documents' lines byte for byte, in corpus order; returns bytes."""
    written = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines, out.open("w", encoding="utf-8") as sink:
        for line in lines:
            doc_id = json.loads(line)["id"]
            if doc_id in ids:
                sink.write(line if line.endswith("\n") else line + "\n")
                written += len(line.encode("utf-8"))
                ids.discard(doc_id)  # the corpus repeats some ids; copy each once
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    chosen = choose(candidates(args.corpus))
    size = write_sample(args.corpus, args.out, {c.id for c in chosen})
    per_category = Counter(c.category for c in chosen)
    per_year = Counter(c.published[:4] for c in chosen)
    print(f"{len(chosen)} documents, {size / 1e6:.2f} MB -> {args.out}")
    for category, count in sorted(per_category.items()):
        print(f"  {category:<20} {count}")
    print("  by year: " + ", ".join(f"{y} {n}" for y, n in sorted(per_year.items())))
    print(f"  counterparts: {len({c.counterpart for c in chosen if c.counterpart})}")
    print(f"  about Xi Jinping: {sum(c.forced for c in chosen)}")


if __name__ == "__main__":
    main()
