"""Golden tests: relx must extract from each release in samples/ what a careful reader does.

Every `samples/NAME.txt` (a press release written for this project, with fictional
organizations and people) has `samples/NAME.json` beside it: the extraction a careful
human reader makes, written by hand under the project's annotation guidelines, in the
same format as the evaluation's gold files. An item marked `"optional": true` is one a
reader could go either way on: relx may report it or not.

`test_sample_matches_gold` runs relx on a sample and compares the JSON record it prints
with the gold file. The comparison follows the evaluation scorer's normalization (names
lose case, accents, a leading "the", possessive 's, honorifics and legal suffixes such as
Inc. or LLP; titles are compared as word sets with CEO = chief executive officer; dates
by normalized value; quotes by their words, ignoring punctuation and quotation marks) but
as exact expectations rather than a score. The test fails on any of:

- organizations/people: a gold entity not found (by its name or any alias), an entity
  that is not in the gold, or one gold entity reported twice;
- roles: a gold role (same person, same title words, same organization; `null` accepted
  where the gold says the organization is only implied) not reported, or a reported role
  the gold does not have (an optional gold role also covers a reported role the scorer
  would match to it: half its title words, `Board member` for `board of directors`);
- dates: a gold value not reported, or a value the gold does not have;
- quotes: a gold quote not reported with exactly its words, a reported quote the gold
  does not have, the same quote twice, or a quote attributed to the wrong speaker;
- published and dateline: not exactly the gold's;
- announcement: a kind that is neither the gold's nor one of its `also`; a gold party
  (role and entity) not reported, or a reported party the gold does not have; a lead
  investor not marked `lead`; the deal's amount, the round or the period not the gold's;
- amounts: a gold (value, currency) not reported, or a reported one the gold does not
  have (as the scorer does, an amount written twice counts once).

The failure message lists every difference, one per line.

`test_offsets_point_at_the_text` and `test_every_item_names_its_rule` check the
contract every item must keep whatever it found: `text[start:end]` is the item's text,
and `rule` says which heuristic produced it.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from relx.pipeline import analyze
from relx.render.jsonout import dumps

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_NAMES = sorted(p.stem for p in SAMPLES.glob("*.txt"))

# --- normalization (the evaluation scorer's rules) ------------------------------------

LEGAL_SUFFIXES = {"inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "corp",
                  "corporation", "co", "company", "plc", "sa", "ag", "gmbh", "nv", "bv",
                  "se", "ab", "oy", "as", "spa", "srl", "pty", "pte", "group", "holdings"}
HONORIFICS = {"dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame"}
TITLE_ABBREV = {
    "ceo": "chief executive officer", "cfo": "chief financial officer",
    "coo": "chief operating officer", "cto": "chief technology officer",
    "cmo": "chief marketing officer", "cio": "chief information officer",
    "cso": "chief scientific officer", "cpo": "chief product officer",
    "chro": "chief human resources officer", "vp": "vice president",
    "svp": "senior vice president", "evp": "executive vice president",
    "md": "managing director", "gm": "general manager", "pr": "public relations",
}
TITLE_STOP = {"of", "the", "and", "at", "for", "a", "an", "&", "in", "to", "its"}


# 2026-03-10, 2026-03, 2026, 2026-Q3, 2026-H1, 2026-SU, or an interval of two of them.
_PERIOD = r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI))?"
DATE_VALUE = re.compile(f"{_PERIOD}(?:/{_PERIOD})?")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("\u2019", "'")


def norm_name(text: str | None) -> str:
    """`The Acme Corp.'s` and `Acme` are the same organization; `Dr. Jane Doe` is `Jane Doe`."""
    if not isinstance(text, str):
        return ""
    text = fold(text).strip().removeprefix("@")
    text = re.sub(r"'s\b", "", text)
    words = re.findall(r"[a-z0-9]+", text.replace("_", " "))
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words = words[:-1]
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def forms(entity: dict) -> set[str]:
    names = [entity.get("name"), *(entity.get("aliases") or [])]
    return {n for n in map(norm_name, names) if n}


def title_words(title: str | None) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", fold(title or "").replace("-", " "))
    expanded = [part for w in words for part in TITLE_ABBREV.get(w, w).split()]
    return frozenset(w for w in expanded if w not in TITLE_STOP)


def words(text: str | None) -> list[str]:
    """A quote's words: punctuation, quotation marks and line breaks do not count."""
    return re.findall(r"[a-z0-9]+", fold(text or ""))


def norm_date(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return "/".join(re.sub(r"T.*$", "", v.strip()).upper() for v in value.split("/"))


def as_name(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# --- comparison -----------------------------------------------------------------------

def resolve(name, entities: list[dict]) -> int | None:
    """Index of the gold entity a name refers to (by its name or one of its aliases)."""
    key = norm_name(as_name(name))
    return next((i for i, e in enumerate(entities) if key and key in forms(e)), None)


def entity_differences(field: str, gold: list[dict], got: list[dict]) -> list[str]:
    diffs = []
    found: dict[int, str] = {}
    for ent in got:
        mine = forms(ent)
        hit = next((i for i, g in enumerate(gold) if mine & forms(g)), None)
        if hit is None:
            diffs.append(f"{field}: unexpected {ent.get('name')!r} (aliases {ent.get('aliases') or []})")
        elif hit in found and not gold[hit].get("optional"):
            diffs.append(f"{field}: {gold[hit]['name']!r} reported twice: as {found[hit]!r} "
                         f"and as {ent.get('name')!r}")
        else:
            found.setdefault(hit, ent.get("name"))
    for i, g in enumerate(gold):
        if i not in found and not g.get("optional"):
            diffs.append(f"{field}: missing {g['name']!r} (aliases {g.get('aliases') or []})")
    return diffs


def role_matches(g: dict, p: dict, people: list[dict], orgs: list[dict], loose: bool = False) -> bool:
    """Same person, same title words, same organization (null allowed where implied).

    `loose` is the evaluation scorer's own test (half the title words in common either
    way; any organization when the gold has none), used only to tolerate a reported role
    that an optional gold role covers: those are the roles a reader could word either way.
    """
    person = resolve(g.get("person"), people)
    if person is None or person != resolve(p.get("person"), people):
        return False
    want_words, got_words = title_words(g.get("title")), title_words(p.get("title"))
    if not want_words or not got_words:
        return False
    if loose:
        common = len(want_words & got_words)
        if common / len(want_words) < 0.5 or common / len(got_words) < 0.5:
            return False
    elif want_words != got_words:
        return False
    want, got = g.get("organization"), as_name(p.get("organization"))
    if want is None:
        return loose or got is None
    if got is None:
        return bool(g.get("organization_implied"))
    return resolve(want, orgs) is not None and resolve(want, orgs) == resolve(got, orgs)


def describe_role(role: dict) -> str:
    return (f"{as_name(role.get('person'))} / {role.get('title')!r} / "
            f"{as_name(role.get('organization'))}")


def role_differences(gold: dict, got: list[dict]) -> list[str]:
    people, orgs, roles = gold["people"], gold["organizations"], gold["roles"]
    diffs = []
    for g in roles:
        if g.get("optional") or any(role_matches(g, p, people, orgs) for p in got):
            continue
        same_person = [describe_role(p) for p in got
                       if resolve(p.get("person"), people) == resolve(g["person"], people)]
        note = f"; relx gave this person: {'; '.join(same_person)}" if same_person else ""
        implied = " (or null: implied)" if g.get("organization_implied") else ""
        diffs.append(f"roles: missing {describe_role(g)}{implied}{note}")
    for p in got:
        if not any(role_matches(g, p, people, orgs) or
                   (g.get("optional") and role_matches(g, p, people, orgs, loose=True))
                   for g in roles):
            diffs.append(f"roles: unexpected {describe_role(p)}")
    return diffs


def date_differences(gold: list[dict], got: list[dict]) -> list[str]:
    want = {norm_date(d["value"]): d["text"] for d in gold if not d.get("optional")}
    maybe = {norm_date(d["value"]) for d in gold if d.get("optional")}
    found: dict[str, str] = {}
    for d in got:
        value = norm_date(d.get("value"))
        if value:
            found.setdefault(value, d.get("text", ""))
    diffs = [f"dates: missing {v} ({want[v]!r})" for v in sorted(want) if v not in found]
    diffs += [f"dates: unexpected {v} ({found[v]!r})" for v in sorted(found)
              if v not in want and v not in maybe]
    return diffs


def quote_differences(gold: dict, got: list[dict]) -> list[str]:
    speakers = gold["people"] + gold["organizations"]
    diffs = []
    matched: dict[int, int] = {}  # gold quote index -> how many reported quotes have its words
    for q in got:
        mine = words(q.get("text"))
        if not mine:
            continue
        hit = next((i for i, g in enumerate(gold["quotes"]) if words(g["text"]) == mine), None)
        if hit is None:
            near = max(gold["quotes"], default=None,
                       key=lambda g: len(set(words(g["text"])) & set(mine)))
            overlap = near and set(words(near["text"])) & set(mine)
            hint = f" (the gold quote nearest to it: {short(near['text'])})" if overlap else ""
            diffs.append(f"quotes: unexpected {short(q.get('text'))}{hint}")
            continue
        matched[hit] = matched.get(hit, 0) + 1
        g = gold["quotes"][hit]
        if matched[hit] == 2:
            diffs.append(f"quotes: reported twice: {short(g['text'])}")
        want = resolve(g.get("speaker"), speakers)
        if matched[hit] == 1 and (want is None or want != resolve(q.get("speaker"), speakers)):
            diffs.append(f"quotes: speaker {as_name(q.get('speaker'))!r}, should be "
                         f"{g.get('speaker')!r}: {short(g['text'])}")
    for i, g in enumerate(gold["quotes"]):
        if i not in matched and not g.get("optional"):
            diffs.append(f"quotes: missing [{g.get('speaker')}] {short(g['text'])}")
    return diffs


def header_differences(gold: dict, got: dict) -> list[str]:
    diffs = []
    if norm_date(gold.get("published")) != norm_date(got.get("published")):
        diffs.append(f"published: {got.get('published')!r}, should be {gold.get('published')!r}")

    def dateline(d) -> tuple[str, str | None] | None:
        return (norm_name(d.get("location")), norm_date(d.get("date"))) if isinstance(d, dict) else None

    want, have = gold.get("dateline"), got.get("dateline")
    if dateline(want) != dateline(have):
        shown = {"location": have.get("location"), "date": have.get("date")} if have else None
        diffs.append(f"dateline: {shown!r}, should be {want!r}")
    return diffs


def same_money(a: dict | None, b: dict | None) -> bool:
    """Equal (value, currency), the value within half a percent as the scorer allows."""
    if not isinstance(a, dict) or not isinstance(b, dict):
        return a is None and b is None
    try:
        x, y = float(a["value"]), float(b["value"])
    except (KeyError, TypeError, ValueError):
        return False
    return str(a.get("currency")).upper() == str(b.get("currency")).upper() and \
        abs(x - y) <= 0.005 * abs(x)


def announcement_differences(gold: dict, got) -> list[str]:
    want = gold.get("announcement")
    if "announcement" not in gold:
        return []
    if want is None or not isinstance(got, dict):
        return [] if want is None and got is None else [f"announcement: {got!r}, should be {want!r}"]
    diffs = []
    kinds = {want["kind"], *(want.get("also") or [])}
    if got.get("kind") not in kinds:
        diffs.append(f"announcement: kind {got.get('kind')!r}, should be {want['kind']!r}")
    entities = gold["people"] + gold["organizations"]

    def key(party: dict) -> tuple[str, int | None]:
        return party.get("role"), resolve(party.get("name"), entities)

    reported = {key(p): p for p in got.get("parties") or []}
    for g in want.get("parties") or []:
        p = reported.get(key(g))
        if p is None:
            if not g.get("optional"):
                diffs.append(f"announcement: missing party {g['role']} {g['name']!r}")
        elif bool(g.get("lead")) != bool(p.get("lead")):
            diffs.append(f"announcement: {g['name']!r} lead is {p.get('lead')!r}, should be "
                         f"{bool(g.get('lead'))}")
    known = {key(g) for g in want.get("parties") or []}
    diffs += [f"announcement: unexpected party {p.get('role')} {p.get('name')!r}"
              for k, p in reported.items() if k not in known]
    if want.get("amount") is not None and not same_money(want["amount"], got.get("amount")):
        diffs.append(f"announcement: amount {got.get('amount')!r}, should be {want['amount']!r}")
    for field in ("round", "period"):
        if want.get(field) != got.get(field) and (want.get(field) or got.get(field)):
            diffs.append(f"announcement: {field} {got.get(field)!r}, should be {want.get(field)!r}")
    return diffs


def amount_differences(gold: dict, got: list[dict]) -> list[str]:
    if "amounts" not in gold:
        return []
    want = [a for a in gold["amounts"] if not a.get("optional")]
    maybe = [a for a in gold["amounts"] if a.get("optional")]
    diffs = [f"amounts: missing {a['text']!r} ({a['value']:g} {a['currency']})" for a in want
             if not any(same_money(a, p) for p in got)]
    seen: list[dict] = []
    for p in got:
        if any(same_money(p, a) for a in want + maybe) or any(same_money(p, q) for q in seen):
            continue
        seen.append(p)
        diffs.append(f"amounts: unexpected {p.get('text')!r} ({p.get('value')} {p.get('currency')})")
    return diffs


def differences(gold: dict, got: dict) -> list[str]:
    """Every way a record departs from the gold, one readable line each."""
    return [
        *header_differences(gold, got),
        *entity_differences("organizations", gold["organizations"], got.get("organizations") or []),
        *entity_differences("people", gold["people"], got.get("people") or []),
        *role_differences(gold, got.get("roles") or []),
        *date_differences(gold["dates"], got.get("dates") or []),
        *quote_differences(gold, got.get("quotes") or []),
        *announcement_differences(gold, got.get("announcement")),
        *amount_differences(gold, got.get("amounts") or []),
    ]


# --- fixtures -------------------------------------------------------------------------

def sample_text(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def load_gold(name: str) -> dict:
    gold = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    for key in ("organizations", "people", "roles", "dates", "quotes"):
        gold.setdefault(key, [])
    return gold


@pytest.fixture(scope="module")
def records(nlp):
    """Each sample extracted once: the Record objects, parsed by the session's pipeline."""
    return {name: analyze(nlp(sample_text(name)), f"samples/{name}.txt") for name in SAMPLE_NAMES}


# --- tests ----------------------------------------------------------------------------

def test_there_are_samples():
    assert len(SAMPLE_NAMES) >= 6
    assert all((SAMPLES / f"{name}.json").exists() for name in SAMPLE_NAMES)


def test_every_gold_has_an_announcement_and_amounts():
    missing = [name for name in SAMPLE_NAMES
               if not {"announcement", "amounts"} <= set(load_gold(name))]
    assert not missing, f"samples without announcement/amounts gold: {missing}"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_gold_file_is_consistent(name):
    """The gold itself must be usable: every quote verbatim in the text, every role's
    person and organization and every speaker listed among the entities."""
    text, gold = sample_text(name), load_gold(name)
    assert gold["doc"] == f"{name}.txt"
    problems = [f"quote not in the text: {short(q['text'])}" for q in gold["quotes"]
                if q["text"] not in text]
    people, orgs = gold["people"], gold["organizations"]
    problems += [f"role person not in people: {r['person']!r}" for r in gold["roles"]
                 if resolve(r["person"], people) is None]
    problems += [f"role organization not in organizations: {r['organization']!r}"
                 for r in gold["roles"]
                 if r["organization"] is not None and resolve(r["organization"], orgs) is None]
    problems += [f"speaker not an entity: {q['speaker']!r}" for q in gold["quotes"]
                 if resolve(q["speaker"], people + orgs) is None]
    problems += [f"date value not in the normal form: {d}" for d in gold["dates"]
                 if not DATE_VALUE.fullmatch(d["value"])]
    if gold["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"]):
        problems.append(f"published is not YYYY-MM-DD: {gold['published']!r}")
    announcement = gold.get("announcement") or {}
    problems += [f"party not an entity: {p['name']!r}" for p in announcement.get("parties") or []
                 if resolve(p["name"], people + orgs) is None]
    if announcement.get("period") and not DATE_VALUE.fullmatch(announcement["period"]):
        problems.append(f"period not in the normal form: {announcement['period']!r}")
    problems += [f"amount text not in the text: {a['text']!r}" for a in gold.get("amounts") or []
                 if a["text"] not in text]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_matches_gold(name, records):
    got = json.loads(dumps(records[name]))  # exactly what `relx extract --format json` prints
    diffs = differences(load_gold(name), got)
    if diffs:  # pytest.fail, not assert: the message is the report, without a traceback
        pytest.fail(f"{len(diffs)} differences from samples/{name}.json:\n  " + "\n  ".join(diffs),
                    pytrace=False)


def offset_problems(text: str, record) -> list[str]:
    """Every item whose offsets do not cover exactly the text it claims."""
    spans: list[tuple[str, int, int, str]] = []
    for kind, entities in (("organization", record.organizations), ("person", record.people)):
        for ent in entities:
            spans += [(f"{kind} {ent.name!r} mention", m.start, m.end, m.text) for m in ent.mentions]
    for org in record.organizations:
        if org.ticker:
            t = org.ticker
            spans.append((f"ticker of {org.name!r}", t.start, t.end, t.text))
    spans += [(f"role title of {r.person!r}", r.start, r.end, r.title) for r in record.roles]
    spans += [("date", d.start, d.end, d.text) for d in record.dates]
    spans += [("quote", q.start, q.end, q.text) for q in record.quotes]
    if record.dateline:
        dl = record.dateline
        spans.append(("dateline", dl.start, dl.end, dl.text))
    spans += [("amount", a.start, a.end, a.text) for a in record.amounts]
    if record.announcement is not None:
        a = record.announcement
        if a.amount is not None:
            spans.append(("deal amount", a.amount.start, a.amount.end, a.amount.text))
        names = {e.name: {m.text for m in e.mentions} for e in (*record.organizations, *record.people)}
        for p in a.parties:
            if text[p.start:p.end] not in names.get(p.name, set()):
                spans.append((f"party {p.role} {p.name!r}", p.start, p.end, "(a mention of it)"))
    return [f"{what}: text[{start}:{end}] is {short(text[start:end])}, item says {short(claimed)}"
            for what, start, end, claimed in spans
            if not (0 <= start <= end <= len(text)) or text[start:end] != claimed]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_offsets_point_at_the_text(name, records):
    problems = offset_problems(sample_text(name), records[name])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_item_names_its_rule(name, records):
    record = records[name]
    items = [*record.organizations, *record.people, *record.roles, *record.dates, *record.quotes,
             *record.amounts]
    if record.announcement is not None:
        items += [record.announcement, *record.announcement.parties]
        items += [record.announcement.amount] if record.announcement.amount else []
    unnamed = [repr(item)[:100] for item in items if not item.rule]
    assert not unnamed, "items without a rule:\n" + "\n".join(unnamed)


# --- the comparison itself, on records written for the purpose ------------------------

GOLD = {
    "published": "2026-03-10",
    "dateline": {"location": "PORTLAND, Ore.", "date": "2026-03-10"},
    "organizations": [{"name": "Acme Widgets, Inc.", "aliases": ["Acme"]},
                      {"name": "PRNewswire", "aliases": [], "optional": True}],
    "people": [{"name": "Jane Doe", "aliases": ["Doe"]}],
    "roles": [{"person": "Jane Doe", "title": "Chief Executive Officer", "organization": "Acme",
               "organization_implied": True}],
    "dates": [{"text": "today", "value": "2026-03-10"},
              {"text": "fiscal 2027", "value": "2027", "optional": True}],
    "quotes": [{"text": "We are ready,", "speaker": "Jane Doe"}],
}


def test_a_record_equal_to_the_gold_up_to_normalization_has_no_differences():
    got = {
        "published": "2026-03-10",
        "dateline": {"location": "Portland, Ore.", "date": "2026-03-10"},
        "organizations": [{"name": "Acme Widgets", "aliases": []}],
        "people": [{"name": "Dr. Jane Doe", "aliases": []}],
        "roles": [{"person": "Doe", "title": "CEO", "organization": None}],
        "dates": [{"text": "March 10, 2026", "value": "2026-03-10"},
                  {"text": "fiscal 2027", "value": "2027"}],
        "quotes": [{"text": "We are ready", "speaker": "Jane Doe"}],
    }
    assert differences(GOLD, got) == []


def test_an_optional_role_tolerates_other_wordings_but_a_required_one_does_not():
    gold = {**GOLD, "roles": [
        {"person": "Jane Doe", "title": "Chief Executive Officer", "organization": "Acme"},
        {"person": "Jane Doe", "title": "board of directors", "organization": "Acme", "optional": True},
    ]}
    got = {**GOLD, "people": GOLD["people"], "organizations": GOLD["organizations"],
           "dates": GOLD["dates"], "quotes": GOLD["quotes"],
           "roles": [{"person": "Jane Doe", "title": "Chief Executive", "organization": "Acme"},
                     {"person": "Jane Doe", "title": "board member", "organization": "Acme"}]}
    assert differences(gold, got) == [
        "roles: missing Jane Doe / 'Chief Executive Officer' / Acme; "
        "relx gave this person: Jane Doe / 'Chief Executive' / Acme; Jane Doe / 'board member' / Acme",
        "roles: unexpected Jane Doe / 'Chief Executive' / Acme",
    ]


def test_every_kind_of_difference_is_listed():
    got = {
        "published": None,
        "dateline": None,
        "organizations": [{"name": "Acme", "aliases": []}, {"name": "Acme Widgets", "aliases": []},
                          {"name": "Portland", "aliases": []}],
        "people": [],
        "roles": [{"person": "Jane Doe", "title": "President", "organization": "Acme"}],
        "dates": [{"text": "2025", "value": "2025"}],
        "quotes": [{"text": "We are ready,", "speaker": "Acme"},
                   {"text": "ready", "speaker": "Jane Doe"}],
    }
    diffs = differences(GOLD, got)
    assert diffs == [
        "published: None, should be '2026-03-10'",
        "dateline: None, should be {'location': 'PORTLAND, Ore.', 'date': '2026-03-10'}",
        "organizations: 'Acme Widgets, Inc.' reported twice: as 'Acme' and as 'Acme Widgets'",
        "organizations: unexpected 'Portland' (aliases [])",
        "people: missing 'Jane Doe' (aliases ['Doe'])",
        "roles: missing Jane Doe / 'Chief Executive Officer' / Acme (or null: implied); "
        "relx gave this person: Jane Doe / 'President' / Acme",
        "roles: unexpected Jane Doe / 'President' / Acme",
        "dates: missing 2026-03-10 ('today')",
        "dates: unexpected 2025 ('2025')",
        "quotes: speaker 'Acme', should be 'Jane Doe': 'We are ready,'",
        "quotes: unexpected 'ready' (the gold quote nearest to it: 'We are ready,')",
    ]


def test_announcement_and_amount_differences_are_listed():
    gold = {**GOLD,
            "announcement": {"kind": "funding", "also": ["partnership"], "parties": [
                {"role": "recipient", "name": "Acme Widgets, Inc."},
                {"role": "investor", "name": "Jane Doe", "lead": True}],
                "amount": {"value": 37000000, "currency": "USD"}, "round": "Series B"},
            "amounts": [{"text": "$37 million", "value": 37000000, "currency": "USD"},
                        {"text": "(53)", "value": -53000, "currency": "USD", "optional": True}]}
    right = {"kind": "partnership", "parties": [
                {"role": "recipient", "name": "Acme"}, {"role": "investor", "name": "Doe", "lead": True}],
             "amount": {"value": 37_000_000.0, "currency": "usd"}, "round": "Series B"}
    assert announcement_differences(gold, right) == []
    assert amount_differences(gold, [{"text": "$37M", "value": 37e6, "currency": "USD"},
                                     {"text": "(53)", "value": -53000, "currency": "USD"}]) == []
    wrong = {"kind": "product", "parties": [{"role": "investor", "name": "Jane Doe"},
                                            {"role": "maker", "name": "Acme"}],
             "amount": None, "round": None}
    assert announcement_differences(gold, wrong) == [
        "announcement: kind 'product', should be 'funding'",
        "announcement: missing party recipient 'Acme Widgets, Inc.'",
        "announcement: 'Jane Doe' lead is None, should be True",
        "announcement: unexpected party maker 'Acme'",
        "announcement: amount None, should be {'value': 37000000, 'currency': 'USD'}",
        "announcement: round None, should be 'Series B'",
    ]
    assert amount_differences(gold, [{"text": "5%", "value": 5, "currency": "USD"}]) == [
        "amounts: missing '$37 million' (3.7e+07 USD)",
        "amounts: unexpected '5%' (5 USD)",
    ]
