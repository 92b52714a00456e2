"""Roles, one test per layout, on sentences written for the tests (fictional names)."""
from __future__ import annotations

import pytest


@pytest.fixture
def roles(find_roles):
    """Here with the roles themselves too (their offsets and rules)."""
    def run(text: str):
        found = find_roles(text)
        return {(r.person, r.title, r.organization) for r in found}, found
    return run


def test_appositive_title_of_organization(roles):
    got, _ = roles('"We are growing," said Maya Lindqvist, Chief Executive Officer of '
                   'Corvane Robotics.')
    assert ("Maya Lindqvist", "Chief Executive Officer", "Corvane Robotics") in got


def test_appositive_title_at_organization(roles):
    got, _ = roles('"The data is clear," said Tomas Brandt, senior analyst at Halden Research '
                   'Group.')
    assert ("Tomas Brandt", "senior analyst", "Halden Research Group") in got


def test_appositive_with_possessive_organization(roles):
    got, _ = roles('"It works," said Ines Moreau, Pellworth Systems’ head of design.')
    assert ("Ines Moreau", "head of design", "Pellworth Systems") in got


def test_organization_and_title_before_the_name(roles):
    got, _ = roles('"We will deliver," said Quarrystone Holdings CEO Daniel Okafor.')
    assert ("Daniel Okafor", "CEO", "Quarrystone Holdings") in got


def test_title_alone_before_the_name_is_at_the_issuer(roles):
    got, found = roles("Tessaly Payments today named a new leader. Chief Financial Officer "
                       "Ruth Adeyemi will report to the board of Tessaly Payments.")
    assert ("Ruth Adeyemi", "Chief Financial Officer", "Tessaly Payments") in got
    role = next(r for r in found if r.person == "Ruth Adeyemi")
    assert role.organization_inferred


def test_appointment_as_title(roles):
    got, _ = roles("Brightmoor Therapeutics today appointed Helena Sorensen as Chief Medical "
                   "Officer.")
    assert ("Helena Sorensen", "Chief Medical Officer", "Brightmoor Therapeutics") in got


def test_joins_organization_as_title(roles):
    got, _ = roles("Omar Haddad joins Fenwick Labs as Vice President of Engineering, the "
                   "company said on Monday.")
    assert ("Omar Haddad", "Vice President of Engineering", "Fenwick Labs") in got


def test_two_titles_at_two_organizations(roles):
    got, _ = roles("The panel includes Lucia Ferreira, Professor at Halden University and "
                   "Director of the Kestrel Ocean Institute.")
    assert ("Lucia Ferreira", "Professor", "Halden University") in got
    assert ("Lucia Ferreira", "Director", "Kestrel Ocean Institute") in got


def test_contact_block(roles):
    got, _ = roles("Orlen Foods expands to Chile.\n\nMedia contact:\nPriya Natarajan, Director of "
                   "Communications, Orlen Foods, press@orlenfoods.com")
    assert ("Priya Natarajan", "Director of Communications", "Orlen Foods") in got


def test_bare_title_after_said_names_the_issuer_as_inferred(roles):
    got, found = roles("Vantor Mills today announced a new mill in Leeds. \"It is a big day,\" said Arjun "
                       "Mehta, president and CEO.")
    assert ("Arjun Mehta", "president and CEO", "Vantor Mills") in got
    assert all(r.organization_inferred for r in found if r.person == "Arjun Mehta")


def test_description_is_not_a_role(roles):
    got, _ = roles("Vantor Mills hired Arjun Mehta, a pioneer in textile recycling.")
    assert not any(person == "Arjun Mehta" for person, _, _ in got)


def test_possessive_employer_title_comma_name(roles):
    got, _ = roles('Helmsworth Composites won the order. Helmsworth Composites’ managing '
                   'director, Callum Reid, said the team was proud.')
    assert ("Callum Reid", "managing director", "Helmsworth Composites") in got


def test_lowercase_description_before_a_name_is_not_a_role(roles):
    got, _ = roles("Quillmark was founded by former litigator Naomi Feld and machine learning "
                   "researcher Arjun Patel.")
    assert got == set()


def test_appointment_of_an_honored_person_as_title(roles):
    got, _ = roles("Lumora Health, Inc. today announced the appointment of Dr. Teresa Quintero as "
                   "Chief Medical Officer.")
    assert ("Teresa Quintero", "Chief Medical Officer", "Lumora Health, Inc.") in got


def test_our_title_is_at_the_issuer(roles):
    got, found = roles('Tessera Bio today opened a lab. "We are ready," said Hannah Okoye, our '
                       'co-founder and chief scientific officer.')
    assert ("Hannah Okoye", "co-founder and chief scientific officer", "Tessera Bio") in got


def test_organization_title_honorific_name(roles):
    got, _ = roles('Riverside Community College received a grant. RCC President Dr. Luis Ortega '
                   'said it came at a critical time.')
    assert ("Luis Ortega", "President", "RCC") in got or \
        ("Luis Ortega", "President", "Riverside Community College") in got


def test_its_title_belongs_to_the_organization_just_named(roles):
    got, _ = roles("Greyfield Capital hired two people. The Halvorsen Foundation has given $150 "
                   "million to schools. Its executive director, Dana Whitfield, praised the plan.")
    assert ("Dana Whitfield", "executive director", "Halvorsen Foundation") in got


def test_contact_block_one_item_a_line(roles):
    got, _ = roles("Riverside Community College opens a lab.\n\nContact:\nMia Torres\nDirector of "
                   "Public Relations\nRiverside Community College\nmtorres@rcc.example")
    assert ("Mia Torres", "Director of Public Relations", "Riverside Community College") in got


def test_title_with_its_unit_and_no_comma(roles):
    got, _ = roles("Kestrel Robotics sold a unit.\n\nInvestor Contact: Greg Fowler, VP Investor "
                   "Relations, Kestrel Robotics, investors@kestrel.example")
    assert ("Greg Fowler", "VP Investor Relations", "Kestrel Robotics") in got


def test_named_person_title_without_as(roles):
    got, _ = roles("Corvale Bank today named Nadia Petrov chief financial officer, effective "
                   "Nov. 1, 2026. She replaces Graham Wexley, who becomes vice chair of the board.")
    assert ("Nadia Petrov", "chief financial officer", "Corvale Bank") in got
    assert any(p == "Graham Wexley" and t.startswith("vice chair") for p, t, _ in got)


def test_the_company_s_title_is_at_the_issuer(roles):
    got, _ = roles('Corvale Bank raised its dividend. "We are strong." The bank’s president, '
                   'Elliot Crane, made the announcement.')
    assert ("Elliot Crane", "president", "Corvale Bank") in got


def test_lowercase_job_title_before_a_name(roles):
    got, _ = roles("Tallis Robotics opened a plant. Tallis chief executive Oliver Strand and plant "
                   "manager Grace Mbeki cut the ribbon.")
    assert ("Grace Mbeki", "plant manager", "Tallis Robotics") in got


def test_a_public_office_is_not_at_the_issuer(roles):
    got, _ = roles("Tallis Robotics opened a plant in Dayton. Mayor Delia Ruiz welcomed the company.")
    assert ("Delia Ruiz", "Mayor", None) in got


def test_title_name_of_organization(roles):
    got, _ = roles("Quillon Grants named ten winners. The judges' chair, Professor Ian McAllister "
                   "of Platte State University, said the field was strong.")
    assert ("Ian McAllister", "Professor", "Platte State University") in got


def test_expanded_role_as_title(roles):
    got, _ = roles("Harrow Labs today named a new CFO. John Rettberg will take on an expanded role as "
                   "both President and Chief Operating Officer.")
    assert ("John Rettberg", "President and Chief Operating Officer", "Harrow Labs") in got


def test_contact_line_under_its_company_label(roles):
    got, _ = roles("Orbitline Software and Kestrel Bank, N.A. signed a deal.\n\nMedia contacts\n"
                   "Kestrel Bank: Luis Ferreira, Senior Manager, Corporate Communications, "
                   "media@kestrel.example")
    assert ("Luis Ferreira", "Senior Manager, Corporate Communications", "Kestrel Bank") in got \
        or ("Luis Ferreira", "Senior Manager, Corporate Communications", "Kestrel Bank, N.A.") in got


def test_degrees_after_a_name_are_not_titles(roles):
    got, _ = roles('"Every hour matters," said Rachel Okafor, MD, chief medical officer of Mercy '
                   'Valley Health. "We agree," said Daniel Kim, Ph.D., chief executive officer of '
                   'Northstar Labs.')
    assert ("Rachel Okafor", "chief medical officer", "Mercy Valley Health") in got
    assert ("Daniel Kim", "chief executive officer", "Northstar Labs") in got


def test_a_run_of_titles_separated_by_commas(roles):
    got, _ = roles('Harbor Point Bancorp reported earnings. "We grew," said Eleanor Vasquez, '
                   'Chairman, President and Chief Executive Officer.')
    assert ("Eleanor Vasquez", "Chairman, President and Chief Executive Officer",
            "Harbor Point Bancorp") in got


def test_contact_line_title_then_company_is_not_a_run_of_titles(roles):
    got, _ = roles("Orlen Foods expands.\n\nJane Roe, Director of Communications, Orlen Foods, "
                   "press@orlen.example")
    assert ("Jane Roe", "Director of Communications", "Orlen Foods") in got


def test_dotted_degrees_and_fellowships_after_a_name(roles):
    got, _ = roles('"Heart care starts early," said Lorna Whitcombe, M.D., M.H.S., FACC, '
                   'chief medical officer of Brackenridge Health.')
    assert ("Lorna Whitcombe", "chief medical officer", "Brackenridge Health") in got


def test_a_degree_written_in_three_tokens(roles):
    got, _ = roles('"Every home matters," said Pietro Salvani, Ed.D., president and CEO of '
                   'Harrowgate Housing Partners.')
    assert ("Pietro Salvani", "president and CEO", "Harrowgate Housing Partners") in got


def test_three_affiliations_in_one_sentence(roles):
    got, _ = roles('"Smoke harms the heart," said Odile Marchetti, M.D., Northgate Heart '
                   'Foundation volunteer president, an associate professor of medicine at '
                   'Halvorsen University, Springfield, Ohio and adjunct professor of '
                   'medicine at the Kestrel School of Medicine.')
    assert ("Odile Marchetti", "volunteer president", "Northgate Heart Foundation") in got
    assert ("Odile Marchetti", "associate professor of medicine", "Halvorsen University") in got
    assert ("Odile Marchetti", "adjunct professor of medicine",
            "Kestrel School of Medicine") in got


def test_second_title_after_a_description_of_the_first_employer(roles):
    got, _ = roles("Corwin Ashdale is CEO of Pellmore Advisory LLC, a boutique risk "
                   "consultancy and Chairman of the Board of Governors of the Tessaly Policy "
                   "Institute.")
    assert ("Corwin Ashdale", "Chairman of the Board of Governors",
            "Tessaly Policy Institute") in got


def test_a_function_is_a_unit_of_the_title_not_an_employer(roles):
    got, _ = roles("Grindlow Cannabis Co. opened its doors. “We are proud,” said Mara Vessel, "
                   "Executive Vice President of Revenue. “Demand is strong.”")
    assert ("Mara Vessel", "Executive Vice President of Revenue", "Grindlow Cannabis Co.") in got
    assert not any(org == "Revenue" for _, _, org in got)


def test_a_field_inside_a_title_is_no_employer(roles):
    got, _ = roles('"Content wins," says Dario Feld, Chief SEO Strategist at Quillmark Media.')
    assert ("Dario Feld", "Chief SEO Strategist", "Quillmark Media") in got


def test_unit_joined_by_and_stays_in_the_title(roles):
    got, _ = roles('"Families love it," said Priya Oduya, Head of Brand Marketing and '
                   'Franchise Strategy at Lumenfield Entertainment.')
    assert ("Priya Oduya", "Head of Brand Marketing and Franchise Strategy",
            "Lumenfield Entertainment") in got


def test_a_run_of_titles_with_a_serial_comma(roles):
    got, _ = roles('"This is a milestone," said Maria Castellanos, Ph.D., Founder, President, and '
                   'CEO of Corbell Biosciences.')
    assert ("Maria Castellanos", "Founder, President, and CEO", "Corbell Biosciences") in got


def test_title_in_a_division_at_the_employer(roles):
    got, _ = roles("The judges include Malik Osei, M.D., professor of medicine in the division "
                   "of cardiology at Northwood University Hospital.")
    assert ("Malik Osei", "professor of medicine", "Northwood University Hospital") in got


def test_a_representative_from_an_organization(roles):
    got, _ = roles('"They kept us on track," said Wendell Pryce, a representative from '
                   'Harlow Technologies.')
    assert ("Wendell Pryce", "representative", "Harlow Technologies") in got


def test_an_organization_owning_the_next_title_is_no_contact_line(roles):
    got, _ = roles("Guests included the Selwick Mayor and Chief Executive, Brannock "
                   "College’s Council Chair and Dr Oren Tull.")
    assert not any(org == "Brannock College" and title.startswith("Selwick")
                   for _, title, org in got)


def test_appointment_headline_with_a_description_before_the_name(roles):
    got, _ = roles("Northwind Mining Corp. Appoints Mining Executive John Carter as Chief "
                   "Operating Officer\n\nVANCOUVER -- Northwind Mining Corp. appointed mining "
                   "executive John Carter as Chief Operating Officer. Mr. Carter starts in May.")
    assert ("John Carter", "Chief Operating Officer", "Northwind Mining Corp.") in got
    assert not any(title.startswith("Appoints") or title == "Mining Executive"
                   for _, title, _ in got)


def test_appointment_of_two_names_to_one_title(roles):
    got, _ = roles("Corrigan Ventures today promoted Lena Marsh and Tobias Wirth to Partner.")
    assert ("Lena Marsh", "Partner", "Corrigan Ventures") in got
    assert ("Tobias Wirth", "Partner", "Corrigan Ventures") in got


def test_a_list_of_promotions_each_to_its_title(roles):
    got, _ = roles("Fenwick Capital Partners announced the promotions of Emily Stone to "
                   "Partner, Michael Brown to Principal, and Sarah Lee to Vice President.")
    assert ("Michael Brown", "Principal", "Fenwick Capital Partners") in got
    assert ("Sarah Lee", "Vice President", "Fenwick Capital Partners") in got
    assert ("Michael Brown", "Partner", "Fenwick Capital Partners") not in got


def test_appointment_after_the_degrees_of_the_name(roles):
    got, _ = roles("Tessaly Therapeutics appointed Naomi Ferris, M.D., as Chief Medical Officer.")
    assert ("Naomi Ferris", "Chief Medical Officer", "Tessaly Therapeutics") in got


def test_new_is_not_part_of_the_title(roles):
    got, _ = roles("Halden Robotics welcomed Arjun Mehta as its new Chief Financial Officer.")
    assert ("Arjun Mehta", "Chief Financial Officer", "Halden Robotics") in got


def test_is_a_with_no_employer_describes(roles):
    got, _ = roles("Pellworth Systems appointed Oskar Lind as CEO. Mr. Lind is a seasoned "
                   "finance executive with a decade of experience.")
    assert not any("seasoned" in title for _, title, _ in got)


def test_as_title_comma_name_is_still_a_role(roles):
    got, _ = roles("Corvane Robotics named its leaders. As CEO, Mr. Oskar Lind will lead the "
                   "expansion.")
    assert ("Oskar Lind", "CEO", "Corvane Robotics") in got


def test_title_in_brackets_after_the_name(roles):
    got, _ = roles("Among the guests were Michael Brown (President of the Harbor Veterans "
                   "Council) and Sarah Lee (Vice President of the Harbor Veterans Council).")
    assert ("Michael Brown", "President", "Harbor Veterans Council") in got
    assert ("Sarah Lee", "Vice President", "Harbor Veterans Council") in got


def test_title_after_a_dash_in_a_list_of_speakers(roles):
    got, _ = roles("The webinar will feature Michael Brown – Chief Investment Officer of Fenwick "
                   "Capital Partners.")
    assert ("Michael Brown", "Chief Investment Officer", "Fenwick Capital Partners") in got


def test_its_title_after_the_name(roles):
    got, _ = roles("Brightwater Media Group is led by Laura Chen, its chairwoman, and two "
                   "partners.")
    assert ("Laura Chen", "chairwoman", "Brightwater Media Group") in got


def test_a_stated_employer_replaces_the_assumed_issuer(roles):
    got, _ = roles("Harlow Technologies joined the pact. “It works,” said Michael Brown, CEO "
                   "from Quillmark Analytics, to reporters. “We agree,” said Michael Brown, "
                   "CEO.")
    assert ("Michael Brown", "CEO", "Quillmark Analytics") in got
    assert ("Michael Brown", "CEO", "Harlow Technologies") not in got


def test_an_employer_the_text_names_but_nobody_tagged_is_not_the_issuer(roles):
    got, _ = roles("Harlow Technologies won approval. “Testing should be simple,” said Robert "
                   "Mackenzie, CEO of zyLumic. “We are ready.”")
    assert ("Robert Mackenzie", "CEO", "Harlow Technologies") not in got
    assert ("Robert Mackenzie", "CEO of zyLumic", "Harlow Technologies") not in got


def test_he_or_she_after_a_named_person_holds_the_title(roles):
    got, _ = roles("Sarah Lee is an economist. She is currently the director of the prestigious "
                   "Harbor Policy Institute.")
    assert ("Sarah Lee", "director", "Harbor Policy Institute") in got


def test_a_pronoun_after_two_named_people_is_unclear(roles):
    got, _ = roles("Sarah Lee met Michael Brown in May. She is currently the director of the "
                   "Harbor Policy Institute.")
    assert not any(title == "director" for _, title, _ in got)


def test_contact_line_company_written_with_a_possessive(roles):
    got, _ = roles("Harlow Technologies joined. “We care,” said Michael Brown, VP Sales, "
                   "Bud & Mary’s. “It shows.”")
    assert ("Michael Brown", "VP Sales", "Bud & Mary") in got


def test_title_of_organization_before_the_name(roles):
    got, _ = roles("“Small businesses need help,” said President and CEO of the Harbor Urban "
                   "League, Michael Brown.")
    assert ("Michael Brown", "President and CEO", "Harbor Urban League") in got


def test_the_role_of_title_at_organization(roles):
    got, _ = roles("Tom Harrer assumed ownership and the role of CEO at the Auburn Therapy "
                   "Center.")
    assert ("Tom Harrer", "CEO", "Auburn Therapy Center") in got


def test_contact_line_without_commas(roles):
    got, _ = roles("Harlow Technologies launched a product.\n\nPress Contact: Michael Brown CEO & "
                   "Founder Email: contact@example.com")
    assert ("Michael Brown", "CEO & Founder", "Harlow Technologies") in got


def test_an_occupation_ends_a_title(roles):
    got, _ = roles('"This lease is a great fit," said Sarah Lee, Leasing Associate at Harlow '
                   'Retail Group. "We agree."')
    assert ("Sarah Lee", "Leasing Associate", "Harlow Retail Group") in got


def test_a_heading_in_the_plural_before_a_name_is_no_title(roles):
    got, _ = roles("About the Authors Michael Brown, PhD, is a consultant. He wrote two books.")
    assert not any(title == "Authors" for _, title, _ in got)


def test_in_a_list_of_title_name_pairs_a_title_goes_with_the_name_after_it(roles):
    got, _ = roles("The firm is led by a team including visionary founder, Michael Brown, "
                   "long-time colleague and co-founder, Sarah Lee, and others.")
    assert not any(person == "Michael Brown" and "co-founder" in title
                   for person, title, _ in got)
    assert any(person == "Sarah Lee" and "co-founder" in title for person, title, _ in got)


def test_title_words_taken_for_a_person_stay_in_the_title(roles):
    got, _ = roles('"We agree," said Brendan McKay, Chief Advocacy Officer for Harlow Broker '
                   'Coalition.')
    assert ("Brendan McKay", "Chief Advocacy Officer", "Harlow Broker Coalition") in got
    assert not any(person == "Advocacy Officer" for person, _, _ in got)


def test_a_surname_that_is_a_title_word_is_still_a_name(roles):
    got, _ = roles('“We were tired of hype,” said Amy Dean, Director of Operations at SC '
                   'Codeworks.')
    assert ("Amy Dean", "Director of Operations", "SC Codeworks") in got


def test_an_employer_described_after_the_title_is_not_the_issuer(roles):
    got, _ = roles('Harlow Broker Coalition met. We spoke with Tom Harrer, Founder of boutique '
                   'family law firm, Harrer Legal, P.C., about the case.')
    assert ("Tom Harrer", "Founder", "Harlow Broker Coalition") not in got
    assert not any("firm" in title for _, title, _ in got)


def test_an_untagged_employer_after_at_is_not_the_issuer(roles):
    got, _ = roles('Counterflow Coffee released a beer. “The beer is smoother,” Austin Pinder, '
                   'head of brewing at Bay City said.')
    assert ("Austin Pinder", "head of brewing", "Counterflow Coffee") not in got


def test_a_unit_before_a_title_is_no_employer(roles):
    got, _ = roles("The webinar features Marketing Director Joanne Gore and others.")
    assert not any(org == "Marketing" for _, _, org in got)


def test_its_post_then_a_rank_before_the_name(roles):
    got, _ = roles("The Harbor Institute of Language will be a centre for the study of speech. "
                   "Its researchers will cover linguistics and memory.\n\nIts Director, "
                   "Associate Professor Jennifer Hay, says researchers will study language.")
    assert ("Jennifer Hay", "Director", "Harbor Institute of Language") in got


def test_and_title_name_belongs_to_the_next_person(roles):
    got, _ = roles("The series is helmed by director Michael Brown, executive producer Sarah "
                   "Lee, and writer Tom Harrer.")
    assert not any(person == "Sarah Lee" and title.startswith("and")
                   for person, title, _ in got)


def test_spaces_before_at_are_not_part_of_the_title(roles):
    got, found = roles('"We grew," says Sarah Lee, CEO\u00a0 at Harlow Retail Group.')
    assert ("Sarah Lee", "CEO", "Harlow Retail Group") in got
