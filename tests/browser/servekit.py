"""Running `hitc serve` for the browser tests and bench/serve.py.

`ServeProcess` starts `hitc serve SPEC --port N` on a free loopback port (the binary
from `HITC_BIN`, else .build/debug/hitc or .build-browser/debug/hitc, as conftest.py
finds it), waits until it answers, and stops it with SIGINT (Ctrl-C), checking it
exits 0. `serve_driver()` is a Chromium of its own: the shared session of conftest.py
intercepts every request (cdp.py) and would block the local server.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]


def find_hitc() -> pathlib.Path:
    env = os.environ.get("HITC_BIN")
    candidates = [pathlib.Path(env)] if env else [ROOT / ".build/debug/hitc", ROOT / ".build-browser/debug/hitc"]
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return c
    raise RuntimeError(f"no hitc binary: set HITC_BIN (looked at {', '.join(map(str, candidates))})")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_example(name: str, into: pathlib.Path) -> pathlib.Path:
    """A copy of Specs/<name>/ under `into`; returns its spec.yaml."""
    folder = into / name
    shutil.copytree(ROOT / "Specs" / name, folder)
    return folder / "spec.yaml"


def has_ipv6_loopback() -> bool:
    """True when this machine can bind the IPv6 loopback address ::1."""
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


class ServeProcess:
    def __init__(self, spec: pathlib.Path, *args: str, port: int | None = None, host: str = "127.0.0.1"):
        """`hitc serve SPEC --port N [--host HOST] ARGS`; `host` is also the address the tests connect to."""
        self.port = port or free_port()
        self.host = host
        self.base = f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"
        host_args = [] if host == "127.0.0.1" else ["--host", host]
        self.cmd = [str(find_hitc()), "serve", str(spec), "--port", str(self.port), "--color", "never", *host_args, *args]
        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        for stream, sink in ((self.proc.stdout, self.stdout), (self.proc.stderr, self.stderr)):
            threading.Thread(target=lambda s=stream, k=sink: [k.append(line) for line in s], daemon=True).start()
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"hitc serve exited {self.proc.returncode}: {''.join(self.stderr)}")
            try:
                self.status()
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("hitc serve did not answer within 60 s")

    def url(self, path: str) -> str:
        return self.base + path

    def get(self, path: str, method: str = "GET"):
        """(status, headers, body) of one request; no redirect is followed."""
        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *a, **k):
                return None
        opener = urllib.request.build_opener(NoRedirect)
        request = urllib.request.Request(self.url(path), method=method)
        try:
            with opener.open(request, timeout=10) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def status(self) -> dict:
        with urllib.request.urlopen(self.url("/_hitc/status.json"), timeout=2) as r:
            return json.load(r)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def serve_driver(width: int = 1280, height: int = 1000):
    opts = Options()
    opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--lang=en-US", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                "--disable-sync",
                # Nothing but the loopback server resolves: the served pages must send nothing anywhere.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    drv.set_page_load_timeout(30)
    drv.set_script_timeout(30)
    return drv


def generation(driver) -> int:
    """The build generation of the page shown (0 before the serve script ran)."""
    return driver.execute_script(
        "return document.readyState === 'complete' && window.hitcServe ? window.hitcServe.generation : 0") or 0


def wait_for_generation(driver, at_least: int, timeout: float = 20) -> float:
    """Waits until a page of generation >= `at_least` has fired its load event; returns
    that load event's time (epoch seconds)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if generation(driver) >= at_least:
                end = driver.execute_script(
                    "var n = performance.getEntriesByType('navigation')[0];"
                    "return n && n.loadEventEnd ? performance.timeOrigin + n.loadEventEnd : 0;")
                if end:
                    return end / 1000.0
        except Exception:  # the page is being replaced
            pass
        time.sleep(0.01)
    raise TimeoutError(f"no page of build {at_least} within {timeout} s (now {generation(driver)})")
