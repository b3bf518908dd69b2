"""The JSON API and the pages, over HTTP against a real uvicorn server and a real DuckDB store."""
import json
import urllib.error
import urllib.request

import jsonschema
import pytest

from brinkwatch.api.testing import HOSTILE_ID, HOSTILE_MARKER, get_json
from brinkwatch.schema import report_schema


def fetch(url, data=None, method=None, headers=None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def post_json(url, body):
    data = json.dumps(body).encode()
    status, headers, raw = fetch(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    return status, json.loads(raw)


def assert_json_error(status, headers, raw, expected):
    assert status == expected
    assert headers["content-type"].startswith("application/json")
    error = json.loads(raw)["error"]
    assert error["status"] == expected and error["message"]
    return error


def test_health_and_openapi(server):
    status, health = get_json(server.url + "/api/health")
    assert status == 200 and health["status"] == "ok"
    status, schema = get_json(server.url + "/openapi.json")
    paths = schema["paths"]
    for path in ("/api/documents", "/api/events", "/api/quotes", "/api/stories", "/api/timeline", "/api/actors",
                 "/api/analyze"):
        assert path in paths
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"source", "target", "type", "since", "until", "modality", "limit", "offset"} <= params


def test_events_filters_and_pagination(server):
    status, page = get_json(server.url + "/api/events?source=RUS&limit=3")
    assert status == 200 and page["limit"] == 3 and len(page["items"]) <= 3 and page["total"] >= 3
    assert all(e["source_country"] == "RUS" for e in page["items"])
    status, second = get_json(server.url + "/api/events?source=RUS&limit=3&offset=3")
    assert {e["id"] for e in second["items"]}.isdisjoint({e["id"] for e in page["items"]})
    status, dated = get_json(server.url + "/api/events?since=2022-02-17&until=2022-02-17&modality=asserted")
    assert dated["items"] and all(e["date"] == "2022-02-17" and e["modality"] == "asserted" for e in dated["items"])
    status, typed = get_json(server.url + "/api/events?type=assault&target=UKR")
    assert typed["items"] and all(e["type"] == "ASSAULT" for e in typed["items"])


def test_event_and_document_detail(server):
    _, page = get_json(server.url + "/api/events?limit=1&source=RUS&target=UKR")
    event_id = page["items"][0]["id"]
    status, event = get_json(server.url + "/api/events/" + urllib.request.quote(event_id, safe=""))
    assert status == 200 and event["mentions"]
    mention = event["mentions"][0]
    assert mention["record"]["sentence"] == mention["sentence"]
    status, doc = get_json(server.url + "/api/documents/d12-topnews-spun-shelling")
    assert status == 200 and doc["story"]["relation"] == "rewrite"
    assert doc["story"]["original"] == "d07-eastline-shelling"
    assert any(c["kind"] == "roles_swapped" for c in doc["story"]["changes"])


def test_other_lists(server):
    _, quotes = get_json(server.url + "/api/quotes?speaker=Peskov")
    assert quotes["items"] and all("Peskov" in (q["speaker_name"] or q["speaker_text"]) for q in quotes["items"])
    _, stories = get_json(server.url + "/api/stories")
    copies = [d for s in stories["items"] for d in s["documents"] if d["relation"] in ("copy", "rewrite")]
    assert {"d11-topnews-copy-withdrawal", "d12-topnews-spun-shelling"} <= {d["id"] for d in copies}
    _, timeline = get_json(server.url + "/api/timeline?a=RUS&b=UKR&by=day")
    assert timeline["periods"] and timeline["trend"]["label"]
    _, actors = get_json(server.url + "/api/actors?q=ru")
    assert any(a["actor"] == "RUS" for a in actors["items"])
    _, actor = get_json(server.url + "/api/actors/RUS")
    assert actor["events_out"] and any(p["partner"] == "UKR" for p in actor["partners"])
    _, docs = get_json(server.url + "/api/documents?limit=200")
    assert docs["total"] == 13


@pytest.mark.parametrize("path, status", [
    ("/api/events?limit=201", 422), ("/api/events?limit=0", 422), ("/api/events?offset=-1", 422),
    ("/api/events?since=yesterday", 422), ("/api/events?modality=maybe", 422), ("/api/timeline?a=RUS", 422),
    ("/api/timeline?a=RUS&b=UKR&by=year", 422), ("/api/quotes?speaker=%00", 422),
    ("/api/events/no-such-event", 404), ("/api/documents/nope", 404), ("/no/such/page", 404),
    ("/events/nope", 404), ("/documents/d01-harbor-lavrov/compare", 404),
])
def test_errors_are_json(server, path, status):
    assert_json_error(*fetch(server.url + path), status)


def test_method_not_allowed_is_json(server):
    assert_json_error(*fetch(server.url + "/api/events", data=b"{}", method="POST"), 405)


def raw_request(server, head: bytes, body: bytes = b"") -> tuple[int, bytes]:
    """Send a request by hand (urllib cannot read an answer sent before the body is all sent)."""
    import socket

    with socket.create_connection(("127.0.0.1", server.port), timeout=60) as sock:
        try:
            sock.sendall(head + body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1]


def test_body_over_the_limit_is_413_json(server):
    head = (b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 60000000\r\nConnection: close\r\n\r\n")
    status, body = raw_request(server, head)
    assert status == 413 and "over the limit" in json.loads(body)["error"]["message"]


def test_analyze_returns_a_valid_report(server):
    status, report = post_json(server.url + "/api/analyze", {
        "text": "Russia shells Ukrainian village\n\nRussian forces shelled a village in eastern Ukraine on Monday, "
                "officials said.", "published": "2022-02-17"})
    assert status == 200
    jsonschema.validate(report, report_schema())
    assert report["schema"] == "brinkwatch.report/1" and report["document"]["published"] == "2022-02-17"
    assert any(e["type"] == "ASSAULT" for e in report["events"])


@pytest.mark.parametrize("body", [{}, {"text": "a", "html": "<p>a</p>"}, {"text": "   "},
                                  {"text": "x", "published": "2022-13-40"}, {"text": "x", "extra": 1}, {"text": 5}])
def test_analyze_bad_input_is_422_json(server, body):
    status, error = post_json(server.url + "/api/analyze", body)
    assert status == 422 and error["error"]["message"]


def test_security_headers_everywhere(server):
    for path in ("/", "/api/events", "/static/app.css", "/nope", f"/documents/{HOSTILE_ID}"):
        status, headers, _ = fetch(server.url + path)
        headers = {k.lower(): v for k, v in headers.items()}
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_hostile_page_is_escaped(server):
    status, headers, raw = fetch(server.url + f"/documents/{HOSTILE_ID}")
    html = raw.decode()
    assert status == 200
    assert HOSTILE_MARKER not in html and "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<img src=x" not in html and 'href="javascript:' not in html
    assert "<script" not in html.split("</main>")[0]  # no script of any kind inside the page body


def test_vendored_assets_are_served(server):
    for name in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "vega-interpreter.js"):
        status, headers, raw = fetch(server.url + "/static/vendor/" + name)
        assert status == 200 and "javascript" in headers["content-type"] and len(raw) > 5000


def test_serve_is_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "| `serve` |" in readme and "docs/screenshots/" in readme
