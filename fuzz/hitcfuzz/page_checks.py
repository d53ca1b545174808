"""Checks that need to know what a file means, not only its syntax:

- the task page's Content-Security-Policy lets the page send to its own
  `submit_url` (issue 9, item 6: userinfo, IPv6 literals, ports);
- `hitc batch`'s `item_keys` can be split back into the keys (item 12)."""

import html
import json
import os
import re
from urllib.parse import urlsplit

_CSP = re.compile(r'http-equiv="Content-Security-Policy" content="([^"]*)"')
_SUBMIT = re.compile(r'"submitUrl"\s*:\s*("(?:[^"\\]|\\.)*")')


def _origin_allowed(url, sources):
    """Whether a `connect-src` source list allows a fetch to `url`."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port or {"https": 443, "http": 80}.get(scheme)
    for source in sources:
        if source in (f"{scheme}:", "*") and scheme in ("https", "http"):
            return True
        m = re.match(r"^(?:(\w+)://)?(\[[^\]]+\]|[^:/]+)(?::(\d+|\*))?", source)
        if not m:
            continue
        s_scheme, s_host, s_port = (m.group(1) or scheme).lower(), m.group(2).lower().strip("[]"), m.group(3)
        if s_scheme != scheme:
            continue
        if s_host.startswith("*."):
            if not host.endswith(s_host[1:]):
                continue
        elif s_host != host:
            continue
        if s_port == "*" or (int(s_port) if s_port else {"https": 443, "http": 80}.get(s_scheme)) == port:
            return True
    return False


def task_page(path):
    """Why the task page at `path` cannot send to its own submit_url, or None."""
    with open(path, "rb") as f:
        page = f.read().decode("utf-8", "replace")
    submit = _SUBMIT.search(page)
    csp = _CSP.search(page)
    if not submit or not csp:
        return None
    try:
        url = json.loads(submit.group(1))
    except (ValueError, RecursionError):
        return "submitUrl is not a JSON string"
    if not url:
        return None
    policy = html.unescape(csp.group(1))
    directives = {d.strip().split(" ")[0]: d.strip().split()[1:] for d in policy.split(";") if d.strip()}
    sources = directives.get("connect-src", directives.get("default-src", []))
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError as e:
        return f"submit_url {url!r} is not a valid URL ({e})"
    if parts.username is not None or parts.password is not None:
        return "submit_url has userinfo: fetch() refuses URLs with credentials"
    if not _origin_allowed(url, sources):
        return f"connect-src {' '.join(sources)} does not allow submit_url {url}"
    return None


def batch_keys(folder):
    """Why the item keys of a batch are ambiguous, or None. Only MTurk's batch.csv
    joins a HIT's keys with '|'; hits.jsonl holds them as a JSON list."""
    path = os.path.join(folder, "hits.jsonl")
    if not os.path.exists(path) or not os.path.exists(os.path.join(folder, "mturk", "batch.csv")):
        return None
    with open(path, "rb") as f:
        for n, line in enumerate(f, 1):
            try:
                keys = json.loads(line).get("item_keys", [])
            except (ValueError, AttributeError, RecursionError):
                return None
            if any("|" in str(k) for k in keys):
                return f"hits.jsonl line {n}: an item key holds '|', so the item_keys column cannot be split"
    return None
