"""The release's own title, date and dateline. (stub: being written)"""
from __future__ import annotations

from .model import Header


def find_header(text: str) -> Header:
    return Header()
