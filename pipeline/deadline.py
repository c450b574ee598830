"""A wall-clock deadline for one document, so a page that makes a parser hang cannot stall a run.

Uses SIGALRM where it can (main thread on POSIX): pdfium work is in C and returns between pages,
and pdfminer is pure Python, so the alarm lands between steps. Elsewhere (worker threads) it is a
no-op and the per-page budgets in pipeline.limits bound the work instead.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType


class DeadlineExceeded(Exception):
    pass


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.armed = False
        self._previous: object = None

    def __enter__(self) -> Deadline:
        if (
            self.seconds > 0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        ):
            self._previous = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.armed = True
        return self

    def _fire(self, signum: int, frame: FrameType | None) -> None:
        raise DeadlineExceeded()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)  # type: ignore[arg-type]
            self.armed = False
