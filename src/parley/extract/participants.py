"""Participants: who takes part in an encounter, from the parse and, when it falls short, the
discourse (the pair a section is about, the leader named just after a verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.extract import encounter_lexicon as lex
from parley.extract.actors import Mention
from parley.extract.coreference import last_pair
from parley.extract.status import governors, people_in, phrasal, semicolon_between
from parley.extract.titles import LEADER_TITLES
from parley.extract.triggers import Trigger, lines_of, misread_phoning
from parley.model import Actor, Participant, join_participants

_LINK_PREPS = {"with", "between", "by", "to", "of", "and"}

_NP_DEPS = {"conj", "appos", "compound", "poss", "flat", "nmod"}
_LAST_PAIR_REACH = 600  # characters
_MAIN_PAIR_REACH = 1500  # characters before that: how recently both of the main pair were named
_STRAY_DEPS = {"npadvmod", "appos", "conj", "dep"}
# Plural nouns that may stand for the leaders the article is about: "talks with both leaders".
_LEADER_NOUNS = frozenset({*LEADER_TITLES, "head", "side", "partner", "ally"})


_THEM = frozenset({"them", "us"})
_TIME_PREPS = frozenset({"after", "before", "since", "until", "following", "ahead"})
SPEAKER = "speaker"  # the slot of who says what is planned: a party only if a leader


def slots_of(trigger: Trigger) -> list[tuple[Token, str | None]]:
    """Tokens in the syntactic slots around a trigger, each with the role it gives."""
    token = trigger.token
    lemma = token.lemma_.lower()
    slots: list[tuple[Token, str | None]] = []

    def add_with_conj(tok: Token, role: str | None) -> None:
        """The noun phrase headed by `tok`: its compounds, appositions, conjuncts and of-phrases."""
        slots.append((tok, role))
        for child in tok.children:
            if child.dep_ == "poss" and tok.lemma_.lower() in lex.SOMEONE_OF:
                continue  # "welcomed Marine Le Pen, Macron's rival": not Macron
            if child.dep_ in _NP_DEPS:
                add_with_conj(child, role)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add_with_conj(pobj, role)

    def add_linked(head: Token, prep: Token, role: str | None) -> None:
        """The objects of a with- (or between-, to-, by-) phrase, and the rest of a list of
        names the parse hung on the head instead."""
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            add_with_conj(pobj, role)
            for stray in _list_rest(head, pobj):
                add_with_conj(stray, role)

    def scan(
        head: Token, subject_role: str | None, object_role: str | None, whole: bool = True
    ) -> None:
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass", "agent"}:
                target = child if child.dep_ != "agent" else next(iter(child.children), child)
                add_with_conj(target, subject_role)
            elif not whole:
                continue  # a verb's shared subject, not its objects
            elif child.dep_ in {"dobj", "dative"}:
                add_with_conj(child, object_role)
            elif child.dep_ == "prep" and child.lower_ in _LINK_PREPS:
                if _companion(child):
                    continue  # "offered to fly down with Freeland": who travels along
                add_linked(head, child, object_role if child.lower_ != "by" else subject_role)
            elif child.dep_ == "npadvmod" and child.lemma_.lower() == "time":
                # "met again, this time with their host, Prime Minister Tony Abbott": the
                # with-phrase the parse hung on "this time", and the name it set adrift
                for prep in (c for c in child.children if c.lower_ == "with"):
                    add_linked(head, prep, object_role)
            elif child.dep_ in {"poss", "compound", "nmod", "amod"} and token.pos_ != "VERB":
                add_with_conj(child, None)

    scan(token, lex.SUBJECT_ROLE.get(lemma), lex.OBJECT_ROLE.get(lemma))
    if lemma == "be":  # "was on the telephone to him", "back on the line with Putin"
        for line in lines_of(token):
            for prep in (p for p in line.children if p.dep_ == "prep"):
                for other in (g for g in prep.children if g.dep_ == "pobj"):
                    add_with_conj(other, None)
    for clause in _where_at_destination(token):
        # "flew to Beijing, where his host was Xi", "where Xi received him": who was there
        named = [c for c in clause.children if c.dep_ == "attr"]  # "his host was Xi": Xi
        named = named or [c for c in clause.children if c.dep_ in {"nsubj", "dobj"}]
        for child in named:
            if child.lemma_.lower() not in lex.SOMEONE_OF:
                add_with_conj(child, None)
    if misread_phoning(token):  # "Trump called Moon on ...": the name it hangs on calls
        add_with_conj(token.head, lex.SUBJECT_ROLE.get(lemma))
        for named in (c for c in token.children if c.dep_ == "oprd"):
            add_with_conj(named, lex.OBJECT_ROLE.get(lemma))
    if token.pos_ in {"VERB", "AUX"} and not has_subject(token):
        for subject in _subject_read_into_a_date(token):
            add_with_conj(subject, lex.SUBJECT_ROLE.get(lemma))
    for clause in (c for c in token.children if c.dep_ in {"advcl", "conj"}):
        if clause.lemma_.lower() == "join" and any(
            c.dep_ == "dobj" and c.lower_ in _THEM for c in clause.children
        ):
            # "talked for two hours before Juncker joined them": one more at the table
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                add_with_conj(subject, None)
    # the verb that takes a noun trigger ("Biden held talks with Xi") or governs the verb
    below = token
    for governor in governors(token, 6):
        if semicolon_between(token, governor):
            break
        if below.dep_ == "conj" and has_subject(below):
            break  # "he met Naruhito, and the two leaders went aboard": a clause of its own
        if below.dep_ in {"pobj", "pcomp"} and governor.lower_ in _TIME_PREPS:
            break  # "two days after his call with Putin" or "after arriving in Hiroshima, he
            # met Biden": another event
        if any(c.dep_ == "mark" and c.lower_ in _TIME_PREPS for c in below.children):
            break  # "a week after Biden met Putin, she and Macron proposed ...": the same
        if below.dep_ == "ccomp":
            # "Biden said: I expect to be speaking with Xi": the speaker, often the "I" of
            # what is said; but what is said is no participant ("said 'President Putin'")
            for subject in (c for c in governor.children if c.dep_ == "nsubj"):
                add_with_conj(subject, SPEAKER)
            break
        came_from, below = below, governor
        if governor.pos_ not in {"VERB", "AUX"}:
            continue  # "two days of talks with Trump": read past the nouns to the verb
        verb = phrasal(governor)
        role = "canceller" if verb in lex.CANCEL or verb == "cancel" else lex.SUBJECT_ROLE.get(verb)
        # "first sat down with Abe, and then held their own talks": the subject they share, not
        # whom the first verb was with
        shared_only = came_from.dep_ == "conj" and came_from.pos_ in {"VERB", "AUX"}
        scan(governor, role, lex.OBJECT_ROLE.get(verb), whole=not shared_only)
        if governor.dep_ not in {"xcomp", "ccomp", "conj"}:
            break
    return slots


def _where_at_destination(verb: Token) -> list[Token]:
    """The "where" clauses of the place a journey goes to: "flew to Beijing, where ..."."""
    if verb.pos_ != "VERB" or lex.lemma_of(verb.lemma_) not in lex.MOTION_VERBS:
        return []
    places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [
        clause
        for place in places
        for clause in place.children
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children)
    ]


def _subject_read_into_a_date(verb: Token) -> list[Token]:
    """A subject the parse hung on the date before it: in "On 16 March 2003 Bush, Blair and
    Aznar met", "Bush" is the object of "On" and "met" has no subject."""
    preps = [
        p for p in verb.children if p.dep_ == "prep" and p.i < verb.i and p.lower_ in {"on", "in"}
    ]
    # ... and in "On Sept. 25, 2016, the prime minister, in New York, spent an hour with him",
    # the one set beside the date
    beside = [
        c
        for prep in preps
        for date in prep.children
        if date.dep_ == "pobj" and date.ent_type_ == "DATE"
        for c in date.children
        if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ != "DATE"
    ]
    named = [
        person
        for prep in preps
        for person in people_in(prep)
        if any(c.ent_type_ == "DATE" for c in person.children)
    ]
    # ... and in "on the first weekend of March Sir Keir was on the phone", the name that ends
    # the date's phrase, just before the verb
    last = verb.doc[verb.i - 1] if verb.i > 0 else None
    fused = [
        last
        for prep in preps
        if last is not None
        and last.pos_ == "PROPN"
        and last.dep_ == "pobj"
        and last in prep.subtree
        and any(t.ent_type_ == "DATE" for t in prep.subtree)
    ]
    return named + beside + fused


def _list_rest(head: Token, first: Token) -> list[Token]:
    """The rest of a long list of names the parser hung on the verb, not on its first item:
    "met with President A of X, President B of Y, and President C of Z" often parses B as
    an adverbial of "met" and C as B's conjunct."""
    return [
        child
        for child in head.children
        if child.i > first.i and child.dep_ in _STRAY_DEPS and child.pos_ == "PROPN"
    ]


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def has_object(token: Token) -> bool:
    """Whether a verb names whom it acts on: an object, an agent, or a with/between phrase."""
    return any(
        c.dep_ in {"dobj", "dative", "agent"}
        or (c.dep_ == "prep" and c.lower_ in {"with", "between", "to", "by"} and not _companion(c))
        for c in token.children
    )


def _companion(prep: Token) -> bool:
    """ "flew down with his foreign minister": "with" on a verb of going names who goes along."""
    return prep.lower_ == "with" and prep.head.lemma_.lower() in lex.MOTION_VERBS


def actors_at(
    tokens: list[tuple[Token, str | None]], offset: int, mentions: list[Mention]
) -> list[tuple[Actor, str | None]]:
    found: list[tuple[Actor, str | None]] = []
    grouped: list[tuple[Actor, str | None]] = []
    for tok, role in tokens:
        start = offset + tok.idx
        for mention in mentions:
            if mention.start <= start < mention.end:
                many = grouped if len(mention.actors) > 2 else found
                many += [(actor, role) for actor in mention.actors]
    # "he proposed to bring the G7 leaders to Washington": the host is not among his guests
    named = {actor.id for actor, _ in found}
    return found + [(actor, role) for actor, role in grouped if actor.id not in named]


def merge_participants(pairs: list[tuple[Actor, str | None]]) -> tuple[Participant, ...]:
    """The (actor, role) pairs the slots found, one participant per actor."""
    return join_participants(Participant(actor, role) for actor, role in pairs)


def leaders_first(
    participants: tuple[Participant, ...],
) -> tuple[tuple[Participant, ...], tuple[Actor, ...]]:
    """When two known leaders meet, the officials with them are present, not parties."""
    leaders = tuple(p for p in participants if not p.actor.id.startswith("person:"))
    if len(leaders) < 2:
        return participants, ()
    return leaders, tuple(p.actor for p in participants if p.actor.id.startswith("person:"))


def is_political(participants: tuple[Participant, ...]) -> bool:
    """At least one known leader, or every side a titled official."""
    known = [p for p in participants if not p.actor.id.startswith("person:")]
    titled = [p for p in participants if p.actor.title]
    return len(participants) >= 2 and (bool(known) or len(titled) == len(participants))


def names_others(token: Token, offset: int, mentions: list[Mention]) -> bool:
    """Whether a noun trigger's with-phrase names people who are no leaders the article
    knows: "a meeting with Governor DeSantis", "a meeting with voting rights advocates".
    Then the encounter is theirs, not that of the pair the article is about."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"with", "between"}:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.lemma_.lower() in _LEADER_NOUNS:
                continue
            if any(m.start <= offset + pobj.idx < m.end for m in mentions):
                continue
            if pobj.pos_ == "PROPN" or pobj.tag_ in {"NNS", "NNPS"}:
                return True
    return False


def named_after(
    token: Token, offset: int, mentions: list[Mention]
) -> list[tuple[Actor, str | None]]:
    """The first leader named just after a verb trigger, when the parse lost its object.

    "spoke today with President Ivan Duque of Colombia to express..." is often parsed with
    Duque as the subject of "express"; the first name within a few words still is the object.
    """
    start = offset + token.idx + len(token.text)
    for mention in mentions:
        near = start <= mention.start <= start + 60
        if near and len(mention.actors) == 1 and not mention.actors[0].id.startswith("person:"):
            return [(mention.actors[0], lex.OBJECT_ROLE.get(token.lemma_.lower()))]
    return []


def context_pair(
    pool: list[Mention], main_pair: tuple[Actor, ...]
) -> list[tuple[Actor, str | None]]:
    """The two leaders a sentence means when it says only "the summit" or "was received".

    `pool` is what the section has named so far, this sentence's clause included: the
    article's two main leaders when it names either of them or no one yet, and, in a long
    text, both of them in the last few paragraphs (a briefing that discussed Biden and Putin
    pages ago means neither by "Today's visit" to a school); else the last two leaders of two
    countries it names within a few sentences (in a long briefing, two leaders named pages
    apart are no pair; "President Rivlin" and "Prime Minister Bennett" are one country's
    leadership).
    """
    named = {a.id for m in pool for a in m.actors}
    near = pool[-1].start - _LAST_PAIR_REACH if pool else 0
    recent = {a.id for m in pool if m.start >= near - _MAIN_PAIR_REACH for a in m.actors}
    pair = {a.id for a in main_pair}
    long_text = bool(pool) and pool[-1].start - pool[0].start > 2 * _MAIN_PAIR_REACH
    if main_pair and (not named or (named & pair and (pair <= recent or not long_text))):
        return [(actor, None) for actor in main_pair]
    return [(actor, None) for actor in last_pair([m for m in pool if m.start >= near], True)]
