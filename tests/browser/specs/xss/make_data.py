#!/usr/bin/env python3
"""Write data/sample.jsonl and data/gold.csv of the XSS corpus spec.

The corpus lives here, in Python string literals, so invisible and
direction-changing characters are spelled out as escapes. The browser tests
read the generated files, never this script: run it after changing the corpus
and commit both.
"""

import csv
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

LONG_WORD = "Supercalifragilistic" * 150  # 3,000 characters without a break
LONG_TEXT = " ".join(["A long sentence that wraps, with <b>markup</b> & entities &amp; in it."] * 60)

SAMPLE = [
    {
        "item_id": "x-001",
        "title": "<img src=x onerror=alert(1)>",
        "body": "</script><script>alert(1)</script>",
        "bad_link": "javascript:alert(1)",
        "description": (
            "<script>alert(1)</script>\n\n"
            "[click me](javascript:alert(1)) and <img src=x onerror=alert(1)>\n\n"
            "<span onclick=\"alert(1)\">raw span</span> **bold stays**"
        ),
        "image": "https://img.example.com/xss/1.jpg?a=1&b=%22%3E%3Cscript%3E",
        "url": "https://shop.example.com/p/1?q='onmouseover='alert(1)'&x=1",
        "kind": "markup",
    },
    {
        "item_id": "x-002",
        "title": "\"><svg onload=alert(1)>",
        "body": "'><script>alert(document.domain)</script><!--",
        "bad_link": "data:text/html,<script>alert(1)</script>",
        "description": (
            "<iframe src=\"javascript:alert(1)\"></iframe>\n\n"
            "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n"
            "| a | b |\n|---|---|\n| <b>cell</b> | `</td><script>alert(1)</script>` |"
        ),
        "image": "https://img.example.com/xss/2.jpg",
        "url": "https://shop.example.com/p/2#'autofocus/onfocus='alert(1)",
        "kind": "markup",
    },
    {
        "item_id": "x-003",
        "title": "${items}",
        "body": "${items} ${hitId} {{x}} {{{x}}} {{#items}}loop{{/items}} {{> partial}} <%= x %> {% raw %} #{x} `${1+1}`",
        "bad_link": "vbscript:msgbox(1)",
        "description": "]]><script>alert(1)</script>\n\n${items} and {{x}} in Markdown",
        "image": "https://img.example.com/xss/3.jpg",
        "kind": "template",
    },
    {
        "item_id": "__proto__",
        "title": "]]>",
        "body": "]]><![CDATA[<script>alert(1)</script>]]> <!-- --> </textarea></style></title></noscript><script>alert(1)</script>",
        "bad_link": "  JaVaScRiPt:alert(1)",
        "image": "https://img.example.com/xss/4.jpg",
        "url": "https://shop.example.com/p/4",
        "kind": "template",
    },
    {
        "item_id": "x-005",
        "title": "\u05e9\u05dc\u05d5\u05dd <b>\u05e2\u05d5\u05dc\u05dd</b> \u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
        "body": (
            "RLO: \u202eexe.txt\u202c | emoji: \U0001F469\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466 "
            "\U0001F3F3\ufe0f\u200d\U0001F308 \U0001F1FA\U0001F1E6 | combining: e\u0301 | "
            "zero width: a\u200bb | BOM: \ufeff | line separators: a\u2028b\u2029c | astral: \U0001D54F"
        ),
        "description": "**\u05e2\u05d1\u05e8\u05d9\u05ea** and *\u0627\u0644\u0639\u0631\u0628\u064a\u0629* \U0001F600",
        "image": "https://img.example.com/xss/5.jpg",
        "kind": "unicode",
    },
    {
        "item_id": "x-006",
        "title": "Very long text follows " + "x" * 90,
        "body": LONG_WORD + " " + LONG_TEXT,
        "bad_link": "https://" + "a" * 500 + ".example.com/",
        "image": "https://img.example.com/xss/6.jpg",
        "kind": "long",
    },
    {
        "item_id": "constructor",
        "title": "&lt;b&gt;not bold&lt;/b&gt; &amp; &#x3C;script&#x3E;",
        "body": "%3Cscript%3Ealert(1)%3C%2Fscript%3E \\u003cscript\\u003e \\x3cscript\\x3e '; alert(1); // \"); alert(1); //",
        "bad_link": "java\tscript:alert(1)",
        "image": "https://img.example.com/xss/7.jpg",
        "kind": "plain",
    },
    {
        "item_id": "<b>id</b>",
        "title": "<style>*{display:none}</style>Visible?",
        "body": (
            "<a href=\"javascript:alert(1)\">click</a> "
            "<form action=https://evil.example/><button>go</button></form> "
            "<meta http-equiv=refresh content=\"0;url=https://evil.example/\">"
        ),
        "description": "<style>body{display:none}</style>\n\n<a href=\"https://evil.example/\">raw anchor</a>",
        "image": "https://img.example.com/xss/8.jpg",
        "url": "https://shop.example.com/p/8?x=%3Cscript%3E",
        "kind": "markup",
    },
]

FIELDS = ["item_id", "title", "body", "bad_link", "description", "image", "url", "kind"]

GOLD = [
    {
        "item_id": "gold-1",
        "title": "<img src=x onerror=alert('gold')>",
        "body": "</script><script>alert('gold')</script>",
        "bad_link": "javascript:alert('gold')",
        "description": "<script>alert('gold')</script> **gold**",
        "image": "https://img.example.com/xss/gold-1.jpg",
        "url": "https://shop.example.com/p/gold-1",
        "kind": "markup",
        "verdict": "unsafe",
        "flags": "script|attribute",
        "why": "It holds <script> and an onerror attribute; shown as text both are harmless.",
    },
    {
        "item_id": "gold-2",
        "title": "A plain gold item",
        "body": "Nothing hostile here, \"quoted\" & fine.",
        "bad_link": "",
        "description": "",
        "image": "https://img.example.com/xss/gold-2.jpg",
        "url": "",
        "kind": "plain",
        "verdict": "safe",
        "flags": "",
        "why": "No markup at all.",
    },
]


def main() -> None:
    data = HERE / "data"
    data.mkdir(exist_ok=True)
    with open(data / "sample.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in SAMPLE:
            f.write(json.dumps(row, ensure_ascii=True) + "\n")
    with open(data / "gold.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS + ["verdict", "flags", "why"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(GOLD)


if __name__ == "__main__":
    main()
