"""Title words of news prose and the office each stands for in the knowledge base.

"Chinese President Xi", "the French leader", "his Russian counterpart", "Prime Minister of
Japan": the title word tells which office to ask the knowledge base about, the adjective or
"of"-phrase tells which country.
"""

from __future__ import annotations

import re

# Title words that name a head of state or government (what KnowledgeBase.holder understands).
LEADER_TITLES: tuple[str, ...] = (
    "supreme leader",
    "prime minister",
    "crown prince",
    "head of state",
    "head of government",
    "general secretary",
    "secretary general",  # of NATO or the UN: the knowledge base holds them as heads
    "secretary-general",
    "president",
    "premier",
    "chancellor",
    "taoiseach",
    "leader",
    "counterpart",
    "king",
    "queen",
    "emir",
    "amir",
    "sultan",
)

# Titles of people who are not heads but still act in encounters (kept as the person's title).
OTHER_TITLES: tuple[str, ...] = (
    "vice president",
    "deputy prime minister",
    "foreign minister",
    "defense minister",
    "defence minister",
    "finance minister",
    "minister",
    "secretary of state",
    "secretary of defense",
    "secretary",
    "national security adviser",
    "national security advisor",
    "ambassador",
    "envoy",
    "special envoy",
    "senator",
    "sen.",
    "rep.",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "adviser",
    "advisor",
    "general",
    "gen.",
    "governor",
    "mayor",
    "first lady",
    "chief of staff",
    "interpreter",
    "pope",
    "judge",
    "justice",
    "representative",
    "congressman",
    "congresswoman",
)

TITLE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(t) for t in sorted(LEADER_TITLES + OTHER_TITLES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


# Longest first; at equal length a head's title first.
_BY_LENGTH = sorted(
    {*LEADER_TITLES, *OTHER_TITLES}, key=lambda t: (-len(t), t not in LEADER_TITLES, t)
)


def title_ending(prefix: str) -> str | None:
    """The longest title the words before a name end with ("national security adviser",
    "prime minister"), a head's title winning a tie; None when they end with no title."""
    words = " ".join(prefix.lower().split())
    spaced = words.replace("-", " ")  # "Vice-President Harris"
    found = [t for t in _BY_LENGTH if any(w == t or w.endswith(" " + t) for w in (words, spaced))]
    return found[0] if found else None


def titled_as_official(prefix: str) -> bool:
    """Whether the words before a name end with a title that is not a head's ("Vice President
    Harris", "Senator Scott"): such a name is never a head of state or government's."""
    title = title_ending(prefix)
    return title is not None and title not in LEADER_TITLES


def office_for(title: str) -> str:
    """Normalise a title phrase to the title word the knowledge base is asked about."""
    lowered = title.lower()
    if "counterpart" in lowered:
        return "leader"  # "his Ukrainian counterpart": the country's principal leader
    for word in LEADER_TITLES:
        if word in lowered:
            return "emir" if word == "amir" else word
    return lowered
