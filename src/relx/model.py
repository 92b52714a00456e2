"""The typed results of an extraction.

Every item carries character offsets into the document text so that a user (or a test)
can check `text[start:end]` against what the item claims to have found, and the name of
the rule that produced it, so that a wrong result can be traced to the heuristic at fault.
The JSON field names read by the evaluation (`name`, `aliases`, `person`, `title`,
`organization`, `value`, `text`, `speaker`, `published`, `dateline`) are a contract:
add fields freely, never rename these.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an entity is named."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Ticker:
    exchange: str
    symbol: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Organization:
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    ticker: Ticker | None = None
    issuer: bool = False
    rule: str = ""


@dataclass(slots=True)
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    rule: str = ""


@dataclass(slots=True)
class Role:
    """A person holding a title at an organization, as the text states it.

    `start`/`end` cover the title as written (`text[start:end] == title`).
    `organization_inferred` is true when the text gives a bare title and the
    organization is the one the document makes plain (usually the issuer).
    """

    person: str
    title: str
    organization: str | None
    start: int
    end: int
    rule: str = ""
    organization_inferred: bool = False


@dataclass(slots=True)
class DateMention:
    """A date expression and its normalized value (see GUIDELINES.md).

    `value` is ISO-like: 2022-03-16, 2022-03, 2022, 2022-Q3, 2022-H1, 2022-SU,
    or an interval `A/B`; None when the expression is relative and the release has
    no date of its own to resolve it against.
    """

    text: str
    value: str | None
    granularity: str
    start: int
    end: int
    relative: bool = False
    fiscal: bool = False
    rule: str = ""


@dataclass(slots=True)
class Quote:
    """A direct quotation: `text` is the content between the marks."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_title: str | None = None
    speaker_organization: str | None = None
    cue: str | None = None
    rule: str = ""


@dataclass(slots=True)
class Dateline:
    """A wire-style dateline: `MONTREAL, March 16, 2022 /PRNewswire/ --`."""

    location: str
    date: str | None
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Header:
    """What the release says about itself: its title, its own date, its dateline."""

    title: str | None = None
    published: str | None = None
    published_text: str | None = None
    published_start: int | None = None
    published_end: int | None = None
    dateline: Dateline | None = None


@dataclass(slots=True)
class ReferenceDate:
    """The date relative expressions (`today`, `next month`) were resolved against, and
    where it came from: `text` (the release's own date or dateline), `page-metadata` (a
    saved web page's publication date) or `--date` (given on the command line)."""

    value: str
    source: str


@dataclass(slots=True)
class Record:
    """Everything relx extracted from one document."""

    source: str
    title: str | None = None
    published: str | None = None
    dateline: Dateline | None = None
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    announcement: Announcement | None = None
    # None when no reference was found: relative dates then have no value.
    reference_date: ReferenceDate | None = None
    # The text every offset above refers to (decoded, `\n` line ends, a web page's main
    # text). Printed only on request (`--include-text`): it is the input over again.
    text: str | None = field(default=None, repr=False)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not include_text or data["text"] is None:
            del data["text"]
        # Each person lists their roles, so a consumer need not join the two lists.
        for person in data["people"]:
            person["roles"] = [
                {k: v for k, v in role.items() if k != "person"}
                for role in data["roles"]
                if role["person"] == person["name"]
            ]
        return data


@dataclass(slots=True)
class Amount:
    """An amount of money as written (`text`), its `value` in plain units
    (`$1.2 billion` -> 1200000000) and its ISO 4217 `currency`. A range (`$5-10 million`)
    is two amounts with the same text and offsets."""

    text: str
    value: int | float
    currency: str
    start: int
    end: int
    rule: str = ""


@dataclass(slots=True)
class Party:
    """A party to the announced news, in its `role` (see GUIDELINES: recipient,
    investor, acquirer, target, seller, appointee, employer, partner, reporter, maker,
    awardee, giver, expander, organizer, participant, party). `name` is the canonical
    name of one of the record's organizations or people; `start`/`end` cover the mention
    that supports the role. `lead` is set for funding investors only (True: led the round)."""

    role: str
    name: str
    start: int
    end: int
    rule: str = ""
    lead: bool | None = None


@dataclass(slots=True)
class DealAmount:
    """The deal's money: funding raised, purchase price, grant size."""

    value: int | float
    currency: str
    text: str
    start: int
    end: int
    rule: str = ""


@dataclass(slots=True)
class Announcement:
    """What the release announces: its `kind` (partnership, funding, acquisition,
    appointment, earnings, product, award, expansion, event, legal, other), other kinds a
    reader could take for the main one (`also`), the parties, the deal's amount, the
    funding `round` as written and the earnings `period` in the dates' normal form.
    `rule` names the cue the kind was read from; `round_rule`/`period_rule` theirs."""

    kind: str
    rule: str = ""
    also: list[str] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    amount: DealAmount | None = None
    round: str | None = None
    round_rule: str = ""
    period: str | None = None
    period_rule: str = ""
