"""Quotes and speakers, one test per layout, on sentences written for the tests.

The entity lists are built here by hand the way the entity extractor gives them (one
Person per real person, the surname as an alias, a mention for every place the person
is named), so these tests check the quote extractor alone.
"""
from __future__ import annotations

import time

import pytest

from relx.model import Mention, Organization, Person, Role
from relx.extractors.quotes import extract_quotes
from relx.extractors.quotes.spans import Span, find_quote_spans, is_direct_quote, paragraphs
from relx.extractors.quotes.speakers import canonical_speaker


def _mentions(text: str, forms: list[str]) -> list[Mention]:
    """Every place one of `forms` (longest first) is written, without overlaps."""
    taken: list[Mention] = []
    for form in sorted(forms, key=len, reverse=True):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not any(m.start < end and at < m.end for m in taken):
                taken.append(Mention(at, end, form))
            at = text.find(form, end)
    return sorted(taken, key=lambda m: m.start)


def people_in(text: str, *names: str) -> list[Person]:
    out = []
    for name in names:
        surname = name.split()[-1]
        out.append(Person(name=name, aliases=[surname],
                          mentions=_mentions(text, [name, surname])))
    return out


def orgs_in(text: str, *names: str) -> list[Organization]:
    return [Organization(name=n, mentions=_mentions(text, [n])) for n in names]


def run(nlp, text, people=(), orgs=(), roles=()):
    doc = nlp(text)
    quotes = extract_quotes(doc, people_in(text, *people), orgs_in(text, *orgs), list(roles))
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert q.rule
    return quotes


def said(quotes):
    return [(q.text, q.speaker) for q in quotes]


# ------------------------------------------------------------------ attribution


def test_speaker_after_the_quote_with_title_from_roles(nlp):
    text = ('"Our orders doubled in a single quarter," said Jane Doe, CEO of Acme Widgets.')
    role = Role(person="Jane Doe", title="CEO", organization="Acme Widgets",
                start=text.index("CEO"), end=text.index("CEO") + 3)
    [q] = run(nlp, text, ["Jane Doe"], ["Acme Widgets"], [role])
    assert q.text == "Our orders doubled in a single quarter,"
    assert (q.speaker, q.cue) == ("Jane Doe", "said")
    assert (q.speaker_title, q.speaker_organization) == ("CEO", "Acme Widgets")


def test_speaker_before_the_quote_introduced_by_a_colon(nlp):
    text = ('Tomas Okafor, chief engineer at Pellucid Systems, said: "We built the new '
            'sensor to survive a winter on the open sea."')
    [q] = run(nlp, text, ["Tomas Okafor"], ["Pellucid Systems"])
    assert q.speaker == "Tomas Okafor"
    assert q.text.startswith("We built the new sensor")


def test_speaker_in_the_middle_by_surname_credits_the_full_name(nlp):
    text = ('Jane Doe leads Acme Widgets.\n\n"Growth came from new customers," Doe said. '
            '"Next year we will open three more plants in the north."')
    quotes = run(nlp, text, ["Jane Doe"], ["Acme Widgets"])
    assert said(quotes) == [
        ("Growth came from new customers,", "Jane Doe"),
        ("Next year we will open three more plants in the north.", "Jane Doe"),
    ]


def test_inverted_cue_with_curly_marks(nlp):
    text = ("\u201cThe harbor project finishes on schedule,\u201d says Lena Marsh, "
            "director of Port Calloway.")
    [q] = run(nlp, text, ["Lena Marsh"], ["Port Calloway"])
    assert (q.speaker, q.cue) == ("Lena Marsh", "says")


def test_pronoun_points_back_to_the_last_named_subject(nlp):
    text = ("Mark Ellison founded Brightwater Labs in a garage in 2010.\n\n"
            '"We have come a long way since those early days," he said.')
    [q] = run(nlp, text, ["Mark Ellison"], ["Brightwater Labs"])
    assert q.speaker == "Mark Ellison"
    assert q.rule.endswith("after-pronoun")


def test_pronoun_prefers_the_speaker_over_a_person_named_as_object(nlp):
    text = ('Chair Ruth Abara said the board was delighted to welcome Omar Siddig.\n\n'
            '"Omar brings decades of experience to the role of treasurer," she said.')
    [q] = run(nlp, text, ["Ruth Abara", "Omar Siddig"])
    assert q.speaker == "Ruth Abara"


def test_speaker_named_in_the_previous_sentence(nlp):
    text = ("Priya Raman thanked the crew for their patience. \u201cIt is a privilege to "
            "lead this group of engineers through the launch.\u201d")
    [q] = run(nlp, text, ["Priya Raman"])
    assert q.speaker == "Priya Raman"


def test_paragraph_continuing_the_previous_speaker(nlp):
    text = ('"Our riders asked for night service," said Carla Benn, head of Metro Loop.\n\n'
            '"Starting in May, the trains will run until two in the morning."')
    quotes = run(nlp, text, ["Carla Benn"], ["Metro Loop"])
    assert [q.speaker for q in quotes] == ["Carla Benn", "Carla Benn"]
    assert quotes[1].rule.endswith("continuation")


def test_speaker_named_earlier_in_the_previous_paragraph(nlp):
    text = ("Professor Hugo Lindqvist says the lab will study coral reefs for a decade.\n\n"
            '"We expect the first results from the reef sensors next spring."')
    [q] = run(nlp, text, ["Hugo Lindqvist"])
    assert q.speaker == "Hugo Lindqvist"


def test_name_line_after_the_quote(nlp):
    text = ('"The new scheduler saved our nurses hours every single week."\n'
            "\u2014 Dana Whitlow, Chief Nursing Officer, Riverside Clinic")
    [q] = run(nlp, text, ["Dana Whitlow"], ["Riverside Clinic"])
    assert (q.speaker, q.cue) == ("Dana Whitlow", "-")


def test_words_quoted_from_an_organization(nlp):
    text = ('Recent Northfield Analytics research predicts that "most regional grocers '
            'will automate their warehouses within five years."')
    [q] = run(nlp, text, [], ["Northfield Analytics"])
    assert (q.speaker, q.cue) == ("Northfield Analytics", "predicts")


def test_according_to(nlp):
    text = ("According to Felix Moreau, founder of Tidewell: \u201cEvery coastal town "
            "deserves a flood map it can trust.\u201d")
    [q] = run(nlp, text, ["Felix Moreau"], ["Tidewell"])
    assert (q.speaker, q.cue) == ("Felix Moreau", "according to")


def test_title_resolves_to_the_person_holding_it(nlp):
    text = ("Acme Widgets named Sara Quist as chief executive officer.\n\n"
            '"We will double our research budget next year," the chief executive officer said.')
    role = Role(person="Sara Quist", title="chief executive officer",
                organization="Acme Widgets", start=text.index("chief"),
                end=text.index("chief") + len("chief executive officer"))
    [q] = run(nlp, text, ["Sara Quist"], ["Acme Widgets"], [role])
    assert q.speaker == "Sara Quist"
    assert q.speaker_title == "chief executive officer"


def test_partial_quote_that_ends_a_speech_sentence(nlp):
    text = 'Mayor Ines Portillo said the opening was a "truly historic day".'
    [q] = run(nlp, text, ["Ines Portillo"])
    assert (q.text, q.speaker) == ("truly historic day", "Ines Portillo")


# --------------------------------------------------------------- marks and repairs


def test_quote_over_several_paragraphs_is_one_quote(nlp):
    text = ('Omar Siddig, treasurer of Kestrel Credit Union, spoke at the meeting. '
            '"We ended the year with more members than ever before.\n\n'
            '"Next year we will open branches in two more towns."')
    [q] = run(nlp, text, ["Omar Siddig"], ["Kestrel Credit Union"])
    assert q.text.startswith("We ended the year")
    assert q.text.endswith("two more towns.")
    assert q.rule.startswith("multi-paragraph")
    assert q.speaker == "Omar Siddig"


def test_mark_closed_the_wrong_way_round(nlp):
    text = "\u201cWe shipped every order on time this quarter,\u201c said Jane Doe."
    [q] = run(nlp, text, ["Jane Doe"])
    assert (q.text, q.speaker) == ("We shipped every order on time this quarter,", "Jane Doe")


def test_forgotten_opening_mark(nlp):
    text = "We shipped every order on time this quarter,\u201d said Jane Doe."
    [q] = run(nlp, text, ["Jane Doe"])
    assert q.text == "We shipped every order on time this quarter,"
    assert q.rule.startswith("missing-open")


def test_unclosed_quote_stops_at_its_paragraph(nlp):
    text = ('"Our trucks now run on hydrogen across the whole northern route, said Jo Lee.\n\n'
            'The company was founded in 1998.\n\n'
            '"Drivers love the quiet cabins and the range," said Ana Ruiz.')
    quotes = run(nlp, text, ["Jo Lee", "Ana Ruiz"])
    assert quotes[-1].speaker == "Ana Ruiz"
    assert all("founded" not in q.text for q in quotes)


def test_left_out_marks_around_an_inverted_cue_give_two_quotes(nlp):
    text = ('\u201cFarmers want cheaper loans, said State Sen. Ada Brook (D-OR). '
            'I will keep fighting for them in the capital.\u201d')
    quotes = run(nlp, text, ["Ada Brook"])
    assert said(quotes) == [
        ("Farmers want cheaper loans,", "Ada Brook"),
        ("I will keep fighting for them in the capital.", "Ada Brook"),
    ]


def test_straight_marks_nested_in_curly_ones_do_not_split_the_quote(nlp):
    text = ('\u201cCustomers call it the "quiet engine" and they are right about it,\u201d '
            'said Jane Doe.')
    [q] = run(nlp, text, ["Jane Doe"])
    assert q.text.startswith("Customers call it")
    assert q.text.endswith("right about it,")


# ------------------------------------------------------------------- not quotes


@pytest.mark.parametrize("text", [
    'Acme Widgets takes a "smart" approach to shelving.',                     # scare quote
    'The team published "The Future of Coastal Freight Logistics" in May.',   # title of work
    "Acme Widgets launched \u201cZephyr\u201d, its new ordering app.",         # product name
    "Users can ask questions such as \u201cWhere is my order right now?\u201d",  # example
    'Known in the trade as the "Rocket of Retail", Jo Lee never slows down.',  # nickname
    'Acme Widgets Inc. ("Acme") makes shelves.',                              # short name
    'Customers can ask Zap "what did I spend on groceries last month?" aloud.',  # example
    'Jo Lee may simply say "move fifty dollars into my savings account now" to Zap.',
    'Acme Widgets will present "Shelving at scale: lessons from ten thousand stores" '
    "at the Retail Expo.",                                                     # talk title
    '"Acme" refers to Acme Widgets Inc. and its subsidiaries.',               # definition
    'The company was named a "Top Employer of the Year" by Harbor Weekly.',   # award
])
def test_marks_that_are_not_quotes(nlp, text):
    assert run(nlp, text, ["Jo Lee"], ["Acme Widgets"]) == []


def test_short_quote_with_a_cue_beside_it_is_kept(nlp):
    text = '"Absolutely thrilled," said Jane Doe.'
    [q] = run(nlp, text, ["Jane Doe"])
    assert q.speaker == "Jane Doe"


# ------------------------------------------------------------------ robustness


@pytest.mark.parametrize("text", [
    "", " \n\n ", '"', '""', '"""""', "\u201c\u201c\u201c", "\u201d\u201d",
    'He said "', '" said', "\u201c\n\n\u201c\n\n\u201c", "\x00\x01\ufeff\u202e\"x\"",
    '"a" "b" "c" "d"', "said said said", "\u201cOne,\u201d\n\u201cTwo",
    "\u2018\n\n\"x\"\n\n- \n\u2019", "- \u2014 -\n\"A b c d e f g h\"\n\u2014",
    '"A b c d e f g h i" he said. "J k l m n o p q r," it said.', "Dr. \"a b,\" Dr. said",
])
def test_never_raises(nlp, text):
    for q in extract_quotes(nlp(text), [], [], []):
        assert text[q.start:q.end] == q.text


def test_scanner_is_linear_on_long_runs_of_marks():
    small, big = '"a ' * 20_000, '"a ' * 200_000
    t0 = time.perf_counter()
    find_quote_spans(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    spans = find_quote_spans(big)
    t_big = time.perf_counter() - t0
    assert spans and t_big < max(1.0, 30 * t_small)
    assert len(find_quote_spans('"' * 100_000)) < 100_000


def test_is_direct_quote_reads_the_paragraph_only():
    text = 'Intro line.\n"Just two words" were on the sign.'
    [span] = find_quote_spans(text)
    para = paragraphs(text)[1]
    assert isinstance(span, Span)
    assert not is_direct_quote(text, span, para)


# --------------------------------------------------------------- name mapping


def test_canonical_speaker_maps_forms_to_the_full_name():
    text = "Jane Doe joined. Doe said so. Dr. Jane Doe agreed. Acme Widgets grew."
    people = people_in(text, "Jane Doe", "John Doerr")
    orgs = orgs_in(text, "Acme Widgets")
    at = text.index("Doe said")
    assert canonical_speaker(at, at + 3, "Doe", people, orgs) == ("Jane Doe", "person")
    assert canonical_speaker(0, 0, "Dr. Jane Doe", people, orgs) == ("Jane Doe", "person")
    at = text.index("Acme")
    assert canonical_speaker(at, at + 12, "Acme Widgets", people, orgs) == \
        ("Acme Widgets", "org")
    assert canonical_speaker(0, 0, "Nobody Known", people, orgs) is None


def test_canonical_speaker_prefers_the_fuller_of_two_listed_forms():
    # an entity extractor that lists the surname apart still yields the full name
    people = [Person(name="Doe", mentions=[Mention(20, 23, "Doe")]),
              Person(name="Jane Doe", mentions=[Mention(0, 8, "Jane Doe")])]
    assert canonical_speaker(20, 23, "Doe", people, []) == ("Jane Doe", "person")


# ------------------------------------------------------------- more layouts


def test_single_marks_in_a_text_without_double_ones(nlp):
    text = ("\u2018Our members\u2019 savings grew faster than ever this year,\u2019 said "
            "Nora Quill, chair of Fenwick Mutual. \u2018We didn\u2019t expect it.\u2019")
    quotes = run(nlp, text, ["Nora Quill"], ["Fenwick Mutual"])
    assert said(quotes) == [
        ("Our members\u2019 savings grew faster than ever this year,", "Nora Quill"),
        ("We didn\u2019t expect it.", "Nora Quill"),
    ]


def test_single_marks_are_ignored_when_double_ones_quote(nlp):
    text = ('"The crew calls it \u2018the beast\u2019 and it never fails in a storm," '
            "said Nora Quill.")
    [q] = run(nlp, text, ["Nora Quill"])
    assert q.text.startswith("The crew calls it \u2018the beast\u2019")


def test_name_line_without_a_dash(nlp):
    text = ('"Switching to the new ledger cut our closing time in half."\n'
            "Victor Hale, Controller, Birchmont Foods")
    [q] = run(nlp, text, ["Victor Hale"], ["Birchmont Foods"])
    assert q.speaker == "Victor Hale"


def test_title_and_organization_from_the_apposition_without_roles(nlp):
    text = ('"We will hire forty nurses this spring," said Dana Whitlow, chief nursing '
            "officer at Riverside Clinic.")
    [q] = run(nlp, text, ["Dana Whitlow"], ["Riverside Clinic"])
    assert (q.speaker_title, q.speaker_organization) == ("chief nursing officer",
                                                          "Riverside Clinic")


def test_possessive_organization_in_the_apposition(nlp):
    text = ('"Buyers want to see every room before they visit," said Ana Ruiz, '
            "Harbor Homes\u2019 head of research.")
    [q] = run(nlp, text, ["Ana Ruiz"], [])
    assert q.speaker == "Ana Ruiz"
    assert q.speaker_title == "head of research"


def test_attribution_after_a_long_apposition(nlp):
    text = ('"Revenue rose in every region," Jane Doe, chief executive of Acme Widgets, '
            "said on Tuesday.")
    [q] = run(nlp, text, ["Jane Doe"], ["Acme Widgets"])
    assert (q.speaker, q.speaker_title, q.speaker_organization) == \
        ("Jane Doe", "chief executive", "Acme Widgets")


def test_the_company_said_credits_the_organization(nlp):
    text = ("Acme Widgets today opened its third plant.\n\n"
            '"The plant will employ two hundred people from the region," the company '
            "said in a statement.")
    [q] = run(nlp, text, [], ["Acme Widgets"])
    assert q.speaker == "Acme Widgets"


def test_a_spokesperson_for_an_organization(nlp):
    text = '"We are reviewing the findings with great care," said a spokesperson for Acme Widgets.'
    [q] = run(nlp, text, [], ["Acme Widgets"])
    assert q.speaker == "Acme Widgets"


def test_comma_outside_the_marks(nlp):
    text = "\u201cWe are delighted with the result\u201d, said Jane Doe."
    [q] = run(nlp, text, ["Jane Doe"])
    assert (q.text, q.speaker) == ("We are delighted with the result", "Jane Doe")


def test_short_scare_quote_followed_by_a_later_verb_is_not_a_quote(nlp):
    text = 'Jane Doe called the merger a "bold step" and said it would close in May.'
    assert run(nlp, text, ["Jane Doe"]) == []


def test_hard_wrapped_text_keeps_quotes_whole(nlp):
    text = ("Fenwick Mutual today reported record deposits for the third quarter of\n"
            "the year, driven by new members in its coastal branches.\n\n"
            '"Our members trusted us with more of their savings than ever before, and\n'
            'we intend to repay that trust with better rates," said Nora Quill, chair\n'
            "of Fenwick Mutual.\n\n"
            "The mutual was founded in 1921 and serves members in four counties\n"
            "along the coast.\n")
    assert len(paragraphs(text)) == 3
    [q] = run(nlp, text, ["Nora Quill"], ["Fenwick Mutual"])
    assert q.text.startswith("Our members trusted us")
    assert q.text.endswith("better rates,")
    assert q.speaker == "Nora Quill"


def test_quote_introduced_by_the_paragraph_above(nlp):
    text = ("Jane Doe, CEO of Acme Widgets, commented:\n\n"
            '"This is the best quarter in our history, and we expect more."')
    [q] = run(nlp, text, ["Jane Doe"], ["Acme Widgets"])
    assert (q.speaker, q.cue) == ("Jane Doe", "commented")
    assert q.rule.endswith("introduced")
    assert (q.speaker_title, q.speaker_organization) == ("CEO", "Acme Widgets")


def test_a_long_title_named_after_its_kind_is_not_a_quote(nlp):
    text = ('Acme Widgets released the report "Why the next decade of retail will be '
            'shaped by small warehouses" on Monday.')
    assert run(nlp, text, [], ["Acme Widgets"]) == []


def test_a_title_with_its_small_words_in_lowercase_is_not_a_quote(nlp):
    text = ('Acme Widgets released its first book, "Sell and Grow: Understanding the Habits '
            'of Loyal Buyers." The company will host "Care for the Maker" in June.')
    assert run(nlp, text, [], ["Acme Widgets"]) == []


def test_a_sentence_with_small_words_is_still_a_quote(nlp):
    text = '"We are proud of the team and of what it built," said Jane Doe.'
    [q] = run(nlp, text, ["Jane Doe"], [])
    assert q.speaker == "Jane Doe"


def test_words_quoted_from_a_report_after_a_comma_are_a_quote(nlp):
    text = ('According to the Harbor Freight Council report, "small ports will handle a '
            'third of all container traffic by the end of the decade."')
    [q] = run(nlp, text, [], ["Harbor Freight Council"])
    assert q.text.startswith("small ports will handle")
    assert (q.speaker, q.cue) == ("Harbor Freight Council", "according to")


def test_name_line_above_the_quote(nlp):
    text = ("Acme Widgets opened a plant in Ohio.\n\nVictor Hale, Controller, Birchmont Foods\n"
            '"Switching to the new ledger cut our closing time in half."')
    [q] = run(nlp, text, ["Victor Hale"], ["Birchmont Foods", "Acme Widgets"])
    assert q.speaker == "Victor Hale"


def test_a_company_spokesperson_credits_the_issuer(nlp):
    text = ("Acme Widgets recalled one batch of shelves on Monday.\n\n"
            '"No customer has been hurt, and we are replacing every shelf," a company '
            "spokesperson said.")
    [q] = run(nlp, text, [], ["Acme Widgets"])
    assert q.speaker == "Acme Widgets"


# --------------------------------------------------- hand-written release layouts


def test_middle_attribution_with_an_honorific_before_the_surname(nlp):
    text = ('Amara Okoye joined Fenwick Mutual in May.\n\n'
            '"I have watched this team for years," Dr. Okoye said. "Now I get to help '
            'it grow into new towns."')
    quotes = run(nlp, text, ["Amara Okoye"], ["Fenwick Mutual"])
    assert said(quotes) == [
        ("I have watched this team for years,", "Amara Okoye"),
        ("Now I get to help it grow into new towns.", "Amara Okoye"),
    ]
    assert [q.cue for q in quotes] == ["said", "said"]


def test_an_organization_estimates_in_quoted_words(nlp):
    text = ('Trade body Coastal Freight Alliance estimates that "small ports could handle a '
            'third of all containers by 2031."')
    [q] = run(nlp, text, [], ["Coastal Freight Alliance"])
    assert (q.speaker, q.cue) == ("Coastal Freight Alliance", "estimates")


def test_a_report_named_by_its_organization_is_its_speaker(nlp):
    text = ('The Northfield report found that "most regional grocers still count their '
            'stock by hand every week."')
    [q] = run(nlp, text, [], ["Northfield"])
    assert (q.speaker, q.cue) == ("Northfield", "found")


def test_a_title_as_subject_is_the_antecedent_of_a_pronoun(nlp):
    text = ('Ines Varga said the board approved the budget. Coastal Freight Alliance '
            'estimates that "small ports could handle a third of all containers by 2031."\n\n'
            "The CEO noted that the company expects to open two depots next year. "
            '"We will hire forty drivers," he said.')
    at = text.index("Varga")
    role = Role(person="Tomas Okafor", title="Chief Executive Officer",
                organization="Pellucid Systems", start=at, end=at + 5)
    quotes = run(nlp, text, ["Ines Varga", "Tomas Okafor"], ["Coastal Freight Alliance"],
                 [role])
    assert quotes[-1].speaker == "Tomas Okafor"
    assert quotes[-1].rule.endswith("after-pronoun")


def test_the_company_president_as_subject_is_an_antecedent(nlp):
    text = ("Jane Doe opened the meeting. The company's president said sales had doubled.\n\n"
            '"We will open two more plants before the end of the year," he said.')
    role = Role(person="Victor Hale", title="President", organization="Acme Widgets",
                start=0, end=8)
    [q] = run(nlp, text, ["Jane Doe", "Victor Hale"], ["Acme Widgets"], [role])
    assert q.speaker == "Victor Hale"


def test_he_does_not_point_back_to_an_organization(nlp):
    text = ('Victor Hale runs the depot. Coastal Freight Alliance predicts that "small '
            'ports could handle a third of all containers by 2031."\n\n'
            '"We are ready for that growth," he said.')
    quotes = run(nlp, text, ["Victor Hale"], ["Coastal Freight Alliance"])
    assert quotes[-1].speaker == "Victor Hale"


def test_colon_introduction_credits_the_subject_not_the_last_name(nlp):
    text = ('Marcus Lind also thanked Ada Brook for her service: "Ada built our lab from '
            'nothing. We owe her a great deal."')
    [q] = run(nlp, text, ["Marcus Lind", "Ada Brook"])
    assert (q.speaker, q.cue) == ("Marcus Lind", ":")


def test_subject_named_after_a_title_in_a_conjunction_is_an_antecedent(nlp):
    text = ("Harbor President and CEO Rosa Achebe announced the plan on Monday. "
            '"Riders asked us to keep the boats running after the theaters close."')
    [q] = run(nlp, text, ["Rosa Achebe"], ["Harbor"])
    assert q.speaker == "Rosa Achebe"


def test_continuation_paragraph_and_multi_paragraph_quote_take_the_lead_speaker(nlp):
    text = ("Harbor President and CEO Rosa Achebe spoke to riders on Monday. "
            '"For ten years our riders have asked for late boats.\n\n'
            '"This spring we finally can run them.\n\n'
            '"We expect night ridership to double."\n\n'
            '"The crossings will run every forty minutes until two in the morning."')
    quotes = run(nlp, text, ["Rosa Achebe"], ["Harbor"])
    assert [q.speaker for q in quotes] == ["Rosa Achebe", "Rosa Achebe"]
    assert quotes[0].text.endswith("double.")
    assert quotes[1].rule.endswith("continuation")


def test_dash_signature_under_a_quote_beats_the_paragraph_above(nlp):
    text = ('"Night crews get the weekend pay premium," said Devin Marsh.\n\n'
            'Riders welcomed the news. "I work late shifts and the last boat always left '
            'without me."\n'
            "- Imani Brooks, nurse and rider")
    quotes = run(nlp, text, ["Devin Marsh"])          # the lists miss Imani Brooks
    assert quotes[1].speaker == "Imani Brooks"
    assert (quotes[1].cue, quotes[1].rule) == ("-", "marks/signature")


def test_speaker_named_as_subject_of_the_next_sentence(nlp):
    text = ("Corvale Bank named Nadia Petrov treasurer.\n\n"
            '"Nadia has run our treasury through two rate cycles." The bank\'s president, '
            "Elliot Crane, made the announcement on Monday.\n\n"
            'Petrov said: "I am grateful to the team."')
    quotes = run(nlp, text, ["Nadia Petrov", "Elliot Crane"], ["Corvale Bank"])
    assert said(quotes) == [
        ("Nadia has run our treasury through two rate cycles.", "Elliot Crane"),
        ("I am grateful to the team.", "Nadia Petrov"),
    ]


def test_next_sentence_cue_beats_the_quote_of_the_paragraph_above(nlp):
    text = ('"We will track the same stores for ten years," said Hannah Vogel.\n\n'
            '"Our members want practical help, not just predictions." Marta Quiroga said '
            "the association would fund the next survey.")
    quotes = run(nlp, text, ["Hannah Vogel", "Marta Quiroga"])
    assert [q.speaker for q in quotes] == ["Hannah Vogel", "Marta Quiroga"]


def test_examples_listed_after_such_as_are_not_quotes(nlp):
    text = ('Lawyers can type questions such as "Which filings are due next week?" or '
            '"Show me every contract that expires in March" and get answers in seconds.')
    assert run(nlp, text) == []


def test_quote_inside_parentheses_after_who_said(nlp):
    text = ("Solvane's founder, Lucas Ferreira (who said, \u201cWe built this for the "
            "two-lawyer office that has no IT department,\u201d at the launch), started "
            "the company in 2019.")
    [q] = run(nlp, text, ["Lucas Ferreira"], ["Solvane"])
    assert (q.speaker, q.cue) == ("Lucas Ferreira", "said")


def test_single_marks_in_a_paragraph_of_a_text_that_also_uses_double_ones(nlp):
    text = ('Solvane calls it "ask your docket" in its ads.\n\n'
            "\u2018Small firms deserve the same tools as the big ones,\u2019 said Mei Tanaka. "
            "\u2018They just can\u2019t afford a team to build them.\u2019\n\n"
            "The firm\u2019s staff grew in the \u201990s and again in 2020.")
    quotes = run(nlp, text, ["Mei Tanaka"], ["Solvane"])
    assert said(quotes) == [
        ("Small firms deserve the same tools as the big ones,", "Mei Tanaka"),
        ("They just can\u2019t afford a team to build them.", "Mei Tanaka"),
    ]


def test_quote_in_parentheses_with_its_own_attribution(nlp):
    text = ("Oliver Strand said the company would hire locally first (\u201cwe want our "
            "people to live within twenty minutes of the plant,\u201d he told reporters).")
    [q] = run(nlp, text, ["Oliver Strand"])
    assert q.text.startswith("we want our people")
    assert (q.speaker, q.cue) == ("Oliver Strand", "told")


def test_surname_the_lists_miss_takes_the_full_name_the_parser_found(nlp):
    text = ('Mayor Jane Whitfield welcomed the company on Monday. "This is the largest '
            'factory to open here in two decades," Whitfield said.')
    [q] = run(nlp, text)                      # the entity lists know no one
    assert q.speaker in ("Jane Whitfield", "Whitfield")
    spacy_people = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    if "Jane Whitfield" in spacy_people:
        assert q.speaker == "Jane Whitfield"


def test_she_skips_a_person_the_text_already_called_he(nlp):
    text = ("Samuel Okonjo leads the trust's board. He said: \"We chose projects that "
            'local farmers asked for."\n\n'
            "Laura Whitcombe met with growers last week. Okonjo joined her there. "
            '"The growers told us exactly where the water goes missing," she said.\n\n'
            "Okonjo spoke next. Whitcombe, who has led the trust since 2019, listened. "
            '"We will be back in a year to see the results," he said.')
    quotes = run(nlp, text, ["Samuel Okonjo", "Laura Whitcombe"])
    assert [q.speaker for q in quotes] == ["Samuel Okonjo", "Laura Whitcombe",
                                          "Samuel Okonjo"]


def test_a_pronoun_agrees_with_an_honorific(nlp):
    text = ("Ada Brook opened the plant with Mr. Jo Lee. Mr. Lee cut the ribbon.\n\n"
            '"This plant will run on wind power from the first day," she said.')
    [q] = run(nlp, text, ["Ada Brook", "Jo Lee"])
    assert q.speaker == "Ada Brook"


def test_the_report_speaks_for_the_body_that_published_it(nlp):
    text = ('The Meridian Water Trust also released "The State of Our Rivers," a long '
            'report. The report says that "two of every three streams surveyed lost flow '
            'in late summer."')
    [q] = run(nlp, text, [], ["Meridian Water Trust"])
    assert (q.speaker, q.cue) == ("Meridian Water Trust", "says")


def test_short_quote_attributed_to_a_title_after_an_article(nlp):
    text = ("Acme Widgets named Sara Quist chief executive officer.\n\n"
            '"We had a strong year," the CEO said.')
    role = Role(person="Sara Quist", title="chief executive officer",
                organization="Acme Widgets", start=text.index("chief"),
                end=text.index("chief") + len("chief executive officer"))
    [q] = run(nlp, text, ["Sara Quist"], ["Acme Widgets"], [role])
    assert (q.speaker, q.cue) == ("Sara Quist", "said")


def test_a_title_nobody_holds_is_not_taken_for_a_name(nlp):
    text = 'Acme Widgets grew again. "We had a strong year," the CEO said.'
    [q] = run(nlp, text, [], ["Acme Widgets"])
    assert q.speaker != "CEO"


def test_a_partial_quote_carried_by_a_verb_of_calling_is_kept(nlp):
    text = ('Jo Lee called the merger "the best decision we have made as a company in '
            'decades" and thanked the board.')
    [q] = run(nlp, text, ["Jo Lee"])
    assert q.speaker == "Jo Lee"


def test_a_subject_between_two_quotes_of_a_paragraph_takes_the_second(nlp):
    text = ('"This plant shows what a county can do with its employers," Governor Ann '
            "Price said at the ribbon cutting. Jane Doe, CEO of Acme Widgets, thanked the "
            'governor. "We could not have done it without the state\'s help."')
    quotes = run(nlp, text, ["Ann Price", "Jane Doe"], ["Acme Widgets"])
    assert [q.speaker for q in quotes] == ["Ann Price", "Jane Doe"]


def test_a_second_quote_of_the_same_sentence_keeps_its_speaker(nlp):
    text = ("\u201cWe start hiring in May,\u201d Jane Doe said, \u201cand we will train "
            "everyone we hire in our own school.\u201d Ann Price runs the school.")
    quotes = run(nlp, text, ["Jane Doe", "Ann Price"])
    assert [q.speaker for q in quotes] == ["Jane Doe", "Jane Doe"]


@pytest.mark.parametrize("verb", ["confirmed", "cautioned", "reflected", "underlined"])
def test_more_speech_verbs_attribute_a_quote(nlp, verb):
    text = f'"It was the hardest year we have had," Jane Doe {verb}. "It was also the best."'
    quotes = run(nlp, text, ["Jane Doe"])
    assert said(quotes) == [("It was the hardest year we have had,", "Jane Doe"),
                            ("It was also the best.", "Jane Doe")]


def test_it_said_is_the_company_not_a_person_holding_a_title_there(nlp):
    text = ("Sara Quist runs the Harbor Lantern Company. The company said sales doubled.\n\n"
            '"We will hire forty people in the spring," it said.')
    role = Role(person="Jo Lee", title="CEO", organization="Harbor Lantern Company",
                start=0, end=4)
    [q] = run(nlp, text, ["Sara Quist", "Jo Lee"], ["Harbor Lantern Company"], [role])
    assert q.speaker == "Harbor Lantern Company"


def test_the_company_as_subject_does_not_stand_for_a_title_holder(nlp):
    text = ("Sara Quist runs the Harbor Lantern Company. The company said sales doubled.\n\n"
            '"We will hire forty people in the spring," she said.')
    role = Role(person="Jo Lee", title="CEO", organization="Harbor Lantern Company",
                start=0, end=4)
    [q] = run(nlp, text, ["Sara Quist", "Jo Lee"], ["Harbor Lantern Company"], [role])
    assert q.speaker == "Sara Quist"


def test_according_to_in_the_next_sentence_attributes_a_paragraph_opening_quote(nlp):
    text = ('"We will hire forty drivers," said Jo Lee.\n\n'
            '"Small ports will handle a third of all containers." That is according to '
            "Harbor Freight Council data released on Monday.")
    quotes = run(nlp, text, ["Jo Lee"], ["Harbor Freight Council"])
    assert quotes[1].speaker == "Harbor Freight Council"


# ------------------------------------------- speakers the entity lists give poorly


def test_a_title_beside_an_unlisted_name_is_not_the_speaker(nlp):
    text = ('"Local search now decides who gets the call," said Ed Varley, Owner of Mainland '
            'Heating.')
    [q] = run(nlp, text, [], ["Mainland Heating"])
    assert q.speaker == "Ed Varley"


def test_a_title_before_the_name_is_not_the_speaker(nlp):
    text = ('"We are setting a precedent!" Founder and President Michael Matsuda adds, "Not '
            'only are the warriors a part of history, they shaped it."')
    quotes = run(nlp, text, ["Michael Matsuda"])
    assert {q.speaker for q in quotes} == {"Michael Matsuda"}


def test_the_person_after_a_title_of_an_abbreviated_company_speaks(nlp):
    text = ("Brightmoor Dispensary gave to the Last Prisoner Fund.\n\n"
            '"A lot of this goes back to the days when fear ruled the law," said LPF '
            "Director of Advocacy Stephanie Shepard.")
    [q] = run(nlp, text, [], ["Brightmoor Dispensary", "Last Prisoner Fund", "LPF"])
    assert q.speaker == "Stephanie Shepard"


def test_an_unnamed_spokesperson_speaks_for_the_organization_the_phrase_names(nlp):
    text = ("MEXICO CITY -- The tournament starts next week.\n\n"
            '"Our predictions are ready for every match of the season," said a spokesperson '
            "for 1win.")
    [q] = run(nlp, text, [], ["MEXICO"])
    assert q.speaker == "1win"


def test_a_representative_named_with_the_organization_before_the_quote(nlp):
    text = ("Harlow Clinic launched a service.\n\nA representative from Ascendant Health "
            "discussed the significance of this novel service. \u201cThis service changes "
            "the road to recovery for the victims of accidents in our region.\u201d")
    [q] = run(nlp, text, [], ["Harlow Clinic", "Ascendant Health"])
    assert q.speaker == "Ascendant Health"


def test_the_photo_set_after_a_quote_names_its_speaker(nlp):
    text = ("Donald Trump signed an order on Friday.\n\n"
            "\u201cCompanies can now reach customers in their own language.\u201d"
            "![Sebastian Arroyo, M.I.B.](https://example.com/arroyo.jpg)\n\n"
            "[Sebastian Arroyo](https://example.com/team) President of Latino Market "
            "Advisors")
    [q] = run(nlp, text, ["Donald Trump", "Sebastian Arroyo"], ["Latino Market Advisors"])
    assert q.speaker == "Sebastian Arroyo"


def test_a_spokesperson_for_a_firm_named_like_a_person_speaks_for_the_firm(nlp):
    text = ('"Waiting only increases the risk of enforcement," said a spokesperson for '
            "J. David Tax Law.")
    [q] = run(nlp, text, [], ["J. David Tax Law"])
    assert q.speaker == "J. David Tax Law"


def test_who_continued_after_a_name_and_its_company(nlp):
    text = ('"This move sends a strong message to the market," said Brian Goodman, CEO of '
            'Golden Matrix Group, who continued, "We will keep building value for holders."')
    quotes = run(nlp, text, ["Brian Goodman"], ["Golden Matrix Group"])
    assert [q.speaker for q in quotes] == ["Brian Goodman", "Brian Goodman"]
