"""A test-side reader of hitc's message catalogues (Templates/i18n/<tag>.ftl).

Reads the Fluent subset docs/i18n.md allows (comments, `id = pattern` with indented
continuation lines, `{ $var }`, `{ "literal" }`, one level of `{ $n -> [key] ... *[key] ... }`),
independently of the compiler's Swift reader and of the page script, so the browser
tests can write their expected strings from the catalogue text: `variant(msg, "few")`
picks a plural category the test names itself (from CLDR), never from Intl.

`compile_messages` turns the `script-*` messages into the page's `messages` object
(issue 16's contract, section 4), for pages made by hand before the compiler did it.
"""

from __future__ import annotations

import pathlib
import re
import subprocess

from specinfo import ROOT

CATALOGUES = ROOT / "Templates" / "i18n"

_PLACEABLE = re.compile(r'\{\s*(?:\$([A-Za-z][\w-]*)|"((?:[^"\\]|\\.)*)")\s*\}')
_SELECT_HEAD = re.compile(r"\{\s*\$([A-Za-z][\w-]*)\s*->\s*$")
_VARIANT = re.compile(r"^\s*(\*?)\[\s*([A-Za-z0-9.]+)\s*\]\s?(.*)$")


class Message:
    """One message: a list of parts, each text (with `{name}` for variables) or a select."""

    def __init__(self, parts: list):
        self.parts = parts

    @property
    def select(self) -> dict | None:
        return next((p for p in self.parts if isinstance(p, dict)), None)

    def format(self, category: str | None = None, **args) -> str:
        """The text with `args` put in; a select takes the variant `category` (else its default)."""
        out = []
        for p in self.parts:
            if isinstance(p, dict):
                key = category if category in p["variants"] else p["default"]
                out.append(_fill(p["variants"][key], args))
            else:
                out.append(_fill(p, args))
        return "".join(out)

    def categories(self) -> set[str]:
        s = self.select
        return set(s["variants"]) if s else set()


def _fill(text: str, args: dict) -> str:
    return re.sub(r"\{([A-Za-z][\w-]*)\}", lambda m: str(args[m.group(1)]) if m.group(1) in args else m.group(0), text)


def _inline(text: str) -> str:
    """Placeables of one line of text: variables as {name}, string literals as their text."""
    return _PLACEABLE.sub(lambda m: "{" + m.group(1) + "}" if m.group(1) else m.group(2).replace('\\"', '"'), text)


def _parse_value(lines: list[str]) -> Message:
    # Join continuation lines (Fluent: a line break plus the common indent becomes a newline;
    # hitc's messages only break lines inside selects).
    parts: list = []
    i = 0
    first = lines[0]
    head = _SELECT_HEAD.search(first)
    if head:
        before = first[: head.start()]
        if before.strip():
            parts.append(_inline(before))
        variants: dict[str, str] = {}
        default = None
        i = 1
        while i < len(lines) and lines[i].strip() != "}":
            m = _VARIANT.match(lines[i])
            assert m, f"not a variant line: {lines[i]!r}"
            variants[m.group(2)] = _inline(m.group(3).strip())
            if m.group(1):
                default = m.group(2)
            i += 1
        assert default is not None, "a select without a default variant"
        parts.append({"var": head.group(1), "variants": variants, "default": default})
        rest = "".join(lines[i + 1:]) if i + 1 < len(lines) else ""
        if rest.strip():
            parts.append(_inline(rest.strip()))
        return Message(parts)
    text = " ".join(l.strip() for l in lines if l.strip())
    return Message([_inline(text)])


def parse(source: str) -> dict[str, Message]:
    messages: dict[str, Message] = {}
    current: str | None = None
    body: list[str] = []

    def flush():
        if current is not None:
            messages[current] = _parse_value(body)

    for line in source.splitlines():
        m = re.match(r"^([a-z][a-z0-9-]*)\s*=\s?(.*)$", line)
        if m:
            flush()
            current, body = m.group(1), [m.group(2)]
        elif line.startswith("#") or not line.strip():
            flush()
            current, body = None, []
        elif current is not None:
            body.append(line)
    flush()
    return messages


def catalogue(tag: str, branch: str | None = None) -> dict[str, Message]:
    """The catalogue of `tag` in the work tree, or (branch given) as committed on that branch."""
    if branch is None:
        return parse((CATALOGUES / f"{tag}.ftl").read_text(encoding="utf-8"))
    text = subprocess.run(["git", "show", f"{branch}:Templates/i18n/{tag}.ftl"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    return parse(text)


def has_catalogue(tag: str) -> bool:
    return (CATALOGUES / f"{tag}.ftl").is_file()


def compile_messages(messages: dict[str, Message]) -> dict:
    """The `script-*` messages as the page's config holds them (contract section 4)."""
    out = {}
    for mid, msg in messages.items():
        if not mid.startswith("script-"):
            continue
        parts = []
        for p in msg.parts:
            if isinstance(p, dict):
                sel = {"$": p["var"], "*": p["default"]}
                sel.update(p["variants"])
                parts.append(sel)
            else:
                parts.append(p)
        out[mid] = parts[0] if len(parts) == 1 else parts
    return out
