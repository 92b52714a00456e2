"""The layouts that set a title beside a name: an appositive after a comma, bracket or
dash; further titles of the same person; contact lines and blocks."""
from __future__ import annotations

from ..lexicon import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from .titles import TokenMention, is_title_head, org_at, read_title_forward


def appositive_start(doc, i: int) -> tuple[int, str] | None:
    """Where a title set beside the name ending at token i starts, and the mark that sets
    it off: a comma, an opening bracket or a dash between spaces."""
    k = i
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1  # "said Jane Doe ,  Acme's CEO"
    if k + 1 >= len(doc):
        return None
    mark = doc[k].text
    if mark in {",", "("} or mark in {"-", "–", "—"} and doc[k - 1].whitespace_ \
            and doc[k].whitespace_:
        k += 1
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        return k, "," if mark == "," else mark
    return None


def names_next(doc, i: int, index: dict[int, TokenMention]) -> bool:
    """Whether a comma at token i is followed by a person's name."""
    k = i + 1 if i < len(doc) and doc[i].text == "," else None
    while k is not None and k < len(doc) and doc[k].lower_ in HONORIFICS:
        k += 1
    found = index.get(k) if k is not None else None
    return found is not None and found.kind == "person"


def sentence_org_before(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """The first organization named in the sentence of token i before it: `its` in
    "Acme is led by Jane Doe, its chairwoman" is Acme."""
    sentence = doc[i].sent
    orgs = [m for m in index.values() if m.kind == "org" and sentence.start <= m.start < i]
    return min(orgs, key=lambda m: m.start) if orgs else None


def skip_place(doc, i: int) -> int:
    """Past the place that may follow an organization: `in New Haven, Connecticut` or
    `, Nashville, Tennessee` (named places only, as the parser tags them)."""
    k = i + 1 if i < len(doc) and doc[i].lower_ in {"in", ","} else i
    if k == i or k >= len(doc) or doc[k].ent_type_ not in {"GPE", "LOC"}:
        return i
    while k < len(doc) and (doc[k].ent_type_ in {"GPE", "LOC"} or doc[k].text == ","
                            and k + 1 < len(doc) and doc[k + 1].ent_type_ in {"GPE", "LOC"}):
        k += 1
    return k


def skip_description(doc, i: int) -> int:
    """Past a short description of the organization just named, up to the `and` of a
    further title: `CEO of Acme LLC, a boutique consultancy and Chairman of ...`."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an"}:
        return i
    for k in range(i + 2, min(i + 12, len(doc))):
        tok = doc[k]
        if tok.lower_ == "and":
            return k
        if tok.pos_ in {"VERB", "AUX", "PRON", "ADP"} or tok.is_punct and tok.text != "/" \
                or "\n" in tok.text:
            return i
    return i


DASHES = {"—", "–", "--"}


def skip_aside(doc, i: int) -> int:
    """Past an aside set off by dashes after an organization: `co-founder of Acme—acquired
    by Zyloq in 2014—and President of ...` (the aside says something about Acme)."""
    if i >= len(doc) or doc[i].text not in DASHES:
        return i
    for k in range(i + 1, min(i + 16, len(doc))):
        if "\n" in doc[k].text:
            return i
        if doc[k].text in DASHES:
            return k + 1
    return i


def as_clause_start(doc, m: TokenMention, index: dict[int, TokenMention]) -> int | None:
    """`As co-founder of Acme and President of Zyloq, Jane Doe has ...`: where the titles
    start, when the clause before the name's comma opens with `As` and names no one else."""
    k = m.start - 1
    while k > 0 and doc[k].lower_ in HONORIFICS:
        k -= 1  # "As CEO, Mr. Oskar Lind will ..."
    if k < 2 or doc[k].text != ",":
        return None
    sentence = doc[m.start].sent
    for j in range(k - 1, max(sentence.start - 1, k - 30), -1):
        if "\n" in doc[j].text:
            return None
        found = index.get(j)
        if found is not None and found.kind == "person":
            return None
        if doc[j].lower_ == "as" and (j == sentence.start or "\n" in doc[j - 1].text
                                      or doc[j - 1].is_space):
            k = j + 1
            while k < len(doc) and doc[k].lower_ in {"a", "an", "the"}:
                k += 1
            return k
    return None


def last_title_end(doc, first_next: int, titles, index: dict[int, TokenMention]) -> int:
    """The token after a run of titles (the first read up to `first_next`, the others
    each up to its organization), past a place: where the run ends."""
    end = first_next
    if len(titles) > 1:
        t_start, t_end, org = titles[-1]
        end = org.end if org is not None and org.kind != "unnamed" else t_end
    return skip_place(doc, end)


def further_titles(doc, nxt: int, index: dict[int, TokenMention]):
    """The titles a person holds besides the one read up to token `nxt`, each with its
    own organization: `, an associate professor at X in Springfield, Ohio and adjunct
    professor at Y`. A title in such a run counts only with an employer of its own."""
    found = []
    for _ in range(3):
        k = skip_place(doc, skip_aside(doc, nxt))
        k = skip_description(doc, k)
        if k >= len(doc) or doc[k].lower_ not in {"and", ","}:
            break
        k += 1
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        if doc[k - 1].text == "," and k < len(doc) and doc[k].lower_ in {"and", "a", "an"}:
            k += 1  # ", and director of Y", ", an associate professor at X"
        title = read_title_forward(doc, k, index)
        if not title or title[2] is None or title[0] != k and org_at(index, doc, k) is None:
            break
        found.append(title[:3])
        nxt = title[3]
    return found


def read_contact_line(doc, m: TokenMention, index: dict[int, TokenMention]):
    """`Contact: Jane Doe Senior Vice President of Sales The Acme Group, Inc.`: a name that
    opens a line (or follows a label's colon), its title and its company run on with no
    commas. Only a capitalized title word right after the name starts one."""
    before = doc[m.start - 1] if m.start else None
    if before is not None and before.text != ":" and "\n" not in before.text:
        return None
    if m.end >= len(doc) or not doc[m.end].text[:1].isupper() \
            or not (is_title_head(doc[m.end]) or doc[m.end].lower_ in TITLE_MODIFIERS):
        return None
    found = read_title_forward(doc, m.end, index)
    if not found or found[0] != m.end:
        return None
    t_start, t_end, org, _ = found
    if t_end - t_start == 1 and doc[t_start].lower_.endswith("s") \
            and doc[t_start].lower_ not in TITLE_HEADS:
        return None  # "Jane Doe Leads Charge as ...": a headline's verb, not a title
    if org is None:
        k = t_end
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        org = org_at(index, doc, k)
    return t_start, t_end, org, "contact-line"


def read_contact_block(doc, m: TokenMention, index: dict[int, TokenMention]):
    """`Jane Doe` alone on a line, her title on the next, the organization on the one after."""
    at = m.end
    if at >= len(doc) or not doc[at].is_space or doc[at].text.count("\n") != 1:
        return None
    found = read_title_forward(doc, at + 1, index)
    if not found or found[2] is not None:
        return found and (found[0], found[1], found[2], "contact-block")
    t_start, t_end, _, _ = found
    if t_end < len(doc) and doc[t_end].is_space and doc[t_end].text.count("\n") == 1:
        return t_start, t_end, org_at(index, doc, t_end + 1), "contact-block"
    return t_start, t_end, None, "contact-block"
