"""erasl's benchmark: erasl against the bare-spaCy floor on the same texts, in one run.

    python bench/run.py                # everything, ~2-4 minutes on 2 cores
    python bench/run.py --entries 500  # a quicker, smaller large-run

Peers, optional: `pip install proselint` into the same environment, and
`cd bench && npm install --no-save write-good@1`.

It writes a deterministic corpus of N entries generated from corpus/, then times
each scenario as a separate process (so imports and model loading count, as
they do for a user) and prints a table: erasl, floor, ratio, peak memory, and
general prose linters (proselint, write-good) on the same files when installed.
Ratios against the floor cancel machine noise; absolute times do not.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PYTHON = sys.executable
ERASL = [PYTHON, "-m", "erasl"]

FLOOR_SCRIPT = """
import sys, pathlib
import spacy
from erasl.nlp import model_name, EXCLUDED_COMPONENTS
nlp = spacy.load(model_name(None), exclude=list(EXCLUDED_COMPONENTS))
texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]]
for doc in nlp.pipe(texts):
    pass
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def body(text: str) -> str:
    """A corpus file's text without its front matter."""
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL).strip()


def generate(count: int, folder: Path) -> list[Path]:
    """N entries from the corpus bodies, varied deterministically (numbers, order) so no two are equal,
    in folders of ten: one folder per applicant, checked as `erasl check entries/*`."""
    sources = sorted(CORPUS.rglob("*.md"))
    bodies = [body(p.read_text(encoding="utf-8")) for p in sources if p.name.endswith((".bad.md", ".better.md"))]
    rng = random.Random(750)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        text = bodies[index % len(bodies)]
        text = re.sub(r"\b\d+\b", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), text)
        applicant = folder / f"applicant-{index // 10:04d}"  # ten experiences each, as an advisor's repo
        applicant.mkdir(exist_ok=True)
        path = applicant / f"entry-{index:05d}.md"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def measure(command: list[str], cwd: Path, repeat: int = 1) -> tuple[float, int]:
    """Best wall time over `repeat` runs, and peak RSS (MB) of the command's process tree."""
    times, peak = [], 0
    for _ in range(repeat):
        out = subprocess.run([PYTHON, "-c", MEASURE, *command], cwd=cwd, capture_output=True, text=True, check=True)
        elapsed, rss_kb, _ = out.stdout.split()
        times.append(float(elapsed))
        peak = max(peak, int(rss_kb) // 1024)
    return min(times), peak


def editor_latency(entry: Path, runs: int = 40) -> tuple[float, float]:
    """Re-linting one entry with the model loaded, as the language server does: median and p95 in ms."""
    script = f"""
import time, statistics, json
from erasl.engine import Linter
from erasl.document import SourceFile
linter = Linter()
text = open({str(entry)!r}, encoding="utf-8").read()
linter.lint_documents([linter.parse(SourceFile("x.md", text))])
samples = []
for i in range({runs}):
    changed = text + " " * (i % 3)
    start = time.perf_counter()
    linter.lint_documents([linter.parse(SourceFile("x.md", changed))])
    samples.append((time.perf_counter() - start) * 1000)
samples.sort()
print(json.dumps([statistics.median(samples), samples[int(len(samples) * 0.95) - 1]]))
"""
    out = subprocess.run([PYTHON, "-c", script], capture_output=True, text=True, check=True)
    median, p95 = json.loads(out.stdout)
    return median, p95


def peers(files: list[Path], cwd: Path) -> dict[str, tuple[float, int] | None]:
    found: dict[str, tuple[float, int] | None] = {}
    proselint = shutil.which("proselint") or str(Path(PYTHON).parent / "proselint")
    found["proselint"] = measure([proselint, "check", *(str(f.relative_to(cwd)) for f in files)], cwd) if Path(proselint).exists() else None
    write_good = shutil.which("write-good") or str(ROOT / "bench" / "node_modules" / ".bin" / "write-good")
    found["write-good"] = measure([write_good, *(str(f.relative_to(cwd)) for f in files)], cwd) if Path(write_good).exists() else None
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2, help="runs per timing; the best is kept")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="erasl-bench-"))
    files = generate(args.entries, work / "entries")
    one = work / "one" / "entry.md"
    one.parent.mkdir()
    one.write_text(next(p for p in files if 550 <= len(p.read_text()) <= 750).read_text(), encoding="utf-8")
    rel = [str(p.relative_to(work)) for p in files]
    applicants = sorted({str(p.parent.relative_to(work)) for p in files})
    rows = []

    floor_large = measure([PYTHON, "-c", FLOOR_SCRIPT, *rel], work, args.repeat)
    erasl_large = measure([*ERASL, "check", "--isolated", "--no-cache", "--jobs", "1", "--format", "json", *applicants], work, args.repeat)
    rows.append((f"check {args.entries} entries, 1 process", erasl_large, floor_large))
    erasl_jobs = measure([*ERASL, "check", "--isolated", "--no-cache", "--jobs", "2", "--format", "json", *applicants], work, args.repeat)
    rows.append((f"check {args.entries} entries, --jobs 2", erasl_jobs, floor_large))

    shutil.rmtree(work / ".erasl_cache", ignore_errors=True)
    subprocess.run([*ERASL, "check", "--isolated", "--format", "json", *applicants], cwd=work, capture_output=True)
    erasl_cached = measure([*ERASL, "check", "--isolated", "--format", "json", *applicants], work, args.repeat)
    rows.append((f"check {args.entries} entries, all cached", erasl_cached, erasl_large))

    floor_one = measure([PYTHON, "-c", FLOOR_SCRIPT, "one/entry.md"], work, args.repeat + 1)
    erasl_one = measure([*ERASL, "check", "--isolated", "--no-cache", "one/entry.md"], work, args.repeat + 1)
    rows.append(("check one entry, cold", erasl_one, floor_one))
    version = measure([PYTHON, "-m", "erasl", "--version"], work, 3)
    help_ = measure([PYTHON, "-m", "erasl", "--help"], work, 3)
    installed = shutil.which("erasl") or str(Path(PYTHON).parent / "erasl")
    version_script = measure([installed, "--version"], work, 3) if Path(installed).exists() else None
    median, p95 = editor_latency(one)
    peer = peers(files, work)

    print(f"\nerasl benchmark: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    print("| scenario | erasl | baseline | ratio | erasl peak MB | baseline peak MB |")
    print("|---|---|---|---|---|---|")
    for name, (seconds, peak), (base, base_peak) in rows:
        print(f"| {name} | {seconds:.2f} s | {base:.2f} s | {seconds / base:.2f}x | {peak} | {base_peak} |")
    print(f"| `python -m erasl --version` | {version[0]:.3f} s | | | {version[1]} | |")
    print(f"| `python -m erasl --help` | {help_[0]:.3f} s | | | {help_[1]} | |")
    if version_script:
        print(f"| `erasl --version` (installed script) | {version_script[0]:.3f} s | | | {version_script[1]} | |")
    print(f"| re-lint one 750-char entry, model loaded | median {median:.1f} ms, p95 {p95:.1f} ms | | | | |")
    for name, result in peer.items():
        if result:
            print(f"| {name} on the same {args.entries} files | {result[0]:.2f} s | | | {result[1]} | |")
        else:
            print(f"| {name} | not installed | | | | |")
    print("\nBaselines: the floor is a bare process that imports spaCy, loads the same model (same components) "
          "and runs nlp.pipe over the same texts; the cached row's baseline is the uncached run.")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
