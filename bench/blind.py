"""erasl on the blind evaluation set: recall on what an advisor flags, false alarms on what they would not.

    python bench/blind.py                 # the numbers: per code and overall
    python bench/blind.py --misses        # also list each draft's misses and false alarms
    python bench/blind.py --set DIR       # another set laid out the same way (drafts/ + labels.toml)
    python bench/blind.py --set A --set B # several sets scored together

corpus/blind/ was written by someone who never read the rules (see its README.md); do not
tune on it. Each draft's table in labels.toml lists `flag` (codes that must be raised) and
`clean` (codes that must not); codes in neither list are borderline and not scored. Beside
the codes, the entry profile's `us`, `type` and `weeks` are compared with the labels
(weeks agree within 10% or one week; "unknown" labels are not scored).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout this script is in, as bench/passive.py does: a before/after runs each
DEFAULT_SET = ROOT / "corpus" / "blind"


def lint_drafts(drafts: Path, labels: dict) -> tuple[dict[str, set[str]], dict[str, object]]:
    """Codes raised per draft, and each draft's first entry profile, from one isolated run."""
    import erasl
    from erasl.config import Settings

    settings = Settings()  # isolated: the repository's own config never applies
    names = sorted(labels)
    texts = [(drafts / name).read_text(encoding="utf-8") for name in names]
    paths = [str(drafts / name) for name in names]
    found = erasl.lint_texts(texts, settings=settings, paths=paths)
    codes = {name: {d.code for d in diagnostics} for name, diagnostics in zip(names, found)}
    profiles = {}
    for name, text, path in zip(names, texts, paths):
        read = erasl.read_text(text, settings=settings, path=path)
        profiles[name] = read[0] if read else None
    return codes, profiles


def weeks_agree(label: float, read: float | None) -> bool:
    return read is not None and abs(read - label) <= max(1.0, 0.1 * label)


def score(labels: dict, codes: dict[str, set[str]], profiles: dict, show_misses: bool) -> str:
    """The printed table: per code flags found/total, cleans wrongly raised/total, then profile agreement."""
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # code -> [found, labelled flag]
    alarms: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # code -> [raised, labelled clean]
    misses: list[str] = []
    agree = {"us": [0, 0], "type": [0, 0], "weeks": [0, 0]}
    for name, label in sorted(labels.items()):
        raised = codes.get(name, set())
        for code in label.get("flag", []):
            hits[code][1] += 1
            hits[code][0] += code in raised
            if code not in raised:
                misses.append(f"{name}: missed {code}")
        for code in label.get("clean", []):
            alarms[code][1] += 1
            alarms[code][0] += code in raised
            if code in raised:
                misses.append(f"{name}: false alarm {code}")
        profile = profiles.get(name)
        for key, read in (("us", getattr(profile, "us", None)),
                          ("type", getattr(profile, "experience_type", None)),
                          ("weeks", getattr(profile, "weeks", None))):
            want = label.get(key, "unknown")
            if want == "unknown" or (key != "us" and label.get("kind") != "experience"):
                continue
            agree[key][1] += 1
            ok = weeks_agree(float(want), read) if key == "weeks" else read == want
            agree[key][0] += ok
            if not ok:
                misses.append(f"{name}: {key} read {read!r}, labelled {want!r}")
    lines = [f"{'code':6} {'recall':>14} {'false alarms':>16}"]
    for code in sorted(set(hits) | set(alarms)):
        found, flagged = hits[code]
        raised, clean = alarms[code]
        recall = f"{found}/{flagged} {found / flagged:.2f}" if flagged else "-"
        fpr = f"{raised}/{clean} {raised / clean:.3f}" if clean else "-"
        lines.append(f"{code:6} {recall:>14} {fpr:>16}")
    found, flagged = (sum(v[0] for v in hits.values()), sum(v[1] for v in hits.values()))
    raised, clean = (sum(v[0] for v in alarms.values()), sum(v[1] for v in alarms.values()))
    lines.append(f"{'all':6} {f'{found}/{flagged} {found / max(flagged, 1):.3f}':>14} "
                 f"{f'{raised}/{clean} {raised / max(clean, 1):.3f}':>16}")
    lines.append("profile agreement: " + ", ".join(
        f"{key} {ok}/{total} {ok / max(total, 1):.2f}" for key, (ok, total) in agree.items()))
    if show_misses:
        lines += ["", *misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", dest="sets",
                        help="a folder with drafts/ and labels.toml (repeat to score several together)")
    parser.add_argument("--misses", action="store_true", help="list every miss and false alarm (tuning risk)")
    options = parser.parse_args(argv)
    labels: dict = {}
    codes: dict[str, set[str]] = {}
    profiles: dict = {}
    for folder in options.sets or [DEFAULT_SET]:
        labels_path = folder / "labels.toml"
        try:
            these = tomllib.loads(labels_path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            print(f"bench/blind.py: cannot read {labels_path}: {error}", file=sys.stderr)
            return 2
        found, read = lint_drafts(folder / "drafts", these)
        prefix = f"{folder.name}/" if len(options.sets or []) > 1 else ""
        labels.update({prefix + name: label for name, label in these.items()})
        codes.update({prefix + name: value for name, value in found.items()})
        profiles.update({prefix + name: value for name, value in read.items()})
    print(f"{len(labels)} drafts in " + ", ".join(str(f) for f in options.sets or [DEFAULT_SET]))
    print(score(labels, codes, profiles, options.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
