"""Words that announce an encounter, and words that change its status or format.

Each table maps a lemma to what it tells: the kind of encounter a trigger names, or the status
a governing verb gives it ("called off the talks" -> cancelled). Kept apart from the rules so
that a new construction is usually a new entry here, not new code.
"""

from __future__ import annotations

# Verb lemma -> (kind, format). Role of the subject is in SUBJECT_ROLE.
VERB_TRIGGERS: dict[str, tuple[str, str]] = {
    "meet": ("meeting", "formal"),
    "visit": ("visit", "formal"),
    "host": ("meeting", "formal"),
    "receive": ("meeting", "formal"),
    "welcome": ("meeting", "formal"),
    "confer": ("meeting", "formal"),
    "negotiate": ("meeting", "formal"),
    "speak": ("call", "formal"),
    "talk": ("call", "formal"),
    "call": ("call", "formal"),
    "phone": ("call", "formal"),
    "telephone": ("call", "formal"),
    "ring": ("call", "formal"),
    "reach": ("call", "formal"),  # "reached the president-elect to congratulate him"
    "greet": ("meeting", "informal"),
    "shake": ("meeting", "informal"),
    "chat": ("meeting", "informal"),
    "dine": ("meeting", "informal"),
    "lunch": ("meeting", "informal"),
    "embrace": ("meeting", "informal"),
    "hug": ("meeting", "informal"),
    "golf": ("meeting", "informal"),
    "see": ("meeting", "informal"),
    "stroll": ("meeting", "informal"),
    "sit": ("meeting", "formal"),
    "stand": ("meeting", "formal"),
    "tour": ("visit", "formal"),
    "invite": ("visit", "formal"),
}

# Modifiers that give an encounter noun to officials, not leaders: "military talks".
# Acts two leaders do together, in person when the sentence says where ("in Sochi, they agreed").
# nouns of a time an encounter may tell: "by the time they met", "the day they spoke"
TIME_NOUNS = frozenset({"time", "day", "night", "moment", "week", "evening", "morning"})
# what may befall a planned encounter: "would not derail the trip" leaves it on
HARM_VERBS = frozenset(
    {"derail", "affect", "overshadow", "jeopardize", "jeopardise", "disrupt", "spoil",
     "undermine", "threaten", "endanger", "upset", "sour", "wreck", "delay", "cloud"}
)  # fmt: skip
JOINT_ACTS = frozenset(
    {"agree", "sign", "exchange", "discuss", "fix", "settle", "bargain", "negotiate", "haggle"}
)

# Verbs of telling someone something: an encounter when said to a leader somewhere.
TELLING = frozenset({"tell", "assure", "promise", "warn", "urge"})

# "played golf": a game leaders play together is an informal encounter.
PASTIMES = frozenset({"golf", "tennis", "hockey", "chess", "cards", "pool", "badminton"})

# Nouns for places a city or country owns: "Pyongyang's airport" is in Pyongyang.
OWNED_PLACES = frozenset(
    {"airport", "palace", "capital", "residence", "office", "house", "base", "hotel", "city",
     "parliament", "embassy", "airbase", "port", "estate", "compound", "headquarters", "ranch",
     "chancellery", "retreat", "dacha", "farm"}
)  # fmt: skip

# Nouns for things a name may stand for: "Tongilgak, a building", "the carrier Kaga".
THINGS = OWNED_PLACES | frozenset(
    {"building", "villa", "mansion", "castle", "tower", "hall", "pavilion", "restaurant",
     "resort", "museum", "memorial", "monument", "temple", "shrine", "church", "cathedral",
     "mosque", "stadium", "ship", "carrier", "vessel", "yacht", "destroyer", "submarine",
     "aircraft", "plane", "airfield", "farm", "ranch", "lodge", "retreat", "garden", "park"}
)  # fmt: skip

# A leader's other party, named by role: "the president told his guest: …".
ROLE_NOUNS = frozenset({"counterpart", "guest", "host", "visitor", "interlocutor"})

# Nouns for someone of a leader's ("Macron's rival", "Xi's envoy"), who is not that leader.
SOMEONE_OF = frozenset(
    {"rival", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
     "granddaughter", "grandson", "widow", "children", "envoy", "spokesman",
     "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "minister", "delegation",
     "successor", "predecessor", "ally", "critic", "opponent", "family", "chief", "deputy",
     "representative", "ambassador", "official", "team", "secretary", "challenger"}
)  # fmt: skip

NOT_LEADERS = frozenset(
    {
        "background",
        "press",
        "conference",
        "briefing",
        "military",
        "trade",
        "technical",
        "ministerial",
        "staff",
        "expert",
        "working-level",
        "consular",
    }
)

# Lemmas the small English pipeline gets wrong: "dined" -> "din", "hoped" -> "hop".
LEMMA_FIXES: dict[str, str] = {"din": "dine", "hop": "hope"}


def lemma_of(lemma: str) -> str:
    """A parser's lemma, lower-cased and mended by `LEMMA_FIXES`."""
    lemma = lemma.lower()
    return LEMMA_FIXES.get(lemma, lemma)


# Words that make "this call" a press call, not a leaders' call.
PRESS_CALL = frozenset({"background", "embargoed", "embargo", "moderator"})

# What one "meets" without meeting anyone: "met its demands", "meet the challenge".
MET_OBJECTS = frozenset(
    {
        "demand", "target", "goal", "need", "expectation", "deadline", "requirement",
        "obligation", "commitment", "criterion", "standard", "threshold", "challenge",
        "condition", "pledge", "quota", "benchmark", "moment", "test", "fate", "end",
    }
)  # fmt: skip

# Verbs whose object "calls" are someone's calls taken or not: "the Kremlin did not take his
# calls" is a call declined.
ANSWERED = frozenset({"take", "return", "answer", "accept"})

# Adjectives of a readiness that offers an encounter: "was willing to have an informal
# encounter", "is ready to meet" (and, denied, declines one).
WILLING = frozenset({"willing", "ready", "prepared", "open", "eager", "keen"})

# Triggers that are themselves an offer: what they name is proposed, not held.
INVITING = frozenset({"invite", "invitation"})

# Verbs of going that make a visit only with a destination: "flew to Sochi", "arrived in Kyiv".
MOTION_VERBS = frozenset(
    {"travel", "fly", "arrive", "come", "return", "go", "head", "journey", "land", "drive"}
)
# Motion verbs whose destination may follow "at": "arrived at the White House", "landed at
# Pyongyang's Sunan airport" (but "went at", "came at" are no journeys).
ARRIVAL_VERBS = frozenset({"arrive", "land"})

# Noun lemma -> (kind, format).
NOUN_TRIGGERS: dict[str, tuple[str, str]] = {
    "meeting": ("meeting", "formal"),
    "talk": ("meeting", "formal"),
    "summit": ("meeting", "formal"),
    "bilateral": ("meeting", "formal"),
    "encounter": ("meeting", "formal"),
    "session": ("meeting", "formal"),
    "negotiation": ("meeting", "formal"),
    "visit": ("visit", "formal"),
    "trip": ("visit", "formal"),
    "call": ("call", "formal"),
    "phone": ("call", "formal"),
    "phonecall": ("call", "formal"),
    "videoconference": ("call", "formal"),
    "conversation": ("call", "formal"),
    "handshake": ("meeting", "informal"),
    "chat": ("meeting", "informal"),
    "exchange": ("meeting", "informal"),
    "dinner": ("meeting", "informal"),
    "lunch": ("meeting", "informal"),
    "breakfast": ("meeting", "informal"),
    "stroll": ("meeting", "informal"),
    "walk": ("meeting", "informal"),
    "pull-aside": ("meeting", "informal"),
    "golf": ("meeting", "informal"),
    "invitation": ("visit", "formal"),
}

# Verbs of many coming together: "the four leaders gathered in Minsk".
GATHERING_VERBS = frozenset({"gather", "convene", "assemble", "reconvene"})

# What leaders share when they appear together: "shared the stage with his guest".
SHARED_PLACES = frozenset({"stage", "platform", "podium", "dais"})

# Verbs of leaving: "left the summit early" tells a departure from it.
LEAVING = frozenset({"leave", "quit", "depart", "exit", "abandon"})

# Meals: one told with talks is part of them ("talks before the two sat down to lunch").
MEALS = frozenset({"dine", "dinner", "lunch", "luncheon", "breakfast", "banquet", "meal"})

# Nouns of a gathering of many: the pair's own encounter there is what else the sentence tells
# ("at the summit they shook hands": a handshake).
GATHERINGS = frozenset({"summit"})

# Words in the sentence that make speaking or a conversation a phone call, or a meeting in person.
CALL_MARKERS = frozenset(
    {
        "phone",
        "telephone",
        "call",
        "video",
        "videoconference",
        "virtual",
        "virtually",
        "secure",
        "line",
    }
)
IN_PERSON_MARKERS = frozenset(
    {
        "sidelines",
        "sideline",
        "margins",  # "a short conversation on the margins"
        "margin",
        "standing",  # "they spoke standing up"
        "briefly",
        "person",
        "dinner",
        "lunch",
        "breakfast",
        "meal",
        "stroll",
        "handshake",
    }
)
# ("on the sidelines" is where a bilateral is held, formal or not: it marks neither.)
INFORMAL_MARKERS = frozenset(
    {
        "informal",
        "informally",
        "briefly",
        "brief",
        "handshake",
        "chat",
        "pleasantries",
        "impromptu",
        "casual",
        "meal",
        "dinner",
        "lunch",
        "breakfast",
    }
)

# Governing verbs that change the status of the encounter they take as object or complement.
CANCEL = frozenset(
    {
        "cancel",
        "scrap",
        "scrub",
        "axe",
        "shelve",
        "abandon",
        "scuttle",
        "nix",
        "drop",
        "ditch",
        "torpedo",
    }
)
POSTPONE = frozenset({"postpone", "delay", "defer", "reschedule", "suspend"})
DECLINE = frozenset(
    {"decline", "refuse", "reject", "rebuff", "snub", "spurn", "shun", "boycott", "skip"}
)
# Verbs of how long an encounter ran: "expected to last half an hour", "ran to two hours".
LENGTH_VERBS = frozenset({"last", "run", "take"})
# Taking up an invitation: denied, a refusal ("Biden did not take it up").
ACCEPT = frozenset({"accept"})
PROPOSE = frozenset(
    {
        "invite",
        "propose",
        "offer",
        "suggest",
        "float",
        "hope",
        "want",
        "seek",
        "request",
        "ask",
        "urge",
        "plan",
        "wish",
        "intend",
        "push",
        "press",
        "extend",
        "agree",
        "aim",
        "consider",
        "like",
        "love",
        "commit",  # "committed both sides to a visit by Moon"
        "pledge",
        "promise",
        "vow",
        # nouns that govern a plan: "agreement in principle to a summit", "a proposal for talks"
        "agreement",
        "proposal",
        "invitation",
        "commitment",
    }
)
SCHEDULE = frozenset(
    {"schedule", "set", "slate", "expect", "prepare", "due", "announce", "confirm", "preview"}
)
NEVER_HAPPENED = frozenset({"happen", "materialize", "materialise", "occur", "take"})
# "it went ahead on Sept. 27", "it finally happened": what was told before, held
HAPPENED = frozenset({"happen", "occur", "proceed"})

# Adjectives on a noun trigger: "the planned summit", "the cancelled meeting".
CANCEL_ADJECTIVES = frozenset({"cancelled", "canceled", "aborted", "scrapped", "shelved"})
POSTPONE_ADJECTIVES = frozenset({"postponed", "delayed"})
PROPOSE_ADJECTIVES = frozenset(
    {"proposed", "planned", "possible", "potential", "mooted", "hoped-for", "prospective", "future"}
)
SCHEDULE_ADJECTIVES = frozenset({"upcoming", "scheduled", "forthcoming", "expected", "next"})

# Phrasal verbs read through their particle: "call off", "push back", "turn down".
PHRASAL: dict[tuple[str, str], str] = {
    ("call", "off"): "cancel",
    ("push", "back"): "postpone",
    ("go", "ahead"): "proceed",
    ("put", "off"): "postpone",
    ("turn", "down"): "decline",
    ("take", "up"): "accept",
    ("pull", "out"): "cancel",
    ("cut", "short"): "held",
    ("look", "forward"): "expect",
    ("stay", "away"): "decline",
}

# Roles of syntactic slots, by trigger lemma.
SUBJECT_ROLE: dict[str, str] = {
    "host": "host",
    "receive": "host",
    "welcome": "host",
    "visit": "guest",
    "travel": "guest",
    "call": "initiator",
    "phone": "initiator",
    "telephone": "initiator",
    "ring": "initiator",
    "invite": "host",
    "bring": "host",
}
OBJECT_ROLE: dict[str, str] = {
    "host": "guest",
    "receive": "guest",
    "welcome": "guest",
    "invite": "guest",
    "bring": "guest",
}

OUTCOME_VERBS = frozenset(
    {
        "agree",
        "sign",
        "announce",
        "reach",
        "fail",
        "pledge",
        "issue",
        "conclude",
        "produce",
        "yield",
        "end",
    }
)

# Past forms the stems below do not cover.
IRREGULAR_FORMS = (
    "met", "spoke", "rang", "shook", "flew", "sat", "held", "talks", "came", "went", "told",
    "brought", "drove", "driven",
)  # fmt: skip


def trigger_words_pattern() -> str:
    """A regex alternation of every trigger's stem, for the cheap pre-filter before parsing."""
    lemmas = (*VERB_TRIGGERS, *NOUN_TRIGGERS, *MOTION_VERBS, *TELLING, *JOINT_ACTS)
    lemmas = (*lemmas, *GATHERING_VERBS, "bring", "take", "took", "share", "join", "conference")
    lemmas = (*lemmas, "spend", "spent", "on the line")  # time with someone, a call
    stems = {w[:-1] if w.endswith("e") else w for w in lemmas}
    words = sorted(stems | set(IRREGULAR_FORMS), key=len, reverse=True)
    return r"\b(?:" + "|".join(words) + r")\w*"
