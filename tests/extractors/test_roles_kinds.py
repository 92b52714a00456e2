"""Roles: one test per kind of error seen on releases nobody tuned for, each on a sentence
written for the test (fictional names)."""
from __future__ import annotations


def titles_of(got, person: str) -> set[str]:
    return {title for who, title, _ in got if who == person}


def test_title_cut_at_a_participle(roles):
    # "director of syndicated research" was cut to "director"
    got = roles('Halden Foods Inc. posted results. "Demand is up," says Mara Quist, director of '
                'syndicated research at Brightwater Analytics Inc.')
    assert ("Mara Quist", "director of syndicated research", "Brightwater Analytics Inc.") in got


def test_unit_between_title_and_employer(roles):
    # "director of X with the energy practice at Y": Y employs her, not the issuer
    got = roles('Halden Foods Inc. posted results. "Demand is up," says Mara Quist, director of '
                'research with the energy industry practice at Brightwater Analytics Inc.')
    assert ("Mara Quist", "director of research", "Brightwater Analytics Inc.") in got
    assert not any(org == "Halden Foods Inc." for who, _, org in got if who == "Mara Quist")


def test_unit_before_an_untagged_employer_is_not_the_issuer(roles):
    got = roles('Halden Foods Inc. posted results. "Demand is up," says Mara Quist, director of '
                'research with the energy practice at Quorvex.')
    assert ("Mara Quist", "director of research", None) in got


def test_title_words_taken_for_an_organization(roles):
    # "Senior Consulting" tagged as an org cut "Senior Consulting Geologist" to "Geologist"
    got = roles('Halden Mining Corp. began drilling. Ellis Varga, Senior Consulting Geologist, '
                'added: "The core looks good."')
    assert "Senior Consulting Geologist" in titles_of(got, "Ellis Varga")


def test_untagged_owner_before_a_title_is_not_part_of_it(roles):
    # "ZYLOQ BOOKS Taiwan Chairman Jo Park": the owner is no part of the title, nor the issuer
    got = roles("Halden Foods Inc. hosted the show. Guests included designer Mira Lund, "
                "ZYLOQ BOOKS Taiwan Chairman Kenji Arata, and others.")
    assert ("Kenji Arata", "Chairman", None) in got
    assert not any("ZYLOQ" in title for _, title, _ in got)


def test_public_office_keeps_its_place(roles):
    got = roles("Halden Foods Inc. opened a plant. U.S. Senator Dana Whitcombe and Howard "
                "County Executive Lionel Barr attended.")
    assert ("Dana Whitcombe", "U.S. Senator", None) in got
    assert ("Lionel Barr", "Howard County Executive", None) in got


def test_title_run_into_the_next_name_is_that_names(roles):
    # "a show, creative director Jo Park": the title after the comma is Jo Park's
    got = roles("Halden Foods Inc. hosted a gala with chef Tomas Ekberg, creative director "
                "Ines Moreau, and the band.")
    assert ("Ines Moreau", "creative director", "Halden Foods Inc.") in got
    assert not titles_of(got, "Tomas Ekberg") & {"creative director"}


def test_degrees_between_name_and_title(roles):
    got = roles('"We are ready," said Jo Park, MD, MBA, Chief Executive Officer of Corvane '
                'Robotics Inc.')
    assert ("Jo Park", "Chief Executive Officer", "Corvane Robotics Inc.") in got


def test_as_clause_gives_two_titles_at_two_employers(roles):
    # "As co-founder of X—acquired by Y—and President of Z, Name has ..."
    got = roles("Loren Vasquez is running for office. As co-founder of Trellix Labs—acquired "
                "by Corvane Robotics in 2019—and President of Halden Group, Loren Vasquez has "
                "created jobs.")
    assert ("Loren Vasquez", "co-founder", "Trellix Labs") in got
    assert ("Loren Vasquez", "President", "Halden Group") in got


def test_serves_as_later_in_the_sentence(roles):
    got = roles("Loren Vasquez taught strategy at Halden College, and today serves as a "
                "special advisor for veteran affairs at the University of Corvane.")
    assert ("Loren Vasquez", "special advisor for veteran affairs",
            "University of Corvane") in got


def test_serves_as_a_reminder_is_no_title(roles):
    got = roles("Loren Vasquez, who chairs the panel at Halden College, serves as a reminder "
                "to everyone.")
    assert not any("reminder" in title for _, title, _ in got)


def test_title_ending_in_its_unit_before_the_name(roles):
    got = roles('The Halden Prisoner Project (HPP) gave an update. "It is unjust," said HPP '
                'Director of Advocacy Selma Okafor.')
    assert "Director of Advocacy" in titles_of(got, "Selma Okafor")


def test_appointment_of_one_is_not_the_title_of_the_next(roles):
    # "With Ann's appointment as CFO, John will take on a role as President"
    got = roles("Corvane Robotics named Rina Patel CFO. With Rina Patel's appointment as CFO, "
                "Tom Arkwright will take on an expanded role as President.")
    assert ("Tom Arkwright", "President", "Corvane Robotics") in got
    assert ("Tom Arkwright", "CFO", "Corvane Robotics") not in got
    assert ("Rina Patel", "President", "Corvane Robotics") not in got


def test_employer_after_title_and_comma_before_the_speech_verb(roles):
    # "Name, Managing Director, Zyloq Meccanica added:" is not a post at the issuer
    got = roles('Halden Foods Inc. signed a deal. Piero Salvi, Managing Director, OTB Ortano '
                'added: "We are proud."')
    assert ("Piero Salvi", "Managing Director", "OTB Ortano") in got


def test_description_before_of_is_no_title(roles):
    got = roles("Under the visionary leadership of CEO Marta Lindgren, Halden Foods Inc. grew.")
    assert "visionary leadership of CEO" not in titles_of(got, "Marta Lindgren")


def test_employer_in_a_link_of_scraped_text(roles):
    got = roles('Halden Foods Inc. posted results. "We grew," said Andrew Zelnik, CEO of '
                '[Quorvex](https://quorvex.example).')
    assert ("Andrew Zelnik", "CEO", "Halden Foods Inc.") not in got


def test_profession_before_a_name_is_not_a_post_at_the_issuer(roles):
    # "Engineer Jorge Perez" among guests says nothing of where he works
    got = roles("Halden Foods Inc. hosted a forum. Guests included Engineer Jorge Saldana "
                "and many others.")
    assert ("Jorge Saldana", "Engineer", "Halden Foods Inc.") not in got


def test_owner_before_a_lowercase_title(roles):
    # "Ethereum co-founder Jo Park" in another company's release: not at the issuer
    got = roles("Halden Coin Inc. rallied after news from Zyloqchain co-founder Vitor Brandao "
                "spread.")
    assert not any(who == "Vitor Brandao" and org == "Halden Coin Inc." for who, _, org in got)
    assert not any("Zyloqchain" in title for _, title, _ in got)


def test_owner_written_as_the_opening_of_an_org_name(roles):
    # "Texas Mineral Resources Chairman Jo Park" with "Texas Mineral Resources Corp." named
    got = roles("Harlow Mineral Resources Corp. grew. Harlow Mineral Resources Chairman Aldo "
                "Marchetti spoke at the forum.")
    assert ("Aldo Marchetti", "Chairman", "Harlow Mineral Resources Corp.") in got


def test_owner_written_as_an_acronym(roles):
    got = roles("Kestrel Asset Management, LLC hired two managers. Both report to KAM Chief "
                "Investment Officer Joan Whitley.")
    # (the entity stage may keep the acronym as a name of its own)
    assert {org for who, title, org in got if who == "Joan Whitley"
            and title == "Chief Investment Officer"} & {"Kestrel Asset Management, LLC", "KAM"}


def test_as_title_after_a_period_is_still_a_role(roles):
    # "Over the past months as interim CEO, Jo has proven ...": Jo is the interim CEO
    got = roles('Corvane Robotics thanked its board. "Over the past months as interim CEO, '
                'Tomas Reuter has proven himself," the chair said.')
    assert ("Tomas Reuter", "interim CEO", "Corvane Robotics") in got


def test_profession_that_joins_an_organization_is_held_there(roles):
    got = roles("Patent Partner Lena Ortiz Joins Halvard & Pike LLP\n\nSEATTLE -- Attorney Lena "
                "Ortiz has joined Halvard & Pike LLP as a partner.")
    assert ("Lena Ortiz", "Attorney", "Halvard & Pike LLP") in got


def test_one_of_an_organizations_titles(roles):
    # "said Jo Park, one of Acme's founding attorneys": one of several holding the title
    got = roles('Quorvell Hart LLP won an award. "We are proud," said Tomas Quorvell, one of '
                "Quorvell Hart LLP's founding attorneys.")
    assert ("Tomas Quorvell", "founding attorney", "Quorvell Hart LLP") in got


def test_one_of_many_without_an_owner_is_no_post(roles):
    got = roles('Halden Foods Inc. posted results. "We are proud," said Tomas Quorvell, one of '
                "the best chefs in town.")
    assert not titles_of(got, "Tomas Quorvell")


def test_short_reference_to_a_named_organization(roles):
    # "co-founder of the Foundation" after "the Tidewater Youth Foundation" is that foundation
    got = roles('The Tidewater Youth Foundation gave three awards. "We are proud," said Greg '
                'Varn, co-founder of the Foundation.')
    assert ("Greg Varn", "co-founder", "Tidewater Youth Foundation") in got


def test_second_verb_of_the_subject_appoints(roles):
    # "he has advised X and was recently elected Chairperson of Y": a pronoun subject inside
    # the sentence, and an appointment joined to its first verb
    got = roles("Halden Water Inc. added Tomas Brek to its board. Brek spent decades in the "
                "field. Since 2018 he has advised the Quorvell Water Board and was recently "
                "elected Chairperson of the Tidewater Energy Institute.")
    assert ("Tomas Brek", "Chairperson", "Tidewater Energy Institute") in got


def test_second_verb_that_appoints_someone_else(roles):
    got = roles("Halden Water Inc. grew fast. Tomas Brek founded the Quorvell Water Board and "
                "named Ana Ruiz Chair of the Tidewater Energy Institute.")
    assert not any(who == "Tomas Brek" and org == "Tidewater Energy Institute"
                   for who, _, org in got)


def test_institute_hosted_by_a_university_is_the_employer(roles):
    # "Chair of the X Institute at Y University": the institute is a body of its own
    got = roles("Halden Water Inc. grew fast. Tomas Brek, Chairperson of the Tidewater Energy "
                "Institute at Quorvell State University, joined the board.")
    assert ("Tomas Brek", "Chairperson", "Tidewater Energy Institute") in got


def test_the_organization_that_appoints_employs(roles):
    # "Kraken has appointed Jo as its new CFO" in a release issued by Kraken's parent
    got = roles("Halden Energy Group announced a spin-off of Quorvex Systems today. To support "
                "this phase, Quorvex Systems has appointed Tomas Brek as its new CFO.")
    assert ("Tomas Brek", "CFO", "Quorvex Systems") in got


def test_pronoun_further_in_gives_no_former_role(roles):
    # only the joined appointment reads a pronoun further into a sentence, not "he served as"
    got = roles("Halden Bio Inc. named Tomas Brek CEO. Brek is a surgeon. Most recently, he "
                "served as Chief Medical Officer at Quorvex Therapeutics.")
    assert not any(org == "Quorvex Therapeutics" for who, _, org in got if who == "Tomas Brek")


def test_organization_and_its_acronym_before_a_lowercase_title(roles):
    # "Zyloq Waste Alliance (ZWA) vice-chair Jo Park"
    got = roles("Halden Recycling Ltd. published an op-ed. The piece, co-written with Quorvex "
                "Waste Alliance (QWA) vice-chair Tomas Brek, covers policy.")
    assert ("Tomas Brek", "vice-chair", "Quorvex Waste Alliance") in got


def test_plural_title_before_a_list_of_names(roles):
    # "its founding attorneys, Jo Park and Ann Lee": each holds the title
    got = roles("Quorvell Hart LLP is a law firm. The firm draws on the experience of its "
                "founding attorneys, Tomas Quorvell and Ana Hart, to protect clients.")
    assert ("Tomas Quorvell", "founding attorney", "Quorvell Hart LLP") in got
    assert ("Ana Hart", "founding attorney", "Quorvell Hart LLP") in got


def test_its_further_into_a_sentence_is_that_sentences_organization(roles):
    got = roles("Halden Rankings Inc. ranked the firm first. Quorvell Hart LLP is a law firm "
                "that draws on the experience of its founding attorneys, Tomas Quorvell and "
                "Ana Hart, to protect clients.")
    assert ("Ana Hart", "founding attorney", "Quorvell Hart LLP") in got
    assert not any(org == "Halden Rankings Inc." for _, _, org in got)


def test_owner_named_without_its_kind_word(roles):
    # "Walk in My Shoes CEO Jo Park" after "Walk in My Shoes Foundation"
    got = roles("Halden Care Inc. hosts a panel with the Seeds of Kindness Foundation. Halden "
                "and Seeds of Kindness CEO Tomas Brek planned the event together.")
    assert ("Tomas Brek", "CEO", "Seeds of Kindness Foundation") in got


def test_former_post_is_not_at_the_issuer(roles):
    got = roles("Halden Care Inc. hosts a panel. Guests include former District 3 "
                "Commissioner Tomas Brek and others.")
    assert not any(org == "Halden Care Inc." for who, _, org in got if who == "Tomas Brek")


def test_unit_then_employer_after_a_comma(roles):
    # "Director of Innovation & Entrepreneurship, Round Rock Chamber.": the words after
    # `of` are a unit of the organization after the comma
    got = roles('Halden Events Inc. hosts a week for startups. "It builds momentum," said Mara '
                'Quist, Director of Innovation & Entrepreneurship, Quorvell Valley Chamber.')
    assert ("Mara Quist", "Director of Innovation & Entrepreneurship",
            "Quorvell Valley Chamber") in got


def test_the_public_office_of_a_place_before_a_name(roles):
    # "welcomes the esteemed Mayor of Lithonia, Jo Park": an office of a place, no employer
    got = roles("Halden Care Inc. hosts a panel. The event welcomes the esteemed Mayor of "
                "Lithonia, Tomas Brek, and others.")
    assert ("Tomas Brek", "Mayor of Lithonia", None) in got


def test_board_with_no_name_is_part_of_the_title(roles):
    # "Advisory Board member": the board taken for an organization is the title's
    got = roles('Halden Water Inc. grew. "We are proud," said Tomas Brek, Advisory Board member '
                'at Halden Water Inc.')
    assert ("Tomas Brek", "Advisory Board member", "Halden Water Inc.") in got


def test_its_is_the_sentences_subject_not_an_exchange(roles):
    got = roles("Halden Bio Inc. (NYSE American: HLDN) (Cboe CA: HLDN), a clinical-stage "
                "company, today announced that its Chief Medical Officer, Tomas Brek, will "
                "speak at a conference.")
    assert ("Tomas Brek", "Chief Medical Officer", "Halden Bio Inc.") in got


def test_former_office_inside_the_title_gives_no_role(roles):
    got = roles("Halden Care Inc. hosted a gala. Guests included former U.S. Congresswoman "
                "Ana Ruiz and others.")
    assert not titles_of(got, "Ana Ruiz")


def test_plural_post_before_a_list_of_names(roles):
    # "Co-founders A and B said": each is a co-founder, of the issuer when no owner is named
    got = roles("Zentro Kitchen Ltd. opens today. Co-founders Tomas Ebb and Rina Holt said "
                "the launch went well.")
    assert ("Tomas Ebb", "Co-founder", "Zentro Kitchen Ltd.") in got
    assert ("Rina Holt", "Co-founder", "Zentro Kitchen Ltd.") in got


def test_bio_with_degrees_between_name_and_verb(roles):
    # "Jane Doe, PhD, is an assistant professor at X": the degrees kept the verb from the name
    got = roles("Halden Fund named four new members. Dana Whitfield, MD, is professor of "
                "neurology at Brightwater Medical School and chief of the Memory Division at "
                "Corvane General Hospital.")
    assert ("Dana Whitfield", "professor of neurology", "Brightwater Medical School") in got
    assert ("Dana Whitfield", "chief of the Memory Division", "Corvane General Hospital") in got
    got = roles("Halden Fund named four new members. Dana Whitfield, PhD, is an assistant "
                "professor at Brightwater Medical School.")
    assert ("Dana Whitfield", "assistant professor", "Brightwater Medical School") in got


def test_the_university_refers_to_university_of_place(roles):
    # "of the University" after "the University of X": the head word opens that name
    got = roles('Zentro Labs Ltd. was spun out of the University of Tarnwick in 2020. "We are '
                'proud," said Sir Tomas Ebb, Principal and Vice-Chancellor of the University.')
    assert ("Tomas Ebb", "Principal and Vice-Chancellor", "University of Tarnwick") in got


def test_title_ends_before_and_former(roles):
    # "board chair and former vice president for Y": the present post is at the first org
    got = roles('"We are proud," said Mara Quist, Brightwater Heart Association volunteer board '
                'chair and former executive vice president for The Zyloq Financial Group.')
    assert ("Mara Quist", "volunteer board chair", "Brightwater Heart Association") in got
    assert not any("board chair and" in title for _, title, _ in got)


def test_registered_certification_after_name(roles):
    # "Jane Doe, CFP®, senior advisor": the mark stays on the letters of the certification
    got = roles("Zentro Wealth Ltd. will host a webinar led by Tomas Ebb, CFP®, senior estate "
                "planning advisor.")
    assert ("Tomas Ebb", "senior estate planning advisor", "Zentro Wealth Ltd.") in got


def test_relation_before_a_title_is_not_the_title(roles):
    # "long-time colleague and co-founder, Jo Park": `colleague` ties him to someone, the post
    # is `co-founder`
    got = roles("Zentro Alarm Ltd. turns ten. Together with Dana Whitfield, long-time colleague "
                "and co-founder, Tomas Ebb, the team grew.")
    assert ("Tomas Ebb", "co-founder", "Zentro Alarm Ltd.") in got
    assert not any(who == "Tomas Ebb" and "colleague" in title for who, title, _ in got)


def test_stated_employer_wins_over_assumed_issuer(roles):
    # "founders Stan and Della Roe" assumes the issuer; "said Stan Roe, Founder of X" states
    # it, and the stated role must survive the assumed one of the same title
    got = roles("Zentro Waste Ltd. grew from Zentro Holdings Inc., founded by Stan Roe in 1980. "
                "Zentro Holdings Inc. founder Stan Roe began with one truck. At the gala in "
                "Toronto are founders Stan and Della Roe, who accepted the award. \"We are "
                "proud,\" said Stan Roe, Founder of Zentro Waste Ltd.")
    assert ("Stan Roe", "Founder", "Zentro Waste Ltd.") in got
    assert ("Della Roe", "founder", "Zentro Waste Ltd.") in got
