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
    date. A page with no text at all (an empty body, a redirect stub) is an empty text.

    libxml2 stops building the tree 256 elements deep, so a page nested deeper (generated
    markup, a page saved from a builder) would come out empty: when the first reading
    finds no text, the page is parsed again without that limit and read from the tree.
    """
    found = _extract(html)
    text = _text_of(lambda: found.body)
    if not text:
        # trafilatura gives up on pages whose text it judges too short or too scattered
        # (a one-paragraph notice, text in bare <div>s); its baseline keeps every paragraph.
        text = _text_of(lambda: _baseline(html))
    if not text:
        tree = _deep_tree(html)
        if tree is not None:
            found = found if found is not None and found.title else _extract(tree)
            text = _text_of(lambda: found.body) or _text_of(lambda: _baseline(tree))
            # A fragment with no <html> around it (`<p>Acme said...`) is not a page to
            # either; its body is read as it is.
            text = text or _text_of(lambda: tree.body)
    if not text:
        # Deeper than even libxml2's unlimited mode builds (2,048 levels): read the markup
        # as a stream of tags, which has no depth at all.
        text = streamed_text(html)
    return Page(text, clean(getattr(found, "title", None)), clean(getattr(found, "date", None)))


def _extract(html):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, with_metadata=True, favor_recall=True, include_comments=False,
            include_tables=True, date_extraction_params=DATE_PARAMS)
    except Exception:  # noqa: BLE001 - a malformed page must not cost the batch
        return None


def _baseline(html):
    import trafilatura

    return trafilatura.baseline(html)[0]


def _deep_tree(html: str):
    """The page parsed with no depth limit (libxml2's `huge_tree`); None if hopeless."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception:  # noqa: BLE001 - lxml raises on an empty or hopeless document
        return None


def _text_of(find_body) -> str:
    """The text of the body `find_body` returns; "" when there is none or it cannot be had."""
    try:
        body = find_body()
    except Exception:  # noqa: BLE001 - lxml raises on an empty or hopeless document
        return ""
    return body_text(body) if body is not None else ""


def end_paragraph(current: list[str], paragraphs: list[str]) -> None:
    """Close the paragraph whose pieces are in `current`: its lines tidied, empty ones
    dropped, and the paragraph kept only if anything is left. Both ways of reading a page
    (the extracted tree, the last-resort event parser) end paragraphs alike."""
    lines = (tidy(line) for line in "".join(current).split("\n"))
    paragraph = "\n".join(line for line in lines if line)
    if paragraph:
        paragraphs.append(paragraph)
    current.clear()


def body_text(body) -> str:
    """Paragraphs of an extracted tree, a blank line between each; `<lb/>` is a line break
    inside its paragraph.

    The tree is walked with an explicit stack, not recursion: a page nested thousands of
    elements deep must not hit Python's recursion limit.
    """
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        end_paragraph(current, paragraphs)

    # Each step is an element to enter, a piece of text to add, or a paragraph to end.
    stack: list[tuple[str, object]] = [("enter", body)]
    while stack:
        action, item = stack.pop()
        if action == "text":
            current.append(item)
            continue
        if action == "flush":
            flush()
            continue
        element = item
        # Comments and processing instructions have a function as their tag.
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in SKIPPED or not tag:
            continue
        block = tag in BLOCKS
        if block:
            flush()
        if tag in LINE_BREAKS:
            current.append("\n")
        elif element.text:
            current.append(element.text)
        after: list[tuple[str, object]] = []
        for child in element:
            after.append(("enter", child))
            if child.tag in CELLS:
                after.append(("text", "\t"))
            if child.tail:
                after.append(("text", child.tail))
        if block:
            after.append(("flush", None))
        stack.extend(reversed(after))
    flush()
    return "\n\n".join(paragraphs)


def streamed_text(html: str) -> str:
    """The page's text read tag by tag (the standard library's event parser): paragraphs
    at block elements, nothing from scripts and styles. No main-text detection, so it is
    only the last resort."""
    from html.parser import HTMLParser

    paragraphs: list[str] = []
    current: list[str] = []
    skipping = [0]
    hidden = SKIPPED | {"head", "title"}  # the page's title is never its text (see above)

    def flush() -> None:
        end_paragraph(current, paragraphs)

    class Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in hidden:
                skipping[0] += 1
            elif tag in BLOCKS:
                flush()
            elif tag in LINE_BREAKS:
                current.append("\n")
            elif tag in CELLS:
                current.append("\t")

        def handle_endtag(self, tag):
            if tag in hidden:
                skipping[0] = max(0, skipping[0] - 1)
            elif tag in BLOCKS:
                flush()

        def handle_data(self, data):
            if not skipping[0]:
                current.append(data)

    try:
        reader = Reader(convert_charrefs=True)
        reader.feed(html)
        reader.close()
    except Exception:  # noqa: BLE001 - the last resort gives what it has
        pass
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
