"""hitc's message catalogues (Templates/i18n/*.ftl) checked with Mozilla's reference
Fluent implementation: every file parses with fluent.syntax without Junk, and
fluent.runtime renders every message, for the counts 0, 1, 2, 5, 21 and 100, exactly
as hitc does. hitc's renderings come from the golden file
Tests/HITCompilerTests/Localization/Golden/renderings.json, which the Swift test
CatalogueRenderingsTests keeps equal to what hitc renders (same arguments)."""

from __future__ import annotations

import json
import pathlib

import pytest
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

ROOT = pathlib.Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "Templates/i18n").glob("*.ftl"))
RENDERINGS = ROOT / "Tests/HITCompilerTests/Localization/Golden/renderings.json"


def tag_of(path: pathlib.Path) -> str:
    return path.stem


@pytest.mark.parametrize("path", CATALOGUES, ids=tag_of)
def test_catalogue_parses_without_junk(path: pathlib.Path) -> None:
    resource = FluentParser(with_spans=True).parse(path.read_text(encoding="utf-8"))
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    assert not junk, f"{path.name}: " + "; ".join(
        f"{a.message} at {entry.span.start}" for entry in junk for a in entry.annotations)
    assert any(isinstance(entry, ast.Message) for entry in resource.body)


@pytest.mark.parametrize("path", CATALOGUES, ids=tag_of)
def test_fluent_runtime_renders_as_hitc(path: pathlib.Path) -> None:
    tag = tag_of(path)
    hitc = json.loads(RENDERINGS.read_text(encoding="utf-8"))
    assert tag in hitc, f"{RENDERINGS.name} has no renderings of {tag}: run HITC_UPDATE_GOLDEN=1 swift test --filter CatalogueRenderingsTests"
    bundle = FluentBundle([tag], use_isolating=False)
    bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    compared = 0
    mismatches = []
    for message_id, renderings in sorted(hitc[tag].items()):
        assert bundle.has_message(message_id), f"{tag}: fluent.runtime has no {message_id}"
        pattern = bundle.get_message(message_id).value
        for rendering in renderings:
            text, errors = bundle.format_pattern(pattern, rendering["args"])
            assert not errors, f"{tag} {message_id} {rendering['args']}: {errors}"
            compared += 1
            if text != rendering["text"]:
                mismatches.append(f"{message_id} {rendering['args']}: fluent.runtime {text!r}, hitc {rendering['text']!r}")
    assert not mismatches, f"{tag}: {len(mismatches)} of {compared} renderings differ:\n" + "\n".join(mismatches[:20])
    assert compared > 100
