"""How `relx extract` arguments become documents: folders, stdin, unreadable paths, encodings."""
from __future__ import annotations

import io
import sys

from relx.inputs import (
    MAX_CHARS, STDIN, Document, InputError, decode, expand_paths, iter_documents, read_document,
)


def test_a_folder_is_its_txt_and_md_files_at_any_depth_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.md", "C.TXT", "notes.json", "image.png", "sub/z.txt", "sub/deeper/y.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Acme said.", encoding="utf-8")
    got = list(expand_paths([str(tmp_path)]))
    assert got == [str(tmp_path / name) for name in
                   ("C.TXT", "a.md", "b.txt", "sub/deeper/y.md", "sub/z.txt")]


def test_an_empty_folder_stands_for_nothing(tmp_path):
    assert list(expand_paths([str(tmp_path)])) == []


def test_a_file_named_explicitly_is_read_whatever_its_suffix(tmp_path):
    page = tmp_path / "release.html"
    page.write_text("<p>Acme said.</p>", encoding="utf-8")
    assert list(expand_paths([str(page)])) == [str(page)]


def test_arguments_keep_their_order_and_a_missing_path_takes_its_place(tmp_path):
    first, last = tmp_path / "first.txt", tmp_path / "last.txt"
    first.write_text("one", encoding="utf-8")
    last.write_text("two", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    got = list(iter_documents([str(first), missing, str(last)]))
    assert got == [Document(str(first), "one"),
                   InputError(missing, "no such file or directory"),
                   Document(str(last), "two")]


def test_dash_is_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Acme said.\n".encode())))
    assert list(expand_paths([STDIN])) == [STDIN]
    assert read_document(STDIN) == Document("<stdin>", "Acme said.\n")


def test_a_byte_order_mark_on_standard_input_is_dropped(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfAcme said.")))
    assert read_document(STDIN) == Document("<stdin>", "Acme said.")


def test_standard_input_in_a_legacy_encoding_is_decoded_not_crashed_on(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Caf\xe9 Ltd said.")))
    assert read_document(STDIN) == Document("<stdin>", "Café Ltd said.")


def test_a_utf8_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffACME CORP. ANNOUNCES — “NEWS”".encode("utf-8"))
    assert read_document(str(path)) == Document(str(path), "ACME CORP. ANNOUNCES — “NEWS”")


def test_a_cp1252_file_is_decoded_as_cp1252(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("“Café,” said Zoë.".encode("cp1252"))
    assert read_document(str(path)).text == "“Café,” said Zoë."


def test_a_binary_file_is_an_error_not_a_document(tmp_path):
    path = tmp_path / "logo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert read_document(str(path)) == InputError(str(path), "not a text file (binary content)")


def test_an_unreadable_path_is_an_error_with_the_system_reason(tmp_path):
    assert read_document(str(tmp_path)) == InputError(str(tmp_path), "Is a directory")


def test_empty_bytes_are_an_empty_document():
    assert decode("empty.txt", b"") == Document("empty.txt", "")


def test_a_text_far_longer_than_any_release_is_refused(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("a" * (MAX_CHARS + 1), encoding="utf-8")
    assert read_document(str(path)) == InputError(
        str(path), f"too long for a press release (over {MAX_CHARS:,} characters)")
    assert decode("ok.txt", b"a" * MAX_CHARS) == Document("ok.txt", "a" * MAX_CHARS)
