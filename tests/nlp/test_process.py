"""The settings relx makes in its own processes (nlp/process.py)."""
import os
import platform
import subprocess
import sys

import pytest

from relx.nlp import process


def test_blas_threads_default_to_one_but_the_users_setting_wins(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    process.limit_blas_threads()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    process.limit_blas_threads()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"


def test_numpy_is_asked_for_no_huge_pages_unless_the_user_says(monkeypatch):
    monkeypatch.delenv("NUMPY_MADVISE_HUGEPAGE", raising=False)
    monkeypatch.setenv("MALLOC_ARENA_MAX", "2")  # leave this process's allocator alone
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", os.environ.get("OPENBLAS_NUM_THREADS", "1"))
    process.prepare_process()
    assert os.environ["NUMPY_MADVISE_HUGEPAGE"] == "0"
    monkeypatch.setenv("NUMPY_MADVISE_HUGEPAGE", "1")
    process.prepare_process()
    assert os.environ["NUMPY_MADVISE_HUGEPAGE"] == "1"


@pytest.mark.parametrize("name", ["MALLOC_ARENA_MAX", "MALLOC_TRIM_THRESHOLD_", "GLIBC_TUNABLES"])
def test_a_users_malloc_settings_are_left_alone(monkeypatch, name):
    monkeypatch.setenv(name, "2")
    assert process.keep_freed_memory() is False


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_freed_memory_is_kept_on_glibc():
    # In a fresh process, so this test process's allocator is not changed for the others.
    code = ("import os; [os.environ.pop(k, None) for k in list(os.environ) if k.startswith('MALLOC_')];"
            "os.environ.pop('GLIBC_TUNABLES', None);"
            "from relx.nlp.process import keep_freed_memory; print(keep_freed_memory())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
