"""Bytes to text: binary detection, charset detection, mojibake repair."""
from __future__ import annotations

import charset_normalizer
import ftfy

from ..errors import E, BrinkwatchError

# Magic numbers of common binary formats that are never a news page.
_MAGIC = (
    (b"\x1f\x8b", "gzip"), (b"PK\x03\x04", "zip"), (b"%PDF", "PDF"), (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"\x7fELF", "executable"), (b"BZh", "bzip2"),
    (b"\xfd7zXZ", "xz"), (b"7z\xbc\xaf", "7z"), (b"RIFF", "RIFF media"), (b"\x00asm", "wasm"),
)
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
_BINARY_RATIO = 0.10  # share of control bytes above which input is binary


def sniff_binary(data: bytes) -> str | None:
    """A reason if ``data`` looks binary, else None. A few stray NULs in text are tolerated."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:65536]
    if not head:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a byte-order mark
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if controls / len(head) > _BINARY_RATIO:
        return f"{controls} control bytes in the first {len(head)}"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode with BOM, then strict UTF-8, then charset detection; raise on binary data."""
    reason = sniff_binary(data)
    if reason:
        raise BrinkwatchError(E.BINARY_INPUT, detail=reason)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    ascii_share = sum(1 for b in data[:65536] if b < 128) / min(len(data), 65536)
    if ascii_share >= 0.75:  # mostly ASCII with a few Western high bytes: Windows-1252
        return data.decode("cp1252", errors="replace")
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("utf-8", errors="replace")


def repair_text(text: str) -> str:
    """Fix mojibake and strip control characters, leaving quotes, widths and ligatures alone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ftfy.fix_text(
        text,
        unescape_html=False,
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        fix_line_breaks=True,
        remove_control_chars=True,
        normalization=None,
        explain=False,
    )
