"""Triggers: the words that announce an encounter, and the kind and format they give it.

A verb such as "met" or "phoned", a noun such as "summit" or "handshake", with the checks that
keep look-alikes out ("called the talks candid", "sees China as a rival").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from parley.extract import encounter_lexicon as lex


@dataclass(frozen=True)
class Trigger:
    token: Token
    kind: str
    format: str


def _restates(noun: Token) -> bool:
    """A noun set after another trigger by a comma, as its apposition ("a video call, their
    first conversation in months"), however the parse hangs it: that trigger's encounter."""
    if noun.dep_ in {"appos", "npadvmod"}:  # "spoke by telephone, a long conversation"
        return find_trigger(noun.head) is not None
    left = noun.left_edge
    owned = any(c.dep_ == "poss" or c.lower_ == "the" for c in noun.children)
    if not owned or left.i < 2 or noun.doc[left.i - 1].text != ",":
        return False
    before = noun.doc[left.i - 2]
    return before.pos_ == "NOUN" and find_trigger(before) is not None


def _remote(noun: Token) -> bool:
    """A conference held over a line: "video conference", "telephone conference"."""
    return any(
        c.dep_ in {"compound", "amod"} and c.lower_ in {"video", "telephone", "phone"}
        for c in noun.children
    )


def _onward(verb: Token) -> bool:
    """ "Xi went on to Duisburg", "she travelled on to Chengdu": one traveller's next leg,
    away from the host just met (but "the two went on to Kyoto together" go on together)."""
    on = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "on" for c in verb.children)
    company = any(c.lower_ in {"together", "with"} for c in verb.children)
    return on and not company and not _plural_subject(verb)


def find_trigger(token: Token) -> Trigger | None:
    """The encounter a token announces, if any."""
    lemma = lex.lemma_of(token.lemma_)
    if token.pos_ in {"VERB", "AUX"} and _plural_noun_misread(token):
        # "broader calls with other leaders": many calls, no one event; "talks" are one
        return Trigger(token, *lex.NOUN_TRIGGERS["talk"]) if lemma == "talk" else None
    if token.pos_ in {"VERB", "AUX"}:
        if lemma == "call":
            particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
            # "called on Congress", "called for talks": the preposition right after the verb
            preps = {c.lower_ for c in token.children if c.dep_ == "prep" and c.i == token.i + 1}
            if particles or preps & {"for", "on", "upon"} or _names_something(token):
                return None
        if lemma == "meet" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.MET_OBJECTS for c in token.children
        ):
            return None  # "once the West met its demands"
        if lemma in {"receive", "welcome", "host"} and _takes_a_thing(token):
            return None  # "received a beautiful letter", "welcomed the decision"
        if lemma in {"speak", "talk"} and not _converses(token):
            return None  # "let him speak for himself", "spoke about this from the podium"
        if lemma == "shake" and not any(c.lemma_ == "hand" for c in token.children):
            return None
        if lemma == "sit" and not _sits_with(token):
            return None
        if lemma == "stand" and not _stands_beside(token):
            return None
        if lemma == "see" and not _sees_someone(token):
            return None
        if lemma == "reach" and not _reaches_someone(token):
            return None  # "reached an agreement", "reached Beijing"
        if lemma == "join" and _takes_a_person(token):
            if _by_phone_in_clause(token):
                return Trigger(token, "call", "formal")  # "Merkel joined Xi by video"
            told = token.tag_ == "VBD"  # (not "asked them to join him at the Élysée")
            if told and _joined_at(token):
                return Trigger(token, "meeting", "formal")  # "joined him at the White House"
        if lemma == "spend" and _spent_with(token):
            return Trigger(token, "meeting", "formal")  # "spent an hour with the candidate"
        if lemma == "spend" and _plural_subject(token) and _placed_here(token):
            return Trigger(token, "meeting", "formal")  # "the two men spent hours in Sochi"
        if lemma == "be" and _on_the_line(token):
            return Trigger(token, "call", "formal")  # "Kohl was on the telephone to him"
        if lemma in lex.GATHERING_VERBS:
            # "they gathered in the Palace of Independence": many meeting together; "Biden
            # convened Scholz, Macron and Trudeau by video": a host bringing them together
            convened = _takes_a_person(token)
            if convened and _by_phone_in_clause(token):
                return Trigger(token, "call", "formal")
            together = _plural_subject(token) or convened
            return Trigger(token, "meeting", "formal") if together else None
        if lemma in lex.JOINT_ACTS:
            if _plural_subject(token) and _by_phone_in_clause(token):
                return Trigger(token, "call", "formal")  # "they discussed Ukraine by telephone"
            # "in Sochi, they agreed to a demilitarised zone": agreeing or signing together
            # somewhere is meeting there
            together = _plural_subject(token) and _placed_here(token)
            return Trigger(token, "meeting", "formal") if together else None
        if lemma in lex.TELLING:
            # "in Astana, Putin told him": telling someone somewhere is being there with them
            face_to_face = _addressee(token) and _placed_here(token)
            return Trigger(token, "meeting", "formal") if face_to_face else None
        if lemma == "play" and any(
            c.dep_ in {"dobj", "attr"} and c.lemma_.lower() == "host" for c in token.children
        ):
            return Trigger(token, "meeting", "formal")  # "played host to the Group of Seven"
        if lemma == "play":
            games = [c for c in token.children if c.dep_ == "dobj"]
            played = any(c.lemma_.lower() in lex.PASTIMES for c in games)
            return Trigger(token, "meeting", "informal") if played else None
        if lemma == "share" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.SHARED_PLACES for c in token.children
        ):
            return Trigger(token, "meeting", "formal")  # "shared the stage with his guest"
        if lemma == "take" and _takes_someone(token) and _destination(token):
            return Trigger(token, "visit", "informal")  # "Putin took his guest to St Petersburg"
        if lemma == "bring" and any(
            c.lower_ == "together" and token in (c.head, c.head.head) for c in token.subtree
        ):
            return Trigger(token, "meeting", "formal")  # "bringing Merkel and Putin together"
        if lemma == "bring":
            # "bring the G7 leaders to Washington": having them come is a visit
            taken = any(c.dep_ == "dobj" for c in token.children)
            return Trigger(token, "visit", "formal") if taken and _destination(token) else None
        if lemma in lex.MOTION_VERBS:
            # ("Biden's first call went to Trudeau": a call or a letter travels, no one goes)
            travels = _destination(token) and not _told_by_a_thing(token)
            return Trigger(token, "visit", "formal") if travels and not _onward(token) else None
        if lemma == "be" and any(_destination(c) for c in back_of(token)):
            return Trigger(token, "visit", "formal")  # "Putin was back in Ankara"
        if lemma == "expect" and _expected_somewhere(token):
            return Trigger(token, "visit", "formal")  # "Lukashenko is expected in Moscow"
        if lemma == "call" and _called_at(token):
            return Trigger(token, "visit", "formal")  # "called at his hotel": in person
        if _at_someones_side(token):
            return Trigger(token, "meeting", "informal")  # "watched the parade at Putin's side"
        if lemma in lex.VERB_TRIGGERS:
            kind, fmt = lex.VERB_TRIGGERS[lemma]
            return Trigger(token, kind, fmt)
        return None
    if token.lemma_.lower() == "conference" and _remote(token):
        return Trigger(token, "call", "formal")  # "in another video conference"
    if token.lower_ == "one" and token.pos_ == "NUM":
        return _one_of(token)
    if token.lower_ == "one" and token.pos_ == "NOUN":
        return _next_one(token)
    if token.pos_ in {"NOUN", "PROPN"} and lemma in lex.NOUN_TRIGGERS:
        kind, fmt = lex.NOUN_TRIGGERS[lemma]
        if _restates(token):
            return None  # "held a video call, their first conversation in months": the call
        if _came_from(token):
            return None  # "wrote from the G20 summit in Osaka": where he was, not a meeting
        if _on_the_way_to(token):
            return None  # "stopped in New York on his way to a summit": where he went next
        if token.dep_ == "dobj" and token.head.lemma_.lower() == "address":
            return None  # "addressed a joint meeting of Congress": an audience, not a partner
        if _part_of_another(token):
            return None  # "a session of the summit": the summit tells it
        if _a_part_told(token):
            return None  # "wrecked the second half of the trip": a part, which the text tells
        if token.dep_ == "pobj" and token.head.lower_ == "without":
            return None  # "this time without a formal bilateral": the one that did not happen
        if _counted_from(token):
            return None  # "three weeks after the dinner": a time counted from one told before
        if lemma == "invitation" and token.dep_ == "pobj" and token.head.lower_ in _MANNER:
            return None  # "flew to Moscow at Putin's invitation": how the visit came about
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i > token.i:
            return None  # "a golf driver", "the dinner table": a thing, not an event
        if lemma in {"phone", "telephone"} and _medium_of(token):
            return None  # "spoke by phone": the verb tells the call, the phone how
        if lemma in {"phone", "telephone"} and _handed(token):
            return None  # "handed the phone to Netanyahu": a thing passed, not a call
        if lemma == "exchange" and not any(
            c.lemma_ in {"brief", "short", "warm"} for c in token.children
        ):
            return None
        if lemma == "talk" and token.tag_ != "NNS":
            return None
        if token.tag_ == "NNS" and lemma != "talk" and not calls_answered(token):
            if lemma in {"exchange", "handshake"} and _brief(token):
                return Trigger(token, kind, "informal")  # "brief exchanges on the sidelines"
            return None  # "four years of meetings", "summits from Mexico to Peru": no one event
        modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
        if modifiers & lex.NOT_LEADERS:
            return None  # "military talks", "trade talks": officials, not the leaders
        if lemma == "call" and {t.lower_ for t in token.sent} & lex.PRESS_CALL:
            return None  # "this call is on background": a call with the press
        if lemma in {"call", "conversation"} and _this_call(token):
            return None  # "today's conversation is on background"
        if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
            return None  # "backed his host's call for an Olympic truce": an appeal
        return Trigger(token, kind, fmt)
    return None


_MANNER = frozenset({"at", "on", "upon"})


def _part_of_another(noun: Token) -> bool:
    """Whether an encounter noun names a part of the one its of-phrase names."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            c.dep_ == "pobj" and lex.lemma_of(c.lemma_) in lex.NOUN_TRIGGERS for c in prep.children
        )
        for prep in noun.children
    )


_PARTS = frozenset({"half", "part", "rest", "leg", "remainder", "portion", "stretch"})


def _a_part_told(noun: Token) -> bool:
    """Whether an encounter noun is only the whole a part of it is told of ("the second half
    of the trip was called off"): the part, not the trip, is what happened."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _PARTS


def _handed(noun: Token) -> bool:
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"hand", "pass", "give"}


def _called_at(verb: Token) -> bool:
    """ "called at his hotel": calling on someone where they stay, not phoning them."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "at"
        and any(
            c.dep_ == "pobj" and (c.lemma_.lower() in lex.THINGS or c.ent_type_ == "FAC")
            for c in prep.children
        )
        for prep in verb.children
    )


def _plural_noun_misread(verb: Token) -> bool:
    """A plural noun the tagger read as a verb: "broader calls", "the talks" have adjectives
    and articles, which no verb has."""
    return verb.tag_ == "VBZ" and any(c.dep_ in {"amod", "det"} for c in verb.children)


def calls_answered(noun: Token) -> bool:
    """ "took his calls", "did not return her calls": calls someone takes or not."""
    answered = noun.dep_ == "dobj" and noun.head.lemma_ in lex.ANSWERED
    return answered and noun.lemma_.lower() == "call"


def _medium_of(noun: Token) -> bool:
    """Whether a noun is the means of an encounter verb: "spoke by phone", "talked over the
    telephone"."""
    prep = noun.head
    verb = prep.head
    by_means = noun.dep_ == "pobj" and prep.lower_ in {"by", "over", "via"}
    return by_means and verb.pos_ == "VERB" and find_trigger(verb) is not None


def _by_phone_in_clause(verb: Token) -> bool:
    """ "by telephone" anywhere in the verb's own clause, wherever the parse hangs it ("had
    discussed Ukraine and the missing flight by telephone")."""
    return any(_by_phone(t) and clause_head(t) == verb for t in verb.subtree)


def _expected_somewhere(verb: Token) -> bool:
    """ "Lukashenko is expected in Moscow": a person awaited at a place."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    guest = any(c.dep_ == "nsubjpass" and _a_person(c) for c in verb.children)
    return passive and guest and _destination(verb)


def _on_the_way_to(noun: Token) -> bool:
    """ "on his way to a summit in Peru": a destination passed on the way, which the sentence
    tells nothing of."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() == "way"


def _came_from(noun: Token) -> bool:
    """Whether a noun names where someone came or spoke from ("from the Group of 20 summit")."""
    current = noun
    while current.dep_ == "pobj":
        prep = current.head
        if prep.lower_ == "from":
            return True
        if prep.lower_ != "of" or prep.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        current = prep.head
    return False


def _this_call(call: Token) -> bool:
    """ "this call", "tonight's call", "today's conversation" with no one it is with: the call
    the speaker is on, a call with the press."""
    here = any(
        (c.dep_ == "det" and c.lower_ == "this")
        or (c.dep_ == "poss" and c.lower_ in {"today", "tonight", "evening", "morning"})
        for c in call.children
    )
    partners = any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in call.children)
    return here and not partners


_GROUP_SUBJECTS = frozenset({"they", "them", "we", "pair", "duo", "two", "both"})


def _plural_subject(verb: Token) -> bool:
    """ "they agreed", "the two leaders signed", "Putin and Erdogan agreed", and a second
    name however the parse nests it ("Biden, Jr. and President Sánchez spoke")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in _GROUP_SUBJECTS or subject.tag_ == "NNS":
            return True  # ("the pair talked", "the two met")
        if subject.pos_ == "NUM" and subject.like_num and subject.lower_ != "one":
            return True  # ("the four talked for about an hour")
        if any(
            t.dep_ == "conj" and (t.head.i == subject.i or t.pos_ == "PROPN")
            for t in subject.subtree
        ):
            return True
    return False


# "spoke to some of the key issues": things, or a share of them, not people
_NOT_PARTNERS = frozenset(
    {"it", "this", "that", "these", "those", "what", "which", "some", "any", "much", "most"}
)
_PARTNER_NOUNS = frozenset(
    {"counterpart", "president", "leader", "minister", "chancellor", "premier", "king",
     "queen", "emir", "sultan", "prince", "taoiseach", "head", "pope"}
)  # fmt: skip


def _converses(verb: Token) -> bool:
    """Speaking or talking *with someone*: "spoke with Xi", "talked to him", "the two leaders
    spoke"; not "spoke about this", "speak to their operations", "speak for himself"."""
    if any(c.lower_ == "publicly" or (c.lower_ == "in" and _public(c)) for c in verb.children):
        return False  # "both sides spoke warmly in public": to an audience
    # (a fronted "with infections climbing" sets the scene; a partner follows the verb)
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"with", "to"} and c.i > verb.i and not _company(c)
    ]
    following = _word_after(verb)  # the parse may hang "with" on the clause that follows
    if following is not None and following.lower_ in {"with", "to"} and following.pos_ != "PART":
        preps.append(following)
    if preps:
        return any(_partner(prep) for prep in preps)
    by_phone = any(
        _by_phone(g) for prep in verb.children if prep.dep_ == "prep" for g in prep.subtree
    )
    return by_phone or _plural_subject(verb)


_TO_THE_OTHER = frozenset({"over", "down", "across"})  # a journey to the other's country
_JOURNEYS = frozenset({"fly", "travel", "journey", "drive"})


def _at_someones_side(verb: Token) -> bool:
    """ "watched the parade at Putin's side", "stood by his side": beside someone named."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"at", "by"}
        and any(
            side.dep_ == "pobj"
            and side.lemma_.lower() == "side"
            and any(c.dep_ == "poss" and c.pos_ in {"PROPN", "PRON"} for c in side.children)
            for side in prep.children
        )
        for prep in verb.children
    )


def _told_by_a_thing(verb: Token) -> bool:
    """Whether a verb's subject is a call, a letter or another thing that is sent ("the call
    went to Trudeau"; but "their encounter came in Madrid" is where they met)."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _SENT_THINGS for c in verb.children)


_SENT_THINGS = frozenset(
    {"call", "letter", "message", "note", "invitation", "offer", "email", "cable"}
)


def _company(prep: Token) -> bool:
    """ "with only interpreters present": who was in the room, not whom they talked with; "with
    the crisis at the top of the agenda": how things stood, no one at all."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return any(c.lower_ == "present" for o in objects for c in o.children) or any(
        o.pos_ == "NOUN"
        and o.lemma_.lower() not in _PARTNER_NOUNS
        and any(c.dep_ == "prep" and c.lower_ in {"at", "on", "in"} for c in o.children)
        for o in objects
    )


def topic_only(verb: Token) -> bool:
    """Speaking with no one named, only about something: "they also spoke about Gaza", "the
    two leaders spoke of the importance of aid" tells the topic of an encounter."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"speak", "talk"}:
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return bool(preps & {"about", "of", "on"}) and not preps & {"with", "to", "by", "over"}


def _public(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lower_ == "public" for c in prep.children)


def _word_after(token: Token) -> Token | None:
    """The next word of the sentence past adverbs ("spoke today with")."""
    for word in token.doc[token.i + 1 : token.sent.end]:
        if word.pos_ not in {"ADV", "PUNCT"} and word.dep_ != "npadvmod":
            return word
    return None


def _partner(prep: Token) -> bool:
    """Whether the phrase after "with" or "to" names a person one can talk with: a name, a
    personal pronoun, a leader's title ("with democratic opposition leader Tsikhanouskaya")."""
    for word in prep.doc[prep.i + 1 : min(prep.i + 6, prep.sent.end)]:
        if word.pos_ == "PROPN" or word.lemma_.lower() in _PARTNER_NOUNS:
            return True
        if word.pos_ == "PRON" and word.tag_ != "PRP$":
            return word.lower_ not in _NOT_PARTNERS
        if word.pos_ not in {"DET", "ADJ", "NOUN", "ADV", "PRON"}:
            return False
    return False


def _addressee(verb: Token) -> bool:
    """A person told: "told him", "told Zelenskyy" (not "told reporters", "told the summit")."""
    return any(
        c.dep_ in {"dobj", "dative"} and (c.pos_ == "PROPN" or c.lower_ in {"him", "her"})
        for c in verb.children
    )


def _placed_here(verb: Token) -> bool:
    """A place phrase on the verb itself: "in Sochi, they agreed", "in the Kremlin, the pair
    signed", "on the sidelines, the two men fixed the date"."""
    return any(
        prep.dep_ == "prep" and any(_locates(prep, c) for c in prep.children if c.dep_ == "pobj")
        for prep in verb.children
    )


_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})


def _locates(prep: Token, place: Token) -> bool:
    if prep.lower_ == "on":
        return place.lemma_.lower() in _SIDELINES
    named = place.ent_type_ in {"GPE", "FAC", "LOC"} or place.pos_ == "PROPN"
    dated = place.ent_type_ in {"DATE", "TIME"}  # "in January 2021" is when, not where
    return prep.lower_ in {"in", "at"} and named and not dated


def _one_of(one: Token) -> Trigger | None:
    """ "Calls followed through the spring, including one on May 3": the "one" that picks an
    encounter out of plural ones told in its sentence, when a date or place singles it out."""
    if not any(c.dep_ == "prep" and c.lower_ != "of" for c in one.children):
        return None  # "one of them", "one day": nothing tells which
    for word in one.sent:
        lemma = word.lemma_.lower()
        if word.tag_ == "NNS" and lemma in lex.NOUN_TRIGGERS and word.i < one.i:
            kind, fmt = lex.NOUN_TRIGGERS[lemma]
            return Trigger(one, kind, fmt)
    return None


_ORDINALS = frozenset({"next", "following", "second", "third", "last", "first"})


def _next_one(one: Token) -> Trigger | None:
    """ "our new meeting. I hope that the next one will be held in Moscow": "one" with an
    ordinal stands for the encounter noun told last in the paragraph."""
    if not any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in one.children):
        return None
    told = [
        w for w in one.doc[: one.i] if w.pos_ == "NOUN" and w.lemma_.lower() in lex.NOUN_TRIGGERS
    ]
    if not told:
        return None
    kind, fmt = lex.NOUN_TRIGGERS[told[-1].lemma_.lower()]
    return Trigger(one, kind, fmt)


def _destination(token: Token) -> bool:
    """A motion verb that names a place it goes to: "flew to Sochi", "arrived in Kyiv",
    "landed at Sunan airport"."""
    preps = {"to", "in", "into", "aboard", "onto"}
    if token.lemma_.lower() in lex.ARRIVAL_VERBS:
        preps = preps | {"at"}
    # "had gone back to Sochi": the place may hang on "back"
    heads = [token, *back_of(token)]
    journey = token.lemma_.lower() in _JOURNEYS  # ("will go down in history" is no trip)
    if journey and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ in _TO_THE_OTHER for c in token.children
    ):
        return True  # "offered to fly down", "on the 7th Blair flew over for talks"
    for prep in (c for head in heads for c in head.children):
        if (
            prep.dep_ in {"prep", "dative"}  # ("brought the plan to the White House": dative)
            and prep.lower_ in preps
            and any(
                c.dep_ == "pobj"
                and (
                    c.ent_type_ in {"GPE", "FAC", "LOC"}
                    or c.pos_ == "PROPN"
                    or _someones(c)
                    or _a_country_s_capital(c)
                )
                for c in prep.children
            )
        ):
            return True
    return False


def capital_owners(noun: Token) -> list[Token]:
    """The words that say whose capital a noun is: "the Russian capital", "Belarus's
    capital"; none when the noun is no capital."""
    if noun.lemma_.lower() != "capital" or noun.pos_ != "NOUN":
        return []
    return [c for c in noun.children if c.dep_ in {"amod", "compound", "poss"}]


def _a_country_s_capital(noun: Token) -> bool:
    """ "back in the Russian capital", "to Belarus's capital"."""
    return any(c.ent_type_ in {"NORP", "GPE"} for c in capital_owners(noun))


def _takes_someone(verb: Token) -> bool:
    """ "took his guest", "took him": a person taken along, not "took a decision"."""
    return any(
        c.dep_ == "dobj" and (c.lower_ in {"him", "her", "them"} or c.lemma_.lower() in _PEOPLE)
        for c in verb.children
    )


def _someones(noun: Token) -> bool:
    """A building someone owns or stays in: "Bush's ranch", "the Russian president's hotel"."""
    owned = any(c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"} for c in noun.children)
    return owned and noun.lemma_.lower() in lex.THINGS


def back_of(verb: Token) -> list[Token]:
    """ "was back in Ankara": the "back" of a return, which carries the place."""
    return [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"]


def _spent_with(verb: Token) -> bool:
    """ "spent more than an hour with the candidate", "spent the day with him": time passed in
    someone's company."""
    return any(
        _a_person(g)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
    )


def _takes_a_person(verb: Token) -> bool:
    """ "joined Xi", "convened Scholz, Macron and Trudeau", "joined him": a person as object."""
    return any(c.dep_ == "dobj" and _a_person(c) for c in verb.children)


def _a_person(word: Token) -> bool:
    """A name, a personal pronoun, or a noun for people."""
    return (
        word.pos_ == "PROPN"
        or word.lower_ in {"him", "her", "them"}
        or word.lemma_.lower() in _PEOPLE
    )


def lines_of(verb: Token) -> list[Token]:
    """The telephone or line a "be" is on, back or not: "was (back) on the line"."""
    holders = [verb, *back_of(verb)]
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in {"phone", "telephone", "line"}
    ]


def _on_the_line(verb: Token) -> bool:
    """ "was on the telephone to him", "were back on the line with Putin": a call going on."""
    return any(
        p.lower_ in {"to", "with"} and any(g.dep_ == "pobj" for g in p.children)
        for line in lines_of(verb)
        for p in (*line.children, *verb.children)
        if p.dep_ == "prep"
    )


def _joined_at(verb: Token) -> bool:
    """ "joined him and Trudeau at the White House", "joined the president for the summit":
    joining someone somewhere or for an encounter is meeting them."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "for" and find_trigger(pobj) is not None:
                return True
            if _locates(prep, pobj):
                return True
    return False


def _sits_with(verb: Token) -> bool:
    """ "sat down with", "sat near Putin", "sat side by side", "sat facing each other":
    sitting as an encounter."""
    words = {c.lower_ for c in verb.children}
    facing = any(c.lemma_.lower() == "face" for c in verb.children)
    return facing or bool(
        words & {"down", "near", "beside", "next", "together", "opposite", "alongside", "side"}
    )


def _stands_beside(verb: Token) -> bool:
    """ "standing alongside Xi", "stood beside him", "the two men had stood together" — not
    "stood by the decision"."""
    if any(c.lower_ == "together" for c in verb.children) and _plural_subject(verb):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"beside", "alongside"}
        and any(c.dep_ == "pobj" and c.pos_ in {"PROPN", "PRON"} for c in prep.children)
        for prep in verb.children
    )


def _sees_someone(verb: Token) -> bool:
    """ "saw each other", "to see Putin" — not "sees China as a rival" or "saw a chance"."""
    if any(c.lower_ == "as" for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj" and (c.pos_ in {"PROPN", "PRON"} or c.lower_ == "other")
        for c in verb.children
    )


_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "fortnight"})


def _counted_from(noun: Token) -> bool:
    """Whether an encounter noun is what a span of time is counted from, told before ("three
    weeks after the dinner", "a year after the White House visit"): the anchor of another
    time. One told there first ("two days after his video call with Putin") is an encounter."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"after", "before"}:
        return False
    told_before = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if not told_before or any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS for c in prep.children)


def _brief(noun: Token) -> bool:
    """ "brief, informal exchanges", "handshakes and brief exchanges": the passing contact of
    one occasion, however many words were exchanged."""
    nouns = [noun, *(c for c in noun.children if c.dep_ == "conj"), noun.head]
    return any(
        c.lower_ in {"brief", "short", "informal", "quick"} for n in nouns for c in n.children
    )


def _reaches_someone(verb: Token) -> bool:
    """ "reached the president-elect", "reached Xi by phone": a person, not a place or a deal."""
    return any(
        c.dep_ == "dobj"
        and c.ent_type_ not in {"GPE", "LOC", "FAC", "ORG"}
        and (
            c.pos_ in {"PROPN", "PRON"}
            or {c.lemma_.lower(), *(g.lower_ for g in c.children if g.dep_ == "compound")}
            & _PARTNER_NOUNS
        )
        for c in verb.children
    )


def _takes_a_thing(verb: Token) -> bool:
    """Whether a verb of receiving takes a thing, not a person or a gathering: "received a
    letter", "welcomed the progress" (but "welcomed his counterpart", "hosted a dinner")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.pos_ in {"PROPN", "PRON"} or c.lemma_.lower() in _PEOPLE for c in objects):
        return False  # "received Xi at Filoli, a historic estate": the parse's second object
    return any(
        c.pos_ == "NOUN"
        and c.lemma_.lower() not in _PEOPLE
        and lex.lemma_of(c.lemma_) not in lex.NOUN_TRIGGERS
        for c in objects
    )


_PEOPLE = _PARTNER_NOUNS | {
    "delegation",
    "guest",
    "visitor",
    "couple",
    "family",
    "candidate",
    "nominee",
}


def misread_phoning(call: Token) -> bool:
    """ "Trump called Moon on the night of May 10", parsed as a Trump who is called Moon: a
    name "called" another name, as the parse hangs a participle on a name."""
    return (
        call.dep_ == "acl"
        and call.head.pos_ == "PROPN"
        and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in call.children)
    )


def _names_something(call: Token) -> bool:
    """ "called the talks candid", "called Xi a dictator": calling as naming, not phoning."""
    for child in call.children:
        timely = child.ent_type_ in {"DATE", "TIME"} or child.lower_ in _TIMES_OF_DAY
        if child.dep_ == "oprd" and not timely and not misread_phoning(call):
            return True
        if child.dep_ in {"xcomp", "ccomp", "acomp"} and child.pos_ in {"ADJ", "NOUN"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "by" and _names_by(child):
            return True  # "called his host by his nickname"
        if child.dep_ == "dobj" and any(
            g.dep_ == "appos" and _quoted_from(g) for g in child.children
        ):
            return True  # 'called his guest "the dearest friend of the Korean people"'
    return False


def _quoted_from(phrase: Token) -> bool:
    """Whether a phrase opens with a quotation mark."""
    first = phrase.left_edge
    before = first.nbor(-1) if first.i > 0 else None
    return first.tag_ == "``" or (before is not None and before.tag_ == "``")


_NAMES = frozenset({"name", "nickname", "surname", "title"})


def _names_by(by: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _NAMES for c in by.children)


_TIMES_OF_DAY = {"evening", "morning", "night", "afternoon", "day", "week"}


_SPEAKING = frozenset({"speak", "talk", "conversation"})


def medium_told(trigger: Trigger, words: set[str]) -> bool:
    """Whether the sentence says by phone or in person: "the conversation took place at India's
    request" does not, and is the conversation told before, whichever it was."""
    ambiguous = trigger.token.lemma_.lower() in _SPEAKING
    in_person = bool(words & lex.IN_PERSON_MARKERS) or _spoken_somewhere(trigger.token)
    return not ambiguous or in_person or _names_a_call(trigger.token.sent)


def _spoken_somewhere(token: Token) -> bool:
    """Speaking with someone in a named place, or the place just told: "spoke to Netanyahu in
    Tel Aviv", "spoke there about the fighting"."""
    there = any(c.dep_ == "advmod" and c.lower_ == "there" for c in token.children)
    return token.pos_ == "VERB" and (_placed_here(token) or there)


def _names_a_call(sentence: Span) -> bool:
    """Whether a sentence says phone or video: "by phone", "a video call", "virtually" (not
    "who call each other 'dear friend'")."""
    return any(t.lower_ in lex.CALL_MARKERS and t.pos_ != "VERB" for t in sentence)


def kind_and_format(trigger: Trigger, words: set[str]) -> tuple[str, str]:
    kind, fmt = trigger.kind, trigger.format
    lemma = trigger.token.lemma_.lower()
    if lemma in _SPEAKING:
        if _names_a_call(trigger.token.sent):
            kind = "call"
        elif words & lex.IN_PERSON_MARKERS:
            # "spoke on the sidelines" is a word in person; "talks" there are still talks
            kind = "meeting"
            fmt = fmt if lemma == "talk" and trigger.token.pos_ != "VERB" else "informal"
        elif _spoken_somewhere(trigger.token):
            kind = "meeting"  # "spoke to Netanyahu in Tel Aviv": there, with him
        elif lemma == "talk" and trigger.token.pos_ == "VERB":
            kind = "meeting"  # "talked for four hours": in person unless a phone is named
    # the trigger's own clause: in "came to the White House, when he joined them for a dinner",
    # the dinner is not how he came; "met in person in Bali, and spoke by phone in January"
    tokens = clause_of(trigger.token)
    clause = {t.lower_ for t in tokens}
    if kind == "meeting" and any(_by_phone(t) for t in tokens):
        kind = "call"
    if kind == "meeting" and _held_online(trigger.token):
        kind = "call"  # "a virtual summit", "a video meeting": no one travelled
    if kind != "call" and clause & lex.INFORMAL_MARKERS:
        fmt = "informal"
    return kind, fmt


_CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "conj", "parataxis", "acl", "pcomp"})


def _by_phone(word: Token) -> bool:
    """A phone or video link as the means of talking: "by phone", "over the telephone", "a
    phone call", "by video"; not "a direct telephone line"."""
    lower = word.lower_
    if lower == "videoconference":
        return True
    if lower not in {"phone", "telephone", "video", "videolink"}:
        return False
    if word.dep_ == "compound" and word.head.lemma_.lower() == "link":
        word = word.head  # "by video link": the link is the means
    means = word.dep_ == "pobj" and word.head.lower_ in {"by", "over", "on", "via"}
    return means or (word.dep_ == "compound" and word.head.lemma_.lower() in _SPEAKING_NOUNS)


_SPEAKING_NOUNS = frozenset({"call", "conversation", "talk", "discussion", "conference"})


def _held_online(noun: Token) -> bool:
    """A meeting noun held over a screen: "a virtual summit", "their video meeting"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in {"virtual", "video", "online"}
        for c in noun.children
    )


def clause_head(token: Token) -> Token:
    """The verb whose clause a token stands in (the sentence's root when no verb is above)."""
    head = token
    while head.pos_ not in {"VERB", "AUX"} and head.dep_ != "ROOT":
        head = head.head
    return head


def clause_of(token: Token) -> list[Token]:
    """The clause a trigger stands in, without the clauses nested in it: in "Abe came to the
    White House, when he joined the Trumps for a dinner", the dinner is not how he came."""
    head = clause_head(token)
    tokens: list[Token] = []
    stack = [head]
    while stack:
        current = stack.pop()
        tokens.append(current)
        stack += [
            c
            for c in current.children
            if not (c.dep_ in _CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"} and c.i != token.i)
        ]
    return tokens
