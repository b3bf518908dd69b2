import pytest

from brinkwatch.errors import BrinkwatchError
from brinkwatch.ingest.decode import decode_bytes, repair_text, sniff_binary


def test_utf8_passes_through():
    assert decode_bytes("Kyiv said “no”.".encode()) == "Kyiv said “no”."


def test_bom_is_dropped():
    assert decode_bytes(b"\xef\xbb\xbfHello") == "Hello"
    assert decode_bytes("Hi".encode("utf-16")) == "Hi"


def test_windows_1252_is_detected():
    assert decode_bytes("Kyïv café – the talks".encode("cp1252")) == "Kyïv café – the talks"


def test_cyrillic_legacy_encoding_is_detected():
    text = "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе"
    assert decode_bytes(text.encode("cp1251")) == text


@pytest.mark.parametrize("blob", [b"\x1f\x8b\x08\x00rest", b"%PDF-1.7 ...", b"\x89PNG\r\n\x1a\n", bytes(range(32)) * 50])
def test_binary_is_refused(blob):
    assert sniff_binary(blob)
    with pytest.raises(BrinkwatchError) as err:
        decode_bytes(blob)
    assert err.value.code == "E002"


def test_a_few_nul_bytes_in_text_are_tolerated():
    data = b"The minister spoke.\x00 Troops left the border area on Tuesday." * 3
    assert sniff_binary(data) is None


def test_mojibake_is_repaired_but_quotes_are_kept():
    broken = "The ministerâ€™s statement"
    assert repair_text(broken) == "The minister’s statement"
    assert repair_text("He said “yes” and ‘no’.") == "He said “yes” and ‘no’."


def test_line_endings_are_normalised():
    assert repair_text("a\r\nb\rc") == "a\nb\nc"
