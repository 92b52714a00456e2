"""Faster matrix products for spaCy's CPU pipelines, with the same results.

Where the time goes (cProfile, en_core_web_sm 3.8, samples/ texts): the model's dense
layers, through thinc's `NumpyOps.gemm`, which calls blis. On the 2-core machine this was
measured on, OpenBLAS's single-threaded sgemm (bundled with numpy) ran a 3000x288 by
288x288 product in 3.3 ms against blis's 6.8 ms, and small ones three times faster; the
whole pipeline went from ~4,150 to ~4,700 words per CPU-second, with the same entities,
tags and sentences on every text tried (tests/test_batch.py checks the records).

BLAS itself runs one thread per process: see process.py.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


def matmul_ops():
    """A thinc `NumpyOps` whose gemm is numpy's matmul (OpenBLAS) rather than blis."""
    import numpy
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):
        name = "relx-matmul"

        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
            if trans1:
                x = x.T
            if trans2:
                y = y.T
            if out is None:
                return numpy.matmul(x, y)
            numpy.matmul(x, y, out=out)
            return out

    return MatmulOps()


@contextmanager
def fast_ops() -> Iterator[None]:
    """While a pipeline is loaded: its layers keep the ops current at their creation, so
    the faster gemm stays with this model, and the caller's current ops are restored."""
    from thinc.api import get_current_ops, set_current_ops

    previous = get_current_ops()
    set_current_ops(matmul_ops())
    try:
        yield
    finally:
        set_current_ops(previous)
