"""Extract a stream of documents in one process or several, always in input order.

Documents travel in chunks of `batch_size`: a chunk is one `nlp.pipe` batch, the unit a
worker process receives, and the unit of order (chunks are handed back in the order they
were sent, whatever order the workers finish them in). At most four chunks per worker
are in flight, so memory stays flat however long the stream is, and the first records
come out while the last files have not been read yet.

Workers are started with "spawn": a child forked after spaCy and thinc have loaded
inherits their thread pools and allocator state half-initialized, while a spawned one
loads its own model, once, in its initializer (one model per process).
"""
from __future__ import annotations

import os
from collections import deque
from itertools import islice
from typing import Iterable, Iterator, Sequence

from .read.inputs import Document, InputError, ready
from .model import Record
from .nlp.chunks import batches

Item = Document | InputError
Outcome = Record | InputError

# Documents per nlp.pipe batch. Larger batches were slower on en_core_web_sm (padded
# arrays outgrow the caches: ~4,100 words/s at 1000 against ~5,000 at 16), and a small
# chunk keeps workers evenly loaded and the output flowing.
DEFAULT_BATCH_SIZE = 16
# Chunks in flight per worker (sent and not yet handed back). Records go back in input
# order, so the parent waits on the oldest chunk and sends more only as that one
# finishes: while one worker holds a long chunk, the others go on with the chunks already
# sent, and with two per worker they ran out and sat idle (0.2-0.3 s of a 9.7 s run of
# the first 200 corpus releases on two workers; none with four). A chunk in flight holds
# at most BATCH_CHARS of text and its records, so memory stays a few MB per worker.
CHUNKS_PER_WORKER = 4


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


def extract_chunk(chunk: Sequence[Item], model: str | None = None,
                  progress=None) -> Iterator[Outcome]:
    """The chunk's documents through one `nlp.pipe` batch; input errors pass through in place.

    An extractor raising on one document costs that document only: it comes back as an
    `InputError` saying so, and the rest of the chunk goes on.
    """
    from . import pipeline  # looked up at call time, so tests may stand in for `analyze`
    from .nlp.chunks import needs_chunks
    from .nlp.load import load_nlp

    if not any(isinstance(item, Document) for item in chunk):
        # Only errors (missing files, say): no reason to load a model for them.
        yield from chunk
        return
    nlp = load_nlp(model)
    chunk = [ready(item) if isinstance(item, Document) else item for item in chunk]
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
            if progress is None:
                yield pipeline.analyze_document(nlp, item, doc)
            else:  # a long text's chunks, for a person watching (serial runs only)
                yield pipeline.analyze_document(
                    nlp, item, doc, progress=lambda done, total, s=item.source: progress(s, done, total))
        except Exception as exc:  # noqa: BLE001
            yield InputError(item.source, f"extraction failed: {type(exc).__name__}: {exc}")


def extract_serial(items: Iterable[Item], model: str | None = None,
                   batch_size: int = DEFAULT_BATCH_SIZE, progress=None) -> Iterator[Outcome]:
    for chunk in batches(items, batch_size):  # bounded by characters too
        yield from extract_chunk(chunk, model, progress)


def extract_parallel(items: Iterable[Item], jobs: int, model: str | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Outcome]:
    """Like `extract_serial`, spread over `jobs` worker processes, in the same order.

    A worker that dies (killed, out of memory, a crash in native code) breaks the whole
    pool and every chunk in flight with it. The pool is then started again and the lost
    chunks re-run one document at a time, one at a time: a document that kills its worker
    a second time is reported as a failed input, and the batch goes on.
    """
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(jobs, model)
    pending: deque = deque()  # (chunk, future), in input order
    refused = None  # a chunk a broken pool would not take: it never ran, so it goes on as one
    try:
        chunks = even_tail(batches(items, batch_size), jobs)  # bounded by characters too
        while True:
            if refused is not None or len(pending) < CHUNKS_PER_WORKER * jobs:
                chunk, refused = (refused if refused is not None else next(chunks, None)), None
                if chunk is not None:
                    try:
                        pending.append((chunk, pool.submit(_work, chunk, model)))
                        continue
                    except BrokenProcessPool:
                        # The pool broke since the last result came back (a worker died
                        # between two submits): the same loss as one seen in a result.
                        refused = chunk
            if refused is None:
                if not pending:
                    break
                try:
                    outcomes = pending[0][1].result()
                except BrokenProcessPool:
                    pass
                else:
                    pending.popleft()
                    yield from outcomes
                    continue
            # The pool broke. It is stopped first, so every future has settled; `pool` is
            # rebound here, in this frame, so the handlers below always stop the live one.
            _stop(pool)
            pool = _pool(jobs, model)
            while pending:
                chunk, future = pending.popleft()
                finished = _finished(future)
                if finished is not None:
                    yield from finished  # finished before the pool broke
                    continue
                # Failed with the break, or cancelled by the shutdown before it started.
                for document in chunk:
                    outcome, pool = _retry(pool, document, jobs, model)
                    yield outcome
    except BaseException:
        # Ctrl-C, an error or the consumer closing early: the chunks in progress would be
        # thrown away, and each takes seconds, so the workers are stopped at once.
        _terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def even_tail(chunks: Iterable[list[Item]], jobs: int) -> Iterator[list[Item]]:
    """The chunks as they come, but the last `jobs` cut into smaller and smaller pieces,
    so the workers run out of work together. The pool hands a chunk to whichever worker
    is free, and at the end of a stream one worker sits idle while another finishes the
    last chunk: on 200 corpus releases with two workers, up to the 1.7 s a chunk of 16
    takes, a tenth of the run. The pieces shrink with the work left (a `jobs`-th of half
    of it, at least one document), so the last ones to finish are one or two documents.
    Only `jobs` chunks are read ahead of those handed out."""
    held: deque = deque()
    for chunk in chunks:
        held.append(chunk)
        if len(held) > jobs:
            yield held.popleft()
    left = sum(len(chunk) for chunk in held)
    for chunk in held:  # a piece never spans two chunks, so stays within their bounds
        start = 0
        while start < len(chunk):
            piece = chunk[start:start + max(1, -(-left // (2 * jobs)))]
            yield piece
            start += len(piece)
            left -= len(piece)


def _finished(future) -> list[Outcome] | None:
    """The result of a chunk that completed before its pool broke, else None (a chunk
    that failed with the break, or was cancelled: `exception()` would raise on it)."""
    if not future.done() or future.cancelled() or future.exception() is not None:
        return None
    return future.result()


def _pool(jobs: int, model: str | None):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(model, os.getpid()))


def _retry(pool, document: Item, jobs: int, model: str | None):
    """One document of a lost chunk, alone: its outcome (an error if it kills its worker
    again) and the pool to go on with."""
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(document, InputError):
        return document, pool
    try:
        return pool.submit(_work, [document], model).result()[0], pool
    except BrokenProcessPool:
        _stop(pool)
        return (InputError(document.source, "extraction failed: the worker process died twice "
                                            "on this document"), _pool(jobs, model))


def _stop(pool) -> None:
    _terminate(pool)
    pool.shutdown(wait=True, cancel_futures=True)


def _terminate(pool) -> None:
    stop = getattr(pool, "terminate_workers", None)  # public from Python 3.14
    if stop is not None:
        stop()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def extract_stream(items: Iterable[Item], model: str | None = None, jobs: int = 1,
                   batch_size: int = DEFAULT_BATCH_SIZE, progress=None) -> Iterator[Outcome]:
    """Records (or the errors in their place) in input order, with `jobs` processes.
    `progress(source, done, total)` hears of a long text's chunks (in one process only)."""
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        return extract_serial(items, model, batch_size, progress)
    return extract_parallel(items, jobs, model, batch_size)


_worker_error: Exception | None = None


def _init_worker(model: str | None, parent: int | None = None) -> None:
    """Load the model once per worker; Ctrl-C is the parent's to handle, and the worker
    ends with its parent (see `_die_with_parent`)."""
    import signal

    global _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _die_with_parent(parent)
    from .nlp.load import ModelError, load_nlp
    from .nlp.process import prepare_process

    prepare_process()

    try:
        load_nlp(model)
    except ModelError as exc:
        # Raised from the first task instead, where the parent sees it as a ModelError;
        # an initializer that raises only breaks the pool without saying why.
        _worker_error = exc


def _die_with_parent(parent: int) -> None:
    """A worker whose parent is killed (SIGKILL, the OOM killer) would wait on its task
    pipe forever, a process orphaned for good. On Linux the kernel sends it SIGKILL when
    the parent dies (PR_SET_PDEATHSIG); elsewhere a thread notices within a second."""
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        if libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0) != 0:
            raise OSError
    except (OSError, AttributeError):
        import threading
        import time

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _work(chunk: list[Item], model: str | None) -> list[Outcome]:
    if _worker_error is not None:
        raise _worker_error
    return list(extract_chunk(chunk, model))
