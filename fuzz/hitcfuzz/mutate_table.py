"""CSV- and JSON-Lines-aware mutations for data and results files: cell counts,
quotes, huge cells, ids `1` vs `1.0`, repeated rows, headers with many columns,
type confusion, duplicate keys. Text is handled as latin-1 so every byte survives."""

import csv
import io
import json

from . import hostile, mutate_bytes

csv.field_size_limit(1 << 30)

# Bounds on what one mutation may grow a file to, so stacked mutations stay cheap to make and to run.
MAX_CELLS = 2_000_000
MAX_BYTES = 4 << 20


def _cell_text(rng):
    """A hostile cell value as latin-1 text (its UTF-8 bytes)."""
    return hostile.cell_value(rng).encode("utf-8", "surrogatepass").decode("latin-1")


def _numeric_variant(rng, text):
    """`1` → `1.0`, `01`, ` 1`, `1e0`...; other text → a number."""
    t = text.strip()
    if t.lstrip("-").isdigit():
        return rng.choice([t + ".0", "0" + t, " " + t, t + " ", t + "e0", "+" + t, t + ".", str(int(t) + 1), "-0" if t == "0" else t + "0"])
    return rng.choice(["1", "1.0", "01", "-0", "1e309", "NaN", "58561092298"])


# ---- CSV ---------------------------------------------------------------------------------------

def _read_csv(data):
    """The rows of CSV bytes, or None when the csv module cannot read them."""
    text = data.decode("latin-1")
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error:
        return None


def _write_csv(rng, rows):
    """Rows as CSV bytes, sometimes with every cell quoted or CRLF line ends."""
    out = io.StringIO(newline="")
    quoting = csv.QUOTE_ALL if rng.random() < 0.15 else csv.QUOTE_MINIMAL
    writer = csv.writer(out, quoting=quoting, lineterminator="\r\n" if rng.random() < 0.1 else "\n")
    writer.writerows(rows)
    return out.getvalue().encode("latin-1")


def _pick_row(rng, rows, header=False):
    """A data row index (0, the header, when asked or when there is no data row)."""
    if header or len(rows) < 2:
        return 0
    return rng.randrange(1, len(rows))


def csv_cell(rng, rows):
    """A cell becomes hostile, numeric-variant, empty or huge."""
    r = _pick_row(rng, rows)
    if not rows[r]:
        return None
    c = rng.randrange(len(rows[r]))
    pick = rng.random()
    if pick < 0.5:
        rows[r][c] = _cell_text(rng)
    elif pick < 0.8:
        rows[r][c] = _numeric_variant(rng, rows[r][c])
    elif pick < 0.9:
        rows[r][c] = ""
    else:
        rows[r][c] = "x" * rng.choice([70000, 1 << 20, 5 << 20])
    return rows



def csv_column(rng, rows):
    """Every data cell of one column gets the same hostile value (e.g. all answers 1.7976931348623157e308)."""
    if len(rows) < 2 or not rows[0]:
        return None
    c = rng.randrange(len(rows[0]))
    value = rng.choice(hostile.EDGE) if rng.random() < 0.5 else _cell_text(rng)
    for row in rows[1:]:
        if c < len(row):
            row[c] = value
    return rows


def csv_header(rng, rows):
    """A header name is renamed, repeated, emptied or made hostile."""
    if not rows or not rows[0]:
        return None
    h = rows[0]
    c = rng.randrange(len(h))
    pick = rng.random()
    if pick < 0.3:
        h[c] = rng.choice(h)
    elif pick < 0.5 and len(h[c]) > 1:
        h[c] = h[c][:-1]
    elif pick < 0.6:
        h[c] = ""
    elif pick < 0.8:
        h[c] = h[c].upper() if rng.random() < 0.5 else " " + h[c]
    else:
        h[c] = _cell_text(rng)
    return rows


def csv_cell_count(rng, rows):
    """A row gains or loses cells (or the header does)."""
    r = _pick_row(rng, rows, header=rng.random() < 0.3)
    if rng.random() < 0.5 and rows[r]:
        del rows[r][rng.randrange(len(rows[r]))]
    else:
        rows[r].insert(rng.randint(0, len(rows[r])), _cell_text(rng) if rng.random() < 0.5 else "extra")
    return rows


def csv_many_columns(rng, rows):
    """The header (and optionally every row) gets many extra columns."""
    n = rng.choice([50, 500, 2000, 20000])
    names = [rng.choice(["c", "Answer.item", "Answer.item1_", "Input.", "x"]) + str(k) for k in range(n)]
    rows[0] = rows[0] + names
    if rng.random() < 0.7 and n * len(rows) <= MAX_CELLS:
        for row in rows[1:]:
            row.extend([""] * n)
    return rows


def csv_repeat_rows(rng, rows):
    """A data row is repeated, up to thousands of times."""
    if len(rows) < 2:
        return None
    r = _pick_row(rng, rows)
    times = min(rng.choice([1, 2, 5, 100, 5000]), MAX_CELLS // max(1, len(rows[r])), MAX_BYTES // max(1, sum(map(len, rows[r]))))
    rows[r + 1:r + 1] = [list(rows[r]) for _ in range(times)]
    return rows


def csv_swap(rng, rows):
    """Two cells of a row (or two rows) swap places."""
    r = _pick_row(rng, rows)
    if rng.random() < 0.5 and len(rows[r]) > 1:
        a, b = rng.sample(range(len(rows[r])), 2)
        rows[r][a], rows[r][b] = rows[r][b], rows[r][a]
    elif len(rows) > 2:
        a, b = rng.sample(range(len(rows)), 2)
        rows[a], rows[b] = rows[b], rows[a]
    else:
        return None
    return rows


def csv_raw(rng, data):
    """Syntax-level damage: a stray or unterminated quote, a BOM, NULs, CRs, an empty or header-only file."""
    pick = rng.random()
    lines = data.split(b"\n")
    if pick < 0.25:
        i = rng.randrange(len(lines))
        j = rng.randint(0, len(lines[i]))
        lines[i] = lines[i][:j] + b'"' + lines[i][j:]
    elif pick < 0.35:
        return b"\xef\xbb\xbf" + data
    elif pick < 0.45:
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + rng.choice([b"\x00", b"\r", b"\r\r", b"\x1b[31m", b"\xff"])
    elif pick < 0.55:
        return lines[0] + rng.choice([b"", b"\n", b"\n\n"])
    elif pick < 0.6:
        return rng.choice([b"", b"\n", b",", b'"', b"\xef\xbb\xbf"])
    elif pick < 0.8:
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + b',"multi\nline ""cell"""'
    else:
        return data.replace(b"\n", b"\r\n") if rng.random() < 0.5 else data.replace(b"\n", b"\r")
    return b"\n".join(lines)


CSV_OPERATORS = [(csv_cell, 30), (csv_column, 6), (csv_header, 10), (csv_cell_count, 10), (csv_many_columns, 3), (csv_repeat_rows, 8),
                 (csv_swap, 5)]


def mutate_csv(rng, data, seeds):
    """Applies one CSV-aware operator, a syntax-level one, or a byte-level one."""
    pick = rng.random()
    if pick < 0.15:
        return csv_raw(rng, data)
    if pick < 0.25:
        return mutate_bytes.mutate(rng, data, seeds)
    rows = _read_csv(data)
    if not rows:
        return mutate_bytes.mutate(rng, data, seeds)
    ops, weights = zip(*CSV_OPERATORS)
    result = rng.choices(ops, weights=weights)[0](rng, rows)
    if result is None:
        return mutate_bytes.mutate(rng, data, seeds)
    return _write_csv(rng, result)


# ---- JSON Lines --------------------------------------------------------------------------------

def _parse_line(line):
    """A JSON object line as a list of (key, raw JSON value) pairs, or None."""
    try:
        pairs = json.loads(line.decode("utf-8"), object_pairs_hook=lambda p: p)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(pairs, list) or (pairs and not isinstance(pairs[0], tuple)):
        return None
    return [(k, json.dumps(_plain(v), ensure_ascii=False)) for k, v in pairs]


def _plain(v):
    """Undo object_pairs_hook inside nested values."""
    if isinstance(v, list) and v and all(isinstance(x, tuple) and len(x) == 2 for x in v):
        return {k: _plain(x) for k, x in v}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def _dump(pairs):
    """A JSON object from (key, raw value) pairs; a key may repeat."""
    return ("{" + ", ".join(json.dumps(k, ensure_ascii=False) + ": " + v for k, v in pairs) + "}").encode("utf-8", "surrogatepass")


def _hostile_json(rng, old):
    """A raw JSON value: hostile string, edge number, other type, deep nesting."""
    pick = rng.random()
    if pick < 0.35:
        return json.dumps(hostile.cell_value(rng), ensure_ascii=rng.random() < 0.5)
    if pick < 0.55:
        return rng.choice(hostile.NUMBERS[:40] + ["1e999", "-1e999", "1.0", "1", "-0"])
    if pick < 0.65:
        try:
            v = json.loads(old)
            if isinstance(v, str):
                return _numeric_variant(rng, v) if v.strip().lstrip("-").isdigit() else json.dumps(_numeric_variant(rng, v))
        except ValueError:
            pass
        return "1.0"
    if pick < 0.8:
        return rng.choice(["null", "true", "false", "[]", "{}", '["a", "b"]', '[1, 2]', '{"a": 1}', '[["x"]]', '""', '[null]'])
    if pick < 0.9:
        return rng.choice(['"\\ud800"', '"\\u0000"', '"\\u001b[2J"', '"\\u0007"', '"\\u009b"', '"\\uFFFE"', '"a\\nb"', '"\\\\"'])
    depth = rng.choice([10, 100, 1000, 100000])
    return "[" * depth + "]" * depth


def jsonl_value(rng, pairs):
    """One value of the object becomes hostile."""
    if not pairs:
        return None
    i = rng.randrange(len(pairs))
    pairs[i] = (pairs[i][0], _hostile_json(rng, pairs[i][1]))
    return pairs


def jsonl_keys(rng, pairs):
    """A key is deleted, renamed, repeated, or a new one is added."""
    pick = rng.random()
    if pick < 0.3 and pairs:
        del pairs[rng.randrange(len(pairs))]
    elif pick < 0.55 and pairs:
        i = rng.randrange(len(pairs))
        k = pairs[i][0]
        new = rng.choice([k[:-1], k + "x", k.upper(), "item" + str(rng.choice([0, 1, 2, 99, 10**20])) + "_" + k, hostile.cell_value(rng)])
        pairs[i] = (new, pairs[i][1])
    elif pick < 0.75 and pairs:
        i = rng.randrange(len(pairs))
        pairs.insert(rng.randint(0, len(pairs)), (pairs[i][0], _hostile_json(rng, pairs[i][1]) if rng.random() < 0.5 else pairs[i][1]))
    elif pick < 0.9:
        n = rng.choice([1, 1, 50, 5000])
        for k in range(n):
            pairs.append((rng.choice(["extra", "item%d" % (k + 3), "item%d_x" % k, "note"]) + ("" if n == 1 else str(k)), '"v"'))
    else:
        return None
    return pairs


JSONL_OPERATORS = [(jsonl_value, 60), (jsonl_keys, 40)]


def mutate_jsonl(rng, data, seeds):
    """Mutates one line's object, repeats or drops lines, or damages the syntax."""
    lines = data.split(b"\n")
    pick = rng.random()
    if pick < 0.15:
        return mutate_bytes.mutate(rng, data, seeds)
    i = rng.randrange(len(lines))
    if pick < 0.25:
        times = min(rng.choice([2, 3, 100, 5000]), MAX_BYTES // max(1, len(lines[i])))
        lines[i:i + 1] = [lines[i]] * max(1, times)
        return b"\n".join(lines)
    if pick < 0.32:
        lines[i] = rng.choice([b"[]", b"1", b'"x"', b"null", b"{", b"{}", b"", b"   ", b'{"a":1} x', b"\xef\xbb\xbf{}", b"\x00"])
        return b"\n".join(lines)
    pairs = _parse_line(lines[i])
    if pairs is None:
        return mutate_bytes.mutate(rng, data, seeds)
    ops, weights = zip(*JSONL_OPERATORS)
    result = rng.choices(ops, weights=weights)[0](rng, pairs)
    if result is None:
        return mutate_bytes.mutate(rng, data, seeds)
    lines[i] = _dump(result)
    return b"\n".join(lines)


def mutate(rng, data, seeds, name):
    """Mutates a data or results file by its name's extension."""
    if name.endswith((".jsonl", ".ndjson")):
        return mutate_jsonl(rng, data, seeds)
    return mutate_csv(rng, data, seeds)
