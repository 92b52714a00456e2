"""Every amount of money in a release, with its value in plain units and its ISO 4217 code.

The money parser is written here, over regular expressions, with Babel (already installed:
trafilatura needs it) as the source of currency data: the ISO 4217 codes, the English
symbols (`€`, `£`, `HK$`, `A$`, `NT$`, ...) and the English plural names (`Canadian
dollars`, `Japanese yen`). The libraries that parse money were tried first on the forms
below: price-parser reads one price from a short string, with no scale words (`$1.2
billion` -> 1.2) and its currency as the symbol written (`CDN$` -> `N$`); quantulum3 (28
MB with its dependencies, 3 s to its first answer) reads `€40m` as euro-metres, `£3.5bn`
as pound-barns, averages a range into one number and loses `CDN$` and `HK$`. What a
release needs is a scanner that finds the span, so that is what this is.

Forms read (see tests/test_amounts.py):

* a symbol or code before the figure: `$1.2 billion`, `US$122.5 million`, `CDN$7 billion`,
  `C$3.45 million`, `USD $10.4 Million`, `€40m`, `£3.5bn`, `VND 300 billion`, `₹500 crore`;
* a currency after the figure: `5 million euros`, `two billion dollars`, `12.5 million EUR`,
  `$5 million CAD` (the code after a `$` says which dollar), `35 cents`;
* a range: `$5-10 million`, `$50-200`, `$5 to $10 million` are two amounts, each with
  the range's text;
* a sign: `negative $1.3 million`, `-$2.5 million`, `minus €3m`, `£(0.2)M`;
* a table under a units line (`(in thousands, except per share data)`): each figure of
  a row, `(53)` being -53,000 (`rule` "table-units").

Not money: percentages, share or token counts, years and other bare numbers: every
amount here needs a currency written next to its figure (or, in a table, a units line).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..model import Amount

# --- currencies -------------------------------------------------------------------------

# Dollar signs written with a country prefix that Babel's English symbols do not give
# (it has `CA$`, `A$`, `HK$`, `NZ$`, `NT$`, `MX$`, `R$`): the forms releases use.
EXTRA_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "US $": "USD",
    "C$": "CAD", "CDN$": "CAD", "Cdn$": "CAD", "CAD$": "CAD", "Can$": "CAD",
    "AU$": "AUD", "AUD$": "AUD", "S$": "SGD", "SG$": "SGD", "NZD$": "NZD",
    "Rs.": "INR", "Rs": "INR", "RMB": "CNY",
    "₦": "NGN", "₺": "TRY", "₽": "RUB", "₴": "UAH", "฿": "THB",
}
# ISO codes that spell an English word or a common capitalized acronym: `TOP 10`,
# `ALL 3 plans`, `TRY 30 days free`. Written before a figure they are rarely money.
WORD_CODES = frozenset("ALL TOP CUP MOP PEN TRY BAM SOS GEL MAD FUN STD BOB DOP CVE".split())
# Plural currency names that Babel spells differently from how releases write them, and
# the bare names (a bare `dollars` is USD unless the text makes it another: see below).
EXTRA_NAMES = {
    "dollars": "USD", "US dollars": "USD", "U.S. dollars": "USD", "euros": "EUR",
    "euro": "EUR", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "dong": "VND", "won": "KRW", "naira": "NGN", "rand": "ZAR",
    "pesos": "MXN", "francs": "CHF", "Swiss francs": "CHF", "riyals": "SAR",
    "dirhams": "AED", "ringgit": "MYR", "baht": "THB", "rubles": "RUB",
}


@lru_cache(maxsize=1)
def currency_tables() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """(symbol -> code, codes, lower-case plural name -> code), from Babel's English data
    plus the forms above. Built once: Babel loads its locale file on first use."""
    from babel import Locale

    english = Locale.parse("en")
    symbols = {sym: code for code, sym in english.currency_symbols.items()
               if sym != code and not sym.isalpha() and sym not in ("¤", "Cg.")}
    symbols.update(EXTRA_SYMBOLS)
    codes = frozenset(code for code in english.currencies if code.isupper() and len(code) == 3
                      and not code.startswith("X")) - WORD_CODES
    names: dict[str, str] = {}
    plural = english._data.get("currency_names_plural", {})
    for code in codes:
        for form in plural.get(code, {}).values() if hasattr(plural.get(code), "values") else []:
            names.setdefault(form.lower(), code)
    names.update({k.lower(): v for k, v in EXTRA_NAMES.items()})
    return symbols, codes | {"XAF", "XOF"}, names


def _alternation(forms) -> str:
    """A regex alternation of literal forms, longest first so `US$` wins over `$`."""
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


# --- the pattern --------------------------------------------------------------------------

# A figure: `1,234,567.89`, `37`, `0.000564`, `.5`.
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# Figures spelled out, as releases write round sums: `two billion dollars`.
NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100, "several": None,
    "half a": Decimal("0.5"),
}
SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6,
    "mm": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "b": 10**9,
    "trillion": 10**12, "tn": 10**12, "crore": 10**7, "lakh": 10**5, "lakhs": 10**5,
    "crores": 10**7,
}
# A scale word may follow after a space; a one- or two-letter abbreviation only when
# attached (`€40m`, `$3B`, `$500K`) or written `bn`/`mn`/`mln`/`MM` with a space.
SCALE = (r"(?:\s?(?i:thousand|million|billion|trillion|crores?|lakhs?)"
         r"|\s?(?:(?i:bn|mn|mln|tn)|MM)|(?:[mMbBkK]))(?![\w])")
CENTS = {"cents": Decimal("0.01"), "cent": Decimal("0.01"), "pence": Decimal("0.01")}


# Where accountants' brackets round a whole figure, `($1.09)`, `($14.4)M`: in a list of
# results, after `of`, `was`, `to`, `and`, a comma, a colon or a slash. After a noun or
# another amount the brackets hold a price or a conversion (`cocktails ($15)`,
# `£3,750 ($5,035)`), which is no loss.
ACCOUNTS_BEFORE = "(?:" + "|".join(
    rf"(?<=\b{w}\s)" for w in ("of", "was", "were", "is", "are", "to", "and", "or", "from")
) + r"|(?<=,\s)|(?<=:\s)|(?<=/))"  # `\s`: the pattern is verbose


@lru_cache(maxsize=1)
def money_pattern() -> re.Pattern[str]:
    symbols, codes, names = currency_tables()
    symbol = _alternation(symbols)
    code = "|".join(sorted(codes))
    name = _alternation(names)
    words = _alternation(NUMBER_WORDS)
    # A currency before the figure: a symbol, or a code with an optional `$` (`USD $10`).
    prefix = rf"(?P<sym>{symbol})|(?P<code>\b(?:{code}))(?:\s?\$)?\s?"
    # The second figure of a range, its own currency sign optional: `-10`, ` to $10`.
    # `and` joins a range only after `between` (`between $5 and $10 million`); the second
    # figure is not a percentage (`from $5 to 10%`).
    second = (rf"(?P<sep>\s?[-\u2013\u2014]\s?|\sto\s|(?(btw)\sand\s|(?!)))(?:{symbol}\s?)?"
              rf"(?P<num2>{NUMBER})(?P<scale2>{SCALE})?(?!\d|[.,]\d|\s?(?:%|(?i:percent|per\scent|shares)\b))")
    # A figure or a number word (`two billion`) before a currency name share one copy of
    # the names (500 of them, case-insensitive): compiling the pattern is most of a
    # one-file run's cost of amounts, and each copy added a third. A figure starts with a
    # digit or a point, a number word with a letter, so which is tried first never
    # changes a match.
    return re.compile(
        rf"""
        (?P<sign>(?<![\w.])(?i:negative|minus)\s|(?<![\w.\-])[-\u2212](?=[^\d\s]))?
        (?:
          (?P<btw>(?<=between\s))?(?P<opar>{ACCOUNTS_BEFORE}\((?=(?:{symbol})\s?{NUMBER}\)))?(?<![\w$])(?:{prefix})\s?(?P<lpar>(?(opar)(?!)|\())?(?P<num>{NUMBER})(?(lpar)\))(?(opar)\))(?P<scale>{SCALE})?(?:{second})?
            (?:\s(?P<after_code>{code})\b)?
        | (?:(?<![\w$.,])(?P<bare>{NUMBER})(?P<bscale>{SCALE})?
            |\b(?P<word>(?i:{words}))\s(?P<wscale>(?i:thousand|million|billion|trillion))
          )\s(?P<name>(?i:{name}))\b
        | (?<![\w$.,])(?P<bare2>{NUMBER})(?P<bscale2>{SCALE})?\s(?P<code2>{code})\b
        | (?<![\w$.,])(?P<cnum>{NUMBER})\s(?P<cents>cents?|pence)\b
        )
        """,
        re.VERBOSE,
    )


# `Canadian dollars` stated as the release's currency: `all amounts are in Canadian
# dollars`, `(expressed in Canadian dollars)`, `unless otherwise noted, in CAD`. Then a
# bare `$` is that dollar, as the guidelines say.
DOLLAR_STATEMENT = re.compile(
    r"(?i:amounts?|figures|expressed|stated|reported|presented|denominated|"
    r"unless otherwise (?:noted|indicated|stated)|\(in)[^.\n]{0,60}?"
    r"\b(?P<which>Canadian|Australian|New Zealand|Hong Kong|Singapore)\s(?i:dollars?)"
)
DOLLAR_CODES = {"Canadian": "CAD", "Australian": "AUD", "New Zealand": "NZD",
                "Hong Kong": "HKD", "Singapore": "SGD"}


OTHER_DOLLAR = re.compile(r"\b(?:Canadian|Australian|New Zealand|Hong Kong|Singapore)\s(?i:dollars?)")


def default_dollar(text: str) -> str:
    """The currency of a bare `$` in this text: USD unless it says otherwise. (The
    statement is looked for only before a named dollar: one search of the whole text.)"""
    for named in OTHER_DOLLAR.finditer(text):
        m = DOLLAR_STATEMENT.search(text, max(0, named.start() - 80), named.end())
        if m:
            return DOLLAR_CODES[m.group("which")]
    return "USD"


def yen_or_yuan(text: str) -> str:
    """`¥` is JPY unless the text speaks of yuan or renminbi (then CNY)."""
    return "CNY" if re.search(r"\b(?i:yuan|renminbi|RMB)\b", text) else "JPY"


# --- values -------------------------------------------------------------------------------

def plain(value: Decimal) -> int | float:
    """A JSON-friendly number: an int when whole (`$1.2 billion` -> 1200000000, no float
    noise), else a float (`$0.35`)."""
    return int(value) if value == value.to_integral_value() else float(value)


def figure(number: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        value *= SCALES[scale.strip().lower()]
    return value


def _currency(m: re.Match[str], text: str, dollar: str) -> str | None:
    symbols, _, names = currency_tables()
    if m.group("after_code"):
        return m.group("after_code")  # `$5 million CAD`
    if m.group("sym"):
        code = symbols[m.group("sym")]
        if code == "USD" and m.group("sym") == "$":
            return dollar
        return yen_or_yuan(text) if code == "JPY" else code
    if m.group("code"):
        return m.group("code")
    if m.group("name"):
        name = m.group("name").lower()
        code = names[name]
        return dollar if name == "dollars" else code
    if m.group("code2"):
        return m.group("code2")
    return dollar  # cents


# Every amount has a figure or a scale word (`two billion dollars`), and the rest of it
# sits close by: a currency and a sign before (`negative USD $`), a scale, a currency
# name and a range's second figure after (` million to $10 million Canadian dollars`).
MONEY_ANCHOR = re.compile(r"\d[\d,.]*|(?i:illion|housand)")
BEFORE, AFTER = 30, 60


def money_windows(text: str, lo: int, hi: int):
    """Spans of text[lo:hi] that may hold an amount: around each figure or scale word,
    within its line, overlapping spans merged. The full pattern (hundreds of codes and
    names) costs a search at every character it is run on; a release's figures cover a
    small part of it, and finding them is one cheap search."""
    window_lo = window_hi = -1
    for m in MONEY_ANCHOR.finditer(text, lo, hi):
        # the line's ends are looked for only as far as the window reaches: a text of one
        # long line with many figures stays linear
        start, end = max(lo, m.start() - BEFORE), min(hi, m.end() + AFTER)
        start = text.rfind("\n", start, m.start()) + 1 or start
        line_hi = text.find("\n", m.end(), end)
        end = end if line_hi < 0 else line_hi
        if start <= window_hi:
            window_hi = max(window_hi, end)
            continue
        if window_hi > window_lo:
            yield window_lo, window_hi
        window_lo, window_hi = start, end
    if window_hi > window_lo:
        yield window_lo, window_hi


def amounts_in(text: str, lo: int = 0, hi: int | None = None) -> list[Amount]:
    """Every amount of money written in text[lo:hi], in text order."""
    hi = len(text) if hi is None else hi
    dollar = default_dollar(text)
    found: list[Amount] = []
    pattern = money_pattern()
    matches = (m for window_lo, window_hi in money_windows(text, lo, hi)
               for m in pattern.finditer(text, window_lo, window_hi))
    for m in matches:
        currency = _currency(m, text, dollar)
        if currency is None:
            continue
        # `negative $1.3 million`, `-$2.5 million`, `£(0.2)M` (accountants' brackets)
        # `($14.4)M`, `($1.09)`: brackets round the currency and figure, scale outside
        sign = -1 if m.group("sign") or m.group("lpar") or m.group("opar") else 1
        start, end = m.start(), m.end()
        if m.group("num"):
            scale2 = m.group("scale2")
            first = figure(m.group("num"), m.group("scale") or None)
            if m.group("num2"):
                second = figure(m.group("num2"), scale2)
                if first is None or second is None:
                    continue
                # `$5-10 million`: the scale written once belongs to both figures, when
                # the first alone would be the smaller (`$500 to $1 million` keeps $500).
                if not m.group("scale") and scale2 and \
                        Decimal(m.group("num").replace(",", "")) < Decimal(m.group("num2").replace(",", "")):
                    first = figure(m.group("num"), scale2)
                found.append(_amount(text, start, end, sign * first, currency, "range-low"))
                found.append(_amount(text, start, end, sign * second, currency, "range-high"))
                continue
            value, rule = first, "symbol" if m.group("sym") else "code"
            if m.group("code") and m.end("code") == m.start("num") and not m.group("scale") \
                    and not re.search(r"[.,]", m.group("num")):
                continue  # `COP26`, `ALL4`: a code glued to a bare figure is a name
        elif m.group("bare"):
            value, rule = figure(m.group("bare"), m.group("bscale")), "name-after"
        elif m.group("bare2"):
            value, rule = figure(m.group("bare2"), m.group("bscale2")), "code-after"
        elif m.group("word"):
            count = NUMBER_WORDS[m.group("word").lower()]
            if count is None:
                continue  # `several million dollars`: no figure
            value = Decimal(count) * SCALES[m.group("wscale").lower()]
            rule = "words"
        else:
            value = figure(m.group("cnum"), None)
            value = value * CENTS[m.group("cents")] if value is not None else None
            rule = "cents"
            if m.group("cents") == "pence":
                currency = "GBP"
        if value is None:
            continue
        found.append(_amount(text, start, end, sign * value, currency, rule))
    found += table_amounts(text, dollar, lo, hi, found)
    found.sort(key=lambda a: a.start)  # stable: a range's low figure stays first
    return found


def _amount(text: str, start: int, end: int, value: Decimal, currency: str, rule: str) -> Amount:
    return Amount(text=text[start:end], value=plain(value), currency=currency,
                  start=start, end=end, rule=rule)


# --- tables under a units line --------------------------------------------------------------

# `(in thousands, except per share data)`, `($ in millions)`, `(In thousands of U.S.
# dollars)`, `(dollars in thousands)`, `(unaudited, in thousands)`.
UNITS_LINE = re.compile(
    r"^[^\n]{0,40}?\(?(?:(?P<cur>[$€£]|US\$|C\$|[A-Z]{3})\s)?"
    r"(?i:(?:in|amounts in|dollars in|expressed in)\s(?P<unit>thousands|millions|billions))"
    r"(?:\sof\s(?P<of>[^,)\n]{1,40}))?[^\n]{0,60}$",
    re.MULTILINE,
)
UNIT_WORD = re.compile(r"[Tt]housands|[Mm]illions|[Bb]illions|THOUSANDS|MILLIONS|BILLIONS")
UNIT_SCALES = {"thousands": 10**3, "millions": 10**6, "billions": 10**9}
# A table cell: `1,234`, `(53)`, `$ 1,234.5`, `-12`. Years (`2025` with no comma) are
# column headings, not figures.
CELL = re.compile(r"(?<![\w.,%])(?P<neg>\(|-)?(?:\$\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\)?(?![\w.,%]|\s?%)")
# Rows whose figures are not money even in a money table.
NOT_MONEY_ROW = re.compile(r"(?i)\bshares?\b|\bper\b|%|percent|margin|ratio|employees|headcount|days|units\b|\bbasis points\b")
# A table ends at a line of prose: a sentence of many words ending in a period.
PROSE_LINE = re.compile(r"^(?:\S+\s){12,}[^\n]*\.\s*$")
TABLE_LINES = 80


def table_amounts(text: str, dollar: str, lo: int, hi: int, found: list[Amount]) -> list[Amount]:
    """The figures of the rows under a units line, scaled by its unit. A figure already read
    as money in its own right (`$1.2 million` in a cell) is left as it is."""
    if not UNIT_WORD.search(text, lo, hi):
        return []  # most releases have no table: one plain search says so
    taken = [(a.start, a.end) for a in found]
    out: list[Amount] = []
    for units in UNITS_LINE.finditer(text, lo, hi):
        scale = UNIT_SCALES[units.group("unit").lower()]
        currency = _table_currency(units, dollar)
        pos = units.end() + 1
        for _ in range(TABLE_LINES):
            if pos >= hi:
                break
            end = text.find("\n", pos, hi)
            end = hi if end < 0 else end
            line = text[pos:end]
            if PROSE_LINE.match(line) or UNITS_LINE.match(line):
                break
            out += _row_amounts(text, pos, line, scale, currency, taken)
            pos = end + 1
    return out


def _table_currency(units: re.Match[str], dollar: str) -> str:
    symbols, codes, names = currency_tables()
    cur, of = units.group("cur"), (units.group("of") or "").strip()
    if cur in codes:
        return cur
    if cur and cur != "$":
        return symbols.get(cur, dollar)
    if of:
        for name, code in sorted(names.items(), key=lambda kv: -len(kv[0])):
            if name in of.lower():
                return dollar if name == "dollars" else code
    return dollar


def _row_amounts(text: str, pos: int, line: str, scale: int, currency: str,
                 taken: list[tuple[int, int]]) -> list[Amount]:
    cells = list(CELL.finditer(line))
    if not cells or NOT_MONEY_ROW.search(line[: cells[0].start()]):
        return []
    out = []
    for cell in cells:
        number = cell.group("num")
        if re.fullmatch(r"(?:19|20)\d\d", number):
            continue  # a year heading
        start, end = pos + cell.start(), pos + cell.end()
        if any(s < end and start < e for s, e in taken):
            continue
        value = figure(number, None)
        if value is None:
            continue
        negative = cell.group("neg") is not None
        out.append(_amount(text, start, end, (-value if negative else value) * scale,
                           currency, "table-units"))
    return out
