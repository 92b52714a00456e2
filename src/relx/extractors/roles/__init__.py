"""Who holds which title where: person-title-organization triples stated by the text.

Press releases state roles in a handful of layouts, each read here by one rule:
- appositive after the name: `Jane Doe, CEO of Acme`, `Jane Doe, Acme's CEO`,
  `Jane Doe, a partner at Acme`, `Jane Doe, Partner Acme Capital;`, two titles at once
  (`Professor at X and Director of Y`), units (`Vice President, Investor Relations`);
- title before the name: `Acme CEO Jane Doe`, `Chief Executive Officer Jane Doe`,
  `CEO and Founder, Jane Doe`, `Acme's managing director, Jane Doe`, `Its director,
  Jane Doe` (`its` being the organization the previous sentence is about);
- appointments: `appointed Jane Doe as CFO`, `Jane Doe will join Acme as CFO`,
  `Jane Doe has been named President`, `Jane Doe is CEO of Acme`;
- contact blocks, on one line (`Jane Doe, Director, Acme, phone`) or one item a line.
A title with no organization of its own is taken to be at the release's issuer and is
marked `organization_inferred`: that is what a reader assumes of `said Jane Doe, CEO.`
"""
from __future__ import annotations

from ..lexicon import HONORIFICS
from ...model import Organization, Person, Role
from .titles import (
    JOB_HEADS,
    OFFICE_PLACES,
    PUBLIC_OFFICES,
    TokenMention,
    is_title_not_name,
    line_label_org,
    mention_index,
    org_at,
    read_title_forward,
    skip_post_nominals,
)
from .backward import read_title_backward
from .layouts import (
    appositive_start,
    as_clause_start,
    last_title_end,
    further_titles,
    names_next,
    read_contact_block,
    read_contact_line,
    sentence_org_before,
)
from .appointments import (
    appointment_list,
    coordinated_appointment,
    coordinated_names,
    read_appointment,
    serves_as,
)


# Titles that are posts in an organization ("Owner and Broker Larry Gotcher", "Board Member
# Jo Park"), unlike professions ("Engineer Jorge Perez", "Journalist Ana Ruiz").
POSTS = JOB_HEADS | frozenset("""owner coordinator member trustee lead leader principal chairperson
    supervisor administrator controller spokesperson spokesman spokeswoman vp svp evp avp md
    gm cso cpo chro ciso cro cco cdo""".split())
# Words that make a title a public office: "Mayor", "County Executive", "State Senator".
PUBLIC_WORDS = PUBLIC_OFFICES | OFFICE_PLACES


def extract_roles(doc, people: list[Person], organizations: list[Organization]) -> list[Role]:
    index = mention_index(doc, people, organizations)
    issuer = next((o.name for o in organizations if o.issuer), None)
    roles: list[Role] = []
    seen: set[tuple[str, str, str | None]] = set()

    def add(person: str, t_start: int, t_end: int, org: TokenMention | None, rule: str,
            singular: bool = False) -> None:
        while t_end - t_start > 1 and doc[t_start].lower_ in {"new", "newly"}:
            t_start += 1  # "as New Chief Financial Officer": the post is "Chief Financial Officer"
        while t_end > t_start and doc[t_end - 1].is_space:
            t_end -= 1  # "CEO\u00a0 at Acme": the spaces before `at` are not the title's
        if t_end <= t_start:
            return
        span = doc[t_start:t_end]
        title, end_char = span.text, span.end_char
        if singular and title.endswith("s") and not title.endswith("ss"):
            title, end_char = title[:-1], end_char - 1  # "one of its founding attorneys"
        if title.casefold().strip(".") in HONORIFICS:
            return
        # a public office is no post at the issuer ("Mayor Delia Ruiz welcomed the company",
        # "County Executive Jo Park")
        public = any(w.strip(".").casefold() in PUBLIC_WORDS for w in title.split())
        if org is not None and org.kind == "unnamed":
            # "CEO of Zyloq" with Zyloq untagged: an employer, only not the issuer
            org_name, org = None, None
        else:
            org_name = org.name if org else (None if public else issuer)
        key = (person, title.casefold(), org_name)
        inferred = org is None and org_name is not None
        if key in seen:
            # "founders Stan and Della Roe" (the issuer assumed) and later "said Stan Roe,
            # Founder of Acme" (stated): keep the stated one, which later steps trust
            earlier = next(n for n, r in enumerate(roles)
                           if (r.person, r.title.casefold(), r.organization) == key)
            if inferred or not roles[earlier].organization_inferred:
                return
            del roles[earlier]
        seen.add(key)
        roles.append(Role(person=person, title=title, organization=org_name,
                          start=span.start_char, end=end_char, rule=rule,
                          organization_inferred=inferred))

    for m in sorted(index.values(), key=lambda m: m.start):
        if m.kind != "person" or is_title_not_name(doc, m):
            continue  # "Advocacy Officer" taken for a person holds no post
        # after the name: "Jane Doe, CEO of Acme" / contact lines; also "Jane Doe (CEO of
        # Acme)" and, in lists of speakers, "Jane Doe - CEO of Acme"
        separator = appositive_start(doc, m.end)
        if separator is not None:
            at, mark = separator
            # "Rachel Okafor, MD, chief medical officer": degrees after a name are no title
            at = skip_post_nominals(doc, at, index) if mark == "," else at
            # "Jane Doe, a partner at Acme": an article is fine when an employer follows;
            # "Jane Doe, our chief scientist": `our` names the issuer; "Jane Doe, its
            # chairwoman": `its` the organization the sentence is about
            # "Frank Roe, one of Acme's founding attorneys": one of several holding the
            # title; only an owner named with it (Acme's, its, our) makes it a post
            one_of = at + 2 < len(doc) and doc[at].lower_ == "one" and doc[at + 1].lower_ == "of"
            at += 2 * one_of
            article = at < len(doc) and doc[at].lower_ in {"a", "an", "the"}
            ours = at < len(doc) and doc[at].lower_ in {"our", "its"}
            found = read_title_forward(doc, at + article + ours, index)
            if found and (article or one_of) and found[2] is None and not ours:
                found = None
            if found and ours and found[2] is None and doc[at].lower_ == "its":
                found = (*found[:2], sentence_org_before(doc, m.start, index), found[3])
            if found and mark == "(" and (found[3] >= len(doc) or doc[found[3]].text != ")"):
                found = None  # "(CEO of Acme)": the brackets hold the title and nothing else
            if found and found[2] is None and person_at(doc, found[1], index):
                # "chef Ann Lee, creative director Jo Park, and ...": a title run straight
                # into a name is that name's, not the one before the comma
                found = None
            if found and found[2] is None and m.start and doc[m.start - 1].text == "," \
                    and names_next(doc, found[1], index):
                # "founder, Mike Roe, colleague and co-founder, Colin Poe": in a list of
                # "title, name" pairs the title before a name is that name's
                found = None
            if found and found[2] is None:
                # "Kestrel Bank: Luis Ferreira, Senior Manager": a contact under its company
                found = (*found[:2], line_label_org(doc, m.start, index), found[3])
            if found:
                t_start, t_end, org, nxt = found
                add(m.name, t_start, t_end, org, "appositive", singular=one_of)
                # two or three titles at once: "Professor at X and Director of Y"
                for t_start, t_end, org in further_titles(doc, nxt, index):
                    add(m.name, t_start, t_end, org, "appositive-second")
        # "As co-founder of Acme and President of Zyloq, Jane Doe has ...": the titles the
        # clause before the name gives; they must fill it, up to the name's comma
        opening = as_clause_start(doc, m, index)
        found = read_title_forward(doc, opening, index) if opening is not None else None
        if found and found[0] == opening and (found[2] is not None or doc[opening - 1].lower_
                                              not in {"a", "an"}):
            # ("As a regenerative medicine specialist, Dr. Sheen ..." describes him)
            titles = [found[:3]] + further_titles(doc, found[3], index)
            if last_title_end(doc, found[3], titles, index) == comma_before(doc, m.start):
                for t_start, t_end, org in titles:
                    add(m.name, t_start, t_end, org, "as-clause")
        # a contact line with no commas: "Press Contact: Jane Doe CEO & Founder Email: ..."
        if separator is None:
            line = read_contact_line(doc, m, index)
            if line:
                add(m.name, *line)
        # a contact block, one item a line: "Jane Doe\nDirector of Communications\nAcme"
        block = read_contact_block(doc, m, index)
        if block:
            add(m.name, *block)
        # before the name: "Acme CEO Jane Doe", "CEO and Founder, Jane Doe"
        found = read_title_backward(doc, m.start, index)
        if found:
            t_start, t_end, org = found
            if org is None and m.end < len(doc) and doc[m.end].lower_ in {"of", "at"}:
                org = org_at(index, doc, m.end + 1)  # "Professor Jane Doe of Acme University"
            if org is None:
                # "Acme Corp: Vice President of Sales, Jane Doe: 555-0100"
                org = line_label_org(doc, t_start, index) or joined_org(doc, m.end, index)
            # "former Mayor Jo Park": a former post with no employer is only optional
            former = org is None and (former_before(doc, t_start)
                                      or doc[t_start].lower_ in {"former", "late"})
            if org is None and not former and not any(t.lower_ in POSTS
                                                      for t in doc[t_start:t_end]):
                # "Engineer Jorge Perez", "Journalist Ana Ruiz": a profession before a name,
                # not a post; it says nothing of an employer, so not the issuer
                org = TokenMention("unnamed", "", t_start, t_start)
            if not former:
                add(m.name, t_start, t_end, org, "premodifier")
            # "Its Director, Associate Professor Jane Doe": a post, then a rank, then the name
            if t_start >= 2 and doc[t_start - 1].text == ",":
                outer = read_title_backward(doc, t_start, index)
                if outer and outer[2] is not None:
                    add(m.name, *outer, "premodifier-second")
        else:
            # "its founding attorneys, Jane Doe and John Roe": a plural title before a
            # list of names is each one's
            first, last = coordinated_names(doc, m, index)
            plural = read_title_backward(doc, first.start, index, plural=True) \
                if first is not last else None
            if plural and plural[2] is not None:
                add(m.name, *plural, "premodifier-plural", singular=True)
            elif plural and not former_before(doc, plural[0]) \
                    and doc[plural[0]].lower_ not in {"former", "late"} \
                    and doc[plural[1] - 1].lower_.rstrip("s") in POSTS - {"partner"}:
                # "Co-founders Jane Doe and John Roe said ...": a post held by each, with no
                # employer named, is at the issuer like a singular post before a name
                # ("Founder Jane Doe"); a profession ("Engineers Jo Park and ...") is not, nor
                # "Partners Jo Park and ..." (partners in a deal as often as in a firm)
                add(m.name, *plural, "premodifier-plural", singular=True)
        # appointments: "Jane Doe will join Acme as CFO", "Jane Doe is CEO of Acme"
        appointment = read_appointment(doc, m, index)
        if appointment:
            t_start, t_end, org, nxt = appointment
            add(m.name, t_start, t_end, org, "appointment")
            for t_start, t_end, org in further_titles(doc, nxt, index):
                add(m.name, t_start, t_end, org, "appointment-second")
            # "the promotions of Jane Doe to Partner, John Roe to Principal, and ..."
            for person, t_start, t_end, org in appointment_list(doc, nxt, index):
                add(person, t_start, t_end, org, "appointment")
        # "Jane Doe taught at X and today serves as an advisor at Y"
        later = serves_as(doc, m, index)
        if later:
            add(m.name, *later, "serves-as")
        # "Jane Doe founded Zyloq and was later elected Chair of Acme"
        second = coordinated_appointment(doc, m, index)
        if second:
            add(m.name, *second, "appointment-coordinated")
    # "Sarah Lee is an economist. She is currently the director of Acme."
    for pronoun, person in pronoun_subjects(doc, index):
        second = coordinated_appointment(doc, pronoun, index)
        if second:
            add(person, *second, "appointment-coordinated")
        if pronoun.start != opening_token(doc[pronoun.start].sent):
            continue  # "Most recently, he served as CMO at X": a former role, further in
        appointment = read_appointment(doc, pronoun, index)
        if appointment and appointment[2] is not None:
            add(person, *appointment[:3], "appointment-pronoun")
        later = serves_as(doc, pronoun, index)
        if later:
            add(person, *later, "serves-as")
    return without_inferred_repeats(roles)


def former_before(doc, i: int) -> bool:
    """Whether `former` (or `ex-`, `late`) stands before the title starting at token i,
    past a place or unit written in capitals: `former District 3 Commissioner Jo Park`. A
    former post says nothing of where the person works now: not at the issuer, and with
    no employer named, only an optional role, so none is given."""
    k = i - 1
    while k >= 0 and i - k <= 4 and (doc[k].text[:1].isupper() or doc[k].like_num) \
            and not doc[k].is_punct:
        k -= 1
    if k >= 1 and doc[k].text == "-" and doc[k - 1].lower_ == "ex":
        return True
    return k >= 0 and doc[k].lower_ in {"former", "late", "ex"}


def joined_org(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """The organization a person joins right after the name ending at token i: `Attorney
    Jane Doe has joined Acme LLP` (Acme is where the title is held)."""
    k = i
    while k < len(doc) and doc[k].lower_ in {"has", "have", "recently", "officially", "now"}:
        k += 1
    if k < len(doc) and doc[k].lower_ in {"joined", "joins", "joining"}:
        return org_at(index, doc, k + 1)
    return None


def comma_before(doc, i: int) -> int:
    """The token before a name at token i, past an honorific: `, Mr. Oskar Lind`."""
    k = i - 1
    while k > 0 and doc[k].lower_ in HONORIFICS:
        k -= 1
    return k


def person_at(doc, i: int, index: dict[int, TokenMention]) -> bool:
    """Whether a person's name starts at token i (after an honorific or a space)."""
    while i < len(doc) and (doc[i].lower_ in HONORIFICS or doc[i].is_space
                            and "\n" not in doc[i].text):
        i += 1
    found = index.get(i)
    return found is not None and found.kind == "person"


def opening_token(sentence) -> int:
    """The first token of a sentence that is not a space."""
    first = sentence[0]
    while first.is_space and first.i + 1 < sentence.end:
        first = sentence.doc[first.i + 1]
    return first.i


def pronoun_subjects(doc, index: dict[int, TokenMention]):
    """Sentences whose subject is `he` or `she` (opening it, or further in: `Since 2018 he
    has ...`), each with the person it refers to: the one person named in the two
    sentences before and this one up to the pronoun (when two are, it is unclear)."""
    sentences = list(doc.sents)
    for n, sentence in enumerate(sentences):
        first = doc[opening_token(sentence)]
        if first.lower_ not in {"he", "she"}:
            # "Since 2018 he has advised ...": the pronoun may be the subject further in
            first = next((t for t in sentence if t.lower_ in {"he", "she"}
                          and t.dep_ in {"nsubj", "nsubjpass"}), None)
            if first is None:
                continue
        if n == 0:
            continue
        scope_start = sentences[max(0, n - 2)].start
        named = {m.name for m in index.values()
                 if m.kind == "person" and scope_start <= m.start < first.i}
        if len(named) == 1:
            name = named.pop()
            yield TokenMention("person", name, first.i, first.i + 1), name


def without_inferred_repeats(roles: list[Role]) -> list[Role]:
    """Drop a role whose organization was only assumed (the issuer) when the text also gives
    the same person the same title at a named organization: "Jane Doe, CEO of Acme" early
    and "said Jane Doe, CEO." later are one role, at Acme."""
    stated = {(r.person, r.title.casefold()) for r in roles if not r.organization_inferred
              and r.organization is not None}
    return [r for r in roles if not (r.organization_inferred
                                     and (r.person, r.title.casefold()) in stated)]
