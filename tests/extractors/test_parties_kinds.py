"""Announcement parties: one test per kind of error seen on releases nobody tuned for,
each on a short release written for the test (fictional names)."""
from __future__ import annotations

import pytest

from relx.pipeline import analyze


@pytest.fixture
def parties(nlp):
    def run(text: str):
        record = analyze(nlp(text), "test.txt")
        a = record.announcement
        assert a is not None
        for p in a.parties:
            entity = next(e for e in (*record.organizations, *record.people) if e.name == p.name)
            assert text[p.start:p.end] in {m.text for m in entity.mentions}
        return a.kind, {(p.role, p.name) for p in a.parties}
    return run


def test_every_awardee_of_a_list_of_subjects(parties):
    kind, got = parties(
        "First Stroke Centers Certified in Norland\n\n"
        "OSLO, March 3, 2027 /PRNewswire/ -- Halden General Hospital in Bergen, Vestland, and "
        "Corvane Memorial Hospital in Tromso, Troms, are the first in Norland to be certified "
        "as Comprehensive Stroke Centers by the Nordic Stroke Association.\n")
    assert kind == "award"
    assert {("awardee", "Halden General Hospital"), ("awardee", "Corvane Memorial Hospital"),
            ("giver", "Nordic Stroke Association")} <= got


def test_person_whose_title_an_org_owns_is_the_awardee(parties):
    # "Acme co-founder Jo Park will be honored": Jo Park, not Acme, wins
    kind, got = parties(
        "Actor Dario Vance Named Recipient of Lifetime Achievement Award\n\n"
        "ATLANTA, Oct. 1, 2027 /PRNewswire/ -- Award-winning actor, producer and Brightreel Studios "
        "co-founder Dario Vance will be honored with the Lifetime Achievement Award at the "
        "Halden Film Festival on October 2, 2027.\n")
    assert kind == "award"
    assert ("awardee", "Dario Vance") in got
    assert ("awardee", "Brightreel Studios") not in got


def test_owner_of_the_list_gives_the_recognition(parties):
    # "X featured on Oracle's reference page": Oracle gives, X receives
    kind, got = parties(
        "Corvane Robotics Listed on Halden Systems' Global Customer List\n\n"
        "BOSTON, May 5, 2027 /PRNewswire/ -- Corvane Robotics has been recognized on Halden "
        "Systems' Global Customer List, an award for the most innovative deployments.\n")
    assert kind == "award"
    assert ("awardee", "Corvane Robotics") in got
    assert ("awardee", "Halden Systems") not in got


def test_second_appointee_in_the_opening(parties):
    # the headline names one appointee, the news sentence a second one
    kind, got = parties(
        "Corvane Robotics Appoints Rina Patel as Chief Financial Officer\n\n"
        "BOSTON, May 5, 2027 /PRNewswire/ -- Corvane Robotics today announced Rina Patel will "
        "join Corvane Robotics as Chief Financial Officer. With Rina Patel joining the team, "
        "Tom Arkwright will take on an expanded role as President and Chief Operating "
        "Officer.\n")
    assert kind == "appointment"
    assert {("appointee", "Rina Patel"), ("appointee", "Tom Arkwright")} <= got


def test_buyers_of_a_sale_in_parts(parties):
    kind, got = parties(
        "Halden Crafts Receives Court Approval for Sale Transactions\n\n"
        "DALLAS, May 5, 2027 /PRNewswire/ -- Halden Crafts, Inc. today announced that the court "
        "has approved the sales of certain of the company's assets:\n\n"
        "* The sale to Corvane Holdings, LLC of certain assets in the gift segment;\n"
        "* The sale to Brightwater Paper Corp. of certain assets in the stationery segment.\n")
    assert kind == "acquisition"
    assert {("acquirer", "Corvane Holdings, LLC"), ("acquirer", "Brightwater Paper Corp.")} <= got


def test_giver_with_no_named_recipient_is_still_the_investor(parties):
    # "Treasury Awards Funds to Michigan": the states are no organizations of the record
    kind, got = parties(
        "Halden Development Fund Awards First Wave of Grant Funds to Vermont, Maine\n\n"
        "BOSTON, May 5, 2027 -- The Halden Development Fund today announced that Vermont and "
        "Maine are the first states to receive its grant funds.\n")
    assert kind == "funding"
    assert ("investor", "Halden Development Fund") in got
    assert ("recipient", "Halden Development Fund") not in got


def test_awardee_named_with_a_possessive_is_no_giver(parties):
    # only the owner of a list or an award gives it ("on Acme's Top 100 list"), not any
    # name written with 's ("a step in Corvane's journey")
    kind, got = parties(
        "Corvane Robotics Receives Smart Factory Certification\n\n"
        "BOSTON, May 5, 2027 /PRNewswire/ -- The Halden Standards Council has awarded Corvane "
        "Robotics the Smart Factory Certification, a milestone in Corvane Robotics' journey "
        "toward greener plants.\n")
    assert kind == "award"
    assert ("giver", "Corvane Robotics") not in got
