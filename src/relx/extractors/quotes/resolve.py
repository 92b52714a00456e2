"""A speaker mention turned into a canonical name, and the speaker's role.

Pronouns through the people last named as subjects, titles through the roles, `the
company` and a document (`the report says`) through the organization they stand for,
names through `canonical_speaker`; the role from the roles found or an apposition.
"""
from __future__ import annotations

from bisect import bisect_left

from .spans import DOUBLE, Span, _inside
from .speakers import (
    UNNAMED_SPEAKERS, Context, HONORIFICS, SENTENCE_END, SpeakerMention, _is_cue, _is_subject,
    _name_tokens, _named_at, _named_in, _tokens, canonical_speaker, fullest_name,
)


def _antecedents(ctx: Context, quotes: list[Span]) -> list[tuple[int, str]]:
    """People named as the subject of a clause outside quotes, in text order: the
    candidates a later `she said` can point back to."""
    inside = sorted((q.start, q.end) for q in quotes)
    out = []
    for n in ctx.named:
        if n.kind != "person" or n.entity is None:
            continue
        if _inside(inside, n.start):
            continue
        if _is_subject(ctx, n):
            out.append((n.start, n.entity))
    out.extend(_title_subjects(ctx, inside))
    out.extend(_spokesperson_subjects(ctx, inside))
    # a subject the entity lists know only by another form (`Dr West thanked ...`)
    for tok in ctx.doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and \
                not _named_at(ctx, tok.idx) and not _inside(inside, tok.idx):
            hit = canonical_speaker(tok.idx, tok.idx + len(tok.text), tok.text,
                                    ctx.people, [])
            if hit:
                out.append((tok.idx, hit[0]))
    out.sort()
    return out


# Who speaks for an organization without being named: `a spokesperson for Acme`.
def _spokesperson_subjects(ctx: Context, inside: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Subjects like `A representative from Acme discussed the service.`: with no person
    named, the organization is who speaks in the quote that follows."""
    out = []
    for tok in ctx.doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in UNNAMED_SPEAKERS or \
                _inside(inside, tok.idx):
            continue
        lo = min(t.idx for t in tok.subtree)
        hi = max(t.idx + len(t.text) for t in tok.subtree)
        named = _named_in(ctx, lo, hi)
        if named and all(n.kind == "org" and n.entity for n in named):
            out.append((tok.idx, named[0].entity))
    return out


def _written_org(ctx: Context, m: SpeakerMention) -> str | None:
    """The organization written in an unnamed speaker's phrase that the entity lists
    missed: `a spokesperson for 1win` speaks for `1win`."""
    words = m.text.split()
    for k, w in enumerate(words[:-1]):
        if w.lower() in ("for", "from", "at", "of", "with"):
            rest = " ".join(words[k + 1:]).strip(" ,.;:")
            if rest.lower().startswith("the "):
                rest = rest[4:]
            if rest[:1].isupper() or rest[:1].isdigit():
                return rest
    return None


def _title_subjects(ctx: Context, inside: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Subjects written as a title (`The CEO noted ...`, `the company's president
    said ...`) that the roles give to one person: a later `he said` points back to
    them exactly as to a name."""
    if not ctx.roles:
        return []
    out = []
    for tok in ctx.doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN") or \
                _named_at(ctx, tok.idx) or _inside(inside, tok.idx):
            continue
        # the title is the head and the words that modify it from the left
        # (`chief executive officer`); owners and articles are left out
        words = [t for t in tok.lefts if t.dep_ in ("compound", "amod")] + [tok]
        words = [t for t in words if not _named_at(ctx, t.idx)]
        holder = _title_holder(ctx, " ".join(t.text for t in words))
        if holder:
            out.append((tok.idx, holder))
    return out


def _latest(events: list[tuple[int, str]], lo: int, hi: int,
            skip: frozenset[str] = frozenset()) -> str | None:
    """The last name mentioned in [lo, hi) of the sorted (position, name) events,
    passing over the names in `skip` (a few steps back at most)."""
    i = bisect_left(events, (hi, "")) - 1
    for _ in range(PRONOUN_REACH):
        if i < 0 or events[i][0] < lo:
            return None
        if events[i][1] not in skip:
            return events[i][1]
        i -= 1
    return None


# How many subjects and speakers back a pronoun may skip over organizations.
PRONOUN_REACH = 8
# `he` and `she` stand for people; an organization that spoke last is not their
# antecedent (`Acme estimates that "...". The CEO noted ... "...," he said`).
PERSONAL_PRONOUNS = frozenset("he she".split())


def _org_only_names(ctx: Context) -> frozenset[str]:
    people = {fullest_name(p, ctx.people) for p in ctx.people}
    return frozenset(o.name for o in ctx.organizations if o.name not in people)


# `the company said`, `a spokesperson said`: the organization speaking for itself
# (when no person holds a title of that name).
COMPANY_WORDS = frozenset("company firm organization organisation group business bank "
                          "university institute startup spokesperson spokesman "
                          "spokeswoman representative".split())


def _the_company(ctx: Context, pos: int) -> str | None:
    """The issuer of the release, else the organization named last before pos."""
    for o in ctx.organizations:
        if o.issuer:
            return o.name
    i = bisect_left(ctx.named_starts, pos) - 1
    while i >= 0:
        if ctx.named[i].kind == "org" and ctx.named[i].entity:
            return ctx.named[i].entity
        i -= 1
    return None


# `The report says that "..."`: a document speaks for the body that published it.
DOCUMENT_WORDS = frozenset("report study survey research analysis findings paper "
                           "whitepaper index review".split())
# How far back (characters) the publisher of an unnamed document is looked for.
DOCUMENT_REACH = 1500


def _document_owner(ctx: Context, pos: int) -> str | None:
    """The organization named last before a document mentioned without its owner,
    within DOCUMENT_REACH (the report was just introduced), else the issuer."""
    i = bisect_left(ctx.named_starts, pos) - 1
    while i >= 0 and ctx.named[i].start >= pos - DOCUMENT_REACH:
        if ctx.named[i].kind == "org" and ctx.named[i].entity:
            return ctx.named[i].entity
        i -= 1
    return next((o.name for o in ctx.organizations if o.issuer), None)


def _title_words(title: str) -> set[str]:
    """The words of a stated title and the acronyms of its parts: `Founder and Chief
    Executive Officer` also answers to `CEO`, because releases name a title in full
    once and by its initials afterwards."""
    words = set(_name_tokens(title))
    part: list[str] = []
    for w in [*_name_tokens(title), "and"]:
        if w in ("and", "&"):
            if len(part) >= 2:
                words.add("".join(x[0] for x in part if x))
            part = []
        else:
            part.append(w)
    return words


def _title_holder(ctx: Context, title: str) -> str | None:
    """The person whose stated role has the title a mention like `the CEO` uses."""
    want = set(_name_tokens(title))
    for role in ctx.roles:
        have = _title_words(role.title)
        # the organization's words may qualify a title (`the Acme CEO`) but not
        # stand for one (`the company` of `The Acme Company`)
        if want & have and want <= have | set(_name_tokens(role.organization or "")):
            return role.person
    return None


def resolve(ctx: Context, m: SpeakerMention, events: list[tuple[int, str]],
            genders: dict[str, str] | None = None) -> str | None:
    """Canonical name for a speaker mention (pronouns and titles through context).

    `genders` maps people to the pronoun the text itself has used for them (see
    `Attribution.learn_gender`): `she said` passes over a person the text already
    called `he`.  A first name is never taken as a sign of gender.
    """
    if m.kind == "pronoun":
        pronoun = m.text.lower()
        if pronoun == "it":             # `"...," it said`: an organization speaking
            return _the_company(ctx, m.start)
        if pronoun not in PERSONAL_PRONOUNS:
            return _latest(events, 0, m.start)
        other = frozenset(n for n, g in (genders or {}).items() if g != pronoun)
        return _latest(events, 0, m.start, ctx.org_only | other)
    if m.kind == "title":
        holder = _title_holder(ctx, m.text)
        if holder is None and set(_name_tokens(m.text)) & UNNAMED_SPEAKERS:
            # `a spokesperson for 1win`: the one organization the phrase names, before
            # the issuer (which may itself be wrong)
            holder = _written_org(ctx, m)
        if holder is None and set(_name_tokens(m.text)) & COMPANY_WORDS:
            return _the_company(ctx, m.start)
        if holder is None and set(_name_tokens(m.text)) & DOCUMENT_WORDS:
            return _document_owner(ctx, m.start)
        return holder
    if m.kind == "person":
        # a person's name written where the lists have none (or an organization over it)
        hit = canonical_speaker(m.start, m.end, m.text, ctx.people, [])
        return hit[0] if hit else m.text
    # a mention the entity lists cover: their canonical name, people first
    named = [n for n in _named_in(ctx, m.start, m.end) if n.entity]
    named.sort(key=lambda n: n.kind != "person")
    if named:
        return named[0].entity
    hit = canonical_speaker(m.start, m.end, m.text, ctx.people, ctx.organizations)
    if hit:
        return hit[0]
    words = [w for w in m.text.split() if w.lower().rstrip(".") not in
             {h.rstrip(".") for h in HONORIFICS}]
    name = " ".join(words).strip(" ,")
    if not name[:1].isupper():
        return None
    return _fuller_written_name(ctx, name, m.start) or name


# How many named spans back a surname looks for the full name it stands for.
SURNAME_REACH = 200


def _fuller_written_name(ctx: Context, name: str, pos: int) -> str | None:
    """`Mayor Delia Ruiz welcomed it. "...," Ruiz said.`: a surname the entity lists
    do not know stands for the fullest earlier name the parser found ending with it."""
    want = _name_tokens(name)
    i = bisect_left(ctx.named_starts, pos) - 1
    best = None
    for n in ctx.named[max(0, i - SURNAME_REACH):i + 1][::-1]:
        have = _name_tokens(n.text)
        if n.kind == "person" and n.entity is None and len(have) > len(want) and \
                have[-len(want):] == want:
            best = n.text if best is None or len(n.text) > len(best) else best
    if best is None:
        return None
    words = best.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def speaker_role(ctx: Context, name: str, near: int) -> tuple[str | None, str | None]:
    """Title and organization of the speaker: the stated role nearest the mention."""
    mine = [r for r in ctx.roles if r.person == name]
    if not mine:
        return None, None
    best = min(mine, key=lambda r: abs(r.start - near))
    return best.title, best.organization


# An appositive longer than this is a clause, not a title.
TITLE_WORDS = 12


def appositive_role(ctx: Context, pos: int) -> tuple[str | None, str | None]:
    """Title and organization written right after the speaker's name when the role
    extractor gave none: `said Jo Lee, chief engineer at Acme.` -> (chief engineer,
    Acme); `Jo Lee, Acme's head of sales, said` -> (head of sales, Acme)."""
    i = bisect_left(ctx.named_starts, pos)
    if i >= len(ctx.named) or ctx.named[i].start != pos or ctx.named[i].kind != "person":
        return None, None
    lo = ctx.named[i].end
    if not ctx.text.startswith(", ", lo):
        return None, None
    words = []
    for t in _tokens(ctx, lo + 2, min(len(ctx.text), lo + 300)):
        if t.text in SENTENCE_END or t.text in DOUBLE.all + "(:" or \
                t.text.startswith("\n") or \
                _is_cue(t):
            break
        words.append(t)
    while words and words[-1].text in (",", "and"):
        words.pop()
    if not words or len(words) > TITLE_WORDS:
        return None, None
    a, b = words[0].idx, words[-1].idx + len(words[-1].text)
    orgs = [n for n in _named_in(ctx, a, b) if n.kind == "org" and n.entity]
    if not orgs:
        return _unlisted_org_role(ctx.text[a:b])
    org = orgs[-1]
    between = ctx.text[a:org.start].rstrip()
    after = ctx.text[org.end:b]
    if org.start == a and after[:2] in ("\u2019s", "'s"):       # `Acme's head of sales`
        title = after[2:]
    elif org.end == b and between.endswith((" of", " at", " for", ",")):
        title = between.rstrip(",")                             # `head of sales at Acme`
        for tail in (" of", " at", " for"):
            title = title[:-len(tail)] if title.endswith(tail) else title
    else:
        return _unlisted_org_role(ctx.text[a:b])
    return (title.strip(" ,") or None), org.entity


def _unlisted_org_role(apposition: str) -> tuple[str | None, str | None]:
    """Split `Acme's head of sales` / `partner at Acme` when the entity lists do not
    know the organization: the written form stands for it."""
    for mark in ("\u2019s ", "'s ", "s\u2019 ", "s' "):
        at = apposition.find(mark)
        if mark[0] == "s" and at > 0:
            at, mark = at + 1, mark[1:]            # `Harbor Homes' head of research`
        if 0 < at and len(apposition[:at].split()) <= 4 and apposition[0].isupper():
            return apposition[at + len(mark):].strip() or None, apposition[:at]
    at = apposition.rfind(" at ")
    if at > 0 and apposition[at + 4:at + 5].isupper():
        return apposition[:at].strip(), apposition[at + 4:].strip()
    return apposition, None
