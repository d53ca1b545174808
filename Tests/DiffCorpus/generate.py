#!/usr/bin/env python3
"""Writes the hitc diff corpus: one folder per case with old.yaml and new.yaml.

Each case is the base spec below and an edited copy. expected.txt (stderr, stdout
and exit status of `hitc diff old.yaml new.yaml`) is written by the test with
HITC_UPDATE_GOLDEN=1 and reviewed by hand. Run: python3 Tests/DiffCorpus/generate.py
"""
import os
import shutil

BASE = """hitc: 1
id: review-sentiment
version: 1.0.0
title: Judge the sentiment of a product review
description: Read a short product review and say how its writer feels about the product.
keywords: [sentiment, reviews]
language: en

use_case:
  purpose: training
  goal: Train the review sentiment classifier.
  metric: macro-F1 of the sentiment classifier on a held-out set

data:
  key: review_id
  fields:
    review_id: { type: string }
    review:    { type: text, max_length: 2000 }

hit:
  items_per_hit: 5
  reward: 0.25 USD
  estimated_seconds: 60
  layout:
    - text: review
      style: quote
    - note: Judge the review as written, not the product.
    - question: sentiment
    - question: stars
    - question: reason
  questions:
    sentiment:
      type: single_choice
      prompt: How does the writer feel about the product?
      options:
        - { value: positive, label: Positive, key: "1", hint: Praise outweighs criticism. }
        - { value: neutral,  label: Neutral,  key: "2", hint: Neither praise nor criticism outweighs the other. }
        - { value: negative, label: Negative, key: "3", hint: Criticism outweighs praise. }
    stars:
      type: scale
      prompt: How many stars would the writer give?
      min: 1
      max: 5
      labels: { 1: Hated it, 5: Loved it }
    reason:
      type: text
      prompt: Which words gave it away?
      required: false
      visible_if: { sentiment: [positive, negative] }
      max_length: 200

guidelines:
  summary: Say how the **writer** feels about the product, not how you feel.
  sections:
    - title: Sentiment
      body: Positive when praise outweighs criticism, negative when criticism outweighs praise, neutral otherwise.
    - title: Stars
      body: The stars the writer would give, from 1 (hated it) to 5 (loved it).
  examples:
    - item: { review_id: ex-1, review: "Works great, would buy again." }
      answers: { sentiment: positive, stars: 5 }
      why: Clear praise.
    - item: { review_id: ex-2, review: "It arrived. It is a kettle." }
      answers: { sentiment: neutral, stars: 3 }
      why: Neither praise nor criticism.
    - item: { review_id: ex-3, review: "Broke after a day." }
      answers: { sentiment: negative, stars: 1 }
      why: Clear criticism.
  changelog:
    - { version: 1.0.0, date: 2026-01-10, notes: First version. }

quality:
  judgments_per_item: 3
  aggregation:
    sentiment: { method: majority }
    stars:     { method: median }

targets:
  mturk: { lifetime: 7d, assignment_duration: 20m, auto_approve: 3d }
"""


def edit(text, *pairs):
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def bump(text, version, notes):
    """A new version with its changelog entry (what the version lint asks for)."""
    return edit(text, ("version: 1.0.0\ntitle", f"version: {version}\ntitle"),
                ("  changelog:\n", f"  changelog:\n    - {{ version: {version}, date: 2026-06-01, notes: \"{notes}\" }}\n"))


NEUTRAL = '        - { value: neutral,  label: Neutral,  key: "2", hint: Neither praise nor criticism outweighs the other. }\n'

CASES = {
    "identical": BASE,
    "cosmetic-only": edit(BASE,
        ("title: Judge the sentiment of a product review", "title: How does a product review feel?"),
        ("keywords: [sentiment, reviews]", "keywords: [sentiment, reviews, products]"),
        ("      style: quote", "      style: body"),
        ("How does the writer feel about the product?", "How does the writer feel about this product?"),
        ("label: Positive, key: \"1\"", "label: Good, key: \"0\""),
        ("lifetime: 7d", "lifetime: 14d")),
    "option-removed": bump(edit(BASE, (NEUTRAL, ""),
        ("    - item: { review_id: ex-2, review: \"It arrived. It is a kettle.\" }\n      answers: { sentiment: neutral, stars: 3 }\n      why: Neither praise nor criticism.\n", "")),
        "2.0.0", "No neutral option."),
    "option-renamed": bump(edit(BASE, ("value: neutral,  label: Neutral", "value: mixed,    label: Neutral"),
        ("answers: { sentiment: neutral, stars: 3 }", "answers: { sentiment: mixed, stars: 3 }")),
        "2.0.0", "neutral is now called mixed."),
    "option-renamed-mapped": bump(edit(BASE,
        ("value: neutral,  label: Neutral,  key: \"2\"", "value: mixed,    label: Neutral,  key: \"2\", renamed_from: [neutral]"),
        ("answers: { sentiment: neutral, stars: 3 }", "answers: { sentiment: mixed, stars: 3 }")),
        "2.0.0", "neutral is now called mixed; old answers are read as mixed."),
    "option-added": bump(edit(BASE,
        ("        - { value: negative,", "        - { value: not_a_review, label: Not a review, key: \"4\", hint: Spam or an unrelated text. }\n        - { value: negative,")),
        "1.1.0", "Added 'Not a review'."),
    "renamed-from-added": bump(edit(BASE, ('value: neutral,  label: Neutral,  key: "2"', 'value: neutral,  label: Neutral,  key: "2", renamed_from: [meh]')),
        "1.1.0", "Answers 'meh' from the pilot are read as neutral."),
    "option-hint-changed": bump(edit(BASE, ("hint: Criticism outweighs praise.", "hint: Any criticism at all.")),
        "1.1.0", "Negative now means any criticism."),
    "question-removed": bump(edit(BASE, ("    - question: reason\n", ""),
        ("""    reason:
      type: text
      prompt: Which words gave it away?
      required: false
      visible_if: { sentiment: [positive, negative] }
      max_length: 200
""", "")), "2.0.0", "No more reasons."),
    "question-added": bump(edit(BASE, ("    - question: reason\n", "    - question: reason\n    - question: spam\n"),
        ("      max_length: 200\n", "      max_length: 200\n    spam:\n      type: single_choice\n      prompt: Is it spam?\n      options: [yes_spam, no_spam]\n")),
        "1.1.0", "Spam question."),
    "question-type-changed": bump(edit(BASE, ("      type: scale\n", "      type: number\n"), ("      labels: { 1: Hated it, 5: Loved it }\n", ""),
        ("    stars:     { method: median }", "    stars:     { method: mean }")), "2.0.0", "Stars are a number."),
    "scale-range-changed": bump(edit(BASE, ("      max: 5\n", "      max: 10\n"), ("labels: { 1: Hated it, 5: Loved it }", "labels: { 1: Hated it, 10: Loved it }")),
        "2.0.0", "Ten stars."),
    "scale-labels-changed": bump(edit(BASE, ("5: Loved it", "5: Would buy again")), "1.1.0", "Five stars means would buy again."),
    "data-key-changed": bump(edit(BASE, ("  key: review_id", "  key: review"), ), "2.0.0", "Items are keyed by their text."),
    "aggregation-method-changed": bump(edit(BASE, ("sentiment: { method: majority }", "sentiment: { method: dawid_skene }")),
        "2.0.0", "Dawid-Skene."),
    "visible-if-changed": bump(edit(BASE, ("visible_if: { sentiment: [positive, negative] }", "visible_if: { sentiment: negative }")),
        "1.1.0", "Reasons only for negative reviews."),
    "guideline-text-changed": bump(edit(BASE,
        ("neutral otherwise.", "neutral when they balance or the review says nothing about the product."),
        ("why: Clear criticism.", "why: It broke, which is criticism.")), "1.1.0", "Neutral explained."),
    "layout-note-changed": bump(edit(BASE, ("note: Judge the review as written, not the product.", "note: Judge the review as written, including sarcasm.")),
        "1.1.0", "Sarcasm."),
    "settings-changed": edit(BASE, ("reward: 0.25 USD", "reward: 0.30 USD"), ("judgments_per_item: 3", "judgments_per_item: 5"),
        ("language: en\n", "language: en-GB\n"), ("  goal: Train the review sentiment classifier.", "  goal: Train the sentiment classifier.")),
    "lint-no-new-version": edit(BASE, (NEUTRAL, ""),
        ("    - item: { review_id: ex-2, review: \"It arrived. It is a kettle.\" }\n      answers: { sentiment: neutral, stars: 3 }\n      why: Neither praise nor criticism.\n", "")),
    "lint-no-changelog-entry": edit(BASE, ("version: 1.0.0\ntitle", "version: 1.1.0\ntitle"),
        ("hint: Criticism outweighs praise.", "hint: Any criticism at all.")),
    "new-spec-has-errors": edit(BASE, ("  key: review_id", "  key: review_idd")),
}
# A question id renamed: everywhere the id is written, `stars` becomes `rating`.
STARS_TO_RATING = (("    - question: stars\n", "    - question: rating\n"), ("    stars:\n      type: scale", "    rating:\n      type: scale"),
                   ("stars: 5 }", "rating: 5 }"), ("stars: 3 }", "rating: 3 }"), ("stars: 1 }", "rating: 1 }"),
                   ("    stars:     { method: median }", "    rating:    { method: median }"))
CASES.update({
    "question-renamed-mapped": bump(edit(BASE, *STARS_TO_RATING, ("    rating:\n      type: scale\n", "    rating:\n      renamed_from: stars\n      type: scale\n")),
        "2.0.0", "stars is now called rating; old answers are read as rating."),
    "question-renamed": bump(edit(BASE, *STARS_TO_RATING), "2.0.0", "stars is now called rating."),
    "question-renamed-mapped-retyped": bump(edit(BASE, *STARS_TO_RATING,
        ("    rating:\n      type: scale\n", "    rating:\n      renamed_from: stars\n      type: number\n"),
        ("      labels: { 1: Hated it, 5: Loved it }\n", ""), ("    rating:    { method: median }", "    rating:    { method: mean }")),
        "2.0.0", "Stars are a number called rating."),
})

here = os.path.dirname(os.path.abspath(__file__))
for name, new in CASES.items():
    folder = os.path.join(here, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "old.yaml"), "w") as f:
        f.write(BASE)
    with open(os.path.join(folder, "new.yaml"), "w") as f:
        f.write(new)
print(f"wrote {len(CASES)} cases")
