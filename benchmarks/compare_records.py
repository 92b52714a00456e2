"""Compare two JSON Lines outputs of `relx extract`, record by record.

    python benchmarks/compare_records.py BEFORE.jsonl AFTER.jsonl [--show N]

Records are matched by `source`. Prints whether the files are byte-identical, the
sources found in only one file, and for each field (`organizations`, `dates`, ...) how
many records differ in it, with the first few sources as examples. Exits 1 on any
difference, so a change meant to keep behaviour (a refactoring) can be checked over
samples/, the dev set and the corpus:

    relx extract samples --format jsonl -q > after.jsonl
    python benchmarks/compare_records.py before.jsonl after.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def load(path: Path) -> tuple[dict[str, dict], list[str]]:
    """Records by source, and the sources seen more than once (each would hide another)."""
    records: dict[str, dict] = {}
    repeated = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            source = record.get("source", "")
            if source in records:
                repeated.append(source)
            records[source] = record
    return records, repeated


def differing_fields(a: dict, b: dict) -> list[str]:
    return sorted(key for key in a.keys() | b.keys() if a.get(key) != b.get(key))


def compare(before: Path, after: Path, show: int = 5) -> int:
    """Print the comparison; the number of differences found (0: the same records)."""
    if before.read_bytes() == after.read_bytes():
        count = sum(1 for line in before.open(encoding="utf-8") if line.strip())
        print(f"identical: {count} records, byte for byte")
        return 0
    old, old_repeated = load(before)
    new, new_repeated = load(after)
    problems = 0
    for name, repeated in ((before, old_repeated), (after, new_repeated)):
        if repeated:
            problems += len(repeated)
            print(f"{name}: {len(repeated)} sources repeated, e.g. {repeated[:show]}")
    only_old = sorted(old.keys() - new.keys())
    only_new = sorted(new.keys() - old.keys())
    for label, sources in (("only in before", only_old), ("only in after", only_new)):
        if sources:
            problems += len(sources)
            print(f"{label}: {len(sources)}, e.g. {sources[:show]}")
    by_field: dict[str, list[str]] = defaultdict(list)
    changed = 0
    for source in sorted(old.keys() & new.keys()):
        fields = differing_fields(old[source], new[source])
        changed += bool(fields)
        for field in fields:
            by_field[field].append(source)
    problems += changed
    print(f"{len(old.keys() & new.keys())} records in both, {changed} differ")
    for field, sources in sorted(by_field.items(), key=lambda item: -len(item[1])):
        print(f"  {field}: {len(sources)} records, e.g. {sources[:show]}")
    if not problems:
        print("same records (the files differ only in order or layout)")
        return 1  # not byte-identical: still reported as a difference
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--show", type=int, default=5, help="example sources per line")
    args = parser.parse_args(argv)
    return 1 if compare(args.before, args.after, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())
