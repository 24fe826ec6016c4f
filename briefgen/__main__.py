"""The `briefgen` command, and `python -m briefgen`.

Kept light on purpose: every worker process runs the program's main script again (as
`__mp_main__`, how multiprocessing prepares a child), so the `briefgen` script imports this
module alone, and the command line itself (click, the configuration's schema, the stages) is
imported only when the command runs, not again in each worker."""

from __future__ import annotations


def run() -> None:
    from briefgen.cli import main

    main(prog_name="briefgen")


if __name__ == "__main__":
    run()
