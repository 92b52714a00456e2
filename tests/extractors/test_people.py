"""People: who is named, who is one person, and what only looks like a name.

Each test names a kind of error seen on real releases, with a fictional sentence of its
own (see issue 11).
"""
from __future__ import annotations


def forms(entity) -> set[str]:
    return {entity.name, *entity.aliases}


# --- names the model misses ------------------------------------------------------------

def test_a_name_after_a_contact_label_glued_to_a_phone_number(entities):
    _, people = entities(
        "Brambleton Foods opened a bakery in Ohio.\n\n"
        "Media Contact:Diane Whitfield(610) 555-0134 press@brambleton.example")
    assert "Diane Whitfield" in people


def test_a_name_after_a_contact_label_on_its_own_line(entities):
    _, people = entities(
        "Quillfeather Labs released a new app.\n\nMedia Contact\n\nCompany Name: Quillfeather Labs\n\n"
        "Contact: Margaret J. Okafor\n\nWebsite: https://quillfeather.example/")
    assert "Margaret J. Okafor" in people


def test_a_name_before_an_email_address_that_spells_it(entities):
    _, people = entities(
        "The Halvard Heart Society certified four clinics.\n\nMedia Inquiries:\n"
        "Tobias Renn: tobias.renn@halvard.example")
    assert "Tobias Renn" in people


def test_a_name_listed_beside_two_people_is_a_person(entities):
    _, people = entities(
        "“Keeping good men like Oren Vasquez, Tilde Marr and Ricardo Ashby from their "
        "families isn’t about safety,” said Wren Adair, a director at the Fairline Project.")
    assert {"Oren Vasquez", "Tilde Marr", "Ricardo Ashby"} <= set(people)


def test_authors_in_a_list_with_their_credentials(entities):
    orgs, people = entities(
        "The report was prepared by qualified persons. Authors: Ilse Brandt, P. Eng., Tomas "
        "Reyes, PE, Wyatt Colley, PE, Nora Pike, P. Geo, and Jules M. Hart.")
    assert {"Ilse Brandt", "Tomas Reyes", "Wyatt Colley", "Nora Pike", "Jules M. Hart"} <= set(people)
    assert not {"P. Eng", "P. Geo"} & set(people)
    assert "Wyatt Colley" not in orgs


def test_a_job_title_fused_onto_the_name_after_it(entities):
    _, people = entities(
        "“We are grateful,” said FLP Director of Outreach Marissa Dunlow. Dunlow joined the "
        "group in 2019.")
    assert "Marissa Dunlow" in people
    assert not any("Outreach" in name for name in people)


def test_a_founder_named_by_an_about_section_is_a_person(entities):
    orgs, people = entities(
        "The Golden Leaf Awards honored growers from twelve countries, said awards founder "
        "Tessaly Brook.\n\nAbout Tessaly Brook\n\nTessaly Brook is a cannabis entrepreneur "
        "from Oakland. She founded the awards in 2024.")
    assert "Tessaly Brook" in people
    assert "Tessaly Brook" not in orgs


def test_a_quoted_nickname_inside_a_name(entities):
    orgs, people = entities(
        "The technical information in this release was approved by J.R. “Dusty” Calloway "
        "III, a consulting geologist. J.R. “Dusty” Calloway said drilling starts in May.")
    person = next(p for p in people.values() if "Calloway" in p.name)
    assert person.name == "J.R. “Dusty” Calloway III"
    assert not {"J.R.", "Calloway III"} & set(orgs)


def test_a_doctor_named_like_the_clinic(entities):
    orgs, people = entities(
        "Pemberton Spine Clinic now offers ketamine therapy. Dr. Pemberton, the founding "
        "doctor at Pemberton Spine Clinic, explains the treatment. Dr. Pemberton says it "
        "helps.")
    assert "Pemberton" in people
    assert "Pemberton" not in forms(orgs["Pemberton Spine Clinic"])


# --- one person, written two ways ------------------------------------------------------

def test_a_nickname_is_the_same_person(entities):
    _, people = entities(
        "Richard A. Vell joined the board of Strata Assets, Inc. on Monday. “Dick Vell "
        "knows security,” said Ana Lutz, CEO of Strata Assets.")
    vells = [p for p in people.values() if "Vell" in p.name]
    assert len(vells) == 1 and "Dick Vell" in vells[0].aliases


def test_two_people_who_share_a_surname_stay_two(entities):
    _, people = entities(
        "“We grew fast,” said Denise Lynch, CEO of Arbor Glass. For more information contact "
        "Philip Lynch, Arbor Glass, 555-010-0199.")
    assert {"Denise Lynch", "Philip Lynch"} <= set(people)


def test_an_accent_and_a_name_cut_after_an_initial(entities):
    _, people = entities(
        "Hector L. Ibarra founded Ibarra Law Firm in 2001. “We listen first,” said Héctor "
        "L. Ibarra. Later Héctor L. spoke to students.")
    assert [p.name for p in people.values() if "ctor" in p.name] == ["Hector L. Ibarra"]


def test_a_surname_inside_a_full_name_is_not_a_second_mention(entities):
    _, people = entities(
        "Mara Quist, CEO of Feldway Power, spoke first. “We build,” said Mara Quist. Quist "
        "thanked the crew.")
    mara = people["Mara Quist"]
    spans = [(m.start, m.end) for m in mara.mentions]
    assert len(spans) == 3
    assert not any(a != b and a[0] <= b[0] and b[1] <= a[1] for a in spans for b in spans)


# --- what only looks like a person ----------------------------------------------------

def test_streets_and_townships_are_not_people(entities):
    _, people = entities(
        "The new branch on Kestrel Rd in Lancaster Township opens Monday, and a second one "
        "on Marlow Highway follows in June.")
    assert not {"Kestrel Rd", "Lancaster Township", "Marlow Highway"} & set(people)


def test_a_product_named_with_an_acronym_is_not_a_person(entities):
    _, people = entities(
        "Teams can now use Brindle AI to sort resumes. Brindle AI reads forty languages.")
    assert "Brindle AI" not in people


def test_ordinary_words_capitalized_are_not_a_person(entities):
    _, people = entities(
        "Blockchain Registration is now open. The blockchain registration takes a minute, "
        "and the fee covers registration for a year.")
    assert "Blockchain Registration" not in people


def test_a_headline_phrase_inside_a_paragraph_is_not_a_person(entities):
    _, people = entities(
        "Markets move. Ether Gains 4% After Halving: Whales Return as Investors Seek Yield. "
        "Analysts say whales return when investors seek yield and prices return to growth.")
    assert "Whales Return" not in people


def test_a_place_with_an_ordinary_first_word_is_not_a_person(entities):
    _, people = entities(
        "Jo Marsh, a volunteer with Volunteer Ashby, Ashby, Va., said, “Giving back matters "
        "to every volunteer.”")
    assert "Volunteer Ashby" not in people


def test_an_occupation_fused_onto_a_name(entities):
    _, people = entities(
        "The festival closes with a set by Comedian Myra Kaplow. “I love this town,” said "
        "Myra Kaplow, who grew up nearby.")
    assert "Myra Kaplow" in people
    assert not any(name.startswith("Comedian") for name in people)


def test_a_contact_label_glued_to_the_name_after_it(entities):
    _, people = entities(
        "The foundation funds bone research in Georgia.\n\n"
        "ContactLibby B. Marsh, Southern Bone Foundation, 555-010-0188")
    assert "Libby B. Marsh" in people


def test_contact_words_glued_after_a_name(entities):
    _, people = entities(
        "“We are growing,” said Robert Quill, CEO of Luma Media.\n\n"
        "Robert Quill Investor Relations Phone: 555-010-0177")
    assert "Robert Quill Investor Relations Phone" not in people
    assert "Robert Quill" in people


def test_a_journal_in_a_reference_is_not_a_person(entities):
    _, people = entities(
        "Stroke care improved in 2024, said Dr. Anil Rao.\n\nReferences\n"
        "1. Jones S, Harris C, et al. Stroke in India. Int J Stroke. July 2, 2021;17(2):132–140.")
    assert "Int J Stroke" not in people


def test_maori_bodies_and_tribes_are_not_people(entities):
    _, people = entities(
        "Council members were joined by representatives from Te Waihora Rūnanga, the Selwyn "
        "Mayor and members of Dr West’s whānau from Te Arawa, Rotorua, in welcoming Dr West.")
    assert not {"Te Waihora Rūnanga", "Te Arawa"} & set(people)
