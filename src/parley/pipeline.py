"""The extraction pipeline: an ordered list of named stages over an article's state.

Each stage says what it needs and what it adds; assembling stages in the wrong order fails with
the stage's name. The parse stage works on batches so spaCy sees many paragraphs at once, and a
cheap pre-filter decides which paragraphs deserve the parser at all.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from parley.errors import PipelineError
from parley.extract.actors import ActorFinder, Mention, described_as, main_pair
from parley.extract.article_view import ArticleView, ParsedParagraph
from parley.extract.context import (
    Context,
    build_context,
    dated_by_headings,
    section_times,
    with_story_days,
)
from parley.extract.coreference import GROUP_PHRASES, resolve_references
from parley.extract.encounter_lexicon import trigger_words_pattern
from parley.extract.encounters import EncounterExtractor
from parley.extract.publishers import publisher_country
from parley.extract.quotes import find_quotes
from parley.extract.signatories import we_the_signatories
from parley.extract.spoken_day import spoken_on
from parley.extract.timex import TimeMention
from parley.extract.titles import TITLE_WORDS
from parley.extract.transcripts import JointAppearances
from parley.model import ActorMention, Article, ArticleResult, Encounter, Quote
from parley.nlp import load_pipeline
from parley.resolve.gazetteer import Gazetteer
from parley.resolve.kb import KnowledgeBase
from parley.settings import Settings

# Words that make a paragraph worth parsing: an encounter may be told there, or someone quoted.
_QUOTE_REACH = 1500  # characters back to the last named leader for a quote to be theirs
_QUOTATION = re.compile('[\u201c"]')
_WORTH_PARSING = re.compile(trigger_words_pattern() + '|[\u201c"]', re.IGNORECASE)
_PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")
_MAX_PARAGRAPH = 20_000
_PERSONAL = re.compile(r"\b(?:[Ss]he|[Hh]e|him|her|the two|[Bb]oth)\b")


@dataclass
class ArticleState:
    """What the stages know about one article so far."""

    article: Article
    named: list[Mention] | None = None
    chunks: list[tuple[int, str]] | None = None
    context: Context | None = None
    paragraphs: list[ParsedParagraph] | None = None
    mentions: list[Mention] | None = None
    times: list[TimeMention] | None = None
    encounters: list[Encounter] | None = None
    quotes: list[Quote] | None = None

    @functools.cached_property
    def reference(self) -> date | None:
        """The day relative times count from: the day the text was spoken, when it says so."""
        return spoken_on(self.article.text, self.article.published)

    @functools.cached_property
    def home(self) -> str | None:
        """The country the article is written from, by its address: whose "the President"."""
        return publisher_country(self.article.url or self.article.source)


@dataclass(frozen=True)
class Stage:
    """One named step: reads `needs` from the state, fills in `adds`."""

    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[list[ArticleState]], None]


@dataclass
class Resources:
    """Everything loaded once per process and shared read-only by the stages."""

    settings: Settings = field(default_factory=Settings.from_env)

    def __post_init__(self) -> None:
        self.kb = KnowledgeBase.default()
        self.gazetteer = Gazetteer.default()
        self.nlp = load_pipeline(self.settings.spacy_model)
        self.finder = ActorFinder(self.kb, self.gazetteer.is_known)
        self.extractor = EncounterExtractor(self.gazetteer, self.kb)
        self.appearances = JointAppearances(self.kb, self.gazetteer.lookup)

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.settings = state["settings"]
        self.__post_init__()


def worth_parsing(text: str, named: list[Mention]) -> list[tuple[int, str]]:
    """Paragraphs that may tell an encounter or quote a leader, for the parser.

    A paragraph qualifies when it has an encounter word or a quotation mark and a leader is
    named in it or in the paragraph before, a heading between or not ("He met her there"
    follows a paragraph that names them) or a phrase stands for two named ("the two presidents
    spoke") or a pronoun carries on from a leader named a paragraph or two back ("she joined
    him"), or when it quotes someone with a title ("Foreign Minister Wang Yi said").
    Everything else is never parsed: most of a long speech or briefing.
    """
    starts = sorted(m.start for m in named)
    chosen: list[tuple[int, str]] = []
    previous_start = 0
    for offset, chunk in _paragraphs(text):
        end = offset + len(chunk)
        near = bisect.bisect_left(starts, previous_start) < bisect.bisect_left(starts, end)
        recent = bisect.bisect_left(starts, offset - _QUOTE_REACH) < bisect.bisect_left(starts, end)
        quoted = _QUOTATION.search(chunk) and (recent or TITLE_WORDS.search(chunk))
        near = near or bool(GROUP_PHRASES.search(chunk))  # "the two presidents spoke by phone"
        # a chain of pronouns from a leader named a paragraph or two back: "she joined him"
        near = near or bool(recent and _PERSONAL.search(chunk))
        if (near and _WORTH_PARSING.search(chunk)) or quoted:
            chosen.append((offset, chunk))
        if not chunk.startswith("#"):  # a heading between keeps the paragraph before it near
            previous_start = offset
    return chosen


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    for match in _PARAGRAPH.finditer(text):
        start, chunk = match.start(), match.group()
        for offset in range(0, len(chunk), _MAX_PARAGRAPH):
            yield start + offset, chunk[offset : offset + _MAX_PARAGRAPH]


class Pipeline:
    """Stages in order; `run` for one article, `run_batches` for a stream."""

    def __init__(self, resources: Resources | None = None, stages: list[Stage] | None = None):
        self.resources = resources or Resources()
        self.stages = stages if stages is not None else default_stages(self.resources)
        check_order(self.stages)

    def run(self, article: Article) -> ArticleResult:
        return next(self.run_batches([article]))

    def run_batches(
        self, articles: Iterable[Article], batch_size: int = 32
    ) -> Iterator[ArticleResult]:
        """Results in input order, processing `batch_size` articles at a time."""
        iterator = iter(articles)
        while batch := list(islice(iterator, batch_size)):
            states = [ArticleState(article) for article in batch]
            for stage in self.stages:
                try:
                    stage.run(states)
                except PipelineError:
                    raise
                except Exception as error:  # a bug in a stage: say which stage
                    raise PipelineError(stage.name, f"failed: {error!r}") from error
            for state in states:
                yield to_result(state)


def check_order(stages: list[Stage]) -> None:
    """Fail early, naming the stage, when a stage needs what no earlier stage adds."""
    available = {"article"}
    for stage in stages:
        missing = [need for need in stage.needs if need not in available]
        if missing:
            raise PipelineError(
                stage.name,
                f"needs {', '.join(missing)}, which no earlier stage adds",
                options=[s.name for s in stages],
                fix="put the stage that adds it first",
            )
        available.update(stage.adds)


def default_stages(res: Resources) -> list[Stage]:
    """The standard order: context, times, names, pre-filter, parse, actors, encounters, quotes."""

    def names(states: list[ArticleState]) -> None:
        for state in states:
            text, published, ctx = state.article.text, state.reference, state.context
            assert ctx is not None
            found = res.finder.names(text, published, ctx)
            found += res.finder.titles(text, published, ctx, found, state.home)
            found += res.finder.plural_titles(text, published, ctx, found)
            found += res.finder.nationals(text, found)
            found.sort(key=lambda m: m.start)
            state.named = found + we_the_signatories(text, found)

    def prefilter(states: list[ArticleState]) -> None:
        for state in states:
            assert state.named is not None
            state.chunks = worth_parsing(state.article.text, state.named)

    def context(states: list[ArticleState]) -> None:
        for state in states:
            state.context = build_context(state.article.text, state.reference, res.gazetteer.lookup)

    def parse(states: list[ArticleState]) -> None:
        jobs = [(state, offset, chunk) for state in states for offset, chunk in state.chunks or []]
        docs = res.nlp.pipe((chunk for _, _, chunk in jobs), batch_size=res.settings.batch_size)
        for state in states:
            state.paragraphs = []
        for (state, offset, _), doc in zip(jobs, docs, strict=True):
            assert state.paragraphs is not None
            state.paragraphs.append(ParsedParagraph(offset, doc))

    def actors(states: list[ArticleState]) -> None:
        for state in states:
            published, ctx = state.reference, state.context
            assert ctx is not None and state.paragraphs is not None and state.named is not None
            found = list(state.named)
            for para in state.paragraphs:
                found += res.finder.metonyms(para.doc, para.offset, published, ctx)  # type: ignore[arg-type]
                found += res.finder.people(para.doc, para.offset, found)  # type: ignore[arg-type]
            found += described_as(state.article.text, found)
            found += res.finder.officials_by_title(state.article.text, found)
            found.sort(key=lambda m: m.start)
            docs = [(para.offset, para.doc) for para in state.paragraphs]
            found += resolve_references(docs, found, ctx, res.gazetteer.lookup)  # type: ignore[arg-type]
            state.mentions = sorted(found, key=lambda m: (m.start, m.end))

    def times(states: list[ArticleState]) -> None:
        for state in states:
            assert state.context is not None
            state.times = section_times(state.article.text, state.reference, state.context)
            state.context = dated_by_headings(state.context, state.times)
            state.context = with_story_days(state.context, state.article.text, state.times)

    def encounters(states: list[ArticleState]) -> None:
        for state in states:
            assert state.paragraphs is not None and state.mentions is not None
            assert state.context is not None and state.times is not None
            view = ArticleView(
                state.article.id,
                state.article.text,
                state.reference,
                state.context,
                state.mentions,
                state.times,
                main_pair(state.mentions),
            )
            occasion = res.appearances.encounter(
                state.article.text, state.reference, state.context, state.home, state.article.title
            )
            state.encounters = res.extractor.extract(view, state.paragraphs, occasion)

    def quotes(states: list[ArticleState]) -> None:
        for state in states:
            assert state.mentions is not None and state.context and state.encounters is not None
            state.quotes = find_quotes(
                state.article.text,
                state.mentions,
                state.context,
                state.encounters,
                state.paragraphs,
            )

    return [
        Stage("context", ("article",), ("context",), context),
        Stage("times", ("context",), ("times",), times),
        Stage("names", ("context", "times"), ("named",), names),
        Stage("prefilter", ("named",), ("chunks",), prefilter),
        Stage("parse", ("chunks",), ("paragraphs",), parse),
        Stage("actors", ("named", "paragraphs"), ("mentions",), actors),
        Stage("encounters", ("mentions", "times", "paragraphs"), ("encounters",), encounters),
        Stage("quotes", ("mentions", "encounters", "paragraphs"), ("quotes",), quotes),
    ]


def to_result(state: ArticleState) -> ArticleResult:
    """The stages' findings as the frozen result the store and the contract read."""
    counts: Counter[str] = Counter()
    actors = {}
    for mention in state.mentions or []:
        if mention.how in {"pronoun", "group"}:
            continue
        for actor in mention.actors:
            counts[actor.id] += 1
            actors.setdefault(actor.id, actor)
    return ArticleResult(
        article=state.article,
        encounters=tuple(state.encounters or ()),
        quotes=tuple(state.quotes or ()),
        actors=tuple(ActorMention(actors[i], n) for i, n in counts.most_common()),
    )
