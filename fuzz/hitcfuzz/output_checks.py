"""Checks of the files hitc writes: every JSON file parses (strictly: no NaN or
Infinity), every XML file is well-formed and `mturk/question.xml` holds the task
page byte for byte, CSV files have one cell count, text holds no character XML
1.0 forbids, the manifest's hashes match, and a failed run leaves nothing."""

import base64
import csv
import hashlib
import io
import json
import os
import re
import xml.etree.ElementTree as ET

from . import page_checks

# Characters outside XML 1.0's Char production (raw C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF),
# plus DEL and the C1 controls, which HTML also calls parse errors.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
csv.field_size_limit(1 << 30)
_NONFINITE = re.compile(r"^[-+]?(inf|infinity|nan)$", re.I)
# Columns of hitc's CSV outputs that hold numbers (labels.csv, workers.csv).
_NUMBER_COLUMNS = {"confidence", "judgments", "answers", "gold_answers", "gold_correct", "gold_accuracy", "agreement",
                   "median_seconds", "fast_hits"}


def _reject_constant(name):
    """json.loads hook: NaN and Infinity are not JSON."""
    raise ValueError(f"non-finite number {name}")


def json_error(data):
    """Why `data` is not one strict JSON document, or None."""
    try:
        json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        return str(e)
    return None


def jsonl_error(data):
    """Why `data` is not strict JSON Lines, or None."""
    for n, line in enumerate(data.split(b"\n"), 1):
        if line.strip():
            error = json_error(line)
            if error:
                return f"line {n}: {error}"
    return None


def csv_error(data):
    """Why `data` is not a rectangular CSV file with finite numbers in its number columns, or None."""
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), strict=True))
    except (csv.Error, UnicodeDecodeError) as e:
        return str(e)
    widths = {len(r) for r in rows}
    if len(widths) > 1:
        return f"rows have {sorted(widths)} cells"
    if not rows:
        return None
    header = rows[0]
    numeric = [i for i, name in enumerate(header) if name in _NUMBER_COLUMNS]
    method = header.index("method") if "method" in header else None
    label = header.index("label") if "label" in header else None
    for row in rows[1:]:
        cells = [row[i] for i in numeric]
        if label is not None and method is not None and row[method] in ("mean", "median"):
            cells.append(row[label])
        for cell in cells:
            if _NONFINITE.match(cell.strip()):
                return f"a non-finite number in a number column: {cell!r}"
    return None


_CONFIG_OPEN = '<script type="application/json" id="hitc-config">'


def _without_config(page):
    """The page without the text of its hitc-config element, and that configuration (or None)."""
    start = page.find(_CONFIG_OPEN)
    end = page.find("</script>", start) if start >= 0 else -1
    if end < 0:
        return page, None
    start += len(_CONFIG_OPEN)
    try:
        config = json.loads(page[start:end])
    except ValueError:
        config = None
    return page[:start] + page[end:], config


def _question_xml(path, folder):
    """Well-formed, and its HTMLContent is task.html outside the page's configuration, which on
    MTurk has no demo items (MTurk gives the items) and otherwise task.html's settings. Appen's
    `cml.xml` is a fragment of CML (several top-level elements, the `cml:` prefix undeclared, as
    Appen's editor takes it): checked inside a root."""
    with open(path, "rb") as f:
        data = f.read()
    if os.path.basename(path) == "cml.xml":
        data = b'<cml-fragment xmlns:cml="urn:hitc:cml">' + data + b"</cml-fragment>"
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        return f"not well-formed: {e}"
    content = next((el.text for el in root.iter() if el.tag.endswith("HTMLContent")), None)
    task = os.path.join(folder, "task.html")
    if content is not None and os.path.exists(task):
        with open(task, "rb") as f:
            page = f.read().decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        hosted, hosted_cfg = _without_config(content)
        plain, page_cfg = _without_config(page)
        if hosted != plain:
            return "HTMLContent differs from task.html"
        if hosted_cfg is None or page_cfg is None:
            return "HTMLContent or task.html has no readable configuration"
        if hosted_cfg.get("demoItems") != []:
            return "HTMLContent carries demo items"
        rest = ("demoItems", "messages")
        if {k: v for k, v in hosted_cfg.items() if k not in rest} != {k: v for k, v in page_cfg.items() if k not in rest}:
            return "HTMLContent's configuration differs from task.html's"
    return None


def _payloads(data):
    """Why an `items` payload in hits.jsonl or batch.csv does not decode to a JSON array, or None."""
    for m in re.finditer(rb"hitc1:([A-Za-z0-9_-]*)", data):
        raw = m.group(1)
        try:
            decoded = base64.urlsafe_b64decode(raw + b"=" * (-len(raw) % 4))
        except ValueError as e:
            return f"payload not base64url: {e}"
        error = json_error(decoded)
        if error:
            return f"payload not JSON: {error}"
    return None


def _manifest(folder):
    """Why the manifest's file list does not match the files, or None."""
    path = os.path.join(folder, "manifest.json")
    if not os.path.exists(path):
        return "no manifest.json"
    with open(path, "rb") as f:
        manifest = json.loads(f.read())
    for entry in manifest.get("files", []):
        p = os.path.join(folder, entry["path"])
        if not os.path.isfile(p):
            return f"manifest lists missing {entry['path']}"
        with open(p, "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() != entry.get("sha256"):
                return f"sha256 of {entry['path']} differs"
    return None


def _kind(name):
    """A file name's extension."""
    return name.rsplit(".", 1)[-1] if "." in name else ""


def validate_folder(workspace, output_dir, command):
    """(category, detail, message) for each problem in a successful run's output folder."""
    root = os.path.join(workspace, output_dir)
    problems = []
    if not os.path.isdir(root):
        return [("invalid-output", "no-folder", f"exit 0 but no {output_dir}/")]
    bundles = [os.path.join(root, d) for d in os.listdir(root)] if command == "build" else [root]
    for entry in os.listdir(root):
        if entry.startswith("."):
            problems.append(("stray-output", re.sub(r"[-_.][0-9A-Za-z]{4,}$", "-*", entry),
                             f"{output_dir}/{entry} left beside the output"))
    for bundle in bundles:
        if not os.path.isdir(bundle):
            continue
        if command == "build":
            error = _manifest(bundle)
            if error:
                problems.append(("invalid-output", "manifest", error))
            task = os.path.join(bundle, "task.html")
            error = page_checks.task_page(task) if os.path.exists(task) else None
            if error:
                problems.append(("invalid-output", "task.html:csp-submit-url:" + re.sub(r"'.*'|\S+://\S+", "URL", error)[:50], error))
        if command == "batch":
            error = page_checks.batch_keys(bundle)
            if error:
                problems.append(("invalid-output", "item_keys-ambiguous", error))
        for dirpath, _, files in os.walk(bundle):
            for name in files:
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, bundle)
                with open(path, "rb") as f:
                    data = f.read()
                kind = _kind(name)
                error = None
                if kind == "json":
                    error = json_error(data)
                elif kind == "jsonl":
                    error = jsonl_error(data) or _payloads(data)
                elif kind == "csv":
                    error = csv_error(data) or _payloads(data)
                elif kind == "xml":
                    error = _question_xml(path, bundle)
                if error:
                    problems.append(("invalid-output", f"{rel}:{re.sub(r'[0-9]+', 'N', error)[:60]}", f"{rel}: {error}"))
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError as e:
                    problems.append(("invalid-output", f"{rel}:not-utf8", f"{rel}: not UTF-8 at byte {e.start}"))
                    continue
                m = _FORBIDDEN.search(text)
                if m:
                    char = ord(m.group(0))
                    # DEL and C1 are valid raw in JSON strings: a note there, a finding in any other file.
                    category = "c1-in-json-file" if kind in ("json", "jsonl") and 0x7f <= char <= 0x9f else "forbidden-char-in-file"
                    problems.append((category, f"{rel}:{'C0' if char < 0x20 else 'C1' if char <= 0x9f else f'U+{char:04X}'}",
                                     f"{rel}: raw U+{char:04X} at offset {m.start()}"))
    return problems


def leftovers(workspace, output_dir):
    """Files left in the output folder (or its stray siblings) after a failed run."""
    root = os.path.join(workspace, output_dir)
    left = []
    if os.path.isdir(root):
        for dirpath, dirs, files in os.walk(root):
            left += [os.path.relpath(os.path.join(dirpath, n), workspace) for n in files]
            left += [os.path.relpath(os.path.join(dirpath, d), workspace) + "/" for d in dirs if d.startswith(".")]
    elif os.path.exists(root):
        left.append(output_dir)
    for entry in os.listdir(workspace):
        if entry.startswith(".hitc"):
            left.append(entry)
    return left
