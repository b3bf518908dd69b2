"""Server limits against a real ``brinkwatch serve`` (uvicorn subprocess) over a real store, filling the gaps
of tests/api: path traversal through ids and static paths, oversized and malformed queries, headers and
bodies, hostile JSON, slow and idle connections, and security headers on every kind of answer.

Requests are written by hand on a socket (``raw``) where a client library would normalise or refuse them.
"""
from __future__ import annotations

import importlib.util
import json
import socket
import time
from pathlib import Path

import pytest

from brinkwatch.api.testing import ServerProcess

_spec = importlib.util.spec_from_file_location("hardening_stores", Path(__file__).parent / "fixtures" / "stores.py")
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)

CANARY = "brinkwatch-canary-7f3a9c"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    base = tmp_path_factory.mktemp("limits")
    db = base / "s.duckdb"
    helpers.synthetic_store(db, 500)
    (base / "canary.txt").write_text(CANARY)
    with ServerProcess(db) as server:
        yield server, base


def raw(server, request: bytes, *, timeout: float = 30) -> tuple[int, dict, bytes]:
    """Send ``request`` as is; (status, lower-cased headers, body) of the answer."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as sock:
        try:
            sock.sendall(request)
        except (BrokenPipeError, ConnectionResetError):
            pass
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except ConnectionResetError:
            pass
    if not data:  # the server closed the connection without an answer
        return 0, {}, b""
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split(" ", 2)[1]), headers, body


def get(server, target: str, extra: str = "") -> tuple[int, dict, bytes]:
    return raw(server, f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}Connection: close\r\n\r\n".encode())


def post(server, body: bytes, content_type: str = "application/json", extra: str = "") -> tuple[int, dict, bytes]:
    head = (f"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n").encode()
    return raw(server, head + body)


def assert_security_headers(headers: dict) -> None:
    csp = headers["content-security-policy"]
    for part in ("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                 "frame-ancestors 'none'"):
        assert part in csp, csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"


def json_error(status: int, headers: dict, body: bytes) -> dict:
    assert headers["content-type"].startswith("application/json"), headers
    error = json.loads(body)["error"]
    assert error["status"] == status and error["message"]
    return error


TRAVERSALS = [
    "../../../../../../etc/passwd", "..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%252e%252e%252fetc%252fpasswd",
    "....//....//....//etc/passwd", "..\\..\\..\\..\\etc\\passwd", "%2fetc%2fpasswd", "/etc/passwd",
    "..%c0%af..%c0%afetc%c0%afpasswd", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
]


def test_no_id_or_path_reaches_the_file_system(served):
    server, base = served
    canary = str(base / "canary.txt")
    targets = []
    for t in TRAVERSALS + [canary.replace("/", "%2f"), canary, "..%2fcanary.txt", "../canary.txt",
                           "..%2f..%2f..%2f..%2f..%2f..%2f..%2f.." + canary.replace("/", "%2f")]:
        for prefix in ("/api/documents/", "/api/events/", "/api/actors/", "/documents/", "/events/", "/actors/",
                       "/documents/x/compare/../../", "/static/", "/static/vendor/", "/"):
            targets.append(prefix + t)
    targets += ["/static/../api/app.py", "/static/%2e%2e/%2e%2e/api/app.py", "/static/..%2f..%2fapi%2fapp.py",
                "/static/%2e%2e%2f%2e%2e%2fstore%2fschema.sql"]
    for target in targets:
        status, headers, body = get(server, target.replace("\\", "%5c"))
        actor = target.startswith(("/api/actors/", "/actors/"))  # any name has a (maybe empty) actor profile
        assert status in (400, 404, 405, 422) or (actor and status == 200), (target, status, body[:200])
        assert b"root:" not in body and CANARY.encode() not in body and b"def create_app" not in body, target
        assert b"CREATE TABLE" not in body, target
        if status != 400:  # uvicorn's own 400 for an unparsable request line has no app behind it
            assert_security_headers(headers)
            if target.startswith("/api/") and status != 200:
                json_error(status, headers, body)


def test_query_limits(served):
    server, _ = served
    status, headers, body = get(server, "/api/events?source=" + "a" * 201)
    assert "at most 200 characters" in json_error(422, headers, body)["message"]
    for target in ("/api/events?source=%ff%fe", "/api/documents?outlet=%ed%a0%80"):  # bad UTF-8: replaced
        status, headers, body = get(server, target)
        assert status == 200 and json.loads(body)["total"] == 0, (target, status, body[:300])
    for target in ("/api/events?limit=100000000000000000000000000000", "/api/events?offset=1000001",
                   "/api/events?since=2022-02-30", "/api/events?source=%00", "/api/events?limit=%00",
                   "/api/timeline?a=RUS&b=%0a", "/api/events?type=ASSAULT%27%3B--"):
        status, headers, body = get(server, target)
        assert status == 422, (target, status, body[:300])
        json_error(status, headers, body)
        assert_security_headers(headers)
    many = "&".join(f"source=RUS{n}" for n in range(2000))  # repeated parameters: the last one counts
    status, headers, body = get(server, "/api/events?" + many)
    assert status in (200, 422) and json.loads(body)
    status, _, _ = get(server, "/api/events?source=" + "a" * 100_000)
    assert status == 422
    for size in (1_000_000, 20_000_000):  # request lines and headers: refused (400) or cut, never buffered whole
        status, _, _ = get(server, "/api/events?source=" + "a" * size)
        assert status in (0, 400), status
        status, _, _ = get(server, "/api/events", extra="X-Big: " + "b" * size + "\r\n")
        assert status in (0, 400), status
    status, _, body = get(server, "/api/health")  # and the server is still there
    assert status == 200 and json.loads(body)["status"] == "ok"


def deep(n: int) -> bytes:
    return b'{"text": ' + b"[" * n + b"]" * n + b"}"


@pytest.mark.parametrize("name, body, content_type", [
    ("not json", b"{text: 'x'", "application/json"),
    ("truncated json", b'{"text": "Talks', "application/json"),
    ("invalid utf-8", b'{"text": "\xff\xfe\xfa"}', "application/json"),
    ("empty", b"", "application/json"),
    ("array", b"[1, 2, 3]", "application/json"),
    ("deeply nested", deep(100_000), "application/json"),
    ("huge number", b'{"text": 1' + b"0" * 5000 + b"}", "application/json"),
    ("form instead of json", b"text=hello", "application/x-www-form-urlencoded"),
    ("no content type", b'{"text": "Talks"}', ""),
    ("null text", b'{"text": null}', "application/json"),
    ("nul id", b'{"text": "x", "id": "a\\u0000b", "published": "2022-02-30"}', "application/json"),
])
def test_bad_json_bodies_are_json_errors(served, name, body, content_type):
    server, _ = served
    status, headers, raw_body = post(server, body, content_type)
    assert status in (400, 413, 415, 422), (name, status, raw_body[:300])
    json_error(status, headers, raw_body)
    assert_security_headers(headers)


def test_streamed_body_over_the_limit_is_413_on_the_real_server(served):
    server, _ = served
    limit_mb = 6  # over max_input_bytes (5 MB) + 64 KiB, sent chunked: no Content-Length to refuse it early
    head = (b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
    chunk = b"x" * (1 << 20)
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(limit_mb)) + b"0\r\n\r\n"
    status, headers, raw_body = raw(server, head + body, timeout=60)
    assert status == 413 and json_error(413, headers, raw_body)["code"] == "payload_too_large"
    status, headers, raw_body = post(server, b"{}", extra="Content-Length: 12abc\r\n")
    assert 400 <= status < 500


def test_slow_and_idle_connections_do_not_block_the_server(served):
    server, _ = served
    slow = []
    try:
        for _ in range(40):  # slowloris: request heads that never end
            s = socket.create_connection(("127.0.0.1", server.port), timeout=10)
            s.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            slow.append(s)
        idle = socket.create_connection(("127.0.0.1", server.port), timeout=15)
        idle.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        first = idle.recv(65536)
        assert first.startswith(b"HTTP/1.1 200")
        head, _, body = first.partition(b"\r\n\r\n")
        length = int(next(line.split(b":", 1)[1] for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:")))
        while len(body) < length:  # the body may come in a later segment than the head
            body += idle.recv(65536)
        started = time.monotonic()
        for _ in range(5):
            status, _, body = get(server, "/api/events?limit=5")
            assert status == 200 and len(json.loads(body)["items"]) == 5
        assert time.monotonic() - started < 10
        idle.settimeout(15)  # keep-alive is closed after 5 s of silence (timeout_keep_alive)
        waited = time.monotonic()
        rest = b""
        try:
            while chunk := idle.recv(65536):
                rest += chunk
        except (socket.timeout, ConnectionResetError):
            pytest.fail("an idle keep-alive connection was not closed")
        assert 3 < time.monotonic() - waited < 12 and rest == b""
        idle.close()
    finally:
        for s in slow:
            s.close()


def test_security_headers_on_every_kind_of_answer(served):
    server, _ = served
    cases = [("GET", "/", 200), ("HEAD", "/", 405),  # HEAD is not routed: 405, with the headers all the same
             ("GET", "/openapi.json", 200), ("GET", "/api/health", 200),
             ("GET", "/static/vendor/vega.min.js", 200), ("GET", "/static/nope.js", 404),
             ("GET", "/api/events?limit=0", 422), ("DELETE", "/api/events", 405), ("PUT", "/api/analyze", 405),
             ("OPTIONS", "/api/events", 405), ("GET", "/api/documents/nope", 404)]
    for method, target, expected in cases:
        status, headers, _ = raw(server, f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
                                         "\r\n\r\n".encode())
        assert status == expected, (method, target, status)
        assert_security_headers(headers)
    status, headers, _ = post(server, b"x" * 10, extra="")
    assert status == 422
    assert_security_headers(headers)
    status, headers, _ = raw(server, b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999"
                                     b"\r\nConnection: close\r\n\r\n")
    assert status == 413
    assert_security_headers(headers)


def test_security_headers_and_json_on_503(tmp_path):
    with ServerProcess(tmp_path / "absent.duckdb") as server:
        status, headers, body = get(server, "/api/events")
        assert status == 503 and json_error(503, headers, body)["code"] == "E022"
        assert headers["retry-after"]
        assert_security_headers(headers)
