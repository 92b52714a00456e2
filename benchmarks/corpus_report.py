"""What relx reports most often on a folder of real releases nobody tuned for.

The dev set has gold answers but only 46 documents; the corpus (../shared/corpus) has 2,000
releases and no gold. A wrong name that relx reports in many unrelated releases is a rule
that misfires, not a quirk of one document, so the most frequent names per field, counted
once per document, are the cheapest way to find errors that recur. The report also gives
the share of documents where a field is empty (no published date, no dateline, quotes with
no speaker, no issuer), which is where recall goes missing.

    python benchmarks/corpus_report.py                      # the whole corpus, --jobs 2
    python benchmarks/corpus_report.py --every 7 --top 40   # a slice
    python benchmarks/corpus_report.py --jsonl run.jsonl    # a run you already have

Run it before and after a change to the extractors and compare the two reports.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "corpus"
FIRST_CHARS = 400  # a release that states its own date does so near the top
# A written date near the top: "May 15, 2024", "15 May 2024", "2024-05-15".
MONTHS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
WRITTEN_DATE = re.compile(
    rf"\b{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTHS}\s+\d{{4}}\b|\b\d{{4}}-\d\d-\d\d\b")


def run_relx(files: list[Path], jobs: int) -> tuple[list[dict], float]:
    """Run the installed relx over `files` (through a folder of symlinks, so a slice runs
    as one batch) and return its records and the wall time."""
    relx = Path(sys.executable).with_name("relx")
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            (Path(tmp) / path.name).symlink_to(path.resolve())
        start = time.perf_counter()
        done = subprocess.run([str(relx), "extract", tmp, "--format", "jsonl", "--jobs", str(jobs), "-q"],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - start
    if done.stderr.strip():
        print(done.stderr.strip(), file=sys.stderr)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()], seconds


def document_counts(records: list[dict], names) -> collections.Counter:
    """How many documents report each value of `names(record)` (each counted once per document)."""
    counts: collections.Counter = collections.Counter()
    for record in records:
        counts.update(set(names(record)))
    return counts


FIELDS = {
    "organizations": lambda r: (o["name"] for o in r.get("organizations", [])),
    "issuers": lambda r: (o["name"] for o in r.get("organizations", []) if o.get("issuer")),
    "people": lambda r: (p["name"] for p in r.get("people", [])),
    "titles": lambda r: (x["title"] for x in r.get("roles", [])),
    "role organizations": lambda r: (x["organization"] for x in r.get("roles", []) if x.get("organization")),
    "quote speakers": lambda r: (q["speaker"] for q in r.get("quotes", []) if q.get("speaker")),
    "dateline locations": lambda r: [r["dateline"]["location"]] if r.get("dateline") else [],
    "announcement kinds": lambda r: [r["announcement"]["kind"]] if r.get("announcement") else [],
    "amount currencies": lambda r: (a.get("currency") for a in r.get("amounts", []) if a.get("currency")),
}


def shares(records: list[dict], texts: dict[str, str]) -> list[tuple[str, int]]:
    """Documents where a field is empty, or where a quote has no speaker."""
    def empty_published_with_date(r: dict) -> bool:
        head = texts.get(Path(r["source"]).name, "")[:FIRST_CHARS]
        return not r.get("published") and bool(WRITTEN_DATE.search(head))

    checks = {
        "no title": lambda r: not r.get("title"),
        "no published date": lambda r: not r.get("published"),
        "  of which a date is written in the first 400 characters": empty_published_with_date,
        "no dateline": lambda r: not r.get("dateline"),
        "no organization": lambda r: not r.get("organizations"),
        "no issuer": lambda r: not any(o.get("issuer") for o in r.get("organizations", [])),
        "a quote with no speaker": lambda r: any(not q.get("speaker") for q in r.get("quotes", [])),
        "no announcement": lambda r: not r.get("announcement"),
    }
    return [(label, sum(1 for r in records if check(r))) for label, check in checks.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--every", type=int, default=1, help="take every Nth release (sorted by name)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--jsonl", type=Path, help="read records from this run instead of running relx")
    args = parser.parse_args(argv)

    files = sorted(args.folder.glob("*.txt"))[:: args.every]
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in files}
    if args.jsonl:
        records = [json.loads(line) for line in args.jsonl.open(encoding="utf-8") if line.strip()]
        seconds = None
    else:
        records, seconds = run_relx(files, args.jobs)
    n = len(records)
    timing = f" in {seconds:.0f} s with --jobs {args.jobs}" if seconds is not None else ""
    print(f"{n} records from {args.folder}{timing}\n")
    for label, count in shares(records, texts):
        print(f"{label:<58} {count:>5}  {count / max(n, 1):6.1%}")
    for field, names in FIELDS.items():
        counts = document_counts(records, names)
        print(f"\nTop {field} ({len(counts)} distinct; documents: name)")
        for name, count in counts.most_common(args.top):
            print(f"{count:>6}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
