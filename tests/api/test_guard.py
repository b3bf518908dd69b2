"""The request-size guard and security headers, in process (a streamed body has no Content-Length)."""
import asyncio
import json

from fastapi import FastAPI, Request

from brinkwatch.api import errors
from brinkwatch.api.guard import Guard


def make_app(limit):
    app = FastAPI()
    errors.install(app)

    @app.post("/echo")
    async def echo(request: Request) -> dict:
        return {"size": len(await request.body())}

    app.add_middleware(Guard, max_body=limit)
    return app


def call(app, chunks, headers=()):
    sent, pending = [], [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1}
                         for i, c in enumerate(chunks)]

    async def receive():
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "path": "/echo",
             "raw_path": b"/echo", "root_path": "", "scheme": "http", "query_string": b"", "server": ("t", 80),
             "client": ("c", 1), "headers": list(headers)}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), body


def test_streamed_body_over_the_limit_is_refused_as_json():
    status, headers, body = call(make_app(100), [b"x" * 60, b"x" * 60])
    assert status == 413 and json.loads(body)["error"]["code"] == "payload_too_large"
    assert headers[b"x-content-type-options"] == b"nosniff"


def test_declared_length_over_the_limit_is_refused_before_reading():
    status, _, body = call(make_app(100), [b""], headers=[(b"content-length", b"101")])
    assert status == 413 and "100 bytes" in json.loads(body)["error"]["message"]


def test_body_within_the_limit_passes():
    status, headers, body = call(make_app(100), [b"x" * 50, b"x" * 50])
    assert status == 200 and json.loads(body) == {"size": 100}
    assert b"frame-ancestors 'none'" in headers[b"content-security-policy"]
