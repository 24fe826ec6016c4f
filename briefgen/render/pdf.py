"""HTML to PDF with WeasyPrint, fetching only local template/asset files and data: URLs."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pikepdf
import weasyprint
from weasyprint.urls import URLFetcher, URLFetcherResponse

from briefgen import collector
from briefgen.errors import RenderError

log = logging.getLogger(__name__)


class BlockedURLError(ValueError):
    """A resource outside the allowed folders; WeasyPrint logs it and skips the resource."""


class SafeURLFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint ships no type hints
    """WeasyPrint's own fetcher, restricted to data: URLs and files under `allowed_dirs`."""

    def __init__(self, allowed_dirs: Sequence[Path]) -> None:
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False)
        self.allowed_dirs = tuple(Path(d).resolve() for d in allowed_dirs)

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "file" and parts.netloc in ("", "localhost"):
            # resolve() follows symlinks, so a link inside an allowed folder cannot escape it.
            path = Path(url2pathname(parts.path)).resolve()
            if not any(path.is_relative_to(folder) for folder in self.allowed_dirs):
                self._refuse(url, "file outside the template and asset folders")
        elif scheme != "data":
            self._refuse(url, "only data: URLs and local template/asset files are fetched")
        return super().fetch(url, headers)

    @staticmethod
    def _refuse(url: str, why: str) -> None:
        shown = url if len(url) <= 120 else url[:117] + "..."
        log.warning("not fetching %s: %s", shown, why)
        raise BlockedURLError(f"blocked {shown}: {why}")


def safe_url_fetcher(allowed_dirs: Sequence[Path]) -> SafeURLFetcher:
    """A WeasyPrint URL fetcher that serves data: URLs and files inside `allowed_dirs` only."""
    return SafeURLFetcher(allowed_dirs)


def write_pdf(
    html: str,
    *,
    base_dir: Path,
    allowed_dirs: Sequence[Path],
    title: str | None = None,
    author: str | None = None,
    variant: str | None = None,
    attachments: dict[str, bytes] | None = None,
    laid_out: Any = None,
) -> bytes:
    """The PDF for a rendered page, byte-for-byte the same for the same HTML.

    Title and author come from the page's `<title>` and `<meta name=author>`; the keyword
    arguments override them when given. `laid_out` is the page already laid out by `lay_out`
    (to count its pages), which is then not laid out again.
    """
    try:
        # WeasyPrint makes hundreds of thousands of objects (boxes, styles) that all live until
        # the PDF is written: collections walked them again and again for nothing (a tenth of a
        # 43-page layout; the peak memory grew by 4 MB without the pause).
        with collector.paused():
            document = laid_out if laid_out is not None else _layout(html, base_dir, allowed_dirs)
            _set_metadata(document.metadata, title, author)
            files = [
                weasyprint.Attachment(string=content, name=name, base_url=None)
                for name, content in (attachments or {}).items()
            ]
            # WeasyPrint writes no clock dates unless the page or we supply them.
            with _fixed_epoch(document.metadata.created):
                written: bytes = document.write_pdf(
                    pdf_variant=variant, pdf_tags=True, attachments=files, uncompressed_pdf=True
                )
            return _compressed(written)
    except (OSError, ValueError, pikepdf.PdfError) as exc:
        raise RenderError(f"cannot produce the PDF: {exc}") from exc


def _compressed(written: bytes) -> bytes:
    """The PDF compressed by qpdf: streams and the many small objects of the structure tree
    (in object streams), with a file ID derived from the content. WeasyPrint would compress
    them itself, stream by stream at zlib's slowest level, in Python: a third of the time it
    takes to write a long page, for a file a few per cent smaller."""
    with pikepdf.open(io.BytesIO(written)) as pdf:
        out = io.BytesIO()
        pdf.save(
            out,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            deterministic_id=True,
        )
    return out.getvalue()


def lay_out(html: str, *, base_dir: Path, allowed_dirs: Sequence[Path]) -> Any:
    """The page laid out into pages (WeasyPrint's Document): `.pages` counts them, and
    `write_pdf(..., laid_out=)` writes it without laying it out again."""
    try:
        with collector.paused():  # as in `write_pdf`
            return _layout(html, base_dir, allowed_dirs)
    except (OSError, ValueError) as exc:
        raise RenderError(f"cannot lay out the PDF: {exc}") from exc


def _layout(html: str, base_dir: Path, allowed_dirs: Sequence[Path]) -> Any:
    fetcher = safe_url_fetcher(allowed_dirs)
    return weasyprint.HTML(
        string=html, base_url=base_dir.resolve().as_uri() + "/", url_fetcher=fetcher
    ).render()


def _set_metadata(metadata: Any, title: str | None, author: str | None) -> None:
    if title:
        metadata.title = title
    if author:
        metadata.authors = [author]
    if metadata.created is None and (stamp := _source_date()):
        # Reproducible-builds convention: a fixed date instead of none at all.
        metadata.created = metadata.modified = stamp


@contextlib.contextmanager
def _fixed_epoch(created: str | None) -> Iterator[None]:
    """Font subsetting (fontTools) stamps the clock into the PDF unless SOURCE_DATE_EPOCH is
    set: without one from the caller, the document's own date stands in."""
    if os.environ.get("SOURCE_DATE_EPOCH") or not created:
        yield
        return
    day = dt.datetime.fromisoformat(created[:10]).replace(tzinfo=dt.timezone.utc)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(day.timestamp()))
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def _source_date() -> str | None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
