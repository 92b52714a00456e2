"""Date expressions, normalized. (stub: being written)"""
from __future__ import annotations

from .model import DateMention, Header


def extract_dates(doc, header: Header) -> list[DateMention]:
    return []
