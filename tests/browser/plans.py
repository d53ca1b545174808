"""Answers the tests give, per example spec: one dict (question -> value) per item slot.

Two plans per spec (mouse and keyboard) so both paths set different values and a
leftover from one cannot pass for the other. Together they touch every option
kind: buttons with hotkeys, a dropdown without hotkeys, check-box buttons with
hotkeys, a 1-5 scale, a number, free text, and each visible_if question both
shown and hidden.
"""

MOUSE = {
    "grocery-search-relevance": [
        {"relevance": "exact"},
        {"relevance": "substitute"},
        {"relevance": "complement"},
        {"relevance": "irrelevant"},
        {"relevance": "cant_judge", "reason": "The title is only a number & the image is <broken>."},
    ],
    "product-categorisation": [
        {"category": "fresh_produce", "dietary_tags": ["vegan", "vegetarian", "gluten_free", "dairy_free"]},
        {"category": "dairy_eggs", "dietary_tags": ["organic"]},
        {"category": "other", "other_category": "smoked fish, really", "dietary_tags": ["none_apply"]},
        {"category": "bakery", "dietary_tags": ["vegetarian"]},
    ],
    "answer-helpfulness": [
        {"helpful_a": "5", "errors_a": "0", "helpful_b": "2", "errors_b": "1", "preference": "a",
         "comment": "B says \"10 minutes\"; that's wrong."},
        {"helpful_a": "3", "errors_a": "2", "helpful_b": "4", "errors_b": "0", "preference": "tie"},
    ],
    "xss-corpus": [
        {"verdict": "unsafe", "flags": ["script", "template"], "comment": "\"><svg onload=alert(1)> ${items}"},
        {"verdict": "safe"},
        {"verdict": "unsure", "comment": "</textarea><script>alert(1)</script>"},
    ],
}

MOUSE.update({
    "review-sentiment-ar": [
        {"sentiment": "positive", "aspects": ["price", "quality"], "satisfaction": "5"},
        {"sentiment": "negative", "aspects": ["delivery"], "satisfaction": "1", "comment": "سخرية؟ <b>لا</b>"},
        {"sentiment": "mixed", "aspects": ["none"], "satisfaction": "3"},
        {"sentiment": "positive", "aspects": ["service"], "satisfaction": "4"},
        {"sentiment": "negative", "aspects": ["quality"], "satisfaction": "2"},
    ],
    "review-sentiment-ja": [
        {"sentiment": "positive", "topics": ["price"], "stars": "5"},
        {"sentiment": "mixed", "topics": ["quality", "delivery"], "stars": "3"},
        {"sentiment": "negative", "topics": ["support"], "stars": "1", "comment": "皮肉かも"},
        {"sentiment": "positive", "topics": ["none"], "stars": "4"},
        {"sentiment": "negative", "topics": ["usability"], "stars": "2"},
    ],
})

KEYBOARD = {
    "grocery-search-relevance": [
        {"relevance": "cant_judge", "reason": "Query is gibberish"},
        {"relevance": "exact"},
        {"relevance": "irrelevant"},
        {"relevance": "complement"},
        {"relevance": "substitute"},
    ],
    "product-categorisation": [
        {"category": "frozen", "dietary_tags": ["none_apply"]},
        {"category": "other", "other_category": "milk?", "dietary_tags": ["organic", "vegetarian"]},
        {"category": "meat_fish", "dietary_tags": ["none_apply"]},
        {"category": "snacks_sweets", "dietary_tags": ["vegan", "gluten_free"]},
    ],
    "answer-helpfulness": [
        {"helpful_a": "1", "errors_a": "3", "helpful_b": "5", "errors_b": "0", "preference": "b"},
        {"helpful_a": "4", "errors_a": "1", "helpful_b": "2", "errors_b": "4", "preference": "a",
         "comment": "typed with keys only"},
    ],
    "xss-corpus": [
        {"verdict": "safe"},
        {"verdict": "unsafe", "flags": ["attribute"]},
        {"verdict": "unsure", "comment": "]]> {{x}}"},
    ],
}

EXAMPLES = ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"]
# Examples whose page is in another language (issue 16): the standards, network and i18n tests
# run on them; the tests that read English page text (answering, validation…) do not.
LOCALIZED = ["review-sentiment-ar", "review-sentiment-ja"]
