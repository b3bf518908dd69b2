"""Reading inputs for ingestion, lazily: files, directories (recursively), JSONL files and web archives.

Each input yields ``Source`` items in a stable order (JSONL files first: a file that a JSONL manifest lists
with ``"file"`` is read once, through the manifest, with its id and metadata); a bad input becomes a ``Source`` with an error so the
run can record it and go on.  ``origin`` names where an item was read (``path``, ``path:line``,
``archive#offset``) and is the key of a recorded failure.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from .. import settings
from ..errors import E, BrinkwatchError
from ..pipeline import PageInput

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class Source:
    origin: str
    page: PageInput | None = None
    error: BrinkwatchError | None = None


def kind_of(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(".jsonl"):
        return "jsonl"
    return "page"


def walk(paths: Iterable[str | Path]) -> Iterator[Path | Source]:
    """Files in the order given, directories recursively in sorted order (hidden entries skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in rel):
                    yield child
        elif path.exists():
            yield path
        else:
            yield Source(str(path), error=BrinkwatchError(E.MISSING_PATH, path=path))


def read_bytes(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise BrinkwatchError(E.MISSING_PATH, path=path) from None
    except OSError as exc:
        raise BrinkwatchError(E.UNREADABLE_PATH, path=path, reason=exc.strerror or exc) from None
    if len(data) > limit:
        raise BrinkwatchError(E.TOO_LARGE, size=path.stat().st_size, limit=limit)
    return data


def page_source(path: Path, limit: int, **meta) -> Source:
    try:
        data = read_bytes(path, limit)
    except BrinkwatchError as exc:
        return Source(str(path), error=exc)
    return page_bytes_source(path, data, limit, **meta)


def page_bytes_source(path: Path, data: bytes, limit: int, **meta) -> Source:
    """A page from its bytes (read here, or by a distributed reader)."""
    from ..ingest.decode import decode_bytes

    try:
        if len(data) > limit:
            raise BrinkwatchError(E.TOO_LARGE, size=len(data), limit=limit)
        text = decode_bytes(data)
    except BrinkwatchError as exc:
        return Source(str(path), error=exc)
    html = True if path.suffix.lower() in HTML_SUFFIXES else meta.pop("html", None)
    return Source(str(path), PageInput(text=text, html=html, **meta))


def jsonl_sources(path: Path, limit: int) -> Iterator[Source]:
    """One item per non-blank line: {"id", "text"|"html"|"file", "published"?, "url"?, "outlet"?}."""
    try:
        fh = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        yield Source(str(path), error=BrinkwatchError(E.UNREADABLE_PATH, path=path, reason=exc.strerror or exc))
        return
    with fh:
        yield from jsonl_line_sources(path, fh, limit)


def jsonl_line_sources(path: Path, lines: Iterable[str], limit: int) -> Iterator[Source]:
    """One item per non-blank line of a JSONL input."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield _jsonl_line(path, number, line, limit)


def _jsonl_line(path: Path, number: int, line: str, limit: int) -> Source:
    origin = f"{path}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Source(origin, error=BrinkwatchError(E.BAD_JSONL, line=number, reason=f"not valid JSON ({exc.msg})"))
    if not isinstance(obj, dict):
        return Source(origin, error=BrinkwatchError(E.BAD_JSONL, line=number, reason="not a JSON object"))
    meta = {"id": None if obj.get("id") is None else str(obj["id"]), "published": obj.get("published"),
            "url": obj.get("url"), "outlet": obj.get("outlet")}
    if isinstance(obj.get("file"), str) and obj.get("text") is None and obj.get("html") is None:
        item = page_source(path.parent / obj["file"], limit, **meta)
        return Source(origin, item.page, item.error)
    body, html = (obj.get("html"), True) if obj.get("html") is not None else (obj.get("text"), None)
    if not isinstance(body, str):
        return Source(origin, error=BrinkwatchError(E.BAD_JSONL, line=number,
                                                    reason='needs a "text", "html" or "file" string'))
    return Source(origin, PageInput(text=body, html=html, **meta))


def outlet_of(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def warc_sources(path: Path, limit: int) -> Iterator[Source]:
    """HTML response records of a .warc/.warc.gz archive (URL from WARC-Target-URI, outlet from its host)."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Source(str(path), error=BrinkwatchError(E.UNREADABLE_PATH, path=path, reason=exc.strerror or exc))
        return
    with fh:
        yield from warc_stream_sources(fh, path, limit)


def warc_stream_sources(fh, path: Path, limit: int) -> Iterator[Source]:
    """HTML response records of an open archive stream (read here, or by a distributed reader).

    At most ``limit + 1`` bytes of a payload are ever decompressed (a gzip bomb stops at the limit, E005);
    a record cut short (its payload ends before its Content-Length) and bytes after the last complete record
    (a record cut in its headers or in its gzip member) are failures (E004), not pages."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from ..ingest.decode import decode_bytes

    records = ArchiveIterator(fh)
    end = 0
    try:
        for record in records:
            html = record.rec_type == "response" and record.http_headers is not None and _is_html(record)
            data = record.content_stream().read(limit + 1) if html else b""  # before read_to_end (skips the body)
            end = _record_end(records)
            short = getattr(record.raw_stream, "limit", 0) > 0  # the stream ended before its Content-Length
            origin = f"{path}#{records.member_info[0]}"
            if not (html or short):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                if short:
                    raise BrinkwatchError(E.UNREADABLE_PATH, path=origin, reason="the record is truncated: it ends "
                                          "before its Content-Length")
                if len(data) > limit:
                    raise BrinkwatchError(E.TOO_LARGE, size=len(data), limit=limit)
                text = decode_bytes(data)
            except BrinkwatchError as exc:
                yield Source(origin, error=exc)
                continue
            yield Source(origin, PageInput(text=text, html=True, url=url, outlet=outlet_of(url)))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield Source(f"{path}#error", error=BrinkwatchError(E.UNREADABLE_PATH, path=path, reason=reason))
        return
    rest = _trailing_bytes(fh, end)
    if rest:
        yield Source(f"{path}#{end}", error=BrinkwatchError(
            E.UNREADABLE_PATH, path=f"{path}#{end}",
            reason=f"{rest:,} bytes after the last complete record: a truncated or damaged record"))


def _is_html(record) -> bool:
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return ctype.startswith(("text/html", "application/xhtml"))


def _record_end(records) -> int:
    """Skips the rest of the current record (read, never kept) and gives the offset just after it."""
    records.read_to_end()
    offset, length = records.member_info
    return offset + length


def _trailing_bytes(fh, end: int) -> int:
    """How many non-blank bytes follow ``end`` in a seekable archive (0 when none, or when it cannot seek)."""
    try:
        fh.seek(end)
    except (OSError, ValueError, AttributeError):
        return 0
    count = 0
    while chunk := fh.read(1 << 16):
        count += len(chunk.strip()) if count == 0 else len(chunk)
        if count and count >= 1 << 20:
            break
    return count


def count_warc_records(path: Path) -> int:
    """How many items ``warc_sources`` yields, without reading any payload (for the progress bar)."""
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type == "response" and record.http_headers is not None and _is_html(record):
                    total += 1
    except Exception:  # the real read reports it; a count is only an estimate
        total += 1
    return total


def _ordered(paths: Iterable[str | Path]) -> list[Path | Source]:
    """JSONL files first, so that files a JSONL manifest lists (``"file"``) are read once, with its metadata."""
    items = list(walk(paths))
    return sorted(items, key=lambda i: 0 if isinstance(i, Path) and kind_of(i) == "jsonl" else 1)


def referenced_files(path: Path) -> set[Path]:
    """The files a JSONL manifest lists with ``"file"`` (resolved)."""
    found = set()
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if '"file"' in line:
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    if isinstance(obj, dict) and isinstance(obj.get("file"), str):
                        found.add((path.parent / obj["file"]).resolve())
    except OSError:
        pass
    return found


def input_files(paths: Iterable[str | Path]) -> list[Path | Source]:
    """The inputs in reading order (JSONL manifests first), without the files a manifest already lists;
    a missing path is a failed ``Source``. Local and distributed ingests read exactly these."""
    items = _ordered(paths)
    listed: set[Path] = set()
    for item in items:
        if isinstance(item, Path) and kind_of(item) == "jsonl":
            listed |= referenced_files(item)
    return [i for i in items if not (isinstance(i, Path) and kind_of(i) == "page" and i.resolve() in listed)]


def iter_sources(paths: Iterable[str | Path], *, max_bytes: int | None = None) -> Iterator[Source]:
    limit = settings.get("max_input_bytes", max_bytes)
    for item in input_files(paths):
        if isinstance(item, Source):
            yield item
            continue
        kind = kind_of(item)
        if kind == "warc":
            yield from warc_sources(item, limit)
        elif kind == "jsonl":
            yield from jsonl_sources(item, limit)
        else:
            yield page_source(item, limit)


def count_sources(paths: Iterable[str | Path]) -> int:
    """How many items ``iter_sources`` will yield, cheaply (for the progress bar's ETA)."""
    total = 0
    for item in input_files(paths):
        if isinstance(item, Source) or kind_of(item) == "page":
            total += 1
        elif kind_of(item) == "jsonl":
            try:
                with item.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += count_warc_records(item)
    return total
