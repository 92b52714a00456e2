"""How `relx extract` arguments become documents: folders, stdin, unreadable or non-text
paths, encodings, line ends, length limits."""
from __future__ import annotations

import io
import sys

from relx.read.inputs import (
    STDIN, Document, InputError, decode, expand_paths, iter_documents, read_document, ready,
)


def test_a_folder_is_its_text_and_web_page_files_at_any_depth_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.md", "C.TXT", "page.html", "notes.json", "image.png",
                 "sub/z.txt", "sub/deeper/y.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Acme said.", encoding="utf-8")
    got = list(expand_paths([str(tmp_path)]))
    assert got == [str(tmp_path / name) for name in
                   ("C.TXT", "a.md", "b.txt", "page.html", "sub/deeper/y.md", "sub/z.txt")]


def test_an_empty_folder_is_an_error_that_says_what_was_looked_for(tmp_path):
    (tmp_path / "notes.json").write_text("{}")
    assert list(expand_paths([str(tmp_path)])) == [InputError(
        str(tmp_path), "no release files (looked for *.txt, *.md, *.html, *.htm)")]


def test_a_file_named_explicitly_is_read_whatever_its_suffix(tmp_path):
    notes = tmp_path / "release.rst"
    notes.write_text("Acme said.", encoding="utf-8")
    assert list(expand_paths([str(notes)])) == [str(notes)]


def test_arguments_keep_their_order_and_a_missing_path_takes_its_place(tmp_path):
    first, last = tmp_path / "first.txt", tmp_path / "last.txt"
    first.write_text("one", encoding="utf-8")
    last.write_text("two", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    got = list(iter_documents([str(first), missing, str(last)]))
    assert [ready(d) if isinstance(d, Document) else d for d in got] == [Document(str(first), "one"),
                   InputError(missing, "no such file or directory"),
                   Document(str(last), "two")]


def test_dash_is_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Acme said.\n".encode())))
    assert list(expand_paths([STDIN])) == [STDIN]
    assert ready(read_document(STDIN)) == Document("<stdin>", "Acme said.\n")


def test_a_byte_order_mark_on_standard_input_is_dropped(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfAcme said.")))
    assert ready(read_document(STDIN)) == Document("<stdin>", "Acme said.")


def test_standard_input_in_a_legacy_encoding_is_decoded_not_crashed_on(monkeypatch):
    data = "“Café Zoë,” said the owner of Café Zoë Ltd.".encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert ready(read_document(STDIN)) == Document("<stdin>", "“Café Zoë,” said the owner of Café Zoë Ltd.")


def test_a_utf8_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffACME CORP. ANNOUNCES — “NEWS”".encode("utf-8"))
    assert ready(read_document(str(path))) == Document(str(path), "ACME CORP. ANNOUNCES — “NEWS”")


def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("“Ready,” said Zoë.".encode("utf-16"))
    assert read_document(str(path)).text == "“Ready,” said Zoë."


def test_a_cp1252_file_is_decoded_as_cp1252(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("“Café,” said Zoë Müller of Crème Brûlée Ltd.".encode("cp1252"))
    assert read_document(str(path)).text == "“Café,” said Zoë Müller of Crème Brûlée Ltd."


def test_windows_and_old_mac_line_ends_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nACME, Ore. -- Acme said.\rEnd")
    assert read_document(str(path)).text == "Title\n\nACME, Ore. -- Acme said.\nEnd"


def test_an_image_is_an_error_that_says_what_it_is(tmp_path):
    path = tmp_path / "logo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert read_document(str(path)) == InputError(str(path), "not a text file (a PNG image)")


def test_unknown_binary_content_is_an_error_not_a_document(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert read_document(str(path)) == InputError(str(path), "not a text file (binary content)")


def test_an_unreadable_path_is_an_error_with_the_system_reason(tmp_path):
    assert read_document(str(tmp_path)) == InputError(str(tmp_path), "Is a directory")


def test_empty_bytes_are_an_empty_document():
    assert ready(decode("empty.txt", b"")) == Document("empty.txt", "")


def test_a_length_limit_refuses_longer_texts_and_by_default_there_is_none(tmp_path):
    short, long = tmp_path / "short.txt", tmp_path / "long.txt"
    short.write_text("a" * 20, encoding="utf-8")
    long.write_text("a" * 100, encoding="utf-8")
    assert ready(read_document(str(short), max_chars=20)) == Document(str(short), "a" * 20)
    assert ready(read_document(str(long))) == Document(str(long), "a" * 100)
    refused = read_document(str(long), max_chars=20)
    assert isinstance(refused, InputError) and refused.message.startswith("too long")
    assert "20" in refused.message


def test_reading_leaves_the_text_as_read_and_ready_prepares_it_once(tmp_path):
    # Preparing (textprep.py) is left to the process that extracts: a worker with --jobs.
    path = tmp_path / "glued.md"
    path.write_text("Acme Labs said.The **new** plant opens.", encoding="utf-8")
    read = read_document(str(path))
    assert (read.text, read.prepared, read.markdown) == ("Acme Labs said.The **new** plant opens.", False, True)
    prepared = ready(read)
    assert prepared.prepared and prepared.text != read.text
    assert prepared.text.startswith("Acme Labs said. The")
    assert ready(prepared) is prepared
