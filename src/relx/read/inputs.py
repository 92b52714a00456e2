"""Turn the PATH arguments of `relx extract` into documents to read, in a stable order.

A folder stands for every `*.txt`, `*.md`, `*.html` and `*.htm` file below it (sorted, so
that a batch's output order does not depend on the file system); `-` stands for standard
input. A path that cannot be read, or that holds no text (a PDF renamed `.txt`, an image,
an archive), yields an `InputError` in its place, so a batch can report it in one line and
go on with the rest.

Whatever the bytes, the text handed to the extractors is decoded (see `decode_bytes`), has
`\\n` line ends only, and for a web page is the page's main text with blank lines between
its paragraphs. Every offset in a record refers to that text, which `--include-text`
prints beside the record.
"""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"

# The widest character takes 4 bytes in UTF-8 and UTF-32, so a file of more than 4 bytes per
# allowed character cannot fit and is refused before it is read.
BYTES_PER_CHAR = 4

# Without --max-chars, no input is read beyond this many bytes: a path that turns out to be
# endless (a link to /dev/zero, a runaway log) must not fill memory. A release is a few
# kilobytes; 256 MiB would take relx hours to extract anyway.
MAX_INPUT_BYTES = 256 * 1024 * 1024

# What decides that bytes are not text is looked for at the start only: a format's
# signature is there, and scanning a 20 MB file for it would cost more than it tells.
SNIFF_BYTES = 64 * 1024

# Signatures of the non-text files most often found beside releases, so the error can say
# what the file is. `offset` is where the signature sits.
SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "a PDF document"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"PK\x03\x04", "a ZIP archive or Office document"),
    (0, b"PK\x05\x06", "a ZIP archive"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document"),
    (0, b"{\\rtf", "an RTF document"),
    (0, b"\x7fELF", "an executable"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (4, b"ftyp", "a video or HEIC image"),
    (8, b"WEBP", "a WebP image"),
)

# Byte order marks, longest first: UTF-32-LE's mark begins with UTF-16-LE's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Encodings read as Windows-1252 when the detector finds them as plausible as its first
# choice. On short or mostly-ASCII text charset-normalizer cannot tell cp1252 from cp1250
# or cp1257 (they differ on a handful of letters), and a Western word processor's file —
# smart quotes, accented names — is by far the likelier source of a release.
WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15"})
CHAOS_MARGIN = 0.01

# NUL and other control bytes stand for binary content only as a share of the sample: one
# stray NUL (a bad copy, a truncated field) in a release must not cost the whole text.
# Executables, databases and compressed data are far above this share; a text's NULs are
# replaced (see decode_bytes).
MAX_CONTROL_BYTE_SHARE = 0.01
CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in "\t\n\r\f\v\x1b")

# A text may hold a few stray control characters (a form feed, a bell from an old mail
# client); bytes whose decoded sample is more than this share of them are not text.
MAX_CONTROL_SHARE = 0.3

HTML_START_RE = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)?<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL)


@dataclass(slots=True)
class Document:
    """A text to extract from. `title` and `published` are what a web page says about
    itself in its markup: the record takes them when its text does not say."""

    source: str
    text: str
    title: str | None = None
    published: str | None = None
    # What reading had to repair (bytes replaced), said on stderr; the document is kept.
    notes: list[str] = field(default_factory=list)
    # The date relative expressions resolve against when neither the text nor the page's
    # metadata gives one (`relx extract --date`).
    reference: str | None = None
    # False while `text` is as read, before `prepare_text` (see `ready`); `markdown`
    # says how to prepare it.
    prepared: bool = True
    markdown: bool = False


def ready(document: Document) -> Document:
    """The document with its text prepared for the extractors (textprep.py), done once.

    Reading leaves the preparation (unwrapping lines, repairing glued blocks: a tenth of
    reading's time) to the process that extracts the document. With `--jobs N` that is a
    worker, not the parent, which reads and writes for all the workers and so, when it
    does less, holds up none of them (issue 15)."""
    if document.prepared:
        return document
    from .textprep import prepare_text

    return replace(document, text=prepare_text(document.text, markdown=document.markdown),
                   prepared=True)


@dataclass(slots=True)
class InputError:
    source: str
    message: str


class NotText(ValueError):
    """The bytes are not a text: `what` names what they look like."""

    def __init__(self, what: str) -> None:
        super().__init__(f"not a text file ({what})")
        self.what = what


LOOKED_FOR = ", ".join(f"*{suffix}" for suffix in TEXT_SUFFIXES + HTML_SUFFIXES)


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Each argument as one or more file paths; folders are walked recursively.

    A folder holding no release file, or one that cannot be read, is an error in its
    place: a run that silently reads nothing looks like a run that found nothing.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        kind = path_kind(raw)
        if kind == "directory":
            found = False
            for item in walk_folder(raw):
                found = True  # a file, or a folder that could not be read (said once)
                yield item
            if not found:
                yield InputError(raw, f"no release files (looked for {LOOKED_FOR})")
        elif kind in ("file", "pipe"):
            yield raw
        else:
            yield InputError(raw, kind)


def path_kind(path: str) -> str:
    """"file", "directory", "pipe" (a pipe relx may read: process substitution's
    `/dev/fd/N`), or what is wrong with the path, as an error message.

    A named pipe, a device or a socket is refused by name: reading one may block forever
    (a FIFO nobody writes to) or never end (`/dev/zero`).
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if exc.errno == errno.ENOENT:
            import glob

            # A quoted pattern is expanded before it gets here (batch.expand_globs):
            # one still standing matched nothing.
            return "matches no files" if glob.has_magic(path) else "no such file or directory"
        return exc.strerror or str(exc)
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISFIFO(mode):
        if path.startswith(("/dev/fd/", "/proc/self/fd/")):
            return "pipe"
        return "a named pipe (FIFO), not a file: give it as standard input (- < PATH)"
    if stat.S_ISCHR(mode):
        return "a character device, not a file"
    if stat.S_ISBLK(mode):
        return "a block device, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    return "not a regular file"


def walk_folder(folder: str) -> Iterator[str | InputError]:
    """The release files below `folder`, sorted; a subfolder that cannot be read is an
    error in its place.

    Walked with an explicit stack, not recursion, so a folder nested a thousand levels
    deep is read like any other; a folder reached twice through symbolic links is
    walked once, so a link loop ends.
    """
    suffixes = TEXT_SUFFIXES + HTML_SUFFIXES
    found: list[tuple[Path, str | InputError]] = []
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = os.stat(current)
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError as exc:
            found.append((Path(current), InputError(current, exc.strerror or str(exc))))
            continue
        for entry in listed:
            try:
                if entry.is_dir():
                    stack.append(entry.path)
                elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in suffixes:
                    found.append((Path(entry.path), entry.path))
            except OSError:  # vanished, or a link to nowhere: not a release file
                continue
    found.sort(key=lambda pair: pair[0])
    for _, item in found:
        yield item


def read_document(source: str, max_chars: int | None = None) -> Document | InputError:
    """The document a path (or `-`) holds, or why there is none.

    `max_chars` refuses longer texts; None accepts any length up to MAX_INPUT_BYTES (long
    texts are analyzed in chunks, so length costs time, not memory beyond the text
    itself). Every input is read with a bound, whatever `stat` said about its size.
    """
    limit = MAX_INPUT_BYTES if max_chars is None else min(
        BYTES_PER_CHAR * max_chars + len(codecs.BOM_UTF32_LE), sys.maxsize - 1)
    if source == STDIN:
        # Bytes, not sys.stdin's text: its decoder would turn a stray Latin-1 byte into a
        # lone surrogate that spaCy cannot hash, and it would keep a UTF-8 BOM.
        if sys.stdin is None:
            return InputError("<stdin>", "no standard input")
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            data = sys.stdin.read(limit + 1).encode("utf-8", "replace")
        else:
            data = stream.read(limit + 1)
        if len(data) > limit:
            return too_long("<stdin>", max_chars)
        return decode("<stdin>", data, max_chars)
    kind = path_kind(source)
    if kind not in ("file", "pipe"):
        return InputError(source, "Is a directory" if kind == "directory" else kind)
    try:
        with open(source, "rb") as stream:
            if kind == "file" and os.fstat(stream.fileno()).st_size > limit:
                return too_long(source, max_chars)
            data = stream.read(limit + 1)
    except OSError as exc:
        return InputError(source, exc.strerror or str(exc))
    if len(data) > limit:
        return too_long(source, max_chars)
    return decode(source, data, max_chars, html=Path(source).suffix.lower() in HTML_SUFFIXES)


def too_long(source: str, max_chars: int | None, length: int | None = None) -> InputError:
    if max_chars is None:
        return InputError(source, f"too large (over {MAX_INPUT_BYTES // 2**20} MiB)")
    size = f"{length:,} characters, " if length is not None else ""
    return InputError(source, f"too long ({size}over --max-chars {max_chars:,})")


def decode(source: str, data: bytes, max_chars: int | None = None,
           html: bool = False) -> Document | InputError:
    """The document that bytes hold: decoded, with `\\n` line ends, and reduced to its main
    text when it is a web page (by its suffix, `html`, or by its first tag); its text is
    prepared for the extractors by `ready`, where it is extracted."""
    notes: list[str] = []
    try:
        text = normalize_newlines(decode_bytes(data, notes))
    except NotText as exc:
        return InputError(source, str(exc))
    if max_chars is not None and len(text) > max_chars:
        return too_long(source, max_chars, len(text))
    if html or looks_like_html(text):
        from .html import html_to_text

        page = html_to_text(text)
        return Document(source, page.text, page.title, page.published, notes, prepared=False)
    markdown = source.lower().endswith((".md", ".markdown"))
    return Document(source, text, notes=notes, prepared=False, markdown=markdown)


def decode_bytes(data: bytes, notes: list[str] | None = None) -> str:
    """Text from bytes whatever their encoding, or `NotText`. What had to be repaired
    (bytes replaced by U+FFFD, one character per byte so the text stays whole) is added
    to `notes`.

    The order matters: a byte order mark is the file's own word; a format signature or a
    share of NUL bytes (outside UTF-16) mean an image or archive; strict UTF-8 almost
    never accepts bytes that are not UTF-8, so it is tried before any guess; a text that is
    UTF-8 but for a few bytes is UTF-8 with those bytes replaced; only then is the
    encoding guessed.
    """
    notes = notes if notes is not None else []
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    head = data[:SNIFF_BYTES]
    for offset, signature, what in SIGNATURES:
        if head.startswith(signature, offset):
            raise NotText(what)
    if b"\x00" in head and (encoding := utf16_by_zeros(head)) is not None:
        text = data.decode(encoding, errors="replace")
    else:
        controls = len(head) - len(head.translate(None, CONTROL_BYTES))
        if controls > MAX_CONTROL_BYTE_SHARE * len(head):
            raise NotText("binary content")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = mostly_utf8(data, notes)
            if text is None:
                text = guess_decode(data)
        if nuls := text.count("\x00"):
            # One character each, so the offsets of what follows are those of the file.
            text = text.replace("\x00", "\ufffd")
            notes.append(f"{nuls:,} NUL {_bytes(nuls)} replaced")
    if control_share(text[:SNIFF_BYTES]) > MAX_CONTROL_SHARE:
        raise NotText("binary content")
    return text


def _bytes(count: int) -> str:
    return "byte" if count == 1 else "bytes"


def mostly_utf8(data: bytes, notes: list[str]) -> str | None:
    """The text of bytes that are UTF-8 but for a few invalid bytes (a bad copy, a
    truncated character), each replaced by U+FFFD; None when the invalid bytes are as
    many as the valid non-ASCII characters, i.e. the text is in another encoding.

    Without this, one stray byte in a UTF-8 release with curly quotes sent the whole
    file to the encoding guesser, which could pick a Mac code page and garble every
    quote and accent.
    """
    text = data.decode("utf-8", errors="relx_byte_replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    if replaced <= 0 or valid <= replaced:
        return None
    notes.append(f"not valid UTF-8: {replaced:,} invalid {_bytes(replaced)} replaced")
    return text


def _byte_replace(error: UnicodeDecodeError) -> tuple[str, int]:
    """One U+FFFD per invalid byte, so the count of replacements is the count of bytes."""
    return "\ufffd" * (error.end - error.start), error.end


codecs.register_error("relx_byte_replace", _byte_replace)


def utf16_by_zeros(head: bytes) -> str | None:
    """UTF-16 without a byte order mark, told by where its zero bytes fall.

    Text that is mostly Latin script has a zero as the high byte of nearly every
    character: on the odd bytes in little-endian order, on the even ones in big-endian.
    Binary files scatter their zeros over both.
    """
    even, odd = head[0:len(head) & ~1:2], head[1:len(head) & ~1:2]
    if not even:
        return None
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.02:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.02:
        return "utf-16-be"
    return None


def guess_decode(data: bytes) -> str:
    """Bytes that are not UTF-8, decoded by charset-normalizer's guess, with Windows-1252
    preferred among its equally good guesses (see WESTERN)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise NotText("binary content")
    best = min(match.chaos for match in matches)
    for match in matches:
        if match.chaos <= best + CHAOS_MARGIN and WESTERN & set(match.could_be_from_charset):
            return data.decode("cp1252", errors="cp1252_as_latin1")
    return str(matches[0])


def _cp1252_as_latin1(error: UnicodeDecodeError) -> tuple[str, int]:
    """The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read
    as Latin-1 does, as browsers do: a lone odd byte must not cost the whole file."""
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("cp1252_as_latin1", _cp1252_as_latin1)


# Unicode's control characters (category Cc, a set its stability policy fixes at these
# 65) but for line and tab whitespace (\t \n \v \f \r): one regex scan, where a test of
# each character's category cost 0.2 ms a release, in the process that reads for all
# `--jobs` workers.
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def control_share(sample: str) -> float:
    """The share of control characters other than line and tab whitespace."""
    if not sample:
        return 0.0
    return sum(1 for _ in CONTROLS.finditer(sample)) / len(sample)


def normalize_newlines(text: str) -> str:
    """`\\r\\n` (Windows) and a lone `\\r` (old Mac OS) as `\\n`: the extractors find lines
    and paragraphs by `\\n`, and a stray `\\r` inside a name or title would be kept in it."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(text: str) -> bool:
    """A web page saved under a text name: its first tag (after an XML declaration or a
    comment) opens the document, the head or the body. A release that merely quotes a tag
    later on is still a text."""
    return HTML_START_RE.match(text, 0, 4096) is not None


def iter_documents(paths: Iterable[str], max_chars: int | None = None) -> Iterator[Document | InputError]:
    for item in expand_paths(paths):
        yield item if isinstance(item, InputError) else read_document(item, max_chars)
