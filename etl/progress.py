"""The lines the commands print as they work: progress, skipped files, warnings."""
from __future__ import annotations


def say(log, message: str) -> None:
    """`message` as a line on `log` (a text stream; None keeps a build or fetch quiet)."""
    if log is not None:
        print(message, file=log, flush=True)
