"""The command line, run as users run it: `python -m etl ...` in a subprocess."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from tests.conftest import ROOT, SEED_ARTICLES, SEED_SOURCES


def etl(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_build_prints_one_summary_line(tmp_path):
    db = tmp_path / "claims.duckdb"
    p = etl("build", "--articles", str(SEED_ARTICLES), "--sources", str(SEED_SOURCES), "--db", str(db))
    assert p.returncode == 0, p.stderr
    assert re.fullmatch(rf"built {re.escape(str(db))}: 5 articles, \d+ claims \(\d+ corroborated groups\), "
                        rf"\d+ impact statements, 0 files skipped, [\d.]+ s\n", p.stdout)
    assert db.exists()


def test_build_if_stale_skips_an_up_to_date_database(tmp_path):
    db = tmp_path / "claims.duckdb"
    args = ("build", "--articles", str(SEED_ARTICLES), "--sources", str(SEED_SOURCES), "--db", str(db), "--if-stale")
    assert etl(*args).stdout.startswith("built ")
    assert etl(*args).stdout == f"{db} is up to date\n"


def test_build_with_a_missing_folder_says_so(tmp_path):
    p = etl("build", "--articles", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb"))
    assert p.returncode == 2
    assert "nope: articles folder not found" in p.stderr


def test_extract_files_as_json(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Shares of Adobe fell by more than 7% on Friday.", encoding="utf-8")
    p = etl("extract", str(f), "--figures-only")
    assert p.returncode == 0, p.stderr
    (claim,) = json.loads(p.stdout)[str(f)]
    assert {k: claim[k] for k in ("value", "unit", "qualifier", "direction", "claim_type", "surface")} == {
        "value": 7.0, "unit": "percent", "qualifier": "more_than", "direction": "down",
        "claim_type": "stock_move", "surface": "more than 7%"}


def test_extract_reads_stdin():
    p = etl("extract", stdin="It costs about $5 million.")
    assert [c["value"] for c in json.loads(p.stdout)] == [5e6]


def test_extract_jsonl_writes_one_line_per_input_with_the_claim_fields():
    lines = [{"id": 1, "text": "Revenue rose 12% to $3 billion."}, {"id": "b", "text": "No numbers."}]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n" + json.dumps({"id": 3}) + "\n"
    p = etl("extract", "--jsonl", stdin=stdin)
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "b"]
    assert [(c["value"], c["unit"], c["direction"]) for c in out[0]["claims"]] == [(12.0, "percent", "up"), (3e9, "USD", None)]
    required = {"value", "value_high", "unit", "qualifier", "direction", "char_start", "char_end", "surface",
                "claim_type", "is_forecast", "horizon_year", "subject", "source", "measure", "sentence"}
    assert required <= set(out[0]["claims"][0])
    assert out[1]["claims"] == []
    assert "stdin line 3: skipped" in p.stderr and "stdin line 4: skipped" in p.stderr


def test_impacts_command_prints_statements_as_json():
    import json
    p = subprocess.run([sys.executable, "-m", "etl", "impacts", "--published", "2024-02-22"],
                       input="Sora may hurt short video creators within three years, a report warned.",
                       capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    [statement] = json.loads(p.stdout)
    assert (statement["sectors"][0]["sector"], statement["direction"], statement["hedged"],
            statement["horizon_year"], statement["kind"]) == ("short_video", "harm", True, 2027, "forecast")


def test_extract_jsonl_never_loses_the_stream():
    """Hostile lines are each reported with their line number; every other line is processed."""
    good = json.dumps({"id": "ok", "text": "The studio cut 40 jobs."}).encode()
    lines = [
        good,
        b'{"id": "surrogate", "text": "cut \\ud800 40 jobs"}',  # a lone surrogate
        b"[" * 100_000 + b"]" * 100_000,  # nested too deeply for a JSON reader
        b'{"id": "bytes", "text": "caf\xe9 cut 40 jobs"}',  # not UTF-8
        "\ufeff".encode() + json.dumps({"id": "bom", "text": "Sales rose 5%."}).encode(),  # a BOM on a line
        b'{"id": "big", "text": "' + b"9" * 400 + b' jobs"}',  # a 400-digit number
        good.replace(b'"ok"', b'"last"'),
    ]
    done = subprocess.run([sys.executable, "-m", "etl", "extract", "--jsonl"], cwd=ROOT, input=b"\n".join(lines),
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]  # every line is strict JSON
    assert [o["id"] for o in out] == ["ok", "bom", "big", "last"]
    assert out[1]["claims"][0]["surface"] == "5%"
    errors = done.stderr.decode()
    assert "stdin line 2: skipped ('text' holds a lone surrogate U+D800)" in errors
    assert "stdin line 3: skipped (nested too deeply to read)" in errors
    assert "stdin line 4: skipped (not UTF-8: byte 0xe9 at column" in errors
    assert "Infinity" not in done.stdout.decode()
