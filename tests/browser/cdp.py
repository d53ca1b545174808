"""A small Chrome DevTools Protocol client beside Selenium's own connection.

Selenium's `execute_cdp_cmd` sends commands but cannot receive events, and
request interception needs events (`Fetch.requestPaused`). This client opens
its own WebSocket to the page target that chromedriver drives (the window
handle *is* the target id), enables `Fetch` for every URL and answers each
paused request from a background thread:

- `file:` and `data:` requests continue untouched;
- a request whose URL matches a submission pattern is recorded (method, URL,
  headers, body) and fulfilled with a small 200 response, so the real form or
  `fetch` runs to its end and nothing leaves the machine;
- an image request is fulfilled with a 1x1 PNG (the example data point at
  https hosts that do not resolve offline) and recorded;
- anything else is recorded as unexpected and failed (`BlockedByClient`).

Nothing is ever sent to the network: requests are answered or failed here.
The tests read the record; the "no network request" test reads Chrome's own
performance log as well.
"""

from __future__ import annotations

import base64
import fnmatch
import itertools
import json
import threading
import time
from dataclasses import dataclass, field

import websocket  # websocket-client, a dependency of selenium

# 1x1 transparent PNG.
PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


@dataclass
class Intercepted:
    url: str
    method: str
    resource_type: str
    headers: dict
    body: str | None
    disposition: str  # "submission", "image", "blocked"

    def json(self):
        return json.loads(self.body or "null")

    def form(self) -> dict[str, list[str]]:
        from urllib.parse import parse_qs

        return parse_qs(self.body or "", keep_blank_values=True, strict_parsing=False)


@dataclass
class CDPSession:
    ws_url: str
    submission_patterns: list[str] = field(default_factory=list)
    intercepted: list[Intercepted] = field(default_factory=list)

    def __post_init__(self):
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._responses: dict[int, dict] = {}
        self._closed = False
        self.errors: list[str] = []
        self._ws = websocket.create_connection(self.ws_url, timeout=30, suppress_origin=True)
        self._ws.settimeout(None)
        self._thread = threading.Thread(target=self._read_loop, name="cdp-reader", daemon=True)
        self._thread.start()
        self.send("Fetch.enable", {"patterns": [{"urlPattern": "*", "requestStage": "Request"}]})

    # -- plumbing -----------------------------------------------------------------

    def send(self, method: str, params: dict | None = None, wait: bool = True, timeout: float = 20):
        msg_id = next(self._ids)
        payload = json.dumps({"id": msg_id, "method": method, "params": params or {}})
        with self._lock:
            self._ws.send(payload)
        if not wait:
            return None
        deadline = time.monotonic() + timeout
        with self._cond:
            while msg_id not in self._responses:
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise TimeoutError(f"CDP {method}: no answer")
                self._cond.wait(left)
            answer = self._responses.pop(msg_id)
        if "error" in answer:
            raise RuntimeError(f"CDP {method}: {answer['error']}")
        return answer.get("result", {})

    def _read_loop(self):
        while True:
            try:
                raw = self._ws.recv()
            except Exception:  # closed
                with self._cond:
                    self._closed = True
                    self._cond.notify_all()
                return
            if not raw:
                continue
            msg = json.loads(raw)
            if "id" in msg:
                with self._cond:
                    self._responses[msg["id"]] = msg
                    self._cond.notify_all()
            elif msg.get("method") == "Fetch.requestPaused":
                try:
                    self._on_paused(msg["params"])
                except Exception as exc:  # keep the reader alive; report later
                    self.errors.append(f"{type(exc).__name__}: {exc}")

    def _reply(self, method: str, params: dict):
        # Called on the reader thread: never wait for the answer here.
        self.send(method, params, wait=False)

    # -- interception ---------------------------------------------------------------

    def _on_paused(self, params: dict):
        request = params["request"]
        url: str = request["url"]
        request_id = params["requestId"]
        if url.startswith(("file:", "data:", "blob:", "about:")):
            self._reply("Fetch.continueRequest", {"requestId": request_id})
            return
        body = request.get("postData")
        if body is None and request.get("postDataEntries"):
            body = b"".join(base64.b64decode(e.get("bytes", "")) for e in request["postDataEntries"]).decode(
                "utf-8", "replace"
            )
        resource_type = params.get("resourceType", "")
        record = Intercepted(url, request["method"], resource_type, request.get("headers", {}), body, "blocked")
        cors = [
            {"name": "Access-Control-Allow-Origin", "value": "*"},
            {"name": "Access-Control-Allow-Methods", "value": "POST, GET, OPTIONS"},
            {"name": "Access-Control-Allow-Headers", "value": "*"},
        ]
        if any(fnmatch.fnmatchcase(url, p) for p in self.submission_patterns):
            record.disposition = "submission"
            if request["method"] == "OPTIONS":
                body_bytes = b""
                headers = cors
            elif resource_type == "Document":
                body_bytes = b"<!doctype html><html lang=en><link rel=icon href=\"data:,\"><title>received</title><p id=received>received</p></html>"
                headers = [{"name": "Content-Type", "value": "text/html; charset=utf-8"}] + cors
            else:
                body_bytes = b'{"ok": true}'
                headers = [{"name": "Content-Type", "value": "application/json"}] + cors
            self._reply(
                "Fetch.fulfillRequest",
                {
                    "requestId": request_id,
                    "responseCode": 204 if request["method"] == "OPTIONS" else 200,
                    "responseHeaders": headers,
                    "body": base64.b64encode(body_bytes).decode(),
                },
            )
        elif resource_type == "Image":
            record.disposition = "image"
            self._reply(
                "Fetch.fulfillRequest",
                {
                    "requestId": request_id,
                    "responseCode": 200,
                    "responseHeaders": [{"name": "Content-Type", "value": "image/png"}],
                    "body": base64.b64encode(PNG_1X1).decode(),
                },
            )
        else:
            self._reply("Fetch.failRequest", {"requestId": request_id, "errorReason": "BlockedByClient"})
        with self._lock:
            self.intercepted.append(record)

    # -- what the tests use ---------------------------------------------------------

    def reset(self, submission_patterns: list[str] | None = None):
        with self._lock:
            self.intercepted = []
            self.submission_patterns = list(submission_patterns or [])
        self.errors = []

    def non_image(self) -> list[tuple[str, str, str]]:
        """(method, URL, disposition) of every intercepted request that was not an image."""
        with self._lock:
            return [(r.method, r.url, r.disposition) for r in self.intercepted if r.disposition != "image"]

    def submissions(self) -> list[Intercepted]:
        with self._lock:
            return [r for r in self.intercepted if r.disposition == "submission" and r.method != "OPTIONS"]

    def wait_for_submission(self, timeout: float = 10) -> Intercepted:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.submissions()
            if found:
                return found[0]
            time.sleep(0.05)
        with self._lock:
            seen = [(r.method, r.url, r.disposition) for r in self.intercepted]
        raise AssertionError(f"no submission request within {timeout}s; intercepted: {seen}")

    def close(self):
        try:
            self._ws.close()
        except Exception:
            pass
