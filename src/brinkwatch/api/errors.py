"""Every error the server sends is JSON: ``{"error": {"status", "code", "message", "details"?}}``."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import BrinkwatchError

log = logging.getLogger("brinkwatch.server")

REASONS = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "payload_too_large",
           415: "unsupported_media_type", 422: "invalid_request", 500: "internal_error", 503: "store_unavailable"}
STORE_CODES = {"E020", "E021", "E022", "E023", "E024"}  # the store is busy, absent or unreadable: 503


def error_response(status: int, message: str, *, code: str | None = None, details: list | None = None,
                   headers: dict | None = None) -> JSONResponse:
    body = {"status": status, "code": code or REASONS.get(status, "error"), "message": message}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _detail_message(detail) -> str:
    if isinstance(detail, str):
        return detail
    return "request failed"


def _validation_details(exc: RequestValidationError) -> list[dict]:
    out = []
    for err in exc.errors()[:20]:
        loc = [str(p) for p in err.get("loc", ())]
        out.append({"where": ".".join(loc), "problem": str(err.get("msg", "invalid"))[:300]})
    return out


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        status = exc.status_code
        if status == 404 and exc.detail == "Not Found":
            message = f"nothing at {request.url.path}"
        elif status == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        else:
            message = _detail_message(exc.detail)
        return error_response(status, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        details = _validation_details(exc)
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        return error_response(422, f"invalid request: {first['where']}: {first['problem']}", details=details)

    @app.exception_handler(BrinkwatchError)
    async def brinkwatch_error(request: Request, exc: BrinkwatchError):
        status = 503 if exc.code in STORE_CODES else 422
        headers = {"Retry-After": "2"} if status == 503 else None
        return error_response(status, exc.message, code=exc.code, headers=headers)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, f"internal error ({type(exc).__name__}); the server log has the details")
