"""What a source reports instead of an Article, so one bad file never stops a whole run."""

from __future__ import annotations

from dataclasses import dataclass

from parley.errors import InputError, locate


@dataclass(frozen=True)
class IngestProblem:
    """A source (or one line of it) that could not become an Article, and why."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        return f"{locate(self.source, self.line)}: {self.reason}"

    def error(self) -> InputError:
        """The same problem as an exception, for callers that stop at the first bad input."""
        return InputError(self.source, self.line, self.reason)


def too_large(what: str, size: int, max_bytes: int) -> str:
    """The one wording for size refusals, naming the option that lifts the limit."""
    return f"{what} too large ({size:,} bytes > {max_bytes:,}; raise --max-bytes)"
