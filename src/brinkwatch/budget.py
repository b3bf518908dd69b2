"""A per-document time budget: a pathological page is stopped without stopping the run.

On the main thread of a process (the CLI, ingest workers) a real-time interval timer interrupts the
analysis; elsewhere (server threads) the budget cannot interrupt and is not enforced here.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

from .errors import E, BrinkwatchError


class _Expired(Exception):
    pass


def _on_alarm(signum, frame):  # pragma: no cover - called by the OS
    raise _Expired


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``BrinkwatchError(E.TIME_BUDGET)`` if the block runs longer than ``seconds``."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise BrinkwatchError(E.TIME_BUDGET, seconds=seconds) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
