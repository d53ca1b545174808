"""Catalogues of hostile values, as the bytes that are written into a file.

`yaml_values(rng)` gives YAML scalar text (plain, quoted with escapes, or raw
bytes); `cell_values(rng)` gives text for a CSV cell or a JSON string. The lists
hold the values that broke hitc before (issue 9) and their neighbours.
"""

# Numbers at and beyond the edges of Int and Double, and YAML's special floats.
NUMBERS = [
    "1e309", "-1e309", "1e308", "1.7976931348623157e308", "-1.7976931348623157e308", "1.8e308",
    "5e-324", "4.9e-324", "1e-320", "2.2250738585072014e-308", "1e-400",
    "0", "-0", "-0.0", "0.0", "+0", "00", "007", "0.1", "-1", "-0.5", "1.0", "1.", ".5",
    "58561092298", "3001", "37", "1000000", "2147483647", "2147483648", "4294967296",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551615", "18446744073709551616", "100000000000000000000000000000000000000",
    "999999999.999999", "999999999999999999999.99", "0.000000000000000000001",
    ".nan", ".NaN", ".NAN", "nan", "NaN", ".inf", "-.inf", "+.inf", ".Inf", "inf", "Infinity", "-Infinity",
    "0x7fffffffffffffff", "0xffffffffffffffff", "0o777", "0b101", "1_000", "1,000", "1e3", "1E+3",
    "12:30:00", "1:20", "2026-02-30", "99999-01-01", "0001-01-01",
]

# Money, durations and versions: the scalar types hitc parses from text.
TYPED = [
    "999999999.999999 USD", "1e309 USD", "-0 USD", "NaN USD", ".inf USD", "0.00000000001 USD",
    "58561092298 USD", "0.45 XXX", "0.45 usd", "0.45USD", "USD 0.45", "0.45 USD USD", "-0.01 USD",
    "99999999999d", "0s", "1e309s", "-1m", "0d", "9223372036854775807s", "1h1h", "30 m", "7d12h",
    "99999999999.99999999999.9", "1.0.0-", "1.0.0+x", "01.0.0", "1.0.0-a.b.c.d.e.f.g",
]

# Text that must never reach a page, a file or a terminal raw.
TEXT = [
    "</script><script>alert(1)</script>", "]]>", "<![CDATA[x]]>", "${x}", "${items}", "{{x}}", "{{{x}}}",
    "<!--", "-->", "&amp;", "&#0;", "&#x1b;", "'\"`", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "%s%n%x", "\\", "|", "a|b", "a,b", "=1+1", "@SUM(A1)", "+cmd", "-cmd", "a\tb",
    "\u202eevil\u202c", "\u2066x\u2069", "\u200b", "\ufeff", "e\u0301\u0301\u0301\u0301", "\U0001F600",
    "Ṁüłtï-bÿtê", "日本語", "\u2028", "\u2029", "\u0085",
]

# YAML double-quoted escapes producing control or non-characters.
ESCAPES = [
    r"\x01", r"\0", r"\e", r"\a", r"\b", r"\v", r"\f", r"\r", r"\x7f", r"\x85", r"\x9b", r"\x1b[31m",
    r"\uFFFE", r"\uFFFF", r"\uD800", r"\U0010FFFF", r"\U00110000", r"\u202E", r"\u2028", r"\N", r"\_", r"\L", r"\P",
]

# Raw bytes that are not UTF-8, or are control bytes.
RAW = [
    b"\xff", b"\xfe\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82", b"\x80",
    b"\x1b[2J", b"\x07", b"\x00", b"\x1b]0;title\x07", b"\xc2\x9b", b"\xc2\x85", b"\r", b"\x0b",
]

# URLs near the edges of what a submit_url, image or link may be.
URLS = [
    "https://user:pass@labels.example.com/submit", "https://[::1]/submit", "https://[::1]:99999/x",
    "https://example.com:65536/submit", "https://example.com:0/x", "https://example.com:/x",
    "https://example.com:443/x", "https://EXAMPLE.com./x", "https://xn--n3h.example/x", "https://☃.example/x",
    "https:///x", "https:x", "http://example.com/x", "javascript:alert(1)", "data:text/html,<script>",
    "https://example.com/a b", "https://example.com/\"'<>", "https://example.com/%00", "https://a/#${x}",
    "https://example.com/" + "a" * 3000, "//example.com/x", "https://127.0.0.1/x", "https://0x7f.1/x",
]

# YAML structures and tags.
STRUCTURE = [
    "~", "null", "Null", "", '""', "''", "[]", "{}", "[~]", "{a: 1}", "[1, [2, [3]]]", "!!binary aGk=",
    "!!str 1", "!!int x", "!!float .nan", "!custom x", "!<tag:yaml.org,2002:str> x", "? a", "*undefined",
    "&a x", "<<: {}", "|", ">", "|-\n  x", "yes", "no", "on", "off", "y", "n", "True", "FALSE", "---", "...",
    "- a", "a: b: c", "'unterminated", '"unterminated', "[unterminated", "{unterminated", "%YAML 1.1",
]


def long_text(rng):
    """A long line: repeated characters, many words, or one very long word."""
    n = rng.choice([257, 1025, 5001, 65537, 300000])
    return rng.choice(["A" * n, ("word " * (n // 5)).strip(), "é" * n, "<b>" * (n // 3), "\\x01" * (n // 4)])


def deep(rng):
    """Nested flow collections at and beyond the nesting limit."""
    depth = rng.choice([10, 63, 64, 65, 66, 200, 3000, 20000])
    if rng.random() < 0.5:
        return "[" * depth + "1" + "]" * depth
    return "{a: " * depth + "1" + "}" * depth


def _quoted(rng, text):
    """`text` as a YAML scalar: plain, single- or double-quoted."""
    kind = rng.random()
    if kind < 0.4:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind < 0.6:
        return "'" + text.replace("'", "''") + "'"
    return text


def yaml_value(rng):
    """One hostile YAML scalar or structure, as bytes."""
    pick = rng.random()
    if pick < 0.25:
        return rng.choice(NUMBERS).encode()
    if pick < 0.35:
        return rng.choice(TYPED).encode()
    if pick < 0.50:
        inner = "".join(rng.choice(ESCAPES) for _ in range(rng.randint(1, 3)))
        words = rng.choice(["Rate ", "", "x", "Rate grocery "])
        return ('"' + words + inner + rng.choice(["", " grocery", "x"]) + '"').encode()
    if pick < 0.62:
        return _quoted(rng, rng.choice(TEXT)).encode("utf-8", "surrogatepass")
    if pick < 0.70:
        return rng.choice(URLS).encode()
    if pick < 0.78:
        return rng.choice(STRUCTURE).encode()
    if pick < 0.86:
        return b"x" + rng.choice(RAW) + b"y"
    if pick < 0.94:
        return _quoted(rng, long_text(rng)).encode()
    return deep(rng).encode()


def cell_value(rng):
    """One hostile value for a CSV cell or a JSON string (text, not bytes)."""
    pick = rng.random()
    if pick < 0.3:
        return rng.choice(NUMBERS)
    if pick < 0.55:
        return rng.choice(TEXT)
    if pick < 0.65:
        return rng.choice(URLS)
    if pick < 0.8:
        return rng.choice(["\x01", "\x1b[31mred\x1b[0m", "\x07", "\x00", "\u009b", "\ufffe", "\r", "\n", "\r\n"]) + "x"
    if pick < 0.9:
        return rng.choice(["", " ", "null", "NULL", "~", "undecided", '"', '""', "'"])
    return long_text(rng)


# Regular expressions for `pattern`: invalid, catastrophic, huge.
PATTERNS = ['"(a+)+$"', '"(a|a)*b"', '"["', '"\\"', '"(?<=x)"', '"\\p{L}+"', '"(?i)x"', '"' + "(" * 300 + ")" * 300 + '"',
            '"a{99999}"', '"^$"', '".*"', '"\\1"', "''"]

# The numbers that broke hitc before (issue 9, items 3, 4, 8), drawn as often as all the others.
EDGE = ["1e309", "-1e309", "58561092298", "3001", "37", "1.7976931348623157e308", "1e308", ".nan", ".inf", "-0",
        "9223372036854775807", "0"]

# Hostile values aimed at the keys that broke hitc before (issue 9), by key name.
BY_KEY = {
    ("step", "min", "max", "min_length", "max_length", "min_selected", "max_selected", "price"): NUMBERS + EDGE * 6,
    ("judgments_per_item", "items_per_hit", "estimated_seconds", "per_hit", "approval_rate", "approved_hits",
     "min_seconds_per_hit", "frame_height", "min_confidence", "min_accuracy", "hitc"): NUMBERS + EDGE * 6,
    ("reward", "min_hourly_wage"): [v for v in TYPED if " " in v or v.endswith("USD")] + NUMBERS[:20]
    + ["999999999.999999 USD"] * 10,
    ("lifetime", "assignment_duration", "auto_approve"): [v for v in TYPED if v[-1] in "smhd"] + NUMBERS[:10],
    ("submit_url", "url", "image", "contact", "owner"): URLS,
    ("title", "description", "prompt", "label", "hint", "placeholder", "unit", "goal", "notes", "why", "summary", "q", "a",
     "completion_code", "alt"): TEXT + ["\"" + e + "\"" for e in ESCAPES],
    ("keywords",): ["[" + ", ".join(["kw"] * 600) + "]", "[" + "x" * 5000 + "]", "[a, a, a]", "[]", '["<b>", "${x}"]'],
    ("pattern",): PATTERNS,
    ("id", "key", "value", "version", "language", "sample", "file", "locales"): TEXT + NUMBERS[:10] + STRUCTURE[:12] + [
        "../../etc/passwd", "/dev/zero", "/dev/stdin", "data/", ".", "a|b", "CON", "x" * 300],
}
