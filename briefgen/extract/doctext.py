"""A Doc's text, joined once: spaCy's `Doc.text` joins every token again on each call, which
made a quarter of the extraction's own cost where sides and quotes slice the text."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT = "briefgen_text"


def text_of(doc: Doc) -> str:
    cached = doc.user_data.get(_TEXT)
    if not isinstance(cached, str):
        cached = doc.user_data[_TEXT] = doc.text
    return cached
