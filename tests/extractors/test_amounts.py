"""Amounts of money, one test per layout, on sentences written for the tests."""
from __future__ import annotations

import pytest

from relx.extractors.amounts import amounts_in


def found(text: str) -> list[tuple[str, float, str]]:
    items = amounts_in(text)
    for a in items:
        assert text[a.start:a.end] == a.text, a
        assert a.rule
    return [(a.text, a.value, a.currency) for a in items]


@pytest.mark.parametrize("text, want", [
    ("Corvane raised $1.2 billion in new capital.", ("$1.2 billion", 1_200_000_000, "USD")),
    ("a round of US$122.5 million", ("US$122.5 million", 122_500_000, "USD")),
    ("a CDN$7 billion program", ("CDN$7 billion", 7_000_000_000, "CAD")),
    ("a C$3.45 million placement", ("C$3.45 million", 3_450_000, "CAD")),
    ("Halden paid €40m for the plant.", ("€40m", 40_000_000, "EUR")),
    ("a £3.5bn takeover", ("£3.5bn", 3_500_000_000, "GBP")),
    ("loans of VND 300 billion", ("VND 300 billion", 300_000_000_000, "VND")),
    ("a grant of CNY2 million", ("CNY2 million", 2_000_000, "CNY")),
    ("USD $10.4 Million in revenue", ("USD $10.4 Million", 10_400_000, "USD")),
    ("a HK$2.3 billion listing", ("HK$2.3 billion", 2_300_000_000, "HKD")),
    ("a grant of $1million", ("$1million", 1_000_000, "USD")),
    ("a $37M Series B", ("$37M", 37_000_000, "USD")),
    ("sales of $250K", ("$250K", 250_000, "USD")),
    ("Corvane secures $11Mn", ("$11Mn", 11_000_000, "USD")),
    ("a $2Bn deal", ("$2Bn", 2_000_000_000, "USD")),
    ("a price of $65,177.84 per coin", ("$65,177.84", 65_177.84, "USD")),
    ("the token sells for $0.000564", ("$0.000564", 0.000564, "USD")),
])
def test_a_symbol_or_code_before_the_figure(text, want):
    assert found(text) == [want]


def test_per_share_amount_is_money():
    assert found("a quarterly dividend of $0.35 per share") == [("$0.35", 0.35, "USD")]


def test_cents():
    assert found("earnings of 35 cents a share") == [("35 cents", 0.35, "USD")]


@pytest.mark.parametrize("text, want", [
    ("Two billion dollars will be spent.", ("Two billion dollars", 2_000_000_000, "USD")),
    ("a fund of 5 million euros", ("5 million euros", 5_000_000, "EUR")),
    ("a budget of 12.5 million EUR", ("12.5 million EUR", 12_500_000, "EUR")),
    ("a deal of 300 million Canadian dollars", ("300 million Canadian dollars", 300_000_000, "CAD")),
    ("a $5 million CAD credit line", ("$5 million CAD", 5_000_000, "CAD")),
])
def test_a_currency_after_the_figure(text, want):
    assert found(text) == [want]


def test_a_range_is_two_amounts_with_the_scale_written_once():
    assert found("a $5-10 million raise") == [("$5-10 million", 5_000_000, "USD"),
                                              ("$5-10 million", 10_000_000, "USD")]
    assert found("tickets cost $50-200") == [("$50-200", 50, "USD"), ("$50-200", 200, "USD")]
    assert found("between $2 and $5 million") == [("$2 and $5 million", 2_000_000, "USD"),
                                                   ("$2 and $5 million", 5_000_000, "USD")]


def test_and_joins_two_amounts_only_after_between():
    assert found("$5 and 10 employees") == [("$5", 5, "USD")]
    assert found("rose from $5 to 10% of sales") == [("$5", 5, "USD")]


def test_negative_amounts():
    assert found("a change of negative $1.3 million") == [("negative $1.3 million", -1_300_000, "USD")]
    assert found("an adjustment of -$2.5 million") == [("-$2.5 million", -2_500_000, "USD")]
    assert found("EBITDA of £(0.2)M") == [("£(0.2)M", -200_000, "GBP")]


def test_brackets_round_the_currency_and_figure_are_a_loss():
    # the scale letter comes after the closing bracket; a parenthetical with its own scale
    # inside (`($3.2 million)`) restates an amount and stays positive
    assert found("Pelham posted net income of $2.1M, ($6.8)M, and ($0.42) per share.") == [
        ("$2.1M", 2_100_000, "USD"), ("($6.8)M", -6_800_000, "USD"), ("($0.42)", -0.42, "USD")]
    assert found("grants ($3.2 million) rose") == [("$3.2 million", 3_200_000, "USD")]
    # after a noun or another amount the brackets hold a price or a conversion
    assert found("Teas ($4) and a fee of €300 ($330) apply.") == [
        ("$4", 4, "USD"), ("€300", 300, "EUR"), ("$330", 330, "USD")]


def test_a_list_bullet_is_no_minus_sign():
    assert found("- $5 million for research") == [("$5 million", 5_000_000, "USD")]


def test_a_bare_dollar_is_the_dollar_the_release_states():
    text = "All amounts are in Canadian dollars. The company raised $4 million."
    assert found(text)[-1] == ("$4 million", 4_000_000, "CAD")


def test_yen_sign_is_yuan_when_the_text_says_so():
    assert found("revenue of ¥5 billion") == [("¥5 billion", 5_000_000_000, "JPY")]
    assert found("revenue of ¥5 billion (RMB)") == [("¥5 billion", 5_000_000_000, "CNY")]


def test_indian_scales():
    assert found("an order worth ₹500 crore") == [("₹500 crore", 5_000_000_000, "INR")]


@pytest.mark.parametrize("text", [
    "Revenue grew 25% to 3 million units in 2025.",
    "The company issued 2,500,000 shares at the TOP 10 exchange.",
    "Holders of 3,000 BTC and 12 million tokens",
    "Trade $CORV on the exchange.",
    "multi-million dollar research",
    "several hundred million U.S. dollars",
    "leaders met at COP26 in Glasgow",
])
def test_not_money(text):
    assert found(text) == []


TABLE = """Condensed Statements of Operations
(in thousands, except per share data)
                          2026        2025
Revenue                 12,345      10,000
Net loss                   (53)       (120)
Net loss per share       (0.01)      (0.02)
Weighted average shares 45,000      44,000

The company expects revenue to grow next year as it expands into new markets in the region.
"""


def test_a_table_under_a_units_line_is_scaled_and_brackets_are_negative():
    got = found(TABLE)
    assert ("(53)", -53_000, "USD") in got
    assert ("12,345", 12_345_000, "USD") in got
    values = [value for _, value, _ in got]
    # years are headings, per-share figures and share counts are not money in thousands
    assert 2_026_000 not in values and -10 not in values and 45_000_000 not in values
    assert len(got) == 4


def test_a_table_in_thousands_of_euros():
    text = "(in thousands of euros)\nRevenue   1,200   1,100\n"
    assert found(text) == [("1,200", 1_200_000, "EUR"), ("1,100", 1_100_000, "EUR")]


def test_amounts_keep_their_offsets_in_a_longer_text():
    text = "Intro line.\nHalden Biotech closed a $12 million round and spent €3.1m."
    items = amounts_in(text)
    assert [(text[a.start:a.end], a.value) for a in items] == [("$12 million", 12_000_000),
                                                                ("€3.1m", 3_100_000)]
