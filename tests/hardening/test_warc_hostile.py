"""Hostile web archives: gzip bombs and truncated records are failures with reasons; the run goes on.

Archives are built here with warcio: a 1 GiB gzip bomb in a record's HTTP body (Content-Encoding: gzip),
a WARC record whose own gzip member expands to 1 GiB, a .warc.gz whose last record is cut in its gzip
member, and an uncompressed .warc whose last payload is cut short.  Reading them must stay within a
bounded amount of memory (measured in a fresh process), and a real ``brinkwatch ingest`` must store the good
records and record every bad one in ``failures`` with its code and reason.
"""
from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from brinkwatch.store import open_store

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

GIB = 1 << 30
CHUNK = 1 << 20
RSS_GROWTH_LIMIT_MB = 300


def page(n: int) -> bytes:
    return (f"<html><head><title>Border talks, round {n}</title></head><body><article><h1>Border talks, round {n}"
            f"</h1><p>Russian and Ukrainian officials met in Minsk on Monday for round {n} of talks on the border, "
            "the foreign ministry said.</p><p>The delegations spoke for four hours and agreed to meet again next "
            f"week, according to diplomats who asked not to be named. Round {n} ended without a statement.</p>"
            "</article></body></html>").encode()


def _zero_block() -> bytes:
    """Raw deflate of 1 MiB of zeros ending in a full flush: the same bytes whatever came before a full flush."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(b"\0" * CHUNK) + c.flush(zlib.Z_FULL_FLUSH)


def gzip_of_zeros(prefix: bytes, size: int, suffix: bytes) -> bytes:
    """One gzip member of ``prefix + size zero bytes + suffix``, built in a fraction of a second."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.compress(suffix) + c.flush(zlib.Z_FINISH)
    crc = zlib.crc32(prefix)
    for _ in range(size // CHUNK):
        crc = zlib.crc32(b"\0" * CHUNK, crc)
    crc = zlib.crc32(suffix, crc)
    total = (len(prefix) + size + len(suffix)) & 0xFFFFFFFF
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + head + _zero_block() * (size // CHUNK) + tail
            + struct.pack("<II", crc, total))


def expanded_size(data: bytes) -> int:
    """What a gzip stream expands to, counted in bounded steps (checks the bomb is real)."""
    d, n, buf = zlib.decompressobj(31), 0, data
    while buf:
        n += len(d.decompress(buf, 1 << 22))
        buf = d.unconsumed_tail
    return n


def write_record(writer, uri: str, payload: bytes, encoding: str | None = None) -> None:
    headers = [("Content-Type", "text/html; charset=utf-8")] + ([("Content-Encoding", encoding)] if encoding else [])
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                  http_headers=StatusAndHeaders("200 OK", headers,
                                                                                protocol="HTTP/1.1")))


def warc_member_bomb(uri: str, size: int) -> bytes:
    """A .warc.gz member holding one response record whose HTML body is ``size`` zero bytes."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\nWARC-Date: 2022-02-15T00:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) + size}\r\n\r\n").encode() + http
    return gzip_of_zeros(head, size, b"\r\n\r\n")


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("warc")
    bomb_body = gzip_of_zeros(b"", GIB, b"")
    assert len(bomb_body) < 2 * CHUNK and expanded_size(bomb_body) == GIB

    bombs = base / "bombs.warc.gz"
    with bombs.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        write_record(w, "https://one.example/news/1", page(1))
        write_record(w, "https://one.example/news/http-bomb", bomb_body, "gzip")
        write_record(w, "https://one.example/news/2", page(2))
        fh.write(warc_member_bomb("https://one.example/news/warc-bomb", GIB))
        w = WARCWriter(fh, gzip=True)
        write_record(w, "https://one.example/news/3", page(3))

    cut_gz = base / "cut.warc.gz"
    with cut_gz.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        write_record(w, "https://two.example/news/4", page(4))
        start = fh.tell()
        write_record(w, "https://two.example/news/cut", page(99) * 30)
    data = cut_gz.read_bytes()
    cut_gz.write_bytes(data[:start + (len(data) - start) // 2])

    cut_plain = base / "cut.warc"
    with cut_plain.open("wb") as fh:
        w = WARCWriter(fh, gzip=False)
        write_record(w, "https://three.example/news/5", page(5))
        start = fh.tell()
        write_record(w, "https://three.example/news/cut", page(98) * 30)
    data = cut_plain.read_bytes()
    cut_plain.write_bytes(data[:start + (len(data) - start) // 2])

    good = base / "pages"
    good.mkdir()
    (good / "six.html").write_bytes(page(6))
    return {"bombs": bombs, "cut_gz": cut_gz, "cut_plain": cut_plain, "good": good}


READER = textwrap.dedent("""
    import json, resource, sys
    from brinkwatch.corpus.inputs import count_sources, iter_sources
    import warcio.archiveiterator  # imported before the baseline
    paths = sys.argv[1:]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    count = count_sources(paths)
    items = [(s.origin, s.error.code if s.error else None, s.error.message if s.error else None,
              len(s.page.text) if s.page else None) for s in iter_sources(paths)]
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"growth_mb": (after - before) / 1024, "count": count, "items": items}))
""")


def test_bombs_and_truncations_are_failures_in_bounded_memory(archives):
    paths = [str(archives[k]) for k in ("bombs", "cut_gz", "cut_plain")]
    proc = subprocess.run([sys.executable, "-c", READER, *paths], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert out["growth_mb"] < RSS_GROWTH_LIMIT_MB, out["growth_mb"]
    items = out["items"]
    pages = [i for i in items if i[1] is None]
    failures = {i[0].rsplit("/", 1)[-1]: (i[1], i[2]) for i in items if i[1] is not None}
    assert len(pages) == 5  # news/1, 2, 3, 4, 5
    codes = sorted(code for code, _ in failures.values())
    assert codes == ["E004", "E004", "E005", "E005"], failures
    for name, (code, message) in failures.items():
        assert name.split("#")[0] in ("bombs.warc.gz", "cut.warc.gz", "cut.warc"), name
        assert ("over the limit" in message) if code == "E005" else ("truncated" in message), message
    assert 5 <= out["count"] <= 8  # the progress bar's count reads no payload (it used to expand the bombs)


def test_ingest_records_the_failures_and_stores_the_rest(archives, tmp_path):
    db = tmp_path / "warc.duckdb"
    paths = [str(archives[k]) for k in ("bombs", "cut_gz", "cut_plain", "good")]
    proc = subprocess.run([sys.executable, "-m", "brinkwatch", "ingest", *paths, "--db", str(db), "--format", "json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout)
    assert summary["added"] == 6 and summary["failed"] == 4, summary
    con = open_store(db)
    try:
        urls = {r[0] for r in con.execute("SELECT url FROM documents").fetchall()}
        assert urls == {"https://one.example/news/1", "https://one.example/news/2", "https://one.example/news/3",
                        "https://two.example/news/4", "https://three.example/news/5", None}
        failures = con.execute("SELECT origin, code, reason FROM failures ORDER BY origin").fetchall()
    finally:
        con.close()
    assert sorted(code for _, code, _ in failures) == ["E004", "E004", "E005", "E005"]
    assert all(reason and "#" in origin for origin, _, reason in failures)
