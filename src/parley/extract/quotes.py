"""Quotes and their speakers.

A quotation is a span between matching quotation marks (curly or straight, double, or single
where no double marks enclose them) within a paragraph; one left open at a paragraph's end
continues in the next paragraph when that one opens with a quotation mark (the convention for
quotes running over paragraphs), and all its pieces share a speaker. The speaker comes from
`quote_rules`: the subject of the speech verb that governs or stands beside the quote. A quote
with no speech verb in its sentence continues the quote just before it ("“…,” he said. “…”")
or belongs to the subject of the sentence that introduces it.
Quotes of a few words that no speech verb governs are names of things, not speech, and dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.extract.actors import Mention
from parley.extract.article_view import ParsedParagraph
from parley.extract.context import Context
from parley.extract.quote_marks import SINGLE_MARK
from parley.extract.quote_rules import Discourse
from parley.model import Actor, Encounter, Quote, Span

_PARAGRAPH = re.compile(r"[^\n](?:.|\n(?!\s*\n))*")
_MARK = re.compile(r"[\u201c\u201d\"]")
_OPENERS = ("\u201c", '"')
_MAX_WORDS_UNGOVERNED = 3
_CHAIN_GAP = re.compile(r"^[\s\u201d\"]*$")
# a break between sentences, not after initials or a title ("a former U.S. official")
_SENTENCE_BREAK = re.compile(r"(?<![A-Z]\.[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St)\.)(?<=[.!?:])\s+")


@dataclass
class _Piece:
    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph's end when the quote runs on)
    q_start: int
    q_end: int
    group: int  # pieces of one quote running over paragraphs share a group
    speaker: Actor | None = None
    attributed: bool = False
    spoken: bool = False
    words: int = 0


_ENCOUNTER_REACH = 1500  # characters a quote may follow its encounter in unsectioned text


def _pieces(text: str) -> list[_Piece]:
    """Quoted stretches in reading order; a quote left open runs on into an opening paragraph."""
    pieces: list[_Piece] = []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    open_at: int | None = None
    group = 0
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at = None
        for mark in _MARK.finditer(text, p_start, p_end):
            char, at = mark.group(), mark.start()
            closes = char == "\u201d" or (char == '"' and open_at is not None)
            if open_at is not None and closes:
                pieces.append(_Piece(open_at, at + 1, open_at + 1, at, group))
                group += 1
                open_at = None
            elif char in _OPENERS:
                open_at = at
        if open_at is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt[0]] in _OPENERS:
                pieces.append(_Piece(open_at, p_end, open_at + 1, p_end, group))
            else:
                open_at = None
        for start, end in _single_quoted(text, p_start, p_end, pieces):
            pieces.append(_Piece(start, end, start + 1, end - 1, group))
            group += 1
    pieces.sort(key=lambda piece: piece.start)
    for piece in pieces:
        piece.q_start, piece.q_end = _trim(text, piece.q_start, piece.q_end)
        piece.words = len(text[piece.q_start : piece.q_end].split())
    return [p for p in pieces if p.q_end - p.q_start >= 2]


def _single_quoted(text: str, start: int, end: int, pieces: list[_Piece]) -> list[tuple[int, int]]:
    """Spans in single quotation marks (‘…’ or '…', as British style writes quotes) outside
    the double-quoted ones: an opening mark after a space, a closing one before a space or
    punctuation; an apostrophe inside a word ("Erdoğan's") or after a plural ("leaders'")
    with nothing opened is no mark."""
    inside = [(p.start, p.end) for p in pieces if p.start < end and start < p.end]
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in SINGLE_MARK.finditer(text, start, end):
        at = mark.start()
        if any(a <= at < b for a, b in inside):
            continue
        if mark.group("open") is not None and opened is None:
            opened = at
        elif mark.group("close") is not None and opened is not None:
            found.append((opened, at + 1))
            opened = None
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(
    text: str,
    mentions: list[Mention],
    context: Context,
    encounters: list[Encounter],
    paragraphs: list[ParsedParagraph] | None = None,
) -> list[Quote]:
    """Every quotation in the text with its speaker (or None) and its encounter (or None)."""
    pieces = _pieces(text)
    docs = [(p.offset, p.doc) for p in paragraphs or []]
    discourse = Discourse(text, mentions, docs, [(p.start, p.end) for p in pieces], context)  # type: ignore[misc]
    previous: _Piece | None = None
    for piece in pieces:
        found = discourse.attribute(piece.start, piece.end)
        if found is not None:
            piece.speaker, piece.attributed, piece.spoken = found.speaker, True, found.spoken
        elif previous is not None and _answers(text, previous, piece):
            # "“Hang him?” Sarkozy asked. ¶ “Why not? …”": the one asked replies
            piece.speaker = discourse.interlocutor(previous.speaker, piece.start)  # type: ignore[arg-type]
            piece.attributed = piece.spoken = piece.speaker is not None
        elif previous is not None and previous.attributed and _continues(text, previous, piece):
            piece.speaker, piece.attributed, piece.spoken = previous.speaker, True, previous.spoken
        else:
            piece.speaker = _introduced_by(discourse, piece)
            piece.attributed = piece.speaker is not None
            # a sentence of its own in quotation marks is said, however short: "Just wait."
            piece.spoken = piece.attributed and _whole_sentence(text, piece)
        previous = piece
    _share_within_groups(pieces)
    return [
        Quote(
            text=text[p.q_start : p.q_end],
            span=Span(p.q_start, p.q_end, text[p.q_start : p.q_end]),
            speaker=p.speaker,
            encounter_id=_encounter_for(p.q_start, context, encounters),
        )
        for p in pieces
        if p.words > _MAX_WORDS_UNGOVERNED or (p.speaker is not None and p.spoken)
    ]


def _whole_sentence(text: str, piece: _Piece) -> bool:
    return text[piece.start : piece.end].rstrip('\u201d"').endswith((".", "!", "?"))


def _continues(text: str, previous: _Piece, piece: _Piece) -> bool:
    """The quote follows the previous one with only its attribution sentence between:
    "“…,” he said. “…”", or it opens the next paragraph."""
    between = text[previous.end : piece.start]
    if _CHAIN_GAP.match(between):
        return True
    tail = _SENTENCE_BREAK.split(between.strip())
    return len(tail) == 1 and bool(re.search(r"[.!?:,]\s*$", between))


def _answers(text: str, previous: _Piece, piece: _Piece) -> bool:
    """Whether the quote is a paragraph of its own that answers the question quoted and
    attributed just before it."""
    if previous.speaker is None or not text[previous.q_start : previous.q_end].endswith("?"):
        return False
    between = text[previous.end : piece.start]
    return "\n\n" in between and len(between.split()) <= 4  # "Sarkozy asked." and a break


def _introduced_by(discourse: Discourse, piece: _Piece) -> Actor | None:
    """A quote standing alone after a sentence about its speaker: "Trump was effusive. “…”"."""
    index = discourse.sentence_at(piece.start)
    sentence = discourse.sentences[index]
    if discourse.text[sentence.start : piece.start].strip() not in {"", "\u201c", '"'}:
        return None
    if index == 0:
        return None
    prev = discourse.sentences[index - 1]
    if "\n\n" in discourse.text[prev.end : piece.start] and not discourse.text[
        prev.start : prev.end
    ].rstrip().endswith(":"):
        return None
    return discourse.resolve_pronoun(piece.start, None, same_sentence=False)


def _share_within_groups(pieces: list[_Piece]) -> None:
    """Pieces of one quote over several paragraphs take the speaker the attribution names."""
    by_group: dict[int, list[_Piece]] = {}
    for piece in pieces:
        by_group.setdefault(piece.group, []).append(piece)
    for members in by_group.values():
        speaker = next((p.speaker for p in members if p.speaker is not None), None)
        for piece in members:
            piece.speaker = piece.speaker or speaker
            piece.spoken = piece.spoken or any(p.spoken for p in members)


def _encounter_for(offset: int, context: Context, encounters: list[Encounter]) -> str | None:
    """The encounter of the quote's section: the last told before it, else the first after."""
    section = context.section_at(offset)
    in_section = [e for e in encounters if section.start <= e.evidence[0].start < section.end]
    if not in_section or section.heading is None and len(in_section) > 1:
        before = [e for e in in_section if e.evidence[0].start <= offset]
        if section.heading is None:
            # unsectioned text: only an encounter told within the last few paragraphs
            near = [e for e in before if e.evidence[0].start >= offset - _ENCOUNTER_REACH]
            return near[-1].id if near else None
        return before[-1].id if before else None
    before = [e for e in in_section if e.evidence[0].start <= offset]
    held = [e for e in (before or in_section) if e.status == "held"]
    chosen = held or before or in_section
    return chosen[-1].id if before else chosen[0].id
