"""Status: whether an encounter was held, cancelled, postponed, proposed, scheduled or declined.

Read from the verbs that govern the trigger ("called off the summit"), negation and modality
("would not meet"), conditionals and habits ("if the meeting goes ahead", "whenever they
meet"), and from words that make a noun refer back ("the summit") or tell a new one ("the
second summit").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from parley.extract import encounter_lexicon as lex
from parley.extract.titles import LEADER_TITLES
from parley.extract.triggers import Trigger, calls_answered, clause_head, misread_phoning

_PAST_AUX = frozenset({"had", "has", "have", "was", "were"})
_SETTING_PREPS = {
    "at",
    "in",
    "on",
    "during",
    "after",
    "before",
    "since",
    "amid",
    "following",
    "ahead",
}

_WHERE_PREPS = frozenset({"in", "at", "on"})
_TIME_NOUNS = frozenset({"end", "start", "beginning", "close", "height", "time", "eve"})
# "whenever they sit down", "the two men rarely met": habits, not one encounter
_HABITS = frozenset(
    {"whenever", "wherever", "rarely", "seldom", "often", "frequently", "regularly", "usually"}
)
_LONG_SPANS = frozenset({"week", "month", "year", "decade"})  # "for two years", not "for hours"
_QUANTIFIERS = frozenset({"most", "many", "some", "several", "other", "few", "numerous"})
_OWN_CLAUSE_MARKS = frozenset({"as", "while", "when", "whereas", "although", "though"})

_NEW_ONE = {
    "second",
    "third",
    "fourth",
    "fifth",
    "next",
    "another",
    "new",
    "later",
    "further",
    "last",
    "final",
    "first",
}


_WILL = frozenset({"will", "'ll", "shall"})  # a future the text states
_MIGHT = frozenset({"would", "could", "might", "may"})  # one it only supposes
MODALS = _WILL | _MIGHT  # what someone will or would do, not what they did


def governors(token: Token, limit: int = 4) -> list[Token]:
    """The chain of verbs (and nouns) above a trigger, nearest first."""
    chain, current = [], token
    for _ in range(limit):
        if current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
        if current.dep_ not in {
            "xcomp",
            "dobj",
            "pobj",
            "prep",
            "ccomp",
            "acomp",
            "attr",
            "nsubjpass",
            "nsubj",
            "advcl",
            "relcl",
            "acl",
            "conj",
            "advmod",  # "stayed away from the summit"
            "npadvmod",  # "expecting you next spring on a state visit": a time told on its way
            "pcomp",  # "looking forward to hosting you on a visit"
        }:
            break
    return chain


def _went_on(verb: Token) -> bool:
    """Whether a verb is followed by one it shares its subject with, told as past: "had been
    scheduled for 15 minutes and ran well over an hour"."""
    return any(
        c.dep_ == "conj" and c.tag_ == "VBD" and not any(g.dep_ == "nsubj" for g in c.children)
        for c in verb.children
    )


# "would have liked to meet": a wish, not a plan that fell through
_WISHES = frozenset({"like", "love", "want", "prefer", "wish", "hope", "be"})


def _about_length(verb: Token) -> bool:
    """Whether a plan concerns how long, not whether: "the talks had been expected to last
    half an hour" (they were held, and ran longer)."""
    return any(c.dep_ == "xcomp" and c.lemma_ in lex.LENGTH_VERBS for c in verb.children)


def _hoped_for(verb: Token) -> bool:
    """Whether a clause is what someone hopes or wishes: "I hope that it will be held"."""
    return any(a.lemma_.lower() in {"hope", "wish"} for a in list(verb.ancestors)[:2])


def people_in(prep: Token) -> list[Token]:
    """ "On 16 March 2003 Bush, Blair and Aznar met": people the parse put in a phrase, not
    places."""
    return [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"]


def _habitual_or_conditional(token: Token) -> str | None:
    """ "Whenever they sit down" tells no one event; "if the meeting goes ahead" one not yet
    certain."""
    clause = token if token.pos_ in {"VERB", "AUX"} else token.head
    shared = [clause, clause.head] if clause.dep_ == "conj" else [clause]
    wheres = [
        [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in _WHERE_PREPS
            and _placed(c)
            and not people_in(c)
            and not (c.i > 0 and c.nbor(-1).lower_ == "not")  # "not in X but at Y": one place
        ]
        for verb in shared
    ]
    if any(_many_places(c) for found in wheres for c in found) or any(
        len(found) >= 3 for found in wheres
    ):
        return "habitual"  # what coordinated verbs share: "has received him in a palace and a
        # fortress, and flown to Moscow"; "met in Washington, in Kyiv, at summits"
    for _ in range(3):
        marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
        if marks & _HABITS or _summed_up(clause):
            return "habitual"
        if marks & {"if", "unless"}:
            return "conditional"
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return None


def _summed_up(verb: Token) -> bool:
    """ "sat down together seventeen times", "for more than two years met only on screens":
    many encounters summed up, no one of them."""
    for child in verb.children:
        counted = child.dep_ == "npadvmod" and child.lemma_.lower() == "time"
        if (
            counted
            and child.tag_ == "NNS"
            and any(n.dep_ in {"nummod", "amod"} for n in child.children)
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            spans = (c for c in child.children if c.dep_ == "pobj" and c.tag_ == "NNS")
            if any(c.lemma_.lower() in _LONG_SPANS for c in spans):
                return True
    return False


def _placed(prep: Token) -> bool:
    """A preposition of place, not of time: "at the castle", not "on Feb. 24", "at the end"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    timely = any(o.ent_type_ in {"DATE", "TIME"} or o.lemma_ in _TIME_NOUNS for o in objects)
    return bool(objects) and not timely


def _many_places(prep: Token) -> bool:
    """ "received him in a palace and a fortress", "met in Moscow and on the margins of
    summits": encounters in several places at once are many encounters."""
    if any(c.dep_ == "conj" and c.pos_ == "ADP" for c in prep.children):
        return True
    return any(
        c.dep_ == "pobj"
        and any(k.dep_ == "conj" and k.pos_ in {"NOUN", "PROPN"} for k in c.children)
        for c in prep.children
    )


def _status_governors(token: Token) -> list[Token]:
    """The governors whose verbs decide a trigger's status.

    The chain stops at a coordinated verb ("was postponed ..., and Zelenskyy was received"
    tells two events), at a clause that says what happened on a day, and at a setting told as
    past ("at the G7 summit, they signed"; "in a second call, Biden invited him"): there the
    encounter is the scene, not what the verb acts on. A setting still to come is what the
    verb plans ("we are expecting you next spring on a state visit").
    """
    chain: list[Token] = []
    current = token
    for governor in governors(token):
        if current.dep_ == "conj" and current.pos_ in {"VERB", "AUX"}:
            break
        if semicolon_between(current, governor):
            break  # "It took until Feb. 9 for them to speak again; in that call, Trump agreed"
        if current.dep_ == "relcl" and any(c.lower_ == "when" for c in current.children):
            break  # "did not talk until May 1, when they met": the day tells its own event
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _OWN_CLAUSE_MARKS for c in current.children
        ):
            break  # "urged Xi to help, as the two leaders held talks": what was going on
        setting = current.dep_ == "pobj" and governor.lower_ in _SETTING_PREPS
        setting = setting and not _invitation_for(governor)
        if setting and _told_as_past(clause_head(governor)):
            break  # but a scene not yet told as past is what the verb plans: "we are
            # expecting you next spring on a state visit", "to hosting you on a visit"
        if current.dep_ == "advcl" and current.tag_ == "VBG" and current.i < governor.i:
            break  # "Standing beside him, Biden promised": the scene, not what is promised
        chain.append(governor)
        current = governor
    return chain


def semicolon_between(a: Token, b: Token) -> bool:
    """ "Blinken went to Beijing; days later, Biden said ...": the parse may hang the first
    clause on the verb of the second, but a semicolon closes it."""
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low:high])


def _told_as_past(verb: Token) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(aux & _PAST_AUX))


def phrasal(token: Token) -> str:
    """A verb read with its particle: "called off" -> cancel, "looking forward" -> expect."""
    particle = next(
        (
            c.lower_
            for c in token.children
            if c.dep_ == "prt"
            or (c.dep_ == "advmod" and c.lower_ in {"forward", "back", "off", "away", "ahead"})
        ),
        "",
    )
    lemma = lex.lemma_of(token.lemma_)
    return lex.PHRASAL.get((lemma, particle), lemma)


def _planned_with_be(governor: Token) -> str | None:
    """ "Xi is to visit" (scheduled), "Biden was to host", "was due in Ankara" (proposed):
    "be" with a to-infinitive or "due" tells a plan; None when the verb is no such "be"."""
    if governor.lemma_.lower() != "be":
        return None
    planned = any(c.dep_ == "xcomp" and _infinitive(c) for c in governor.children)
    planned = planned or any(c.lower_ == "due" for c in governor.children)  # "was due in"
    if not planned:
        return None
    return "scheduled" if governor.tag_ in {"VBZ", "VBP"} else "proposed"


def _predicated(token: Token) -> bool:
    """Whether a noun trigger is said of another encounter the clause is about: in "the
    meeting is likely to be a negotiation", the negotiation is the meeting, not a second one."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in {"nsubj", "nsubjpass"}:
        return False
    for governor in governors(token, 6):
        if governor.lemma_ == "be":
            subjects = [c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(s.lemma_.lower() in lex.NOUN_TRIGGERS for s in subjects):
                return True
        if governor.pos_ == "VERB":
            return False
    return False


def _described(token: Token) -> bool:
    """ "the visit became an embarrassment", "the summit remained a hope": a noun trigger the
    clause only describes, which says nothing of whether it took place."""
    head = token.head
    linking = head.lemma_.lower() in {"become", "remain", "seem", "prove"}
    return token.dep_ == "nsubj" and token.pos_ == "NOUN" and linking


def _first_verb(token: Token, governor: Token) -> bool:
    """Whether `governor` is the first verb above `token` ("welcome" in "will welcome them
    for the summit")."""
    first = next((g for g in governors(token) if g.pos_ in {"VERB", "AUX"}), None)
    return first is not None and first.i == governor.i


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _likely(verb: Token) -> bool:
    """ "is likely to be", "is expected to be": a present copula that tells what is to come."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in {"likely", "expected", "set", "due", "poised"}
        and any(x.dep_ == "xcomp" for x in c.children)
        for c in verb.children
    )  # fmt: skip


_PLANS = frozenset({"plan", "agenda", "table", "card", "schedule", "calendar"})


def _no_longer_planned(verb: Token) -> bool:
    """ "a meeting was no longer in the plans", "... no longer on the table": called off."""
    no_longer = any(
        c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children) for c in verb.children
    )
    place = (p for c in verb.children if c.dep_ == "prep" for p in c.children)
    return verb.lemma_ == "be" and no_longer and any(p.lemma_ in _PLANS for p in place)


def _is_future(token: Token) -> bool:
    aux = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    return bool(aux & _WILL) or ("is" in aux or "are" in aux) and token.tag_ == "VBG"


def status_of(trigger: Trigger, sentence: SpacySpan) -> str | None:
    """Status of the encounter a trigger names; None when the sentence denies it happened."""
    token = trigger.token
    negated = any(c.dep_ == "neg" for c in token.children)
    aux = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if negated and any(c.lower_ in {"until", "till"} for c in token.children):
        return "held"  # "they did not meet face to face until that autumn": then they did
    if any(c.lower_ in {"no", "never"} for c in token.children if c.dep_ in {"det", "neg"}):
        return None  # "No meeting has been announced"
    mode = _habitual_or_conditional(token)
    if mode == "habitual":
        return None
    if _asked_about(token):
        return None  # "haggled over where to meet": a question still open, no encounter
    if token.lemma_.lower() in lex.INVITING and not negated:
        return _invitation_status(token)
    told_past = token.tag_ == "VBD" and not negated and not aux and token.dep_ in {"ccomp", "ROOT"}
    told_past = told_past or misread_phoning(token)  # "Trump called Moon and asked for help"
    # "by the time they met again", "the day they spoke": a time told by the encounter
    told_past = told_past or (
        token.tag_ == "VBD"
        and not negated
        and token.dep_ == "relcl"
        and token.head.lemma_.lower() in lex.TIME_NOUNS
    )
    if told_past and mode is None:
        return "held"  # "confirmed that Putin came to Ankara": a past event told, not planned
    conditional = mode == "conditional"
    if _predicated(token) or _described(token):
        return None  # "the meeting is likely to be a farewell as much as a negotiation"
    # the clause the trigger is subject of: "the summit was cancelled", "the visit never took place"
    chain = _status_governors(token)
    for governor in [token, *chain]:
        verb = phrasal(governor)
        gov_neg = _denied(governor)
        gov_aux = {c.lower_ for c in governor.children if c.dep_ in {"aux", "auxpass"}}
        counterfactual = "have" in gov_aux and bool(gov_aux & (_MIGHT | {"should"}))
        if counterfactual and governor.tag_ == "VBN" and governor.lemma_ not in _WISHES:
            return "cancelled"  # "would have met in Kazan", "should have brought them
            # together": what was to be, and was not
        if governor is not token:
            if governor.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in governor.children
            ):
                return None  # "has no intention of meeting him", "no plans to meet"
            if verb == "cancel" or verb in lex.CANCEL or _no_longer_planned(governor):
                return "cancelled"
            if verb == "postpone" or verb in lex.POSTPONE:
                return "postponed"
            if verb == "decline" or verb in lex.DECLINE:
                return "declined"
            if gov_neg and calls_answered(token) and token.head.i == governor.i:
                return "declined"  # "the Kremlin did not take his calls"
            if verb in lex.NEVER_HAPPENED and gov_neg:
                return "proposed"
            if governor.pos_ == "ADJ" and governor.lemma_ in lex.WILLING:
                copula = governor.head if governor.dep_ == "acomp" else governor
                denied = gov_neg or any(c.dep_ == "neg" for c in copula.children)
                return "declined" if denied else "proposed"  # "was (not) willing to meet"
            if _time_clause_of(token, governor) and gov_aux & (_WILL | _MIGHT):
                # "would speak on it before they met": the meeting to come, as the speaking
                return "scheduled" if gov_aux & _WILL else "proposed"
            if _called_for(token, governor):
                if _bystanders(governor):
                    return None  # "photographers called out for a handshake": not the pair's
                return "declined" if gov_neg else "proposed"  # "called for talks"
            if verb == "mean" and token.dep_ == "xcomp" and token.head.i == governor.i:
                return "proposed"  # "Kishida meant to visit Seoul": what he intended
            if governor.pos_ == "NOUN" and governor.lemma_.lower() in lex.INVITING:
                return _invitation_status(governor)  # "declined an invitation for a visit"
            if verb in lex.PROPOSE:
                if gov_aux & {"had"} and governor.lemma_ in {"plan", "hope", "expect"}:
                    return "held" if _about_length(governor) else "cancelled"
                if gov_neg:  # "did not want a meeting"; but no one invited is no one asked
                    return None if governor.lemma_ in lex.INVITING else "declined"
                return "proposed" if not _is_future(governor) else "scheduled"
            if verb in lex.SCHEDULE or governor.lower_ == "due":
                if _reported_done(token, governor):
                    return "held"  # "announced that the president had spoken with Castro"
                acting = token.dep_ == "nsubj" and token.head.i == governor.i
                if acting and governor.pos_ == "VERB":
                    continue  # "their first meeting set the pattern": it does, it is not set
                if gov_aux & {"had"}:
                    # "had been scheduled for 15 minutes and ran well over an hour", "had been
                    # set to last an hour": it was held
                    held = _went_on(governor) or _about_length(governor)
                    return "held" if held else "cancelled"
                return "scheduled"
            if verb == "held" or verb == "cut":
                return "held"
            plan = _planned_with_be(governor)  # "Biden was to host", "Xi is to visit"
            if plan is not None:
                return plan
            copula = governor.lemma_.lower() == "be" and not conditional
            if copula and gov_aux & _WILL:
                return "scheduled"  # "it will be their second meeting"
            if copula and gov_aux & _MIGHT:
                return "proposed"  # "the meeting would be the first since 2019"
            subject = token.dep_ in {"nsubj", "nsubjpass"} and token.head.i == governor.i
            coming = not conditional and (_is_future(governor) or _likely(governor))
            if coming and subject:
                # "Saturday's encounter will be shaped by the calendar"; but "I hope the next
                # one will be held in Moscow" is only wished for
                return "proposed" if _hoped_for(governor) else "scheduled"
            if coming and _first_verb(token, governor) and token.dep_ in {"dobj", "pobj"}:
                return "scheduled"  # "will welcome them to the White House for the summit"
            if subject and gov_aux & {"could", "might", "may"} and not conditional:
                return "proposed"  # "another summit could be discussed" (but "said the
                # summit would go ahead" tells the future of then)
            purpose = token.dep_ in {"xcomp", "advcl"} and token.head.i == governor.i
            if purpose and _infinitive(token) and gov_aux & _MIGHT:
                return "proposed"  # "he would meet him at the DMZ just to shake his hand"
        if gov_neg and governor.pos_ in {"VERB", "AUX"}:
            if governor.lemma_.lower() in lex.HARM_VERBS:
                continue  # "the dispute would not derail the coming trip": it stays on
            if gov_aux & {"would", "will", "wo", "could", "ca", "can"} or verb in lex.DECLINE:
                return "declined"
            return None
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        # "a trip that ... never took place", "the summit that was later called off"
        verb = phrasal(clause)
        if verb in lex.NEVER_HAPPENED and any(c.dep_ == "neg" for c in clause.children):
            return "proposed"
        if verb == "cancel" or verb in lex.CANCEL:
            return "cancelled"
        if verb == "postpone" or verb in lex.POSTPONE:
            return "postponed"
        plan = _planned_with_be(clause)  # "a meeting that Biden was to host"
        if plan is not None:
            return plan
    for amod in (c for c in token.children if c.dep_ in {"amod", "compound", "acl"}):
        word = amod.lower_
        if word in lex.CANCEL_ADJECTIVES:
            return "cancelled"
        if word in lex.POSTPONE_ADJECTIVES:
            return "postponed"
        if word in lex.PROPOSE_ADJECTIVES:
            return "proposed"
        if word in lex.SCHEDULE_ADJECTIVES:
            return "scheduled"
    if negated:
        return "declined" if aux & {"would", "will", "wo"} else None
    if conditional:
        return "proposed"  # "if the meeting goes ahead"
    if aux & _WILL:
        return "scheduled"
    if aux & (_MIGHT | {"should"}):
        return "proposed"
    if token.tag_ == "VBG" and aux & {"is", "are", "'s"}:
        return "scheduled"
    if any(_invitation_for(g) for g in chain):
        return "proposed"  # "brought an invitation for a state visit": what is invited to
    return "held"


def _reported_done(verb: Token, governor: Token) -> bool:
    """Whether a verb is the that-clause of an announcement and tells what is already done:
    "announced that the president had spoken by phone with Castro"."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or verb.head.i != governor.i:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return bool(aux & {"had", "has", "have"}) or (verb.tag_ == "VBD" and not aux)


def _invitation_status(noun: Token) -> str:
    """An invitation is a proposal, unless it is what someone turns down."""
    turned_down = noun.dep_ == "dobj" and phrasal(noun.head) in lex.DECLINE | {"decline"}
    return "declined" if turned_down else "proposed"


def _invitation_for(prep: Token) -> bool:
    """Whether a preposition tells what an invitation is for, however the parse attaches it:
    "an invitation for a visit", "brought an invitation from the Queen for a state visit"."""
    if prep.lower_ not in {"for", "to"}:
        return False
    nouns = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(n.lemma_.lower() in lex.INVITING and n.pos_ == "NOUN" for n in nouns)


def never_held(token: Token) -> bool:
    """ "it was never held", "it never took place": what was told before did not happen."""
    it = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "it" for c in token.children)
    return it and _denied_happening(token)


def _told_happening(verb: Token) -> bool:
    """ "it went ahead on Sept. 27", "it finally happened", "it took place in Rome": what was
    told before, held."""
    it = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    took_place = verb.lemma_ == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    )
    # "If it happens, it will be ...": a condition, not a report
    supposed = any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in verb.children
    )
    happened = phrasal(verb) in lex.HAPPENED or took_place
    return it and happened and not supposed and not _denied(verb)


def told_never_held(trigger: Token) -> bool:
    """ "That call never took place": a noun trigger, subject of a denied happening."""
    return trigger.dep_ in {"nsubj", "nsubjpass"} and _denied_happening(trigger.head)


def _denied_happening(verb: Token) -> bool:
    return _denied(verb) and (phrasal(verb) in lex.NEVER_HAPPENED or verb.lemma_ == "hold")


def _denied(verb: Token) -> bool:
    """Whether a verb is negated: "did not take it up", "never took place"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _refused(verb: Token) -> bool:
    """ "would not come", "will not attend", "could not attend": a refusal, not a plan that
    fell through."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    denied = any(c.dep_ == "neg" for c in verb.children)
    return denied and bool(aux & {"would", "will", "wo", "could", "can", "ca"})


def is_new_one(token: Token) -> bool:
    """ "the second summit", "another call": a noun that tells a new encounter (but "it was
    their last encounter" says what the one just told was)."""
    new = any(c.lower_ in _NEW_ONE for c in token.children if c.dep_ in {"amod", "det"})
    return new and not _what_it_was(token)


def _time_clause_of(token: Token, governor: Token) -> bool:
    """Whether a verb trigger heads a clause that times the governor: "before they met"."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    timed = token.dep_ == "advcl" and token.head.i == governor.i
    return timed and bool(marks & {"before", "after", "until", "once"})


def _called_for(token: Token, governor: Token) -> bool:
    """Whether a trigger is what a verb of calling asks for: "called for talks", "called out
    for a handshake"."""
    if governor.lemma_.lower() != "call":
        return False
    return any(
        a.dep_ == "prep" and a.lower_ == "for" and a.head.i == governor.i for a in token.ancestors
    )


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _bystanders(verb: Token) -> bool:
    """Whether a verb's subject is a crowd of common nouns ("photographers", "reporters"),
    not a leader, a government or a title."""
    subjects = _subjects(verb)
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.tag_ == "NNS" and s.lemma_.lower() not in LEADER_TITLES
        for s in subjects
    )


def _share_of_a_crowd(noun: Token) -> bool:
    """ "Most Western leaders", "some officials": a share of people who are not the pair."""
    return noun.tag_ == "NNS" and any(
        q.dep_ in {"amod", "det"} and q.lower_ in _QUANTIFIERS for q in noun.children
    )


def _what_it_was(noun: Token) -> bool:
    """A noun said of "it", "this" or "that": "It was their first meeting in a year"."""
    head = noun.head
    if noun.dep_ != "attr" or head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"it", "this", "that"} for c in head.children)


def is_anaphoric(token: Token) -> bool:
    """A noun trigger that refers back: "the summit", "their meeting", "that call" — but not
    "the second summit" or "another call", which tell a new one."""
    if is_new_one(token):
        return False
    return any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "that", "this", "its"}
        for c in token.children
    )


def _asked_about(verb: Token) -> bool:
    """ "where to meet", "whether to visit": an infinitive a question word opens."""
    return _infinitive(verb) and any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in {"where", "when", "whether", "how"}
        for c in verb.children
    )


_URGING = frozenset({"urge", "call", "press", "ask", "advise", "tell", "beg", "push"})


def _urged(verb: Token) -> bool:
    """An infinitive of what others called for: "calls to stay away", "urged him to cancel"."""
    asked = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _URGING
    return _infinitive(verb) and (verb.dep_ in {"acl", "relcl"} or asked)


def status_of_reference(token: Token) -> str | None:
    """The status a cancelling verb gives "it": "called it off", "it was postponed", "it was
    never held" (of what was to come)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    if any(_share_of_a_crowd(s) for s in _subjects(token)):
        return None  # "Most Western leaders stayed away": not the pair's answer
    if _urged(token):
        return None  # "despite calls at home to stay away": what others wanted, not done
    if never_held(token):
        return "cancelled"
    if _told_happening(token):
        return "held"
    verb = phrasal(token)
    if verb in lex.CANCEL or verb == "cancel":
        status = "cancelled"
    elif verb in lex.POSTPONE or verb == "postpone":
        status = "postponed"
    elif verb in lex.DECLINE or verb == "decline":
        # "Merkel declined.": an invitation told before, turned down. What the verb turns down
        # follows it; a clause before it is the proposal told first ("He proposed a meeting;
        # Putin refused", which the parse may hang on "refused")
        after = [c for c in token.children if c.i > token.i]
        objectless = not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in after)
        named = any(t.lemma_.lower() in lex.NOUN_TRIGGERS for c in after for t in c.subtree)
        return "declined" if objectless and not named else None  # not "stayed away from it"
    elif verb in {"come", "attend"} and _refused(token):
        return "declined"  # "offered him a meeting ... he would not come"
    elif verb in lex.ACCEPT and _denied(token):
        status = "declined"  # "Biden did not take it up", "never accepted it"
    else:
        return None
    pronoun = any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"it", "that", "this"}
        for c in token.children
    )
    return status if pronoun else None
