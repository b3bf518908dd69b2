"""The command line as a user runs it: a real subprocess, one-line errors, exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from brinkwatch.schema import validation_errors


def run(*args, stdin: bytes | None = None, env: dict | None = None):
    full_env = {**os.environ, **(env or {})}
    full_env.pop("BRINKWATCH_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "brinkwatch", *args], input=stdin, capture_output=True,
                          env=full_env, timeout=300)


def assert_one_line_error(proc, code: str):
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("brinkwatch: error"), err
    assert f"[{code}]" in err
    assert proc.stdout == b""


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    assert_one_line_error(run("analyze", str(path)), "E001")


def test_whitespace_only_stdin():
    assert_one_line_error(run("analyze", "-", stdin=b"   \n\t\n  "), "E001")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20)
    assert_one_line_error(run("analyze", str(path)), "E002")


def test_missing_path(tmp_path):
    assert_one_line_error(run("analyze", str(tmp_path / "nope.txt")), "E003")


def test_unreadable_path(tmp_path):
    assert_one_line_error(run("analyze", str(tmp_path)), "E004")  # a directory cannot be read as a page


def test_input_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Troops moved. " * 100)
    proc = run("analyze", str(path), env={"BRINKWATCH_MAX_INPUT_BYTES": "500"})
    assert_one_line_error(proc, "E005")
    assert "500" in proc.stderr.decode()


def test_bad_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody text here.")
    assert_one_line_error(run("analyze", str(path), "--published", "15/02/2022"), "E008")


def test_bad_setting_value(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody text here.")
    assert_one_line_error(run("analyze", str(path), env={"BRINKWATCH_MAX_INPUT_BYTES": "lots"}), "E009")


def test_missing_model(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody text here.")
    proc = run("analyze", str(path), "--model", "no_such_model_xyz")
    assert_one_line_error(proc, "E006")
    assert "pip install" in proc.stderr.decode()


@pytest.mark.parametrize("args, hint", [
    (("ingest", "a.txt", "--store", "x"), "see 'brinkwatch ingest --help'"),
    (("--bogus",), "see 'brinkwatch --help'"),
    (("events", "--db"), "see 'brinkwatch events --help'"),
])
def test_usage_errors_point_at_the_right_help(args, hint):
    proc = run(*args)
    lines = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and hint in lines[0]


def test_usage_error_exits_2():
    proc = run("analyze")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


def test_jsonl_bad_lines_keep_order_and_exit_0(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Talks in Geneva\n\nThe two ministers met in Geneva on Friday."}),
        "{not json",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "html": "<html><body><article><h1>Leaders talk</h1><p>The presidents spoke by phone on Monday and agreed to meet again next month in Vienna.</p></article></body></html>"}),
        json.dumps(["not", "an", "object"]),
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(lines) + "\n")
    proc = run("analyze", "--jsonl", str(path))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c", "d", None]
    assert "error" in out[1] and "E007" in out[1]["error"]
    assert "E001" in out[2]["error"]
    assert "error" in out[4]
    for report in (out[0], out[3]):
        assert validation_errors(report) == []
    assert out[0]["document"]["title"] == "Talks in Geneva"


def test_jsonl_missing_file(tmp_path):
    assert_one_line_error(run("analyze", "--jsonl", str(tmp_path / "none.jsonl")), "E003")


def test_json_report_from_stdin_validates():
    page = "Kyiv and Moscow trade accusations\n\nUkraine accused Russia on Monday of shelling a village near Donetsk.\n"
    proc = run("analyze", "-", "--format", "json", "--published", "2022-02-17", stdin=page.encode())
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["schema"] == "brinkwatch.report/1"
    assert report["document"]["published"] == "2022-02-17"
    assert validation_errors(report) == []


def test_text_format_shows_title_and_sections():
    page = "Kyiv and Moscow trade accusations\n\nUkraine accused Russia on Monday of shelling a village near Donetsk.\n"
    proc = run("analyze", "-", "--format", "text", stdin=page.encode())
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert out.splitlines()[0] == "Kyiv and Moscow trade accusations"
    for section in ("EVENTS", "QUOTES", "QUANTITIES", "FLAGS"):
        assert section in out
    assert "\x1b[" not in out  # no colour when not on a terminal


def test_other_language_page_is_flagged_not_an_error():
    page = ("Gespräche in Genf\n\nDie Außenminister beider Länder trafen sich am Freitag in Genf zu dreistündigen "
            "Gesprächen über die Lage an der Grenze und vereinbarten ein weiteres Treffen.\n")
    proc = run("analyze", "-", "--format", "json", stdin=page.encode())
    assert proc.returncode == 0
    report = json.loads(proc.stdout)
    assert report["document"]["language"] == "de"
    assert [f["kind"] for f in report["flags"]] == ["unsupported_language"]
    assert report["events"] == report["quotes"] == report["quantities"] == []
    assert "warning" in proc.stderr.decode()


def test_settings_and_schema_commands():
    proc = run("settings")
    assert proc.returncode == 0 and b"BRINKWATCH_SPACY_MODEL" in proc.stdout
    proc = run("schema")
    assert json.loads(proc.stdout)["$id"] == "brinkwatch.report/1"
