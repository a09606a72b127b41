"""The order of a skeleton's sentences, as advisors teach it: the header (role, place, length), the load,
the applicant's own actions (in the draft's order), the result. Read from the entry profile's
reading of who each sentence is about (`profile.subjects`) and from the parse, never from word lists."""

from __future__ import annotations

import re

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


def _an_act_somewhere_unnamed(builder, unit) -> bool:
    """A sentence the reading put beside the header for its "at ..." ("Gave 2 talks at the dept. seminar") that
    is the applicant's own act and names no institution or place: it is work, said with the actions."""
    from erasl.skeleton import _HAPPENED

    span = _span(builder, unit)
    if span is None:
        return False
    end = unit.end or unit.start + len(unit.text)
    words = [t for t in span if not t.is_punct and not t.is_space]
    lead = words[0] if words and words[0].lower_ != "i" else words[1] if len(words) > 1 else None
    # led by the applicant's verb ("Gave 2 talks ...", "I taught ..."), or its main verb is theirs
    acts = [a for a in builder.profile.actions if a.start in (span.root.idx, lead.idx if lead is not None else -1)]
    if not acts or any(a.lemma in _HAPPENED for a in acts):
        return False
    named = [f for f in list(builder.facts.institutions) + list(builder.facts.places)
             if f.start is not None and unit.start <= f.start < end and any(c.isupper() for c in f.text)]
    return not named


def _opens_pointing(span) -> bool:
    """The sentence opens by pointing at the one before it ("That was why ...", "This taught me ...", "It was
    there ..."): it never goes anywhere without that one."""
    first = next((t for t in span if not t.is_punct and not t.is_space), None)
    return first is not None and first.lower_ in _POINTING | {"that", "there"} and first.pos_ in ("PRON", "DET", "ADV")


def _motivation(builder, unit) -> bool:
    """The sentence says why the applicant chose medicine or a specialty ("That is why I pursued medicine",
    "This job is the reason I want to become a family physician"): personal-statement material, said last
    (rules/rewrite/slots.toml [order] motivation)."""
    import re

    patterns = builder.rw.data.get("order", {}).get("motivation", [])
    return any(re.search(p, unit.text, re.IGNORECASE) for p in patterns)


def letter_last(builder, units: list, keep_first: bool) -> list:
    """A sentence about a letter of recommendation ("Got LOR from Dr. Morales") is no act of the applicant's:
    it goes after the acts and the result, never between them (rules/rewrite/slots.toml [order] letter)."""
    patterns = builder.rw.data.get("order", {}).get("letter", [])
    moving = [u for index, u in enumerate(units) if not (keep_first and index == 0) and u.slot in ("actions", "load")
              and any(re.search(p, u.text, re.IGNORECASE) for p in patterns)]
    for unit in moving:
        unit.slot = "result"
    return [u for u in units if u not in moving] + moving


def motivation_last(builder, units: list, keep_first: bool) -> list:
    """A motivation sentence goes last, after the result, in slot "motivation"; the sentence it opens by pointing
    back at goes with it, just before it, unless that one is the header."""
    moving: list = []
    for index, unit in enumerate(units):
        if (keep_first and index == 0) or unit.slot == "setting" or unit in moving or not _motivation(builder, unit):
            continue
        group = [unit]
        span = _span(builder, unit)
        if span is not None and _opens_pointing(span) and index > 0:
            before = units[index - 1]  # the one sentence it points at; what that one points at stays
            if not ((keep_first and index - 1 == 0) or before.slot == "setting" or before in moving):
                group.insert(0, before)
        moving.extend(group)
    for unit in moving:
        unit.slot = "motivation"
    return [u for u in units if u not in moving] + moving


def put_in_order(builder, units: list, keep_first: bool, reorder: bool = True) -> list:
    """The skeleton's sentences in the advisors' order. A list heading is left out (listed); the sentence
    that says the experience happened joins the header when no action comes before it; a letter goes with the
    result and a motivation sentence last; then frame, load, duties and result, each in the draft's order
    (erasl/skeleton_sequence.py)."""
    kept = []
    for index, unit in enumerate(units):
        if not (keep_first and index == 0) and list_heading(builder, unit):
            end = unit.end or unit.start + len(unit.text)
            builder.left_out.append({"text": " ".join(builder.text[unit.start:end].split()),
                                     "reason": "a heading for the list below it: the list says what it did"})
            continue
        kept.append(unit)
    kept = counts_in_place(builder, times_into_the_header(builder, kept, keep_first))
    if not reorder:
        return kept
    from erasl.skeleton_sections import sort_into_sections
    from erasl.skeleton_slots import states_a_date_range, states_a_length, with_readable_dates

    kept = sort_into_sections(builder, kept, keep_first)

    for index, unit in enumerate(kept):
        # the draft's dates line ("01/2022-12/2022 (12 mos: ...)"): part of the header, never moved into the body
        span = _span(builder, unit)
        if unit.slot != "setting" and index <= 1 and (states_a_date_range(unit.text) or states_a_length(unit.text)) \
                and span is not None and not any(t.pos_ == "VERB" for t in span):
            unit.slot = "setting"
            unit.text = with_readable_dates(unit.text)  # "01/2022-12/2022" -> "January 2022-December 2022"
        elif unit.slot == "setting" and index > 0 and _an_act_somewhere_unnamed(builder, unit):
            unit.slot = "actions"  # "Gave 2 talks at the dept. seminar": the applicant's work, not where
    for unit in sorted(kept, key=lambda u: u.start):  # the draft's first sentence after its header, wherever it is
        if unit.slot == "setting":
            continue
        if unit.slot == "actions" and _says_the_experience(builder, unit):
            unit.slot = "setting"  # said beside the opening, before the load
        break  # only the first sentence after the header may be the experience's own
    from erasl.skeleton_sequence import in_advisors_sequence

    # frame, load, duties, result, each in the draft's order, nothing torn from what it belongs to
    return in_advisors_sequence(builder, motivation_last(builder, letter_last(builder, kept, keep_first), keep_first),
                                keep_first)


def times_into_the_header(builder, units: list, keep_first: bool) -> list:
    """A date or a length said on its own ("from 02/2021 to 07/2021; 6 months; I was in charge of ...") joins the
    draft's own header line: "..., Cameroon, from February 2021 to July 2021 (6 months)." It is never left as a
    stray fragment in the body ("Managed 6 to 8 beds. 6 months.")."""
    from erasl.skeleton_slots import only_a_time, readable_dates, states_a_date_range, with_readable_dates

    if not keep_first or not units or units[0].slot != "setting":
        return units
    header, rest = units[0], []
    for unit in units[1:]:
        end = unit.end or unit.start + len(unit.text)
        if not only_a_time(builder.text[unit.start:end]) or not only_a_time(unit.text):
            rest.append(unit)
            continue
        said = with_readable_dates(unit.text.strip().rstrip(".;,"))  # "Mar 2019 - Aug 2020" -> "March 2019-August 2020"
        said = said[:1].lower() + said[1:] if re.match(r"(?:From|Since|Between|For|During)\b", said) else said
        line = header.text.rstrip().rstrip(".;,")
        dated = states_a_date_range(line) or readable_dates(line) is not None or re.search(r"\b(?:19|20)\d\d\b", line)
        if dated and not states_a_date_range(said) and not re.search(r"\b(?:19|20)\d\d\b", said):
            header.text = f"{line} ({re.sub(r'^(?:for|during) ', '', said)})."  # a length beside the dates
        else:
            header.text = f"{line}, {said}."
    return [header] + rest


def counts_in_place(builder, units: list) -> list:
    """The count an entry most needs, asked where the draft names the thing with no number or a vague one
    ("In-depth interviews were conducted" -> "[N] in-depth interviews were conducted", "saw huge no. of patients"
    -> "saw [N] patients per clinic day"), never as a line of its own that repeats it (rules/rewrite/slots.toml
    [[counts-in-place]])."""
    done: set[str] = set()
    for spec in builder.rw.data.get("counts-in-place", []):
        if spec["find"] in done or spec.get("unless") and re.search(spec["unless"], builder.text, re.IGNORECASE):
            continue
        for unit in units:
            if spec.get("where") and not re.search(spec["where"], unit.text, re.IGNORECASE):
                continue
            found = re.search(spec["find"], unit.text, re.IGNORECASE)
            if found is None:
                continue
            said = found.expand(spec["say"])
            if found.start() == 0 or re.search(r"[.!?]\s*$", unit.text[:found.start()]):
                said = said[:1].upper() + said[1:]  # it opens the sentence
            if found.group(0)[:1].isupper() and found.start() == 0:
                # "In-depth interviews ..." -> "[N] in-depth interviews ...": the capital was the sentence's
                said = re.sub(r"^(\[N\] )([A-Z])(?=[a-z])", lambda m: m.group(1) + m.group(2).lower(), said)
            unit.text = unit.text[:found.start()] + said + unit.text[found.end():]
            done.add(spec["find"])
            break
    return units


def strong_entry(builder, units: list) -> bool:
    """The entry already has what advisors ask for, read from the profile and the kept sentences: a number
    beyond its dates (a load or a scale), two or more of the applicant's own actions, and a result. Such an
    entry is tightened only: no reordering, no prompts (review 12 item 10)."""
    dates = [f for f in builder.profile.time_frame if f.start is not None]
    counted = [c for c in builder.profile.counts if c.start is not None
               and not any(d.start <= c.start < (d.end or d.start) for d in dates)
               and not (builder.profile.dates_words is not None and builder.profile.dates_words.start is not None
                        and builder.profile.dates_words.start <= c.start < builder.profile.dates_words.end)]
    kept = [(u.start, u.end or u.start + len(u.text)) for u in units]

    def in_kept(at) -> bool:
        return at is not None and any(s <= at < e for s, e in kept)

    own_actions = [a for a in builder.profile.actions if in_kept(a.start)
                   and a.group not in ("observer", "underselling")]
    result = any(u.slot == "result" for u in units)
    return len([c for c in counted if in_kept(c.start)]) >= 2 and len(own_actions) >= 2 and result
