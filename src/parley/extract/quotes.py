"""Quotes and their speakers.

A quotation is a span between matching quotation marks (curly or straight). Its speaker is
read from the attribution next to it ("…,” Xi said", "said Xi", "Xi told reporters: “…”"),
from the subject of the verb that embeds a partial quote ("called the talks “candid”"), or,
for a quote standing alone, from the speaker of the quote or speech verb just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.extract.actors import Mention
from parley.extract.context import Context
from parley.model import Actor, Encounter, Quote, Span

_QUOTE = re.compile(
    r"\u201c(?P<curly>[^\u201c\u201d]{2,2000}?)\u201d|\"(?P<straight>[^\"\n]{2,2000}?)\""
)
_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|noted|notes|insisted|declared|wrote|writes|tweeted|"
    r"posted|called|calls|described|recalled|remarked|explained|warned|announced|replied|responded|"
    r"joked|quipped|acknowledged|stated|argued|asked|observed|continued|concluded|predicted|"
    r"vowed|promised|urged|boasted|complained|conceded|recounted|put it|was quoted as saying)"
)
_AFTER = re.compile(rf"^[\s,]*(?:{_SPEECH})\s+(?P<who>\S)|^[\s,]*(?P<who2>\S)")
_SPEECH_RE = re.compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
_MAX_GAP = 90


@dataclass(frozen=True)
class _Attribution:
    speaker: Actor | None
    how: str


def _mention_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end and len(m.actors) == 1]


def _speaker_after(text: str, end: int, limit: int, mentions: list[Mention]) -> Actor | None:
    """ "…,” Xi said" / "…,” said Xi" / "…,” the Chinese president told reporters"."""
    window_end = min(limit, end + _MAX_GAP)
    window = text[end:window_end]
    stop = re.search(r"[.!?]\s|\u201c|\"", window)
    window_end = end + (stop.start() if stop else len(window))
    if not _SPEECH_RE.search(text[end:window_end]):
        return None
    candidates = _mention_in(mentions, end, window_end)
    return candidates[0].actors[0] if candidates else None


def _speaker_before(text: str, start: int, floor: int, mentions: list[Mention]) -> Actor | None:
    """ "Xi said: “…”" / "Xi told reporters that “…”" / "Biden called the talks “candid”"."""
    window_start = max(floor, start - 240)
    window = text[window_start:start]
    cut = max(
        window.rfind(". "),
        window.rfind("? "),
        window.rfind("! "),
        window.rfind("\u201d"),
        window.rfind('"'),
    )
    window_start = window_start + cut + 1 if cut >= 0 else window_start
    if not _SPEECH_RE.search(text[window_start:start]):
        return None
    candidates = _mention_in(mentions, window_start, start)
    return candidates[0].actors[0] if candidates else None


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    para_start = text.rfind("\n\n", 0, start)
    para_end = text.find("\n\n", end)
    return (para_start + 2 if para_start >= 0 else 0, para_end if para_end >= 0 else len(text))


def find_quotes(
    text: str, mentions: list[Mention], context: Context, encounters: list[Encounter]
) -> list[Quote]:
    """Every quotation in the text with its speaker (or None) and its encounter (or None)."""
    quotes: list[Quote] = []
    last_speaker: Actor | None = None
    last_end = -1
    for match in _QUOTE.finditer(text):
        group = "curly" if match.group("curly") is not None else "straight"
        q_start, q_end = match.start(group), match.end(group)
        words = match.group(group)
        if len(words.split()) < 2 and group == "straight":
            continue
        para_start, para_end = _paragraph_bounds(text, match.start(), match.end())
        speaker = _speaker_after(text, match.end(), para_end, mentions)
        if speaker is None:
            speaker = _speaker_before(text, match.start(), para_start, mentions)
        if speaker is None and last_speaker is not None and match.start() - last_end < 400:
            # a quote that continues the previous one, or stands alone after its speaker
            between = text[last_end : match.start()]
            if not _mention_in(mentions, last_end, match.start()) or not _SPEECH_RE.search(between):
                speaker = last_speaker
        if speaker is None:
            speaker = _previous_sentence_speaker(text, match.start(), para_start, mentions)
        quotes.append(
            Quote(
                text=words,
                span=Span(q_start, q_end, words),
                speaker=speaker,
                encounter_id=_encounter_for(q_start, context, encounters),
            )
        )
        if speaker is not None:
            last_speaker, last_end = speaker, match.end()
    return quotes


def _previous_sentence_speaker(
    text: str, start: int, para_start: int, mentions: list[Mention]
) -> Actor | None:
    """A standalone quote after a sentence naming its speaker: "Trump was effusive."."""
    floor = max(0, para_start - 400)
    before = text[floor:start]
    sentences = re.split(r"(?<=[.!?:])\s+", before.strip())
    if len(sentences) < 1:
        return None
    last = sentences[-1] if sentences[-1] else (sentences[-2] if len(sentences) > 1 else "")
    last_start = text.rfind(last, floor, start) if last else -1
    if last_start < 0:
        return None
    candidates = _mention_in(mentions, last_start, last_start + len(last))
    return candidates[0].actors[0] if candidates else None


def _encounter_for(offset: int, context: Context, encounters: list[Encounter]) -> str | None:
    """The encounter of the quote's section: the last told before it, else the first after."""
    section = context.section_at(offset)
    in_section = [e for e in encounters if section.start <= e.evidence[0].start < section.end]
    if not in_section or section.heading is None and len(in_section) > 1:
        before = [e for e in in_section if e.evidence[0].start <= offset]
        if section.heading is None:
            paragraph_start = context_paragraph_start(offset, encounters)
            near = [e for e in before if e.evidence[0].start >= paragraph_start]
            return near[-1].id if near else None
        return before[-1].id if before else None
    before = [e for e in in_section if e.evidence[0].start <= offset]
    held = [e for e in (before or in_section) if e.status == "held"]
    chosen = held or before or in_section
    return chosen[-1].id if before else chosen[0].id


def context_paragraph_start(offset: int, encounters: list[Encounter]) -> int:
    """Quotes in unsectioned text tie only to an encounter told within the last 1,500 characters."""
    return max(0, offset - 1500)
