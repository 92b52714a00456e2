"""Organizations and people. (first cut: being written)"""
from __future__ import annotations

from .model import Header, Mention, Organization, Person


def extract_entities(doc, header: Header) -> tuple[list[Organization], list[Person]]:
    orgs: dict[str, Organization] = {}
    people: dict[str, Person] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG":
            o = orgs.setdefault(ent.text, Organization(name=ent.text, rule="ner"))
            o.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
        elif ent.label_ == "PERSON":
            p = people.setdefault(ent.text, Person(name=ent.text, rule="ner"))
            p.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    return list(orgs.values()), list(people.values())
