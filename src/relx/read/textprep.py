"""The text as the extractors read it: less noise, and every block where a reader sees one.

Every offset in a record refers to this prepared text (which `--include-text` prints),
so an extractor never needs to know what was changed. Four kinds of noise are handled:
- Markdown markup: releases saved as Markdown wrap their dateline in `**bold**`, their
  issuer in `[links](https://...)` and their title in `# `; the markup becomes spaces.
- hard wrapping: a release wrapped at 72 or 80 columns breaks `Chief Financial\nOfficer
  Jane Doe` over two lines; the line breaks inside its paragraphs become spaces.
- HTML entities left in text scraped from a page: `Pugh &amp; Tiller` reads `Pugh &
  Tiller`, one firm, and `&nbsp;`, `&#8217;` the characters they stand for.
- glued seams: a page whose blocks lost their separators runs a heading into its body
  (`About AcmeAcme is ...`), a label into its value (`Media ContactJane Roe`,
  `PresidentTel: (555) ...`) and one sentence into the next (`growth.The company`).
  A line break (or, between sentences, a space) is put back only where a reader would
  agree there is a seam (see SEAM_RULES): a capital inside a word is otherwise common in
  real names (McDonald, iPhone, PayPal, LinkedIn, YouTube, DeFi) and is left alone.
The first two replace characters one for one (the length stays); the last two change
the length, which is why offsets are into the prepared text and not the file.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Each pattern names the markup to blank out; the words it wraps are kept.
HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]", re.M)                 # "## About Acme"
BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(>[ \t]?)+", re.M)                  # "> quoted"
STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1")          # "**bold**"
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^\n*]{1,300}?)(?<=[^\s*])\*(?![\w*])")  # "*it*"
LINK = re.compile(r"(!?\[)([^\]\n]{1,300})(\]\([^)\s]{1,2000}(?:\s+\"[^\"\n]{0,300}\")?\))")
CODE = re.compile(r"`([^`\n]{1,300})`")


def _blank(text: str) -> str:
    return " " * len(text)


def mask_markdown(text: str) -> str:
    """The text with Markdown markup replaced by spaces; the same length as the input."""
    if not any(ch in text for ch in "#>*_[`"):
        return text
    text = HEADING.sub(lambda m: _blank(m.group(0)), text)
    text = BLOCKQUOTE.sub(lambda m: _blank(m.group(0)), text)
    text = LINK.sub(lambda m: _blank(m.group(1)) + m.group(2) + _blank(m.group(3)), text)
    text = STRONG.sub(lambda m: _blank(m.group(1)) + m.group(2) + _blank(m.group(1)), text)
    text = EMPHASIS.sub(lambda m: " " + m.group(1) + " ", text)
    text = CODE.sub(lambda m: " " + m.group(1) + " ", text)
    return text


# A wrapped line is long: it was cut at the wrap width, not where its sentence ended.
WRAPPED_LINE = 45
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•–]\s|\d{1,3}[.)]\s)")


def unwrap_lines(text: str) -> str:
    """The text with the line breaks inside hard-wrapped paragraphs made spaces.

    A text counts as hard-wrapped when at least two of its long lines run on into a line
    that starts in lower case, mid-sentence; a text written one paragraph a line is left
    as it is. Short lines (contact blocks, headings) and list items keep their breaks.
    """
    lines = text.split("\n")
    joins = [i for i in range(len(lines) - 1)
             if len(lines[i].rstrip()) >= WRAPPED_LINE and lines[i + 1].strip()
             and not LIST_ITEM.match(lines[i + 1])]
    continuing = sum(1 for i in joins if lines[i + 1].lstrip()[:1].islower())
    if continuing < 2:
        return text
    joined = set(joins)
    breaks = (" " if i in joined else "\n" for i in range(len(lines) - 1))
    return "".join(piece for line, sep in zip(lines, [*breaks, ""]) for piece in (line, sep))


# An HTML character reference: named (`&amp;`), decimal (`&#8217;`) or hexadecimal (`&#x2019;`).
# html.unescape decides what each stands for and leaves an unknown name as written.
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """The text with HTML character references replaced by their characters."""
    if "&" not in text:
        return text
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


@dataclass(frozen=True, slots=True)
class Seam:
    """A place where two blocks of text were glued together, and what goes back there."""

    at: int  # the offset of the seam: the first character of the second block
    insert: str  # "\n" between blocks, " " between two sentences of one paragraph
    rule: str  # the rule that found it (see SEAM_RULES)


# Labels of a contact block: `PresidentTel: (555) ...`, `Jane RoeEmail: jo@acme.example`,
# `acme.comWebsite: ...`, `Jane RoeContact Email: ...`. The label starts a block when it
# follows a lower-case letter, a digit, a full stop or a bracket without a space and is
# itself followed by its colon, so a name such as `VGTel` is never cut.
CONTACT_LABEL_WORDS = (r"(?:(?:Contact|Media|Press|Investor)\s)?"
                       r"(?:Name|Tel|Telephone|Phone|Email|E-mail|Fax|Mobile|Cell|Website|Web"
                       r"|Contact|Address|Twitter|LinkedIn|Instagram|Facebook)")
# Headings and sentence openers that a heading or a hashtag line may run into: only
# words of three or more letters followed by a lower-case word, so that `LinkedIn profile`
# or `WeWork offices` never match.
BODY_OPENERS = "The|This|These|Since|Our|With|For|From|When|After|Today|Founded|Located|Based"
# The first word of a title that a contact block runs into a name: `Jane RoeCEO`,
# `Jo ParkChief Financial Officer`. Words that also end product names (`Manager`,
# `Partner`) are left out.
TITLE_OPENERS = "CEO|CFO|COO|CTO|CMO|CIO|VP|SVP|EVP|Chief|President|Director|Founder|Vice|Head|Executive"
# The last word of a title (or of a department) that a contact block runs into the next
# block: `Chief Financial OfficerAcme Corp.`, `Investor RelationsJo Park`.
TITLE_CLOSERS = ("CEO|CFO|COO|CTO|Officer|Founder|Inventor|President|Director|Chairman|Secretary"
                 "|Relations|Communications")

# Each rule: (name, pattern whose match *ends* at the seam or is empty at it, what to insert).
SEAM_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # `Media ContactJane Roe`, `Contact DetailsAcme Corp`: a label word, then a name.
    ("label-then-name", re.compile(
        r"\b(?:Contacts?|CONTACTS?|Inquiries|INQUIRIES|Enquiries|Details|DETAILS)"
        r"(?!Person|Name|Email|Phone)(?=[A-Z][a-z])"), "\n"),
    # `PresidentTel: (555) 010-0199`, `acme.comWebsite: acme.com`.
    ("text-then-label", re.compile(rf"(?<=[a-z0-9.)])(?={CONTACT_LABEL_WORDS}\s?:)"), "\n"),
    # `Acme Systems, Inc.Jane Roe, President`: a company's legal form, then the next block.
    ("legal-form-then-text", re.compile(
        r"(?<![\w.])(?:Inc|Corp|Ltd|Co|Plc|PLC|Pty|LLC|LLP|GmbH|AG|L\.P|S\.A|N\.V)\.(?=[A-Z][a-z])"), "\n"),
    # `Jane Roehttps://acme.example`: a name, then an address. A web label glued to its
    # address (`Company Websitehttps://...`, a wire's contact block) is left as one: the
    # pair is one line either way, and the label alone reads as a name to the model.
    ("text-then-url", re.compile(r"(?<=[a-z])(?<!Website)(?<!Site)(?<!Web)(?<!Homepage)(?<!Link)"
                                 r"(?=https?://)"), "\n"),
    # `Jane RoeCEO, Acme`, `Jo ParkChief Financial Officer`: a name, then a title. The
    # name is one capitalized word (not `McDonald`) outside an address (`x.com/AcmeCEO`).
    ("name-then-title", re.compile(
        rf"(?<![\w/@.])[A-Z][a-z]+(?=(?:{TITLE_OPENERS})\b(?![/@.]\w))"), "\n"),
    # `Chief Financial OfficerAcme Corp.`, `Investor RelationsJo Park`: a title, then a block.
    ("title-then-text", re.compile(rf"\b(?:{TITLE_CLOSERS})(?=[A-Z][a-z])"), "\n"),
    # `Legal QuandariesThe first sign`, `#AcmeThe issuer is`: a heading, then its body.
    ("heading-then-body", re.compile(rf"(?<=[a-z]{{3}})(?=(?:{BODY_OPENERS})\s[a-z])"), "\n"),
    # `revenue grew.The company`, `said.”About Acme`: a sentence glued to the next. Not in
    # a web or e-mail address (`www.AcmeLabs.com`, `site.com/News`), where case is free.
    ("sentence-then-sentence", re.compile(
        r"(?<![\w./@:%#-])(?!www\b)[a-z]{3,}[.!?][\"\u201d\u2019)]?"
        r"(?=[A-Z][a-z]+(?![\w.]*\.[a-z]{2,})\b)"), " "),
)
# A phrase repeated back to back, as a heading run into the body that opens with it:
# `About AcmeAcme is ...`, `Acme LabsAcme Labs offers ...`. Seams where a lower-case
# letter meets a capital are candidates; the phrase is up to five words, a single word
# of four letters or more (so a doubled brand like `TomTom` stays whole).
CASE_SEAM = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
PHRASE_WORDS = 5
PHRASE_WINDOW = 80


def _repeated_phrase(text: str, at: int) -> bool:
    """Whether the words ending at `at` are the words starting there: `Acme LabsAcme Labs`."""
    before = text[max(0, at - PHRASE_WINDOW):at]
    words = before.split()
    if not words:
        return False
    for k in range(1, min(PHRASE_WORDS, len(words)) + 1):
        phrase = " ".join(words[-k:])
        if not phrase[:1].isupper():
            return False
        if k == 1 and len(phrase) < 4:
            continue
        if text.startswith(phrase, at):
            end = at + len(phrase)
            if end == len(text) or not text[end].isalnum():
                return True
    return False


def find_seams(text: str) -> list[Seam]:
    """Every seam the rules find, in text order, one per offset (the first rule wins)."""
    found: dict[int, Seam] = {}
    for at in (m.start() for m in CASE_SEAM.finditer(text)):
        if _repeated_phrase(text, at):
            found[at] = Seam(at, "\n", "repeated-phrase")
    for rule, pattern, insert in SEAM_RULES:
        for m in pattern.finditer(text):
            found.setdefault(m.end(), Seam(m.end(), insert, rule))
    return sorted(found.values(), key=lambda seam: seam.at)


def split_seams(text: str) -> str:
    """The text with a separator put back at each seam `find_seams` finds."""
    seams = find_seams(text)
    if not seams:
        return text
    pieces, last = [], 0
    for seam in seams:
        pieces += [text[last:seam.at], seam.insert]
        last = seam.at
    pieces.append(text[last:])
    return "".join(pieces)


def prepare_text(text: str, markdown: bool = False) -> str:
    """The text the extractors read (see the module docstring)."""
    text = decode_entities(text)
    if markdown:
        text = mask_markdown(text)
    return split_seams(unwrap_lines(text))
