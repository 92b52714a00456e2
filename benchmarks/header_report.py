"""How often relx finds a release's own date and dateline on a folder of real releases.

The header needs no parse: it is read from the prepared text alone, so this report runs
the read stage and `find_header` only and takes seconds on the 2,000-release corpus
(../shared/corpus). It prints the share of releases with no published date, with a
dateline, and how many of those without a date still write one near the top (a written
date in the first 400 characters: where recall goes missing), with a sample of their
openings to read.

    python benchmarks/header_report.py                    # the whole corpus
    python benchmarks/header_report.py --sample 20        # and 20 misses to read
    python benchmarks/header_report.py FOLDER --every 7

Run it before and after a change to header.py and compare the two reports.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "corpus"
FIRST_CHARS = 400  # a release that states its own date does so near the top
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A written date: "May 15, 2024", "15 May 2024", "2024-05-15".
WRITTEN_DATE = re.compile(
    rf"\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTHS}\s+\d{{4}}\b"
    r"|\b\d{4}-\d\d-\d\d\b")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--every", type=int, default=1, help="read every Nth file only")
    parser.add_argument("--sample", type=int, default=0, help="print N undated openings")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from relx.extractors.header import find_header
    from relx.read.inputs import Document, read_document

    files = sorted(p for p in Path(args.folder).iterdir()
                   if p.suffix in (".txt", ".md", ".html", ".htm") and not p.stem.isupper())  # not README.md
    files = files[::args.every]
    total = undated = dated_in_head = with_dateline = dateline_without_date = 0
    misses: list[tuple[str, str]] = []
    for path in files:
        doc = read_document(str(path))
        if not isinstance(doc, Document):
            continue
        total += 1
        header = find_header(doc.text)
        if header.dateline:
            with_dateline += 1
            dateline_without_date += header.dateline.date is None
        if header.published:
            continue
        undated += 1
        head = doc.text[:FIRST_CHARS]
        if WRITTEN_DATE.search(head):
            dated_in_head += 1
            misses.append((path.name, head))

    def share(n: int) -> str:
        return f"{n:5d}  {n / max(total, 1):6.1%}"

    print(f"releases                                  {total:5d}")
    print(f"published null                            {share(undated)}")
    print(f"  of which a written date in first {FIRST_CHARS}   {share(dated_in_head)}")
    print(f"with a dateline                           {share(with_dateline)}")
    print(f"  of which the dateline has no date       {share(dateline_without_date)}")
    if args.sample and misses:
        random.Random(args.seed).shuffle(misses)
        for name, head in misses[:args.sample]:
            print(f"\n== {name}\n{head}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
