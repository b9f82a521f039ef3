"""Every error Parley raises on purpose, in one tree, so callers can catch as broadly as they need.

```
ParleyError              catch-all for Parley's own errors (never for bugs)
 ├── InputError          a source that cannot become an Article: "path:line: reason"
 ├── ConfigError         a setting, option or model name that is wrong or missing
 ├── StoreError          the database cannot be opened, migrated or written
 └── PipelineError       a stage failed or the stages were assembled in the wrong order
```

Each message shows the bad value, the valid options and a fix where Parley knows them, as in
`unknown setting 'batchsize' (valid options: batch_size, model); check the spelling`.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["ConfigError", "InputError", "ParleyError", "PipelineError", "StoreError"]

_UNSET = object()


class ParleyError(Exception):
    """Base class: the message, plus the bad value, the valid options and a fix when known."""

    def __init__(
        self,
        message: str,
        *,
        value: object = _UNSET,
        options: Iterable[object] = (),
        fix: str | None = None,
    ) -> None:
        self.message = message
        self.value = None if value is _UNSET else value
        self.options = tuple(options)
        self.fix = fix
        text = message
        if value is not _UNSET:
            text += f" {value!r}"
        if self.options:
            text += f" (valid options: {', '.join(str(option) for option in self.options)})"
        if fix:
            text += f"; {fix}"
        super().__init__(text)


class InputError(ParleyError):
    """A source that cannot be read as an article; `line` is 1-based, or None for the whole file."""

    def __init__(
        self,
        source: str,
        line: int | None,
        reason: str,
        *,
        value: object = _UNSET,
        options: Iterable[object] = (),
        fix: str | None = None,
    ) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        super().__init__(f"{locate(source, line)}: {reason}", value=value, options=options, fix=fix)


class ConfigError(ParleyError):
    """A setting, command-line option or model name that Parley cannot use."""


class StoreError(ParleyError):
    """The store cannot be opened, migrated, read or written."""


class PipelineError(ParleyError):
    """A pipeline stage failed, or stages were assembled so that one lacks what it needs."""

    def __init__(
        self,
        stage: str,
        message: str,
        *,
        value: object = _UNSET,
        options: Iterable[object] = (),
        fix: str | None = None,
    ) -> None:
        self.stage = stage
        super().__init__(f"stage {stage!r}: {message}", value=value, options=options, fix=fix)


def locate(source: str, line: int | None) -> str:
    """Say where a problem is the way compilers do, so editors can jump to it: `path:line`."""
    return source if line is None else f"{source}:{line}"
