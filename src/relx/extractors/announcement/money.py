"""The deal's money, the funding round and the earnings period of an announcement."""
from __future__ import annotations

import re

from ...model import Amount, DateMention, DealAmount

ROUND = re.compile(r"\b(?:(?:Pre-)?Series [A-H](?:\d|-\d| Extension| Prime)?|(?:Pre-)?[Ss]eed(?: Extension)?"
                   r"|Bridge|Angel|Growth)(?=\s(?i:round|funding|financing|investment|capital|raise|extension)\b)"
                   r"|\b(?:Pre-)?Series [A-H]\d?\b")
DEAL_CONTEXT = re.compile(r"(?i)\b(?:rais|fund|financ|invest|round|seed|series|grant|acqui|purchase|deal|valu|price|consideration|transaction|buy|sale|secur|capital|for)\w*")


def deal_amount(text: str, spans: list[tuple[int, int]], amounts: list[Amount]) -> DealAmount | None:
    """The first amount of money in the headline or the news sentences that a deal word
    stands near (`raises $37 million`, `for $6 billion`): not a per-share price."""
    for lo, hi in spans:
        for a in amounts:
            if not (lo <= a.start < hi) or a.rule.startswith("table") or a.value <= 0:
                continue
            after = text[a.end:a.end + 12].lower()
            if re.match(r"\s?(?:per|/|a|an|each)\s", after):
                continue
            window = text[max(lo, a.start - 80):min(hi, a.end + 60)]
            if DEAL_CONTEXT.search(window):
                return DealAmount(value=a.value, currency=a.currency, text=a.text, start=a.start,
                                  end=a.end, rule=f"deal/{a.rule}")
    return None


RAISED_NEAR = re.compile(r"(?i)\b(?:rais(?:es|ed|ing)|secur(?:es|ed)|funding|financing|round|presale|pre-sale)\b")


def amount_raised(text: str, amounts: list[Amount]) -> DealAmount | None:
    """The first amount stated as raised anywhere in the text (`over $1,000,000 raised`,
    `raised $2 million`): the sentence that gives a round's size is not always the first."""
    for a in amounts:
        if a.rule.startswith("table") or a.value <= 0:
            continue
        before, after = text[max(0, a.start - 25):a.start], text[a.end:a.end + 25]
        if RAISED_NEAR.search(before) or re.match(r"\s(?:raised|in (?:\w+ )?(?:funding|financing))\b", after):
            return DealAmount(value=a.value, currency=a.currency, text=a.text, start=a.start,
                              end=a.end, rule=f"deal/raised/{a.rule}")
    return None


def funding_round(text: str, spans: list[tuple[int, int]]) -> tuple[str | None, str]:
    for lo, hi in spans:
        m = ROUND.search(text, lo, hi)
        if m:
            return m.group(0), "round/named"
    return None, ""


def earnings_period(spans: list[tuple[int, int]], dates: list[DateMention]) -> tuple[str | None, str]:
    """The period the results are for: the first quarter, half or year named where the
    news is stated (`Third Quarter 2025 Results` -> 2025-Q3); a day is not a period, but
    `the quarter ended July 31, 2025` falls back to that date's year's quarter only when
    no period is named."""
    for lo, hi in spans:
        for d in dates:
            if lo <= d.start < hi and d.value and d.granularity in ("quarter", "half", "year") \
                    and "/" not in d.value:
                return d.value, f"period/{d.granularity}"
    return None, ""
