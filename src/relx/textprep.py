"""Markdown markup masked out of a release, character for character.

Releases saved as Markdown wrap their dateline in `**bold**`, their issuer in
`[links](https://...)` and their title in `# `. The extractors read plain prose, so the
markup is replaced by spaces of the same length: the text keeps its length, every offset
into it stays valid, and what remains is the words a reader sees.
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
