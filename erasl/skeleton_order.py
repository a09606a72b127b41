"""The order of a skeleton's sentences, as advisors teach it: the header (role, place, length), the load,
the applicant's own actions (the most substantive first), the result. Read from the entry profile's
reading of who each sentence is about (`profile.subjects`) and from the parse, never from word lists."""

from __future__ import annotations

# words that point back at something said before them: a sentence holding one never goes ahead of the
# sentences it may point at
_POINTING = frozenset({"it", "they", "them", "he", "she", "him", "her", "his", "its", "their", "this", "these",
                       "those", "such"})


def _span(builder, unit):
    return builder.doc.char_span(unit.start, unit.end or unit.start + len(unit.text), alignment_mode="expand")


def list_heading(builder, unit) -> bool:
    """The draft's heading for the list below it ("My works in this study:", "Duties:"): it ends with a
    colon, has no verb and states no fact, so the list says everything it says. Kept, it is an orphaned
    fragment ("My works in this study.")."""
    end = unit.end or unit.start + len(unit.text)
    if not builder.text[unit.start:end].rstrip().endswith(":"):
        return False
    span = _span(builder, unit)
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return not builder.carries_facts(unit.start, end)


def _says_the_experience(builder, unit) -> bool:
    """The sentence says the experience itself ("Completed a four-week core rotation in an outpatient family
    medicine clinic"): its main verb only says it happened, and it names the length or the type."""
    from erasl.skeleton import _HAPPENED

    span = _span(builder, unit)
    if span is None:
        return False
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() not in _HAPPENED:
        return False
    end = unit.end or unit.start + len(unit.text)
    if any(a.start == root.idx and a.group in ("observer", "underselling") for a in builder.profile.actions):
        return False  # "Attended 12 clinic sessions (4 weeks)": what the applicant did, said weakly; never the header
    frames = list(builder.profile.time_frame) + ([builder.facts.type] if builder.facts.type else [])
    return any(f is not None and f.start is not None and unit.start <= f.start < end for f in frames)


def _points_back(builder, unit) -> bool:
    span = _span(builder, unit)
    return span is not None and any(t.lower_ in _POINTING and t.pos_ in ("PRON", "DET") for t in span)


def put_in_order(builder, units: list, keep_first: bool) -> list:
    """The skeleton's sentences in the advisors' order. A list heading is left out (listed); the sentence
    that says the experience happened joins the header when no action comes before it; among the actions,
    the applicant's own and those with a fact come first, and a sentence about something else that states
    no fact goes after them, unless a sentence after it points back at it."""
    kept = []
    for index, unit in enumerate(units):
        if not (keep_first and index == 0) and list_heading(builder, unit):
            end = unit.end or unit.start + len(unit.text)
            builder.left_out.append({"text": " ".join(builder.text[unit.start:end].split()),
                                     "reason": "a heading for the list below it: the list says what it did"})
            continue
        kept.append(unit)
    for unit in kept:
        if unit.slot == "setting":
            continue
        if unit.slot == "actions" and _says_the_experience(builder, unit):
            unit.slot = "setting"  # said beside the opening, before the load
        break  # only the first sentence after the header may be the experience's own
    actions = [u for u in kept if u.slot == "actions"]

    def hollow(unit) -> bool:
        end = unit.end or unit.start + len(unit.text)
        if builder.carries_facts(unit.start, end):
            return False
        return not builder.about_the_applicant(unit)

    later = []
    for position, unit in enumerate(actions):
        after = [u for u in actions[position + 1:] if u not in later]
        if hollow(unit) and after and not any(_points_back(builder, u) for u in after) \
                and not all(hollow(u) for u in after):
            later.append(unit)
    if not later:
        return kept
    ordered = [u for u in kept if u not in later]
    last_action = max(i for i, u in enumerate(ordered) if u.slot == "actions")
    return ordered[:last_action + 1] + later + ordered[last_action + 1:]

