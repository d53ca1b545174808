"""Byte-level mutations: they know nothing of the format, and find what the
format-aware ones cannot (broken UTF-8 inside tokens, cut lines, odd offsets)."""

from . import hostile

INTERESTING = [b"\x00", b"\xff", b"\x7f", b"\x80", b"\x1b", b"\n", b"\r", b"\t", b" ", b":", b"-", b"#", b"'", b'"',
               b"[", b"]", b"{", b"}", b"&", b"*", b"!", b"|", b">", b",", b"%", b"@", b"`", b"\\"]


def _span(rng, data, most=64):
    """A random (start, end) range of `data`, at most `most` bytes long."""
    if not data:
        return 0, 0
    start = rng.randrange(len(data))
    return start, min(len(data), start + rng.randint(1, most))


def flip(rng, data, _seeds):
    """Flips one to four bits."""
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def set_byte(rng, data, _seeds):
    """Overwrites one byte with an interesting one."""
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + rng.choice(INTERESTING) + data[i + 1:]


def insert(rng, data, _seeds):
    """Inserts interesting bytes, random bytes or a hostile value."""
    i = rng.randint(0, len(data))
    pick = rng.random()
    if pick < 0.4:
        blob = b"".join(rng.choice(INTERESTING) for _ in range(rng.randint(1, 4)))
    elif pick < 0.7:
        blob = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    else:
        blob = hostile.yaml_value(rng)
    return data[:i] + blob + data[i:]


def delete(rng, data, _seeds):
    """Deletes a range."""
    a, b = _span(rng, data, rng.choice([1, 8, 64, 512]))
    return data[:a] + data[b:]


def duplicate(rng, data, _seeds):
    """Copies a range elsewhere, or repeats it in place up to a few thousand times."""
    a, b = _span(rng, data, rng.choice([8, 64, 512]))
    chunk = data[a:b]
    if rng.random() < 0.3:
        times = min(rng.choice([2, 10, 100, 1000, 5000]), max(2, (4 << 20) // max(1, len(chunk))))
        return data[:a] + chunk * times + data[b:]
    i = rng.randint(0, len(data))
    return data[:i] + chunk + data[i:]


def splice(rng, data, seeds):
    """Joins a prefix of this input with a suffix of another seed, or inserts a piece of it."""
    other = rng.choice(seeds) if seeds else data
    if not other or not data:
        return data
    if rng.random() < 0.5:
        return data[:rng.randint(0, len(data))] + other[rng.randint(0, len(other)):]
    a, b = _span(rng, other, 256)
    i = rng.randint(0, len(data))
    return data[:i] + other[a:b] + data[i:]


def truncate(rng, data, _seeds):
    """Cuts the input short."""
    return data[:rng.randint(0, len(data))] if data else data


OPERATORS = [flip, set_byte, insert, delete, duplicate, splice, truncate]


def mutate(rng, data, seeds):
    """Applies one byte-level operator."""
    return rng.choice(OPERATORS)(rng, data, seeds)
