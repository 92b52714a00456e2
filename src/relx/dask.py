"""relx on a Dask cluster (dask.distributed), for batches one machine cannot finish in time.

The unit of work is a partition: a list of file paths that one worker extracts into one
JSON Lines file, `part-00000.jsonl`, `part-00001.jsonl`... in the output folder. Workers
load the spaCy model once per process (`load_nlp` is cached), so a cluster started with
one thread per worker process holds exactly one model per worker. Partition files are
written like `relx extract --output` (temporary name, then rename), so a failed or
retried task never leaves half a file under a final name, and concatenating the files in
name order gives the records in input order.

The workers must see the paths the client lists (a shared or identical file system).
Install with `pip install 'relx[dask]'`; docs/dask.md has the whole recipe.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

PART_NAME = "part-{:05d}.jsonl"


def extract_partition(paths: list[str], outdir: str, index: int, model: str | None = None,
                      batch_size: int | None = None) -> dict:
    """Extract one partition's files into `outdir`; returns what a driver needs to report:
    the file written, how many documents, and one line per input that failed."""
    from .batch import atomic_output, producer
    from .read.inputs import InputError, iter_documents
    from .parallel import DEFAULT_BATCH_SIZE, extract_serial
    from .render.jsonout import dumps

    target = Path(outdir) / PART_NAME.format(index)
    target.parent.mkdir(parents=True, exist_ok=True)
    documents, errors = 0, []
    made_by = producer(model)
    with atomic_output(str(target)) as out:
        for outcome in extract_serial(iter_documents(paths), model,
                                      batch_size or DEFAULT_BATCH_SIZE):
            documents += 1
            if isinstance(outcome, InputError):
                errors.append(f"{outcome.source}: {outcome.message}")
            else:
                out.write(dumps(outcome, producer=made_by) + "\n")
    return {"path": str(target), "documents": documents, "errors": errors}


def list_inputs(paths: Iterable[str]) -> list[str]:
    """The files the arguments stand for, as `relx extract` reads them (folders walked,
    quoted globs expanded, sorted); a missing path stays in and is reported by its task."""
    from .batch import expand_globs
    from .read.inputs import InputError, expand_paths

    return [item.source if isinstance(item, InputError) else item
            for item in expand_paths(expand_globs(paths))]


def extract_to_jsonl(paths: Iterable[str], outdir: str | Path, partitions: int | None = None,
                     model: str | None = None, files_per_partition: int = 200) -> list[dict]:
    """Extract every input on the current Dask scheduler (the active `Client`, if any),
    one JSON Lines file per partition in `outdir`; returns each partition's summary.

    Partitions of a few hundred files amortize a task's overhead and keep the scheduler's
    task graph small for folders of hundreds of thousands of files.
    """
    import dask
    import dask.bag as db

    files = list_inputs(paths)
    Path(outdir).mkdir(parents=True, exist_ok=True)
    if not files:
        return []
    count = partitions or max(1, -(-len(files) // files_per_partition))
    parts = db.from_sequence(files, npartitions=min(count, len(files))).to_delayed()
    task = dask.delayed(extract_partition, pure=False)
    return list(dask.compute(*(task(part, str(outdir), i, model) for i, part in enumerate(parts))))
