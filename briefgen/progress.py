"""The progress display on the terminal (rich): one bar over the whole build, its total known
from the start (a step a source, one an audience rendered, one for writing), saying what it is
doing. It is the command line's; the build only reports steps (`build.Reporter`)."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)


class ProgressDisplay:
    def __init__(self) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<20}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task: TaskID | None = None

    def plan(self, total: int) -> None:
        if self._task is None:
            self._progress.start()
            self._task = self._progress.add_task("reading", total=total)
        else:
            self._progress.update(self._task, total=total)

    def advance(self, steps: int = 1, doing: str | None = None) -> None:
        if self._task is not None:
            self._progress.update(self._task, advance=steps, description=doing or "")

    def __enter__(self) -> ProgressDisplay:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._progress.stop()
