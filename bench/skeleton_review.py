"""Print each draft of a folder beside its rewrite skeleton, as markdown, for a reviewer to score.

    python bench/skeleton_review.py corpus/blind/drafts > review.md

For every experience entry: the draft's front matter (type, start, end: where the skeleton's header dates
come from), the draft as written, the skeleton `erasl suggest` gives, what was left out and why, and a
blank score line (1-5). Personal statements get paragraph advice, shown as such.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout this script is in, as bench/blind.py does: a before/after runs each


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


FRONT_MATTER_KEYS = ("type", "start", "end")


def front_matter_line(draft: str) -> str:
    """The draft's front matter a reviewer needs to judge the header ("type: externship; start: 2025-09; end:
    present"), or "" when the draft has none: without it, dates the skeleton reads from metadata look invented."""
    front = re.match(r"\A---\n(.*?)\n---\n", draft, flags=re.DOTALL)
    if front is None:
        return ""
    values = dict(re.findall(r"(?m)^(\w+):[ \t]*(.*?)[ \t]*$", front.group(1)))
    return "; ".join(f"{key}: {values[key]}" for key in FRONT_MATTER_KEYS if values.get(key))


def review(folder: Path) -> str:
    import erasl

    out = [f"# Skeleton review: {folder}", "",
           "Score each skeleton 1-5 (5: hand it to the applicant as is; 1: worse than the draft).", ""]
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt")):
        draft = path.read_text(encoding="utf-8")
        for suggestion in erasl.suggest_text(draft, path=str(path)):
            title = f' "{suggestion.title}"' if suggestion.title else ""
            out += [f"## {path.name}, entry {suggestion.entry}{title}", ""]
            if not suggestion.text:
                advice = [f"- paragraph {a['paragraph']}: " + "; ".join(a["advice"]) for a in suggestion.advice]
                out += ["(personal statement: advice per paragraph)", "", *(advice or ["- no advice"]), ""]
                continue
            shape = suggestion.template or "no warnings: the draft, tightened"
            front = front_matter_line(draft)
            if front:
                out += [f"Front matter: {front}", ""]
            out += [f"| draft | skeleton ({shape}, {len(suggestion.text)} characters) |", "| --- | --- |",
                    f"| {_cell(draft.split('---', 2)[-1] if draft.startswith('---') else draft)} "
                    f"| {_cell(suggestion.text)} |", ""]
            for item in suggestion.left_out:
                out.append(f"- left out: \"{_cell(item['text'])}\" ({item['reason']})")
            for item in suggestion.not_rewritten:  # kept in the draft's words; the applicant is told what to fix
                out.append(f"- kept as written: \"{_cell(item['text'])}\" ({item['reason']})")
            out += ["", "Score (1-5): ___  Notes: ___", ""]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"error: {args.folder} is not a folder of drafts", file=sys.stderr)
        return 2
    sys.stdout.write(review(args.folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
