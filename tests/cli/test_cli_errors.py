"""Mistakes users make around the commands: a bad --db, a bad PARLEY_* setting, no arguments.

Each must end in one `Error: ...` line naming the bad value and exit 1 (2 for usage), never a
Python traceback.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import LIBRARY, cli, write_article

from parley.pipeline import Pipeline


def _one_error_line(stderr: str) -> str:
    [line] = [line for line in stderr.splitlines() if line.strip()]
    assert line.startswith("Error: ")
    return line


def _unusable_db(kind: str, tmp_path: Path) -> Path:
    """A --db value SQLite cannot use: in a missing folder, a directory, or a non-database file."""
    if kind == "missing-folder":
        return tmp_path / "missing" / "parley.db"
    if kind == "a-directory":
        return tmp_path
    path = tmp_path / "notes.db"
    path.write_text("not a database", "utf-8")
    return path


@pytest.mark.parametrize("kind", ["missing-folder", "a-directory", "not-a-database"])
def test_unusable_db_path_is_a_one_line_error(tmp_path: Path, kind: str) -> None:
    db = _unusable_db(kind, tmp_path)
    result = cli(db, "encounters")
    assert result.exit_code == 1
    assert str(db) in _one_error_line(result.stderr)


def test_unsupported_db_url_names_scheme_but_not_password() -> None:
    result = cli("mysql://parley:s3cret@db.example.org/news", "encounters")
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert "'mysql'" in line
    assert "s3cret" not in line


@pytest.mark.parametrize(
    ("variable", "value", "command"),
    [
        pytest.param("PARLEY_MAX_BYTES", "lots", "ingest"),
        pytest.param("PARLEY_BATCH_SIZE", "big", "extract"),
        pytest.param("PARLEY_SPACY_MODEL", "en_nope", "ingest"),
        pytest.param("PARLEY_SPACY_MODEL", "en_nope", "extract"),
    ],
)
def test_bad_setting_is_a_one_line_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, command: str
) -> None:
    monkeypatch.setattr("parley.cli.Pipeline", Pipeline)  # the real one reads the setting
    article = write_article(tmp_path, "call.md", *LIBRARY["d-call.md"])
    result = cli(tmp_path / "parley.db", command, str(article), env={variable: value})
    assert result.exit_code == 1
    assert repr(value) in _one_error_line(result.stderr)


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_command_without_paths_shows_usage(tmp_path: Path, command: str) -> None:
    result = cli(tmp_path / "parley.db", command)
    assert result.exit_code == 2
    assert f"Usage: main {command}" in result.stderr or f"Usage: parley {command}" in result.stderr
    assert "PATHS" in result.stderr


def test_python_dash_m_parley_help_lists_the_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "parley", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout
    for command in ("ingest", "extract", "timeline", "encounters", "quotes"):
        assert command in result.stdout
