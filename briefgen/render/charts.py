"""Pictures for the briefing: an event timeline and an actor network, as inline SVG.

Drawn with matplotlib's object API (no pyplot state) and its SVG backend. Text stays text
(`svg.fonttype: none`), ids come from a fixed hash salt and no date or creator is written,
so the same data always gives the same bytes, in the HTML page and in the PDF alike.
Every label is seed text: matplotlib escapes it, and the description we add is escaped too.
"""

from __future__ import annotations

import calendar
import contextlib
import contextvars
import datetime as dt
import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import matplotlib
from markupsafe import Markup, escape
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from briefgen.model import CONFLICTUAL, COOPERATIVE, Actor, Event, Participant, Statement

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

Family = Literal["cooperative", "conflictual", "other", "statement"]

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies and in grey.
COLOURS: dict[Family, str] = {
    "cooperative": "#0072B2",
    "conflictual": "#D55E00",
    "other": "#7F7F7F",
    "statement": "#6B7A8F",
}
LEGEND: dict[Family, str] = {
    "cooperative": "cooperative",
    "conflictual": "conflictual",
    "other": "other",
    "statement": "speaks about",
}
INK = "#1C1F24"
MUTED = "#5B6472"
NODE = "#14263F"
WIDTH_IN = 6.8  # fits the A4 text block (174 mm) with room to spare
TIMELINE_LIMIT = 16
LABEL_CHARS = 44
NAME_CHARS = 26

RC: dict[RcKeyType, Any] = {
    "svg.fonttype": "none",
    "svg.image_inline": True,
    "font.family": "DejaVu Sans",
    "font.size": 8.0,
    "text.parse_math": False,  # a "$" in seed text is a dollar, not TeX
    "text.usetex": False,
    "axes.unicode_minus": True,
    "path.simplify": True,
}


def family(event_type: str) -> Family:
    """The PLOVER type family: cooperative, conflictual, or other (unknown types)."""
    kind = event_type.strip().upper()
    if kind in COOPERATIVE:
        return "cooperative"
    if kind in CONFLICTUAL:
        return "conflictual"
    return "other"


# ---------- SVG output ----------

# While a mail body is rendered: where the charts' PNG images go, by content id.
_MAIL_IMAGES: contextvars.ContextVar[dict[str, bytes] | None] = contextvars.ContextVar(
    "mail_images", default=None
)
MAIL_DPI = 144  # sharp on high-density screens, a few tens of kilobytes a chart


@contextlib.contextmanager
def charts_as_images() -> Iterator[dict[str, bytes]]:
    """Within it, a chart comes out as `<img src="cid:NAME">` and its PNG lands in the dict
    yielded, by NAME: mail clients drop inline SVG, and show images a message carries."""
    images: dict[str, bytes] = {}
    token = _MAIL_IMAGES.set(images)
    try:
        yield images
    finally:
        _MAIL_IMAGES.reset(token)


def _svg(fig: Figure, salt: str, description: str) -> Markup:
    """The figure as an inline, scalable, byte-for-byte reproducible `<svg>` element (or,
    inside `charts_as_images`, as a PNG image the mail carries)."""
    images = _MAIL_IMAGES.get()
    if images is not None:
        return _image(fig, salt, description, images)
    buffer = io.StringIO()
    with matplotlib.rc_context({**RC, "svg.hashsalt": f"briefgen-{salt}"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]  # no XML prolog or DOCTYPE inside HTML
    head_end = text.index(">")
    head = re.sub(r'\s(width|height)="[^"]*"', "", text[:head_end])
    label = str(escape(description))
    head += f' width="100%" role="img" aria-label="{label}" class="chart-svg {salt}"'
    body = re.sub(r"\s*<metadata>.*?</metadata>", "", text[head_end + 1 :], flags=re.DOTALL)
    return Markup(f"{head}>\n<title>{label}</title>{body}")


def _image(fig: Figure, salt: str, description: str, images: dict[str, bytes]) -> Markup:
    buffer = io.BytesIO()
    with matplotlib.rc_context(RC):
        fig.savefig(buffer, format="png", dpi=MAIL_DPI, metadata={"Software": None})
    name = f"chart-{salt}-{len(images) + 1}"
    images[name] = buffer.getvalue()
    label = escape(description)
    return Markup(f'<img src="cid:{name}" alt="{label}" width="100%" style="max-width:680px">')


def _new_figure(height: float) -> Figure:
    with matplotlib.rc_context(RC):
        return Figure(figsize=(WIDTH_IN, height), facecolor="white")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------- Timeline ----------


@dataclass(frozen=True)
class _Dated:
    event: Event
    start: dt.date
    end: dt.date
    exact: bool  # known to the day, not a month, year, or the report's date


def _interval(event: Event) -> _Dated | None:
    """The span of days an event's date stands for; None when undated or unreadable."""
    value = (event.date or "").strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            exact = event.date_precision in (None, "day")
            return _Dated(event, day, day, exact)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return _Dated(event, dt.date(year, month, 1), dt.date(year, month, last), False)
        if len(value) == 4:
            year = int(value)
            return _Dated(event, dt.date(year, 1, 1), dt.date(year, 12, 31), False)
    except ValueError:
        return None
    return None


def _names(parts: Iterable[Participant]) -> str:
    return ", ".join(p.name for p in parts)


def event_label(event: Event) -> str:
    """'United States → FIGHT → Iran', the short form of the timeline section's line."""
    if not (event.actors or event.targets):
        text = f"{event.type}: {event.summary}"
    else:
        text = f"{_names(event.actors) or 'Unspecified actor'} → {event.type}"
        if event.targets:
            text += f" → {_names(event.targets)}"
    if event.negated:
        text += " (negated)"
    if event.modality != "realised":
        text += f" ({event.modality})"  # `intended`: promised or threatened, not yet done
    return _shorten(text, LABEL_CHARS)


def _pick(dated: list[_Dated], limit: int) -> list[_Dated]:
    """At most `limit` events, the best-attested first, then shown in date order."""
    if len(dated) > limit:
        ranked = sorted(dated, key=lambda d: (-d.event.corroboration, -d.event.confidence))
        dated = ranked[:limit]
    return sorted(dated, key=lambda d: (d.start, d.end, d.event.id))


def timeline_svg(events: Sequence[Event], limit: int = TIMELINE_LIMIT) -> Markup:
    """Dated events as one row each on a shared date axis, coloured by PLOVER family; none for
    a single one, which the timeline says in words."""
    found = [d for d in map(_interval, events) if d is not None]
    if len(found) < 2:
        return Markup("")
    shown = _pick(found, limit)
    notes = _timeline_notes(len(events) - len(found), len(found) - len(shown))
    fig = _new_figure(0.55 + 0.21 * len(shown) + (0.18 if notes else 0.0))
    with matplotlib.rc_context(RC):
        _draw_timeline(fig, shown, notes)
    first, last = shown[0].start, max(d.end for d in shown)
    description = (
        f"Timeline of {len(shown)} events from {first.isoformat()} to {last.isoformat()}"
        + (f"; {notes}" if notes else "")
        + ": "
        + "; ".join(event_label(d.event) for d in shown)
    )
    return _svg(fig, "timeline", description)


def _timeline_notes(undated: int, dropped: int) -> str:
    notes = []
    if dropped:
        notes.append(f"{dropped} more dated event{'s' * (dropped != 1)} not shown")
    if undated:
        notes.append(f"{undated} undated event{'s' * (undated != 1)} not shown")
    return "; ".join(notes)


def _x(day: dt.date) -> float:
    """A date's position on matplotlib's date axis."""
    return float(date2num(day))  # type: ignore[no-untyped-call]


def _cut(shown: list[_Dated]) -> dt.date | None:
    """Where a long gap leaves a few early events far from the rest, else None.

    A 2003 precedent quoted in a story about last week would squash last week into a
    single point; such events are pinned to the axis's left edge instead, their date
    added to the label.
    """
    best: tuple[dt.timedelta, dt.date] | None = None
    reach = shown[0].end
    for item in shown[1:]:
        gap = item.start - reach
        if best is None or gap > best[0]:
            best = (gap, item.start)
        reach = max(reach, item.end)
    if best is None:
        return None
    gap, cut = best
    rest = max(d.end for d in shown) - cut
    long = gap > dt.timedelta(days=30) and gap > 3 * max(rest, dt.timedelta(days=1))
    return cut if long else None


def _draw_timeline(fig: Figure, shown: list[_Dated], notes: str) -> None:
    height = fig.get_figheight()
    bottom = (0.38 + (0.18 if notes else 0.0)) / height
    ax = fig.add_axes((0.44, bottom, 0.54, 1 - bottom - 0.12 / height))
    cut = _cut(shown)
    on_scale = [d for d in shown if cut is None or d.start >= cut]
    low = _date_axis(ax, on_scale)
    labels = []
    for row, item in enumerate(shown):
        colour = COLOURS[family(item.event.type)]
        label = event_label(item.event)
        if cut is not None and item.start < cut:
            ax.plot([low], [row], marker="<", ms=6, color=colour, clip_on=False)
            label = f"{label} ({item.event.date})"
        elif item.start == item.end:
            ax.plot(
                [_x(item.start)],
                [row],
                marker="o",
                ms=5.5,
                color=colour,
                markerfacecolor=colour if item.exact else "white",
                mew=1.3,
            )
        else:
            start, end = _x(item.start), _x(item.end + dt.timedelta(days=1))
            ax.plot(
                [start, end], [row, row], color=colour, lw=3.5, alpha=0.35, solid_capstyle="butt"
            )
            ax.plot(
                [(start + end) / 2],
                [row],
                marker="o",
                ms=5.5,
                color=colour,
                markerfacecolor="white",
                mew=1.3,
            )
        labels.append(label)
    ax.set_yticks(range(len(shown)), labels)
    ax.set_ylim(len(shown) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0, pad=6, labelcolor=INK)
    ax.grid(axis="x", color="#E3E6EA", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    _timeline_legend(fig, shown, notes, pinned=len(shown) - len(on_scale))


def _date_axis(ax: Any, shown: list[_Dated]) -> float:
    """Date ticks over the events' span, padded; returns the axis's left end."""
    low = _x(min(d.start for d in shown))
    high = _x(max(d.end for d in shown) + dt.timedelta(days=1))
    pad = max((high - low) * 0.06, 1.0)
    ax.set_xlim(low - pad, high + pad)
    locator = AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.tick_params(axis="x", labelsize=7, colors=MUTED)
    return low - pad


def _timeline_legend(fig: Figure, shown: list[_Dated], notes: str, pinned: int) -> None:
    present = sorted({family(d.event.type) for d in shown}, key=list(COLOURS).index)
    handles = [
        Line2D([], [], marker="o", ls="", color=COLOURS[f], ms=5, label=LEGEND[f]) for f in present
    ]
    if any(not d.exact for d in shown):
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                ls="",
                color=MUTED,
                markerfacecolor="white",
                ms=5,
                label="approximate date",
            )
        )
    if pinned:
        handles.append(
            Line2D([], [], marker="<", ls="", color=MUTED, ms=5, label="earlier, off scale")
        )
    _legend(fig, handles, handletextpad=0.3)
    if notes:
        fig.text(
            0.99,
            0.02,
            notes.capitalize() + ".",
            ha="right",
            va="bottom",
            fontsize=7,
            color=MUTED,
            style="italic",
        )


# ---------- Network ----------


@dataclass(frozen=True)
class _Edge:
    source: str
    target: str
    family: Family
    count: int


def _top_actors(actors: Sequence[Actor], limit: int) -> list[Actor]:
    ranked = sorted(actors, key=lambda a: (-a.salience, a.name, a.id))
    return ranked[: max(limit, 0)]


def _event_links(events: Sequence[Event], ids: set[str]) -> Iterator[tuple[str, str, Family]]:
    for event in events:
        if event.negated:
            continue
        for who in event.actors:
            for whom in event.targets:
                if who.id in ids and whom.id in ids and who.id != whom.id:
                    yield who.id, whom.id, family(event.type)


def _mention_pattern(actor: Actor) -> re.Pattern[str]:
    names = sorted({n for n in (actor.name, *actor.aliases) if len(n.strip()) >= 3}, key=len)
    alternatives = "|".join(re.escape(n.strip()) for n in reversed(names))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if alternatives else r"(?!)")


def _statement_links(
    statements: Sequence[Statement], actors: list[Actor]
) -> Iterator[tuple[str, str, Family]]:
    patterns = {a.id: _mention_pattern(a) for a in actors}
    for st in statements:
        if st.speaker_id not in patterns:
            continue
        for actor_id, pattern in patterns.items():
            if actor_id != st.speaker_id and pattern.search(st.quote):
                yield st.speaker_id, actor_id, "statement"


def network_edges(
    actors: list[Actor], statements: Sequence[Statement], events: Sequence[Event]
) -> list[_Edge]:
    """Who acted on whom (events) and who spoke about whom (statements), counted."""
    ids = {a.id for a in actors}
    counts = Counter(_event_links(events, ids))
    counts.update(_statement_links(statements, actors))
    order = {a.id: n for n, a in enumerate(actors)}
    edges = [_Edge(s, t, f, n) for (s, t, f), n in counts.items()]
    return sorted(edges, key=lambda e: (order[e.source], order[e.target], e.family))


def _circle(actors: list[Actor]) -> dict[str, tuple[float, float]]:
    """Actors on a circle, the most salient at the top and the next opposite it.

    Salience ranks alternate between the two halves of the circle, so the busiest actors
    are not crowded into one arc with their links squeezed between them.
    """
    count = len(actors)
    half = (count + 1) // 2
    slots = [rank // 2 if rank % 2 == 0 else half + rank // 2 for rank in range(count)]
    angles = [2 * math.pi * slot / count for slot in slots]
    return {a.id: (math.sin(t), math.cos(t)) for a, t in zip(actors, angles, strict=True)}


def network_svg(
    actors: Sequence[Actor],
    statements: Sequence[Statement],
    events: Sequence[Event],
    limit: int = 12,
) -> Markup:
    """The most salient actors in a circle, arrows for events and statements between them;
    none for a single link, which the page says in words."""
    top = _top_actors(actors, limit)
    edges = network_edges(top, statements, events)
    if len(edges) < 2:
        return Markup("")
    linked = {e.source for e in edges} | {e.target for e in edges}
    top = [a for a in top if a.id in linked]
    fig = _new_figure(4.0)
    with matplotlib.rc_context(RC):
        _draw_network(fig, top, edges)
    names = {a.id: a.name for a in top}
    description = f"Network of {len(top)} actors and {len(edges)} links: " + "; ".join(
        f"{names[e.source]} → {names[e.target]} ({LEGEND[e.family]}, {e.count})" for e in edges
    )
    return _svg(fig, "network", description)


def _draw_network(fig: Figure, actors: list[Actor], edges: list[_Edge]) -> None:
    ax = fig.add_axes((0.0, 0.08, 1.0, 0.9))
    ax.set_xlim(-2.1, 2.1)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.set_axis_off()
    pos = _circle(actors)
    sizes = _node_sizes(actors)
    seen: Counter[tuple[str, str]] = Counter()
    for edge in edges:
        # Arcs bend to their right, so A->B and B->A never overlap; a second family
        # between the same pair bends further.
        rad = 0.12 + 0.12 * seen[(edge.source, edge.target)]
        seen[(edge.source, edge.target)] += 1
        ax.add_patch(_arrow(pos, sizes, edge, rad))
    ax.scatter(
        [pos[a.id][0] for a in actors],
        [pos[a.id][1] for a in actors],
        s=[sizes[a.id] ** 2 for a in actors],
        c=NODE,
        zorder=3,
        linewidths=1.2,
        edgecolors="white",
    )
    for actor in actors:
        _node_label(ax, actor, pos[actor.id], sizes[actor.id])
    _network_legend(fig, edges)


def _node_sizes(actors: list[Actor]) -> dict[str, float]:
    """Marker diameters in points, 7 to 16, by salience relative to the most salient."""
    top = max((a.salience for a in actors), default=0.0) or 1.0
    return {a.id: 7.0 + 9.0 * max(a.salience, 0.0) / top for a in actors}


def _arrow(
    pos: dict[str, tuple[float, float]], sizes: dict[str, float], edge: _Edge, rad: float
) -> FancyArrowPatch:
    return FancyArrowPatch(
        pos[edge.source],
        pos[edge.target],
        arrowstyle="-|>",
        connectionstyle=f"arc3,rad={rad:.2f}",
        mutation_scale=9 + 1.5 * min(edge.count, 4),
        lw=0.8 + 0.7 * min(edge.count - 1, 5),
        color=COLOURS[edge.family],
        linestyle=(0, (3, 2)) if edge.family == "statement" else "-",
        shrinkA=sizes[edge.source] / 2 + 1,
        shrinkB=sizes[edge.target] / 2 + 2,
        alpha=0.9,
        zorder=2,
    )


def _node_label(ax: Any, actor: Actor, xy: tuple[float, float], size: float) -> None:
    x, y = xy
    ha = "center" if abs(x) < 0.2 else ("left" if x > 0 else "right")
    va = "bottom" if y > 0.5 else ("top" if y < -0.5 else "center")
    offset = (x * (size / 2 + 4), y * (size / 2 + 4))
    ax.annotate(
        _shorten(actor.name, NAME_CHARS),
        xy,
        xytext=offset,
        textcoords="offset points",
        ha=ha,
        va=va,
        fontsize=8,
        color=INK,
        zorder=4,
    )


def _network_legend(fig: Figure, edges: list[_Edge]) -> None:
    present = sorted({e.family for e in edges}, key=list(COLOURS).index)
    handles = [
        Line2D(
            [], [], color=COLOURS[f], lw=1.5, label=LEGEND[f], ls="--" if f == "statement" else "-"
        )
        for f in present
    ]
    _legend(fig, handles, handlelength=2.2)
    fig.text(
        0.99,
        0.02,
        "Thicker arrows: more reports.",
        ha="right",
        va="bottom",
        fontsize=7,
        color=MUTED,
        style="italic",
    )


def _legend(fig: Figure, handles: list[Line2D], **spacing: float) -> None:
    """One row of legend entries along the figure's bottom edge."""
    fig.legend(
        handles=handles,
        loc="lower left",
        ncols=len(handles),
        frameon=False,
        fontsize=7,
        bbox_to_anchor=(0.0, 0.0),
        columnspacing=1.2,
        **spacing,
    )
