"""How often each glued-seam rule of the read stage fires on a folder of real releases,
with firings to read, so that a rule that splits real names shows up before it ships.

A seam rule puts a line break back where a scraped page lost one (`Media ContactJane
Roe`, `About AcmeAcme is ...`); one that fires inside names (`McDonald`, `PayPal`) would
break every extractor downstream. This report runs the read stage only (no parse) and
prints, per rule, how many seams it found and in how many documents, then a random
sample of its firings with the text around them (`|` marks the seam).

    python benchmarks/seam_report.py ../shared/corpus               # counts only
    python benchmarks/seam_report.py ../shared/corpus --sample 20   # and 20 firings per rule
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "corpus"
CONTEXT = 40


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--sample", type=int, default=0, help="print N firings per rule")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from relx.read.inputs import decode_bytes, normalize_newlines
    from relx.read.textprep import ENTITY, decode_entities, find_seams, unwrap_lines

    files = sorted(p for p in Path(args.folder).iterdir()
                   if p.suffix in (".txt", ".md") and not p.stem.isupper())  # not README.md
    firings: collections.Counter = collections.Counter()
    documents: collections.Counter = collections.Counter()
    samples: dict[str, list[str]] = collections.defaultdict(list)
    for path in files:
        raw = normalize_newlines(decode_bytes(path.read_bytes()))
        entities = len(ENTITY.findall(raw))
        firings["html-entity"] += entities
        documents["html-entity"] += entities > 0
        text = unwrap_lines(decode_entities(raw))
        seen = set()
        for seam in find_seams(text):
            firings[seam.rule] += 1
            seen.add(seam.rule)
            around = text[max(0, seam.at - CONTEXT):seam.at] + "|" + text[seam.at:seam.at + CONTEXT]
            samples[seam.rule].append(f"{path.name[:24]:24}  {around!r}")
        documents.update(seen)
    print(f"{len(files)} documents")
    print(f"{'rule':26}{'firings':>9}{'documents':>11}")
    for rule, count in firings.most_common():
        print(f"{rule:26}{count:9d}{documents[rule]:11d}")
    if args.sample:
        rng = random.Random(args.seed)
        for rule in sorted(samples):
            print(f"\n== {rule}")
            for line in rng.sample(samples[rule], min(args.sample, len(samples[rule]))):
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
