"""Fixtures of the platform tests: every example spec (and the XSS corpus spec) built and
batched for one platform target, with hitc's own binary.

`HITC_BIN` names the binary (default: the first of .build/debug/hitc, .build-platforms/debug/hitc
that exists). A spec is copied with its folder into a temporary folder and the target's key is
added under its `targets:` mapping (`<key>: {}` unless a test passes settings), so the examples
themselves need not name every platform.
"""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE_SPECS = sorted(ROOT.glob("Specs/*/spec.yaml")) + [ROOT / "tests/browser/specs/xss/spec.yaml"]


def hitc_binary() -> pathlib.Path:
    if os.environ.get("HITC_BIN"):
        return pathlib.Path(os.environ["HITC_BIN"])
    for candidate in (ROOT / ".build/debug/hitc", ROOT / ".build-platforms/debug/hitc"):
        if candidate.exists():
            return candidate
    pytest.fail("no hitc binary: run `swift build` or set HITC_BIN")


def spec_id(spec: pathlib.Path) -> str:
    return spec.parent.name


def with_target(spec_text: str, key: str, settings: str = "{}") -> str:
    """The spec's text with `key: settings` added as the first entry of its block mapping `targets:`
    (a new `targets:` mapping at the end when it has none)."""
    lines = spec_text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if re.fullmatch(r"targets:[ \t]*(#.*)?\r?\n?", line):
            indent = "  "
            for following in lines[i + 1:]:
                m = re.match(r"([ \t]+)\S", following)
                if m:
                    indent = m.group(1)
                    break
            lines.insert(i + 1, f"{indent}{key}: {settings}\n")
            return "".join(lines)
    return spec_text.rstrip("\n") + f"\ntargets:\n  {key}: {settings}\n"


def copy_with_target(spec: pathlib.Path, key: str, into: pathlib.Path, settings: str = "{}") -> pathlib.Path:
    """A copy of the spec's folder in `into` whose spec names the target; returns the copied spec."""
    folder = into / spec_id(spec)
    shutil.copytree(spec.parent, folder)
    copied = folder / spec.name
    copied.write_text(with_target(spec.read_text(encoding="utf-8"), key, settings), encoding="utf-8")
    return copied


def run_hitc(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(hitc_binary()), *args], capture_output=True, text=True, timeout=300)


def sample_data(spec: pathlib.Path) -> pathlib.Path:
    """The data file of the spec's `data.sample` (read from its text)."""
    m = re.search(r"^\s+sample:\s*(\S+)", spec.read_text(encoding="utf-8"), re.M)
    assert m, f"{spec}: no data.sample"
    return spec.parent / m.group(1).strip("\"'")


class PlatformBuild:
    """One spec built (`bundle`) and batched from its sample (`batch`) for one target."""

    def __init__(self, spec: pathlib.Path, key: str, tmp: pathlib.Path, settings: str = "{}"):
        self.source = spec
        self.spec = copy_with_target(spec, key, tmp, settings)
        self.bundle = tmp / "out"
        self.batch = tmp / "batch"
        built = run_hitc("build", str(self.spec), "-o", str(self.bundle))
        assert built.returncode == 0, f"hitc build {self.spec} failed:\n{built.stderr}"
        self.bundle = self.bundle / self.bundle_id()
        batched = run_hitc("batch", str(self.spec), "--data", str(sample_data(self.spec)), "-o", str(self.batch))
        assert batched.returncode == 0, f"hitc batch {self.spec} failed:\n{batched.stderr}"
        self.build_stderr = built.stderr

    def bundle_id(self) -> str:
        folders = [p for p in self.bundle.iterdir() if p.is_dir()]
        assert len(folders) == 1, folders
        return folders[0].name


@pytest.fixture(params=EXAMPLE_SPECS, ids=spec_id)
def example_spec(request) -> pathlib.Path:
    """Each example spec and the XSS corpus spec."""
    return request.param


@pytest.fixture
def platform_build(tmp_path):
    """`platform_build(spec, key, settings="{}")`: the spec built and batched for that target."""
    def make(spec: pathlib.Path, key: str, settings: str = "{}") -> PlatformBuild:
        return PlatformBuild(spec, key, tmp_path / key, settings)
    return make
