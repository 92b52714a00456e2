"""Settings for the processes relx starts (the command line and its workers), made before
the model loads. A library user's own process is never touched: `relx.pipeline` and
`load_nlp` change none of this.

BLAS threads. Multithreaded BLAS is left off: relx scales with processes (`--jobs`), and
on a machine with other work OpenBLAS threads spinning for a core made the same products
slower than one thread. `OPENBLAS_NUM_THREADS` is only given a default: a user's own
setting wins.

Freed memory kept for the next batch (issue 15). Every `nlp.pipe` batch allocates the
arrays of its documents (tens of MB for sixteen releases) and frees them at the end. With
glibc's defaults, arrays above a threshold get their own `mmap` and go back to the system
when freed, and the top of the heap is given back whenever more than a little of it is
free; the next batch then takes the same pages again, one page fault each. On the first
200 releases of ../shared/corpus that was 270,000 page faults and a second of system time
per process (the kernel zeroing pages relx had just freed). Kept by the process instead,
they are reused: system time fell from 1.0-1.6 s to 0.3-0.7 s, and `--jobs 2` ran 0.3 to
0.5 s faster, with the same peak memory (the memory kept is what the last batch used, so
peak use does not grow). A user's own MALLOC_* settings win; elsewhere than glibc nothing
changes.

No transparent huge pages for numpy's arrays. numpy asks the kernel for huge pages
(madvise) on every array of 4 MB or more, and the kernel's work to zero and assemble
2 MB pages is system time taken from cores the workers of `--jobs N` need, for arrays
that live one batch. Without: system time 1.0-1.2 s ->
0.45-0.55 s with `--jobs 2` on the first 200 corpus releases, and the run 0.1-0.2 s
faster; the same user time. `NUMPY_MADVISE_HUGEPAGE` is only given a default, read when
numpy loads.
"""
from __future__ import annotations

import os

# glibc's mallopt() parameters (malloc.h).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# Arrays up to this size come from the heap. 32 MiB is the most glibc accepts on 64-bit
# systems (DEFAULT_MMAP_THRESHOLD_MAX), the ceiling its own adaptive threshold rises to.
MMAP_THRESHOLD = 32 * 2**20
# Free memory at the top of the heap is given back only beyond this: more than a batch
# of sixteen long releases uses, so one batch's memory is there for the next.
TRIM_THRESHOLD = 256 * 2**20
MALLOC_VARIABLES = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_",
                    "MALLOC_ARENA_MAX", "GLIBC_TUNABLES")


def prepare_process() -> None:
    """The settings above, for a process of relx's own, before numpy loads."""
    limit_blas_threads()
    keep_freed_memory()
    os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")


def limit_blas_threads() -> None:
    """One BLAS thread unless the user said otherwise; effective before numpy loads."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def keep_freed_memory() -> bool:
    """Have glibc keep freed memory for reuse (see above); whether it was set. Nothing is
    done when the user tunes malloc through the environment, or off glibc."""
    if any(name in os.environ for name in MALLOC_VARIABLES):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (macOS, musl has no mallopt)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    # Setting either turns glibc's adaptive thresholds off, so both are set.
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
                and mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
