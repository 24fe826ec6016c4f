"""`briefgen serve`: rebuild on every change and serve out/ on localhost, reloading the open page.

The HTTP server answers on a loopback address only and serves nothing outside the output folder.
When it sends an HTML page it adds a small inline script (the files on disk are left untouched)
that polls `/__briefgen/status` and reloads the page after each build; when the last build
failed, the page shows its one-line error in a banner at the top.
"""

from __future__ import annotations

import html
import ipaddress
import json
import logging
import mimetypes
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

import watchfiles

from briefgen import build as builder
from briefgen.distribute.archive import ARCHIVE
from briefgen.errors import BriefgenError, ConfigError
from briefgen.read import project as configuration
from briefgen.read.project import Project

log = logging.getLogger(__name__)

STATUS_PATH = "/__briefgen/status"
BANNER_ID = "__briefgen-error"
_POLL_MS = 200  # the open page asks this often whether to reload: a local, tiny request
_RUST_TIMEOUT_MS = 1000  # how often the watcher wakes to check whether its paths changed

_SNIPPET = """<div id="{banner_id}" role="alert" style="display:{display};position:fixed;top:0;\
left:0;right:0;z-index:2147483647;margin:0;padding:.6em 1em;background:#b00020;color:#fff;\
font:14px/1.4 monospace;white-space:pre-wrap">{error}</div>
<script>(function () {{
  var seen = {build};
  var banner = document.getElementById("{banner_id}");
  function poll() {{
    fetch("{status_path}", {{cache: "no-store"}})
      .then(function (response) {{ return response.json(); }})
      .then(function (status) {{
        if (status.build !== seen) {{ location.reload(); return; }}
        banner.textContent = status.error || "";
        banner.style.display = status.error ? "block" : "none";
      }})
      .catch(function () {{}})
      .then(function () {{ setTimeout(poll, {poll_ms}); }});
  }}
  setTimeout(poll, {poll_ms});
}})();</script>
"""


@dataclass(frozen=True)
class BuildResult:
    """How a rebuild went: its error (None when it succeeded), the seeds it skipped."""

    number: int
    seconds: float
    error: str | None
    problems: list[str]
    html_seconds: float | None = None  # when the new HTML was written, before the PDFs


class Server:
    """The HTTP server (running in its own thread) and the builds it reports on."""

    def __init__(
        self,
        config_path: Path,
        httpd: _HTTPServer,
        audience: str | None = None,
        built: Callable[[BuildResult], None] | None = None,
    ) -> None:
        self.config_path = config_path
        self.audience = audience  # serve only what this audience may see
        self._built = built
        self.project: Project | None = None  # the last configuration that loaded
        self._httpd = httpd
        self._lock = threading.Lock()
        self._build = 0
        self._building = False
        self._error: str | None = None
        self._problems: list[str] = []
        self._thread = threading.Thread(
            target=httpd.serve_forever, name="briefgen-serve-http", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        host = str(self._httpd.server_address[0])
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}/"

    @property
    def output_dir(self) -> Path:
        if self.project is not None:
            return self.project.output_dir
        return self.config_path.parent.resolve() / "out"

    def status(self) -> dict[str, Any]:
        """What `/__briefgen/status` answers: completed builds, and the last one's error."""
        with self._lock:
            return {
                "build": self._build,
                "building": self._building,
                "error": self._error,
                "problems": list(self._problems),
            }

    def rebuild(self) -> None:
        """Read the configuration afresh and build; a failure is recorded, never raised. The
        open page reloads as soon as the new HTML is written; the PDFs follow."""
        with self._lock:
            self._building = True
        started = time.monotonic()
        shown: list[float] = []  # when the new HTML went out, if it did before the end
        error: str | None = None
        problems: list[str] = []

        def html_written() -> None:
            shown.append(time.monotonic() - started)
            with self._lock:
                self._build += 1
                self._error = None

        try:
            self.project = configuration.load(self.config_path)
            options = builder.Options(html_written=html_written)
            outcome = builder.build(self.project, options=options)
            problems = [str(problem) for problem in outcome.problems]
        except BriefgenError as exc:
            error = str(exc)
            log.info("build failed: %s", error)  # the page's banner and `built` say it
        except Exception as exc:
            log.exception("build failed")
            lines = str(exc).strip().splitlines()
            error = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
        with self._lock:
            if not shown or error is not None:  # not reloaded for this build, or must show why
                self._build += 1
            self._building = False
            self._error = error
            self._problems = problems
            number = self._build
        seconds = time.monotonic() - started
        log.info("build %d finished in %.1f s", number, seconds)
        if self._built is not None:
            html = shown[0] if shown and error is None else None
            self._built(BuildResult(number, seconds, error, problems, html))

    def run(self, stop: threading.Event, debounce_ms: int = 300) -> None:
        """Build once, then rebuild after every batch of changes until `stop` is set."""
        self.rebuild()
        while not stop.is_set():
            paths = self._watch_paths()
            if not paths:  # nothing to watch yet: look again in a moment
                stop.wait(_RUST_TIMEOUT_MS / 1000)
                if self._watch_paths():
                    self.rebuild()
            elif self._watch(paths, stop, debounce_ms):
                self.rebuild()

    def close(self) -> None:
        """Stop answering requests and release the port."""
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _start(self) -> None:
        self._thread.start()

    def _watch(self, paths: list[Path], stop: threading.Event, debounce_ms: int) -> bool:
        """Rebuild on each batch of changes; return once the paths to watch change.

        Returns whether a build is due (a path appeared or went without a change being seen).
        """
        config = self.config_path.resolve()
        changes_seen = watchfiles.watch(
            *paths,
            watch_filter=watchfiles.DefaultFilter(ignore_paths=[self.output_dir]),
            debounce=debounce_ms,
            stop_event=stop,
            rust_timeout=_RUST_TIMEOUT_MS,
            yield_on_timeout=True,
        )
        for changes in changes_seen:
            if changes:
                log.info("%d change(s), rebuilding", len(changes))
                self.rebuild()
            if self._watch_paths() != paths:
                return not changes
            if any(Path(changed) == config for _, changed in changes):
                return False  # watch the file afresh: editors often replace it, not rewrite it
        return False

    def _watch_paths(self) -> list[Path]:
        """The configuration file and the folders it names (seeds, notes, templates, the
        lexicon), those that exist."""
        config = self.config_path.resolve()
        if self.project is not None:
            project = self.project
            folders = [project.seeds_dir, project.notes_dir, project.templates_dir]
            if project.config.lexicon:
                folders.append(project.path(project.config.lexicon))
        else:
            folders = [config.parent / name for name in ("seeds", "notes", "templates")]
        return [path for path in [config, *folders] if path.exists()]


class _HTTPServer(ThreadingHTTPServer):
    app: Server


class _Handler(BaseHTTPRequestHandler):
    server_version = "briefgen"

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def _respond(self, with_body: bool) -> None:
        app = cast(_HTTPServer, self.server).app
        if not _local_host(self.headers.get("Host", "")):  # a DNS-rebinding page, say
            self._send(HTTPStatus.FORBIDDEN, b"forbidden\n", "text/plain", with_body)
            return
        path = urllib.parse.urlsplit(self.path).path
        if path == STATUS_PATH:
            body = json.dumps(app.status()).encode("utf-8")
            self._send(HTTPStatus.OK, body, "application/json", with_body)
        elif path == "/" and app.audience is not None:
            location = f"/{urllib.parse.quote(app.audience)}/index.html"
            self._send(HTTPStatus.FOUND, b"", "text/plain", with_body, {"Location": location})
        elif path == "/":
            page = _inject(_index(app).encode("utf-8"), app.status())
            self._send(HTTPStatus.OK, page, "text/html; charset=utf-8", with_body)
        elif app.audience is not None and not _visible_to(app.audience, path):
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain", with_body)
        else:
            self._file(app, path, with_body)

    def _file(self, app: Server, path: str, with_body: bool) -> None:
        root = app.output_dir.resolve()
        target = _inside(root, path)
        if target is None:
            self._send(HTTPStatus.FORBIDDEN, b"forbidden\n", "text/plain", with_body)
            return
        if target.is_dir() and (target / "briefing.html").is_file():
            location = "/" + target.relative_to(root).as_posix() + "/briefing.html"
            self._send(HTTPStatus.FOUND, b"", "text/plain", with_body, {"Location": location})
            return
        try:
            content = target.read_bytes()
        except OSError:  # missing, a folder, or replaced by a build just now
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain", with_body)
            return
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind == "text/html":
            content, kind = _inject(content, app.status()), "text/html; charset=utf-8"
        elif kind == "application/json":
            kind = "application/json; charset=utf-8"
        self._send(HTTPStatus.OK, content, kind, with_body)

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        kind: str,
        with_body: bool,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(body)


def start_server(
    config_path: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    audience: str | None = None,
    built: Callable[[BuildResult], None] | None = None,
) -> Server:
    """Listen on a loopback address (port 0: any free port) and answer requests in a thread.

    Nothing is built yet: `Server.run` builds, then watches. Raises ConfigError for a host that
    is not a loopback address and BriefgenError when the port cannot be had.
    """
    address = _loopback_address(host)

    class Listener(_HTTPServer):
        address_family = socket.AF_INET6 if address.version == 6 else socket.AF_INET

    try:
        httpd = Listener((str(address), port), _Handler)
    except OSError as exc:
        raise BriefgenError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    app = Server(config_path, httpd, audience, built)
    httpd.app = app
    app._start()
    log.info("serving %s on %s", app.output_dir, app.url)
    return app


def serve(
    config_path: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    debounce_ms: int = 300,
    stop: threading.Event | None = None,
    ready: Callable[[Server], None] | None = None,
    audience: str | None = None,
    built: Callable[[BuildResult], None] | None = None,
) -> None:
    """Serve the project's output and rebuild it on every change until `stop` is set.

    `ready` is called with the listening server (its `url` and actual `port`) before the
    first build, `built` after every build.
    """
    app = start_server(config_path, host, port, audience, built)
    try:
        if ready is not None:
            ready(app)
        app.run(stop if stop is not None else threading.Event(), debounce_ms)
    finally:
        app.close()


def _loopback_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise ConfigError(f"cannot resolve the host {host!r}: {exc}") from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]
    if not addresses or not all(address.is_loopback for address in addresses):
        raise ConfigError(f"serve answers on localhost only; {host!r} is not a loopback address")
    return min(addresses, key=lambda address: address.version)  # IPv4 first


def _local_host(header: str) -> bool:
    """Whether a Host header names this machine: localhost or a loopback address."""
    name = header.strip().lower()
    if name.startswith("["):
        name = name[1 : name.find("]")] if "]" in name else ""
    elif name.count(":") == 1:
        name = name.split(":")[0]
    if name in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _inside(root: Path, url_path: str) -> Path | None:
    """The file a URL path names within `root`, or None for anything that would leave it."""
    parts = [part for part in urllib.parse.unquote(url_path).split("/") if part]
    for part in parts:
        if part.startswith(".") or "\\" in part or "\0" in part:  # `..`, hidden and staging
            return None
    target = root.joinpath(*parts).resolve()
    return target if target == root or target.is_relative_to(root) else None


def _visible_to(audience: str, url_path: str) -> bool:
    """Whether a path lies in what an audience may see: its own folder (latest briefing,
    index, feed, exports) and its own dated briefings in the archive."""
    parts = [part for part in urllib.parse.unquote(url_path).split("/") if part]
    own = parts[:1] == [audience]
    archived = len(parts) >= 3 and parts[0] == ARCHIVE and parts[2] == audience
    return own or archived


def _inject(page: bytes, status: dict[str, Any]) -> bytes:
    """The page with the reload script (and the error banner) added before `</body>`."""
    error = status["error"]
    snippet = _SNIPPET.format(
        banner_id=BANNER_ID,
        display="block" if error else "none",
        error=html.escape(error or ""),
        build=int(status["build"]),
        status_path=STATUS_PATH,
        poll_ms=_POLL_MS,
    ).encode("utf-8")
    end = page.lower().rfind(b"</body>")
    if end < 0:
        return page + snippet
    return page[:end] + snippet + page[end:]


def _index(app: Server) -> str:
    """The page at `/`: each audience's briefing, as far as it has been built."""
    project = app.project
    title = project.config.title if project is not None else "briefgen"
    audiences = list(project.config.audiences) if project is not None else []
    root = app.output_dir
    items = []
    for name in audiences:
        quoted = urllib.parse.quote(name)
        links = [
            f'<a href="/{quoted}/{file}">{label}</a>'
            for file, label in (
                ("briefing.html", html.escape(name)),
                ("briefing.pdf", "PDF"),
                ("briefing.json", "JSON"),
            )
            if (root / name / file).is_file()
        ]
        items.append(
            f"<li>{' · '.join(links)}</li>"
            if links
            else f"<li>{html.escape(name)} (not built)</li>"
        )
    state = app.status()
    note = "building…" if state["building"] else f"build {state['build']}"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n"
        f"<body><h1>{html.escape(title)}</h1>\n<ul>\n" + "\n".join(items) + "\n</ul>\n"
        f"<p>{note}</p>\n</body></html>\n"
    )
