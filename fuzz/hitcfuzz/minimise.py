"""Delta reduction of a finding's mutated file: remove chunks of lines, then of
bytes, as long as the same problem (same signature) still happens."""

import time


def _chunks(units, n):
    """(start, end) of `n` roughly equal chunks of `units`."""
    size = max(1, len(units) // n)
    return [(i, min(len(units), i + size)) for i in range(0, len(units), size)]


def _reduce(units, keeps, deadline, budget):
    """ddmin over a list of units: `keeps(units)` is True while the problem still happens."""
    n = 2
    while len(units) >= 2 and time.monotonic() < deadline and budget[0] > 0:
        removed = False
        for a, b in _chunks(units, n):
            candidate = units[:a] + units[b:]
            if not candidate:
                continue
            budget[0] -= 1
            if keeps(candidate):
                units = candidate
                n = max(n - 1, 2)
                removed = True
                break
            if time.monotonic() >= deadline or budget[0] <= 0:
                break
        if not removed:
            if n >= len(units):
                break
            n = min(len(units), n * 2)
    return units


def minimise(data, still_fails, seconds=120, max_tests=600):
    """The smallest `data` found (bytes) for which `still_fails(bytes)` holds."""
    deadline = time.monotonic() + seconds
    budget = [max_tests]
    lines = data.splitlines(keepends=True)
    lines = _reduce(lines, lambda ls: still_fails(b"".join(ls)), deadline, budget)
    data = b"".join(lines)
    for size in (4096, 256, 16):
        if len(data) > 4 * size:
            units = [data[i:i + size] for i in range(0, len(data), size)]
            data = b"".join(_reduce(units, lambda us: still_fails(b"".join(us)), deadline, budget))
    if len(data) <= 4096:
        units = [bytes([b]) for b in data]
        units = _reduce(units, lambda us: still_fails(b"".join(us)), deadline, budget)
        data = b"".join(units)
    return data
