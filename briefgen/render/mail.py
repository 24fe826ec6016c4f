"""An audience's page as a mail body: styles inlined, charts as images the message carries.

Many mail clients drop `<style>` blocks and all drop inline SVG, so the page is rendered again
with its charts as PNG images (`cid:` links) and its CSS copied into each element's `style`
attribute by css-inline. Nothing is fetched: the page links nothing outside itself, and
css-inline is told not to load stylesheets through links.
"""

from __future__ import annotations

from dataclasses import dataclass

import css_inline
from jinja2 import Environment

from briefgen.errors import RenderError
from briefgen.model import AudienceView
from briefgen.render.charts import charts_as_images
from briefgen.render.html import render_html

_INLINER = css_inline.CSSInliner(
    # Kept as well: clients that read a <style> block (Apple Mail, Gmail) also get what cannot
    # be inlined, such as the separators drawn by ::before.
    keep_style_tags=True,
    keep_link_tags=False,
    load_remote_stylesheets=False,
    resolve_css_variables=True,  # few mail clients know var()
)


@dataclass(frozen=True)
class MailBody:
    html: str
    images: dict[str, bytes]  # content id -> PNG


def render_mail_body(
    env: Environment, template_name: str, view: AudienceView, *, author: str | None
) -> MailBody:
    with charts_as_images() as images:
        page = render_html(env, template_name, view, author=author)
    try:
        inlined = _INLINER.inline(page)
    except css_inline.InlineError as exc:  # a project stylesheet css-inline cannot read
        raise RenderError(f"cannot inline the page's styles for mail: {exc}") from exc
    return MailBody(inlined, dict(images))
