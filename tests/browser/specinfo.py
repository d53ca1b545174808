"""What the tests need to know about a spec: read straight from its YAML and data.

This is a test-side reading (PyYAML, YAML 1.1), good enough for the specs the
tests use; the compiler's own reader is the authority. Values the page sees
come from the sample data exactly as the data contract says: CSV cells as
text, JSON Lines values as JSON values.
"""

from __future__ import annotations

import base64
import csv
import json
import pathlib
from dataclasses import dataclass

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
XSS_SPEC = ROOT / "tests" / "browser" / "specs" / "xss" / "spec.yaml"


def example_specs() -> list[pathlib.Path]:
    return sorted(ROOT.glob("Specs/*/spec.yaml"))


def all_specs() -> list[pathlib.Path]:
    return example_specs() + [XSS_SPEC]


@dataclass
class Option:
    value: str
    label: str
    key: str | None


@dataclass
class Question:
    id: str
    type: str
    display: str
    required: bool
    options: list[Option]
    visible_if: dict[str, list[str]]
    raw: dict

    @property
    def values(self) -> list[str]:
        if self.type == "scale":
            return [str(v) for v in range(int(self.raw["min"]), int(self.raw["max"]) + 1)]
        return [o.value for o in self.options]


@dataclass
class Spec:
    path: pathlib.Path
    raw: dict

    @property
    def id(self) -> str:
        return self.raw["id"]

    @property
    def language(self) -> str:
        return self.raw["language"]

    @property
    def items_per_hit(self) -> int:
        return int(self.raw["hit"]["items_per_hit"])

    @property
    def key_field(self) -> str:
        return self.raw["data"]["key"]

    @property
    def fields(self) -> dict:
        return self.raw["data"]["fields"]

    @property
    def feedback(self) -> bool:
        return (self.raw.get("communication") or {}).get("feedback") == "optional"

    @property
    def questions(self) -> dict[str, Question]:
        out = {}
        for qid, q in self.raw["hit"]["questions"].items():
            options = []
            for o in q.get("options") or []:
                if isinstance(o, dict):
                    options.append(Option(str(o["value"]), str(o.get("label", o["value"])), o.get("key")))
                else:
                    options.append(Option(str(o), str(o), None))
            vis = {}
            for name, vals in (q.get("visible_if") or {}).items():
                vis[name] = [str(v) for v in (vals if isinstance(vals, list) else [vals])]
            out[qid] = Question(
                id=qid,
                type=q["type"],
                display=q.get("display", "radio"),
                required=q.get("required", True),
                options=options,
                visible_if=vis,
                raw=q,
            )
        return out

    def question_order(self) -> list[str]:
        """Question ids in layout order (depth-first through columns)."""
        order: list[str] = []

        def walk(blocks):
            for block in blocks:
                if "question" in block:
                    order.append(block["question"])
                elif "columns" in block:
                    for column in block["columns"]:
                        walk(column)

        walk(self.raw["hit"]["layout"])
        return order

    def sample_rows(self) -> list[dict]:
        sample = self.raw["data"].get("sample")
        if not sample:
            return []
        path = self.path.parent / sample
        if path.suffix == ".jsonl":
            with open(path, encoding="utf-8") as f:
                return [json.loads(line) for line in f if line.strip()]
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def items(self, rows: list[dict] | None = None) -> list[dict]:
        """One HIT's items: the first `items_per_hit` sample rows, fields in `data.fields` order."""
        rows = self.sample_rows() if rows is None else rows
        rows = rows[: self.items_per_hit]
        assert len(rows) == self.items_per_hit, f"{self.id}: fewer sample rows than items_per_hit"
        return [{name: row[name] for name in self.fields if name in row} for row in rows]


def load_spec(path: pathlib.Path) -> Spec:
    with open(path, encoding="utf-8") as f:
        return Spec(path, yaml.safe_load(f))


def item_payload(items: list[dict]) -> str:
    """`hitc1:<base64url of the UTF-8 JSON array, no padding>` (docs/platform-data-contract.md)."""
    text = json.dumps(items, ensure_ascii=False, separators=(",", ":"))
    return "hitc1:" + base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")
