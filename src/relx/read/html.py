"""A saved web page as the text of its release.

trafilatura finds the main text (the article, not the menus, cookie banners and footers)
and hands it back as a small XML tree of paragraphs, headings, lists, quotes and tables.
That tree, not trafilatura's own plain-text output, is turned into text here, because the
extractors need a blank line between paragraphs (a quote or a dateline ends with its
paragraph) and trafilatura's text puts a single newline there.

The page's own title and publication date (from its `<title>`, `<h1>` and metadata tags)
come back beside the text, never inside it: prepending them would shift every offset and
could invent a dateline. The record takes them only when its text says nothing.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

# Elements that stand as a paragraph of their own, in trafilatura's output (`head`, `item`,
# `row`, ...) and in plain HTML for the last resort. A table row is one: its cells read as a
# line ("Media contact<TAB>Mary Major").
BLOCKS = frozenset({"p", "head", "item", "row", "code", "quote", "list", "table", "div", "note",
                    "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "ul", "ol", "dl", "dt", "dd",
                    "blockquote", "pre", "section", "article", "header", "footer", "main",
                    "aside", "address", "figure", "figcaption"})
LINE_BREAKS = frozenset({"lb", "br"})
CELLS = frozenset({"cell", "td", "th"})
# Never text, even on the last resort's raw page.
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg"})
# Markup dates only: with an extensive search htmldate also takes dates from the running
# text, and the first date in a release's body is as often an event's as its own.
DATE_PARAMS = {"extensive_search": False, "original_date": True}

# trafilatura logs a warning for every page it finds no text in; the CLI reports such a
# page as an empty record, so the warning would only be noise on stderr.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(slots=True)
class Page:
    text: str
    title: str | None = None
    published: str | None = None


def html_to_text(html: str) -> Page:
    """The page's main text with blank lines between paragraphs, and its own title and
    date. A page with no text at all (an empty body, a redirect stub) is an empty text."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            html, with_metadata=True, favor_recall=True, include_comments=False,
            include_tables=True, date_extraction_params=DATE_PARAMS)
    except Exception:  # noqa: BLE001 - a malformed page must not cost the batch; see below
        found = None
    text = _text_of(lambda: found.body)
    if not text:
        # trafilatura gives up on pages whose text it judges too short or too scattered
        # (a one-paragraph notice, text in bare <div>s); its baseline keeps every paragraph.
        text = _text_of(lambda: trafilatura.baseline(html)[0])
    if not text:
        # A fragment with no <html> around it (`<p>Acme said...`) is not a page to either.
        import lxml.html

        text = _text_of(lambda: lxml.html.document_fromstring(html).body)
    return Page(text, clean(getattr(found, "title", None)), clean(getattr(found, "date", None)))


def _text_of(find_body) -> str:
    """The text of the body `find_body` returns; "" when there is none or it cannot be had."""
    try:
        body = find_body()
    except Exception:  # noqa: BLE001 - lxml raises on an empty or hopeless document
        return ""
    return body_text(body) if body is not None else ""


def body_text(body) -> str:
    """Paragraphs of an extracted tree, a blank line between each; `<lb/>` is a line break
    inside its paragraph."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        lines = (tidy(line) for line in "".join(current).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()

    def walk(element) -> None:
        # Comments and processing instructions have a function as their tag.
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in SKIPPED or not tag:
            return
        block = tag in BLOCKS
        if block:
            flush()
        if tag in LINE_BREAKS:
            current.append("\n")
        elif element.text:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tag in CELLS:
                current.append("\t")
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(body)
    flush()
    return "\n\n".join(paragraphs)


def tidy(line: str) -> str:
    """One line with its runs of spaces as one space, as a browser shows it; tabs stay,
    as the border between table cells."""
    cells = (" ".join(cell.split()) for cell in line.split("\t"))
    return "\t".join(cell for cell in cells if cell)


def clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None
