"""Markdown from seeds and configs, rendered without raw HTML."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markupsafe import Markup


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Seed text is untrusted: raw HTML is escaped, and markdown-it's default validateLink
    # (kept on purpose) drops javascript:, vbscript:, file: and non-image data: links.
    md = MarkdownIt("commonmark", {"html": False})
    # An image would make the page fetch a remote URL; the HTML must stay self-contained.
    md.disable("image")
    return md


def render_markdown(text: str) -> Markup:
    """HTML for a Markdown string, safe to insert into an autoescaped template."""
    return Markup(_parser().render(text))
