"""A real server over a real store, for the API and browser tests and the screenshot script.

``demo_store(path)`` ingests the bundled demo corpus plus one hostile page (a ``<script>`` in its text);
``ServerProcess(db)`` runs ``brinkwatch serve`` in a subprocess on a free loopback port.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

HOSTILE_ID = "hostile-script"
HOSTILE_MARKER = "<script>window.__pwned=1</script>"
HOSTILE_TEXT = (
    "Hostile page puts a script in its text\n\n"
    f"Russia accused Ukraine of shelling a village near the line of contact. {HOSTILE_MARKER} "
    "A spokesman said \"we will respond to every provocation\". <img src=x onerror=\"window.__pwned=2\">"
)


def hostile_page():
    from ..pipeline import PageInput

    return PageInput(text=HOSTILE_TEXT, id=HOSTILE_ID, html=False, published="2022-02-18", outlet="Test Outlet",
                     url="javascript:window.__pwned=3")


def demo_store(path: str | Path) -> Path:
    """Ingest the demo corpus and the hostile page into a new store at ``path`` (kept if it already exists)."""
    path = Path(path)
    if path.exists():
        return path
    from ..cli import demo_pages
    from ..corpus.ingest import ingest
    from ..corpus.inputs import Source

    pages = [*demo_pages(), hostile_page()]
    tmp = path.with_name(path.name + ".building")
    for p in (tmp, tmp.with_name(tmp.name + ".wal")):
        p.unlink(missing_ok=True)
    summary = ingest([], tmp, sources=[Source(f"demo:{p.id}", page=p) for p in pages], stderr=open(os.devnull, "w"))
    if summary.failed:
        raise RuntimeError(f"demo ingest failed: {summary.to_dict()['failures']}")
    os.replace(tmp, path)
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str, timeout: float = 30.0) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


class ServerProcess:
    """``python -m brinkwatch serve --db DB --port P`` in a subprocess; ``url`` once it answers."""

    def __init__(self, db: str | Path, *, startup: float = 90.0) -> None:
        self.db, self.port = Path(db), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = self.db.with_name(f"serve-{self.port}.log")
        self._log = open(self.log, "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "brinkwatch", "serve", "--db", str(self.db), "--port", str(self.port),
             "--log-level", "warning"], stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + startup
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            try:
                if get_json(self.url + "/api/health", timeout=5)[0] == 200:
                    break
            except (OSError, ValueError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"server did not answer in {startup:.0f}s: {self.log.read_text()[-2000:]}")
            time.sleep(0.3)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()

    def __enter__(self) -> "ServerProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
