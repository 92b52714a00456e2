"""relx under faults and hostile input, through the real command (issue 12 and 16).

Every test runs `python -m relx` in a subprocess: pipes that close, signals, a disk that
is full (`/dev/full`), workers killed, file names and files no careful user makes. Each
asserts the exact stderr line and exit status a script would see. None takes over 30 s.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
WIRE = SAMPLES / "wire_harborline_port_electrification.txt"
RELX = [sys.executable, "-m", "relx"]
LOOKED_FOR = "no release files (looked for *.txt, *.md, *.html, *.htm)"

RELEASE = ("Acme Widgets Names Jane Doe Chief Executive\n\n"
           "PORTLAND, Ore., March 10, 2026 -- Acme Widgets today named Jane Doe its chief "
           "executive officer. \u201cWe are ready for the next decade,\u201d said Doe, who "
           "led the Caf\u00e9 division. The company expects to open a plant next month.\n")


def env(**extra: str) -> dict:
    """This checkout's relx first on the path, whatever is installed."""
    path = os.pathsep.join(filter(None, [extra.pop("PYTHONPATH", ""), str(ROOT / "src"),
                                         os.environ.get("PYTHONPATH", "")]))
    return {**os.environ, "PYTHONPATH": path, **extra}


def relx(*args, input: bytes | str | None = None, timeout: float = 30, cwd=None,
         stdout=subprocess.PIPE, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """`relx ARGS`; stdout and stderr as text (file names that are not UTF-8 kept as
    surrogates)."""
    if isinstance(input, str):
        input = input.encode("utf-8")
    proc = subprocess.run([*RELX, *map(str, args)], input=input, stdout=stdout,
                          stderr=subprocess.PIPE, timeout=timeout, cwd=cwd,
                          env=env(**(extra_env or {})))
    decode = lambda b: b.decode("utf-8", "surrogateescape") if b is not None else None  # noqa: E731
    return subprocess.CompletedProcess(proc.args, proc.returncode, decode(proc.stdout),
                                       decode(proc.stderr))


def usage_error(proc) -> str:
    """The one line of a Click usage error that says what is wrong."""
    assert proc.returncode == 2, proc.stderr
    return proc.stderr.splitlines()[-1]


def releases(folder: Path, count: int, text: str = RELEASE) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"r{i:02d}.txt"
        path.write_text(text.replace("Jane Doe", f"Jane Doe{i:02d}"), encoding="utf-8")
        paths.append(path)
    return paths


def children(pid: int) -> list[int]:
    """Live processes whose parent is `pid` (zombies are dead)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def workers(pid: int) -> list[int]:
    def is_worker(child: int) -> bool:
        try:
            return b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            return False

    return [child for child in children(pid) if is_worker(child)]


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def wait_for(condition, timeout: float = 25.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


linux_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False


# --- Data loss -------------------------------------------------------------------------

def test_output_onto_an_input_is_refused_and_the_input_kept(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text(RELEASE, encoding="utf-8")
    proc = relx("extract", path, "-o", path)
    assert usage_error(proc) == (f"Error: Invalid value for '--output': '{path}': "
                                 "is also an input and would be overwritten")
    assert path.read_text(encoding="utf-8") == RELEASE


def test_output_into_a_folder_being_read_as_a_release_file_is_refused(tmp_path):
    releases(tmp_path / "news", 1)
    target = tmp_path / "news" / "out.txt"
    proc = relx("extract", tmp_path / "news", "-o", target)
    assert usage_error(proc) == (
        f"Error: Invalid value for '--output': '{target}': is inside '{tmp_path / 'news'}', "
        "which is being read: the next run would read it back as a release")
    assert not target.exists()


def test_a_run_where_every_input_fails_keeps_the_previous_output(tmp_path):
    out = tmp_path / "out.json"
    out.write_text('{"older": "batch"}\n', encoding="utf-8")
    proc = relx("extract", "typo.txt", "-o", out, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr == ("relx: typo.txt: no such file or directory\n"
                           f"relx: {out}: left as it was (nothing was extracted)\n")
    assert out.read_text(encoding="utf-8") == '{"older": "batch"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_one_invalid_byte_in_utf8_is_replaced_and_reported_not_a_reason_to_guess(tmp_path):
    path = tmp_path / "r.txt"
    data = RELEASE.encode("utf-8")
    cut = data.index(b"The company")
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    proc = relx("extract", path, "--include-text")
    assert (proc.returncode, proc.stderr) == (
        0, f"relx: {path}: not valid UTF-8: 1 invalid byte replaced\n")
    record = json.loads(proc.stdout)
    assert "\u201cWe are ready" in record["text"] and "Caf\u00e9" in record["text"]
    assert "\ufffdThe company" in record["text"]
    assert [q["text"] for q in record["quotes"]] == ["We are ready for the next decade,"]
    for quote in record["quotes"]:
        assert record["text"][quote["start"]:quote["end"]] == quote["text"]


def test_a_stray_nul_byte_is_replaced_not_a_reason_to_refuse_the_file(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(RELEASE.encode("utf-8").replace(b"The company", b"\x00The company"))
    proc = relx("extract", path)
    assert (proc.returncode, proc.stderr) == (0, f"relx: {path}: 1 NUL byte replaced\n")
    assert [o["name"] for o in json.loads(proc.stdout)["organizations"]] == ["Acme Widgets"]


def test_binary_content_is_still_refused(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    proc = relx("extract", path)
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        1, "", f"relx: {path}: not a text file (binary content)\n")


@pytest.mark.skipif(as_root, reason="root reads any folder")
def test_an_unreadable_subfolder_is_reported_and_the_rest_read(tmp_path):
    releases(tmp_path / "news", 1)
    locked = tmp_path / "news" / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        proc = relx("extract", tmp_path / "news", "-f", "jsonl")
    finally:
        locked.chmod(0o755)
    assert proc.returncode == 1
    assert proc.stderr == f"relx: {locked}: Permission denied\n"
    assert len(proc.stdout.splitlines()) == 1


def test_an_unreadable_subfolder_is_reported_simulated(tmp_path, monkeypatch):
    """The same through the walk itself (root reads every folder, so the error is made)."""
    from relx.read import inputs

    releases(tmp_path / "news", 1)
    locked = tmp_path / "news" / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    got = list(inputs.expand_paths([str(tmp_path / "news")]))
    assert got == [inputs.InputError(str(locked), "Permission denied"),
                   str(tmp_path / "news" / "r00.txt")]


def test_an_unreadable_folder_given_is_one_line(tmp_path, monkeypatch):
    from relx.read import inputs

    def scandir(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    assert list(inputs.expand_paths([str(tmp_path)])) == [
        inputs.InputError(str(tmp_path), "Permission denied")]


def test_a_page_nested_thousands_of_elements_deep_still_gives_its_text(tmp_path):
    page = tmp_path / "deep.html"
    body = "<p>Acme Widgets today named Jane Doe its chief executive officer.</p>"
    page.write_text("<html><head><title>Acme</title></head><body>" + "<div>" * 3000 + body
                    + "</div>" * 3000 + "</body></html>", encoding="utf-8")
    proc = relx("extract", page, "--include-text")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert "Acme Widgets today named Jane Doe" in json.loads(proc.stdout)["text"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_a_full_disk_on_stdout_is_an_error_not_a_silent_cut(unbuffered):
    with open("/dev/full", "wb") as full:
        proc = relx("extract", WIRE, stdout=full, extra_env={"PYTHONUNBUFFERED": unbuffered})
    assert (proc.returncode, proc.stderr) == (1, "relx: stdout: No space left on device\n")


@linux_proc
def test_a_worker_killed_mid_batch_is_replaced_and_the_batch_completes(tmp_path):
    paths = releases(tmp_path / "news", 16)
    proc = subprocess.Popen([*RELX, "extract", str(tmp_path / "news"), "-f", "jsonl",
                             "--jobs", "2", "--batch-size", "1", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(),
                            bufsize=0)
    # Unbuffered: a buffered readline may read the next record(s) into its buffer too,
    # and communicate() reads the pipe itself, past that buffer, so they would be lost.
    first = proc.stdout.readline()  # the workers are up and extracting
    assert wait_for(lambda: len(workers(proc.pid)) == 2)
    os.kill(workers(proc.pid)[0], signal.SIGKILL)
    rest, err = proc.communicate(timeout=60)
    lines = [first, *rest.splitlines()]
    assert (proc.returncode, err) == (0, b"")
    assert all(line.startswith(b'{"relx"') for line in lines), [line[:80] for line in lines]
    assert [json.loads(line)["source"] for line in lines] == [str(p) for p in paths]


@linux_proc
def test_a_document_that_kills_its_worker_twice_is_a_failed_input(tmp_path):
    """A document that crashes the worker reading it (simulated: a worker exits on it)."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import multiprocessing, os\n"
        "import relx.parallel as p\n"
        "real = p.extract_chunk\n"
        "def extract_chunk(chunk, model=None):\n"
        "    if multiprocessing.parent_process() is not None and any(\n"
        "            'KILL-WORKER' in getattr(d, 'text', '') for d in chunk):\n"
        "        os._exit(9)\n"
        "    return real(chunk, model)\n"
        "p.extract_chunk = extract_chunk\n", encoding="utf-8")
    paths = releases(tmp_path / "news", 4)
    paths[1].write_text(RELEASE + "KILL-WORKER\n", encoding="utf-8")
    proc = relx("extract", tmp_path / "news", "-f", "json", "--jobs", "2", "--batch-size", "2",
                extra_env={"PYTHONPATH": str(hook)}, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == (f"relx: {paths[1]}: extraction failed: the worker process died "
                           "twice on this document\n")
    assert [r["source"] for r in json.loads(proc.stdout)] == [str(p) for i, p in
                                                             enumerate(paths) if i != 1]


class BreakingPool:
    """A stand-in for the process pool, in process: each chunk runs at once on submit, but
    the `hold`-th submits (1-based) stay in flight, and at the `break_at`-th submit a worker
    "dies": the chunks in flight fail with BrokenProcessPool and submit raises it, as the
    real pool does when a worker was killed between two results."""

    def __init__(self, hold: set[int], break_at: int | None):
        self.hold, self.break_at = hold, break_at
        self.submits, self.in_flight, self.broken, self.shut = 0, [], False, False

    def submit(self, fn, *args):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self.submits += 1
        if self.broken or self.submits == self.break_at:
            self.broken = True
            for future in self.in_flight:
                future.set_exception(BrokenProcessPool("a worker died"))
            self.in_flight.clear()
            raise BrokenProcessPool("the process pool is not usable anymore")
        future = Future()
        if self.submits in self.hold:
            self.in_flight.append(future)
        else:
            future.set_result(fn(*args))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        self.shut = True
        for future in self.in_flight:
            future.cancel()


def run_with_breaking_pools(monkeypatch, pools: list[BreakingPool], count: int, take=None):
    """`extract_parallel` over `count` one-document chunks, on `pools` in turn (then on pools
    that never break); the sources it yields (the first `take` only, if given, then the
    reader stops), and the documents each `_work` call ran."""
    import relx.parallel as parallel
    from relx.read.inputs import Document

    runs: list[list[str]] = []

    def work(chunk, model):
        runs.append([d.source for d in chunk])
        return [d.source for d in chunk]

    queue = iter(pools)
    monkeypatch.setattr(parallel, "_work", work)
    monkeypatch.setattr(parallel, "_pool", lambda jobs, model: next(queue, BreakingPool(set(), None)))
    monkeypatch.setattr(parallel, "_terminate", lambda pool: None)
    documents = [Document(f"r{i:02}", f"Release {i}.") for i in range(count)]
    stream = parallel.extract_parallel(documents, jobs=2, batch_size=1)
    out = list(islice(stream, take))
    stream.close()
    return out, runs


def test_a_pool_that_breaks_between_two_results_loses_no_document(monkeypatch):
    # r01 and r03 are in flight when the pool breaks at r04's submit; r02 had finished.
    out, runs = run_with_breaking_pools(monkeypatch, [BreakingPool({2, 4}, break_at=5)], 8)
    assert out == [f"r{i:02}" for i in range(8)]  # each once, in order
    assert runs.count(["r02"]) == 1  # a chunk finished before the break is not run again
    assert ["r01"] in runs and ["r03"] in runs and ["r04"] in runs


def test_a_pool_that_breaks_again_at_once_still_loses_no_document(monkeypatch):
    pools = [BreakingPool({2}, break_at=3), BreakingPool(set(), break_at=2)]
    out, _ = run_with_breaking_pools(monkeypatch, pools, 6)
    assert out == [f"r{i:02}" for i in range(6)]


def test_a_reader_stopping_while_lost_chunks_rerun_stops_the_new_pool(monkeypatch):
    pools = [BreakingPool({2}, break_at=3), BreakingPool(set(), None)]
    out, _ = run_with_breaking_pools(monkeypatch, pools, 6, take=1)
    assert out == ["r00"] and pools[1].shut


# --- Processes and files left behind ---------------------------------------------------

@linux_proc
def test_sigterm_during_output_leaves_no_temporary_file_and_no_workers(tmp_path):
    releases(tmp_path / "news", 40)
    out = tmp_path / "out.json"
    out.write_text("older\n", encoding="utf-8")
    proc = subprocess.Popen([*RELX, "extract", str(tmp_path / "news"), "-o", str(out),
                             "--jobs", "2", "--batch-size", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    assert wait_for(lambda: len(workers(proc.pid)) == 2)
    pids = workers(proc.pid)
    assert wait_for(lambda: any(p.name.endswith(".tmp") for p in tmp_path.iterdir()))
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert (proc.returncode, err) == (143, b"relx: terminated\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "out.json"]
    assert out.read_text(encoding="utf-8") == "older\n"
    assert wait_for(lambda: not any(alive(pid) for pid in pids), timeout=10)


@linux_proc
def test_workers_end_when_their_parent_is_killed(tmp_path):
    releases(tmp_path / "news", 40)
    proc = subprocess.Popen([*RELX, "extract", str(tmp_path / "news"), "--jobs", "2",
                             "--batch-size", "1", "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    assert wait_for(lambda: len(workers(proc.pid)) == 2)
    pids = workers(proc.pid)
    proc.kill()
    proc.communicate(timeout=30)
    assert wait_for(lambda: not any(alive(pid) for pid in pids), timeout=10)


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "records.json"
    real.write_text("older\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    proc = relx("extract", WIRE, "-o", link)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["source"] == str(WIRE)
    assert real.stat().st_mode & 0o777 == 0o640


def test_output_onto_a_device_or_a_read_only_file_is_refused(tmp_path):
    proc = relx("extract", WIRE, "-o", os.devnull)
    assert usage_error(proc) == (f"Error: Invalid value for '--output': '{os.devnull}': "
                                 "not a regular file")
    locked = tmp_path / "locked.json"
    locked.write_text("keep\n", encoding="utf-8")
    locked.chmod(0o444)
    proc = relx("extract", WIRE, "-o", locked)
    assert usage_error(proc) == f"Error: Invalid value for '--output': '{locked}': read-only"
    assert locked.read_text(encoding="utf-8") == "keep\n"


def test_output_to_dash_or_to_stdout_itself_is_stdout(tmp_path):
    for target in ("-", "/dev/stdout"):
        proc = relx("extract", WIRE, "-o", target, cwd=tmp_path)
        assert (proc.returncode, proc.stderr) == (0, ""), target
        assert json.loads(proc.stdout)["source"] == str(WIRE)
    assert list(tmp_path.iterdir()) == []


# --- Limits ----------------------------------------------------------------------------

def test_a_link_to_an_endless_device_is_refused_at_once(tmp_path):
    link = tmp_path / "x.txt"
    link.symlink_to("/dev/zero")
    proc = relx("extract", link, "--max-chars", "1000", timeout=10)
    assert (proc.returncode, proc.stderr) == (1, f"relx: {link}: a character device, not a file\n")


def test_endless_standard_input_is_read_with_a_bound():
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([*RELX, "extract", "--max-chars", "1000", "-"], stdin=zero,
                              capture_output=True, text=True, timeout=10, env=env())
    assert (proc.returncode, proc.stderr) == (1, "relx: <stdin>: too long (over --max-chars 1,000)\n")


def test_more_jobs_than_cores_are_capped_and_an_absurd_count_is_a_usage_error():
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    proc = relx("extract", "missing.txt", "--jobs", "64")
    assert proc.stderr.splitlines()[0] == (
        f"relx: --jobs 64: using {cores}, the number of core{'s' if cores > 1 else ''}")
    proc = relx("extract", WIRE, "--jobs", str(10**23))
    assert usage_error(proc) == (f"Error: Invalid value for '--jobs': {10**23} is not in the "
                                 "range 0<=x<=1024.")


def test_a_folder_a_thousand_levels_deep_is_walked(tmp_path):
    deep = tmp_path / "top"
    deep.mkdir()
    try:
        os.chdir(deep)
        for _ in range(980):  # made relative to the last: the whole path is too long
            os.mkdir("d")
            os.chdir("d")
        Path("r.txt").write_text(RELEASE, encoding="utf-8")
        os.chdir(ROOT)
        proc = relx("extract", "top", "-f", "jsonl", cwd=tmp_path)
        assert (proc.returncode, proc.stderr) == (0, "")
        assert json.loads(proc.stdout)["source"] == "top/" + "d/" * 980 + "r.txt"
    finally:
        os.chdir(ROOT)
        remove_deep(deep)


def remove_deep(top: Path) -> None:
    """Remove a chain of `d` folders too deep for shutil.rmtree (recursive before Python
    3.12), which pytest would otherwise trip over when it cleans old temporary folders.
    Relative steps keep every path short."""
    depth = 0
    try:
        os.chdir(top)
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for name in os.listdir("."):
            os.unlink(name)
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(ROOT)
    top.rmdir()


def test_file_names_that_are_not_utf8_or_hold_a_newline_stay_one_line_and_valid_utf8(tmp_path):
    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(odd, "wb") as stream:
        stream.write(RELEASE.encode("utf-8"))
    broken = tmp_path / "bad\nname.txt"
    broken.write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out.jsonl"
    for target in ([], ["-o", str(out)]):
        proc = subprocess.run([*RELX, "extract", os.fsencode(tmp_path), "-f", "jsonl", *target],
                              capture_output=True, timeout=30, env=env())
        assert proc.returncode == 1
        assert proc.stderr == (f"relx: {tmp_path}/bad\\nname.txt: not a text file "
                               "(binary content)\n").encode("utf-8")
        data = out.read_bytes() if target else proc.stdout
        data.decode("utf-8")  # valid UTF-8 throughout
        record = json.loads(data)
        assert record["source"] == os.fsdecode(odd)  # the JSON escape of the byte, \udce9


def test_a_fifo_and_a_link_loop_are_named_not_waited_on(tmp_path):
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    proc = relx("extract", fifo, loop, timeout=10)
    assert proc.returncode == 1
    assert proc.stderr == (f"relx: {fifo}: a named pipe (FIFO), not a file: give it as "
                           "standard input (- < PATH)\n"
                           f"relx: {loop}: symbolic link loop\n")


def test_closed_stdout_and_dash_twice(tmp_path):
    proc = subprocess.run([*RELX, "extract", str(WIRE)], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=30, env=env(),
                          pass_fds=(), close_fds=True,
                          preexec_fn=lambda: os.close(1))
    assert (proc.returncode, proc.stderr) == (
        1, "relx: stdout is closed: nothing to write the records to (use --output FILE)\n")
    proc = relx("extract", "-", "-", input=RELEASE)
    assert usage_error(proc) == ("Error: Invalid value for '[PATH]...': '-' (standard input) "
                                 "can be given only once.")


# --- A full disk under --output ----------------------------------------------------------

def test_a_full_disk_under_output_keeps_the_older_file_simulated(tmp_path, monkeypatch):
    """A write error in the middle of `-o FILE` (simulated: the stream fails after 4 KiB)."""
    import errno

    from click.testing import CliRunner

    import relx.batch
    from relx.cli import app

    out = tmp_path / "out.json"
    out.write_text("older\n", encoding="utf-8")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, stream):
            self.stream, self.written = stream, 0

        def write(self, text):
            self.written += len(text)
            if self.written > 4096:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self.stream.write(text)

        def __getattr__(self, name):
            return getattr(self.stream, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

    monkeypatch.setattr(relx.batch.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    result = CliRunner().invoke(app, ["extract", str(SAMPLES), "-o", str(out)])
    assert (result.exit_code, result.stderr) == (1, f"relx: {out}: No space left on device\n")
    assert out.read_text(encoding="utf-8") == "older\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


@pytest.fixture
def tiny_filesystem(tmp_path):
    """A 16 KiB tmpfs, where the platform lets this user mount one (root on Linux)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)],
                          capture_output=True) if as_root and sys.platform == "linux" else None
    if made is None or made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_full_disk_under_output_keeps_the_older_file(tiny_filesystem):
    out = tiny_filesystem / "out.json"
    out.write_text("older\n", encoding="utf-8")
    proc = relx("extract", SAMPLES, "-o", out, "--include-text", timeout=60)
    assert (proc.returncode, proc.stderr) == (1, f"relx: {out}: No space left on device\n")
    assert out.read_text(encoding="utf-8") == "older\n"
    assert sorted(p.name for p in tiny_filesystem.iterdir()) == ["out.json"]
