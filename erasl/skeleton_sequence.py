"""The skeleton's sentences in the order advisors teach, as one general pass over the shared reading: the frame
(length, setting, type, where), the patient load, the applicant's duties, the result; within each slot the
draft's own order. A sentence is never torn from what it belongs to: a piece of the same draft sentence, a
sentence that points back ("this", "there", "they"), or a line about someone else that explains the one before it
goes with that one (review 18: "duration after load, result before duties, duties cut from their context, rows
shuffled")."""

from __future__ import annotations

import re

# the order of the template's slots (rules/templates/_macros.j2 renders them in this order)
SLOT_RANK = {"setting": 0, "load": 1, "actions": 2, "result": 3, "motivation": 4}
# verbs that only say the experience happened where and when ("Worked in the ED", "Shadowed Dr. Lee in his
# office"): with a time, a setting or a place and nothing counted, such a sentence is the frame
_FRAME_VERBS = frozenset({"work", "serve", "rotate", "shadow", "complete", "spend", "join", "undertake",
                          "volunteer", "finish", "start", "begin"})
# when a routine comes round ("Daily rounds ...", "Morning report was at 8"): a routine's subject with one is the frame
_ROUTINE_TIME = re.compile(r"\b(?:daily|every|each|weekly|nightly|morning|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|at \d)\b",
                           re.IGNORECASE)
# words that point back at the sentence before ("There I saw ...", "These included ...")
_POINTING_WORDS = frozenset({"this", "these", "those", "such", "there"})


def _span(builder, unit):
    return builder.doc.char_span(unit.start, unit.end or unit.start + len(unit.text), alignment_mode="expand")


def _end(unit) -> int:
    return unit.end or unit.start + len(unit.text)


def _inside(found, start: int, end: int) -> bool:
    return any(f is not None and f.start is not None and start <= f.start < end for f in found)


def is_frame(builder, unit, opens_the_body: bool = False) -> bool:
    """The sentence states when, how long or where the experience was and no act of the applicant's: "Two weeks
    in August 2023 (about 40 hours).", "During my 4-week sub-internship in the MICU in July 2025", "Shadowed Dr.
    Feldman in his outpatient office and in the echo lab"; the body's first sentence also when it only says what
    the work was on ("I worked on a prospective dengue cohort study"). A count makes it the load, an act a duty."""
    from erasl.skeleton_slots import states_a_date_range, states_a_length

    if "[" in unit.text:
        return False  # a placeholder asked in place is the load's or a duty's
    span = _span(builder, unit)
    if span is None:
        return False
    from erasl.skeleton_sections import names_a_routine

    routine = names_a_routine(builder, unit) and _ROUTINE_TIME.search(unit.text) is not None
    if routine or opens_the_body and not builder.about_the_applicant(unit) \
            and not builder._is_load(unit.start, _end(unit)):
        # the work's routine ("Daily rounds with the consultant started at 7am") or a line on the place that opens
        # the body ("The department was always very busy"), counting no patients: where and how the work was
        return True
    start, end = unit.start, _end(unit)
    facts, profile = builder.facts, builder.profile
    counted = [c for c in profile.counts if c.start is not None and start <= c.start < end]
    timed = _inside(list(profile.time_frame) + [facts.length, facts.dates] + list(facts.durations), start, end) \
        or states_a_date_range(unit.text) or states_a_length(unit.text)
    placed = _inside(list(facts.settings) + list(facts.institutions) + list(facts.places), start, end)
    verbs = [t for t in span if t.pos_ == "VERB"]
    if not verbs:
        # a verbless line: the frame when it says when or where and counts nothing beyond its time
        times = [(m.start, m.end) for m in profile.time_frame if m.start is not None]
        beyond = [c for c in counted if not any(s <= c.start < (e or s + 1) for s, e in times)]
        return timed and not beyond and not re.search(r"\d+\s*(?:patients|pts|cases|beds)\b", unit.text, re.IGNORECASE)
    if counted or not (timed or placed or opens_the_body):
        return False
    # every verb of the sentence only says the experience happened, and the applicant is its subject
    return all(v.lemma_.lower() in _FRAME_VERBS for v in verbs) and span.root.pos_ == "VERB" \
        and builder.about_the_applicant(unit)


def _same_draft_sentence(builder, before, unit) -> bool:
    """Both were cut from one sentence of the draft (a run-on read clause by clause): nothing between them ends a
    sentence, a line or a list item."""
    if before.start >= unit.start:
        return False
    if _end(before) > unit.start:
        return False
    gap = builder.text[max(before.start, _end(before) - 1):unit.start]  # with the last character of the one before
    return not re.search(r"[.!?;]\s|\n|^\s*[-•*·]|\|", gap + " ")


def _points_back(builder, unit) -> bool:
    """The sentence points back at the one before it: it opens with "This", "It", "They", "There", or names "this
    team", "these patients" (review 18: "Served on this team." cut from the team it means)."""
    from erasl.skeleton_order import _opens_pointing

    span = _span(builder, unit)
    if span is None:
        return False
    return _opens_pointing(span) or any(t.lower_ in _POINTING_WORDS and t.pos_ in ("DET", "ADV") and t.dep_ != "expl"
                                        for t in span)


def _context(builder, unit) -> bool:
    """A line about someone or something else that states no fact of its own ("Dr. Feldman explained to me how
    he adjusts diuretics"): it explains the sentence before it and stays with it."""
    return not builder.about_the_applicant(unit) and not builder.carries_facts(unit.start, _end(unit))


def in_advisors_sequence(builder, units: list, keep_first: bool) -> list:
    """Frame, load, duties, result, each in the draft's order; a sentence joined to the one it belongs to takes
    that one's slot, so the two are never parted. The draft's own opening (`keep_first`) stays first."""
    if not units:
        return units
    head = [units[0]] if keep_first else []
    body = sorted(units[len(head):], key=lambda u: u.start)
    products = builder.rw.data.get("order", {}).get("products", [])
    for index, unit in enumerate(body):
        if unit.slot == "actions" and any(re.search(p, unit.text, re.IGNORECASE) for p in products):
            unit.slot = "result"  # a poster, a paper, a talk, a grade: what the work produced, after the duties
        elif unit.slot in ("actions", "load") and is_frame(builder, unit, opens_the_body=index == 0):
            unit.slot = "setting"
    blocks: list[list] = []
    for unit in body:
        if blocks and _belongs_to(builder, blocks[-1], unit):
            unit.slot = blocks[-1][0].slot
            blocks[-1].append(unit)
        else:
            blocks.append([unit])
    blocks.sort(key=lambda block: (SLOT_RANK.get(block[0].slot, 2), block[0].start))
    return head + [unit for block in blocks for unit in block]


def _belongs_to(builder, block: list, unit) -> bool:
    """The unit goes with the block before it: a duty cut from the same draft sentence, a sentence that points
    back, or a line of context; a count that points back ("There we saw 30 patients a day") goes with the duty it
    points at. With the frame, a result or a motivation line only a duty that points back at it goes."""
    lead, before = block[0], block[-1]
    if lead.slot in ("setting", "result", "motivation") and not (unit.slot == "actions" and _points_back(builder, unit)):
        return False
    if unit.slot == "actions":
        return _same_draft_sentence(builder, before, unit) or _points_back(builder, unit) \
            or _context(builder, unit)
    return unit.slot == "load" and lead.slot == "actions" and _points_back(builder, unit)
