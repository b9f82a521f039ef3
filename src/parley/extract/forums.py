"""Recognise the forum an encounter happened at: named summits and gatherings, or a bare "summit".

A lexicon of regular expressions, each mapped to one canonical forum name, so that "G-20",
"Group of 20" and "G20 summit" all come out as "G20 summit"; and the forum a sentence places
its encounter at, not one it only mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FORUMS: tuple[tuple[str, str], ...] = (
    (r"G-?20|Group of (?:20|Twenty)", "G20 summit"),
    (r"G-?7|Group of (?:7|Seven)", "G7 summit"),
    (r"G-?8|Group of (?:8|Eight)", "G8 summit"),
    (r"APEC|Asia[- ]Pacific Economic Cooperation", "APEC summit"),
    (r"NATO (?:summit|leaders'? meeting)|North Atlantic Treaty Organization summit", "NATO summit"),
    (
        r"(?:U\.?N\.?|United Nations) General Assembly|UNGA|(?<=[Tt]he )General Assembly(?! of)",
        "UN General Assembly",
    ),  # "the General Assembly" alone is the UN's; "the Georgia General Assembly" is not
    (r"BRICS", "BRICS summit"),
    (r"East Asia Summit", "East Asia Summit"),
    (r"ASEAN", "ASEAN summit"),
    (r"Shanghai Cooperation Organi[sz]ation|SCO summit", "SCO summit"),
    (r"Summit of the Americas", "Summit of the Americas"),
    (
        r"COP ?\d{1,2}|(?:U\.?N\.? )?[Cc]limate (?:[Cc]hange )?[Cc]onference",
        "UN climate conference",
    ),
    (r"World Economic Forum|Davos", "World Economic Forum"),
    (r"Munich Security Conference", "Munich Security Conference"),
    (r"Quad(?: Leaders'?)? [Ss]ummit", "Quad summit"),
    (r"European Council summit|EU summit|EU-\w+ summit", "EU summit"),
    (r"Normandy[- ]format|Normandy Four", "Normandy-format summit"),
    (r"Eastern Economic Forum", "Eastern Economic Forum"),
    (
        r"(?:St\.? Petersburg International )Economic Forum",
        "St. Petersburg International Economic Forum",
    ),
    (r"Commonwealth Heads of Government", "Commonwealth summit"),
    (r"summit between the two Koreas", "inter-Korean summit"),
    (r"Conference on Interaction and Confidence[- ]Building", "CICA summit"),
)
_NAMED = re.compile(
    "|".join(f"(?P<f{i}>\\b(?:{pattern})(?![\\w-]))" for i, (pattern, _) in enumerate(_FORUMS))
)
_GENERIC = re.compile(
    r"\b(?:(?P<type>informal|special|extraordinary|emergency|(?:tri|quadri)lateral"
    r"|(?:three|four|five)-way|inter-[A-Z][a-z]+)\s+)?(?:summit|[Ss]ummit)\b"
)  # a summit of a kind names the kind: "an informal summit", "the inter-Korean summit"


# Forums that always meet in one city: where an encounter "at" them happened.
_SEATS = {
    "UN General Assembly": "New York",
    "World Economic Forum": "Davos",
    "Munich Security Conference": "Munich",
    "St. Petersburg International Economic Forum": "Saint Petersburg",
    "Eastern Economic Forum": "Vladivostok",
}


def seat_of(forum: str | None) -> str | None:
    """The city a forum always meets in, or None for forums that move (G20, APEC...)."""
    return _SEATS.get(forum) if forum else None


@dataclass(frozen=True)
class ForumMention:
    start: int
    end: int
    name: str


def find_forums(text: str) -> list[ForumMention]:
    """Named forums in `text`, in order; a bare "summit" only where no named forum is found."""
    found = []
    for match in _NAMED.finditer(text):
        index = int(next(k for k, v in match.groupdict().items() if v is not None)[1:])
        found.append(ForumMention(match.start(), match.end(), _FORUMS[index][1]))
    if found:
        return found
    return [
        ForumMention(m.start(), m.end(), f"{m['type']} summit" if m["type"] else "summit")
        for m in _GENERIC.finditer(text)
    ]


def forum_in(text: str) -> str | None:
    """The first forum named in a short text such as a heading, or None."""
    forums = find_forums(text)
    return forums[0].name if forums else None


_TOPIC_OF = re.compile(
    r"\b(?:ahead\s+of|after|since|until|about|regarding|toward|towards)"
    r"\s+(?:the\s+|this\s+|next\s+|last\s+|upcoming\s+|a\s+)?(?:[\w.-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CAME_FROM = re.compile(r"(?<!away )\bfrom\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def forum_told(sentence_text: str) -> str | None:
    """The forum a sentence names, but not one someone came or wrote from ("from the Group of
    20 summit in Osaka, Trump tweeted an invitation") nor one spoken of as a topic or a
    time ("discussed their goals ahead of COP28", "cooperation since the G20 summit")."""
    forums = [
        f
        for f in find_forums(sentence_text)
        if not _CAME_FROM.search(sentence_text, 0, f.start)
        and not _TOPIC_OF.search(sentence_text, 0, f.start)
    ]
    named = [f for f in forums if f.name != "summit"]
    return (named or forums)[0].name if forums else None
