"""What every benchmark here shares: one core, and the process's peak memory."""

from __future__ import annotations

import os
import resource


def pin_one_core() -> None:
    """Run on a single core, so figures are per core whatever the machine."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
