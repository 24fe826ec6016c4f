"""An audience's briefing as a Word document, for readers who edit before release.

The layout is a Word file with Jinja tags in it (docxtpl): `templates/briefing.docx`, which a
project's own `templates/briefing.docx` replaces, restyled in Word by the team that owns it.
Its context is the audience's `briefing.json` as `view`; seed text is escaped as XML. The
document's parts get a fixed time, so the same briefing gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import jinja2
from docxtpl import DocxTemplate

from briefgen.errors import TemplateError
from briefgen.model import AudienceView, to_json
from briefgen.render.html import spoken

WORD_TEMPLATE = "briefing.docx"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip entry can carry


def word_template(folders: list[Path]) -> Path | None:
    """The first `briefing.docx` among the template folders (the project's first)."""
    return next((f / WORD_TEMPLATE for f in folders if (f / WORD_TEMPLATE).is_file()), None)


def word_environment() -> jinja2.Environment:
    """Jinja for a Word template: seed text escaped as XML, and the filters it may use besides
    Jinja's own, as the pages do."""
    environment = jinja2.Environment(autoescape=True)
    environment.filters["spoken"] = spoken
    return environment


def word_document(view: AudienceView, template: Path) -> bytes:
    try:
        document = DocxTemplate(template)
        document.render({"view": to_json(view)}, word_environment(), autoescape=True)
        buffer = io.BytesIO()
        document.save(buffer)
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        raise TemplateError(f"the Word template: {exc}", template, line) from exc
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TemplateError(f"not a usable Word template: {exc}", template) from exc
    return _fixed_times(buffer.getvalue())


def _fixed_times(docx: bytes) -> bytes:
    """The same package with every part dated alike (python-docx stamps the time of saving)."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            fixed = zipfile.ZipInfo(item.filename, date_time=_FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(item.filename))
    return out.getvalue()
