"""The `parley` command: thin commands, each parsing its options and calling one function."""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click

from parley import query
from parley.contract import encounter_json, quote_json, result_json
from parley.errors import ParleyError
from parley.ingest import read_sources
from parley.jobs import extract_results, ingest
from parley.model import KINDS, STATUSES
from parley.pipeline import Pipeline
from parley.report import FORMATS as EXPORT_FORMATS
from parley.report import export, write_brief
from parley.settings import Settings
from parley.store import EncounterRecord, Store, open_store
from parley.store.merged_records import MergedEncounter

F = TypeVar("F", bound=Callable[..., Any])


def _reports_errors(command: F) -> F:
    """Parley's own errors end a command with one line on stderr, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ParleyError as error:
            raise click.ClickException(str(error)) from None

    return wrapper  # type: ignore[return-value]


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2023-11-15"
        ) from None


@click.group()
@click.option(
    "--db",
    default=None,
    help="SQLite file or postgresql:// URL (default ./parley.db or PARLEY_DB).",
)
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Parley: a sourced record of who met whom, read from news articles."""
    ctx.obj = {"db": db or Settings.from_env().db}


@contextlib.contextmanager
def _opened(ctx: click.Context) -> Iterator[Store]:
    """The store the --db option names, closed again however the command ends."""
    store = open_store(ctx.obj["db"])
    try:
        yield store
    finally:
        store.close()


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Date for texts without one (YYYY-MM-DD).")
@click.option("--max-bytes", type=int, default=None, help="Largest file accepted, in bytes.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, help="Processes to extract with.")
@click.pass_context
@_reports_errors
def ingest_cmd(
    ctx: click.Context,
    paths: Sequence[str],
    published: date | None,
    max_bytes: int | None,
    quiet: bool,
    workers: int,
) -> None:
    """Read articles (files, directories, .jsonl[.gz], - for stdin) into the store."""
    settings = Settings.from_env()
    pipeline = Pipeline() if workers == 1 else None
    with _opened(ctx) as store:
        summary = ingest(
            paths,
            store,
            pipeline,
            published=published,
            max_bytes=max_bytes or settings.max_bytes,
            progress=not quiet and sys.stderr.isatty(),
            workers=workers,
        )
    for line in summary.lines():
        click.echo(line)


@main.command("remerge")
@click.pass_context
@_reports_errors
def remerge_cmd(ctx: click.Context) -> None:
    """Merge every stored report again with this version's rules (after an upgrade)."""
    with _opened(ctx) as store:
        click.echo(f"{store.remerge()} merged encounters")


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one object per article.")
@click.option("--published", callback=_date, help="Date for texts without one (YYYY-MM-DD).")
@_reports_errors
def extract_cmd(paths: Sequence[str], as_json: bool, published: date | None) -> None:
    """Extract encounters and quotes from articles without storing them."""
    settings = Settings.from_env()
    pipeline = Pipeline()
    items = read_sources(paths, published=published, max_bytes=settings.max_bytes)
    for result in extract_results(pipeline, items):
        if as_json:
            click.echo(json.dumps(result_json(result), ensure_ascii=False))
            continue
        click.echo(f"== {result.article.title or result.article.id}")
        for encounter in result.encounters:
            click.echo("  " + _row(encounter_json(encounter)))
        for quote in result.quotes:
            speaker = quote.speaker.name if quote.speaker else "?"
            click.echo(f"  “{_clip(quote.text, 70)}” — {speaker}")


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(data: dict) -> str:
    when = (data["time"] or {}).get("start") or "????-??-??"
    if data["time"] and data["time"]["precision"] in {"month", "season"}:
        when = when[:7]
    elif data["time"] and data["time"]["precision"] == "year":
        when = when[:4]
    who = " & ".join(p["name"] for p in data["participants"])
    place = (data["place"] or {}).get("name") or "-"
    forum = data["forum"] or "-"
    what = f"{data['status']:<9} {data['kind']:<7} {data['format']:<8}"
    return f"{when:<10}  {what} {who:<40} {place:<18} {forum}"


def _print_records(records: list[EncounterRecord], as_json: bool) -> None:
    for record in records:
        data = encounter_json(record.encounter)
        data["article"] = {
            "id": record.article_id,
            "title": record.article_title,
            "url": record.article_url,
        }
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            click.echo(_row(data))
            click.echo(
                f"            “{_clip(data['evidence'][0]['text'], 110)}” [{record.article_id}]"
            )
    if not records and not as_json:
        click.echo("no encounters found")


def _print_merged(records: list[MergedEncounter], as_json: bool) -> None:
    """One line per real encounter with its number of sources, then the report behind it."""
    for merged in records:
        data = query.merged_json(merged)
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False))
            continue
        sources = f"{merged.sources} source{'s' if merged.sources > 1 else ''}"
        click.echo(f"{_row(data)}  [{sources}, confidence {merged.confidence:.2f}]")
        evidence = data["evidence"][0]["text"] if data["evidence"] else ""
        click.echo(f"            “{_clip(evidence, 110)}” [{data['article']['id']}]")
    if not records and not as_json:
        click.echo("no encounters found")


_MIN_CONFIDENCE = click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    help="Only encounters merged across articles with at least this confidence (0-1).",
)


@main.command("timeline")
@click.argument("first")
@click.argument("second")
@_MIN_CONFIDENCE
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@_reports_errors
def timeline_cmd(
    ctx: click.Context, first: str, second: str, min_confidence: float, as_json: bool
) -> None:
    """Encounters between two actors in date order, one line each however many articles tell
    it, with the number of sources and the sentence that reports its status.
    """
    with _opened(ctx) as store:
        _print_merged(
            query.merged_timeline(store, first, second, min_confidence=min_confidence), as_json
        )


@main.command("brief")
@click.argument("first")
@click.argument("second")
@click.option("--html", "as_html", is_flag=True, help="A standalone HTML page, not Markdown.")
@click.option(
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="File to write (default stdout).",
)
@_MIN_CONFIDENCE
@click.pass_context
@_reports_errors
def brief_cmd(
    ctx: click.Context,
    first: str,
    second: str,
    as_html: bool,
    output: str,
    min_confidence: float,
) -> None:
    """The story of two actors' encounters, every statement footnoted to its source sentence."""
    with _opened(ctx) as store, _output(output) as out:
        write_brief(store, first, second, out, html=as_html, min_confidence=min_confidence)


def _encounter_filters(command: F) -> F:
    """The filter options that `encounters` and `export` share, passed on as `Criteria`."""
    options = (
        click.option(
            "--actor", "actors", multiple=True, help="Repeat for several (all must take part)."
        ),
        click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES)),
        click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS)),
        click.option("--since", callback=_date),
        click.option("--until", callback=_date),
        click.option("--place"),
        click.option("--limit", type=int),
    )
    for option in reversed(options):
        command = option(command)
    return command


@main.command("encounters")
@_encounter_filters
@_MIN_CONFIDENCE
@click.option("--merged", is_flag=True, help="One record per real encounter across articles.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@_reports_errors
def encounters_cmd(ctx: click.Context, merged: bool, as_json: bool, **criteria: Any) -> None:
    """Encounters filtered by actor, status, kind, dates and place (per article by default)."""
    with _opened(ctx) as store:
        if merged:
            _print_merged(query.merged_encounters(store, **criteria), as_json)
        else:
            _print_records(query.encounters(store, **criteria), as_json)


@main.command("export")
@_encounter_filters
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="json",
    show_default=True,
    help="plover holds only held encounters unless --status asks for others.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="File to write (default stdout).",
)
@click.pass_context
@_reports_errors
def export_cmd(ctx: click.Context, fmt: str, output: str, **criteria: Any) -> None:
    """Encounters as JSON, CSV, GeoJSON, iCalendar (.ics) or PLOVER-style JSON."""
    with _opened(ctx) as store, _output(output) as out:
        summary = export(store, fmt, out, **criteria)
    click.echo(summary.line(), err=True)


@contextlib.contextmanager
def _output(path: str) -> Iterator[TextIO]:
    """The file to export to, removed again if the export fails half-way.

    newline="" so that CSV and iCalendar keep their CRLF line ends on every platform.
    """
    if path == "-":
        yield sys.stdout
        return
    try:
        out = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as error:
        raise click.ClickException(f"cannot write {path!r}: {error.strerror}") from None
    try:
        with out:
            yield out
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise


@main.command("quotes")
@click.option("--speaker")
@click.option("--about")
@click.option("--limit", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@_reports_errors
def quotes_cmd(
    ctx: click.Context, speaker: str | None, about: str | None, limit: int | None, as_json: bool
) -> None:
    """Quotes by a speaker and/or about a subject."""
    with _opened(ctx) as store:
        records = query.quotes(store, speaker=speaker, about=about, limit=limit)
    for record in records:
        data = quote_json(record.quote)
        if as_json:
            data["article"] = {"id": record.article_id, "title": record.article_title}
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            who = data["speaker"]["name"] if data["speaker"] else "?"
            click.echo(f"{who}: “{_clip(data['text'], 100)}” [{record.article_id}]")
    if not records and not as_json:
        click.echo("no quotes found")
