"""Person-title-organization roles. (stub: being written)"""
from __future__ import annotations

from .model import Organization, Person, Role


def extract_roles(doc, people: list[Person], organizations: list[Organization]) -> list[Role]:
    return []
