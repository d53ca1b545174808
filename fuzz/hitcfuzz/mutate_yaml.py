"""YAML-aware mutations of spec text: hostile scalars, keys duplicated, deleted
or renamed, blocks moved, deep nesting, anchors and aliases. Each operator takes
and returns bytes and never fails: when it finds nothing to aim at it falls back
to a byte-level mutation."""

from . import hostile, mutate_bytes
from . import yaml_lines as yl


class Vocabulary:
    """Keys and values seen in the seeds, reused to make plausible mutations."""

    def __init__(self, seeds):
        """Collects keys and values from the seed specs."""
        keys, values = set(), set()
        for data in seeds:
            for line in yl.split_lines(data):
                for start, end, role in yl.spans(line):
                    (keys if role == "key" else values).add(line[start:end])
        self.keys = sorted(k for k in keys if len(k) < 40)
        self.values = sorted(v for v in values if len(v) < 80)


def _value_sites(lines):
    """(line index, start, end) of every scalar value."""
    return [(i, a, b) for i, line in enumerate(lines) for a, b, role in yl.spans(line) if role == "value"]


def _key_sites(lines):
    """(line index, start, end) of every key."""
    return [(i, a, b) for i, line in enumerate(lines) for a, b, role in yl.spans(line) if role == "key"]


def _replace(lines, site, text):
    """Replaces the span `site` (line, start, end) with `text`."""
    i, a, b = site
    lines[i] = lines[i][:a] + text + lines[i][b:]
    return lines


def _block_lines(lines):
    """Indexes of lines that start a mapping entry or a list item."""
    return [i for i, line in enumerate(lines) if not yl.is_blank(line) and yl.spans(line)]


def replace_value(rng, lines, vocab):
    """A scalar value becomes a hostile value (or a value from elsewhere in the seeds)."""
    sites = _value_sites(lines)
    if not sites:
        return None
    text = hostile.yaml_value(rng).decode("latin-1") if rng.random() < 0.85 else rng.choice(vocab.values)
    return _replace(lines, rng.choice(sites), text)


def replace_value_of_key(rng, lines, vocab):
    """The value of a block `key:` line becomes hostile (including nested structures)."""
    sites = [(i, a, b) for i, a, b in _key_sites(lines)]
    if not sites:
        return None
    i, _, b = rng.choice(sites)
    end = yl.block_end(lines, i)
    line = lines[i]
    value = hostile.yaml_value(rng).decode("latin-1")
    newline = "\n" if line.endswith("\n") else ""
    lines[i:end] = [line[:b] + ": " + value + newline]
    return lines


def targeted_value(rng, lines, vocab):
    """The value of a key that broke hitc before (step, reward, submit_url, title...) becomes a hostile value for that key."""
    sites = []
    for i, line in enumerate(lines):
        found = yl.spans(line)
        for n, (a, b, role) in enumerate(found):
            if role == "key" and n + 1 < len(found) and found[n + 1][2] == "value":
                name = line[a:b]
                for keys, values in hostile.BY_KEY.items():
                    if name in keys:
                        sites.append(((i,) + found[n + 1][:2], values))
    if not sites:
        return None
    site, values = rng.choice(sites)
    value = rng.choice(values).encode("utf-8") if rng.random() < 0.9 else hostile.yaml_value(rng)
    return _replace(lines, site, value.decode("latin-1"))


def rename_key(rng, lines, vocab):
    """A key gets a typo, another key's name, a case change, or hostile text."""
    sites = _key_sites(lines)
    if not sites:
        return None
    i, a, b = rng.choice(sites)
    key = lines[i][a:b]
    pick = rng.random()
    if pick < 0.35 and vocab.keys:
        new = rng.choice(vocab.keys)
    elif pick < 0.6 and len(key) > 1:
        j = rng.randrange(len(key) - 1)
        new = key[:j] + key[j + 1] + key[j] + key[j + 2:] if rng.random() < 0.5 else key[:j] + key[j + 1:]
    elif pick < 0.7:
        new = key.upper()
    else:
        new = hostile.yaml_value(rng).decode("latin-1").replace("\n", " ")[:2000]
    return _replace(lines, (i, a, b), new)


def duplicate_block(rng, lines, vocab):
    """A mapping entry or list item (with its block) is repeated: duplicate keys, options, layout rows."""
    starts = _block_lines(lines)
    if not starts:
        return None
    i = rng.choice(starts)
    end = yl.block_end(lines, i)
    block = lines[i:end]
    times = min(rng.choice([1, 1, 1, 2, 50, 2000]), max(1, (4 << 20) // max(1, sum(map(len, block)))))
    if block and not block[-1].endswith("\n"):
        block = block[:-1] + [block[-1] + "\n"]
    lines[end:end] = block * times
    return lines


def delete_block(rng, lines, vocab):
    """A line, or a whole block, disappears."""
    starts = _block_lines(lines)
    if not starts:
        return None
    i = rng.choice(starts)
    end = yl.block_end(lines, i) if rng.random() < 0.7 else i + 1
    del lines[i:end]
    return lines


def move_block(rng, lines, vocab):
    """A block is moved under another entry, re-indented to fit there."""
    starts = _block_lines(lines)
    if len(starts) < 2:
        return None
    i = rng.choice(starts)
    end = yl.block_end(lines, i)
    block = lines[i:end]
    del lines[i:end]
    starts = _block_lines(lines)
    if not starts:
        return None
    j = rng.choice(starts)
    shift = yl.indent(lines[j]) - yl.indent(block[0]) + rng.choice([0, 0, 2, 4])
    moved = [(" " * shift + l) if shift >= 0 else l[min(-shift, yl.indent(l)):] for l in block]
    if moved and not moved[-1].endswith("\n"):
        moved[-1] += "\n"
    lines[j + 1:j + 1] = moved
    return lines


def add_unknown_key(rng, lines, vocab):
    """An extra `key: value` line at the indentation of an existing entry."""
    starts = _block_lines(lines)
    if not starts:
        return None
    i = rng.choice(starts)
    key = rng.choice(vocab.keys) if vocab.keys and rng.random() < 0.6 else rng.choice(["x", "unknown_key", "Title", "tpye"])
    value = hostile.yaml_value(rng).decode("latin-1") if rng.random() < 0.5 else rng.choice(vocab.values or ["1"])
    line = lines[i]
    pad = yl.indent(line)
    if line[pad:].startswith("- "):
        pad += 2
    lines.insert(i + 1, " " * pad + key + ": " + value + "\n")
    return lines


def reindent(rng, lines, vocab):
    """One line or a block shifts left or right, or gains a tab."""
    starts = _block_lines(lines)
    if not starts:
        return None
    i = rng.choice(starts)
    end = yl.block_end(lines, i) if rng.random() < 0.5 else i + 1
    delta = rng.choice([-4, -2, -1, 1, 2, 4])
    for k in range(i, end):
        if rng.random() < 0.05:
            lines[k] = "\t" + lines[k]
        elif delta > 0:
            lines[k] = " " * delta + lines[k]
        else:
            lines[k] = lines[k][min(-delta, yl.indent(lines[k])):]
    return lines


def anchors_and_aliases(rng, lines, vocab):
    """An anchor on one value and aliases to it elsewhere; or a merge key; or an alias bomb."""
    sites = _value_sites(lines)
    pick = rng.random()
    if pick < 0.15:
        bomb = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
        for n in range(1, rng.choice([3, 5, 9])):
            bomb.append(f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]\n")
        lines[0:0] = bomb
        return lines
    if not sites:
        return None
    anchor_site = rng.choice(sites)
    i, a, b = anchor_site
    lines[i] = lines[i][:a] + "&fz " + lines[i][a:]
    targets = rng.sample(sites, min(len(sites), rng.randint(1, 3)))
    for (k, x, y) in sorted(targets, key=lambda s: (s[0], s[1]), reverse=True):
        if (k, x, y) == anchor_site:
            continue
        if k == i and x > a:
            x, y = x + 4, y + 4
        alias = "*fz" if rng.random() < 0.8 else rng.choice(["*nope", "<<: *fz", "*fz *fz"])
        lines[k] = lines[k][:x] + alias + lines[k][y:]
    return lines


def nest_deeply(rng, lines, vocab):
    """A value becomes deeply nested flow collections, or a block becomes deeply indented mappings."""
    sites = _value_sites(lines)
    if rng.random() < 0.6 and sites:
        return _replace(lines, rng.choice(sites), hostile.deep(rng))
    starts = _block_lines(lines)
    if not starts:
        return None
    i = rng.choice(starts)
    depth = rng.choice([20, 64, 65, 300])
    pad = yl.indent(lines[i])
    chain = [" " * (pad + 2 + 2 * d) + f"n{d}:\n" for d in range(depth)]
    lines[i:i] = [" " * pad + "deep:\n"] + chain + [" " * (pad + 2 + 2 * depth) + "leaf: 1\n"]
    return lines


def quote_with_escape(rng, lines, vocab):
    """A plain value becomes double-quoted with a control or non-character escape inside."""
    sites = [(i, a, b) for i, a, b in _value_sites(lines) if lines[i][a] not in "\"'"]
    if not sites:
        return None
    i, a, b = rng.choice(sites)
    text = lines[i][a:b]
    cut = rng.randint(0, len(text))
    escape = rng.choice(hostile.ESCAPES)
    return _replace(lines, (i, a, b), '"' + text[:cut].replace('"', '\\"') + escape + text[cut:].replace('"', '\\"') + '"')


OPERATORS = [
    (replace_value, 22), (targeted_value, 18), (replace_value_of_key, 8), (rename_key, 10), (duplicate_block, 8), (delete_block, 10),
    (move_block, 5), (add_unknown_key, 6), (reindent, 4), (anchors_and_aliases, 5), (nest_deeply, 3),
    (quote_with_escape, 11),
]
_OPS, _WEIGHTS = zip(*OPERATORS)


def mutate(rng, data, vocab, seeds):
    """Applies one YAML-aware operator (or a byte-level one when it finds nothing to aim at)."""
    op = rng.choices(_OPS, weights=_WEIGHTS)[0]
    lines = yl.split_lines(data)
    result = op(rng, lines, vocab)
    if result is None:
        return mutate_bytes.mutate(rng, data, seeds)
    return yl.join_lines(result)
