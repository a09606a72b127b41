"""The finished skeleton never hands in translated wording unmarked (issue 12, skelnat).

The passes that shape a skeleton can bring back words G101 flags after the known fixes ran ("also went with him to
dialysis unit" becomes "I went with him to dialysis unit" only when the person is mended). So the skeleton is linted
once more as its own entry, last: where G101's finding has one US form (the profile's wording fix, or the rule's own
correction), the skeleton says it and lists it under "changed:"; where erasl is not sure ("realized the
consultation", "put in practice"), the words are marked `[reword: realized the consultation]`, a placeholder L301
flags until the applicant says it their way. A name is never reworded nor marked.
"""

from __future__ import annotations

import re

REWORD = "reword:"
_MAX_MARKED = 40  # characters: a phrase to reword, never a whole sentence


def _inside_brackets(text: str, start: int, end: int) -> bool:
    """Whether start:end touches a [placeholder] (opened before it and not closed, or a bracket inside it)."""
    if "[" in text[start:end] or "]" in text[start:end]:
        return True
    return text.rfind("[", 0, start) > text.rfind("]", 0, start)


def say_or_mark_wording(rewriter, suggestion, metadata: dict | None, tense: str | None) -> None:
    """Say G101's one US form in the finished skeleton, or mark the words `[reword: ...]` where there is none."""
    from erasl.skeleton_known_fixes import _lint_skeleton, _record, _rule_corrections, _wording_edits
    from erasl.skeleton_wording import changes_a_name

    text = suggestion.text
    if not text:
        return
    linted = _lint_skeleton(rewriter, text, suggestion.kind, metadata)
    if linted is None or linted[1] is None:
        return
    entry, doc, found, offset = linted
    flagged = [d for d in found if d.code == "G101"]
    if not flagged:
        return
    sure = [(group, label) for group, label in _wording_edits(entry, doc, tense)]
    sure += [([edit], None) for edit in _rule_corrections(rewriter, doc, entry.text, flagged)]
    # a fix that is a choice of forms ("[talks/talked]") is not one US form: the words are marked instead
    sure = [(group, label) for group, label in sure if not any(re.search(r"\[[^\]]*/[^\]]*\]", w) for _, _, w in group)]
    edits, claimed = [], []

    def to_skeleton(start: int, end: int):
        source_start, source_end = entry.to_source(start), entry.to_source(end)
        if source_end - source_start != end - start:
            return None  # the words are not one unbroken run of the skeleton
        return source_start - offset, source_end - offset

    for d in flagged:
        at = (d.start, d.end)
        for group, label in sure:
            if not all(s < at[1] and at[0] < e or s == e == at[0] for s, e, _ in group):
                continue
            mapped = [to_skeleton(s, e) for s, e, _ in group]
            if None in mapped or any(_inside_brackets(text, s, e) for s, e in mapped):
                break
            if any(s < e_ and s_ < e for s, e in mapped for s_, e_ in claimed):
                break
            said = [(s, e, words) for (s, e), (_, _, words) in zip(mapped, group)]
            edits.append((said, label))
            claimed.extend(mapped)
            break
        else:
            where = to_skeleton(d.start, d.end)
            if where is None or where[1] - where[0] > _MAX_MARKED or _inside_brackets(text, *where):
                continue
            if any(where[0] < e and s < where[1] for s, e in claimed):
                continue
            words = text[where[0]:where[1]]
            if "\n" in words or changes_a_name(doc, d.start, d.end, ""):
                continue  # a name ("Puskesmas") stays as written, named under "kept as written"
            edits.append(([(where[0], where[1], f"[{REWORD} {words}]")], None))
            claimed.append(where)
    if not edits:
        return
    for group, label in edits:
        if label is not None or not group[0][2].startswith(f"[{REWORD}"):
            _record(suggestion, text, group, label)
    for start, end, words in sorted((edit for group, _ in edits for edit in group), reverse=True):
        text = text[:start] + words + text[end:]
    suggestion.text = re.sub(r"  +", " ", text)
