"""bench/idiom.py scores G101 against labelled sentences, and counts corrected wording that is still flagged."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

IDIOM = Path(__file__).resolve().parent.parent / "bench" / "idiom.py"
spec = importlib.util.spec_from_file_location("idiom_bench", IDIOM)
idiom = importlib.util.module_from_spec(spec)
spec.loader.exec_module(idiom)


def test_precision_recall_and_corrected_sentences_are_reported(tmp_path, capsys):
    tsv = tmp_path / "set.tsv"
    tsv.write_text(
        "id\tsentence\tunidiomatic\tfix\tl1\tsource\n"
        "a\tI work in this clinic since 2 years.\t1\tI have worked in this clinic for 2 years.\tfrench\twritten\n"
        "b\tThe senior explained me the ECG.\t1\tThe senior explained the ECG to me.\tarabic\twritten\n"
        "c\tPresented 3 patients daily on rounds.\t0\t\tnative\twritten\n",
        encoding="utf-8")
    assert idiom.main([str(tsv), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "precision 1.000  recall 1.000  false alarms 0/1" in out
    assert "corrected sentences still flagged: 0/2" in out
    assert "french 1/1" in out and "arabic 1/1" in out


def test_a_row_without_a_label_is_a_one_line_error(tmp_path):
    tsv = tmp_path / "bad.tsv"
    tsv.write_text("id\tsentence\tunidiomatic\nx\tSome text.\tmaybe\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad.tsv:2: need id, sentence, unidiomatic"):
        idiom.main([str(tsv)])
