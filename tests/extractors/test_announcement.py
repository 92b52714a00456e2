"""The announcement: one short release per kind, written for the tests (fictional names)."""
from __future__ import annotations

import pytest

from relx.pipeline import analyze


@pytest.fixture
def announce(nlp):
    def run(text: str):
        record = analyze(nlp(text), "test.txt")
        a = record.announcement
        assert a is not None
        for p in a.parties:
            assert p.rule
            names = {e.name for e in (*record.organizations, *record.people)}
            assert p.name in names, f"{p.name!r} is not one of the record's entities"
            mention = text[p.start:p.end]
            entity = next(e for e in (*record.organizations, *record.people) if e.name == p.name)
            assert mention in {m.text for m in entity.mentions}
        if a.amount is not None:
            assert text[a.amount.start:a.amount.end] == a.amount.text
        return a
    return run


def roles(a) -> set[tuple[str, str]]:
    return {(p.role, p.name) for p in a.parties}


def test_funding_round_with_lead_and_other_investors(announce):
    a = announce(
        "Corvane Robotics Raises $37 Million Series B Led by Halden Capital\n\n"
        "BOSTON, March 3, 2027 /PRNewswire/ -- Corvane Robotics, Inc., a maker of warehouse "
        "robots, today announced it has raised $37 million in Series B funding, led by Halden "
        "Capital and joined by Brightwater Ventures, Northgate Capital and existing investors.\n\n"
        "The funds will be used to hire engineers.\n")
    assert a.kind == "funding"
    assert a.round == "Series B"
    assert (a.amount.value, a.amount.currency) == (37_000_000, "USD")
    leads = {p.name for p in a.parties if p.role == "investor" and p.lead}
    others = {p.name for p in a.parties if p.role == "investor" and not p.lead}
    assert leads == {"Halden Capital"}
    assert others == {"Brightwater Ventures", "Northgate Capital"}
    assert ("recipient", "Corvane Robotics, Inc.") in roles(a)


def test_acquisition_with_price(announce):
    a = announce(
        "Pellworth Systems to Acquire Tarnby Analytics for $120 Million\n\n"
        "DENVER, May 4, 2027 /PRNewswire/ -- Pellworth Systems Inc. today announced a definitive "
        "agreement to acquire Tarnby Analytics LLC, a provider of route planning software, for "
        "$120 million in cash.\n")
    assert a.kind == "acquisition"
    assert ("acquirer", "Pellworth Systems Inc.") in roles(a)
    assert ("target", "Tarnby Analytics LLC") in roles(a)
    assert (a.amount.value, a.amount.currency) == (120_000_000, "USD")


def test_appointment(announce):
    a = announce(
        "Oakmere Bank Appoints Margaret Ellison as Chief Financial Officer\n\n"
        "CHICAGO, June 1, 2027 /PRNewswire/ -- Oakmere Bank today announced the appointment of "
        "Margaret Ellison as Chief Financial Officer, effective July 1.\n\n"
        "Ellison joins from Tarnby Analytics, where she led finance.\n")
    assert a.kind == "appointment"
    assert ("appointee", "Margaret Ellison") in roles(a)
    assert ("employer", "Oakmere Bank") in roles(a)


def test_partnership(announce):
    a = announce(
        "Halden Foods Partners with Brightwater Logistics to Cut Delivery Emissions\n\n"
        "SEATTLE, April 2, 2027 /PRNewswire/ -- Halden Foods Inc. and Brightwater Logistics "
        "Corp. today announced a multi-year partnership to electrify delivery routes.\n")
    assert a.kind == "partnership"
    assert {p.role for p in a.parties} == {"partner"}
    assert {"Halden Foods Inc.", "Brightwater Logistics Corp."} <= {p.name for p in a.parties}


def test_partners_are_named_before_what_they_will_do(announce):
    a = announce(
        "Halden Foods and Brightwater Logistics Partner to Expand Oakline Pantry Distribution\n\n"
        "SEATTLE, April 2, 2027 /PRNewswire/ -- Halden Foods Inc. and Brightwater Logistics "
        "Corp. today announced a partnership to bring Oakline Pantry meal kits to more stores.\n")
    assert a.kind == "partnership"
    assert "Oakline Pantry" not in {p.name for p in a.parties}


def test_a_policy_to_invest_is_no_funding(announce):
    a = announce(
        "Northgate Province Leans on Rooftop Solar\n\n"
        "The province's decision to invest in rooftop solar panels rests on practicality: "
        "they fit on roofs that could not carry heavier ones.\n")
    assert a.kind != "funding"


def test_earnings_with_period(announce):
    a = announce(
        "Tarnby Analytics Reports Third Quarter 2026 Financial Results\n\n"
        "AUSTIN, Texas, Nov. 5, 2026 /PRNewswire/ -- Tarnby Analytics Inc. today reported "
        "financial results for the third quarter of 2026. Revenue was $14.2 million.\n")
    assert a.kind == "earnings"
    assert a.period == "2026-Q3"
    assert ("reporter", "Tarnby Analytics Inc.") in roles(a)


def test_released_financial_statements_are_earnings_not_a_product(announce):
    a = announce(
        "Halvard Realty Trust Releases Q3-2026 Brenmoor Holdings LLC Financial Statements\n\n"
        "Halvard Realty Trust has filed a Form 8-K containing the consolidated financial "
        "statements of Brenmoor Holdings LLC for the three months ended October 31, 2026.\n")
    assert a.kind == "earnings"


def test_analyst_coverage_update_is_other(announce):
    a = announce(
        "Pellworth Research Updates Coverage On Quarra Mining Corp. (NYSE: QRM)\n\n"
        "Pellworth Research updates its coverage on Quarra Mining Corp. Quarra launched a "
        "new mill in the quarter and reported revenue of $12.1M.\n")
    assert a.kind == "other"


def test_joining_a_lineup_or_network_is_a_partnership(announce):
    a = announce(
        "Lakeport Science Museum Joins Harbor CityCard Lineup\n\n"
        "Lakeport Science Museum is now part of the Harbor CityCard program, which bundles "
        "five attractions in one ticket.\n")
    assert a.kind == "partnership"
    a = announce(
        "Dana Vell Joins Harbor News Network as Digital Producer\n\n"
        "Harbor News Network announced that Dana Vell is joining the newsroom as the "
        "network's new Digital Producer.\n")
    assert a.kind != "partnership"


def test_product_launch(announce):
    a = announce(
        "Brightwater Software Launches Ledgerline, an Invoice Assistant for Small Firms\n\n"
        "DUBLIN, Jan. 9, 2027 /PRNewswire/ -- Brightwater Software Ltd. today launched "
        "Ledgerline, an assistant that reads supplier invoices and drafts payments.\n")
    assert a.kind == "product"
    assert ("maker", "Brightwater Software Ltd.") in roles(a)


def test_award_with_giver(announce):
    a = announce(
        "Halden Foods Wins 2027 Green Supply Chain Award\n\n"
        "SEATTLE, Feb. 2, 2027 /PRNewswire/ -- Halden Foods Inc. has won the Green Supply Chain "
        "Award from the Pacific Logistics Council for its electric delivery fleet.\n")
    assert a.kind == "award"
    assert ("awardee", "Halden Foods Inc.") in roles(a)
    assert ("giver", "Pacific Logistics Council") in roles(a)


def test_expansion(announce):
    a = announce(
        "Lisbrook Consulting Group Opens New Office in Lisbon\n\n"
        "LONDON, March 8, 2027 /PRNewswire/ -- Lisbrook Consulting Group today announced the opening "
        "of a new office in Lisbon, its first in Portugal.\n")
    assert a.kind == "expansion"
    assert ("expander", "Lisbrook Consulting Group") in roles(a)


def test_event(announce):
    a = announce(
        "Corvane Robotics to Host Warehouse Automation Summit in Boston\n\n"
        "BOSTON, Aug. 1, 2027 /PRNewswire/ -- Corvane Robotics, Inc. will host its first "
        "Warehouse Automation Summit on September 14, 2027.\n")
    assert a.kind == "event"
    assert ("organizer", "Corvane Robotics, Inc.") in roles(a)


def test_event_participant(announce):
    a = announce(
        "Tarnby Analytics to Present at the Northgate Investor Conference\n\n"
        "AUSTIN, Texas, Aug. 3, 2027 /PRNewswire/ -- Tarnby Analytics Inc. today announced that "
        "it will present at the Northgate Investor Conference on August 20, 2027.\n")
    assert a.kind == "event"
    assert ("participant", "Tarnby Analytics Inc.") in roles(a)


def test_legal(announce):
    a = announce(
        "Court Rules in Favor of Pellworth Systems in Patent Lawsuit\n\n"
        "DENVER, Sept. 9, 2027 /PRNewswire/ -- A federal court ruled today that Tarnby Analytics "
        "LLC infringed two patents held by Pellworth Systems Inc.\n")
    assert a.kind == "legal"
    assert {"Pellworth Systems Inc.", "Tarnby Analytics LLC"} <= {p.name for p in a.parties}


def test_a_regulators_decision_on_a_product_is_legal(announce):
    a = announce(
        "Veltrane Bio Announces FDA Grants Fast Track Designation to VTB-210 for Gout\n\n"
        "BOSTON, Sept. 9, 2027 /PRNewswire/ -- Veltrane Bio, Inc. today announced that the U.S. "
        "Food and Drug Administration has granted Fast Track designation to VTB-210.\n")
    assert a.kind == "legal"


def test_a_mention_of_fda_approved_treatments_is_no_regulatory_news(announce):
    a = announce(
        "Veltrane Bio Featured in Editorial on Rare Diseases\n\n"
        "Veltrane Bio, Inc. was featured in an editorial on rare diseases, many of which lack "
        "FDA-approved therapies.\n")
    assert a.kind != "legal"


def test_a_boards_approval_is_the_companys_decision_not_a_legal_action(announce):
    a = announce(
        "Veltrane Bio Announces Board Approval of Share Dividend\n\n"
        "BOSTON, Sept. 9, 2027 /PRNewswire/ -- Veltrane Bio, Inc. today announced that its board "
        "approved a dividend of one share of its subsidiary for every ten shares held.\n")
    assert a.kind != "legal"


def test_an_anniversary_celebration_is_an_event(announce):
    a = announce(
        "Harwell Arts League Announces 20th Anniversary Celebration at the Riverside Ball\n\n"
        "TULSA, Okla., May 2, 2027 -- The Harwell Arts League will mark twenty years with a "
        "celebration at the Riverside Ball on June 5, 2027.\n")
    assert a.kind == "event"


def test_gift_makes_the_giver_the_investor(announce):
    a = announce(
        "Halden Foods Donates $50,000 to Riverside Food Bank\n\n"
        "SEATTLE, Dec. 1, 2027 /PRNewswire/ -- Halden Foods Inc. today donated $50,000 to the "
        "Riverside Food Bank to stock its winter pantry.\n")
    assert a.kind == "funding"
    assert ("recipient", "Riverside Food Bank") in roles(a)
    assert ("investor", "Halden Foods Inc.") in roles(a)


def test_research_findings_are_other(announce):
    a = announce(
        "New Survey Finds Most Shoppers Compare Prices Online\n\n"
        "A survey of 2,000 adults by Oakmere Research found that most compare prices before "
        "buying. The full report is available online.\n")
    assert a.kind == "other"
    assert a.parties == []


def test_empty_text_announces_nothing(nlp):
    assert analyze(nlp(""), "empty.txt").announcement is None
