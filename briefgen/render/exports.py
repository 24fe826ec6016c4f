"""An audience's briefing for the tools analysts already use, made from its view alone:

    events.csv, statements.csv   one row an item, for a spreadsheet
    actors.graphml               who acted on or spoke about whom (networkx; Gephi, yEd, Cytoscape)
    briefing.schema.json         the JSON Schema of its briefing.json, generated from the model

Each is made from what the audience's page may show (its `AudienceView`), never from the
whole briefing, so an export carries nothing its audience may not see.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import TypeVar

import networkx as nx

from briefgen.model import AudienceView, Event, Participant, Statement
from briefgen.model.schema import json_schema
from briefgen.render.charts import network_edges

EVENT_FIELDS = (
    "id",
    "date",
    "date_precision",
    "type",
    "actors",
    "targets",
    "places",
    "summary",
    "trigger",
    "sentence",
    "modality",
    "negated",
    "confidence",
    "corroboration",
    "sources",
)
STATEMENT_FIELDS = (
    "id",
    "speaker",
    "quote",
    "kind",
    "cue",
    "sentence",
    "confidence",
    "corroboration",
    "sources",
)


def exports(view: AudienceView) -> dict[str, bytes]:
    """The audience's export files, by name."""
    schema = json_schema(type(view), title=f"briefing.json of the {view.name} audience")
    return {
        "events.csv": _table(EVENT_FIELDS, [_event_row(e, view) for e in shown_events(view)]),
        "statements.csv": _table(
            STATEMENT_FIELDS, [_statement_row(s, view) for s in shown_statements(view)]
        ),
        "actors.graphml": actor_network(view),
        "briefing.schema.json": (json.dumps(schema, indent=1) + "\n").encode("utf-8"),
    }


def shown_events(view: AudienceView) -> list[Event]:
    """Every act the audience's page shows, once: the main timeline, then each top story's
    acts and background, then the briefing's background. A story's acts are not all in the
    main timeline (an undated act is in its story only)."""
    stories = [e for story in view.stories for e in (*story.events, *story.background)]
    return _once([*view.events, *stories, *view.background])


def shown_statements(view: AudienceView) -> list[Statement]:
    """Every statement the audience's page shows, once: the briefing's, then each top
    story's."""
    return _once([*view.statements, *(s for story in view.stories for s in story.statements)])


_Shown = TypeVar("_Shown", Event, Statement)


def _once(items: Sequence[_Shown]) -> list[_Shown]:
    first: dict[str, _Shown] = {}
    for item in items:
        first.setdefault(item.id, item)
    return list(first.values())


def spreadsheet_safe(value: object) -> str:
    """A cell as text a spreadsheet shows and never runs: one that would start a formula is
    quoted (OWASP's advice on CSV injection). A sentence from a hard-wrapped seed keeps its
    line breaks in the JSON, where offsets count them; a cell is one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split()) if isinstance(value, str) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _table(fields: Sequence[str], rows: Iterable[dict[str, object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: spreadsheet_safe(row.get(name)) for name in fields})
    return buffer.getvalue().encode("utf-8")


def _names(sides: Sequence[Participant]) -> str:
    return "; ".join(side.name for side in sides)


def _titles(ids: Sequence[str], view: AudienceView) -> str:
    titles = {source.id: source.title for source in view.sources}
    return "; ".join(titles.get(source_id, source_id) for source_id in ids)


def _event_row(event: Event, view: AudienceView) -> dict[str, object]:
    return {
        "id": event.id,
        "date": event.date,
        "date_precision": event.date_precision,
        "type": event.type,
        "actors": _names(event.actors),
        "targets": _names(event.targets),
        "places": "; ".join(place.name for place in event.places),
        "summary": event.summary,
        "trigger": event.trigger.text,
        "sentence": event.sentence.text,
        "modality": event.modality,
        "negated": event.negated,
        "confidence": f"{event.confidence:.2f}",
        "corroboration": event.corroboration,
        "sources": _titles(event.sources or (event.source,), view),
    }


def _statement_row(statement: Statement, view: AudienceView) -> dict[str, object]:
    return {
        "id": statement.id,
        "speaker": statement.speaker,
        "quote": statement.quote,
        "kind": statement.kind,
        "cue": statement.cue,
        "sentence": statement.sentence.text,
        "confidence": f"{statement.confidence:.2f}",
        "corroboration": statement.corroboration,
        "sources": _titles(statement.sources or (statement.source,), view),
    }


def actor_network(view: AudienceView) -> bytes:
    """GraphML of the audience's actors and the links the network chart draws between them:
    acts (cooperative, conflictual, other) and statements about another actor, counted."""
    graph = nx.MultiDiGraph(name=f"{view.title}: {view.name}")
    for actor in view.actors:
        graph.add_node(
            actor.id,
            label=actor.name,
            type=actor.type,
            salience=round(actor.salience, 4),
            mentions=len(actor.mentions),
            sources=len(actor.sources),
        )
    for edge in network_edges(list(view.actors), view.statements, view.events):
        graph.add_edge(edge.source, edge.target, kind=edge.family, count=edge.count)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    return buffer.getvalue()
