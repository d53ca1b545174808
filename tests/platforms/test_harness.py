"""The harness itself: a spec copied with a target added builds with that target's files."""

from conftest import EXAMPLE_SPECS, with_target


def test_target_goes_under_an_existing_block_mapping():
    text = "id: x\ntargets:\n    mturk: { lifetime: 2d }\nother: 1\n"
    assert with_target(text, "toloka") == "id: x\ntargets:\n    toloka: {}\n    mturk: { lifetime: 2d }\nother: 1\n"


def test_a_spec_without_targets_gets_a_mapping():
    assert with_target("id: x\n", "appen", "{ a: 1 }") == "id: x\ntargets:\n  appen: { a: 1 }\n"


def test_every_example_spec_is_found():
    names = {p.parent.name for p in EXAMPLE_SPECS}
    assert {"grocery-search-relevance", "xss"} <= names
