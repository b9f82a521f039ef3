"""The actor knowledge base: leaders with their offices and terms, countries and their metonyms.

Data is built by `data/build_kb.py` and shipped in `parley/data/`; nothing is fetched at run time.
Name lookup is forgiving (case, accents, hyphens, transliterations, titles) but returns None
rather than a guess when a name fits several leaders and the date does not settle it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

# Family name first in these countries ("Xi Jinping", "Kim Jong-un", "Lee Hsien Loong").
SURNAME_FIRST = {"CN", "TW", "KP", "KR", "VN", "SG", "HK", "MO", "KH"}
# Addressed by the given name, the last word, though it comes last ("General Secretary Lam").
GIVEN_NAME_ADDRESS = {"VN"}
PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "la", "le"}
ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xvi"}
TITLE_WORDS = {
    "president", "presidents", "prime", "minister", "premier", "chancellor", "king", "queen",
    "emir", "amir", "sultan", "sheikh", "shaikh", "sheik", "crown", "prince", "princess", "his",
    "her", "majesty", "highness", "royal", "excellency", "emperor", "empress", "pope", "ayatollah",
    "grand", "duke", "supreme", "leader", "secretary", "general", "taoiseach", "federal",
    "acting", "interim", "elect", "chairman", "chairwoman", "chair", "mr", "mrs", "ms", "dr",
    "former", "state", "counsellor", "counselor", "the", "of", "gen", "sir", "dame", "datuk",
    "dato", "seri", "tun", "governor", "transitional", "head", "comrade",
}  # fmt: skip
# Surnames that are everyday English words are left out of the bare-surname surface forms.
COMMON_WORDS = {
    "to",
    "may", "brown", "rice", "key", "bush", "king", "young", "moon", "park", "long", "rich", "gold",
    "english", "love", "little", "small", "hope", "kan", "abbott", "martin", "field", "north",
    "michel", "charles", "francis", "philippe", "carney", "hunt", "banda", "sall",
    "white", "black", "green", "rock", "stone", "wood", "power", "strong", "hill", "ball", "best",
    "fox", "cook", "law", "sun", "lee", "kim", "li", "singh", "khan", "ali", "de", "said", "page",
}  # fmt: skip
_MONARCH = {"King", "Queen", "Emperor", "Sultan", "Emir", "Grand Duke", "Prince", "Co-Prince"}
_TITLE_QUERIES: dict[str, tuple[set[str], set[str]]] = {
    # query words -> (offices, titles); an empty title set means any title of those offices
    "president": ({"head_of_state", "head_of_government", "eu_commission"}, {"President"}),
    "prime minister": ({"head_of_government"}, set()),
    "premier": ({"head_of_government"}, set()),
    "pm": ({"head_of_government"}, set()),
    "chancellor": ({"head_of_government"}, {"Chancellor"}),
    "taoiseach": ({"head_of_government"}, {"Taoiseach"}),
    "king": ({"head_of_state"}, {"King", "Queen"}),
    "queen": ({"head_of_state"}, {"King", "Queen"}),
    "monarch": ({"head_of_state"}, _MONARCH),
    "emperor": ({"head_of_state"}, {"Emperor"}),
    "emir": ({"head_of_state"}, {"Emir"}),
    "amir": ({"head_of_state"}, {"Emir"}),
    "sultan": ({"head_of_state"}, {"Sultan", "King"}),
    "grand duke": ({"head_of_state"}, {"Grand Duke"}),
    "prince": ({"head_of_state"}, {"Prince"}),
    "pope": ({"head_of_state"}, {"Pope"}),
    "supreme leader": ({"head_of_state"}, {"Supreme Leader"}),
    "head of state": ({"head_of_state"}, set()),
    "general secretary": ({"party_leader"}, set()),
    "head of government": ({"head_of_government"}, set()),
    "secretary general": ({"nato", "un"}, set()),
    "commission president": ({"eu_commission"}, set()),
    "council president": ({"eu_council"}, set()),
}


@dataclass(frozen=True)
class Term:
    """One spell in one office; `end` is None while the holder is in office."""

    office: str  # head_of_state | head_of_government | party_leader | eu_commission | ...
    title: str
    country_code: str
    start: date
    end: date | None

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Leader:
    """A head of state or government (or EU, NATO, UN chief) with every term since 2000."""

    id: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]
    gender: str | None = None  # "f" or "m" (see data/kb_sources/women.tsv)

    def in_office(self, on: date) -> bool:
        return any(t.covers(on) for t in self.terms)

    def country_on(self, on: date | None) -> str | None:
        """Country of the term in force on `on`, else of the latest term (home country first)."""
        if on is not None:
            for t in self.terms:
                if t.covers(on):
                    return t.country_code
        if not self.terms:
            return None
        latest = max(t.start for t in self.terms)
        return next(t.country_code for t in self.terms if t.start == latest)


@dataclass(frozen=True)
class Country:
    """A country (or the EU, NATO, UN) with the words news uses for it and its government."""

    code: str
    iso3: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    # a former state's capital, which GeoNames (the living countries' source) lacks
    capital: str = ""


_LETTERS = (
    ("ı", "i"),
    ("ł", "l"),
    ("ð", "d"),
    ("đ", "d"),
    ("þ", "th"),
    ("æ", "ae"),
    ("ø", "o"),
    ("ß", "ss"),
)


def fold(text: str) -> str:
    """Lower-case ASCII words: accents, apostrophes, dots and hyphens don't tell names apart."""
    for a, b in _LETTERS:
        text = text.replace(a, b).replace(a.upper(), b.upper())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`ʻ.]", "", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def spelling_key(token: str) -> str:
    """Collapse transliteration noise: Zelenskyy/Zelenskiy/Zelensky, Dmitry/Dmitri,
    Alexander/Aleksandr (one letter apart once "x" is "ks")."""
    if token in ROMAN:
        return token
    token = token.replace("y", "i").replace("ou", "u").replace("kh", "h").replace("j", "i")
    token = token.replace("x", "ks")
    return re.sub(r"(.)\1+", r"\1", token)


def near(a: str, b: str) -> bool:
    """Same spelling key, or one edit apart on long tokens (Kieta/Keita, Rohani/Rouhani)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        )
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class KnowledgeBase:
    """Lookups over leaders and countries; build one with `default()` or from records."""

    def __init__(self, leaders: Iterable[Leader], countries: Iterable[dict]) -> None:
        self._leaders = {lead.id: lead for lead in leaders}
        self._countries: dict[str, Country] = {}
        self._principal: dict[str, str] = {}
        self._country_ci: dict[str, str] = {}
        self._country_cs: dict[str, str] = {}
        self._demonym: dict[str, str] = {}
        self._metonym: dict[str, str] = {}
        # a state's land before a date was a former state's: Moscow was Soviet until 1991
        self._former: dict[str, list[tuple[date, str]]] = defaultdict(list)
        for rec in countries:
            self._add_country(rec)
        self._prefix_words = TITLE_WORDS | {"us", "uk", "eu", "un", "nato"}
        self._prefix_words |= {
            w for c in self._countries.values() for d in c.demonyms for w in fold(d).split()
        }
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._surname: dict[str, set[str]] = defaultdict(set)
        self._token: dict[str, set[str]] = defaultdict(set)
        self._variants: dict[str, list[list[str]]] = defaultdict(list)
        self._surname_form: dict[str, list[str]] = defaultdict(list)
        for lead in self._leaders.values():
            self._index_leader(lead)
        # leaders who share a family name with another: only their names need a date to tell
        self._namesakes = {i for ids in self._surname.values() if len(ids) > 1 for i in ids}
        self._terms_in: dict[str, list[Term]] = defaultdict(list)  # every term, by country
        for lead in self._leaders.values():
            for term in lead.terms:
                self._terms_in[term.country_code].append(term)

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The packaged knowledge base, loaded once per process."""
        return _default_kb()

    # -- building ---------------------------------------------------------------------------
    def _add_country(self, rec: dict) -> None:
        country = Country(
            rec["code"],
            rec["iso3"],
            rec["name"],
            tuple(rec["names"]),
            tuple(rec["demonyms"]),
            tuple(rec["metonyms"]),
            rec.get("capital", ""),
        )
        self._countries[country.code] = country
        self._principal[country.code] = rec.get("principal", "hog")
        for form in (country.name, *country.names):
            self._put_country_form(form, country.code, self._country_ci)
        for form in country.demonyms:
            self._put_country_form(form, country.code, self._demonym)
        for form in country.metonyms:
            self._metonym.setdefault(_strip_the(fold(form)), country.code)
        for later in rec.get("succeeded_by", ()):
            self._former[later].append((date.fromisoformat(rec["until"]), country.code))

    def _put_country_form(self, form: str, code: str, table: dict[str, str]) -> None:
        bare = form.replace(".", "").removeprefix("the ")
        if bare.isupper() and len(bare) <= 4:  # "US" must not match the pronoun "us"
            self._country_cs.setdefault(bare, code)
        else:
            table.setdefault(_strip_the(fold(form)), code)

    def _index_leader(self, lead: Leader) -> None:
        surname_first = any(t.country_code in SURNAME_FIRST for t in lead.terms)
        for form in (lead.name, *lead.aliases):
            tokens = self._strip_titles(fold(form).split())
            if not tokens:
                continue
            keys = [spelling_key(t) for t in tokens]
            self._exact[" ".join(keys)].add(lead.id)
            self._variants[lead.id].append(keys)
            for k in keys:
                if k not in PARTICLES and len(k) > 1:
                    self._token[k].add(lead.id)
            if len(tokens) > 1:
                pos = 0 if surname_first else _last_name_index(tokens)
                self._surname[keys[pos]].add(lead.id)
                if any(t.country_code in GIVEN_NAME_ADDRESS for t in lead.terms):
                    self._surname[keys[-1]].add(lead.id)
                raw = form.replace("-", " ").split()
                if form == lead.name and len(raw) == len(tokens):
                    self._surname_form[lead.id].append(raw[pos])

    # -- lookups ----------------------------------------------------------------------------
    def _strip_titles(self, tokens: list[str]) -> list[str]:
        """Drop leading titles and adjectives: "U.S. President Joe Biden" -> ["joe", "biden"]."""
        i = 0
        while i < len(tokens) - 1 and tokens[i] in self._prefix_words:
            i += 1
        return tokens[i:]

    def leader(self, id: str) -> Leader | None:
        return self._leaders.get(id)

    def find(self, name: str, on: date | None = None) -> Leader | None:
        """The one leader a name (with or without titles) refers to on `on`, or None."""
        tokens = self._strip_titles(fold(name).split())
        if not tokens:
            return None
        keys = [spelling_key(t) for t in tokens]
        tiers = self._candidate_tiers(keys)
        for ids in tiers:
            if ids:
                chosen = self._choose(ids, on)
                if on is None or chosen is None or chosen.id not in self._namesakes:
                    return chosen
                if chosen.in_office(on):
                    return chosen
                # an alias ("George Bush" for the son) yields to a namesake then in office
                later = {i for more in tiers for i in more}
                if len(keys) == 1:
                    later |= self._surname.get(keys[0], set())
                others = [self._leaders[i] for i in later - ids]
                active = [lead for lead in others if lead.in_office(on)]
                if len(active) == 1:
                    return active[0]
                # nor in office then, but a namesake took office within the year: "George
                # Bush, by then the president-elect", in December 1988
                close = [lead for lead in others if _distance(lead, on) <= 365]
                far = not active and _distance(chosen, on) > 365
                return close[0] if far and len(close) == 1 else chosen
        if on is None or len(keys) < 2:
            return None
        # Last resort for garbled given names ("Serzh Sargsyan", "Mohd Najid Razak"): the family
        # name alone, accepted only for a leader in office on that date.
        last = keys[_last_name_index(keys)]
        active = [
            self._leaders[i] for i in self._surname.get(last, ()) if self._leaders[i].in_office(on)
        ]
        return active[0] if len(active) == 1 else None

    def _near_surnames(self, key: str) -> set[str]:
        return {i for k, ids in self._surname.items() if near(k, key) for i in ids}

    def _candidate_tiers(self, keys: list[str]) -> Iterator[set[str]]:
        yield set(self._exact.get(" ".join(keys), ()))
        if len(keys) == 1:
            yield set(self._surname.get(keys[0], ()))
            yield self._near_surnames(keys[0])
            return
        pool = {i for k in keys if k not in PARTICLES for i in self._token.get(k, ())}
        yield {i for i in pool if self._contains(i, keys, fuzzy=False)}
        pool = {
            i
            for k in keys
            if len(k) >= 5
            for tk, ids in self._token.items()
            if near(tk, k)
            for i in ids
        }
        yield {i for i in pool if self._contains(i, keys, fuzzy=True)}

    def _contains(self, lead_id: str, keys: list[str], fuzzy: bool) -> bool:
        """Query inside a known name ("Lopez Obrador") or a known name inside the query
        ("Lazarus McCarthy Chakwera", "Suga Yoshihide")."""
        same = near if fuzzy else str.__eq__
        for var in self._variants[lead_id]:
            if all(any(same(q, v) for v in var) for q in keys):
                return True
            core = [v for v in var if v not in PARTICLES]
            if len(core) > 1 and all(any(same(v, q) for q in keys) for v in core):
                return True
        return False

    def _choose(self, ids: set[str], on: date | None) -> Leader | None:
        leaders = sorted((self._leaders[i] for i in ids), key=lambda lead: lead.id)
        if len(leaders) == 1:
            return leaders[0]
        if on is None:
            return None
        active = [lead for lead in leaders if lead.in_office(on)]
        if len(active) == 1:
            return active[0]
        if active:  # two Kims in office: the country's principal leader wins
            top = [lead for lead in active if self._is_principal(lead, on)]
            return top[0] if len(top) == 1 else None
        close = [lead for lead in leaders if _distance(lead, on) <= 365]
        if len(close) == 1:
            return close[0]
        if close:
            return None
        # no one of the name near that time ("Bush" in 2025): the one whose time is nearest
        gaps = sorted((_distance(lead, on), lead.id) for lead in leaders)
        return self._leaders[gaps[0][1]] if gaps[0][0] < gaps[1][0] else None

    def _is_principal(self, lead: Leader, on: date) -> bool:
        code = lead.country_on(on)
        return code is not None and self.holder(code, "leader", on) == lead

    def holder(self, country_code: str, title: str, on: date) -> Leader | None:
        """Who held the office news calls `title` ("president", "premier", "king") on `on`."""
        code = self.state_on(country_code.upper(), on)
        words = _title_words(title)
        if words in ("leader", "ruler"):
            return self._principal_leader(code, on)
        if words not in _TITLE_QUERIES:
            return None
        offices, titles = _TITLE_QUERIES[words]
        found = []
        for lead in self._leaders.values():
            for t in lead.terms:
                if t.covers(on) and _answers_to(t, code, offices, titles):
                    found.append((sorted(offices).index(t.office), lead))
        ids = {lead.id for _, lead in found}
        if len(ids) == 1:
            return found[0][1]
        first = min((rank for rank, _ in found), default=None)
        best = {lead.id: lead for rank, lead in found if rank == first}
        return next(iter(best.values())) if len(best) == 1 else None

    def has_namesake(self, leader: Leader) -> bool:
        """Whether another leader shares this one's family name ("Bush", "Castro")."""
        return leader.id in self._namesakes

    def state_on(self, code: str, on: date) -> str:
        """The state a country's land belonged to on a date: Russia's was the Soviet Union's
        until 1991. A country that had leaders of its own then stays itself (West Germany in
        1988, though East Germany's land later became part of it)."""
        for until, former in self._former.get(code, ()):
            if on <= until and not any(t.covers(on) for t in self._terms_in.get(code, ())):
                return former
        return code

    def ever_held(self, leader: Leader, country_code: str, title: str) -> bool:
        """Whether a leader held, at some time, the office news calls `title` in a country
        (the leader of a country: its head of state or of government)."""
        code = country_code.upper()
        words = _title_words(title)
        if words in ("leader", "ruler"):
            heads = {"head_of_state", "head_of_government", "party_leader"}
            return any(t.country_code == code and t.office in heads for t in leader.terms)
        if words not in _TITLE_QUERIES:
            return False
        offices, titles = _TITLE_QUERIES[words]
        return any(_answers_to(t, code, offices, titles) for t in leader.terms)

    def _principal_leader(self, code: str, on: date) -> Leader | None:
        def seat(office: str) -> set[str]:
            return {
                lead.id
                for lead in self._leaders.values()
                for t in lead.terms
                if t.country_code == code and t.office == office and t.covers(on)
            }

        party = seat("party_leader")
        if len(party) == 1:  # the Soviet leader of 1985 was the party's general secretary
            return self._leaders[party.pop()]
        hos, hog = seat("head_of_state"), seat("head_of_government")
        both = hos & hog
        if len(both) == 1:
            return self._leaders[both.pop()]
        pick = hos if self._principal.get(code, "hog") == "hos" else hog
        return self._leaders[next(iter(pick))] if len(pick) == 1 else None

    def country(self, text: str) -> Country | None:
        """A country from its name, another name or its adjective ("U.S.", "Chinese")."""
        bare = text.strip().replace(".", "")
        code = self._country_cs.get(bare)
        if code is None:
            key = _strip_the(fold(text))
            code = self._country_ci.get(key) or self._demonym.get(key)
        return self._countries.get(code) if code else None

    def country_coded(self, code: str) -> Country | None:
        """The country of an ISO code, or of a former state's ("SU")."""
        return self._countries.get(code.upper())

    def metonym(self, text: str) -> Country | None:
        """The country whose government a place stands for ("the Kremlin", "Beijing")."""
        code = self._metonym.get(_strip_the(fold(text)))
        return self._countries.get(code) if code else None

    def countries(self) -> Iterator[Country]:
        yield from self._countries.values()

    def leaders(self) -> Iterator[Leader]:
        yield from self._leaders.values()

    def shared_surname(self, word: str, on: date | None) -> Leader | None:
        """A bare surname several leaders share ("Kim"), read as the one in office on `on`."""
        key = spelling_key(fold(word))
        common = key in COMMON_WORDS or fold(word) in COMMON_WORDS
        if len(key) < 2 or common or on is None or key not in self._surname:
            return None
        return self._choose(set(self._surname[key]), on)

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """(text, leader id) pairs for a PhraseMatcher: names, aliases, distinctive surnames."""
        owners: dict[str, set[str]] = defaultdict(set)
        for key, ids in self._surname.items():
            owners[key] |= ids
        for lead in sorted(self._leaders.values(), key=lambda lead: lead.id):
            seen: set[str] = set()
            forms = [lead.name, *lead.aliases, *self._surname_form[lead.id]]
            for form in forms:
                key = spelling_key(fold(form))
                if " " not in key:  # a bare word must name this leader and only this one
                    surname_owners = owners.get(key, set())
                    clash = len(surname_owners) > 1 or (
                        not surname_owners and len(self._token.get(key, ())) > 1
                    )
                    initials = all(len(part) < 2 for part in fold(form).split())
                    if clash or initials or fold(form) in COMMON_WORDS or len(form) < 2:
                        continue
                for variant in (form, _ascii(form)):
                    if variant not in seen:
                        seen.add(variant)
                        yield variant, lead.id


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _last_name_index(tokens: list[str]) -> int:
    """Family name position: last token, skipping regnal numbers ("Abdullah II")."""
    i = len(tokens) - 1
    while i > 0 and tokens[i] in ROMAN | {"jr", "sr"}:
        i -= 1
    return i


def _distance(lead: Leader, on: date) -> int:
    return min(max((t.start - on).days, (on - t.end).days if t.end else 0, 0) for t in lead.terms)


def _load_leaders(lines: Iterable[str]) -> Iterator[Leader]:
    for line in lines:
        rec = json.loads(line)
        terms = tuple(
            Term(o, ti, c, date.fromisoformat(s), date.fromisoformat(e) if e else None)
            for o, ti, c, s, e in rec["terms"]
        )
        yield Leader(rec["id"], rec["name"], tuple(rec["aliases"]), terms, rec.get("gender"))


@cache
def _default_kb() -> KnowledgeBase:
    data = resources.files("parley") / "data"
    leaders = list(_load_leaders(data.joinpath("leaders.jsonl").read_text("utf-8").splitlines()))
    countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
    return KnowledgeBase(leaders, countries)


def _title_words(title: str) -> str:
    """A title as the office queries spell it: "the Prime-Minister" -> "prime minister"."""
    return " ".join(w for w in fold(title).replace("-", " ").split() if w != "the")


def _answers_to(term: Term, code: str, offices: set[str], titles: set[str]) -> bool:
    """Whether a term is of an office a title query asks for, in a country."""
    if term.country_code != code or term.office not in offices:
        return False
    if titles:
        return any(term.title.split(" of ")[0] == x for x in titles)
    # "prime minister" of a presidential system: there is none
    return not (term.office == "head_of_government" and term.title == "President")
