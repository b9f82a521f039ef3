"""What the encounter rules read of one article: its parsed paragraphs, and the text with the
earlier stages' layers (mentions, times), sliced by position."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from parley.extract.actors import Mention
from parley.extract.context import Context
from parley.extract.timex import TimeMention
from parley.model import Actor


@dataclass(frozen=True)
class ParsedParagraph:
    """A parsed stretch of article text and where it starts in the article."""

    offset: int
    doc: object  # spacy.tokens.Doc; typed loosely to keep this module cheap to import in tests


@dataclass(frozen=True)
class ArticleView:
    """What the encounter rules read of one article: its text and the earlier stages' layers."""

    article_id: str
    text: str
    published: date | None
    context: Context
    mentions: list[Mention]  # in text order
    times: list[TimeMention]  # in text order
    main_pair: tuple[Actor, ...] = ()
    _starts: list[int] = field(init=False, repr=False, compare=False)
    _time_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [m.start for m in self.mentions])
        object.__setattr__(self, "_time_starts", [t.start for t in self.times])

    def times_in(self, start: int, end: int, resolved: bool = True) -> list[TimeMention]:
        """Times starting in [start, end), sliced like `mentions_in`: the resolved ones, or
        with `resolved=False` also steps with no anchor of their own ("two days after")."""
        found = self.times[
            bisect_left(self._time_starts, start) : bisect_left(self._time_starts, end)
        ]
        return [t for t in found if t.value is not None or not resolved]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in [start, end): a slice, not a scan of the whole article."""
        return self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
