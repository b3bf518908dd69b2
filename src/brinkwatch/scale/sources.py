"""Reading inputs with Ray Data: files (text, HTML, JSONL, WARC) as binary files, Parquet as tables.

Every item becomes one source row, parsed by the same functions a local ingest uses
(``corpus.inputs``), with a ``seq`` that orders items as a local ingest would read them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import BrinkwatchError
from ..store.rows import sha256

SOURCE_COLUMNS = ("seq", "origin", "id", "text", "html", "published", "url", "outlet", "input_hash",
                  "error_code", "error")
FILE_SHIFT = 32


def plan_files(paths: Iterable[str | Path]) -> list[tuple[int, str, str]]:
    """(file index, path, kind) in local-ingest order; missing paths are kept (they fail as sources)."""
    from ..corpus.inputs import kind_of, walk

    files = []
    for index, item in enumerate(walk(paths)):
        if isinstance(item, Path):
            kind = "parquet" if item.name.lower().endswith(".parquet") else kind_of(item)
            files.append((index, str(item), kind))
        else:
            files.append((index, item.origin, "missing"))
    return files


def _row(seq: int, source) -> dict[str, Any]:
    page, error = source.page, source.error
    row = {"seq": seq, "origin": source.origin, "id": None, "text": None, "html": None, "published": None,
           "url": None, "outlet": None, "input_hash": None, "text_for_id": None, "error_code": None, "error": None}
    if error is not None:
        row.update(error_code=error.code, error=error.message, id=getattr(page, "id", None))
        return row
    published = page.published.isoformat() if hasattr(page.published, "isoformat") else page.published
    row.update(id=page.id, text=page.text, html=page.html, published=published, url=page.url, outlet=page.outlet,
               input_hash=sha256(page.text), text_for_id=page.text)
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
    else:
        sources = iter([page_bytes_source(Path(path), data, limit)])
    for n, source in enumerate(sources):
        yield _row(base + n, source)


def parquet_row(row: dict[str, Any], index: int, path: str) -> dict[str, Any]:
    """A source row from a Parquet row ``{id, text|html, published, url, outlet}``."""
    from ..pipeline import PageInput
    from ..corpus.inputs import Source

    body, html = (row.get("html"), True) if row.get("html") else (row.get("text"), None)
    seq = (index << FILE_SHIFT) + int(row["__row"])
    origin = f"{path}#{row['__row']}"
    if not isinstance(body, str) or not body:
        from ..errors import E

        err = BrinkwatchError(E.BAD_JSONL, line=row["__row"], reason='needs a "text" or "html" string')
        return _row(seq, Source(origin, error=err))
    published = row.get("published")
    page = PageInput(text=body, id=None if row.get("id") is None else str(row["id"]), html=html,
                     published=str(published) if published is not None else None, url=row.get("url"),
                     outlet=row.get("outlet"))
    return _row(seq, Source(origin, page))


def source_rows(files: list[tuple[int, str, str]], *, limit: int):
    """A Ray Dataset of source rows for ``files``, in input order."""
    import ray.data

    from ..corpus.inputs import Source
    from ..errors import E

    kinds = {path: (index, kind) for index, path, kind in files}
    parts = []
    binary = [path for _, path, kind in files if kind in ("page", "jsonl", "warc")]
    if binary:
        raw = ray.data.read_binary_files(binary, include_paths=True)
        parts.append(raw.flat_map(lambda item: list(parse_file(item, kinds, limit))))
    for index, path, kind in files:
        if kind == "parquet":
            table = ray.data.read_parquet(path)
            numbered = _number_rows(table)
            parts.append(numbered.map(lambda r, index=index, path=path: parquet_row(r, index, path)))
        elif kind == "missing":
            err = BrinkwatchError(E.MISSING_PATH, path=path)
            parts.append(ray.data.from_items([_row(index << FILE_SHIFT, Source(path, error=err))]))
    if not parts:
        return ray.data.from_items([])
    return parts[0] if len(parts) == 1 else parts[0].union(*parts[1:])  # order is restored by ``seq`` at load


def _number_rows(ds):
    """Row numbers within one Parquet input (its own order)."""
    import pyarrow as pa

    rows = ds.to_arrow_refs()
    import ray

    tables = ray.get(rows)
    table = pa.concat_tables(tables) if tables else pa.table({})
    table = table.append_column("__row", pa.array(range(table.num_rows), pa.int64()))
    return ray.data.from_arrow(table)
