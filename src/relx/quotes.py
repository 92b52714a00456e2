"""Direct quotations and their speakers. (stub: being written)"""
from __future__ import annotations

from .model import Organization, Person, Quote, Role


def extract_quotes(doc, people: list[Person], organizations: list[Organization],
                   roles: list[Role]) -> list[Quote]:
    return []
