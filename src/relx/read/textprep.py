"""The text as the extractors read it: the same length, the same offsets, less noise.

Two kinds of noise are removed, each by replacing characters one for one, so that every
offset into the prepared text is an offset into the file's text and `--include-text`
shows exactly what was read:
- Markdown markup: releases saved as Markdown wrap their dateline in `**bold**`, their
  issuer in `[links](https://...)` and their title in `# `; the markup becomes spaces.
- hard wrapping: a release wrapped at 72 or 80 columns breaks `Chief Financial\nOfficer
  Jane Doe` over two lines; the line breaks inside its paragraphs become spaces.
"""
from __future__ import annotations

import re

# Each pattern names the markup to blank out; the words it wraps are kept.
HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]", re.M)                 # "## About Acme"
BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(>[ \t]?)+", re.M)                  # "> quoted"
STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1")          # "**bold**"
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^\n*]{1,300}?)(?<=[^\s*])\*(?![\w*])")  # "*it*"
LINK = re.compile(r"(!?\[)([^\]\n]{1,300})(\]\([^)\s]{1,2000}(?:\s+\"[^\"\n]{0,300}\")?\))")
CODE = re.compile(r"`([^`\n]{1,300})`")


def _blank(text: str) -> str:
    return " " * len(text)


def mask_markdown(text: str) -> str:
    """The text with Markdown markup replaced by spaces; the same length as the input."""
    if not any(ch in text for ch in "#>*_[`"):
        return text
    text = HEADING.sub(lambda m: _blank(m.group(0)), text)
    text = BLOCKQUOTE.sub(lambda m: _blank(m.group(0)), text)
    text = LINK.sub(lambda m: _blank(m.group(1)) + m.group(2) + _blank(m.group(3)), text)
    text = STRONG.sub(lambda m: _blank(m.group(1)) + m.group(2) + _blank(m.group(1)), text)
    text = EMPHASIS.sub(lambda m: " " + m.group(1) + " ", text)
    text = CODE.sub(lambda m: " " + m.group(1) + " ", text)
    return text


# A wrapped line is long: it was cut at the wrap width, not where its sentence ended.
WRAPPED_LINE = 45
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•–]\s|\d{1,3}[.)]\s)")


def unwrap_lines(text: str) -> str:
    """The text with the line breaks inside hard-wrapped paragraphs made spaces.

    A text counts as hard-wrapped when at least two of its long lines run on into a line
    that starts in lower case, mid-sentence; a text written one paragraph a line is left
    as it is. Short lines (contact blocks, headings) and list items keep their breaks.
    """
    lines = text.split("\n")
    joins = [i for i in range(len(lines) - 1)
             if len(lines[i].rstrip()) >= WRAPPED_LINE and lines[i + 1].strip()
             and not LIST_ITEM.match(lines[i + 1])]
    continuing = sum(1 for i in joins if lines[i + 1].lstrip()[:1].islower())
    if continuing < 2:
        return text
    joined = set(joins)
    breaks = (" " if i in joined else "\n" for i in range(len(lines) - 1))
    return "".join(piece for line, sep in zip(lines, [*breaks, ""]) for piece in (line, sep))


def prepare_text(text: str, markdown: bool = False) -> str:
    """The text the extractors read (see the module docstring): the same length as `text`."""
    if markdown:
        text = mask_markdown(text)
    return unwrap_lines(text)
