"""Names typed by the phrase around them rather than by their own words.

A list says what its items are: `investors include A, B and C` lists bodies, `products
include A and B` or `categories included A, B and C` lists things, `the A, B and C
sectors` lists fields. An apposition says it as well: `Acme, a North American IT
services provider`. These finders give candidates whose rule carries that reading
("members", "product", "described") for kinds.py to weigh.
"""
from __future__ import annotations

import re

from ..textutil import doc_text
from .candidates import LAST, ORG, Candidate, matched, refine


# Nouns that say what kind of body a name is, in an apposition or a definition: "Acme, a
# North American IT services provider", "the Alder Project (TAP), a non-profit". Nouns
# that fit a person as well ("manager", "producer") are left out.
ORG_NOUNS = frozenset("""company companies firm provider maker manufacturer developer
    organization organisation non-profit nonprofit not-for-profit charity agency startup
    start-up bank lender insurer brokerage consultancy subsidiary institution university
    college hospital association foundation""".split())
# The noun must head its phrase ("a lender that", "a non-profit focused on"), not modify
# another ("a bank executive"), and no `of`/`at` may come before it ("a member of the
# foundation" describes a person).
DESCRIBED_NP = (r" (?:a|an|the) (?:(?!(?:of|at|for|with|in|and)\b)[\w\-’'&.]+ ){0,6}?(?:"
                + "|".join(sorted(ORG_NOUNS)) + r")(?=[,.;:)]| (?:that|which|with|based|focused|"
                r"dedicated|in|of|for|headquartered|serving|specializing|providing|offering|"
                r"operating|founded|known|and|whose)\b)")
DESCRIBED_RE = re.compile(r"(?: \([^()\n]{1,60}\))?(?:,| is| was)" + DESCRIBED_NP)
# the finder trusts only the apposition: "About Acme Acme is a firm" would run two together
# (not a place after "in": "a company based in North America, the developer of ...")
DESCRIBED_NAME_RE = re.compile(r"(?<![\w&.\-’'])(?<! in )((?:[A-Z][\w&.\-’']{0,40} ){0,4}[A-Z][\w&.\-’']{0,40})"
                               r"(?: \([^()\n]{1,60}\))?," + DESCRIBED_NP)


def described_as_organization(after: str) -> bool:
    """Whether the words after a name say what kind of body it is ("Acme, a lender")."""
    return bool(DESCRIBED_RE.match(after))


def described_candidates(doc) -> list[Candidate]:
    """"QBTS, a regional IT services provider, uses ...": a name described as a body."""
    return matched(doc, DESCRIBED_NAME_RE, None, "described", LAST)


# "Investors include Andreessen Horowitz and General Catalyst": the members of a group
# that only companies form (investors, backers, customers) are organizations, even when
# their names look like a person's.
# `X include A, B and C`, `X such as A and B`, `X—A, B and C`: the words that introduce a
# list, and the list of names itself.
LIST_AFTER = r"(?: [a-z]+){0,2} (?:include|included|including|are|were|such as)(?: existing)? "
# bodies may also be introduced by `like` or a dash: "retailers—Walmart, Target and GNC"
MEMBERS_AFTER = r"(?: [a-z]+){0,2}(?: (?:include|included|including|are|were|such as|like)(?: existing)? |—)"
LISTED_NAMES = (  # an item may open with a figure: "10T Holdings"
    r"((?:(?:[A-Z]|\d+[A-Za-z])[\w&.\-’']{0,40}(?: (?:&|of) )?(?:\s?[A-Z][\w&.\-’']{0,40}){0,4}(?:, (?:and )?|,? and ))"
    r"{0,8}(?:[A-Z]|\d+[A-Za-z])[\w&.\-’']{0,40}(?:(?: (?:&|of) )?\s?[A-Z][\w&.\-’']{0,40}){0,4})")
MEMBERS_RE = re.compile(
    r"\b(?i:investors|backers|lenders|underwriters|customers|clients|partners|shareholders|"
    r"firms|companies|retailers|organizations|organisations|institutions|universities|banks|"
    r"agencies|insurers|sponsors|exhibitors|employers|carriers)"
    + MEMBERS_AFTER + LISTED_NAMES)
# "Its products include Helix, Helix Vision and Helix Edge", "functions including Loan
# Processing and Store Audits": names that are products or services.
PRODUCTS_RE = re.compile(
    r"\b(?i:products|solutions|brands|platforms|offerings|modules|tools|apps|services|functions|"
    r"capabilities|programs|courses|specialties|frameworks|libraries|standards|protocols|devices|"
    r"games|tokens|coins|cryptocurrencies|drugs|therapies|treatments|"
    # works: "hit series including Harbor Lights, Couples Weekend and Blue Ridge"
    r"series|shows|films|movies|titles|books|novels|albums|songs|singles|plays|musicals)"
    + LIST_AFTER + LISTED_NAMES)
# "Categories included Seed Bank, Ventilation Company and Podcast": the categories of an
# award are kinds of winner, not winners.
CATEGORIES_RE = re.compile(r"\b(?i:categories)\b[^.\n]{0,60}?(?:include|included|including|such as|"
                           r"like|are|were|:)(?: [a-z]+){0,4} ([^.\n]{3,800})")
CATEGORY_ITEM_RE = re.compile(r"[A-Z][\w&\-’'/]*(?: (?:[A-Z][\w&\-’'/]*|of|in|for|the|&|and))*$")
# "the Biotechnology (BioTech), Biomedical Sciences and Life Sciences sectors": names of
# fields in a list that ends with the word for a field.
FIELD_NAME = r"[A-Z][\w&\-’']{0,40}(?: (?:&|and|of) [A-Z][\w&\-’']{0,40}| [A-Z][\w&\-’']{0,40}){0,4}(?: \([^()\n]{1,30}\))?"
FIELDS_RE = re.compile(r"(?<![\w\-&’'])((?:" + FIELD_NAME + r", ){0,12}" + FIELD_NAME + r",? and " + FIELD_NAME
                       + r") (?:sectors|industries|fields|markets|verticals|spaces|disciplines)\b")


def member_candidates(doc) -> list[Candidate]:
    return (listed(doc, MEMBERS_RE, ORG, "members") + listed(doc, PRODUCTS_RE, None, "product")
            + category_candidates(doc) + listed(doc, FIELDS_RE, None, "product"))


def category_candidates(doc) -> list[Candidate]:
    """The items of a list of award categories, up to the first item that is no name; a
    list of three at least."""
    out = []
    text = doc_text(doc)
    for m in CATEGORIES_RE.finditer(text):
        items, pos = [], m.start(1)
        for piece in re.split(r"(, and |, | and )", m.group(1)):
            if piece not in {", and ", ", ", " and "}:
                if not CATEGORY_ITEM_RE.match(piece) or len(piece.split()) > 6:
                    break
                items.append((pos, pos + len(piece)))
            pos += len(piece)
        if len(items) >= 3:
            for s, e in items:
                out.extend(refine(doc, s, e, None, "product"))
    return out


def listed(doc, pattern: re.Pattern, label: str | None, rule: str) -> list[Candidate]:
    """The names listed after `investors include` or `products include`."""
    out = []
    text = doc_text(doc)
    for m in pattern.finditer(text):
        # a headline in Title Case is no list: "Smaller Firms are Increasingly Adding Ether"
        if re.search(r"[A-Z][\w\-’']* $", text[max(0, m.start() - 30):m.start()]) and m.group(0)[:1].isupper():
            continue
        # commas part the items; `and` parts only the last two ("X, Y and Tactical
        # Systems" keeps a name with `and` inside when a comma follows it)
        pieces = re.split(r"(, and |, )", m.group(1))
        last = re.split(r"( and )", pieces.pop())
        pos = m.start(1)
        for item in pieces + last:
            owner = re.match(r".*['’]s? ", item)  # "Japan's Honda": the owner is not listed
            if owner and item not in {", and ", ", ", " and "}:
                pos, item = pos + owner.end(), item[owner.end():]
            if item and item not in {", and ", ", ", " and "}:
                parts = refine(doc, pos, pos + len(item), label, rule)
                # a listed thing may hold two ("Seed Bank/Breeder"); a listed body is one
                out.extend(parts if rule == "product" else parts[:1])
            pos += len(item)
    return out
