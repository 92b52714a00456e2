"""Organizations: one entity for every way a release writes one organization, its ticker
symbols included, and the issuer. Each test has a fictional sentence of its own."""
from __future__ import annotations

import pytest

from relx.extractors.entities import extract_entities
from relx.extractors.header import find_header


@pytest.fixture
def entities(nlp):
    def run(text: str):
        doc = nlp(text)
        orgs, people = extract_entities(doc, find_header(text))
        return orgs, {p.name: p for p in people}
    return run


def owner(orgs, form: str):
    hits = [o for o in orgs if form == o.name or form in o.aliases]
    assert len(hits) == 1, f"{form!r} in {[(o.name, o.aliases) for o in orgs]}"
    return hits[0]


def test_a_ticker_symbol_written_alone_is_the_company_listed_under_it(entities):
    orgs, _ = entities(
        "Quarrystone Gold Corp. (CSE: QSG) (OTCQB: QSGLF) began drilling at its northern "
        "claim. Quarrystone Gold expects assays in June.\n\nNOTE TO INVESTORS: The latest news "
        "relating to QSGLF is available in the company’s newsroom.")
    # the symbol is the company's, as an alias or not at all: never an organization of its own
    assert not [o for o in orgs if o.name == "QSGLF"]
    assert all(o.name == "Quarrystone Gold Corp." for o in orgs if "QSGLF" in o.aliases)
    assert owner(orgs, "Quarrystone Gold Corp.").ticker.symbol == "QSG"


def test_an_exchange_with_a_tier_after_a_dot(entities):
    orgs, _ = entities(
        "Lindqvist Metals Ltd. (TSX.V: LQM) (OTCQB: LQMTF) restarted its mill. Updates on "
        "LQMTF appear weekly, and Lindqvist Metals will report in May.")
    org = owner(orgs, "Lindqvist Metals Ltd.")
    assert (org.ticker.exchange, org.ticker.symbol) == ("TSX.V", "LQM")
    assert not [o for o in orgs if o.name == "LQMTF"]


def test_a_former_name_is_the_same_organization(entities):
    orgs, _ = entities(
        "Hollis American Kitchens Co., formerly Hollis Diner & Bakery, serves breakfast in 30 "
        "states. Hollis Diner & Bakery opened in 1958, and Hollis now runs 300 restaurants.")
    org = owner(orgs, "Hollis Diner & Bakery")
    assert org.name == "Hollis American Kitchens Co."


def test_the_current_name_not_the_former_one_names_the_organization(entities):
    orgs, _ = entities(
        "Ms. Orr is with KESTREL Co. LLC (formerly Mountain Survey Associates), where she "
        "leads the geology team.")
    assert owner(orgs, "Mountain Survey Associates").name == "KESTREL Co. LLC"


def test_a_name_without_its_parent_s_initials(entities):
    orgs, _ = entities(
        "WR Harbor Crafts Americas, Inc. today sold its gift wrap business. Harbor Crafts "
        "Americas designs seasonal goods for retailers.")
    assert owner(orgs, "Harbor Crafts Americas").name == "WR Harbor Crafts Americas, Inc."


def test_a_handle_is_an_alias_of_the_organization_it_spells(entities):
    orgs, _ = entities(
        "Solenne Magazine celebrates ten years of Solenne covers. Follow Solenne Magazine on "
        "X at @SolenneUS and @SolenneMagazine.")
    org = owner(orgs, "@SolenneUS")
    assert org.name == "Solenne Magazine"


def test_an_abbreviation_the_text_defines_is_the_same_organization(entities):
    orgs, _ = entities(
        "Brackwater Capital Markets (\"BCM\") arranged the loan. BCM has closed 40 deals "
        "this year.")
    assert owner(orgs, "BCM").name == "Brackwater Capital Markets"


def test_a_company_s_first_word_before_its_full_name(entities):
    orgs, _ = entities(
        "Kids who visit Tamberly this month get a free pancake. \"Tamberly is a place for "
        "families,\" said Jo Reyes, CEO of Tamberly Family Foods Co. Tamberly Family Foods Co. "
        "runs 200 restaurants.")
    assert owner(orgs, "Tamberly").name == "Tamberly Family Foods Co."


# --- the issuer ------------------------------------------------------------------------

def issuer(orgs):
    marked = [o.name for o in orgs if o.issuer]
    assert len(marked) <= 1, [(o.name, o.issuer) for o in orgs]
    return marked[0] if marked else None


def test_a_wire_service_is_never_the_issuer(entities):
    orgs, _ = entities(
        "TechMediaBreaks – Corvane Robotics Inc. (NASDAQ: CVR) Opens Ohio Plant\n\n"
        "TechMediaBreaks, a brand of IBN, notes that Corvane Robotics Inc. has opened a plant "
        "in Ohio. Corvane Robotics will hire 200 workers.\n\nAbout TechMediaBreaks\n\n"
        "TechMediaBreaks is a financial news brand of IBN.")
    assert issuer(orgs) == "Corvane Robotics Inc."


def test_an_about_heading_glued_to_its_paragraph(entities):
    orgs, _ = entities(
        "Sensors Come to Small Farms\n\nFARGO, N.D., May 4, 2026 /PRNewswire/ -- Corvane "
        "Robotics and Halden Labs will test soil sensors on 40 farms this summer, Halden Labs "
        "said.\n\nAbout Halden LabsHalden Labs makes soil sensors for growers in 12 states.")
    assert issuer(orgs) == "Halden Labs"


def test_a_place_that_opens_the_headline_is_not_the_issuer(entities):
    orgs, _ = entities(
        "Denver's Larkspur Book Shop Acquires Rare Maps\n\nLarkspur Book Shop bought 300 maps "
        "from a Denver collector. The shop will show them in June.")
    assert issuer(orgs) != "Denver"


def test_a_state_code_is_not_the_issuer(entities):
    orgs, _ = entities(
        "The Battle of the Nations Comes to Tombstone\n\nTombstone, AZ – Ironwood Arena will "
        "host the tournament. AZ fans can buy tickets from Ironwood Arena.")
    assert issuer(orgs) != "AZ"


def test_an_organization_with_tickers_under_two_names_reports_the_first_written():
    """Which ticker an organization gets must not depend on string hashing (a set's order)."""
    from relx.extractors.entities.grouping import first_ticker
    from relx.model import Ticker

    later = Ticker(exchange="NASDAQ", symbol="ACME", start=114, end=126, text="NASDAQ: ACME")
    earlier = Ticker(exchange="NASDAQ", symbol="ACME", start=42, end=54, text="NASDAQ: ACME")
    assert first_ticker(iter([later, earlier])) is earlier
    assert first_ticker(iter([])) is None
