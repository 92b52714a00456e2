"""The release's own title, date and dateline, on releases written for these tests."""
from __future__ import annotations

import pytest

from relx.extractors.header import find_header, looks_like_location

BODY = "Brightwater Labs today named Jane Roe its chief executive."


def header_of(*lines: str):
    text = "\n\n".join(lines)
    header = find_header(text)
    # Offsets must point back into the text.
    if header.dateline:
        d = header.dateline
        assert text[d.start:d.end] == d.text
    if header.published_start is not None:
        assert text[header.published_start:header.published_end] == header.published_text
    return header


@pytest.mark.parametrize("line, location, value", [
    (f"NEW YORK, March 5, 2024 /PRNewswire/ -- {BODY}", "NEW YORK", "2024-03-05"),
    (f"GREENVALE, N.C., Aug. 5, 2025 /PRNewswire/ \u2014 {BODY}", "GREENVALE, N.C.", "2025-08-05"),
    (f"BOSTON, March 5, 2024--(BUSINESS WIRE)--{BODY}", "BOSTON", "2024-03-05"),
    (f"LONDON--(BUSINESS WIRE)--March 5, 2024--{BODY}", "LONDON", "2024-03-05"),
    (f"SAN DIEGO (March 5, 2024) \u2013 {BODY}", "SAN DIEGO", "2024-03-05"),
    (f"HONG KONG, Mar 5, 2024 - (ACN Newswire) - {BODY}", "HONG KONG", "2024-03-05"),
    (f"TORONTO, March 05, 2024 (GLOBE NEWSWIRE) -- {BODY}", "TORONTO", "2024-03-05"),
    (f"NEW YORK, NY / ACCESSWIRE / March 5, 2024 / {BODY}", "NEW YORK, NY", "2024-03-05"),
    (f"PORT LORNE, VIETNAM - Media OutReach Newswire - 17 July 2026 - {BODY}", "PORT LORNE, VIETNAM", "2026-07-17"),
    (f"COLUMBUS, OH - June 11, 2025 (NEWMEDIAWIRE) - {BODY}", "COLUMBUS, OH", "2025-06-11"),
    (f"Toronto, Ontario--(Newsfile Corp. - March 5, 2024) - {BODY}", "Toronto, Ontario", "2024-03-05"),
    (f"CALGARY, AB, March 5, 2024 /CNW/ - {BODY}", "CALGARY, AB", "2024-03-05"),
    (f"LONDON \u2013 5 March 2024 \u2013 {BODY}", "LONDON", "2024-03-05"),
    (f"Fukuoka, Japan/New York, United States \u2013 July 1st 2025 \u2013 {BODY}",
     "Fukuoka, Japan/New York, United States", "2025-07-01"),
    (f"LONDON, 5 March 2024: {BODY}", "LONDON", "2024-03-05"),
])
def test_wire_datelines_give_location_date_and_published(line, location, value):
    header = header_of("Brightwater Labs Names New Chief Executive", line)
    assert header.dateline is not None
    assert (header.dateline.location, header.dateline.date) == (location, value)
    assert header.published == value


@pytest.mark.parametrize("line, location", [
    (f"SAN MATEO, Calif.\u2013(BUSINESS WIRE)\u2013{BODY}", "SAN MATEO, Calif."),
    (f"ELM CITY & LAKEPORT, Fla.--(BUSINESS WIRE)--{BODY}", "ELM CITY & LAKEPORT, Fla."),
    (f"WASHINGTON \u2013 {BODY}", "WASHINGTON"),
])
def test_dateline_without_a_date_has_date_none(line, location):
    header = header_of("Brightwater Labs Names New Chief Executive", line)
    assert header.dateline.location == location
    assert header.dateline.date is None
    assert header.published is None


def test_dateline_date_without_a_year_keeps_the_place():
    header = header_of("Title", f"NEW YORK, March 5 /PRNewswire/ -- {BODY}")
    assert (header.dateline.location, header.dateline.date, header.published) == ("NEW YORK", None, None)


def test_dateline_date_without_a_year_takes_the_date_lines_year_when_the_day_agrees():
    header = header_of("Title", "March 5, 2024", f"NEW YORK, March 5 /PRNewswire/ -- {BODY}")
    assert (header.dateline.date, header.published) == ("2024-03-05", "2024-03-05")


def test_date_line_under_title_is_published_but_not_the_datelines_date():
    header = header_of("Agency Awards First Grants", "January 14, 2011", f"WASHINGTON \u2013 {BODY}")
    assert header.published == "2011-01-14"
    assert header.published_text == "January 14, 2011"
    assert header.dateline.location == "WASHINGTON"
    assert header.dateline.date is None


@pytest.mark.parametrize("line, value", [
    ("Jul 23, 2025", "2025-07-23"),
    ("Tuesday, 15 December 2009, 10:50 am", "2009-12-15"),
    ("Feb 27, 2020, 08:37 ET", "2020-02-27"),
    ("16 Mar 2022", "2022-03-16"),
    ("Published on March 5, 2024", "2024-03-05"),
    ("Posted: Mar 5, 2024 at 9:00 AM EST", "2024-03-05"),
    ("By Jane Roe | March 5, 2024", "2024-03-05"),
    ("March 5, 2024 \u00b7 3 min read", "2024-03-05"),
    (f"March 5, 2024 -- {BODY}", "2024-03-05"),
    ("2024-03-05", "2024-03-05"),
    ("03/05/2024", "2024-03-05"),
    ("Tue, 05 Mar 2024 10:00:00 +0000", "2024-03-05"),
    ("EMBARGOED UNTIL 00:01 GMT, 5 March 2024", "2024-03-05"),
    ("Mar 5, 2024 8:00 AM Eastern Standard Time", "2024-03-05"),
    ("March 5, 2024 04:15 PM Pacific Daylight Time", "2024-03-05"),
    ("Embargoed until March 5, 2024, 9:00 a.m. ET", "2024-03-05"),
])
def test_newsroom_date_lines(line, value):
    header = header_of("Brightwater Labs Names New Chief Executive", line, BODY)
    assert header.published == value
    assert header.dateline is None


def test_published_on_without_a_date_is_no_date():
    header = header_of("Brightwater Labs Opens Office", "Published on", BODY)
    assert header.published is None


def test_release_without_a_date_of_its_own():
    header = header_of("Brightwater Labs Raises $10M", BODY, "Founded in 2019, it is based in Ohio.")
    assert header.published is None
    assert header.dateline is None


def test_a_sentence_with_a_date_is_not_a_date_line():
    header = header_of("Brightwater Labs Opens Office", "The office opened on March 5, 2024 in Ohio.")
    assert header.published is None


def test_title_is_the_first_line_and_the_last_step_of_a_breadcrumb():
    assert header_of("  Brightwater Labs Opens Office  ", BODY).title == "Brightwater Labs Opens Office"
    assert header_of("Lab > News > Brightwater Labs Opens Office", BODY).title == "Brightwater Labs Opens Office"


def test_labels_and_date_lines_are_not_the_title():
    header = header_of("FOR IMMEDIATE RELEASE", "March 5, 2024", "Brightwater Labs Opens Office", BODY)
    assert header.title == "Brightwater Labs Opens Office"
    assert header.published == "2024-03-05"


def test_wireless_is_not_a_wire_credit():
    assert header_of("Title", "Acme/Beta wireless networks/ grow fast.").dateline is None


def test_a_text_that_opens_with_its_dateline_has_no_title():
    header = header_of(f"NEW YORK, March 5, 2024 /PRNewswire/ -- {BODY}")
    assert header.title is None
    assert header.dateline.location == "NEW YORK"


@pytest.mark.parametrize("lines", [
    ("ACME ANNOUNCES \u2013 NEW CHIEF EXECUTIVE", BODY),
    ("Title", "NEWS RELEASE \u2013 FOR IMMEDIATE RELEASE", BODY),
    ("Title", "Brightwater Labs \u2014 today named Jane Roe its chief.", BODY),
    ("Title", "- Revenue up 5% \u2013 a record", BODY),
    ("Title", "Seattle \u2013 a city of rain \u2013 welcomes Brightwater Labs."),
])
def test_not_datelines(lines):
    assert header_of(*lines).dateline is None


def test_location_shape():
    assert looks_like_location("ST. LOUIS & KANSAS CITY, Mo.")
    assert looks_like_location("Rio de Janeiro, Brazil")
    assert not looks_like_location("Acme today announced")
    assert not looks_like_location("Route 66")


@pytest.mark.parametrize("text", ["", "\n\n\n", "\u2013\u2014--/(", "(" * 5000 + "wire", "A" * 100000,
                                  "NEW YORK, " + "\u2013 " * 5000, "\x00\ufeff\u201c\u201d"])
def test_odd_input_never_raises(text):
    find_header(text)


def test_date_line_with_a_byline_after_the_date():
    header = find_header("Acme expands its lab\n\nPosted on 09/15/2026 by Acme Bio\n\nToday we open a lab.")
    assert header.published == "2026-09-15"


def test_a_text_that_opens_with_a_paragraph_has_no_title():
    assert find_header("word " * 200 + "\n\nMore text.").title is None


def test_business_wire_date_line_above_a_dateline_without_a_date():
    header = header_of("Corwen Labs Names CFO", "Mar 5, 2024 8:00 AM Eastern Standard Time",
                       f"DALLAS--(BUSINESS WIRE)--{BODY}")
    assert header.published == "2024-03-05"
    assert (header.dateline.location, header.dateline.date) == ("DALLAS", None)


def test_title_skips_a_contact_block_above_it():
    text = ("Media Contact:\nJo Ray\npress@kelda.example\n\nKelda Mills Opens Plant\n\n"
            f"LEEDS, 3 March 2027 /PRNewswire/ -- {BODY}")
    assert find_header(text).title == "Kelda Mills Opens Plant"
    assert find_header("Contact: Jo Ray, 555-0100\n\nKelda Mills Opens Plant\n\n" + BODY).title \
        == "Kelda Mills Opens Plant"


def test_the_datelines_line_is_never_the_title():
    header = header_of("Mar 5, 2024 8:00 AM Eastern Standard Time", f"DALLAS--(BUSINESS WIRE)--{BODY}")
    assert header.title is None


def test_a_date_with_a_wire_credit_and_no_place_dates_the_release():
    header = find_header(f"Corwen Labs Names CFO\n\nMarch 5, 2024 /PRNewswire/ -- {BODY}")
    assert (header.published, header.dateline, header.title) == ("2024-03-05", None, "Corwen Labs Names CFO")


def test_dateline_in_markdown_bold():
    header = find_header(f"Corwen Labs Names CFO\n\n**LEEDS, March 5, 2024** -- {BODY}")
    assert (header.dateline.location, header.dateline.date) == ("LEEDS", "2024-03-05")
    assert header.dateline.text == "LEEDS, March 5, 2024"


# Wires' layouts beyond the big four, each with a credit of its own name, its own order
# of place, date and credit, and its own way of closing the dateline.
@pytest.mark.parametrize("line, location, value", [
    # any credit between slashes beside the date, not only one named a wire
    (f"MAPLETON, NJ, July 01, 2024 /24-7PressRelease/ -- {BODY}", "MAPLETON, NJ", "2024-07-01"),
    (f"Larchmont, United States - December 18, 2024 / Larchmont Auto Works /\n\n{BODY}",
     "Larchmont, United States", "2024-12-18"),
    (f"HUDSONVILLE, FL / PR Karma / June 28, 2024 10:45\n\n{BODY}", "HUDSONVILLE, FL", "2024-06-28"),
    # a credit in brackets before a date with its weekday, time and time zone
    (f"Cornelius, NC (Newsworthy.ai) Wednesday May 15, 2024 @ 10:15 AM Pacific \u2014 {BODY}",
     "Cornelius, NC", "2024-05-15"),
    (f"Scottsdale, AZ (Newsworthy.ai) Friday Dec 1, 2023 @ 8:16 AM America/Dawson_Creek \u2014 {BODY}",
     "Scottsdale, AZ", "2023-12-01"),
    (f"Barcelona, Spain(Newsworthy.ai) Monday Mar 31, 2025 @ 3:50 PM Pacific \u2014 {BODY}",
     "Barcelona, Spain", "2025-03-31"),
    (f"VANCOUVER, BRITISH COLUMBIA - March 25, 2025 (NEWMEDIAWIRE) - {BODY}",
     "VANCOUVER, BRITISH COLUMBIA", "2025-03-25"),
    # the credit first, the place after the date
    (f"(NewMediaWire) - March 20, 2025 - DALLAS \u2014 {BODY}", "DALLAS", "2025-03-20"),
    # a Markdown link left in a text copy
    (f"LISBON, PORTUGAL - [Media OutReach Newswire](https://media.example/) - 29 July 2026 - {BODY}",
     "LISBON, PORTUGAL", "2026-07-29"),
    (f"MIAMI, FL, April 15, 2025 [Noticias Newswire] \u2013 {BODY}", "MIAMI, FL", "2025-04-15"),
    # a place and a date alone on their line, closed by the line's end or a full stop
    (f"DALLAS, TX -- AUGUST 21, 2026\n\n{BODY}", "DALLAS, TX", "2026-08-21"),
    (f"Washington DC, USA \u2013 March 25, 2026\n\n{BODY}", "Washington DC, USA", "2026-03-25"),
    (f"DALLAS, TX, July 15, 2026. {BODY}", "DALLAS, TX", "2026-07-15"),
    (f"Oakland, CA November 7, 2024 -- {BODY}", "Oakland, CA", "2024-11-07"),
    # the date first, then the place
    (f"February 5, 2025, Burlingame, California \u2014 {BODY}", "Burlingame, California", "2025-02-05"),
    (f"Dallas, TX \u2013 [November 7, 2024] \u2013 {BODY}", "Dallas, TX", "2024-11-07"),
    (f"Los Angeles, California, July 04, 2025, As markets grow, {BODY}", "Los Angeles, California",
     "2025-07-04"),
    # a zero-width joiner a web page left before the place
    (f"\u200dSOMERVILLE, Mass. - (NewMediaWire) - October 16, 2024 - {BODY}", "SOMERVILLE, Mass.",
     "2024-10-16"),
    # the same date twice, in brackets and after the credit
    (f"Des Moines, Iowa (September 30, 2025) (Newsworthy.ai) Tuesday Sep 30, 2025 @ 2:25 PM "
     f"Mountain \u2014 {BODY}", "Des Moines, Iowa", "2025-09-30"),
])
def test_more_wire_layouts(line, location, value):
    header = header_of("Brightwater Labs Names New Chief Executive", line)
    assert header.dateline is not None, line
    assert (header.dateline.location, header.dateline.date) == (location, value)
    assert header.published == value


def test_a_caption_run_into_the_dateline_is_left_out():
    header = header_of("Museum Opens New Wing", "Children at play in the new wing (NewMediaWire) - "
                       f"August 25, 2024 - Glendale, CA -- {BODY}")
    assert (header.dateline.location, header.dateline.date) == ("Glendale, CA", "2024-08-25")
    assert header.dateline.text.startswith("(NewMediaWire)")
    header = header_of("Museum Honors an Artist", "Lady Mara Quill (NewMediaWire) - April 13, 2025 - "
                       f"Glendale, CA \u2013 {BODY}")
    assert header.dateline.location == "Glendale, CA"


@pytest.mark.parametrize("lines", [
    ("Title", "Event details:", "Date: Tuesday, May 21, 2024", "Time: 12:00 PM EST"),
    ("Title", BODY, "DATE: Tuesday, May 14, 2024"),
    ("Title", BODY, "ENDS"),
    ("Title", "NOTE TO INVESTORS: The latest news is in the company's newsroom."),
    ("Title", "CEO / Chairman Jo Park"),
    ("Title", "\u2014 Acme MediaWire (@acme_mediawire) [February 24, 2026](https://x.example/1)"),
    ("Title", "About Acme NewsWire", "Acme NewsWire (\u201cANW\u201d) is a digital hub for news."),
    ("Title", "As of March 5, 2024, Brightwater Labs had 40 staff."),
    ("Title", "Effective March 5, 2024, Jane Roe leads the company."),
    ("Title", "Important dates:", "Token Generation Event (TGE): 26th March 2024 (Time: 2pm UTC)"),
])
def test_labels_lists_and_links_are_not_datelines(lines):
    header = header_of(*lines)
    assert header.dateline is None


def test_a_link_after_a_dated_dateline_is_the_body():
    header = header_of("Title", "Columbus, Ohio (Newsworthy.ai) Thursday Aug 21, 2025 @ 3:00 PM Central "
                       f"\u2014 [Brightwater Labs](https://b.example) named Jane Roe its chief.")
    assert (header.dateline.location, header.dateline.date) == ("Columbus, Ohio", "2025-08-21")
    header = header_of("Title", "Road Town \u2014 May 2, 2024 : [Brightwater](https://b.example) raised $5M.")
    assert (header.dateline.location, header.dateline.text) == ("Road Town", "Road Town \u2014 May 2, 2024")


def test_an_event_date_below_the_first_paragraph_is_not_the_release_date():
    header = header_of("Brightwater Labs Hosts a Webinar",
                       "Brightwater Labs will host a webinar for investors on its new line of farm "
                       "robots, with a question and answer session after the talk.",
                       "Event details:", "Date: Tuesday, May 21, 2024", "Time: 12:00 PM EST")
    assert header.published is None


def test_a_date_first_dateline_closed_by_a_colon():
    header = header_of("Brightwater Labs Partners with Orchard Robotics",
                       "The partnership brings six hundred growers onto one platform, the largest "
                       "step yet for the company in the western market.",
                       f"August 19, 2026 \u2013 Miami, Florida: {BODY}")
    assert (header.dateline.location, header.dateline.date) == ("Miami, Florida", "2026-08-19")


@pytest.mark.parametrize("line, location, value", [
    # a news agency in brackets between the place and the dash
    (f"NEW YORK (Reuters) - {BODY}", "NEW YORK", None),
    (f"NEW DELHI, March 5 (IANS) - {BODY}", "NEW DELHI", None),
    # a date in figures
    (f"Miami, FL \u2013 03/05/2024 \u2013 {BODY}", "Miami, FL", "2024-03-05"),
    (f"Miami, FL \u2013 2024-03-05 \u2013 {BODY}", "Miami, FL", "2024-03-05"),
    # a wire named without brackets after the date, a double slash closing the dateline
    (f"TAMPA, Fla., May 12, 2026 Acme MediaWire (Press Release Service) \u2013 {BODY}", "TAMPA, Fla.",
     "2026-05-12"),
    (f"LEEDS, UK, August 1, 2024 // {BODY}", "LEEDS, UK", "2024-08-01"),
])
def test_agency_credits_and_dates_in_figures(line, location, value):
    header = header_of("Brightwater Labs Names New Chief Executive", line)
    assert (header.dateline.location, header.dateline.date) == (location, value)


def test_a_ticker_after_a_name_in_capitals_is_no_agency():
    assert header_of("Title", f"ACME CORP (NASDAQ: ACME) - {BODY}").dateline is None
