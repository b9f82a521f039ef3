"""Coreference: pronouns and group phrases resolved to the actors named before them.

"She" takes the latest subject of her gender in the section (the gender the knowledge base
records for a leader, else the one the article itself shows: "Merkel said she ..."); "the
pair", "both leaders" and "they" take the article's two main leaders once the section names
both, else the last two people named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parley.extract import encounter_lexicon as lex
from parley.extract.actors import Mention, main_pair
from parley.extract.context import Context
from parley.extract.timex_lexicon import NUMBERS
from parley.model import Actor, Place

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
# Nouns of kinship and address that say a person's gender when set beside their name
# ("Kim's sister, Kim Yo Jong").
_GENDERED_NOUNS = {
    **dict.fromkeys(["sister", "wife", "daughter", "mother", "widow", "queen", "woman"], "f"),
    **dict.fromkeys(["brother", "husband", "son", "father", "widower", "king", "man"], "m"),
}
_PRONOUNS = {"he": "sg", "him": "sg", "his": "sg", "she": "sg", "her": "sg", "hers": "sg"}
_GROUP_NOUNS = (
    r"the pair|both (?:leaders|men|women|presidents|sides)|the two (?:leaders|men|women|"
    r"presidents|heads of state|sides)"
)
# "the two countries", "the two governments": no two people
_THINGS = (
    r"countries|nations|states|governments|capitals|economies|militaries|armies|navies|"
    r"delegations|parties|peoples|sessions|days|years|months|weeks|hours"
)
_GROUP = re.compile(
    rf"\b(?:{_GROUP_NOUNS}|the two(?!\s+(?:{_THINGS})\b)|the leaders|they|them|their)\b",
    re.IGNORECASE,
)
# "after the two countries signed their partnership": "their" is theirs, not the leaders'
_TWO_THINGS = re.compile(rf"\b(?:the two|both)\s+(?:{_THINGS})\b", re.IGNORECASE)
# Phrases that stand for two leaders already named: a paragraph with one may tell their meeting.
GROUP_PHRASES = re.compile(rf"\b(?:{_GROUP_NOUNS})\b", re.IGNORECASE)

# "his guest", "her host": the other one of the pair
_ROLE = re.compile(r"\b(?:his|her)\s+(?P<role>guest|host|visitor)\b", re.IGNORECASE)
# "the host", "the visitor": the one of the pair whose country the section is (or is not) in
_THE_ROLE = re.compile(
    r"\b[Tt]he\s+(?P<role>guest|host|visitor)\b"
    r"(?!\s+(?:country|city|nation)|\s+(?:was|is)\s+[A-Z])"  # ("the guest was Li Qiang")
)
# "the four leaders", "the three countries", "The four had met": the last so many leaders named
_NUMBERED = re.compile(
    r"\b(?:all )?the (?P<n>three|four|five|six|seven)(?: (?:leaders|men|presidents|heads of"
    r" state|countries|nations|sides)\b|(?= (?:had|have|were|are|met|sat|agreed|held|would|will|"
    r"talked|spoke|dined|lunched|gathered|signed|discussed|posed|walked|shook|then)\b))",
    re.IGNORECASE,
)

_PLAIN_PLURAL = frozenset({"they", "them", "their"})
_PLAIN_PLURAL_REACH = 300  # characters back to the two leaders "they" stands for


def resolve_references(
    paragraphs: list[tuple[int, Doc]],
    mentions: list[Mention],
    context: Context,
    lookup: Callable[[str], Place | None] | None = None,
) -> list[Mention]:
    """Pronouns and group phrases, resolved to the actors named before them in the section.

    A singular pronoun takes the latest subject before it (same sentence first, then earlier
    sentences), never the subject of its own verb when it is that verb's object ("Putin
    received him"); resolved pronouns carry the chain on. A group ("the pair", "both
    leaders", "they") is the article's two main leaders once the section has named both,
    else the last two people named; a plain "they" only when they were named just before.
    "The host" is the one of the pair whose country the paragraph (by `lookup`, a gazetteer)
    or else the section is in.
    """
    subjects = _subject_starts(paragraphs)
    sentences = sorted(offset + sent.start_char for offset, doc in paragraphs for sent in doc.sents)
    known = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in known]
    genders = article_genders(paragraphs, known)
    pair_of_article = main_pair(known)
    out: list[Mention] = []
    for offset, doc in paragraphs:
        text = doc.text  # (built anew on every read: once per paragraph)
        groups = [(offset + g.start(), offset + g.end()) for g in _GROUP.finditer(text)]
        # "the visitor" is read first: a pronoun after it may stand for them
        for match in _THE_ROLE.finditer(text):
            place = _place_named_before(doc, match.start(), pair_of_article, lookup)
            place = place or context.section_at(offset + match.start()).place
            role = _role_by_place(match, offset, pair_of_article, place)
            if role is not None:
                out.append(role)
        for token in doc:
            absolute = offset + token.idx
            if token.lower_ not in _PRONOUNS or token.pos_ != "PRON":
                continue
            if any(a <= absolute < b for a, b in groups):
                continue
            section_start = context.section_at(absolute).start
            earlier = _between(known, starts, out, section_start, absolute)
            actor = _subject_ahead(token, offset, known, starts, genders)
            actor = actor or _antecedent(token, offset, earlier, subjects, genders, sentences)
            actor = actor or _one_of_pair(token, pair_of_article, genders)
            if actor is not None:
                out.append(Mention(absolute, absolute + len(token.text), (actor,), "pronoun"))
        for match in _ROLE.finditer(text):
            role = _other_in_role(match, offset, out, pair_of_article, known, starts, context)
            if role is not None:
                out.append(role)
        for match in _NUMBERED.finditer(text):
            start, end = offset + match.start(), offset + match.end()
            earlier = _between(known, starts, out, context.section_at(start).start, start)
            group = last_people(earlier, NUMBERS[match.group("n").lower()][0])
            if group:
                out.append(Mention(start, end, group, "group"))
        for start, end in groups:
            section = context.section_at(start)
            section_start = section.start
            plain = text[start - offset : end - offset].lower() in _PLAIN_PLURAL
            if plain:  # "they" looks back two sentences or so, "the pair" the whole section
                section_start = max(section_start, start - _PLAIN_PLURAL_REACH)
            earlier = _between(known, starts, out, section_start, start)
            named = {a.id for m in earlier for a in m.actors}
            crowd = _last_crowd(earlier) if plain else ()
            if plain and not crowd and _others_just_named(earlier):
                continue  # "Moon sent Chung and Suh to Pyongyang. They returned": those two
            if plain and _TWO_THINGS.search(
                text, _sentence_start(doc, start - offset), start - offset
            ):
                continue  # "the two countries signed their partnership": the countries'
            told_here = _pair_of_sentence(doc, offset, start, end, earlier) if plain else ()
            if crowd:
                pair = crowd  # "The four had first met in Normandy. ... they gathered in Minsk"
            elif told_here:
                pair = told_here  # "Zelenskyy held talks with Modi, their first meeting"
            elif pair_of_article and {a.id for a in pair_of_article} <= named:
                pair = pair_of_article  # both main leaders are in play: "they" are the pair
            elif pair_of_article and not _between(known, starts, out, section.start, start):
                pair = pair_of_article  # a section that opens on "They finally met"
            elif _pair_on_home_ground(pair_of_article, named, section.place):
                pair = pair_of_article  # under "Beijing", Kim named: the two are Kim and Xi
            else:
                pair = last_pair(earlier) or (() if plain else pair_of_article)
            if pair and pair != pair_of_article:
                acted_on = _objects_named(doc, offset, start, end, known, starts)
                own = {a.id for a in pair_of_article}
                if acted_on & {a.id for a in pair} and not acted_on & own:
                    pair = pair_of_article  # "the pair joined Xi by video": Xi is not of it
            if pair:
                out.append(Mention(start, end, pair, "group"))
    return out


def _other_in_role(
    match: re.Match[str],
    offset: int,
    resolved: list[Mention],
    pair_of_article: tuple[Actor, ...],
    known: list[Mention],
    starts: list[int],
    context: Context,
) -> Mention | None:
    """ "his guest", "her host": the one of the pair who is not the owner of "his" or "her"."""
    at = offset + match.start()
    owner = next((m.actors[0] for m in resolved if m.start == at and len(m.actors) == 1), None)
    if owner is None:
        return None
    earlier = _between(known, starts, resolved, context.section_at(at).start, at)
    pair = pair_of_article if owner in pair_of_article else last_pair(earlier)
    others = [a for a in pair if a.id != owner.id] if owner in pair else []
    if len(others) != 1:
        return None
    return Mention(offset + match.start("role"), offset + match.end(), (others[0],), "title")


def _place_named_before(
    doc: Doc, at: int, pair: tuple[Actor, ...], lookup: Callable[[str], Place | None] | None
) -> Place | None:
    """The last city or venue in the paragraph before character `at` in the country of one of
    the pair ("driven to Biden's home outside Wilmington, Delaware, ... the host")."""
    if lookup is None:
        return None
    homes = {a.country_code for a in pair}
    for ent in reversed([e for e in doc.ents if e.end_char <= at]):
        if ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        place = lookup(ent.text)
        # a city or venue: a country's name is as often an actor ("China joined the alliance")
        if place is not None and place.kind != "country" and place.country_code in homes:
            return place
    return None


def _role_by_place(
    match: re.Match[str], offset: int, pair: tuple[Actor, ...], place: Place | None
) -> Mention | None:
    """ "the host" is the one of the article's pair whose country `place` is in, "the
    visitor" or "the guest" the other."""
    sides = _home_and_away(pair, place)
    if sides is None:
        return None
    actor = sides[0] if match.group("role").lower() == "host" else sides[1]
    return Mention(offset + match.start(), offset + match.end(), (actor,), "title")


def _home_and_away(pair: tuple[Actor, ...], place: Place | None) -> tuple[Actor, Actor] | None:
    """Of the article's pair, the one whose country `place` is in, and the other."""
    if place is None or not place.country_code or len(pair) != 2:
        return None
    home = [a for a in pair if a.country_code == place.country_code]
    if len(home) != 1:
        return None
    return home[0], next(a for a in pair if a is not home[0])


def _sentence_start(doc: Doc, at: int) -> int:
    """Where the sentence holding character `at` of the paragraph starts."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else 0


def _pair_on_home_ground(pair: tuple[Actor, ...], named: set[str], place: Place | None) -> bool:
    """Whether the section has named one of the article's pair and is set in the other's
    country, where the other need not be named to be there."""
    sides = _home_and_away(pair, place)
    return sides is not None and sides[1].id in named and sides[0].id not in named


def _last_crowd(earlier: list[Mention]) -> tuple[Actor, ...]:
    """The group of more than two told last, when it is the last mention before "they"."""
    if earlier and earlier[-1].how == "group" and len(earlier[-1].actors) > 2:
        return earlier[-1].actors
    return ()


def _others_just_named(earlier: list[Mention]) -> bool:
    """Whether the last two people named before a "they" are no leaders the article knows."""
    last = [m for m in earlier if m.how != "pronoun"][-2:]
    return len(last) == 2 and all(a.id.startswith("person:") for m in last for a in m.actors)


def _objects_named(
    doc: Doc, offset: int, start: int, end: int, known: list[Mention], starts: list[int]
) -> set[str]:
    """Who the verb of a group at [start, end) acts on, by the names the text gives them."""
    span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
    if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
        return set()
    objects = [c for c in span.root.head.children if c.dep_ in {"dobj", "dative"}]
    at = {offset + t.idx for o in objects for t in o.subtree}
    if not at:
        return set()
    named = _between(known, starts, [], min(at), max(at) + 1)
    return {a.id for m in named if m.start in at for a in m.actors}


def _pair_of_sentence(
    doc: Doc, offset: int, start: int, end: int, earlier: list[Mention]
) -> tuple[Actor, ...]:
    """The two leaders the sentence of a "they" at [start, end) has named before it; a pair it
    has named as a group ("the two men first sat down with Abe, and then held their own
    talks") before any two names."""
    span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
    sentence_start = offset + span.sent.start_char
    here = [m for m in earlier if m.start >= sentence_start]
    # "Johnson and Merkel joined them": an object is not its own clause's subject
    subjects = _own_subjects(span.root, offset)
    here = [m for m in here if not any(a <= m.start < b for a, b in subjects)]
    groups = [m for m in here if m.how == "group" and len(m.actors) == 2]
    return groups[-1].actors if groups else last_pair(here)


def _own_subjects(pronoun: Token, offset: int) -> list[tuple[int, int]]:
    """Character ranges of the subjects of the verb a pronoun is the object of."""
    if pronoun.dep_ not in {"dobj", "dative"}:
        return []
    return [
        (offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge))
        for c in pronoun.head.children
        if c.dep_ in {"nsubj", "nsubjpass"}
    ]


def _between(
    known: list[Mention], starts: list[int], resolved: list[Mention], low: int, high: int
) -> list[Mention]:
    """Mentions starting in [low, high), in text order: a slice of the named ones (sorted, with
    their `starts`) and the few references resolved so far."""
    found = known[bisect_left(starts, low) : bisect_left(starts, high)]
    extra = [m for m in resolved if low <= m.start < high]
    return sorted(found + extra, key=lambda m: m.start) if extra else found


def _subject_starts(paragraphs: list[tuple[int, Doc]]) -> set[int]:
    """Article offsets of every token that is a clause's subject, or a name set beside one
    ("Kim's sister, Kim Yo Jong, came to lunch")."""
    return {
        offset + token.idx
        for offset, doc in paragraphs
        for token in doc
        if (_subject(token) and token.lower_ not in _OBJECT_CASE)
        or (token.dep_ == "appos" and _subject(token.head))
    }


# "urged him to halt": the parse makes "him" the subject of "halt"; it is the object of "urged"
_OBJECT_CASE = frozenset({"him", "her", "them", "me", "us"})


def _subject(token: Token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"}


def _is_subject(mention: Mention, subjects: set[int]) -> bool:
    return any(mention.start <= at < mention.end for at in subjects)


def gender_of(word: str) -> str | None:
    """The grammatical gender an English pronoun carries, if any."""
    lower = word.lower()
    return "m" if lower in _MALE else "f" if lower in _FEMALE else None


def article_genders(paragraphs: list[tuple[int, Doc]], mentions: list[Mention]) -> dict[str, str]:
    """Each person's gender: a leader's from the knowledge base, anyone else's as the article
    shows it: in a sentence naming only them as a subject, the subject pronouns that follow
    ("Merkel said she ...") vote."""
    votes: dict[str, dict[str, int]] = {}
    for offset, doc in paragraphs:
        for noun, name in _beside_names(doc):
            named = [m for m in mentions if m.start <= offset + name.idx < m.end]
            if named and len(named[0].actors) == 1 and named[0].how not in {"pronoun", "group"}:
                _vote(votes, named[0].actors[0].id, _GENDERED_NOUNS[noun.lower_])
        before: str | None = None  # the one person the sentence before named, as its subject
        for sent in doc.sents:
            start, end = offset + sent.start_char, offset + sent.end_char
            named = [
                m
                for m in mentions
                if start <= m.start < end
                and m.how not in {"pronoun", "group", "metonym"}  # "Seoul" has no gender
                and len(m.actors) == 1
            ]
            opening, gender = sent[0], gender_of(sent[0].text)
            if before and gender and _subject(opening):
                # "Merkel would not be drawn. She was more open about the goodbye."
                _vote(votes, before, gender)
            before = None
            if len({m.actors[0].id for m in named}) != 1:
                _vote_possessives(votes, sent, offset, named)
                continue
            first = named[0]
            if not _named_as_subject(first, sent, offset):
                continue
            if not _someone_else(sent):
                before = first.actors[0].id
            for word in sent:
                gender = gender_of(word.text)
                # ("Merkel said she would"; but "the chancellor, in office when he arrived",
                # is someone else's clause)
                own_clause = word.head.dep_ not in {"advcl", "relcl", "acl"}
                if gender and _subject(word) and own_clause and offset + word.idx > first.end:
                    _vote(votes, first.actors[0].id, gender)
    voted = {
        actor: max(tally, key=lambda g: tally[g])
        for actor, tally in votes.items()
        if len(set(tally.values())) == len(tally)  # no tie
    }
    # what the knowledge base knows of its leaders outweighs the article's pronouns
    known = {a.id: a.gender for m in mentions for a in m.actors if a.gender}
    return voted | known


def _someone_else(sent: SpacySpan) -> bool:
    """Whether the sentence speaks of a second person besides its named subject (a role
    noun, an object pronoun): a pronoun opening the next sentence may then be theirs."""
    return any(
        t.lower_ in lex.ROLE_NOUNS
        or (t.lower_ in {"him", "her"} and t.dep_ in {"dobj", "dative", "pobj"})
        for t in sent
    )


def _vote_possessives(
    votes: dict[str, dict[str, int]], sent: SpacySpan, offset: int, named: list[Mention]
) -> None:
    """In a sentence naming two people, "her" and "his" between the subject named first and
    the next name are the first one's: "Michelle Obama was touring China with her daughters,
    and Xi had received her"."""
    if len(named) < 2 or len(named[0].actors) != 1:
        return
    first, following = named[0], named[1]
    if not _named_as_subject(first, sent, offset):
        return
    for word in sent:
        at = offset + word.idx
        if first.end <= at < following.start and word.tag_ == "PRP$":
            gender = gender_of(word.text)
            if gender:
                _vote(votes, first.actors[0].id, gender)


def _named_as_subject(mention: Mention, sent: SpacySpan, offset: int) -> bool:
    return any(mention.start <= offset + t.idx < mention.end and _subject(t) for t in sent)


def _vote(votes: dict[str, dict[str, int]], actor_id: str, gender: str) -> None:
    tally = votes.setdefault(actor_id, {})
    tally[gender] = tally.get(gender, 0) + 1


def _subject_ahead(
    pronoun: Token, offset: int, known: list[Mention], starts: list[int], genders: dict[str, str]
) -> Actor | None:
    """ "Two days after his call with Putin, Biden phoned Zelenskyy", "A few days before he
    flew to New York, Rouhani published an article": a possessive, or the subject of a clause,
    set before the main clause is its subject's, when the subject is one person by name."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if _subject(c)), None)
    fronted_subject = _subject(pronoun) and pronoun.head.dep_ == "advcl"
    if not (pronoun.dep_ == "poss" or fronted_subject) or subject is None:
        return None
    if pronoun.i > subject.i:
        return None
    fronted = next((c for c in root.children if pronoun in c.subtree), None)
    if (
        fronted is None
        or fronted.i > subject.i
        or fronted.dep_ not in {"prep", "advcl", "npadvmod"}
    ):
        return None
    at = offset + subject.idx
    named = [m for m in _between(known, starts, [], at - 80, at + 1) if at < m.end]
    if len(named) != 1 or len(named[0].actors) != 1 or named[0].actors[0].kind != "person":
        return None
    actor = named[0].actors[0]
    wanted = gender_of(pronoun.text)
    return actor if wanted is None or genders.get(actor.id, wanted) == wanted else None


def _beside_names(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """(gendered noun, name) set in apposition: "his sister, Kim Yo Jong"."""
    for token in doc:
        if token.dep_ != "appos":
            continue
        for noun, name in ((token.head, token), (token, token.head)):
            if noun.lower_ in _GENDERED_NOUNS and name.pos_ == "PROPN":
                yield noun, name


def _antecedent(
    pronoun: Token,
    offset: int,
    earlier: list[Mention],
    subjects: set[int],
    genders: dict[str, str] | None = None,
    sentences: list[int] | None = None,
) -> Actor | None:
    people = [m for m in earlier if len(m.actors) == 1 and m.actors[0].kind == "person"]
    wanted = gender_of(pronoun.text)
    if wanted and genders is not None:
        some_female = "f" in genders.values()

        def agrees(actor: Actor) -> bool:
            known = genders.get(actor.id)
            if known is not None:
                return known == wanted
            return wanted == "m" or not some_female  # leaders in the news are mostly men

        people = [m for m in people if agrees(m.actors[0])]
    excluded: set[str] = set()
    if pronoun.dep_ in {"dobj", "pobj", "dative"}:
        verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        for subject in _clause_subjects(verb):
            at = offset + subject.idx
            excluded |= {m.actors[0].id for m in people if m.start <= at < m.end}
    people = [m for m in people if m.actors[0].id not in excluded]
    if not people:
        return None
    if excluded:  # "Albanese, who had met Li days earlier, saw him": the sentence's other one
        sentence_start = offset + pronoun.sent.start_char
        # (but not the source it is told by: "quoted by the columnist Lauro Jardim")
        here = [
            m
            for m in people
            if m.start >= sentence_start and not _a_source(pronoun.doc, m.start - offset)
        ]
        people = here or people
    if sentences and _subject(pronoun):
        # the sentence before that names people but, as the parse has it, none as subject
        # ("On March 4 Scholz called Putin", read as a date's name) is led by the one it names
        # first: "Eight days later he and Macron spoke" is Scholz
        opening = sentences[max(0, bisect_right(sentences, people[-1].start) - 1)]
        last = [m for m in people if m.start >= opening and m.how == "name"]
        if last and not any(_is_subject(m, subjects) for m in people if m.start >= opening):
            return last[0].actors[0]
    for mention in reversed(people):
        if _is_subject(mention, subjects):
            return mention.actors[0]
    return people[-1].actors[0]


def _a_source(doc: Doc, at: int) -> bool:
    """Whether the word at character `at` names who tells the story ("according to X",
    "quoted by X"), not someone in it."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    return any(
        a.lower_ == "according" or (a.lower_ == "by" and a.head.lemma_.lower() in _TELLING)
        for a in span.root.ancestors
    )


_TELLING = frozenset({"quote", "cite", "report", "tell", "brief"})


def _one_of_pair(pronoun: Token, pair: tuple[Actor, ...], genders: dict[str, str]) -> Actor | None:
    """A section that opens with "she" or "her": the one of the article's pair of that gender
    ("Putin had invited her to the parade", in a story of Merkel and Putin)."""
    wanted = gender_of(pronoun.text)
    matching = [a for a in pair if wanted and genders.get(a.id) == wanted]
    return matching[0] if len(matching) == 1 else None


def _clause_subjects(verb: Token) -> list[Token]:
    """The subject of a verb, or of the verb it depends on when it has none of its own:
    in "Xi broke with protocol to receive him", Xi is who receives."""
    for _ in range(3):
        subjects = [c for c in verb.children if _subject(c)]
        if subjects or verb.dep_ not in {"xcomp", "advcl", "conj", "ccomp"}:
            return subjects
        verb = verb.head
    return []


def last_pair(earlier: Iterable[Mention], known_only: bool = False) -> tuple[Actor, ...]:
    """The two most recent distinct people of two countries mentioned (only knowledge-base
    leaders when `known_only`), in text order. "President Rivlin and Prime Minister Bennett"
    are one country's leadership, not a pair that meets."""
    return last_people(earlier, 2, known_only)


def last_people(
    earlier: Iterable[Mention], count: int, known_only: bool = False
) -> tuple[Actor, ...]:
    """The `count` most recent distinct people of as many countries, in text order, or none."""
    seen: list[Actor] = []
    for mention in reversed(list(earlier)):
        for actor in mention.actors:
            if actor.kind != "person" or (known_only and actor.id.startswith("person:")):
                continue
            if any(a.id == actor.id or _compatriots(a, actor) for a in seen):
                continue
            seen.append(actor)
        if len(seen) >= count:
            break
    return tuple(reversed(seen[:count])) if len(seen) >= count else ()


def _compatriots(a: Actor, b: Actor) -> bool:
    return a.country_code is not None and a.country_code == b.country_code
