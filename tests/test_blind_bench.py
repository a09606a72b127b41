"""bench/blind.py scores erasl against labels the way the issue defines it: recall on flags, false alarms on cleans."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

BLIND = Path(__file__).resolve().parent.parent / "bench" / "blind.py"
spec = importlib.util.spec_from_file_location("blind_bench", BLIND)
blind = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind)

LABELS = {
    "a.txt": {"kind": "experience", "flag": ["V101", "D101"], "clean": ["F101"], "us": True, "type": "observership",
              "weeks": 4},
    "b.txt": {"kind": "experience", "flag": [], "clean": ["V101", "F101"], "us": False, "type": "work",
              "weeks": "unknown"},
}


def test_recall_and_false_alarms_are_counted_per_code_and_overall():
    codes = {"a.txt": {"V101", "F101"}, "b.txt": {"N101"}}  # a misses D101 and wrongly raises F101; N101 unlabelled
    profiles = {"a.txt": SimpleNamespace(us=True, experience_type="observership", weeks=4.35),
                "b.txt": SimpleNamespace(us=None, experience_type="work", weeks=None)}
    table = blind.score(LABELS, codes, profiles, show_misses=True)
    lines = {line.split()[0]: line for line in table.splitlines() if line.strip()}
    assert lines["V101"].split()[1:] == ["1/1", "1.00", "0/1", "0.000"]
    assert lines["D101"].split()[1:] == ["0/1", "0.00", "-"]
    assert lines["F101"].split()[1:] == ["-", "1/2", "0.500"]
    assert lines["all"].split()[1:] == ["1/2", "0.500", "1/3", "0.333"]
    assert "us 1/2 0.50, type 2/2 1.00, weeks 1/1 1.00" in table
    assert "a.txt: missed D101" in table and "a.txt: false alarm F101" in table


def test_an_unreadable_labels_file_is_a_one_line_error(tmp_path, capsys):
    (tmp_path / "labels.toml").write_text("not = [toml", encoding="utf-8")
    assert blind.main(["--set", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"bench/blind.py: cannot read {tmp_path / 'labels.toml'}")
