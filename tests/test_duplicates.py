"""Near-duplicate detection (A401): the same findings as comparing every pair, at near-linear cost."""

import random
from pathlib import Path

from click.testing import CliRunner

from erasl import duplicates
from erasl.cache import ResultCache
from erasl.cli import main
from erasl.duplicates import compute_signature, near_duplicates, signature_for

ROOT = Path(__file__).resolve().parent.parent
ROTATION = ("Four-week observership at a community teaching hospital. Took histories from 2 new patients daily, "
            "presented them to the attending on rounds, and wrote practice notes reviewed by the senior resident.")


def corpus_bodies() -> list[str]:
    bodies = []
    for path in sorted((ROOT / "corpus").rglob("*.md")):
        if path.name.endswith((".bad.md", ".better.md")):
            text = path.read_text(encoding="utf-8")
            bodies.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") else text)
    return bodies


def edited(text: str, rate: float, rng: random.Random, vocabulary: list[str]) -> str:
    """The text with about `rate` of its words replaced or dropped, as a second draft might be."""
    out = []
    for word in text.split():
        roll = rng.random()
        if roll < rate / 2:
            out.append(rng.choice(vocabulary))
        elif roll >= rate:
            out.append(word)
    return " ".join(out)


def test_a_later_copy_is_paired_once_with_the_earlier_entry_it_is_most_like():
    first = compute_signature(ROTATION, 3)
    closer = compute_signature(ROTATION.replace("2 new", "3 new"), 3)
    further = compute_signature(ROTATION.replace("community", "rural").replace("senior", "chief"), 3)
    found = near_duplicates([[(0, further), (1, closer), (2, first)]], 0.6, 20)
    assert [(earlier, later) for earlier, later, _ in found] == [(0, 1), (1, 2)]
    assert found[1][2] == 1.0  # numbers are ignored: "2 new" and "3 new" read the same


def test_short_entries_and_different_kinds_are_not_compared():
    short = compute_signature("Followed 4 patients daily on rounds.", 3)
    assert near_duplicates([[(0, short), (1, short)]], 0.6, 20) == []
    long = compute_signature(ROTATION, 3)
    assert near_duplicates([[(0, long)], [(1, long)]], 0.6, 20) == []


def test_candidate_pairs_find_what_comparing_every_pair_finds():
    """Above EXACT_UP_TO entries the sketches choose the pairs; on edited corpus drafts they miss none."""
    rng = random.Random(15)
    bodies = corpus_bodies()
    vocabulary = sorted({word for body in bodies for word in body.split()})
    texts = list(bodies) + [edited(body, rate, rng, vocabulary)
                            for rate in (0.05, 0.15, 0.3, 0.45) for body in rng.sample(bodies, 20)]
    rng.shuffle(texts)
    group = [(index, compute_signature(text, 3)) for index, text in enumerate(texts)]
    long_enough = [(index, signature) for index, signature in group if len(signature.words) >= 20]
    assert len(long_enough) > duplicates.EXACT_UP_TO
    exact = list(duplicates._every_pair(long_enough, 0.6))
    assert len(exact) > 50
    assert near_duplicates([group], 0.6, 20) == sorted(exact, key=lambda item: (item[1], item[0]))


def test_a_thousand_near_copies_cost_a_bounded_number_of_comparisons(monkeypatch):
    calls = []
    real = duplicates.similarity
    monkeypatch.setattr(duplicates, "similarity", lambda *args: calls.append(1) or real(*args))
    names = ["".join(chr(97 + (index // 26 ** place) % 26) for place in range(3)) for index in range(1000)]
    group = [(index, compute_signature(ROTATION.replace("community", f"{name}ville"), 3))
             for index, name in enumerate(names)]
    found = near_duplicates([group], 0.6, 20)
    assert [later for _, later, _ in found] == list(range(1, 1000))
    assert all(earlier < later and score > 0.9 for earlier, later, score in found)
    assert len(calls) <= duplicates.MAX_COMPARISONS * 1000


def test_word_for_word_copies_pair_with_the_first_copy_without_comparing(monkeypatch):
    monkeypatch.setattr(duplicates, "similarity", lambda *args: (_ for _ in ()).throw(AssertionError("compared")))
    group = [(index, compute_signature(ROTATION.replace("2 new", f"{index} new"), 3)) for index in range(1000)]
    assert near_duplicates([group], 0.6, 20) == [(0, later, 1.0) for later in range(1, 1000)]


def test_signatures_are_kept_in_the_cache_and_read_back(tmp_path, monkeypatch):
    store = ResultCache(tmp_path, "fingerprint")
    first = signature_for(ROTATION, 3, store)
    monkeypatch.setattr(duplicates, "compute_signature", lambda *args: (_ for _ in ()).throw(AssertionError("recomputed")))
    assert signature_for(ROTATION, 3, ResultCache(tmp_path, "fingerprint")) == first
    memo = {}
    assert signature_for(ROTATION, 3, store, memo) == first and signature_for(ROTATION, 3, None, memo) == first


def test_a_damaged_or_foreign_signature_is_recomputed(tmp_path):
    store = ResultCache(tmp_path, "fingerprint")
    key = duplicates.signature_key(ROTATION, 3)
    store.store_value(duplicates.NAMESPACE, key, {"v": 0, "words": ["x"], "sketch": []})
    assert signature_for(ROTATION, 3, store) == compute_signature(ROTATION, 3)
    store._value_file(duplicates.NAMESPACE, key).write_text("{not json")
    assert signature_for(ROTATION, 3, store) == compute_signature(ROTATION, 3)


def test_a_cached_check_reads_signatures_instead_of_computing_them(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(f"## Internal Medicine\n{ROTATION}\n\n## Nephrology\n{ROTATION.replace('2 new', '3 new')}\n")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    first = runner.invoke(main, ["check", "--isolated", "--select", "A401", "--format", "concise", "."])
    assert "A401" in first.stdout
    monkeypatch.setattr(duplicates, "compute_signature", lambda *args: (_ for _ in ()).throw(AssertionError("recomputed")))
    second = runner.invoke(main, ["check", "--isolated", "--select", "A401", "--format", "concise", "."])
    assert second.exit_code == first.exit_code and second.stdout == first.stdout


def test_sketches_are_the_same_in_every_process():
    """Cached signatures are reused across runs, so the sketch must not depend on PYTHONHASHSEED."""
    import os
    import subprocess
    import sys

    script = "from erasl.duplicates import compute_signature as c; import sys; print(c(sys.argv[1], 3).sketch)"
    sketches = {
        subprocess.run([sys.executable, "-c", script, ROTATION], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT).stdout
        for seed in ("1", "2")
    }
    assert len(sketches) == 1 and str(compute_signature(ROTATION, 3).sketch) in sketches.pop()
