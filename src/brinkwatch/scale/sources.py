"""Reading inputs with Ray Data: files (text, HTML, JSONL, WARC) as binary files, Parquet as tables.

Every item becomes one source row, parsed by the same functions a local ingest uses
(``corpus.inputs``), with a ``seq`` that orders items as a local ingest would read them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import BrinkwatchError
from ..ingest.page import content_id
from ..store.rows import sha256

FILE_SHIFT = 32


def plan_files(paths: Iterable[str | Path]) -> list[tuple[int, str, str]]:
    """(file index, path, kind) in local-ingest order; missing paths are kept (they fail as sources)."""
    from ..corpus.inputs import input_files, kind_of

    files = []
    for index, item in enumerate(input_files(paths)):
        if isinstance(item, Path):
            kind = "parquet" if item.name.lower().endswith(".parquet") else kind_of(item)
            files.append((index, str(item), kind))
        else:
            files.append((index, item.origin, "missing"))
    return files


def _row(seq: int, source) -> dict[str, Any]:
    page, error = source.page, source.error
    row = {"seq": seq, "origin": source.origin, "id": None, "text": None, "html": None, "published": None,
           "url": None, "outlet": None, "input_hash": None, "content_id": None, "error_code": None, "error": None}
    if error is not None:
        row.update(error_code=error.code, error=error.message, id=getattr(page, "id", None))
        return row
    published = page.published.isoformat() if hasattr(page.published, "isoformat") else page.published
    row.update(id=page.id, text=page.text, html=page.html, published=published, url=page.url, outlet=page.outlet,
               input_hash=sha256(page.text), content_id=content_id(page.text))
    return row


def parse_file(item: dict[str, Any], kinds: dict[str, tuple[int, str]], limit: int) -> Iterator[dict[str, Any]]:
    """Source rows of one file read by ``read_binary_files`` (its bytes and path)."""
    from ..corpus.inputs import Source, jsonl_line_sources, page_bytes_source, warc_stream_sources

    path = item["path"]
    index, kind = kinds[path]
    base = index << FILE_SHIFT
    data: bytes = item["bytes"]
    if kind == "jsonl":
        sources = jsonl_line_sources(Path(path), data.decode("utf-8", "replace").splitlines(), limit)
    elif kind == "warc":
        import io

        sources = warc_stream_sources(io.BytesIO(data), Path(path), limit)
    elif kind == "parquet":
        sources = parquet_sources(Path(path), data, limit)
    else:
        sources = iter([page_bytes_source(Path(path), data, limit)])
    for n, source in enumerate(sources):
        yield _row(base + n, source)


def parquet_sources(path: Path, data: bytes, limit: int) -> Iterator:
    """One source per row ``{id, text|html, published, url, outlet}`` of a Parquet file, in its order."""
    import io

    import pyarrow.parquet as pq

    from ..corpus.inputs import Source
    from ..errors import E
    from ..pipeline import PageInput

    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as exc:  # a corrupt or foreign file: one failure, the run goes on
        yield Source(str(path), error=BrinkwatchError(E.UNREADABLE_PATH, path=path, reason=str(exc).splitlines()[0]))
        return
    for n, row in enumerate(table.to_pylist()):
        origin = f"{path}#{n}"
        body, html = (row.get("html"), True) if row.get("html") else (row.get("text"), None)
        if not isinstance(body, str) or not body:
            yield Source(origin, error=BrinkwatchError(E.BAD_JSONL, line=n + 1, reason='needs a "text" or "html" string'))
            continue
        if len(body.encode("utf-8", "surrogatepass")) > limit:
            yield Source(origin, error=BrinkwatchError(E.TOO_LARGE, size=len(body), limit=limit))
            continue
        published = row.get("published")
        yield Source(origin, PageInput(
            text=body, id=None if row.get("id") is None else str(row["id"]), html=html,
            published=str(published)[:10] if published is not None else None, url=row.get("url"),
            outlet=row.get("outlet")))


def source_rows(files: list[tuple[int, str, str]], *, limit: int):
    """A Ray Dataset of source rows for ``files`` (each file parsed in one task; ``seq`` keeps input order)."""
    import ray.data

    from ..corpus.inputs import Source
    from ..errors import E

    kinds = {path: (index, kind) for index, path, kind in files}
    parts = []
    readable = [path for _, path, kind in files if kind != "missing"]
    if readable:
        raw = ray.data.read_binary_files(readable, include_paths=True)
        parts.append(raw.flat_map(lambda item: list(parse_file(item, kinds, limit))))
    missing = [_row(index << FILE_SHIFT, Source(path, error=BrinkwatchError(E.MISSING_PATH, path=path)))
               for index, path, kind in files if kind == "missing"]
    if missing:
        parts.append(ray.data.from_items(missing))
    if not parts:
        return ray.data.from_items([])
    return parts[0] if len(parts) == 1 else parts[0].union(*parts[1:])  # order is restored by ``seq`` at load
