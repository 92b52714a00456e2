"""Names missed or cut short on releases nobody tuned for: each test names one kind of
error, on fictional sentences of its own."""
from __future__ import annotations

from relx.read.textprep import prepare_text


def forms(orgs) -> set[str]:
    return {f for o in orgs.values() for f in [o.name, *o.aliases]}


def test_a_university_campus_after_at_is_one_name(entities):
    orgs, _ = entities(
        "Brightwell Labs Inc. will run the trial with researchers at the University of "
        "Nevada at Tallow Springs and Quarry Hill University, the company said.")
    assert "University of Nevada at Tallow Springs" in orgs
    assert "Quarry Hill University" in orgs
    assert not any(f.startswith("Tallow Springs") for f in forms(orgs))
    assert "University of Nevada" not in forms(orgs)


def test_a_venue_after_at_is_not_part_of_a_university(entities):
    orgs, _ = entities(
        "Brightwell Labs Inc. presented its findings to the University of Nevada at the "
        "Annual Desert Science Expo in Reno.")
    assert "University of Nevada" in orgs
    assert not any("Expo" in f and "University" in f for f in forms(orgs))


def test_a_holder_named_after_title_of_place_is_a_person(entities):
    _, people = entities(
        "Brightwell Labs Inc. opened a clinic on Monday. The ribbon was cut by the Mayor of "
        "Lithonia, Shemeka Reynolds, who thanked the volunteers.")
    assert "Shemeka Reynolds" in people


def test_a_region_after_title_of_field_is_no_person(entities):
    _, people = entities(
        "Brightwell Labs Inc. named Ada Brisk Director of Sales, Global Accounts. She joins "
        "from Quarry Hill Partners.")
    assert not any("Global" in p for p in people)


def test_a_platform_the_model_reads_as_a_place_is_a_company(entities):
    orgs, _ = entities(
        "Brightwell Studios Inc. today announced that its new series will be streaming on "
        "Netflix next spring. The company also opened an office in Texas.")
    assert "Netflix" in orgs
    assert "Texas" not in orgs


def test_a_place_that_modifies_a_noun_after_told_stays_a_place(entities):
    orgs, _ = entities(
        "Brightwell Studios Inc. opened a studio in Austin. The chief executive told Texas "
        "lawmakers that the studio would hire locally.")
    assert "Texas" not in orgs


def test_a_person_glued_to_a_contact_label_opens_the_contact_line(entities):
    # the reader puts the lost line break back after the label (read/textprep)
    _, people = entities(prepare_text(
        "Brightwell Labs Inc. opened a clinic in Reno on Monday.\n\n"
        "ContactMaria Delgado Brightwell Labs Email Us Here\n\nReno, Nevada\n"))
    assert "Maria Delgado" in people
    assert not any("Brightwell" in p for p in people)


def test_a_byline_names_its_writer_and_employer_though_title_case(entities):
    orgs, people = entities(
        "Lakeside Glass Prints Show Opens In Reno\n"
        "(Written by Rosa Lindqvist, Researcher at Quarry Hill University)\n\n"
        "The show of glass prints opened on Friday and runs for a month.")
    assert "Quarry Hill University" in orgs
    assert "Rosa Lindqvist" in people


def test_a_second_title_after_and_is_not_part_of_the_body(entities):
    orgs, _ = entities(
        "Rosa Lindqvist is a Researcher at the Institute of Glass Arts and Graduate "
        "Supervisor at Quarry Hill University, where she teaches printmaking.")
    assert "Institute of Glass Arts" in orgs
    assert not any("Graduate" in f for f in forms(orgs))


def test_and_inside_a_company_name_before_a_title_stays(entities):
    orgs, _ = entities(
        "Brightwell and Stone Holdings CEO Jo Park said the deal closed on Friday. "
        "Brightwell and Stone Holdings is based in Reno.")
    assert "Brightwell and Stone Holdings" in orgs


def test_the_subject_of_is_pleased_to_announce_after_a_dateline(entities):
    orgs, _ = entities(
        "Reno, NV – May 2, 2025 – BRK Zero Waste is proud to announce that its team won a "
        "regional award. We are pleased to share the news with our clients.")
    assert "BRK Zero Waste" in orgs
    assert "We" not in orgs


def test_an_employer_after_a_persons_title_of_field_is_no_person(entities):
    orgs, people = entities(
        "Halden Events Inc. hosts a week for startups. \"It builds momentum,\" said Mara "
        "Quist, Director of Innovation & Entrepreneurship, Quorvell Valley Chamber, on Friday.")
    assert "Quorvell Valley Chamber" not in people
