"""The Dask recipe (docs/dask.md) on a local cluster of two worker processes over samples/."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from relx.dask import extract_to_jsonl  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, distributed.Client(cluster) as client:
        yield client


def test_two_workers_write_one_jsonl_file_per_partition_in_input_order(client, tmp_path: Path):
    missing = str(tmp_path / "missing.txt")
    summaries = extract_to_jsonl([str(SAMPLES), missing], tmp_path / "out", partitions=2)

    files = sorted((tmp_path / "out").iterdir())
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert [s["path"] for s in summaries] == [str(f) for f in files]
    records = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    assert all(r["title"] and r["organizations"] for r in records)
    assert [e for s in summaries for e in s["errors"]] == [f"{missing}: no such file or directory"]
    assert sum(s["documents"] for s in summaries) == len(records) + 1
    # Two worker processes, each with its own model (loaded by its first task).
    assert len(client.scheduler_info()["workers"]) == 2
