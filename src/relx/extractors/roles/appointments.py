"""Appointments: a verb, a list or a phrase that puts a person into a title (`appointed
Jane Doe as CFO`, `Jane Doe joins Acme as CFO`, `the promotions of A to Partner, B to
Principal`, `Jane Doe is CEO of Acme`)."""
from __future__ import annotations

from ..lexicon import HONORIFICS
from .titles import (
    APPOINT_AFTER,
    APPOINT_BEFORE,
    POST_NOMINALS,
    POST_NOMINAL_SHAPE,
    TokenMention,
    is_title_head_ahead,
    is_title_word,
    mention_ending_at,
    org_at,
    read_title_forward,
    skip_post_nominals,
)


def role_as(doc, m: TokenMention, index: dict[int, TokenMention]) -> int | None:
    """`Jane Doe will take on an expanded role as President`, `assumed the role of CEO`:
    where the title starts. Another person named on the way is the one who takes it
    ("With Ann's appointment as CFO, John will take on a role as President")."""
    sentence_end = doc[m.start].sent.end
    for k in range(m.end, min(m.end + 12, sentence_end - 1)):
        other = index.get(k)
        if other is not None and other.kind == "person" and other.name != m.name:
            return None
        if doc[k].lower_ in {"role", "roles", "position", "post", "capacity"} \
                and doc[k + 1].lower_ in {"as", "of"}:
            return k + 2  # "took on the role of CEO at Acme"
    return None


# Words that may stand in a verb chain before a title: "has also been named", "is currently".
CHAIN_WORDS = frozenset("""has have been will be officially also now today formally recently
    currently still presently""".split())
# The adverbs of that chain, without its auxiliaries: "officially", "also", "now".
ADVERB_CHAIN = CHAIN_WORDS - {"has", "have", "been", "be"}
# Verbs that state what someone is rather than make them so.
COPULAS = frozenset("is was are were remains become becomes became returns rejoins".split())
JOIN_VERBS = frozenset("join joins joined joining welcomed serves served serve".split())
# Nouns that announce an appointment before `of`: "the appointment of Jane Doe as CFO".
APPOINT_NOUNS = frozenset("""appointment appointments addition additions promotion promotions
    election nomination hiring hire arrival""".split())


def coordinated_names(doc, m: TokenMention, index: dict[int, TokenMention]):
    """The first and last person of a list of names that includes m, as in `promotes Jane
    Doe and John Roe to Partner`: the appointing verb is before the first, the title after
    the last. A name alone is its own list."""
    first = last = m
    while first.start >= 2:
        k = first.start - 1
        if doc[k].lower_ == "and" and k >= 1 and doc[k - 1].text == ",":
            k -= 1
        if doc[k].text not in {",", "and"}:
            break
        previous = mention_ending_at(index, "person", k)
        if previous is None:
            break
        first = previous
    while last.end < len(doc):
        k = last.end + 1 if doc[last.end].text in {",", "and"} else None
        if k is not None and k < len(doc) and doc[k].lower_ == "and" and doc[k - 1].text == ",":
            k += 1
        following = index.get(k) if k is not None else None
        if following is None or following.kind != "person":
            break
        last = following
    return first, last


def name_end(doc, m: TokenMention, index: dict[int, TokenMention]) -> int:
    """The token after a name and the degrees written after it: `Jane Doe, M.D., as CFO`,
    `Jane Doe, Ph.D. as CFO`, `John Roe, III as President`."""
    if m.end + 1 < len(doc) and doc[m.end].text == ",":
        k = m.end + 1
        end = k
        while end < len(doc) and end - k < 4 and not doc[end].is_space \
                and (end == k or not doc[end - 1].whitespace_):
            end += 1
        written = doc[k:end].text
        if end < len(doc) and doc[end].lower_ in {"as", "to"} and (
                written.casefold() in POST_NOMINALS or POST_NOMINAL_SHAPE.fullmatch(written)):
            return end  # the last degree, closed by no comma
        after = skip_post_nominals(doc, k, index)
        if after > k:
            return after
    return m.end


def appointing_word(doc, i: int | TokenMention) -> int | None:
    """The token of the word that appoints the person whose name starts at token i:
    `appointed [Dr.] Jane Doe`, `Appoints Mining Executive Jane Doe`, `the appointment of
    Jane Doe`. A short capitalized description may stand between the word and the name."""
    k = (i.start if isinstance(i, TokenMention) else i) - 1
    described = 0
    while k >= 0 and described < 6 and "\n" not in doc[k].text and (
            doc[k].lower_ in HONORIFICS or doc[k].lower_ not in APPOINT_BEFORE
            and doc[k].text[:1].isupper() and is_title_word(doc[k])):
        described += doc[k].lower_ not in HONORIFICS
        k -= 1  # "Financial Services Industry Veteran Jane Doe"
    if k < 0:
        return None
    if doc[k].lower_ in APPOINT_BEFORE:
        return k
    if doc[k].lower_ == "of" and k >= 1 and doc[k - 1].lower_ in APPOINT_NOUNS:
        return k
    return None


def unnamed_employer_end(doc, k: int) -> int:
    """Past a capitalized name the entity stage did not tag, when `as` follows it:
    `joins Quillmark as Chief Financial Officer`."""
    j = k
    while j < len(doc) and j - k < 4 and doc[j].text[:1].isupper() and not doc[j].is_punct:
        j += 1
    return j if j > k and j < len(doc) and doc[j].lower_ == "as" else k


def appointment_list(doc, nxt: int, index: dict[int, TokenMention]):
    """The further items of a list of appointments whose first was read up to token `nxt`:
    `, John Roe to Principal, and Ann Poe to Vice President`."""
    found = []
    for _ in range(8):
        k = nxt
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
        if k == nxt or k >= len(doc):
            break
        person = index.get(k)
        if person is None or person.kind != "person" or person.end >= len(doc) \
                or doc[person.end].lower_ not in {"to", "as"}:
            break
        title = read_title_forward(doc, person.end + 1, index)
        if not title or title[0] != person.end + 1:
            break
        found.append((person.name, *title[:3]))
        nxt = title[3]
    return found


def read_appointment(doc, m: TokenMention, index: dict[int, TokenMention]):
    """`Jane Doe (will join Acme|has been appointed|is) as TITLE`, `appointed Jane Doe as TITLE`.

    Returns (title_start, title_end, org, next_token) or None."""
    # "Jane Doe, PhD, is an assistant professor at Acme": the degrees after a name come
    # between it and its verb
    j = name_end(doc, m, index)
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who":
        j += 2  # "Graham Wexley, who becomes vice chair of the board"
    verb = None
    # "Jane Doe was officially welcomed as": the last verb of the chain takes the title
    for k in range(j, min(j + 6, len(doc))):
        if doc[k].lower_ in APPOINT_AFTER:
            verb = k
        elif doc[k].lower_ not in CHAIN_WORDS:
            break
    start = None
    org = None
    first, last = coordinated_names(doc, m, index)
    after = name_end(doc, last, index)
    if verb is not None:
        k = verb + 1
        while k < len(doc) and doc[k].lower_ in ADVERB_CHAIN:
            k += 1  # "is currently the director of ..."
        if doc[verb].lower_ == "promoted" and k < len(doc) and doc[k].lower_ == "to":
            k += 1
        target = org_at(index, doc, k)
        if target is not None:
            org, k = target, target.end
        elif doc[verb].lower_ in JOIN_VERBS:
            # "Jane Doe joins Quillmark as CFO", Quillmark untagged
            k = unnamed_employer_end(doc, k)
        if k < len(doc) and doc[k].lower_ in {"as", "to"}:
            k += 1
        elif doc[verb].lower_ in JOIN_VERBS:
            return None
        start = k
    else:
        before = appointing_word(doc, first)
        if before is not None and after < len(doc):
            if doc[after].lower_ in {"as", "to"}:
                start = after + 1
            elif doc[before].lower_ in APPOINT_BEFORE and is_title_head_ahead(doc, after):
                start = after  # "Acme today named Jane Doe chief financial officer"
    copula = verb is not None and doc[verb].lower_ in COPULAS
    if start is None:
        start = role_as(doc, m, index)
        copula = True
    if start is None:
        return None
    article = start < len(doc) and doc[start].lower_ in {"a", "an"}
    if start < len(doc) and doc[start].lower_ in {"its", "the", "both", "our", "their", "a", "an"}:
        start += 1
    found = read_title_forward(doc, start, index)
    if not found or found[0] != start and org is None and found[2] is None:
        return None
    if article and copula and org is None and found[2] is None:
        # "Jane Doe is a partner at Acme"; but "is a seasoned executive" describes: after
        # `is a`, only an employer makes the words a post (after `appointed ... as a`, the
        # verb does)
        return None
    t_start, t_end, title_org, nxt = found
    if title_org is None and org is None and verb is None:
        org = appointer(doc, appointing_word(doc, first), index)
    return t_start, t_end, title_org or org, nxt


def appointer(doc, k: int | None, index: dict[int, TokenMention]) -> TokenMention | None:
    """The organization that is the subject of the appointing verb at token k: `Kraken has
    appointed Jane Doe as its new CFO` (Kraken employs her, whoever issued the release).
    Only an organization right before the verb and its auxiliaries counts."""
    if k is None or doc[k].lower_ not in APPOINT_BEFORE or doc[k].lower_ in APPOINT_NOUNS:
        return None
    j = k - 1
    while j >= 0 and doc[j].lower_ in CHAIN_WORDS:
        j -= 1
    if j < 0:
        return None
    found = mention_ending_at(index, "org", j + 1)
    if found is not None and {"board", "committee"} & set(found.name.casefold().split()):
        return None  # "The Supervisory Board of Acme has appointed": the board appoints for Acme
    return found


def serves_as(doc, subject: TokenMention, index: dict[int, TokenMention]):
    """`He taught at X, and today serves as a special advisor at Y`: a post stated later in
    the sentence of which the person (or the pronoun for them) is the subject. Only a
    present post with a named employer counts (`served as` is a former role; `serves as a
    reminder` names no title).

    Returns (title_start, title_end, org) or None."""
    sentence = doc[subject.start].sent
    k = sentence.start
    while k < subject.start and (doc[k].is_space or doc[k].lower_ in HONORIFICS):
        k += 1
    if k != subject.start:
        return None  # the name must open the sentence: it is then the subject
    sentence_end = sentence.end
    for k in range(subject.end, sentence_end - 1):
        other = index.get(k)
        if other is not None and other.kind == "person":
            return None  # someone else's: "He met Ann Lee, who serves as ..."
        if doc[k].lower_ in {"who", "which", "that"}:
            return None
        if doc[k].lower_ in {"serves", "serving"} and doc[k + 1].lower_ == "as":
            return employed_title_at(doc, k + 2, index)
    return None


# Verbs of a passive appointment joined to an earlier verb of the same subject: "he has
# advised X and was recently elected Chair of Y".
PASSIVE_APPOINT = frozenset("""elected re-elected reelected appointed reappointed re-appointed
    named promoted hired""".split())
AUXILIARIES = frozenset("was were is are has have been".split())
VERB_CHAIN = AUXILIARIES | CHAIN_WORDS


def coordinated_appointment(doc, subject: TokenMention, index: dict[int, TokenMention]):
    """`Since 2018 he has advised X and was recently elected Chairperson of Y`: a second
    verb of the sentence's subject (a name opening it, or `he`/`she`) that appoints it.
    Only a passive (an auxiliary before the verb: `and named Jo CEO` appoints someone
    else) and only a title with a named employer counts.

    Returns (title_start, title_end, org) or None."""
    sentence = doc[subject.start].sent
    k = sentence.start
    while k < subject.start and (doc[k].is_space or doc[k].lower_ in HONORIFICS):
        k += 1
    if k != subject.start and doc[subject.start].dep_ not in {"nsubj", "nsubjpass"}:
        return None  # neither opening the sentence nor its subject
    for k in range(subject.end, sentence.end - 2):
        other = index.get(k)
        if other is not None and other.kind == "person" and other.name != subject.name:
            return None  # someone else's: "He met Ann Lee and was ..."
        if doc[k].lower_ in {"who", "which", "that", "while", "whom", "whose"}:
            return None
        if doc[k].lower_ != "and":
            continue
        j = k + 1
        auxiliaries = 0
        while j < sentence.end and doc[j].lower_ in VERB_CHAIN:
            auxiliaries += doc[j].lower_ in AUXILIARIES
            j += 1
        if not auxiliaries or j >= sentence.end or doc[j].lower_ not in PASSIVE_APPOINT:
            continue
        start = j + 1
        if start < len(doc) and doc[start].lower_ in {"as", "to"}:
            start += 1
        return employed_title_at(doc, start, index)
    return None


def employed_title_at(doc, start: int, index: dict[int, TokenMention]):
    """The title that opens at `start` (after an article: `serves as the CFO of X`),
    when it names its employer: (title_start, title_end, org) or None. A title with no
    employer here says nothing the sentence's other rules do not."""
    if start < len(doc) and doc[start].lower_ in {"a", "an", "the", "its", "our"}:
        start += 1
    found = read_title_forward(doc, start, index)
    if found and found[0] == start and found[2] is not None:
        return found[:3]
    return None
