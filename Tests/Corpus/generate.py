#!/usr/bin/env python3
"""Generates Tests/Corpus/invalid/: one folder per case, numbered in list order.
Folders whose names do not start with a digit (hand-written cases, named after
an area: spec-..., files-...) are kept.

Every case is the clean BASE spec (zero diagnostics) with one mistake. Usage:
  python3 Tests/Corpus/generate.py [OUT_DIR]   # default: Tests/Corpus/invalid next to this script (numbered folders wiped first)
then regenerate the goldens: HITC_UPDATE_GOLDEN=1 swift test --filter CorpusTests
"""
import os, random, shutil, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "invalid")
BASE = """\
hitc: 1
id: corpus-base
version: 1.0.0
title: Rate search results
description: Decide whether each product matches the search.
language: en

use_case:
  purpose: evaluation
  goal: Measure how relevant search results are.
  metric: precision@10

data:
  key: item_id
  fields:
    item_id: { type: string }
    query: { type: text }
    title: { type: text }
  sample: data/sample.csv

hit:
  items_per_hit: 2
  reward: 0.20 USD
  estimated_seconds: 30
  layout:
    - text: query
      style: heading
    - text: title
    - question: relevance
  questions:
    relevance:
      type: single_choice
      prompt: Does the product match the search?
      options:
        - { value: relevant, label: Relevant, key: "1", hint: It is what was searched for. }
        - { value: irrelevant, label: Irrelevant, key: "2", hint: It is something else. }

guidelines:
  summary: Judge each product as the shopper who searched would.
  examples:
    - item: { item_id: ex-1, query: milk, title: Whole milk 1 gal }
      answers: { relevance: relevant }
      why: Milk was asked for.
    - item: { item_id: ex-2, query: milk, title: Sourdough bread }
      answers: { relevance: irrelevant }
      why: Bread is not milk.
  changelog:
    - { version: 1.0.0, date: 2026-01-12, notes: First version. }

communication:
  contact: support@example.com
  min_hourly_wage: 12.00 USD

quality:
  judgments_per_item: 3
  gold:
    file: data/gold.csv
    per_hit: 1
  aggregation:
    relevance: { method: majority }
"""
SAMPLE = "item_id,query,title\ns-1,milk,Whole milk 1 gal\ns-2,bread,Sourdough loaf\n"
GOLD = ("item_id,query,title,relevance,why\n"
        "g-1,eggs,Free range eggs 12 pk,relevant,Eggs were asked for.\n"
        "g-2,eggs,Paper towels,irrelevant,Towels are not eggs.\n")

CASES = []


def sub(text, pairs):
    for old, new in pairs:
        n = text.count(old)
        assert n == 1, f"{old!r} occurs {n} times"
        text = text.replace(old, new)
    return text


def case(slug, spec=None, subs=(), sample=SAMPLE, gold=GOLD, files=None, raw=None):
    """spec: full text (default BASE with subs); raw: bytes of spec.yaml, or 'dir' / 'missing'."""
    CASES.append((slug, spec, list(subs), sample, gold, files or {}, raw))


# Pieces reused by several cases.
LAYOUT_END = "    - question: relevance\n  questions:\n"
OPTIONS_END = '        - { value: irrelevant, label: Irrelevant, key: "2", hint: It is something else. }\n'
AGG_END = "    relevance: { method: majority }\n"
COMMENT_Q = ("    comment:\n      type: text\n      prompt: Anything else to tell us?\n      required: false\n")


def with_comment(extra_q="", agg="    comment: { method: collect }\n", layout_before=False, in_layout=True, required=False):
    """Base + a free-text question `comment`, optional unless told (placed after relevance unless told)."""
    subs = []
    question = COMMENT_Q if not required else COMMENT_Q.replace("      required: false\n", "")
    if in_layout:
        if layout_before:
            subs.append(("    - question: relevance\n", "    - question: comment\n    - question: relevance\n"))
        else:
            subs.append(("    - question: relevance\n", "    - question: relevance\n    - question: comment\n"))
    subs.append((OPTIONS_END, OPTIONS_END + question + extra_q))
    subs.append((AGG_END, AGG_END + agg))
    return subs


def add_field(decl, sample_col, sample_vals, gold_vals, example_vals=None):
    """Adds a data field (declaration line), a column to sample and gold files and,
    for a required field, a value to both guideline examples."""
    subs = [("    title: { type: text }\n", "    title: { type: text }\n" + decl + "\n")]
    if example_vals:
        subs.append(("title: Whole milk 1 gal }", f"title: Whole milk 1 gal, {sample_col}: {example_vals[0]} }}"))
        subs.append(("title: Sourdough bread }", f"title: Sourdough bread, {sample_col}: {example_vals[1]} }}"))
    s = SAMPLE.splitlines()
    s = [s[0] + "," + sample_col] + [row + "," + v for row, v in zip(s[1:], sample_vals)]
    g = GOLD.splitlines()
    gh = g[0].split(",")
    gh.insert(3, sample_col)
    rows = [",".join(gh)]
    for row, v in zip(g[1:], gold_vals):
        cells = row.split(",")
        cells.insert(3, v)
        rows.append(",".join(cells))
    return subs, "\n".join(s) + "\n", "\n".join(rows) + "\n"


SCALE_SPEC = sub(BASE, [
    ('      type: single_choice\n      prompt: Does the product match the search?\n      options:\n'
     '        - { value: relevant, label: Relevant, key: "1", hint: It is what was searched for. }\n' + OPTIONS_END,
     "      type: scale\n      prompt: How well does the product match the search?\n      min: 1\n      max: 4\n"),
    ("answers: { relevance: relevant }", "answers: { relevance: 4 }"),
    ("answers: { relevance: irrelevant }", "answers: { relevance: 1 }"),
    (AGG_END, "    relevance: { method: median }\n  agreement: { metric: fleiss_kappa, min: 0.4 }\n")])


# ---------------------------------------------------------------- input and YAML
case("malformed-yaml-unclosed-flow", subs=[(
    'key: "1", hint: It is what was searched for. }', 'key: "1", hint: It is what was searched for.')])
case("malformed-yaml-colon-in-value", subs=[(
    "prompt: Does the product match the search?", "prompt: Does the product match: the search?")])
case("empty-file", raw=b"")
case("comments-only", raw=b"# hitc: 1\n# a spec is coming soon\n")
case("null-document", raw=b"~\n")
case("top-level-list", raw=b"- hitc: 1\n- id: corpus-base\n")
case("spec-is-directory", raw="dir")
case("missing-spec-file", raw="missing")
rng = random.Random(20260112)
binary = bytearray(rng.randbytes(320))
binary[0:4] = b"\x89PNG"
binary[10] = 0
binary[200] = 0
case("binary-data", raw=bytes(binary))
case("oversized-file", files={"options.txt": "max-spec-bytes=200\n"})
case("deep-nesting", subs=[("language: en\n", "language: en\nkeywords: " + "[" * 100 + "]" * 100 + "\n")])
bomb = "hitc: 1\nid: corpus-base\n"
bomb += 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
for prev, name in zip("abcdefgh", "bcdefghi"):
    bomb += f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
case("alias-bomb", spec=bomb)
case("invalid-utf8", raw=BASE.replace("title: Rate search results", "title: Rate caf\udce9 results").encode("utf-8", "surrogateescape"))
case("crlf-line-endings", raw=sub(BASE, [("      prompt: Does the product match the search?\n",
                                          "      prompt: Does the product match the search?\n      requried: true\n")]).replace("\n", "\r\n").encode())
case("tab-indentation", subs=[("      prompt: Does", "\t  prompt: Does")])
case("duplicate-key", subs=[("description: Decide", "title: Rate products\ndescription: Decide")])
case("second-document", spec=BASE + "---\nhitc: 1\nid: another-task\n")
case("custom-tag", subs=[("title: Rate search results", "title: !foo Rate search results")])
case("merge-key", subs=[
    ('        - { value: relevant,', '        - &relevant { value: relevant,'),
    ('        - { value: irrelevant,', '        - { <<: *relevant, value: irrelevant,')])
case("undefined-alias", subs=[("title: Rate search results", "title: *listing_title")])
case("non-scalar-key", subs=[("      prompt: Does the product match the search?\n",
                              "      prompt: Does the product match the search?\n      ? [required, hint]\n      : true\n")])
case("multibyte-before-yaml-error", subs=[("title: Rate search results", "title: 検索結果を評価 🛒: 商品")])

# ---------------------------------------------------------------- shape and scalar types
case("mapping-where-list-expected", subs=[("language: en\n", "language: en\nkeywords: { grocery: search }\n")])
case("layout-is-mapping", subs=[(
    "    - text: query\n      style: heading\n    - text: title\n    - question: relevance\n",
    "    text: query\n    question: relevance\n")])
case("yes-in-boolean-field", subs=[("      prompt: Does the product match the search?\n",
                                    "      prompt: Does the product match the search?\n      required: yes\n")])
case("quoted-boolean", subs=[("    per_hit: 1\n", '    per_hit: 1\n    show_feedback: "false"\n')])
case("quoted-number", subs=[("    per_hit: 1\n", '    per_hit: 1\n    min_accuracy: "0.8"\n')])
case("word-in-number-field", subs=[("    per_hit: 1\n", "    per_hit: 1\n    min_accuracy: high\n")])
case("float-in-integer-field", subs=[("    per_hit: 1\n", "    per_hit: 1\n  qualification:\n    approved_hits: 1000.0\n")])
case("quoted-integer", subs=[("  estimated_seconds: 30", '  estimated_seconds: "30"')])
case("invalid-enum-value", subs=[("  purpose: evaluation", "  purpose: evalution")])
case("unknown-question-type", subs=[("      type: single_choice", "      type: single_choise")])
case("empty-value", subs=[("title: Rate search results", "title:")])
case("unsupported-language-version", subs=[("hitc: 1", "hitc: 2")])
case("list-where-text-expected", subs=[("title: Rate search results", "title: [Rate, search, results]")])
case("missing-required-key", subs=[("title: Rate search results\n", "")])
case("question-without-prompt", subs=[("      prompt: Does the product match the search?\n", "")])
case("unknown-key-top-level", subs=[("description: Decide", "descripton: Decide")])
case("unknown-key-in-question", subs=[("      prompt: Does the product match the search?\n",
                                       "      prompt: Does the product match the search?\n      requried: true\n")])
case("unknown-key-in-field", subs=[("    query: { type: text }", "    query: { type: text, requird: true }")])
case("unknown-key-in-option", subs=[("value: relevant, label: Relevant,", "value: relevant, lable: Relevant,")])
case("unknown-key-in-targets", spec=BASE + "\ntargets:\n  mturk: { lifetme: 7d, assignment_duration: 20m }\n")
case("key-of-other-question-type", subs=[("      prompt: Does the product match the search?\n",
                                          "      prompt: Does the product match the search?\n      max_selected: 1\n")])
case("key-of-other-field-type", subs=[("    query: { type: text }", "    query: { type: text, min: 0 }")])
case("multibyte-before-error", subs=[(
    '        - { value: relevant, label: Relevant, key: "1", hint: It is what was searched for. }',
    '        - { value: relevant, label: 関連あり 👍, hint: 検索どおりの商品 🎯, key: "１２" }')])

# ---------------------------------------------------------------- value formats
case("invalid-task-id", subs=[("id: corpus-base", "id: Corpus_Base")])
case("invalid-semver", subs=[("\nversion: 1.0.0\n", "\nversion: 1.0\n")])
case("invalid-language-tag", subs=[("language: en", "language: en_US")])
case("money-without-currency", subs=[("  reward: 0.20 USD", "  reward: 0.20")])
case("invalid-duration", spec=BASE + "\ntargets:\n  mturk: { lifetime: 7 days, assignment_duration: 20m }\n")
case("value-out-of-range", subs=[("    per_hit: 1\n", "    per_hit: 1\n  qualification:\n    approval_rate: 120\n")])
s, smp, gld = add_field("    brand-name: { type: text, required: false }", "brand-name", ["Acme", "Acme"], ["Acme", "Acme"])
case("invalid-identifier", subs=s, sample=smp, gold=gld)
case("invalid-regex-pattern", subs=with_comment(extra_q='      pattern: "[a-z"\n'))
case("invalid-url", spec=BASE + '\ntargets:\n  generic: { submit_url: "http://labels.example.com/submit" }\n')
case("currency-mismatch", subs=[("  min_hourly_wage: 12.00 USD", "  min_hourly_wage: 12.00 EUR")])
case("invalid-date", subs=[("date: 2026-01-12", "date: 2026-02-30")])
case("invalid-hotkey", subs=[('key: "2"', 'key: "12"')])
case("empty-options-list", subs=[(
    '      options:\n'
    '        - { value: relevant, label: Relevant, key: "1", hint: It is what was searched for. }\n'
    + OPTIONS_END, "      options: []\n")])
case("duplicate-locale", subs=[("    per_hit: 1\n", "    per_hit: 1\n  qualification:\n    locales: [US, CA, US]\n")])

# ---------------------------------------------------------------- cross-references
case("unknown-field-in-layout", subs=[("    - text: title\n", "    - text: titel\n")])
case("field-type-mismatch", subs=[("    - text: title\n", "    - image: title\n")])
case("unknown-question-in-aggregation", subs=[(AGG_END, "    relevence: { method: majority }\n")])
case("unknown-question-in-layout", subs=[("    - question: relevance\n", "    - question: relevence\n")])
case("question-twice-in-layout", subs=[("    - text: title\n", "    - question: relevance\n    - text: title\n")])
case("question-not-in-layout", subs=with_comment(in_layout=False))
case("duplicate-option-value", subs=[(OPTIONS_END, OPTIONS_END +
    '        - { value: relevant, label: Very relevant, key: "3", hint: Exactly what was searched for. }\n')])
case("duplicate-option-key", subs=[('key: "2"', 'key: "1"')])
case("reserved-hotkey", subs=[('key: "2"', 'key: "j"')])
case("visible-if-forward-reference", subs=with_comment(layout_before=True,
                                                       extra_q="      visible_if: { relevance: irrelevant }\n"))
case("visible-if-unknown-value", subs=with_comment(extra_q="      visible_if: { relevance: cant_judge }\n"))
case("visible-if-unknown-question", subs=with_comment(extra_q="      visible_if: { relevence: irrelevant }\n"))
case("visible-if-self-reference", subs=[("      prompt: Does the product match the search?\n",
                                          "      prompt: Does the product match the search?\n      visible_if: { relevance: relevant }\n")])
case("visible-if-cycle", subs=[
    ("    - question: relevance\n", "    - question: relevance\n    - question: sure\n"),
    ("      prompt: Does the product match the search?\n",
     "      prompt: Does the product match the search?\n      visible_if: { sure: 3 }\n"),
    (OPTIONS_END, OPTIONS_END + "    sure:\n      type: scale\n      prompt: How sure are you?\n      min: 1\n      max: 3\n"
     "      visible_if: { relevance: relevant }\n")])
case("visible-if-on-text-question", subs=with_comment(layout_before=True) + [(
    "      prompt: Does the product match the search?\n",
    "      prompt: Does the product match the search?\n      visible_if: { comment: unsure }\n")])
case("aggregation-majority-on-text", subs=with_comment(agg="    comment: { method: majority }\n"))
case("aggregation-mean-on-choice", subs=[(AGG_END, "    relevance: { method: mean }\n")])
case("aggregation-confidence-on-collect", subs=with_comment(agg="    comment: { method: collect, min_confidence: 0.5 }\n"))
case("agreement-mismatch", spec=SCALE_SPEC,
     gold=GOLD.replace(",relevant,", ",4,").replace(",irrelevant,", ",1,"))
s, smp, gld = add_field("    workerId: { type: string, required: false }", "workerId", ["w1", "w2"], ["w3", "w4"])
case("reserved-field-name", subs=s, sample=smp, gold=gld)
case("reserved-question-id", subs=[
    ("    - question: relevance\n", "    - question: relevance\n    - question: why\n"),
    (OPTIONS_END, OPTIONS_END + "    why:\n      type: text\n      prompt: Why?\n      required: false\n"),
    (AGG_END, AGG_END + "    why: { method: collect }\n")])
s, smp, gld = add_field("    comment: { type: text, required: false }", "comment", ["", ""], ["", ""])
case("question-id-equals-field", subs=s + with_comment(), sample=smp, gold=gld)
case("invalid-example-answer", subs=[("  changelog:\n",
    "    - item: { item_id: ex-3, query: milk, title: Oat drink }\n      answers: { relevance: maybe }\n  changelog:\n")])
case("example-unknown-question", subs=[("answers: { relevance: irrelevant }", "answers: { relevance: irrelevant, relevence: relevant }")])
case("example-unknown-field", subs=[("{ item_id: ex-2, query: milk, title: Sourdough bread }",
                                     "{ item_id: ex-2, query: milk, titel: Sourdough bread }")])
case("example-missing-required-field", subs=[("{ item_id: ex-2, query: milk, title: Sourdough bread }",
                                              "{ item_id: ex-2, query: milk }")])
case("gold-per-hit-fills-page", subs=[("    per_hit: 1", "    per_hit: 2")])

# ---------------------------------------------------------------- paths
case("path-leaves-folder", subs=[("  sample: data/sample.csv", "  sample: ../outside.csv")], sample=None)
case("path-absolute", subs=[("  sample: data/sample.csv", "  sample: /etc/passwd")], sample=None)
case("path-symlink-escape", sample=("symlink", "../../../../../Package.swift"))
case("path-missing-file", subs=[("  sample: data/sample.csv", "  sample: data/samples.csv")])
case("path-is-directory", subs=[("  sample: data/sample.csv", "  sample: data/items")],
     files={"data/items/README.md": "Rows go in files inside this folder.\n"})
case("path-unknown-extension", subs=[("  sample: data/sample.csv", "  sample: data/sample.txt")],
     sample=None, files={"data/sample.txt": SAMPLE})
case("section-file-missing", subs=[("  examples:\n", "  sections:\n    - title: Relevance\n      file: guidelines/relevance.md\n  examples:\n")])
case("section-file-invalid-utf8", subs=[("  examples:\n", "  sections:\n    - title: Relevance\n      file: guidelines/relevance.md\n  examples:\n")],
     files={"guidelines/relevance.md": b"# Relevance\n\nA product is relevant when it is what the shopper wanted, caf\xe9 included.\n"})

# ---------------------------------------------------------------- data files
case("csv-unterminated-quote", sample='item_id,query,title\ns-1,milk,"Whole milk, 1 gal\ns-2,bread,Sourdough loaf\n')
case("csv-wrong-cell-count", sample="item_id,query,title\ns-1,milk,Whole milk, 1 gal\ns-2,bread,Sourdough loaf\n")
case("csv-header-only", sample="item_id,query,title\n")
case("csv-empty-file", sample="")
case("csv-missing-column", sample="item_id,query\ns-1,milk\ns-2,bread\n")
case("csv-empty-required-value", sample="item_id,query,title\ns-1,milk,\ns-2,bread,Sourdough loaf\n")
case("csv-duplicate-item-key", sample="item_id,query,title\ns-1,milk,Whole milk 1 gal\ns-1,bread,Sourdough loaf\n")
case("csv-unknown-column", sample="item_id,query,title,notes\ns-1,milk,Whole milk 1 gal,ok\ns-2,bread,Sourdough loaf,ok\n")
case("csv-invalid-utf8", sample=b"item_id,query,title\ns-1,milk,Whole milk 1 gal\ns-2,bread,Caf\xe9 loaf\n")
JSONL_SUBS = [("  sample: data/sample.csv", "  sample: data/sample.jsonl")]
case("jsonl-syntax-error", subs=JSONL_SUBS, sample=None, files={"data/sample.jsonl":
     '{"item_id": "s-1", "query": "milk", "title": "Whole milk 1 gal"}\n'
     '{"item_id": "s-2", "query": "bread", "title": "Sourdough loaf",}\n'})
case("jsonl-not-an-object", subs=JSONL_SUBS, sample=None, files={"data/sample.jsonl":
     '{"item_id": "s-1", "query": "milk", "title": "Whole milk 1 gal"}\n'
     '["s-2", "bread", "Sourdough loaf"]\n'})
case("jsonl-wrong-value-type", subs=JSONL_SUBS, sample=None, files={"data/sample.jsonl":
     '{"item_id": "s-1", "query": "milk", "title": "Whole milk 1 gal"}\n'
     '{"item_id": "s-2", "query": "bread", "title": {"en": "Sourdough loaf"}}\n'})
for slug, decl, col, vals, gvals in [
    ("data-bad-number", "    price: { type: number, min: 0 }", "price", ["3.49", "cheap"], ["2.99", "1.99"]),
    ("data-number-below-min", "    price: { type: number, min: 0 }", "price", ["3.49", "-1"], ["2.99", "1.99"]),
    ("data-fraction-in-integer-field", "    stock: { type: number, integer: true }", "stock", ["12", "2.5"], ["1", "2"]),
    ("data-bad-boolean", "    organic: { type: boolean }", "organic", ["true", "maybe"], ["false", "true"]),
    ("data-bad-category", "    aisle: { type: category, values: [dairy, bakery] }", "aisle", ["dairy", "frozen"], ["dairy", "bakery"]),
    ("data-bad-url", "    url: { type: url }", "url", ["https://shop.example.com/p/1", "http://shop.example.com/p/2"],
     ["https://shop.example.com/p/3", "https://shop.example.com/p/4"]),
    ("data-bad-image", "    image: { type: image }", "image", ["https://img.example.com/1.jpg", "bread.jpg"],
     ["https://img.example.com/3.jpg", "https://img.example.com/4.jpg"]),
    ("data-bad-audio", "    clip: { type: audio }", "clip", ["https://media.example.com/1.mp3", "ftp://media.example.com/2.mp3"],
     ["https://media.example.com/3.mp3", "https://media.example.com/4.mp3"]),
    ("data-bad-video", "    clip: { type: video }", "clip", ["https://media.example.com/1.mp4", "videos/2.mp4"],
     ["https://media.example.com/3.mp4", "https://media.example.com/4.mp4"]),
    ("data-bad-date", "    listed: { type: date }", "listed", ["2026-01-12", "2026-13-01"], ["2026-01-12", "2026-01-13"]),
    ("data-text-too-long", "    brand: { type: string, max_length: 10 }", "brand", ["Acme", "Extraordinary Bakers"], ["Acme", "Acme"]),
]:
    s, smp, gld = add_field(decl, col, vals, gvals, example_vals=[f'"{v}"' for v in gvals])
    case(slug, subs=s, sample=smp, gold=gld)
case("gold-answer-not-an-option", gold=GOLD.replace(",irrelevant,", ",maybe,"))
case("gold-missing-answer-column", gold="item_id,query,title,why\ng-1,eggs,Free range eggs 12 pk,Eggs were asked for.\n")
case("gold-empty-answer", gold=GOLD.replace(",irrelevant,", ",,"))

# ---------------------------------------------------------------- lints, one each
case("lint-no-metric", subs=[("  metric: precision@10\n", "")])
case("lint-no-sample-data", subs=[("  sample: data/sample.csv\n", "")], sample=None)
case("lint-option-without-help", subs=[
    (" hint: It is something else. }", " }"),
    ("    - item: { item_id: ex-2, query: milk, title: Sourdough bread }\n      answers: { relevance: irrelevant }\n      why: Bread is not milk.\n", "")])
case("lint-label-without-example", subs=[
    ("    - item: { item_id: ex-2, query: milk, title: Sourdough bread }\n      answers: { relevance: irrelevant }\n      why: Bread is not milk.\n", "")])
case("lint-no-gold", subs=[("  gold:\n    file: data/gold.csv\n    per_hit: 1\n", "")], gold=None)
case("lint-even-judgments", subs=[("  judgments_per_item: 3", "  judgments_per_item: 4")])
case("lint-below-minimum-wage", subs=[("  reward: 0.20 USD", "  reward: 0.05 USD")])
case("lint-required-free-text", subs=with_comment(required=True),
     gold=GOLD.replace(",why\n", ",comment,why\n").replace(",relevant,", ",relevant,Fresh,").replace(",irrelevant,", ",irrelevant,Not food,"))
TEN = "".join(f'        - {{ value: v{i}, label: Grade {i}, key: "{i}", hint: Grade {i} of ten. }}\n' for i in range(10))
TEN_EXAMPLES = "".join(f"    - item: {{ item_id: ex-{i}, query: milk, title: Milk {i} }}\n      answers: {{ relevance: v{i} }}\n"
                       for i in range(10))
case("lint-too-many-hotkeys", subs=[
    ('        - { value: relevant, label: Relevant, key: "1", hint: It is what was searched for. }\n' + OPTIONS_END, TEN),
    ("    - item: { item_id: ex-1, query: milk, title: Whole milk 1 gal }\n      answers: { relevance: relevant }\n      why: Milk was asked for.\n"
     "    - item: { item_id: ex-2, query: milk, title: Sourdough bread }\n      answers: { relevance: irrelevant }\n      why: Bread is not milk.\n",
     TEN_EXAMPLES)],
     gold=GOLD.replace(",relevant,", ",v9,").replace(",irrelevant,", ",v0,"))
case("lint-no-changelog-entry", subs=[("    - { version: 1.0.0, date: 2026-01-12, notes: First version. }",
                                       "    - { version: 0.9.0, date: 2026-01-12, notes: Pilot. }")])


# ---------------------------------------------------------------- more shapes, ranges and robustness
# (last, so that docs/diagnostics.md, which quotes the first case of each code, quotes the cases above)
case("bom-before-error", raw=b"\xef\xbb\xbf" + sub(BASE, [("  purpose: evaluation", "  purpose: evalution")]).encode(), )
case("nul-byte-in-text", raw=sub(BASE, [("title: Rate search results", "title: Rate search\x00results")]).encode())
case("null-list-value", subs=[("language: en\n", "language: en\nkeywords:\n")])
case("integer-too-large", subs=[("  estimated_seconds: 30", "  estimated_seconds: 99999999999999999999")])
case("str-tag-on-integer", subs=[("  estimated_seconds: 30", "  estimated_seconds: !!str 30")])
case("binary-tag", subs=[("title: Rate search results", "title: !!binary UmF0ZSBzZWFyY2ggcmVzdWx0cw==")])
case("semver-leading-zero", subs=[("\nversion: 1.0.0\n", "\nversion: 01.0.0\n")])
case("negative-money", subs=[("  reward: 0.20 USD", "  reward: -0.20 USD")])
case("zero-items-per-hit", subs=[("  items_per_hit: 2", "  items_per_hit: 0")])
case("too-many-items-per-hit", subs=[("  items_per_hit: 2", "  items_per_hit: 101")])
case("task-id-too-long", subs=[("id: corpus-base", "id: " + "a" * 65)])
case("invalid-locale", subs=[("    per_hit: 1\n", "    per_hit: 1\n  qualification:\n    locales: [US, usa]\n")])
case("agreement-min-out-of-range", subs=[(AGG_END, AGG_END + "  agreement: { metric: percent, min: 1.5 }\n")])
case("invalid-completion-code", spec=BASE + "\ntargets:\n  prolific: { completion_code: C1A2 B3D4 }\n")
case("invalid-question-id", subs=[
    ("    - question: relevance\n", "    - question: relevance\n    - question: extra-notes\n"),
    (OPTIONS_END, OPTIONS_END + "    extra-notes:\n      type: text\n      prompt: Notes?\n      required: false\n"),
    (AGG_END, AGG_END + "    extra-notes: { method: collect }\n")])
# A field type that does not parse: the hand-written case spec-unknown-field-type.
case("category-without-values", subs=[("    title: { type: text }", "    title: { type: category }")])
case("empty-fields-mapping", subs=[(
    "    item_id: { type: string }\n    query: { type: text }\n    title: { type: text }\n", ""),
    ("  fields:\n", "  fields: {}\n")])
case("empty-questions-mapping", subs=[(
    '    relevance:\n      type: single_choice\n      prompt: Does the product match the search?\n      options:\n'
    '        - { value: relevant, label: Relevant, key: "1", hint: It is what was searched for. }\n' + OPTIONS_END, ""),
    ("  questions:\n", "  questions: {}\n")])
case("empty-layout", subs=[(
    "    - text: query\n      style: heading\n    - text: title\n    - question: relevance\n", ""),
    ("  layout:\n", "  layout: []\n")])
case("two-blocks-in-one-entry", subs=[("    - text: title\n", "    - text: title\n      question: relevance\n"),
                                      ("    - question: relevance\n  questions:", "  questions:")])
case("unknown-key-in-layout-block", subs=[("    - text: title\n", "    - text: title\n      colour: grey\n")])
case("misspelled-block-key", subs=[("    - question: relevance\n", "    - questoin: relevance\n")])
case("modifier-of-other-block", subs=[("    - text: title\n", "    - text: title\n      alt: query\n")])
case("single-column", subs=[("    - text: title\n", "    - columns:\n        - [{ text: title }]\n")])
case("section-body-and-file", subs=[("  examples:\n",
    "  sections:\n    - title: Relevance\n      body: Relevant means what was searched for.\n      file: guidelines/relevance.md\n  examples:\n")],
    files={"guidelines/relevance.md": "# Relevance\n"})
case("scale-label-outside-scale", spec=sub(SCALE_SPEC, [("      max: 4\n", "      max: 4\n      labels: { 1: Irrelevant, 5: Perfect }\n"),
                                                       ("  agreement: { metric: fleiss_kappa, min: 0.4 }\n", "")]),
     gold=GOLD.replace(",relevant,", ",4,").replace(",irrelevant,", ",1,"))
case("scale-min-above-max", spec=sub(SCALE_SPEC, [("      min: 1\n      max: 4\n", "      min: 4\n      max: 1\n"),
                                                 ("  agreement: { metric: fleiss_kappa, min: 0.4 }\n", "")]),
     gold=GOLD.replace(",relevant,", ",4,").replace(",irrelevant,", ",1,"))
case("multi-choice-min-above-max", subs=[("      type: single_choice\n", "      type: multi_choice\n      min_selected: 2\n      max_selected: 1\n")])
case("multi-choice-dropdown", subs=[("      type: single_choice\n", "      type: multi_choice\n      display: dropdown\n")])
case("number-question-min-above-max", subs=with_comment(agg="    amount: { method: median }\n", extra_q=
    "    amount:\n      type: number\n      prompt: How many would you buy?\n      required: false\n      min: 10\n      max: 1\n") +
    [("    - question: comment\n", "    - question: comment\n    - question: amount\n")])
case("visible-if-empty-value", subs=with_comment(extra_q="      visible_if: { relevance: }\n"))
case("visible-if-list-with-unknown-value", subs=with_comment(extra_q="      visible_if: { relevance: [irrelevant, unsure] }\n"))
case("duplicate-key-in-flow-mapping", subs=[('key: "2", hint: It is something else. }', 'key: "2", hint: It is something else., key: "3" }')])
case("surrogate-in-utf8", raw=BASE.replace("title: Rate search results", "title: Rate \udced\udca0\udc80 results").encode("utf-8", "surrogateescape"))

case("scale-bounds-overflow", subs=[
    ("    - question: relevance\n", "    - question: relevance\n    - question: sure\n"),
    (OPTIONS_END, OPTIONS_END + "    sure:\n      type: scale\n      prompt: How sure are you?\n      required: false\n"
     "      min: -9223372036854775807\n      max: 9223372036854775807\n")])
case("pay-check-overflow", subs=[("  estimated_seconds: 30", "  estimated_seconds: 9223372036854775807")])
case("mturk-reward-not-usd", spec=sub(BASE, [("  reward: 0.20 USD", "  reward: 0.20 EUR"),
                                              ("  min_hourly_wage: 12.00 USD", "  min_hourly_wage: 12.00 EUR")])
     + "\ntargets:\n  mturk: { lifetime: 7d, assignment_duration: 20m }\n")


# Cases whose raw spec.yaml still names the base's data files.
WITH_DATA = {"crlf-line-endings", "invalid-utf8", "bom-before-error", "nul-byte-in-text", "surrogate-in-utf8"}


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(content, tuple) and content[0] == "symlink":
        os.symlink(content[1], path)
        return
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode())


def main():
    for name in os.listdir(ROOT) if os.path.isdir(ROOT) else []:
        if name[:1].isdigit():
            shutil.rmtree(os.path.join(ROOT, name))
    slugs = set()
    for n, (slug, spec, subs, sample, gold, files, raw) in enumerate(CASES, 1):
        assert slug not in slugs, slug
        slugs.add(slug)
        folder = os.path.join(ROOT, f"{n:03d}-{slug}")
        os.makedirs(folder, exist_ok=True)
        spec_path = os.path.join(folder, "spec.yaml")
        if raw == "dir":
            write(os.path.join(spec_path, "README.md"), "This case's spec.yaml is a folder.\n")
        elif raw == "missing":
            pass
        elif raw is not None:
            write(spec_path, raw)
        else:
            write(spec_path, spec if spec is not None else sub(BASE, subs))
        if raw is None or slug in WITH_DATA:
            if sample is not None:
                write(os.path.join(folder, "data/sample.csv"), sample)
            if gold is not None:
                write(os.path.join(folder, "data/gold.csv"), gold)
        for rel, content in files.items():
            write(os.path.join(folder, rel), content)
    print(len(CASES), "cases")


main()
