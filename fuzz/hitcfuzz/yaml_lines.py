"""A tolerant, line-based view of YAML text: where the keys and scalar values
are, and which lines make a block. Not a YAML parser: it only has to be right
often enough to aim mutations, and must never fail on broken input.

Text is handled as latin-1 strings, so one character is one byte and offsets
are byte offsets."""

import re

_INDENT = re.compile(r"[ ]*")


def split_lines(data):
    """The lines of `data` (bytes) as latin-1 strings, each with its line break."""
    return data.decode("latin-1").splitlines(keepends=True)


def join_lines(lines):
    """The bytes of `lines`."""
    return "".join(lines).encode("latin-1")


def indent(line):
    """The number of leading spaces."""
    return len(_INDENT.match(line).group(0))


def is_blank(line):
    """True for empty and comment-only lines."""
    s = line.strip()
    return not s or s.startswith("#")


def block_end(lines, i):
    """One past the last line of the block that starts at line `i`: the line and
    every following line indented deeper (or blank). A `- ` item counts its dash
    as indentation for the lines below it."""
    head = lines[i]
    base = indent(head)
    j = i + 1
    while j < len(lines):
        if not is_blank(lines[j]) and indent(lines[j]) <= base:
            break
        j += 1
    while j > i + 1 and not lines[j - 1].strip():
        j -= 1
    return j


def _quoted_end(s, i):
    """Index after the quoted scalar starting at `i`."""
    q = s[i]
    j = i + 1
    while j < len(s):
        if q == '"' and s[j] == "\\":
            j += 2
            continue
        if s[j] == q:
            if q == "'" and j + 1 < len(s) and s[j + 1] == "'":
                j += 2
                continue
            return j + 1
        j += 1
    return len(s)


def _plain_end(s, i, flow):
    """Index after the plain scalar starting at `i`."""
    j = i
    while j < len(s):
        c = s[j]
        if c in "\r\n":
            break
        if c == ":" and (j + 1 == len(s) or s[j + 1] in " \t\r\n" or (flow and s[j + 1] in ",]}")):
            break
        if c == "#" and j > i and s[j - 1] in " \t":
            break
        if flow and c in ",]}[{":
            break
        j += 1
    while j > i and s[j - 1] in " \t":
        j -= 1
    return j


def _skip_spaces(s, i):
    """The index of the first non-blank character at or after `i`."""
    while i < len(s) and s[i] in " \t":
        i += 1
    return i


def _scan_node(s, i, flow, spans, depth=0):
    """Scans one node at `i`, appending (start, end, role) scalar spans; returns the index after it."""
    i = _skip_spaces(s, i)
    if i >= len(s) or s[i] in "\r\n#" or depth > 50:
        return i
    while i < len(s) and s[i] in "&!":
        j = i
        while j < len(s) and s[j] not in " \t\r\n,]}":
            j += 1
        i = _skip_spaces(s, j)
        if i >= len(s):
            return i
    if s[i] in "{[":
        close = "}" if s[i] == "{" else "]"
        i += 1
        while i < len(s):
            i = _skip_spaces(s, i)
            if i >= len(s) or s[i] in "\r\n":
                return i
            if s[i] == close:
                return i + 1
            if s[i] == ",":
                i += 1
                continue
            before = i
            i = _scan_entry(s, i, True, spans, depth + 1)
            if i == before:
                i += 1
        return i
    return _scan_entry(s, i, flow, spans, depth)


def _scan_entry(s, i, flow, spans, depth):
    """A scalar, or a `key: value` pair, at `i`."""
    if s[i] in "{[":
        return _scan_node(s, i, flow, spans, depth + 1)
    if s[i] in "|>" and not flow:
        return len(s)
    if s[i] == "*":
        end = i
        while end < len(s) and s[end] not in " \t\r\n,]}":
            end += 1
        return end
    start = i
    end = _quoted_end(s, i) if s[i] in "\"'" else _plain_end(s, i, flow)
    if end < len(s) and s[end] == ":" and end > start:
        spans.append((start, end, "key"))
        return _scan_node(s, end + 1, flow, spans, depth + 1)
    if end > start:
        spans.append((start, end, "value"))
    return end


def spans(line):
    """The (start, end, role) spans of keys and scalar values on one line; role is 'key' or 'value'."""
    out = []
    i = indent(line)
    while line.startswith("- ", i) or line.startswith("-\n", i):
        i = _skip_spaces(line, i + 1)
    try:
        _scan_node(line, i, False, out)
    except IndexError:
        pass
    return out


def key_of(line):
    """The key of a block mapping line, or None."""
    for start, end, role in spans(line):
        if role == "key":
            return line[start:end]
        return None
    return None
