"""Date expressions, normalized and resolved, on sentences written for these tests."""
from __future__ import annotations

import pytest

from relx.extractors.dates import extract_dates
from relx.extractors.dates.resolve import clause_tense
from relx.extractors.dates.values import parse_date_text
from relx.model import Dateline, Header

PUBLISHED = Header(published="2025-09-10")  # a Wednesday


@pytest.fixture
def dates(nlp):
    def run(text: str, header: Header = PUBLISHED):
        found = extract_dates(nlp(text), header)
        for d in found:
            assert text[d.start:d.end] == d.text
            assert d.rule
        return found
    return run


def values(found) -> list[str | None]:
    return [d.value for d in found]


@pytest.mark.parametrize("text, value", [
    ("Brightwater opened on March 5, 2024.", "2024-03-05"),
    ("Brightwater opened on Aug. 5, 2025.", "2025-08-05"),
    ("Brightwater opened on Sept. 10, 2025.", "2025-09-10"),
    ("Brightwater opened on 17 July 2026.", "2026-07-17"),
    ("Brightwater opened on July 1st 2025.", "2025-07-01"),
    ("Brightwater opened on 16 Mar 2022.", "2022-03-16"),
    ("Brightwater opened on the 5th of March, 2024.", "2024-03-05"),
    ("The ceremony was held on Monday 16 April 2012.", "2012-04-16"),
    ("Posted Tuesday, 15 December 2009, 10:50 am by staff.", "2009-12-15"),
    ("The filing is dated 2022-03-16.", "2022-03-16"),
    ("The filing is dated 3/16/2022.", "2022-03-16"),
])
def test_full_dates(dates, text, value):
    found = dates(text)
    assert values(found) == [value]
    assert found[0].granularity == "day" and not found[0].relative


@pytest.mark.parametrize("text, value, granularity", [
    ("Brightwater was acquired in October 2024.", "2024-10", "month"),
    ("Brightwater was acquired in March of 2023.", "2023-03", "month"),
    ("Brightwater was founded in 2019.", "2019", "year"),
    ("Growth continues through 2029.", "2029", "year"),
    ("The first closing is expected in early 2026.", "2026", "year"),
    ("Another payment follows by the end of 2026.", "2026", "year"),
    ("The plant opens in mid-2027.", "2027", "year"),
    ("Brightwater reports Q3 2025 results.", "2025-Q3", "quarter"),
    ("Revenue rose in the third quarter of 2025.", "2025-Q3", "quarter"),
    ("Brightwater reports Third Quarter 2025 results.", "2025-Q3", "quarter"),
    ("Shipments begin in 3Q25.", "2025-Q3", "quarter"),
    ("Shipments begin in Q1'26.", "2026-Q1", "quarter"),
    ("The study starts in the first half of 2026.", "2026-H1", "half"),
    ("The study starts in H2 2026.", "2026-H2", "half"),
    ("The trial starts in the summer of 2025.", "2025-SU", "season"),
    ("Brightwater has been here since Fall 2021.", "2021-FA", "season"),
])
def test_months_years_quarters_halves_seasons(dates, text, value, granularity):
    found = dates(text)
    assert values(found) == [value]
    assert found[0].granularity == granularity


@pytest.mark.parametrize("text, value", [
    ("The summit runs March 1-3, 2026 in Lakeport.", "2026-03-01/2026-03-03"),
    ("The summit runs 1\u20133 March 2026 in Lakeport.", "2026-03-01/2026-03-03"),
    ("The summit runs March 30 to April 2, 2026.", "2026-03-30/2026-04-02"),
    ("The pilot ran from January 2024 through March 2025.", "2024-01/2025-03"),
    ("The pilot ran from March to May 2024.", "2024-03/2024-05"),
    ("The plan covers 2023-2025.", "2023/2025"),
    ("The plan covers the 2024/25 season.", "2024/2025"),
    ("Sales doubled between 2020 and 2022.", "2020/2022"),
    ("The grant runs from 2024 through 2029.", "2024/2029"),
])
def test_ranges_are_intervals(dates, text, value):
    found = dates(text)
    assert values(found) == [value]
    assert found[0].granularity == "interval"


def test_years_joined_by_and_without_between_stay_two_years(dates):
    assert values(dates("Sales grew in 2023 and 2024.")) == ["2023", "2024"]
    assert values(dates("Sales grew in 2023, 2024 and 2025.")) == ["2023", "2024", "2025"]


def test_an_abbreviated_month_glued_to_its_day(dates):
    # scraped or hurried text drops the space after the dot: `Aug.13`, `Sept.10, 2025`
    found = dates("The Lakeport Parks Office Sept.10, 2025 opened a trail, and on Oct.2 a bridge.")
    assert [d.text for d in found] == ["Sept.10, 2025", "Oct.2"]
    assert values(found)[0] == "2025-09-10"


def test_between_two_days_takes_the_year_of_the_second(dates):
    assert values(dates("Voting is open between March 1 and March 5, 2024.")) == ["2024-03-01/2024-03-05"]


def test_a_list_of_days_is_each_day_of_that_month(dates):
    found = dates("The fair runs March 5, 6 and 7, 2024 in Lakeport.")
    assert values(found) == ["2024-03-05", "2024-03-06", "2024-03-07"]


@pytest.mark.parametrize("text, value", [
    ("Brightwater today announced a partnership.", "2025-09-10"),
    ("Today, Brightwater opens its doors.", "2025-09-10"),
    ("The board met yesterday.", "2025-09-09"),
    ("The office opens tomorrow.", "2025-09-11"),
    ("Sales rose 40% last year.", "2024"),
    ("Sales rose 40% this year.", "2025"),
    ("The deal should close later this year.", "2025"),
    ("The product ships next year.", "2026"),
    ("The product ships next month.", "2025-10"),
    ("Revenue fell last month.", "2025-08"),
    ("Classes begin this fall.", "2025-FA"),
    ("The lab opened last summer.", "2025-SU"),
    ("The lab opened last winter.", "2024-WI"),
    ("Results improve in the fourth quarter.", "2025-Q4"),
    ("Brightwater has served Ohio since March.", "2025-03"),
    ("The law was signed in October.", "2024-10"),
    ("The plant will open in October.", "2025-10"),
    ("The plant will open in May.", "2026-05"),
    ("The deal closed on Monday.", "2025-09-08"),
    ("The fair will open on Friday.", "2025-09-12"),
    ("The fair opens next Wednesday.", "2025-09-17"),
    ("The store opens on Monday.", "2025-09-15"),
    ("The utility will upgrade the substation over the summer.", "2026-SU"),
    ("Jane Roe joins the team on July 7th.", "2025-07-07"),
])
def test_relative_expressions_resolve_against_the_release_date(dates, text, value):
    found = dates(text)
    assert values(found) == [value]
    assert found[0].relative


def test_without_a_tense_the_nearest_occurrence_is_meant(dates):
    february = Header(published="2025-02-12")
    assert values(dates("Opened 12 new stores in November.", february)) == ["2024-11"]
    assert values(dates("Results for the fourth quarter are strong.", february)) == ["2024-Q4"]
    assert values(dates("Opened 12 new stores in November.")) == ["2025-11"]


def test_an_infinitive_under_a_past_verb_is_past(dates):
    february = Header(published="2025-02-12")
    assert values(dates("It acquired Pinecrest, which it had agreed to buy in June.", february)) == ["2024-06"]
    assert values(dates("The deal is expected to close in June.", february)) == ["2025-06"]


def test_dateline_date_is_the_anchor_when_there_is_no_published_date(dates):
    header = Header(dateline=Dateline("LAKEPORT", "2011-01-14", 0, 8, "LAKEPORT"))
    assert values(dates("Brightwater today said it signed in October.", header)) == ["2011-01-14", "2010-10"]


def test_without_a_date_of_its_own_relative_dates_stay_unresolved(dates):
    found = dates("Brightwater today said sales rose last year, after it opened in October 2024.", Header())
    assert [(d.text, d.value) for d in found] == [
        ("today", None), ("last year", None), ("October 2024", "2024-10")]
    assert found[0].relative and found[1].relative


@pytest.mark.parametrize("text", [
    "Brightwater has operated for three years and five months.",
    "The sensors offer up to a 20-year service life.",
    "Support is available 24/7, every day, year-round.",
    "Revenue grew year-over-year.",
    "The tower stands 2000 feet tall and employs 1950 people.",
    "He is 45 years old and has 2025 points.",
    "The chip follows IEEE 1902.1 and costs $2024.",
    "Net sales were $ 2025 and margin 1999 %.",
    "Call +1 212 555 2024 or 555-2024 for details.",
    "The office is at 2000 Lakeshore Drive, Suite 2010.",
    "Brightwater joined Vision 2030 under the Jobs Act of 2010.",
    "Read the 2024 Lakeport Workforce Study.",
    "\u00a9 2025 Brightwater Labs. Copyright 2024 Brightwater Labs.",
    "The memorial honors those lost on 9/11.",
    "We were recently named a Partner of the Year.",
    "We will ship soon, effective immediately.",
    "Brightwater builds the workforce of tomorrow and tomorrow's leaders.",
    "She writes for USA Today.",
    "We may add staff; the march continues; the leaves fall.",
    "The Q4 sedan and the H1 engine are new.",
    "Black Friday and Cyber Monday sales rose.",
    "The 1990s were good to Brightwater.",
    "I used to do the books on Sunday nights.",
    "Now I spend ten minutes on Monday morning approving invoices.",
    "In the first year, the fund will invest in the past year's winners.",
])
def test_not_dates(dates, text):
    assert dates(text) == []


@pytest.mark.parametrize("text, value", [
    ("Brightwater expects revenue growth in fiscal 2026.", "2026"),
    ("Brightwater reported FY2025 revenue of $5 million.", "2025"),
    ("Brightwater's fiscal third quarter 2025 was strong.", "2025-Q3"),
])
def test_fiscal_periods_are_marked_fiscal(dates, text, value):
    found = dates(text)
    assert values(found) == [value]
    assert found[0].fiscal


def test_quarter_ending_on_an_odd_month_is_a_fiscal_span(dates):
    found = dates("Brightwater announced results for the third quarter ending July 31, 2025.")
    assert [(d.value, d.fiscal) for d in found] == [("2025-05/2025-07", True), ("2025-07-31", False)]


def test_quarter_ending_on_a_calendar_quarter_end_is_that_quarter(dates):
    found = dates("Brightwater announced results for the second quarter ended June 30, 2025.")
    assert values(found) == ["2025-Q2", "2025-06-30"]
    assert not found[0].fiscal


def test_a_full_date_wins_over_its_parts(dates):
    found = dates("On Tuesday, 17 April 2012 the lab opened.")
    assert [(d.text, d.value) for d in found] == [("Tuesday, 17 April 2012", "2012-04-17")]


def test_we_is_not_wednesday(dates):
    assert dates("We are proud and we thank you. Wed", Header(published="2025-09-10")) == []


def test_missing_parts_are_detected_not_filled_from_the_clock():
    assert parse_date_text("July 7th") == (None, 7, 7)
    assert parse_date_text("March 2025") == (2025, 3, None)
    assert parse_date_text("Feb 29") == (None, 2, 29)
    assert parse_date_text("not a date") == (None, None, None)


def test_clause_tense(nlp):
    def tense(text: str, word: str) -> int:
        start = text.index(word)
        return clause_tense(nlp(text), start, start + len(word))
    assert tense("The law was signed in October.", "October") == -1
    assert tense("The plant will open in October.", "October") == 1
    assert tense("The deal is expected to close in October.", "October") == 1
    assert tense("Sales are strong in October.", "October") == 0


@pytest.mark.parametrize("text", ["", " ", "\u2013\u2014\x00\ufeff", "May" + " " * 5000 + "5",
                                  "2024-" * 2000, "in March 5, 2024 Q3 2025 " * 500, "(" * 3000])
def test_odd_input_never_raises(dates, text):
    dates(text)


def test_effective_date_takes_the_nearest_occurrence_whatever_the_tense(dates):
    found = dates("Fenwick Labs named Omar Haddad as Chief Financial Officer, effective April 1.",
                  Header(published="2027-02-03"))
    assert values(found) == ["2027-04-01"]


def test_last_season_early_in_the_year_is_the_previous_years(dates):
    found = dates("Our team has worked on this since last spring.", Header(published="2027-02-03"))
    assert values(found) == ["2026-SP"]


def test_results_of_a_quarter_are_of_one_gone_by(dates):
    found = dates("The company will report third-quarter results on November 5.",
                  Header(published="2026-10-06"))
    assert "2026-Q3" in values(found)


def test_season_with_its_year_after_the_article(dates):
    found = dates("Seats open in the fall 2027 semester.", Header(published="2027-01-09"))
    assert values(found) == ["2027-FA"]


def test_date_under_an_adjective_is_not_placed_by_the_outer_past_verb(dates):
    # `declared` is past, but the payment it declares is still to come
    found = dates("Glenmoor Power declared a dividend payable on October 30 to holders of record "
                  "on October 20.", Header(published="2027-10-06"))
    assert values(found) == ["2027-10-30", "2027-10-20"]


def test_range_over_the_year_end_without_a_year_starts_in_the_nearest_december(dates):
    found = dates("The winter sale runs from December 28 to January 3.", Header(published="2026-12-14"))
    assert values(found) == ["2026-12-28/2027-01-03"]


@pytest.mark.parametrize("text, value", [
    ("Tolland Mills moved its plant in mid-March of last year.", "2026-03"),
    ("Tolland Mills opens a plant in October of next year.", "2028-10"),
    ("Tolland Mills opened a plant in June of this year.", "2027-06"),
])
def test_month_of_a_relative_year(dates, text, value):
    found = dates(text, Header(published="2027-01-05"))
    assert values(found) == [value]
    assert found[0].text.endswith("year")


def test_starting_a_weekday_is_the_coming_one(dates):
    found = dates("Ashcombe Dental will open on Saturdays starting Monday.", Header(published="2027-03-03"))
    assert values(found) == ["2027-03-08"]


@pytest.mark.parametrize("text, published, value", [
    ("The studio hosted 1,200 visitors this past summer.", "2026-09-30", "2026-SU"),
    ("The studio hosted 1,200 visitors this past summer.", "2027-02-10", "2026-SU"),
    ("The studio reopened this past March.", "2027-05-12", "2027-03"),
    ("The studio reopened this past November.", "2027-02-10", "2026-11"),
])
def test_this_past_is_the_last_one_gone(dates, text, published, value):
    assert values(dates(text, Header(published=published))) == [value]


@pytest.mark.parametrize("text, value", [
    ("Filming will run between May and November.", "2027-05/2027-11"),
    ("The exhibit ran from November through February.", "2026-11/2027-02"),
])
def test_span_of_two_months_without_a_year(dates, text, value):
    found = dates(text, Header(published="2027-03-03"))
    assert values(found) == [value]
    assert found[0].rule == "month_span"


def test_date_inside_what_is_announced_is_not_placed_by_the_announcing(dates):
    found = dates("Larkfield Pictures announced a slate of films for release between May and November.",
                  Header(published="2027-03-03"))
    assert values(found) == ["2027-05/2027-11"]


def test_date_of_the_announcing_itself_stays_past(dates):
    # in June the nearest November is the coming one; the past tense says the last one
    found = dates("Larkfield Pictures announced the plan in November.", Header(published="2027-06-03"))
    assert values(found) == ["2026-11"]


@pytest.mark.parametrize("text, expected", [
    ("The webinar takes place on 12 and 13 April 2027.", ["2027-04-12", "2027-04-13"]),
    ("The forum meets on 3, 4 and 5 May 2027.", ["2027-05-03", "2027-05-04", "2027-05-05"]),
])
def test_list_of_days_written_day_first(dates, text, expected):
    assert values(dates(text)) == expected


def test_by_year_end_is_the_releases_year_but_a_year_end_label_is_not_a_date(dates):
    assert values(dates("The plant will be completed by year-end.", Header(published="2027-03-03"))) == ["2027"]
    assert values(dates("Year-end results are due in full.", Header(published="2027-03-03"))) == []


def test_season_with_early_or_late_and_no_article(dates):
    found = dates("The store will reopen in late spring.", Header(published="2027-03-03"))
    assert values(found) == ["2027-SP"]


@pytest.mark.parametrize("text, value", [
    ("Registration closes Friday.", ["2027-03-05"]),
    ("Halvorsen Foods said Tuesday it would cut 200 jobs.", ["2027-03-02"]),
    ("The meeting, held Wednesday, drew 200 people.", ["2027-03-03"]),
])
def test_weekday_alone_in_news_style(dates, text, value):
    assert values(dates(text, Header(published="2027-03-03"))) == value


@pytest.mark.parametrize("text", [
    "The office is open Monday through Friday.",
    "The shop opens Monday to Friday, 9 to 5.",
    "Black Friday sales rose and Cyber Monday was strong.",
    "We meet every Tuesday.",
    "Our teams meet Monday mornings.",
])
def test_weekday_in_a_name_or_a_schedule_is_no_date(dates, text):
    assert values(dates(text, Header(published="2027-03-03"))) == []


def test_month_after_and_shares_the_first_ones_preposition(dates):
    found = dates("Hallam Outfitters posted record sales in December and January.",
                  Header(published="2027-03-03"))
    assert values(found) == ["2026-12", "2027-01"]


def test_degrees_are_a_unit(dates):
    assert values(dates("The furnace reached 2025 degrees.")) == []


def test_a_period_ended_on_a_day_is_over(dates):
    found = dates("Results for the quarter ended March 31 were strong.", Header(published="2027-03-03"))
    assert values(found) == ["2026-03-31"]


def test_coded_quarter_of_a_fiscal_year(dates):
    found = dates("Revenue in Q3 of fiscal 2026 rose.", Header(published="2027-03-03"))
    assert values(found) == ["2026-Q3"] and found[0].fiscal


def test_day_of_a_relative_year(dates):
    found = dates("Construction runs through September 30 of next year.", Header(published="2027-03-03"))
    assert values(found) == ["2028-09-30"]
