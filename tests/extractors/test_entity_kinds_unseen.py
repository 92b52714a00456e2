"""Kinds of error seen on releases nobody tuned for: places, terms, works and people read
as organizations, and organizations or people missed. Fictional sentences, one a kind."""
from __future__ import annotations

import pytest

from relx.extractors.entities import extract_entities
from relx.extractors.entities.lists import PRODUCTS_RE
from relx.extractors.entities.misread import (a_line_of_business, headline_fragment, unit_after_a_title,
                                             written_small_elsewhere)
from relx.extractors.entities.vocabulary import reads_as_a_phrase
from relx.extractors.entities.surfaces import Surface
from relx.extractors.entities.shapes import looks_like_org
from relx.extractors.header import find_header


@pytest.fixture
def entities(nlp):
    def run(text: str):
        doc = nlp(text)
        orgs, people = extract_entities(doc, find_header(text))
        return {o.name for o in orgs} | {a for o in orgs for a in o.aliases}, {p.name for p in people}
    return run


def test_a_place_that_opens_a_longer_name_borrows_none_of_its_evidence(entities):
    # "CEO of the Oregon Coastal Film Alliance" speaks of the alliance, not of Oregon
    orgs, _ = entities(
        "“We are thrilled,” said Dana Whitlow, CEO of the Oregon Coastal Film Alliance. The "
        "festival brings independent cinema to Oregon and beyond.")
    assert "Oregon Coastal Film Alliance" in orgs
    assert "Oregon" not in orgs


def test_a_hyphenated_term_defined_by_its_acronym_is_no_organization(entities):
    # the hyphenated word gives a letter for each part: B-D-N-F
    orgs, _ = entities(
        "Kelvara Health said the treatment raises levels of Brain-Derived Neurotrophic Factor "
        "(BDNF), which supports the growth of new neurons. Kelvara Health runs four clinics.")
    assert "Brain-Derived Neurotrophic Factor" not in orgs and "BDNF" not in orgs


def test_a_person_announcing_in_the_headline_stays_a_person(entities):
    orgs, people = entities(
        "Marcus Albright Announces Candidacy for City Council\n\n"
        "PORTLAND, OR — Marcus Albright, a former Navy officer and small-business owner, "
        "announced his candidacy today. Marcus Albright joined the race to fix local roads. "
        "“Our city deserves better,” Marcus Albright said.")
    assert "Marcus Albright" in people
    assert "Marcus Albright" not in orgs


def test_a_person_who_shares_a_first_name_with_a_company_stays_a_person(entities):
    # "Ben Cohen" beside "Ben & Jerry's": the model reads him as a person every time
    orgs, people = entities(
        "To mark the anniversary, Ben Lang—co-founder of Ben & Mills’s bakeries and a "
        "longtime activist—planted a tree. The event was led by Ben Lang’s group Seeds Of "
        "Peace. Ben Lang thanked the volunteers.")
    assert "Ben Lang" in people
    assert "Ben Lang" not in orgs


def test_an_occupation_in_title_case_is_no_organization(entities):
    orgs, _ = entities(
        "Lumera Skin Studio will offer skin analysis performed by our expert Holistic Nutritionist, "
        "and mini facials. Lumera Skin Studio opened in 2019.")
    assert "Holistic Nutritionist" not in orgs


def test_a_date_opening_a_sentence_is_no_organization():
    # "Hangzhou, Zhejiang, China, On December 15, 2024, the exhibition ...": the list of
    # places runs on into the date's first words
    assert not looks_like_org("On December")
    assert not looks_like_org("By March")
    assert looks_like_org("On Deck Capital")


def test_works_listed_after_series_are_things_not_names():
    text = ("Rita Calloway has appeared in films and hit series including Santa Clara, Lovers "
            "Weekend, Blue Harbor and Sunset Heights.")
    listed = PRODUCTS_RE.search(text)
    assert listed and "Lovers Weekend" in listed.group(1)


def test_a_single_word_the_text_uses_as_a_buyer_is_an_organization(entities):
    orgs, _ = entities(
        "As co-founder of RideLoop, which was acquired by Porschewerk in 2014, Jo Park learned "
        "how mobility start-ups grow.")
    assert "Porschewerk" in orgs


def headline_subject(text: str, name: str) -> Surface:
    surface = Surface(name)
    surface.add(text.index(name), text.index(name) + len(name), None, "title-subject")
    return surface


def test_a_verb_word_run_into_a_headline_subject_is_no_name():
    # "Acme Set to Disrupt ...": "Set" belongs to the verb
    text = "Zentro Set to Disrupt Urban Farming\n\nZentro grows greens in vertical farms."
    assert headline_fragment(headline_subject(text, "Zentro Set"), text, set())
    assert not headline_fragment(headline_subject(text, "Zentro"), text, set())


def test_an_ordinary_word_opening_a_headline_is_no_name():
    # "Care to Make a Mark with The Givers": the text writes "care" small too
    text = "Care to Make a Mark with The Harbor Givers\n\nFamily care is hard work."
    assert headline_fragment(headline_subject(text, "Care"), text, {"care"})


def test_ordinary_words_the_text_also_writes_small_are_a_common_phrase():
    text = ("Zentro Brings Blockchain Technology to Meme Makers\n\nZentro uses blockchain "
            "technology to track memes.")
    assert written_small_elsewhere("Blockchain Technology", text)
    assert not written_small_elsewhere("Zentro", text)
    # a unit after a job title is left to the department rule
    assert not written_small_elsewhere(
        "Research and Development", "Jo Park, Head of Research and Development, said research and development grew.")


def test_a_field_between_a_title_and_the_employer_is_no_organization():
    text = ("“We want momentum,” said Ana Ruiz, Director of Innovation & Entrepreneurship, Cedar "
            "Falls Chamber. Board member of Zero Waste Iowa, Jo Park, agreed.")
    unit = Surface("Innovation & Entrepreneurship")
    start = text.index(unit.text)
    unit.add(start, start + len(unit.text), "ORG", "ner:ORG")
    assert unit_after_a_title(unit, text)
    body = Surface("Zero Waste Iowa")
    start = text.index(body.text)
    body.add(start, start + len(body.text), "ORG", "ner:ORG")
    assert not unit_after_a_title(body, text)


def test_three_ordinary_words_without_a_given_name_are_no_person():
    # "two types of Ketamine treatments – Ketamine Psychedelic Therapy and ..."
    assert reads_as_a_phrase("Ketamine Psychedelic Therapy")
    assert not reads_as_a_phrase("Mary Rose Baker")


def test_a_line_of_business_is_no_organization():
    text = "Veltro is building the Company’s Coastal Healthcare business; Alphabet’s Waymo unit is not."
    line = Surface("Coastal Healthcare")
    start = text.index(line.text)
    line.add(start, start + len(line.text), "ORG", "ner:ORG")
    assert a_line_of_business(line, text)
    unit = Surface("Waymo")
    start = text.index("Waymo")
    unit.add(start, start + 5, "ORG", "ner:ORG")
    assert not a_line_of_business(unit, text)
