"""What the CLI tests share: small articles of our own, and running `parley` in-process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from parley.cli import main

# name → (title, published, body): one line of real-world news each, written for these tests.
LIBRARY: dict[str, tuple[str, str, str]] = {
    "a-woodside.md": (
        "Biden and Xi meet near San Francisco",
        "2023-11-16",
        "President Joe Biden met Chinese President Xi Jinping in Woodside, California, on "
        'Wednesday.\n\n"We have to ensure that competition does not veer into conflict," '
        "Biden told reporters.",
    ),
    "b-bali.md": (
        "Biden meets Xi in Bali",
        "2022-11-15",
        "President Joe Biden met Chinese President Xi Jinping in Bali, Indonesia, on Monday, "
        "on the sidelines of the G20 summit.",
    ),
    "c-moscow.md": (
        "Putin hosts Xi",
        "2023-03-21",
        "Russian President Vladimir Putin hosted Chinese President Xi Jinping at the Kremlin in "
        'Moscow on Monday.\n\n"We are working on many things together," Putin told reporters.',
    ),
    "d-call.md": (
        "Biden calls Zelensky",
        "2022-02-13",
        "President Joe Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Sunday.",
    ),
    "e-cancel.md": (
        "Trump cancels Kim summit",
        "2018-05-25",
        "President Donald Trump on Thursday called off his planned summit with North Korean "
        "leader Kim Jong Un in Singapore.",
    ),
}


def write_article(folder: Path, name: str, title: str, published: str, body: str) -> Path:
    """A Markdown article with front matter, as a newsroom export would write it."""
    path = folder / name
    path.write_text(f"---\ntitle: {title}\npublished: {published}\n---\n{body}\n", "utf-8")
    return path


def cli(
    db: Path | str, *args: str, input: str | None = None, env: dict[str, str] | None = None
) -> Result:
    """Run `parley --db DB ARGS...`; a crash (not a clean exit) fails the test with its trace."""
    result = CliRunner().invoke(main, ["--db", str(db), *args], input=input, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def json_lines(result: Result) -> list[dict[str, Any]]:
    """Parse stdout as JSON Lines, failing on any line that is not a JSON object."""
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
