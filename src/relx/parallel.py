"""Extract a stream of documents in one process or several, always in input order.

Documents travel in chunks of `batch_size`: a chunk is one `nlp.pipe` batch, the unit a
worker process receives, and the unit of order (chunks are handed back in the order they
were sent, whatever order the workers finish them in). At most two chunks per worker are
in flight, so memory stays flat however long the stream is, and the first records come
out while the last files have not been read yet.

Workers are started with "spawn": a child forked after spaCy and thinc have loaded
inherits their thread pools and allocator state half-initialized, while a spawned one
loads its own model, once, in its initializer (one model per process).
"""
from __future__ import annotations

import os
from collections import deque
from itertools import islice
from typing import Iterable, Iterator, Sequence

from .read.inputs import Document, InputError
from .model import Record
from .nlp.chunks import batches

Item = Document | InputError
Outcome = Record | InputError

# Documents per nlp.pipe batch. Larger batches were slower on en_core_web_sm (padded
# arrays outgrow the caches: ~4,100 words/s at 1000 against ~5,000 at 16), and a small
# chunk keeps workers evenly loaded and the output flowing.
DEFAULT_BATCH_SIZE = 16
# Chunks queued per worker: one being processed, one waiting, so a worker never idles
# while the parent writes.
CHUNKS_PER_WORKER = 2


def resolve_jobs(jobs: int) -> int:
    """`--jobs 0` means every core this process may run on."""
    if jobs > 0:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def extract_chunk(chunk: Sequence[Item], model: str | None = None) -> Iterator[Outcome]:
    """The chunk's documents through one `nlp.pipe` batch; input errors pass through in place.

    An extractor raising on one document costs that document only: it comes back as an
    `InputError` saying so, and the rest of the chunk goes on.
    """
    from . import pipeline  # looked up at call time, so tests may stand in for `analyze`
    from .nlp.chunks import needs_chunks
    from .nlp.load import load_nlp

    nlp = load_nlp(model)
    # A text too long for one parse is parsed in chunks by analyze_document itself.
    documents = [item for item in chunk if isinstance(item, Document) and not needs_chunks(item.text)]
    parsed = nlp.pipe(((d.text, d.source) for d in documents), as_tuples=True,
                      batch_size=max(1, len(documents)))
    for item in chunk:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            doc = None if needs_chunks(item.text) else next(parsed)[0]
            yield pipeline.analyze_document(nlp, item, doc)
        except Exception as exc:  # noqa: BLE001
            yield InputError(item.source, f"extraction failed: {type(exc).__name__}: {exc}")


def extract_serial(items: Iterable[Item], model: str | None = None,
                   batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Outcome]:
    for chunk in batches(items, batch_size):  # bounded by characters too
        yield from extract_chunk(chunk, model)


def extract_parallel(items: Iterable[Item], jobs: int, model: str | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Outcome]:
    """Like `extract_serial`, spread over `jobs` worker processes, in the same order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(model,))
    pending: deque = deque()
    try:
        for chunk in batches(items, batch_size):  # bounded by characters too
            pending.append(pool.submit(_work, chunk, model))
            if len(pending) >= CHUNKS_PER_WORKER * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:
        # Ctrl-C, an error or the consumer closing early: the chunks in progress would be
        # thrown away, and each takes seconds, so the workers are stopped at once.
        _terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _terminate(pool) -> None:
    stop = getattr(pool, "terminate_workers", None)  # public from Python 3.14
    if stop is not None:
        stop()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def extract_stream(items: Iterable[Item], model: str | None = None, jobs: int = 1,
                   batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Outcome]:
    """Records (or the errors in their place) in input order, with `jobs` processes."""
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        return extract_serial(items, model, batch_size)
    return extract_parallel(items, jobs, model, batch_size)


_worker_error: Exception | None = None


def _init_worker(model: str | None) -> None:
    """Load the model once per worker; Ctrl-C is the parent's to handle."""
    import signal

    global _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .nlp.ops import limit_blas_threads
    from .nlp.load import ModelError, load_nlp

    limit_blas_threads()

    try:
        load_nlp(model)
    except ModelError as exc:
        # Raised from the first task instead, where the parent sees it as a ModelError;
        # an initializer that raises only breaks the pool without saying why.
        _worker_error = exc


def _work(chunk: list[Item], model: str | None) -> list[Outcome]:
    if _worker_error is not None:
        raise _worker_error
    return list(extract_chunk(chunk, model))
