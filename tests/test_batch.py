"""`erasl batch`: rows from a database in, one JSON line of diagnostics per row out."""

import io
import json

import pytest
from click.testing import CliRunner

import erasl
from erasl.batch import lint_stream
from erasl.cli import main
from erasl.config import Settings
from erasl.engine import Linter

ROTATION = ("Four-week observership at a community teaching hospital. Took histories from 2 new patients daily, "
            "presented them to the attending on rounds, and wrote practice notes reviewed by the senior resident.")
FILLER = "I gained valuable experience and was responsible for various tasks."


def rows_jsonl(rows) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def run_batch(tmp_path, text: str, *options, name="rows.jsonl"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", "--isolated", *options, str(path)])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    return result, lines


def test_one_line_per_row_with_application_rules_per_applicant(tmp_path):
    rows = [
        {"id": "a1", "applicant": "ann", "title": "Internal Medicine Observership", "text": ROTATION},
        {"id": "a2", "applicant": "ann", "title": "Nephrology Observership", "text": ROTATION.replace("2 new", "3 new")},
        {"id": "b1", "applicant": "bob", "title": "Nephrology Observership", "text": ROTATION},
    ]
    result, lines = run_batch(tmp_path, rows_jsonl(rows), "--select", "A401")
    assert [(line["row"], line["id"], line["applicant"]) for line in lines] == [(1, "a1", "ann"), (2, "a2", "ann"),
                                                                               (3, "b1", "bob")]
    # Bob's entry repeats Ann's, but application rules compare an applicant's own entries only.
    assert [[d["code"] for d in line["diagnostics"]] for line in lines] == [[], ["A401"], []]
    assert 'Near-duplicate of "Internal Medicine Observership" (a1:1)' in lines[1]["diagnostics"][0]["message"]
    assert result.exit_code == 1


def test_diagnostics_are_those_of_the_python_api(tmp_path):
    _, lines = run_batch(tmp_path, rows_jsonl([{"id": 7, "applicant": 1, "text": FILLER}]), "--select", "F,P")
    expected = erasl.lint_text(FILLER, kind="experience", settings=Settings(select=["F", "P"]))
    assert lines[0]["id"] == "7"
    assert [(d["code"], d["column"], d["end_column"]) for d in lines[0]["diagnostics"]] == [
        (d.code, d.column, d.end_column) for d in expected]
    assert [d["code"] for d in lines[0]["diagnostics"]] == ["F101", "P102", "F102"]


def test_a_malformed_row_gets_an_error_line_and_the_rest_are_linted(tmp_path):
    rows = [
        {"id": "a1", "applicant": "ann", "text": FILLER},
        "{not json",
        {"id": "a3", "applicant": "ann"},
        {"id": "a4", "applicant": "ann", "kind": "poem", "text": FILLER},
        {"id": "a5", "applicant": "ann", "text": FILLER, "colour": "blue"},
        {"id": "a1", "applicant": "ann", "text": FILLER},
        "[1, 2]",
        {"id": "b1", "applicant": "bob", "text": FILLER},
        {"id": "a9", "applicant": "ann", "text": FILLER},
    ]
    result, lines = run_batch(tmp_path, rows_jsonl(rows), "--select", "F101")
    assert result.exit_code == 2
    errors = {line["row"]: line["error"] for line in lines if "error" in line}
    assert errors == {
        2: "row 2: not a JSON object (Expecting property name enclosed in double quotes at column 2)",
        3: "row 3: 'text' is missing or empty",
        4: "row 4: unknown kind 'poem' (known: experience, meaningful, personal-statement, impactful)",
        5: "row 5: unknown field 'colour' (known: id, applicant, text, kind, title, organization, type, specialty, "
           "setting, start, end, us, experience)",
        6: "row 6: id 'a1' is used twice for applicant 'ann'",
        7: 'row 7: not a JSON object (each line must be {"id": ..., ...})',
        9: "row 9: applicant 'ann' already had rows earlier in the input; an applicant's rows must be together "
           "(sort by applicant)",
    }
    assert [line["row"] for line in lines] == list(range(1, 10))
    linted = {line["row"]: [d["code"] for d in line["diagnostics"]] for line in lines if "diagnostics" in line}
    assert linted == {1: ["F101"], 8: ["F101"]}


def test_csv_rows_with_metadata(tmp_path):
    text = ("id,applicant,kind,title,text,start,end,type\n"
            f'1,ann,experience,IM Observership,"{ROTATION}",2024-06,soon,observership\n'
            "2,ann,meaningful,,,,,\n")
    result, lines = run_batch(tmp_path, text, "--select", "E101,L102", name="rows.csv")
    assert [d["code"] for d in lines[0]["diagnostics"]] == ["E101", "L102"]
    assert "end 'soon' is not a date" in lines[0]["diagnostics"][0]["message"]
    assert lines[1] == {"row": 2, "id": "2", "applicant": "ann", "error": "row 2: 'text' is missing or empty"}
    assert result.exit_code == 2


def test_an_unknown_csv_column_stops_with_one_line(tmp_path):
    result, lines = run_batch(tmp_path, "id,applicant,text,notes\n1,ann,hello,x\n", name="rows.csv")
    assert result.exit_code == 2 and lines == []
    assert result.stderr.strip().startswith("erasl: error: ") and "unknown CSV column 'notes'" in result.stderr
    assert "Traceback" not in result.stderr


def test_bytes_that_are_not_utf8_spoil_only_their_row(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"id": "1", "applicant": "a", "text": "caf\xe9 visits"}\n'
                     + json.dumps({"id": "2", "applicant": "a", "text": FILLER}).encode() + b"\n")
    result = CliRunner().invoke(main, ["batch", "--isolated", "--select", "F101", str(path)])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["error"] == "row 1: 'text' is not UTF-8 text (save the file as UTF-8)"
    assert [d["code"] for d in lines[1]["diagnostics"]] == ["F101"]


def test_a_file_whose_format_cannot_be_told(tmp_path):
    result, _ = run_batch(tmp_path, "x", name="rows.txt")
    assert result.exit_code == 2
    assert "cannot tell the format from the name; use --input-format jsonl or csv" in result.stderr


class CountingLines(io.StringIO):
    """A stream that counts the lines taken from it, to show the batch reads lazily."""

    taken = 0

    def __next__(self):
        line = super().__next__()
        self.taken += 1
        return line


def test_rows_are_read_a_chunk_at_a_time():
    rows = [{"id": f"{n}", "applicant": f"applicant-{n // 2}", "text": FILLER} for n in range(400)]
    stream = CountingLines(rows_jsonl(rows))
    records = lint_stream(stream, "jsonl", Linter(Settings(select=["F101"])), chunk_size=4)
    first = next(records)
    assert first["row"] == 1 and stream.taken <= 7  # one chunk of whole applicants, and a look at the next row
    rest = list(records)
    assert len(rest) == 399 and stream.taken == 400


def test_chunk_size_never_changes_the_output(tmp_path):
    rows = [{"id": f"{n}", "applicant": f"applicant-{n // 3}", "title": f"Rotation {n}",
             "text": ROTATION.replace("community", "rural" if n % 2 else "community")} for n in range(12)]
    _, small = run_batch(tmp_path, rows_jsonl(rows), "--chunk-size", "1")
    _, large = run_batch(tmp_path, rows_jsonl(rows), "--chunk-size", "500")
    assert small == large and any(d["code"] == "A401" for line in small for d in line["diagnostics"])


def test_dask_without_the_extra_says_how_to_install_it(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.delitem(sys.modules, "erasl.batch_dask", raising=False)
    result, _ = run_batch(tmp_path, rows_jsonl([{"id": 1, "applicant": "a", "text": FILLER}]),
                          "--dask", "tcp://127.0.0.1:1")
    assert result.exit_code == 2
    assert "--dask needs dask.distributed" in result.stderr and "pip install 'erasl[dask]'" in result.stderr


def test_dask_with_no_scheduler_there_is_one_line(tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'erasl[dask]')")
    from erasl import batch_dask

    monkeypatch.setattr(batch_dask, "CONNECT_TIMEOUT", "1s")
    result, _ = run_batch(tmp_path, rows_jsonl([{"id": 1, "applicant": "a", "text": FILLER}]),
                          "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert result.stderr.startswith("erasl: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in result.stderr
