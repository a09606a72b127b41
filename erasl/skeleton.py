"""The rewrite skeleton of an experience: the applicant's own draft, restructured.

Built from the entry profile (erasl/profile.py) and the facts read from it
(erasl/facts.py). The draft's sentences are kept in their own words, with
every number and name, and only changed where a rule says how:

- flagged filler and trait claims are cut (the clause that carries them, or
  the whole sentence when nothing else is in it) and listed with the reason;
- "had the opportunity to present" and "was responsible for managing" become
  the verb itself; vague quantities become [N]; passive work becomes a choice
  of role ("[Analyzed/helped analyze] data"); weak verbs a choice that keeps
  the draft's meaning ("[Joined/observed]");
- the applicant's verbs take the experience's tense (present when ongoing),
  inflected by lemminflect;
- negation and everything else the draft says stays as written.

Then the sentences are put in the order advisors teach: an opening line
(length, setting, specialty and type, where; built from the profile), the
patient load, what the applicant did, and the result. A [placeholder] stands
only for what the draft does not say, and names what to add; an activity the
draft does not mention is offered as "[Only if true:] ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from erasl.profile import applicant_subjects
from erasl.grammar_slips import end_of_a_range, to_then_adjective
from erasl.skeleton_wording import say_missing_articles, say_wording_fixes
from erasl.skeleton_involvement import shared_verbs
from erasl.skeleton_nominal import changes_said, join_same_verb, nominal_categories, nominal_fragment, record_change
from erasl.diagnostics import Diagnostic, Severity
from erasl.document import MONTH_NAMES
from erasl.grammar import BULLET_MARKS, plural_after_an_opening_verb
from erasl.nlp import plural_of_a_noun
from erasl.skeleton_edits import (applicant_in_third_person, filler_owns_sentence, first_person_edits, front_passive, grammar_problem, leaves_a_reference,
                                  perfect_counts, plain_opening, progressive_edits, recheck, reconcile, split_actions,
                                  trait_intro, vet_edits)

# Verbs that only say the experience happened ("I did an observership at ..."): a sentence whose other
# words the opening line already says is not repeated.
_HAPPENED = {"do", "complete", "have", "be", "work", "spend", "rotate", "join", "undertake", "attend", "get",
             "finish", "start", "begin", "serve", "participate", "volunteer", "take"}
# Nouns that name the experience itself, not a fact of it.
_GENERIC = {"experience", "rotation", "time", "week", "weeks", "month", "months", "year", "years", "i", "my",
            "program", "placement", "clinical", "opportunity", "part", "period", "course", "role", "job", "position", "day", "days"}
_LOAD_UNITS = {"patient", "patients", "pts", "pt", "case", "cases", "call", "calls", "encounter", "encounters",
               "visit", "visits", "chart", "charts", "client", "clients", "admission", "admissions", "bed", "beds",
               "consult", "consults", "adult", "adults", "child", "children", "people", "student", "students",
               "caller", "callers", "family", "families", "shift", "shifts"}
# a line of thanks to a titled mentor ("I am grateful to Dr. Hosseini for her mentorship and guidance"): the name is
# a fact of the entry, said "Mentored by Dr. Hosseini."
_MENTORING = re.compile(r"(?i)\b(?:supervision|mentorship|mentoring|guidance)\b")
_THANKED_MENTOR = re.compile(r"\b(?:to|thank)\s+(?P<who>(?:Dr|Prof|Professor)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_SUPERVISION = re.compile(r"(?i)^(?:the\s+|my\s+)?(?:supervision|mentorship|mentoring|guidance|oversight)(?:\s+of\s+"
                          r"(?:the|this|my)\s+(?:work|project|research|study))?\s+(?:was|were|is)\s+(?:kindly\s+)?"
                          r"(?:provided|given|offered|done)\s+by\s+(?P<who>(?:Dr\.?|Prof\.?|Professor|Mr\.?|Ms\.?|Mrs\.?)?\s*"
                          r"[A-Z][^.;]*(?:\.\s*[A-Z][a-z]*\.?)?[^.;]*)\.?$")
_PROJECTS = {"research", "study", "project", "trial", "audit", "survey", "review", "analysis"}
_TELLING_VERBS = {"present", "write", "publish", "report", "describe", "submit", "author", "co-author", "draft"}
# a count that is a rank, not a number of patients ("first call", "3rd-yr students")
_ORDINAL = re.compile(r"(?i)\s*(?:first|second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th))\b")
_LOAD_ASKED = re.compile(r"\[N\]\s+(?:[\w-]+\s+){0,4}?(?:" + "|".join(sorted(_LOAD_UNITS)) + r")\b")
# A length with a number in it ("for two years", "6 weeks"), unlike "for many years"
_COUNTED = re.compile(r"(?i)(?:\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an))[\s-]*"
                      r"(?:days?|weeks?|months?|years?|wks?|mos?|yrs?)\b")
# A hospital's sentence that tells the load its services carry: admissions or calls, and how often
_SERVICE_LOAD = re.compile(r"(?i)\b(?:admissions?|admits|admitting|calls?|on[- ]call|intake|take)\b")
_HOW_OFTEN = re.compile(r"(?i)\b(?:once|twice|every|each|per|daily|weekly|nightly|\d+ times)\b|\bin (?:\w+|\d+) days\b")
# Verbs of thinking and feeling keep their tense (T101 never judges them).
_TIMELESS = {"believe", "think", "feel", "hope", "enjoy", "love", "like", "want", "wish", "know", "remember",
             "consider", "find"}
# -ing words English uses as prepositions ("experience regarding management"): never the verb a filler leads into.
_PREPOSITION_FORMS = {w: True for w in ("regarding", "concerning", "according", "excluding", "pertaining")}
_INTRO_WORDS = {"during", "in", "at", "while", "as", "throughout", "over", "for", "on"}
_FOLLOWING_PREPS = {"to", "in", "for", "with", "of", "on"}
_COMPLEMENTS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}  # what a verb needs after it


def inflect(lemma: str, tense: str) -> str:
    """`lemma` in the skeleton's tense: past 'write' -> 'wrote'; present keeps the fragment's form 'write'.

    lemminflect does the English; a hyphenated verb inflects its last part ('co-lead' -> 'co-led').
    """
    if tense != "past" or not lemma:
        return lemma
    if "-" in lemma.strip("-"):
        head, _, last = lemma.rpartition("-")
        return f"{head}-{inflect(last, tense)}"
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="VBD")
    return forms[0] if forms else lemma


def _form_like(lemma: str, token) -> str | None:
    """`lemma` in the form `token` has ('helped' -> 'coached', 'helps' -> 'coaches'), so a choice's two
    alternatives read alike; None when lemminflect has no such form."""
    from lemminflect import getInflection

    if token.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBN"):
        return None
    forms = getInflection(lemma, tag=token.tag_)
    return forms[0] if forms else None


def _lemma(word: str) -> str | None:
    """The dictionary form of a verb as lemminflect reads it ('enrolled' -> 'enroll')."""
    from lemminflect import getLemma

    found = getLemma(word.lower(), upos="VERB")
    return found[0] if found else None


def _like(word: str, model: str) -> str:
    """`word` with the capitalisation of `model` (first letter only)."""
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@dataclass
class Unit:
    """One sentence of the draft as the skeleton keeps it."""

    text: str
    start: int
    slot: str = "actions"  # setting | load | actions | result | motivation
    end: int = 0  # where the draft's sentence ends
    categories: set[str] = field(default_factory=set)
    # a sentence of the skeleton's own in place of the draft's, which is listed as left out ("Mentored by Dr. X."
    # for a line of thanks to Dr. X)
    replaces: bool = False


_TIME_UNITS = frozenset({"wk", "wks", "mo", "mos", "yr", "yrs"})


def _a_month(word: str) -> bool:
    """The word is a month's name or its abbreviation ("Jun", "Sept", "March")."""
    from erasl.skeleton_slots import month_number

    return month_number(word) is not None


class _Edits:
    """Non-overlapping replacements in the entry's text (the first one to claim a span wins)."""

    def __init__(self):
        self.items: list[tuple[int, int, str]] = []
        # what each edit is: "cut" (filler words taken out whole), "fix" (a rule's safe fix, [N] for a vague
        # quantity) or "rewrite" (anything that changes the draft's words); the final check may undo rewrites
        self.kinds: dict[tuple[int, int], str] = {}

    def add(self, start: int, end: int, text: str, kind: str = "rewrite") -> bool:
        if any(start < e and s < end or (start == end == s) for s, e, _ in self.items):
            return False
        self.items.append((start, end, text))
        self.kinds[(start, end)] = kind
        return True

    def cover(self, start: int, end: int, text: str, kind: str = "rewrite") -> bool:
        """Replace start:end whole, dropping the edits inside it (a cut phrase takes its own repairs along)."""
        inside = [(s, e, r, self.kinds.get((s, e), "rewrite")) for s, e, r in self.items
                  if start <= s and e <= end and (s, e) != (start, end)]
        for s, e, r, _ in inside:
            self.items.remove((s, e, r))
            self.kinds.pop((s, e), None)
        if self.add(start, end, text, kind):
            return True
        for s, e, r, k in inside:  # something else overlaps: everything stays as it was
            self.items.append((s, e, r))
            self.kinds[(s, e)] = k
        return False

    def apply(self, text: str, start: int, end: int, kinds: set[str] | None = None) -> str:
        out = text[start:end]
        for s, e, replacement in sorted(self.items, reverse=True):
            if start <= s and e <= end and (kinds is None or self.kinds.get((s, e)) in kinds):
                out = out[:s - start] + replacement + out[e - start:]
        return out


def build_skeleton(rewriter, entry, doc, facts, diagnostics: list[Diagnostic], suggestion, every_diagnostic=()):
    """Fill `suggestion` with the skeleton of one experience entry that has warnings (`diagnostics`: those
    it rewrites; `every_diagnostic`: notes too, such as an entry about the organisation)."""
    from erasl.rewrite import _tidy, fill_placeholders

    profile = entry.profile
    tense = _tense(profile)
    builder = _Builder(rewriter, entry, doc, facts, diagnostics, suggestion.left_out, tense)
    builder.every_diagnostic = list(every_diagnostic)
    template_name = builder.fitting_template(rewriter.template_for_profile(facts, profile, doc))
    suggestion.template = template_name
    template = rewriter._template(template_name)
    context = builder.context([], template_name)

    own_opening = False  # the draft's first sentence already says length/type/where: it is the opening

    def render() -> tuple[str, str]:
        opening, _, body = template.render(**context).partition("¶")
        if own_opening:
            return "", _tidy(body)
        return _tidy(opening), _tidy(opening + " " + body)

    template_opening = render()[0]
    kept_left_out = len(suggestion.left_out)

    def read_units(opening: str) -> list[Unit]:
        del suggestion.left_out[kept_left_out:]
        builder.reset(opening)
        found = builder.units()
        # a sentence that only repeats what the opening line says ("I did an observership at X") is not repeated;
        # nor is the draft's own header sentence, which the opening line composed from the profile now says
        kept = [u for u in found if not (opening and builder.said_in(u, opening))]
        if opening and kept and builder.repeats_the_header(kept[0], opening):
            unit = kept.pop(0)
            suggestion.left_out.append({"text": " ".join(builder.text[unit.start:unit.end or unit.start + len(unit.text)].split()),
                                        "reason": "the opening line says it: the role, where and when"})
        return kept

    # the draft's own first sentence opens the skeleton when it already says length/type/where (kept whole,
    # its "For two years" too); else the template's opening line does
    units = read_units("")
    own_opening = builder.opens_with_setting(units)
    if own_opening and len(units[0].text.split()) > 30 and builder.missing_slots(units[0].text):
        # a long first sentence that lacks the dates or hours ("Volunteered with ... where we went to the villages
        # near the lake to educate ..."): the opening line is composed from the profile, with a named placeholder
        # for what it lacks, and the draft's sentence follows it; never placeholders stuck on after 40 words
        own_opening = False
    if not own_opening:
        units = read_units(template_opening)
    if own_opening and units:
        from erasl.skeleton_slots import with_readable_dates

        units[0].slot = "setting"  # the draft's own opening stays first, before any load line
        slots = builder.missing_slots(units[0].text)
        units[0].text, slots = _dates_for_a_vague_time(units[0].text, slots)
        units[0].text = with_readable_dates(_with_slots(units[0].text, slots, builder.where_words()))
    since = 0  # every sentence left out keeps its facts, whichever step left it out
    units = builder.one_line_for_the_place(units, keep_first=own_opening)
    from erasl.skeleton_others import one_line_for_others

    units, builder.someone_else = one_line_for_others(builder, units, keep_first=own_opening)
    units = recheck(builder, units, keep_first=own_opening)  # erasl's own detectors, run on the skeleton's sentences
    units = _evaluation_out_facts_kept(builder, units, since, keep_first=own_opening)
    from erasl.skeleton_order import put_in_order, strong_entry

    strong = own_opening and strong_entry(builder, units)
    # header, load, actions, result; a strong entry keeps its order (only a list's heading goes)
    units = put_in_order(builder, units, keep_first=own_opening, reorder=not strong)
    units = join_same_verb(builder, units)  # "Attended morning conferences and the professor's rounds."
    from erasl.skeleton_nominal import one_clause_for_watching

    units = one_clause_for_watching(builder, units)  # "Shadowed X. Watched Y. Observed Z." -> one verb, one clause
    from erasl.skeleton_counted_list import punctuate_counted_lists

    units = punctuate_counted_lists(builder, units)  # "four departments medicine surgery and ..." -> a list
    from erasl.skeleton_vague_help import ask_what_was_done

    units = ask_what_was_done(builder, units)  # "Helped doctors." -> "Helped doctors [with what: ...]."
    context = builder.context(units, template_name)
    if strong:
        # a strong entry (its own header, a counted load, the applicant's actions, a result) is only tightened:
        # its order stays and nothing is asked of it
        in_order = sorted(units[1:], key=lambda u: u.start)  # the draft's own order, after its header
        context.update(prompts_allowed=False, result_allowed=False, load_counted=True, where=[units[0].text],
                       load=[], actions=[u.text for u in in_order], results=[], motivation=[])
    opening, text = render()
    builder.list_the_rest()
    suggestion.not_rewritten[:] = builder.not_rewritten
    limit = suggestion.limit

    def over(text: str) -> bool:
        """Over the box as shown, or once filled in as the applicant will paste it ("[Presented/helped present]"
        is one verb): neither is ever longer than the box."""
        return bool(limit) and max(len(text), len(fill_placeholders(text))) > limit

    reason = f"over the {limit}-character limit"
    # Over the box, in the order advisors cut (rules/rewrite/slots.toml [length]): praise of a supervisor and
    # vague phrases inside sentences, then sentences kept with their filler, then prompts, then the
    # applicant's own actions, fewest facts first. Everything cut is listed, never silently.
    if over(text):
        builder.trim_for_length(context, units, reason)
        opening, text = render()
    from erasl.skeleton_slots import concrete_words
    from erasl.skeleton_guard import vague_reason
    from erasl.skeleton_concrete import names_concrete_work

    cut: list[tuple[int, str, int, str, int]] = []  # (weight, slot, index, text, position) of each sentence cut

    def concrete(unit) -> bool:
        """A fact (number, name, list) or named work (procedure, person, setting): cut only after the prompts.
        A sentence kept with its filler ("my own knowledge was strengthened ... for my USMLE Step 1 preparation")
        is concrete only by the work it names ("A total of 220 pregnant women were enrolled")."""
        end = unit.end or unit.start
        if unit.start in builder.still_flagged:
            return names_concrete_work(builder, unit.start, end, strict=True)
        return builder.carries_facts(unit.start, end) or names_concrete_work(builder, unit.start, end)

    while over(text):
        # every kept sentence but the draft's own opening, with how much concrete it says
        # (a sentence still carrying its filler counts half: "a golden opportunity to get familiar with X")
        # the applicant's own sentences ("I", or a résumé fragment) weigh double: a sentence about the project
        # or the hospital goes before the applicant's role
        # a sentence with a number or a name goes only when nothing else is left to cut, a result with one last
        # (skeleton_concrete: a procedure, person, setting or count named in words counts as a fact too)
        kept = [(concrete_words(rewriter.nlp, u.text, rewriter.data) * (2 if builder.about_the_applicant(u) else 1)
                 // (2 if u.start in builder.still_flagged else 1)
                 + ((150 if key == "results" else 100) if concrete(u) else 0),
                 -i, key, u.text)
                for i, u in enumerate(units) if not (own_opening and u is units[0])
                for key in ("where", "load", "actions", "results", "motivation") if u.text in context[key]]
        vaguest = min(kept) if kept else None
        # before the prompts go: a vague sentence, or one about something else that states no fact ("This
        # showed me why rapport matters"); the prompts ask for the work an entry like this lacks
        unit_of = {u.text: u for u in units}
        hollow = [k for k in kept if k[0] <= 1 or k[3] in unit_of and not concrete(unit_of[k[3]]) and (
                  unit_of[k[3]].start in builder.still_flagged  # kept with its filler ("my knowledge was strengthened")
                  or not builder.about_the_applicant(unit_of[k[3]]))]
        if hollow and context["result_allowed"]:
            vaguest = min(hollow)
        if vaguest is not None and (vaguest in hollow or not context["result_allowed"]) and len(kept) > 1:
            # a vague sentence (a trait, a feeling, filler kept for one fact) goes before prompts; the
            # applicant's concrete work goes last, the one saying least first
            weight, position, key, dropped = vaguest
            cut.append((weight, key, context[key].index(dropped), dropped, position))
            context[key].remove(dropped)
            # a sentence left out is no longer "kept as written"; one kept with its filler is left out for it
            unit = units[-position]
            written = " ".join(builder.text[unit.start:unit.end or unit.start + len(unit.text)].split())
            why = next((item["reason"].split(": ", 1)[1] for item in suggestion.not_rewritten
                        if item["text"] == written and item["reason"].startswith("still says") and ": " in item["reason"]),
                       None) if unit.start in builder.still_flagged else None
            # listed in the draft's own words, never with the skeleton's [N] in them; a sentence cut first for
            # saying nothing concrete is listed for that, not only for the box ("This year permits me to be more
            # autonomous")
            vague = vaguest in hollow and not builder.carries_facts(unit.start, unit.end or unit.start)
            suggestion.left_out.append({"text": written, "reason": f"{why.rstrip('.')}; also over the {limit}-character limit"
                                        if why else vague_reason(builder, unit, limit) if vague else reason})
            suggestion.not_rewritten[:] = [item for item in suggestion.not_rewritten if item["text"] != written]
        elif context["prompts_allowed"] and context["prompt_limit"] > 1:
            context["prompt_limit"] -= 1  # one "[Only if true:]" line fewer before none at all
        elif context["prompts_allowed"]:
            context["prompts_allowed"] = False
        elif context["result_allowed"]:
            context["result_allowed"] = False  # the prompts go before any sentence of the draft with facts
        else:
            break
        opening, text = render()
    # never more cut than the box needs: a sentence cut while the prompts were still there comes back when it
    # fits now, the one saying most first
    for _, key, index, dropped, position in sorted(cut, key=lambda c: -c[0]):
        context[key].insert(index, dropped)
        opening, text = render()
        if over(text):
            context[key].remove(dropped)
            opening, text = render()
            continue
        unit = units[-position]
        written = " ".join(builder.text[unit.start:unit.end or unit.start + len(unit.text)].split())
        suggestion.left_out[:] = [item for item in suggestion.left_out
                                  if not (item["text"] == written and item["reason"].endswith(f"{limit}-character limit"))]
    # the box holds the skeleton as shown too: "[Only if true:]" lines go, one at a time, before it overflows
    while limit and len(text) > limit and context["prompts_allowed"]:
        if context["prompt_limit"] > 0:
            context["prompt_limit"] -= 1
        else:
            context["prompts_allowed"] = False
        opening, text = render()
    suggestion.text = text
    suggestion.changed = changes_said(builder, text)
    reconcile(suggestion)
    from erasl.skeleton_guard import quote_as_shown

    quote_as_shown(suggestion, builder, units)
    return suggestion


def build_reflection(rewriter, entry, doc, facts, diagnostics: list[Diagnostic], suggestion):
    """A most-meaningful reflection (at most 300 characters), restructured toward the moment, what the
    applicant did and why it changed them. Its own sentences stay, in order, with every number, place and
    acronym; filler, clichés and trait claims are cut (and listed), and a sentence left hollow by the cut
    ("This experience made me.") goes whole. What a left-out cliché was about ("Working with refugees")
    is kept as its topic. Each part of the scaffold (one patient or moment, what you did, why it changed
    you) is asked for where the reflection lacks it; an activity list lacks the first and the last. Over
    the box, the reflection's last sentences go first (listed), never the scaffold."""
    from erasl.rewrite import _tidy
    from erasl.skeleton_slots import a_moment, carries_facts, hollow, topic_of

    # a reflection tells a past event in the past ("I updated the family") and the change in the present ("Now I
    # sit down"): the present of what the applicant does now stays, the event is never moved into it
    tense = "present" if entry.profile.ongoing else "past"
    builder = _Builder(rewriter, entry, doc, facts, diagnostics, suggestion.left_out, tense)
    builder.reflection = True
    since = 0
    units = recheck(builder, builder.units())  # erasl's own detectors, run on the skeleton's sentences
    units = _evaluation_out_facts_kept(builder, units, since)
    data = rewriter.data
    for unit in list(units):
        written = entry.text[unit.start:unit.end or unit.start + len(unit.text)].strip()
        # a sentence left hollow by a cut cliché goes; one whose front words (a hedge: "I think that") were
        # cut is the applicant's own clause and stays
        if unit.text.strip() != written and not written.endswith(unit.text.strip()[1:]) \
                and hollow(rewriter.nlp, unit.text, data):
            units.remove(unit)
            suggestion.left_out.append({"text": written, "reason": "nothing concrete left once the cliché is cut"})
    builder.list_the_rest()
    suggestion.not_rewritten[:] = builder.not_rewritten
    suggestion.template = rewriter.template_for(facts)  # the reflection's own sentences, kept in its place
    missing = rewriter.lacks_required(entry, doc, [(u.start, u.end) for u in units])

    def own_text(kept: list[Unit]) -> str:
        return " ".join(u.text for u in sorted(kept, key=lambda u: u.start))

    own = own_text(units)
    # the topic of a sentence left out whole ("Working with refugees was a humbling journey"), unless kept
    topic = None
    kept_spans = [(u.start, u.end or u.start + len(u.text)) for u in units]
    for start, end in builder.sentences():
        if any(s <= start < e for s, e in kept_spans):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        found = topic_of(span, data) if span is not None else None
        if found and found.lower() not in own.lower():
            topic = found
            break
    # the setting the draft names, even in a sentence left out ("the pediatric oncology ward"), stays in the prompt
    setting = ""
    for fact in list(facts.settings) + list(facts.institutions) + list(facts.places):
        if fact.start is None or fact.text.lower() in own.lower() or topic and fact.text.lower() in topic.lower():
            continue
        chunk = next((c for c in doc.noun_chunks if c.start_char <= fact.start < c.end_char), None)
        words = [t.text for t in chunk if t.pos_ not in ("DET", "PRON")] if chunk is not None else [fact.text]
        setting = "the " + " ".join(words) if chunk is not None else fact.text  # "the pediatric oncology ward"
        break
    template = rewriter._template(suggestion.template)
    limit = suggestion.limit or 10 ** 6
    # the scaffold an advisor asks for, each part only where the reflection lacks it: one patient or moment
    # ("a 9-year-old with DKA", "A farmer on my ward refused ..."), what the applicant did ("I ran the drip"),
    # what they do differently since
    person = "|".join(_PATIENTS)
    kept_doc_spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in kept_spans]

    def lacks(kept: list[Unit], own: str) -> dict:
        return {
            # a patient the draft names ("Mr. L", "Am Sayed") is the moment: never asked for again
            "moment": not re.search(rf"(?i)\b(?:a|an|one|this|that|my first)\s+(?:[\w-]+\s+){{0,3}}?(?:\d+[- ]year[- ]old|{person})\b", own)
            and not any(span is not None and a_moment(span) for span in kept_doc_spans)
            and not _names_a_patient(own),
            "did": not any(_a_deed(a) and in_kept(a, kept) for a in entry.profile.actions)
            and not any(_a_duty_of_mine(span) for span in kept_doc_spans if span is not None),
            # what changed: the reflection rule (M101) reads it; only the kept sentences count, and a sentence cut
            # whole as a trait claim or cliché ("Since then I feel I am more compassionate") was the draft's
            # "why": it is asked for again, in words of the applicant's own. A realisation ("I understood how
            # important teamwork is") is no change: what the applicant does now is asked for unless a kept
            # sentence says it ("I now ask every patient ...")
            # a kept sentence that marks what the applicant does now ("Now I sit down ...") says it, whatever
            # was cut
            "since": (bool(missing) or cut_a_why or not any(
                _does_now(a, doc) and in_kept(a, kept) for a in entry.profile.actions))
            and not any(_does_now(a, doc, marked=True) and in_kept(a, kept) for a in entry.profile.actions),
        }

    def in_kept(action, kept: list[Unit]) -> bool:
        return action.start is not None and any(u.start <= action.start < (u.end or u.start + len(u.text)) for u in kept)

    cut_a_why = any(re.match(r"F(?:101|104|201|301)\b", item["reason"]) and len(item["text"].split()) >= 6
                    for item in suggestion.left_out)
    given_way: set[str] = set()  # prompts that gave way to the reflection's facts, over the box

    def render(kept: list[Unit]) -> str:
        own = own_text(kept)
        asked = {part: lacking and part not in given_way for part, lacking in lacks(kept, own).items()}
        # the sentences from the first that says what changed on come after the prompts for the moment and
        # what the applicant did: the reflection reads moment -> what you did -> what changed
        ordered = sorted(kept, key=lambda u: u.start)
        turn = next((i for i, u in enumerate(ordered) if i > 0 and says_what_changed(u)), None)
        before, after = (ordered[:turn], ordered[turn:]) if turn is not None else (ordered, [])
        return _tidy(template.render(own=own_text(before), after=own_text(after), missing=missing, acts={},
                                     setting=setting, lacks=asked, topic=topic))

    def says_what_changed(unit: Unit) -> bool:
        """A sentence that says what the applicant does now ("Since then I always sit with the family"): the
        change a reflection is for, never cut to make room for a prompt asking for it."""
        end = unit.end or unit.start + len(unit.text)
        return any(_does_now(a, doc) and a.start is not None and unit.start <= a.start < end
                   for a in entry.profile.actions)

    text = render(units)
    # the draft's own sentences over the box (measured as they stand, never with the prompts): its last sentences
    # with no number or name go first (listed, with their true length); one with facts, or one that says what
    # the applicant does now, stays
    kept = sorted(units, key=lambda u: u.start)
    while len(own_text(kept)) > limit and len(kept) > 1:
        plain = [u for u in kept[1:] if not carries_facts(u.text) and not says_what_changed(u)]
        if not plain:
            break
        dropped = plain[-1]
        suggestion.left_out.append({"text": dropped.text, "reason": f"your sentences are {len(own_text(kept))} "
                                                                   f"characters, over the {limit}-character limit"})
        kept.remove(dropped)
        text = render(kept)
    # the draft's sentences fit, the prompts do not: no sentence of the draft is cut for a prompt; the prompts give
    # way (what you did, the moment, what changed), and the applicant is told what to shorten to make room
    crowded = []
    for prompt in ("did", "moment", "since"):
        if len(text) > limit:
            before = text
            given_way.add(prompt)
            text = render(kept)
            if text != before:
                crowded.append(prompt)
    if len(text) > limit:  # still over: its own sentences, every fact in them
        text = own_text(kept)
    if crowded:
        parts = {"did": "what you did", "moment": "one patient or moment", "since": "what you do differently now"}
        longest = max((u for u in kept if not says_what_changed(u)), key=lambda u: len(u.text), default=None)
        if longest is not None:
            suggestion.not_rewritten.append({
                "text": " ".join(longest.text.split()),
                "reason": f"your sentences take {len(own_text(kept))} of the {limit} characters, leaving no room for "
                          + " and ".join(parts[p] for p in crowded) + ": shorten this one to tell it"})
    suggestion.text = text
    reconcile(suggestion)
    return suggestion


# words that make a present-tense clause true now, so a finished entry's past tense leaves it alone
_STILL_TRUE = frozenset({"today", "now", "still", "currently", "nowadays"})
# Verbs of the mind: a reflection that only realised, learned or wanted something has not yet said what the
# applicant did in the moment it tells of.
_INNER = _TIMELESS | {"understand", "realize", "realise", "learn", "dream", "decide", "wonder", "be", "have",
                      "become", "see", "witness", "observe", "watch", "notice"}


def _a_deed(action) -> bool:
    """Something the applicant did in the moment a reflection tells of ("I biopsied the lesion", "I wrote
    down the letter"), not a thought about it."""
    return action.role or action.group == "hands-on" or (action.tense == "past" and action.lemma not in _INNER)


def _does_now(action, doc, marked: bool = False) -> bool:
    """What the applicant does differently since: a present-tense deed of theirs ("I now ask every patient"),
    or any of their verbs marked as lasting ("since then", "ever since", "today", "still"); `marked`: only
    a verb marked so ("Now I sit down", "Since then I ask")."""
    token = next((t for t in doc if t.idx == action.start), None)
    lasting = token is not None and any(
        c.lower_ in _STILL_TRUE or (c.lower_ == "since" and c.dep_ in ("advmod", "prep") and all(
            _the_moment_told(point) for point in c.children))
        for c in token.children)
    if marked:
        return lasting
    return lasting or (action.tense == "present" and action.lemma not in _INNER)


def _names_a_patient(text: str) -> bool:
    """The reflection names the person its moment is about by a patient's courtesy title ("sitting with Mr. L",
    "Mrs. Okafor asked me"), never a doctor's or a teacher's ("Dr. Patel", "Prof. Ruiz")."""
    return re.search(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z]", text) is not None


def _the_moment_told(point) -> bool:
    """What "since" points back at in a reflection: the moment it told ("since then", "since that night",
    "since this case"), not a date or an age ("since 2019", "since childhood")."""
    return point.lower_ == "then" or any(det.lower_ in ("that", "this") for det in point.children if det.dep_ == "det")


def _a_duty_of_mine(span) -> bool:
    """The applicant's own task in the moment, said as a duty the profile does not read as an act: "I was
    responsible for updating the family", "my job was to translate"."""
    for token in span:
        if token.tag_ == "VBG" and token.head.lower_ in ("responsible", "charge") and token.lemma_.lower() not in _INNER:
            return True
        if token.lower_ == "responsible" and any(c.lower_ == "for" for c in token.children) and any(
                t.tag_ == "VBG" or t.pos_ == "NOUN" for c in token.children if c.lower_ == "for" for t in c.children):
            return True
    return False

# rotations a school or a program sets the length of: a stated length means it has an end, whatever tense the CV
# bullets are in (a job, research or volunteering of "2 years" may still go on)
_FIXED_LENGTH_TYPES = frozenset({"clerkship", "sub-internship", "externship", "observership", "elective",
                                 "tele-rotation", "shadowing"})


def _tense(profile) -> str:
    """Present for an ongoing experience, past for a finished one; unknown: the draft's own majority, else past."""
    if profile.ongoing:
        return "present"
    if profile.ongoing is False:
        return "past"
    if profile.weeks and profile.experience_type in _FIXED_LENGTH_TYPES:
        return "past"  # "Surgery internship rotation, 3 months. I see 10 patients daily": a rotation of a stated length
    # "I think", "I believe", "I feel" are the applicant's today, whatever the experience: they do not vote
    tenses = [a.tense for a in profile.actions if a.tense and a.lemma not in _TIMELESS]
    return "present" if tenses and tenses.count("present") > tenses.count("past") else "past"


class _Builder:
    def __init__(self, rewriter, entry, doc, facts, diagnostics, left_out, tense):
        self.rw = rewriter
        self.entry = entry
        self.text = entry.text
        self.doc = doc
        self.facts = facts
        self.diagnostics = diagnostics
        self.left_out = left_out
        self.not_rewritten: list[dict] = []  # sentences the final check kept as written, with what is left to fix
        self.every_diagnostic: list[Diagnostic] = []  # notes too (set by build_skeleton)
        self.still_flagged: set[int] = set()  # sentences kept with their filler (they carry facts): cut first for length
        self.owned_by_filler: set[int] = set()  # sentences their filler owns though they name something (see reset)
        self.tense = tense
        self.profile = entry.profile
        self.weak = rewriter.data.get("weak-verbs", {})
        self.listed: set[int] = set()  # diagnostics already accounted for (repaired, cut and listed)
        self.opening = ""  # the opening line, once known: an intro phrase that repeats it is cut
        self._done_verbs: set[int] = set()
        self.verb_counts: dict[str, int] = {}  # verbs already rewritten with the words before them
        self.reflection = False  # a most-meaningful reflection: its sentences stay as written, filler cut
        # an entry written about the applicant ("Ms. Alvarez served ... She completed"): who they are, said as "I"
        self.applicant_named = applicant_in_third_person(doc, entry.profile)

    def reset(self, opening: str) -> None:
        """Read the sentences afresh, against this opening line."""
        self.opening = opening
        self.not_rewritten.clear()
        self.still_flagged = set()
        # sentences whose filler owns them though they name something ("Gained valuable exposure to the American
        # health system - EMR (Epic)"): they go whole, listed, never paraphrased into a bracket
        self.owned_by_filler: set[int] = set()
        self.listed = set()
        self._done_verbs = set()
        self.verb_counts = {}

    # --- the draft's sentences ---------------------------------------------------------

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence, also broken at line breaks and semicolons (bullets, run-ons)."""
        spans = []
        lines = [line.strip() for line in self.text.splitlines() if line.strip()]
        # a résumé list pasted without bullets: most lines short and without a full stop, each its own item
        listed = len(lines) >= 3 and sum(len(line) <= 90 for line in lines) * 4 >= len(lines) * 3 \
            and sum(line[-1] in ".!?" for line in lines) * 2 < len(lines)
        for sent in self.doc.sents:
            start = sent.start_char
            # a new line starts a new sentence only after a blank line, before a bullet or after a full stop
            # (a hard-wrapped paragraph reads as one); a semicolon always does
            # also after a full stop the parser missed before a past-tense fragment ("Everett, WA. Interpreted ...")
            breaks = r"\s*\n\s*|" if listed else ""
            for match in re.finditer(breaks + _INLINE_BULLET + r"|\s*(?:\n\s*\n\s*|\n\s*(?=" + _BULLET + r"|\d+[.)]\s)|(?<=[.!?:])\s*\n\s*|;\s+|"
                                     r"(?:(?<=[a-z]{3}\.)|(?<=[A-Z]{2}\.))\s+(?=[A-Z][a-z]+ed\s))", sent.text):
                piece = (start, sent.start_char + match.start())
                spans.append(piece)
                start = sent.start_char + match.end()
            spans.append((start, sent.end_char))
        spans = self._join_abbreviations(spans)
        from erasl.skeleton_edits import split_run_on

        spans = [piece for s, e in spans for piece in split_run_on(self, s, e)]
        spans = [piece for s, e in spans for piece in self._splices(s, e)]
        spans = [(s, e) for s, e in spans if re.search(r"[A-Za-z0-9]", self.text[s:e])]
        table = self.pasted_table()
        if table is not None:
            # a pasted CV table: its header line is never a sentence; its row is the header line (`units`)
            for row_start, row_end in table.rows:
                # each row its own piece: a title line, and its duties a sentence (`units`)
                spans = [piece for s, e in spans for piece in (
                    [(s, row_start), (row_start, row_end), (row_end, e)] if s <= row_start < row_end <= e
                    and (s, e) != (row_start, row_end) else
                    [(s, row_end), (row_end, e)] if s <= row_start < row_end < e else [(s, e)])]
                spans = [(s, e) for s, e in spans if s < e]
            spans = [(s, e) for s, e in spans if not any(rs < s < re_ for rs, re_ in table.rows)]
            spans = [(s, e) for s, e in spans if not (table.header[0] <= s and e <= table.header[1] + 1)]
            spans = [(s, e) for s, e in spans if re.search(r"[A-Za-z0-9]", self.text[s:e])]
        if spans and "\n" in self.text[spans[0][0]:spans[0][1]].strip():
            # a title line with no full stop, then the body: "Rotating Internship - Surgery, Lima\nI rotated ..."
            first_start, first_end = spans[0]
            cut = self.text.index("\n", first_start + len(self.text[first_start:first_end]) -
                                  len(self.text[first_start:first_end].lstrip()))
            rest = cut + len(self.text[cut:first_end]) - len(self.text[cut:first_end].lstrip())
            if self._title_line(first_start, cut):
                spans[0:1] = [(first_start, cut), (rest, first_end)]
        return spans

    def pasted_table(self):
        """The draft's pasted CV table header and row (erasl/skeleton_slots.py `pasted_table`), else None."""
        from erasl.skeleton_slots import pasted_table

        return pasted_table(self.text, self.rw.data)

    def _join_abbreviations(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A piece that ends on an abbreviation's full stop ("I saw approx.", "a Govt.") goes on into the next
        piece ("50-60 patients", "Medical college"), and so does one the parser ended with no stop at all."""
        words = set(self.rw.data.get("abbreviations", {}).get("words", []))
        joined: list[tuple[int, int]] = []
        for start, end in spans:
            if joined and not re.search(r"[.!?;:\n]", self.text[joined[-1][1]:start]) \
                    and not re.search(r"[.!?;:\n]\W*$", self.text[joined[-1][0]:joined[-1][1]]) \
                    and not re.match(r"\s*" + _BULLET, self.text[start:end]):
                # the parser's boundary with no stop at all ("... | Great Lakes | Kidney Care, Ohio"): one line
                joined[-1] = (joined[-1][0], end)
                continue
            if joined:
                previous = self.text[joined[-1][0]:joined[-1][1]].rstrip()
                last = re.search(r"([\w./]+)\.$", previous)
                following = self.text[start:end].lstrip()[:1]
                if last and _a_month(last.group(1)) and re.match(r"\s*(?:19|20)\d\d\b", self.text[start:end]) \
                        and "\n" not in self.text[joined[-1][1]:start]:
                    joined[-1] = (joined[-1][0], end)  # "Apr.-Jun." | "2023.": the year is the range's own
                    continue
                if last and last.group(1).lower() in _TIME_UNITS and following.isupper() \
                        and re.search(r"\d\s*" + re.escape(last.group(0)) + "$", previous):
                    joined.append((start, end))  # "4 wks." | "Carry 4-5 pts": a length ends the header
                    continue
                if last and last.group(1).lower() in words and following and not following in _BULLETS \
                        and "\n" not in self.text[joined[-1][1]:start]:
                    joined[-1] = (joined[-1][0], end)
                    continue
            joined.append((start, end))
        return joined

    def _correct_wording(self, start: int, end: int, edits: _Edits) -> None:
        """Translated wording that has exactly one US form (a rule's `corrections`: G101 in rules/idiom.toml)
        is said that way: "since 2 years" -> "for 2 years", "participated to" -> "participated in"."""
        from erasl.checks.phrases import rule_correction

        for d in self.every_diagnostic:
            if not start <= d.start < end or d.code not in self.rw.rules:
                continue
            found = rule_correction(self.rw.rules[d.code], self.text, d.start, end)
            if found is not None:
                until, said, words = found
                if edits.add(d.start, until, said, "fix"):
                    record_change(self, words, said)

    def _splices(self, start: int, end: int) -> list[tuple[int, int]]:
        """A run-on of comma splices ("..., it was a home for the elderly, I helped the nurses ..., this
        experience was heartwarming ...") read as its clauses: a comma, then a subject of its own ("I", "we",
        "it", "this experience") with a finite verb, after a clause with a finite verb. Each clause is then kept,
        repaired or left out on its own."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 12:
            return [(start, end)]
        pieces, begin = [], start
        for comma in span:
            if comma.text != "," or comma.i + 2 >= span.end:
                continue
            after = comma.i + 1
            if self.doc[after].lower_ in ("and", "but", "so", "or", "yet"):
                continue  # ", and I ask ...": a compound sentence, not a splice
            while after < span.end - 1 and self.doc[after].lower_ in ("also", "then") and after - comma.i <= 2:
                after += 1
            subject = next((t for t in self.doc[after:min(after + 3, span.end)]
                            if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.left_edge.i == after), None)
            if subject is None or self.doc[after].lower_ not in _SPLICE_SUBJECTS:
                continue
            verb = subject.head
            finite = verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)
            if not finite or verb.i < subject.i or verb.dep_ in ("relcl", "acl", "xcomp") \
                    or any(c.dep_ == "mark" for c in verb.children):
                continue  # "..., because it was", "..., who I met": a clause that hangs on the one before
            left = self.doc.char_span(begin, comma.idx, alignment_mode="expand")
            if left is not None and left[0].lower_ in _SUBORDINATORS and left[0].dep_ == "mark":
                continue  # "Since I don't speak Punjabi, my job was ...": the first clause hangs on the second
            # the clause before the comma stands alone: a finite verb of its own main clause, not one inside
            # "In the clinic where I was doing my internship," or "When the risk was high,"
            main = left is not None and any(
                (t.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                         for c in t.children))
                and t.dep_ not in ("relcl", "acl") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in t.children)
                for t in left)
            if left is None or len([t for t in left if t.is_alpha]) < 4 or not main or span.end - after < 4:
                continue
            pieces.append((begin, comma.idx))
            begin = self.doc[after].idx
        pieces.append((begin, end))
        return pieces

    def units(self) -> list[Unit]:
        outcome_spans = [(f.start, f.end) for f in self.facts.outcomes]
        found: list[Unit] = []
        seen: set[str] = set()
        left_out_piece = None  # (end, text) of the piece just left out: a splice's next piece may point at it
        table = self.pasted_table()
        if table is not None and not self.reflection:
            self.left_out.append({"text": " ".join(self.text[table.header[0]:table.header[1]].split()),
                                  "reason": "a pasted table's header: its row below says the role, place and dates"})
        for start, end in self.sentences():
            row = next((r for r in table.rows if start <= r[0] < end), None) if table is not None else None
            if row is not None:
                # a pasted table's row: its title line (the first row's is the header), then its duties
                from erasl.skeleton_slots import cell_spans, table_row_duties, table_row_header

                duties = table_row_duties(self.text, table, row)
                # the row's cells in US wording ("Intern-doctor (internatura)" -> "(internship)"), its duties apart
                edits = _Edits()
                for (cell_start, cell_end), column in zip(cell_spans(self.text, *row), table.columns):
                    said_cell = self.unit(cell_start, cell_end) if column in ("role", "place") else None
                    if said_cell is not None and "|" not in said_cell.text:
                        edits.add(cell_start, cell_end, said_cell.text.strip().rstrip("."))
                corrected = edits.apply(self.text, row[0], row[1])
                title = table_row_header(corrected, table, (0, len(corrected)))
                said = self.unit(*duties) if duties is not None else None
                work = said.text.strip() if said is not None else ""
                if work and not found:
                    # the first row: its title line is the header, its duties the sentence right after it
                    title = f"{title} {work[:1].upper()}{work[1:]}"
                elif work:
                    # a later row: the post and its duties in one sentence ("Duty doctor, ...: reception of ...")
                    title = f"{title.rstrip('.')}: {work[:1].lower() if work[1:2].islower() else work[:1]}{work[1:]}"
                title = title if title.endswith((".", "!", "?")) else title + "."
                found.append(Unit(title, start, "setting" if not found else "actions", end))
                seen.add(re.sub(r"\W+", " ", found[-1].text.lower()).strip())
                continue
            if left_out_piece is not None and start - left_out_piece[0] <= 6 \
                    and "," in self.text[left_out_piece[0]:start] and not self.carries_facts(start, end) \
                    and leaves_a_reference(self, self.text[start:end], left_out_piece[1]):
                # "I am a go-getter and a team player, | and I bring this attitude to every task": it goes too
                self.left_out.append({"text": " ".join(self.text[start:end].split()),
                                      "reason": "points back at the words left out before it"})
                self.listed.update(id(d) for d in self._overlapping(start, end))
                left_out_piece = (end, self.text[start:end])
                continue
            unit = self.unit(start, end)
            if unit is None:
                left_out_piece = (end, self.text[start:end])
                continue
            left_out_piece = None
            unit.end = end
            key = re.sub(r"\W+", " ", unit.text.lower()).strip()
            if key in seen:
                continue
            seen.add(key)
            if unit.slot == "supervisor":
                unit.slot = "setting"  # beside the opening, after the sentence that says where
            elif not found and (self._names_where(start, end) or self._says_where(start, end)
                                or self._opens_with_role(start, end)):
                unit.slot = "setting"  # the first sentence says where: it may be the opening, whatever else it says
            elif any(s <= start < e or start <= s < end for s, e in outcome_spans):
                unit.slot = "result"
            elif self._is_load(start, end):
                unit.slot = "load"
            elif self._names_where(start, end):
                unit.slot = "setting"  # "During my internship at Cairo University Hospitals I rotated ...": first
            found.append(unit)
        return found

    def opens_with_setting(self, units: list[Unit]) -> bool:
        """True when the draft's first sentence, kept, states where (institution or place) and the draft states
        the length or dates (there or later): it opens the skeleton and the template's opening line is not
        written beside it."""
        sentences = self.sentences()
        if units and sentences and units[0].start == sentences[0][0] and self._title_line(*sentences[0]):
            # the draft's own title line ("Founder & President | Alliance, Nigeria Chapter"): it is the header,
            # with a second title line joined to it ("EMERGENCY DEPARTMENT SCRIBE / MEMORIAL HERMANN, HOUSTON TX")
            if len(units) > 1 and len(sentences) > 1 and units[1].start == sentences[1][0] \
                    and self._title_line(*sentences[1]):
                units[0].text = units[0].text.rstrip(".") + ", " + units[1].text
                del units[1]
            return True
        if units and sentences and units[0].start == sentences[0][0] and self._header_sentence(*sentences[0]):
            # the draft's own header written as a sentence ("Internship (tirocinio) in Gastroenterology ward,
            # Policlinico Universitario Ambrosiano, Milano, from September to November 2021."): it is the header,
            # never a second one composed beside it from the body's words
            units[0].slot = "setting"
            return True
        from erasl.skeleton_heading import post_line

        if units and sentences and units[0].start == sentences[0][0] and post_line(self.rw.nlp, units[0].text):
            # the draft's own post line in words no title reads ("Cashier at a family pharmacy."): it is the
            # opening, never "[role] at [organization name]" asked above it (erasl/skeleton_heading.py)
            units[0].slot = "setting"
            return True
        # the first sentence kept (one before it may have been left out whole: "🚀 Passionate, results-driven ...")
        if not units or not sentences or units[0].slot != "setting":
            return False
        start, end = next(((s_, e_) for s_, e_ in sentences if s_ == units[0].start), sentences[0])
        index = next((i for i, (s_, _) in enumerate(sentences) if s_ == units[0].start), None)
        facts = self.facts
        when = [facts.length, facts.dates] + [f for f in facts.durations if f.value not in ("frequency",)]

        def inside(found) -> bool:
            return any(f is not None and f.start is not None and start <= f.start < end for f in found)

        # where (an institution, a place, or an organisation named after "at"/"with"), and when or what:
        # the dates or length here or anywhere else (metadata too), or the role or type in this sentence;
        # what the draft never says is added to this sentence as a placeholder (`missing_slots`)
        says_where = self._says_where(start, end)
        role = (facts.title or "").split(",")[0].strip().lower()
        from erasl.skeleton_slots import names_a_post

        says_what = inside([facts.type]) or bool(re.search(r"(?i)\bas an? [a-z]|^\s*As [A-Z]", self.text[start:end])) \
            or index == 0 and not facts.title and names_a_post(self.text[start:end], self.rw.data) \
            or bool(role) and role in self.text[start:end].lower() \
            or any(start <= a.start < end for a in self.profile.actions) \
            or not any(t.pos_ in ("VERB", "AUX") for t in self.doc.char_span(start, end, alignment_mode="expand") or [])
        return says_where and (inside(when) or says_what)

    def where_words(self) -> list[str]:
        """The draft's words for where ("in Bucharest, Romania", "at Walmart"): the slots go right after them."""
        found = [f.text for f in list(self.facts.institutions) + list(self.facts.places) if f.start is not None]
        organisation = self._organisation_in(0, len(self.text))
        return found + ([organisation] if organisation else [])

    def _says_where(self, start: int, end: int) -> bool:
        """The sentence names an institution, a place, or an organisation ("at Walmart")."""
        # named: "at Mayo Hospital Lahore", "in Ibadan, Nigeria", "at Walmart"; not "in his outpatient office",
        # which leaves the template's opening to ask for the hospital's name
        # (or a name in the language of the country typed in lower case: "at clinica comunitaria esperanza del sur")
        nouns = set(self.rw.data.get("institutions", {}).get("nouns", []))
        where = [f for f in self.facts.institutions if re.search(r"\b[A-Z]", f.text)
                 or len(f.text.split()) >= 4 and f.text.split()[1].lower() in nouns] + list(self.facts.places)
        return any(f.start is not None and start <= f.start < end for f in where) \
            or self._organisation_in(start, end) is not None

    def missing_slots(self, unit_text: str) -> list[str]:
        """What the opening sentence (the draft's own) does not say and the profile has or lacks: the dates
        (the metadata's, else a placeholder) and, for ongoing or part-time work, the hours per week."""
        facts = self.facts
        slots = []
        when = [facts.length, facts.dates] + [f for f in facts.durations if f.value not in ("frequency",)
                                              and not re.fullmatch(r"(?i)(?:part|full)[- ]time", f.text)]
        dates = facts.dates.text if facts.dates is not None and facts.dates.source == "metadata" else None
        if dates and not re.search(r"\d", dates):
            dates = None
        if dates:
            from erasl.skeleton_slots import metadata_dates

            dates = metadata_dates(dates, self.profile.ongoing)  # "since January 2024", "June 2016-August 2019"
        said_in_text = facts.dates is not None and facts.dates.start is not None
        from erasl.skeleton_slots import states_a_date_range

        if not any(f is not None and f.start is not None for f in when) and not states_a_date_range(self.text):
            # "end: present", or an undated entry told in the present ("I volunteer every Saturday"): it has no end
            # (dates the draft gives in a form the profile does not read, "01.03.2023 - 18.06.2023", are dates)
            ongoing = "since [month year]" if self.profile.ongoing or self.tense == "present" else None
            from erasl.skeleton_answered import states_a_start

            if not (ongoing and not dates and states_a_start(unit_text)):  # "since last year" said: not asked again
                slots.append(dates or ongoing or "[N] [days/weeks/months], [month year-month year]")
        elif dates and not said_in_text and not states_a_date_range(self.text) \
                and not re.search(r"\b(?:19|20)\d\d\b", self.text) \
                and len(unit_text.split()) + len(dates.split()) + 4 <= _SENTENCE_WORDS:
            # the front matter's dates beside a length the text gives, counted or vague ("Four-week ..., October
            # 2024"; review 18: "front-matter dates unused"); a range or a year the text states is its own and
            # never said twice
            slots.append(dates)
        if self.profile.clinical_type and not self.profile.settings and (
                self.profile.experience_type is not None or re.search(r"(?i)\b(?:patients?|pts?|hospitals?|wards?|clinics?)\b",
                                                                      self.text)):
            # where in the hospital: the setting S101 asks for; never of a job that only names "clinical medicine"
            slots.append("[inpatient/outpatient]")
        # how often is said by a weekday too ("every Saturday", "on weekends"): the hours are not asked again
        if self.asks_hours() and not re.search(r"(?i)\b(?:per|a|each|every)\s+(?:week|month)\b|\bweekly\b|\bhours?\b"
                                               r"|\bhrs?\b|/\s?wk\b|\b(?:every|each|on)\s+(?:mon|tues|wednes|thurs|fri|satur"
                                               r"|sun|week)(?:day|end)s?\b", self.text):
            slots.append("[N] hours per week")
        return [s for s in slots if s.lower() not in unit_text.lower()]

    def asks_hours(self) -> bool:
        """Hours per week fit ongoing or part-time non-clinical work, never a one-day event or a rotation."""
        if re.search(r"\b(?:one|1|a|single)[- ]day\b|\bfor a day\b|\bweekend\b", self.text, re.IGNORECASE):
            return False
        part_time = re.search(r"\bpart[- ]time\b", self.text, re.IGNORECASE) is not None
        # a role whose hours ERAS asks for, finished or not (rules/rewrite/slots.toml [hours])
        role = self.profile.experience_type in self.rw.data.get("hours", {}).get("types", [])
        if self.profile.weeks is not None and self.profile.weeks <= 4 and not self.profile.ongoing:
            return False  # "a 2-week campaign": how long it was says it; hours per week do not fit
        return (bool(self.profile.ongoing) or part_time or role) and not self.profile.clinical_type

    def _organisation_in(self, start: int, end: int) -> str | None:
        """An organisation the draft names after "at"/"with" ("at Walmart in Houston", "at the Bucharest Food
        Bank"): a run of capitalised words that is not a month, a day or a place alone."""
        found = _ORGANISATION.search(self.text, start, end)
        while found is not None:
            name = found.group("name").strip()
            words = name.split()
            places = {f.value or f.text for f in self.facts.places}
            with_a_person = found.group(0).lower().startswith("with the") and len(words) == 1 and name.isupper()
            if words and words[0] not in MONTH_NAMES and name not in places and not re.fullmatch(r"I|US|USA", name) \
                    and not with_a_person \
                    and self.names_an_organisation(found.start("name"), found.start("name") + len(name)):
                return name
            found = _ORGANISATION.search(self.text, found.end(), end)
        return None

    def names_an_organisation(self, start: int, end: int) -> bool:
        """The capitalised words are an organisation's name, not an adjective ("with Spanish-speaking patients")."""
        from erasl.skeleton_slots import names_an_organisation

        return names_an_organisation(self.doc, start, end)

    def _names_where(self, start: int, end: int) -> bool:
        """The sentence names the institution or the experience's type: it belongs beside the opening line.
        A common noun said only after the first sentence ("also in the lying-in clinic") is where a part of
        the work was: its sentence stays in the draft's order."""
        for fact in self.facts.institutions[:1] + ([self.facts.type] if self.facts.type else []):
            if fact is None or fact.start is None or not start <= fact.start < end:
                continue
            if fact in self.facts.institutions and self._said_later_by_no_name(fact):
                continue
            return True
        return False

    def _opens_with_role(self, start: int, end: int) -> bool:
        """'As Municipal Health Officer of San Isidro, I ...': the sentence opens with the post it was."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 3:
            return False
        first = next((t for t in span if not t.is_punct and not t.is_space), None)
        return first is not None and first.lower_ == "as" and first.dep_ == "prep" \
            and any(c.dep_ == "pobj" and c.i < first.i + 6 for c in first.children)

    def _is_load(self, start: int, end: int, shifts: bool = True) -> bool:
        """The sentence counts the patients (cases, calls) the applicant saw: "Presented 3 cases" counts talks.
        `shifts=False`: a count of shifts is how often, not the load ("one night shift every week, about 150
        shifts in total" in the opening line still leaves the calls per shift to ask)."""
        for count in self.facts.counts:
            if not shifts and count.unit.lower() in ("shift", "shifts"):
                continue
            if start <= (count.start or -1) < end and count.unit.lower() in _LOAD_UNITS \
                    and not _ORDINAL.match(count.text) and not self._counted_by_a_telling_verb(count.start):
                return True
        return False

    def _counted_by_a_telling_verb(self, at: int) -> bool:
        """The count is the object of presenting or writing ("Presented 3 cases at journal club")."""
        found = self.doc.char_span(at, at + 1, alignment_mode="expand")
        token = found[0] if found else None
        steps = 0
        while token is not None and steps < 4 and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token, steps = token.head, steps + 1
        if token is not None and token.pos_ == "VERB" and token.lemma_.lower() in _TELLING_VERBS:
            return True
        # a list item the tagger reads as a noun phrase ("- Presented 2 cases in dept. CME"): the word before
        before = re.search(r"([A-Za-z-]+)\s+(?:[~≈]|about |around |over )?$", self.text[max(0, at - 40):at])
        return before is not None and (_lemma(before.group(1)) or "") in _TELLING_VERBS

    def _overlapping(self, start, end):
        return [d for d in self.diagnostics if d.start < end and start < d.end]

    def unit(self, start: int, end: int) -> Unit | None:
        """One sentence, repaired and checked; None when nothing of it is left (then it is listed with its
        reason). A rewrite that would break the sentence falls back to the draft's words (see `_checked`)."""
        mark = len(self.left_out)
        kept_mark = len(self.not_rewritten)
        found = self._unit(start, end)
        if found is None:
            return None
        if self._cut_left_no_sentence(found, start, end, mark):
            return None
        found = self._checked(found, start, end, mark)
        # a phrase named as still to fix that a safe fix already took out ("TODO" -> "[N]") is not named
        self.not_rewritten[kept_mark:] = [
            item for item in self.not_rewritten[kept_mark:]
            if not (m := re.match(r'still says "([^"]+)"', item["reason"]))
            or any(w[:max(5, len(w) - 3)] in found.text.lower() for w in re.findall(r"[a-z]{3,}", m.group(1).lower()))]
        # what this sentence listed as left out but still says is not "left out"
        kept = re.sub(r"\W+", " ", found.text.lower())
        whole = re.sub(r"\W+", " ", self.text[start:end].lower()).strip()
        # the sentence went; only a prompt for what it named stands, or a sentence of the skeleton's in its place
        prompt_only = found.text.startswith("[") or found.replaces
        self.left_out[mark:] = [item for item in self.left_out[mark:]
                                if prompt_only or re.sub(r"\W+", " ", item["text"].lower()).strip() not in (kept, whole)
                                and re.sub(r"\W+", " ", item["text"].lower()).strip() not in kept]
        return found

    def _cut_left_no_sentence(self, unit: Unit, start: int, end: int, mark: int) -> bool:
        """A filler cut that left no sentence ("Guidelines to draft orders") or made a wish a claim: a sentence
        with no number, name or list goes whole and is listed with what was cut; one with facts is left to
        `_checked`, which keeps the draft's words."""
        from erasl.skeleton_cuts import broken_by_a_cut

        if self.reflection or unit.replaces or unit.text.startswith("["):
            return False
        problem = broken_by_a_cut(self, start, end, unit.text)
        if problem is None or self.carries_facts(start, end):
            return False
        reasons = [item["reason"] for item in self.left_out[mark:]]
        del self.left_out[mark:]
        reason = f"{reasons[0]}; {problem}" if reasons else problem
        self.left_out.append({"text": " ".join(self.text[start:end].split()), "reason": reason})
        self.listed.update(id(d) for d in self._overlapping(start, end))
        return True

    def _unit(self, start: int, end: int) -> Unit | None:
        sentence_text = self.text[start:end]
        self._edits = None
        plain = " ".join(re.sub(r"^\s*" + _BULLET + r"\s*", "", sentence_text).split())
        if not self.reflection and any(re.match(p, plain) for p in self.rw.data.get("empty-lines", {}).get("patterns", [])):
            # "Responsibilities included but were not limited to:", "Other duties as assigned."
            self.left_out.append({"text": plain, "reason": "a line of a job description that says nothing of its own"})
            self.listed.update(id(d) for d in self._overlapping(start, end))
            return None
        if any(re.match(p, plain) for p in self.rw.data.get("calls-to-action", {}).get("patterns", [])) \
                or not re.search(r"[A-Za-z0-9]", re.sub(r"#\w+", "", plain)):
            # "Let's connect! — #GlobalSurgery": a social-media line, never part of an application
            self.left_out.append({"text": plain, "reason": "a call to action or hashtags, not part of an application"})
            self.listed.update(id(d) for d in self._overlapping(start, end))
            return None
        inside = self._overlapping(start, end)
        from erasl.skeleton_edits import thanks_or_aspiration

        wish = thanks_or_aspiration(self, start, end)
        mentor = _THANKED_MENTOR.search(plain) if wish is not None and wish.startswith("thanks") else None
        if mentor is not None and _MENTORING.search(plain) and not self.reflection:
            # "I am grateful to Dr. Hosseini for her mentorship": the thanks go, the mentor's name stays
            self.left_out.append({"text": plain, "reason": f"{wish}; who mentored you is kept"})
            self.listed.update(id(d) for d in inside)
            return Unit(f"Mentored by {mentor.group('who')}.", start, "supervisor", replaces=True)
        if wish is not None:
            # "I was thankful to Dr. Patel for this opportunity", "I want to continue to serve": wherever it sits
            flagged = next((d for d in inside if d.code.startswith("F")), None)
            self.left_out.append({"text": plain, "reason": f"{flagged.code}: {flagged.message}" if flagged else wish})
            self.listed.update(id(d) for d in inside)
            return None
        from erasl.skeleton_guard import GROWTH_REASON, growth_only

        if not self.reflection and growth_only(self, start, end):
            # "This experience gave me good understanding of ...", "my ability got very big improvement"
            flagged = next((d for d in inside if d.code.startswith("F")), None)
            self.left_out.append({"text": plain, "reason": f"{flagged.code}: {flagged.message}" if flagged else GROWTH_REASON})
            self.listed.update(id(d) for d in inside)
            return None
        from erasl.skeleton_closing import closing_reason, empty_closing

        if not self.reflection and empty_closing(self, start, end):
            # "This experience molded me to be a compassionate physician", "It was a great opportunity"
            flagged = next((d for d in inside if d.code.startswith("F") and d.severity >= Severity.WARNING), None)
            self.left_out.append({"text": plain, "reason": f"{flagged.code}: {flagged.message}" if flagged
                                  else closing_reason(self)})
            self.listed.update(id(d) for d in inside)
            return None
        from erasl.skeleton_guard import TRAIT_THROUGH_REASON, trait_through_the_experience

        if not self.reflection and trait_through_the_experience(self, start, end, inside):
            # "..., and this house job has shaped me into a hardworking doctor": the clause goes whole
            flagged = next((d for d in inside if d.code.startswith("F2")), None)
            self.left_out.append({"text": plain, "reason": f"{flagged.code}: {flagged.message}" if flagged else TRAIT_THROUGH_REASON})
            self.listed.update(id(d) for d in inside)
            return None
        supervised = _SUPERVISION.match(plain)
        if supervised and not self.reflection:
            # "Supervision was provided by Dr. Helen Marsh, PhD." -> "Supervised by Dr. Helen Marsh, PhD.", said
            # beside the opening: who the applicant worked under is part of where
            self.listed.update(id(d) for d in inside)
            return Unit(f"Supervised by {supervised.group('who').rstrip('. ')}.", start, "supervisor")
        for d in [d for d in inside if not re.search(r"[A-Za-z0-9]", self.text[d.start:d.end])
                  and self.text[d.start:d.end].strip() and not _plain_words(self.text[d.start:d.end]).strip()]:
            # an emoji: dropped by `_plain_words`, the sentence around it stays ("... Nigeria Chapter 🚀")
            self.listed.add(id(d))
            if re.search("[\U0001F000-\U0001FAFF\u2600-\u26FF]", self.text[d.start:d.end]):  # an emoji, not a bullet
                self.left_out.append({"text": self.text[d.start:d.end].strip(), "reason": f"{d.code}: {d.message}"})
            inside.remove(d)
        passive = [d for d in inside if self.rw.rules[d.code].repair == "active"]
        others = [d for d in passive if self.reflection or not self._applicants_passive(d)]
        if others:  # "The camp was organized by the district office": not the applicant's work; stays as written
            self.listed.update(id(d) for d in others)
            inside = [d for d in inside if d not in others]
            passive = [d for d in passive if d not in others]
        if not self.reflection and any(self.rw.rules[d.code].repair == "number" for d in inside):
            from erasl.skeleton_clauses import named_list_behind_a_count

            listed = named_list_behind_a_count(self, start, end, inside)  # "Organized A, B and C ([N] events)"
            if listed is not None:
                self.listed.update(id(d) for d in others)
                span = self.doc.char_span(start, end, alignment_mode="expand")
                lemma = span.root.lemma_.lower() if span is not None else ""
                return Unit(listed, start, categories={self.rw.extractor.categories[lemma]}
                            if lemma in self.rw.extractor.categories else set())
        if passive:
            unit = self._passive_unit(start, end, inside)
            if unit is not _KEEP_PASSIVE:
                return unit
            # the passive stays as written; the rest of the sentence is repaired as any other ("I had learned")
            inside = [d for d in inside if d not in passive]
        edits = _Edits()
        self._hold_names(start, end, edits)
        if self.applicant_named is not None and not self.reflection:
            # "Ms. Alvarez served" -> "I served"; never in a reflection, whose "she" is the patient of its story
            first_person_edits(self, start, end, edits, self.applicant_named)
        say_wording_fixes(self, start, end, edits)  # "assisted to the rounds" -> "attended the rounds"
        from erasl.skeleton_clauses import APOLOGY_REASON, apology_clause

        apology = apology_clause(self, start, end) if not self.reflection else None
        if apology is not None and edits.add(apology[0], apology[1], "", "cut"):
            # "Although my English is not perfect, I ...": the apology goes, the sentence after it stays
            self.left_out.append({"text": self.text[apology[0]:apology[1]].strip().rstrip(","), "reason": APOLOGY_REASON})
        if not self.reflection:
            say_missing_articles(self, start, end, edits)  # "completed clerkship" -> "completed a clerkship"
        self._correct_wording(start, end, edits)  # "since 2 years" -> "for 2 years"
        for d in sorted(inside, key=lambda d: d.start):
            rule = self.rw.rules[d.code]
            if rule.rewrite == "repair" and self._repair(d, edits):
                self.listed.add(id(d))
                continue
            if any(s_ <= d.start and d.end <= e_ and not r_ for s_, e_, r_ in edits.items):
                self.listed.add(id(d))  # inside words already cut ("passionate and | hardworking")
                continue
            if rule.rewrite == "repair" and any(s_ < d.end and d.start < e_ for s_, e_, _ in edits.items):
                self.listed.add(id(d))  # "various" went with "experience regarding management of various"
                continue
            if not self._cut(d, start, end, edits):
                # a note ("tapestry", "I believe") never takes a sentence with it: only a warning's words do, or
                # two or more filler findings in a sentence with no fact ("This transformative journey underscored
                # my unwavering commitment"): nothing is left of it once they go
                saturated = sum(1 for other in inside if other.code.startswith("F")) >= 2
                facts = self.carries_facts(start, end)
                keep = (d.severity < Severity.WARNING and not (saturated and not facts)) or facts
                if keep and not filler_owns_sentence(self, d, start, end):
                    self.still_flagged.add(start)
                    # never a whole sentence of numbers, names or lists lost for one phrase: it stays, and
                    # the phrase is named as still to fix
                    self.not_rewritten.append({"text": " ".join(sentence_text.split()),
                                               "reason": f"still says \"{' '.join(self.text[d.start:d.end].split())}\": "
                                                         f"{d.code}: {d.message}"})
                    self.listed.add(id(d))
                    continue
                self._leave_out(sentence_text, d)
                self.listed.update(id(other) for other in inside)  # the sentence is listed once, with its first reason
                from erasl.skeleton_clauses import concrete_object_of_filler

                prompt = None if self.reflection else concrete_object_of_filler(self, start, end, inside)
                if prompt is not None:  # "... initiatives across the product lifecycle of X": X stays, asked about
                    return Unit(prompt, start)
                return None
        if not self.reflection and not self.opening and start == self.sentences()[0][0]:
            self._tighten_dates(start, end, edits)  # the first sentence may be the opening: "from March 2021 to ..."
        entry_tense = self.tense
        counted = False
        if not self.reflection and not self._title_line(start, end):
            # the applicant's progressive actions said simply; an ongoing role's counts in the present perfect
            plain_opening(self, start, end, edits)
            progressive_edits(self, start, end, edits)
            counted = perfect_counts(self, start, end, edits)
        if self.tense == "present" and not counted and self._a_finished_count(start, end):
            self.tense = "past"  # "Recruited 35 participants" in an ongoing entry: done, and counted; stays past
        if not self.reflection and not self._title_line(start, end):
            # a reflection keeps its own words (only filler is cut); a title line ("Rotating Internship -
            # General Surgery") is a name, never re-verbed
            nominal_fragment(self, start, end, edits)  # "Participation in rounds" -> "Participated in rounds"
            self._vary(start, end, edits)
            self._pluperfect(start, end, edits)
            self._gerund_item(start, end, edits)
            self._gerund_items(start, end, edits)
            self._verbs(start, end, edits)
            self._activity_tense(start, end, edits)
            self._fragment_tense(start, end, edits)
            self._base_forms(start, end, edits)
            self._finished_tense(start, end, edits)
            self._do_verbs(start, end, edits)
            self._list_tense(start, end, edits)
            self._last_listed_verb(start, end, edits)
            if self.opening:
                self._intro(start, end, edits, self.opening)
            self._subject(start, end, edits)
            from erasl.skeleton_tense import shared_tense, since_perfect

            since_perfect(self, start, end, edits, entry_tense)  # "Since 2022 I learned" -> "Since 2022 I have learned"
            shared_tense(self, start, end, edits)  # "followed ... and join" -> "followed ... and joined"
        vet_edits(self, start, end, edits)
        self._edits = edits
        pieces = [_tidy_sentence(part) for part in
                  _split_long(_tidy_sentence(edits.apply(self.text, start, end)), self._stands_alone, self._verb_joiner)]
        if not self.reflection:
            pieces = [action for piece in pieces for action in split_actions(self, piece)]
        source_first = (re.findall(r"[A-Za-z]+", self.text[start:end]) or [""])[0]
        text = " ".join(_as_fragments(pieces) if self.tense == "past" else
                        [self._speaks_as_i(p, source_first) for p in pieces])
        self.tense = entry_tense
        said_words = re.findall(r"[A-Za-z0-9]+", text)
        if len(said_words) < 2 and not (said_words and re.findall(r"[A-Za-z0-9]+", plain) == said_words):
            # nothing left of the sentence but a word (a one-word line of the draft, "Admissions.", stays as written)
            if inside:
                self._leave_out(sentence_text, inside[0])
            elif plain:
                self.left_out.append({"text": plain, "reason": "no sentence was left of it: say it in a sentence"})
            return None
        categories = {a.category for a in self.facts.activities if start <= a.start < end}
        span = self.doc.char_span(start, end, alignment_mode="expand")
        categories |= {self.rw.extractor.categories[t.lemma_.lower()] for t in span or []
                       if t.pos_ == "VERB" and t.lemma_.lower() in self.rw.extractor.categories}
        categories |= nominal_categories(self, start, end)  # "Curation of patients": the act the noun names
        return Unit(text, start, categories=categories)

    def _title_line(self, start: int, end: int) -> bool:
        """The sentence is a title line of its own: a line with no full stop, sixteen words or fewer, most of
        them capitalised ("Rotating Internship - General Surgery, Hospital Dos de Mayo")."""
        line = self.text[start:end].strip()
        before, after = self.text[:start].rstrip(" \t"), self.text[end:].lstrip(" \t")
        ends_line = self.text[start:end].rstrip(" \t").endswith("\n") or not after or after.startswith("\n")
        if not line or line[-1] in ".!?" or (before and not before.endswith("\n")) or not ends_line:
            return False
        # a note in parentheses is no part of the title's shape: "Paramedic, Summit County EMS (part-time since
        # starting medical school)"
        bare = re.sub(r"\([^()]*\)", " ", line) if re.sub(r"\([^()]*\)", " ", line).strip() else line
        words = re.findall(r"[A-Za-z][\w'&-]*", bare)
        capitals = [w for w in words if w[:1].isupper()]
        if 0 < len(words) <= 16 and len(capitals) * 2 > len(words):
            return True
        # ... or a heading with no verb, when it opens the entry: "Virtual Rotation in Cardiology (4 weeks, Oct
        # 2023) - online program of a US academic center"
        span = self.doc.char_span(start, end, alignment_mode="expand")
        in_parentheses = [(m.start() + start, m.end() + start) for m in re.finditer(r"\([^()]*\)", self.text[start:end])]
        return not before and 0 < len(words) <= 20 and len(capitals) >= 2 and span is not None \
            and not any(t.pos_ in ("VERB", "AUX") and not any(s <= t.idx < e for s, e in in_parentheses) for t in span)

    def _header_sentence(self, start: int, end: int) -> bool:
        """The draft opens with a header written as a sentence: no verb outside parentheses, thirty words or
        fewer, naming a post (rules/rewrite/slots.toml [[posts]], the profile's type or role words) and, after a
        comma, "at" or "in", a name of two capitalised words or more ("..., Policlinico Universitario Ambrosiano, ...")."""
        from erasl.skeleton_slots import names_a_post

        line = self.text[start:end]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or start != len(self.text) - len(self.text.lstrip()) or len(line.split()) > 30:
            return False
        in_parentheses = [(m.start() + start, m.end() + start) for m in re.finditer(r"\([^()]*\)", line)]
        # a participle that describes a noun ("for internally displaced people") is no verb of the sentence
        if any((t.pos_ == "AUX" or t.pos_ == "VERB" and t.dep_ not in ("amod", "acl", "compound"))
               and not any(s <= t.idx < e for s, e in in_parentheses) for t in span) \
                or any(t.lower_ in ("i", "my", "we", "our") for t in span):
            return False
        type_words = self.profile.type_words
        names_post = names_a_post(line, self.rw.data) or (
            type_words is not None and type_words.start is not None and start <= type_words.start < end) or (
            # the front matter's type opens the line: "Volunteer doctor at the shelter's clinic in Lviv"
            type_words is not None and type_words.source == "metadata"
            and re.match(re.escape(type_words.text.replace("-", " ")), line.replace("-", " "), re.IGNORECASE) is not None)
        # a name of two capitalised words after a comma, "at" or "in" ("..., Policlinico Universitario Ambrosiano"),
        # or a place the profile reads in the line ("... shelter for displaced people in Lviv")
        named = re.search(r"(?:,|\bat|\bin)\s+[A-Z][\w'-]+(?: (?:of |de |di |del |la )?[A-Z][\w'-]+)+", line) is not None
        place = self.profile.us_words
        placed = place is not None and place.start is not None and start <= place.start < end
        return names_post and (named or placed)

    def carries_facts(self, start: int, end: int) -> bool:
        """The sentence states something an advisor would miss: a number, a name, an acronym, or a list
        ("dengue, DKA and MI")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if t.is_alpha or t.like_num]
        if any(t.like_num or t.is_digit for t in words) or any(re.search(r"\d", t.text) for t in span):
            return True  # "12", "ICD-10", "COVID-19"
        first_word = words[0].i if words else span.start  # "➢ This job ...": "This" opens the sentence
        if any(((t.text[:1].isupper() and t.i not in (span.start, first_word) and t.text != "I" and not t.is_sent_start)
                or (t.is_upper and len(t.text) > 1 and t.text != "I")) and t.lower_ not in _NOT_FACTS for t in words):
            return True
        # a list of three or more: "malaria, hypertension and skin infections"
        return sum(1 for t in span if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")) >= 2

    def _checked(self, unit: Unit, start: int, end: int, mark: int) -> Unit:
        """The final guard: a sentence the skeleton rewrote is read against the draft's sentence. If an edit
        broke it (no verb left, "I we", "which helped.", a capital mid-sentence, "I was a person", "wherein
        Observed"), the sentence falls back to the draft's words with only whole filler cuts and safe fixes,
        else to the draft as written; what is left to fix is listed."""
        from erasl.skeleton_cuts import broken_by_a_cut

        source = _tidy_sentence(self.text[start:end])
        problem = self.broken(source, unit.text) or broken_by_a_cut(self, start, end, unit.text)
        if problem is None:
            return unit
        edits = self._edits
        candidate = source
        for kinds in ({"cut", "fix"}, {"fix"}):
            if edits is None:
                break
            text = _tidy_sentence(edits.apply(self.text, start, end, kinds))
            if len(re.findall(r"[A-Za-z0-9]+", text)) >= 2 and self.broken(source, text) is None \
                    and ("cut" not in kinds or broken_by_a_cut(self, start, end, text) is None):
                candidate = text
                break
        from erasl.skeleton_guard import DraftWasRight

        if candidate == source and isinstance(problem, DraftWasRight) and not self._overlapping(start, end):
            return Unit(candidate, unit.start, unit.slot, unit.end, unit.categories)  # the draft's words were right
        # what the applicant can act on: the findings still in their sentence, else that it stays as they wrote it
        # (the words a `keep` rule flags are named from the skeleton's own reading, `Rewriter._name_kept_words`;
        # a sentence with nothing left to fix is not listed: why a rewrite was withheld is the tool's business)
        left = [d for d in self._overlapping(start, end)
                if d.severity >= Severity.WARNING and self.rw.rules.get(d.code) is not None
                and self.rw.rules[d.code].rewrite != "keep"]
        todo = "; ".join(dict.fromkeys(f'"{" ".join(self.text[d.start:d.end].split())}" ({d.code}: {d.message.rstrip(".")})'
                                       for d in left))
        if todo:
            self.not_rewritten.append({"text": " ".join(self.text[start:end].split()),
                                       "reason": f"kept in your words, still to fix: {todo}"})
        self.listed.update(id(d) for d in self._overlapping(start, end))  # named above, not "left out"
        return Unit(candidate, unit.start, unit.slot, unit.end, unit.categories)

    def broken(self, source: str, output: str) -> str | None:
        """What an edit broke in a sentence, read against the draft's sentence; None when it reads as English."""
        if output == source:
            return None
        problem = grammar_problem(self, source, output)
        if problem:
            return problem
        from erasl.skeleton_guard import parse_problem

        problem = parse_problem(self.rw.nlp, source, output, self.tense)
        if problem:
            return problem
        from erasl.skeleton_guard import sentence_problem

        problem = sentence_problem(self.rw.nlp, source, output)
        if problem:
            return problem
        from erasl.skeleton_english import english_made_worse, one_sentence

        # one sentence at a time: a unit of several goes back to the draft whole, so the last pass
        # (undo_worse_english) reads those sentence by sentence
        problem = english_made_worse(self.rw.nlp, source, output) if one_sentence(output) else None
        if problem:
            return problem
        plain = re.sub(r"\[[^\]]*\]", "X", output)

        def new(pattern: str, flags=0) -> re.Match | None:
            found = re.search(pattern, plain, flags)
            if found is None or re.search(re.escape(found.group(0)), source, flags):
                return None
            return found

        if new(r"\b(?:I|[Ww]e)\s+(?:I|we)\b"):
            return 'left two subjects ("I we")'
        found = new(r"\b(?:which|that|who|whom|whose)\s+[a-z]+\s*[.!?]$")
        if found:
            return f'cut a clause off ("{found.group(0)}")'
        if new(r"\b(?:which|that|who|where|wherein|and|or|but|to|of|for|with|the|a|an|my)\s*[.!?]$", re.IGNORECASE):
            return "ended the sentence on a joining word"
        found = new(r"\b(?:am|is|are|was|were)\s+an?\s+(?:person|individual|one|human being)\b")
        if found:
            return f'left an empty "{found.group(0)}"'
        found = new(r"\b(?:wherein|whereby|where|in which|during which|while)\s+[A-Za-z]+ed\b")
        if found:
            return f'left a clause with no subject ("{found.group(0)}")'
        for match in re.finditer(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+)\b", plain):
            word = match.group(1)
            if re.search(rf"\b{word.lower()}\b", source) and not re.search(rf"\b{word}\b", source):
                return f'put a capital mid-sentence ("{word}")'
        for word in set(re.findall(r"[A-Za-z]+ed\b", plain)) - set(re.findall(r"[A-Za-z]+", source)):
            lemma = _lemma(word.lower())
            if lemma and lemma not in self.rw.extractor.reader.verbs:
                return f'made a word the draft never had ("{word}")'
        from erasl.skeleton_fit import new_non_word, stub_before_subject

        problem = stub_before_subject(source, output) or new_non_word(source, output)
        if problem:
            return problem
        if self._finite(source) and not self._finite(output):
            # the tagger may read a verb moved into the past as an adjective ("The hospital trained students"):
            # a past form of a verb the draft's sentence used as its finite verb still counts
            lemmas = {t.lemma_.lower() for t in self.rw.nlp(_as_sentence(source))
                      if t.tag_ in ("VBD", "VBZ", "VBP") or t.dep_ == "ROOT" and t.pos_ == "VERB"}
            if not any(_past_form(w) and _lemma(w) in lemmas for w in re.findall(r"[A-Za-z]+", plain)):
                return "left no verb"
        return None

    def _verb_joiner(self, word: str) -> str | None:
        """How a list's last clause, split off at ", and <verb>", starts: the verb itself in a past fragment
        ("Performed 3 procedures"), "I" before it in the present ("I perform 3 procedures"); None for no verb."""
        lemma = _lemma(word)
        if not lemma or lemma not in self.rw.extractor.reader.verbs or word in ("the", "a", "an", "in", "on"):
            return None
        if self.tense == "past" and _past_form(word):
            return ". "
        if self.tense == "present" and word == lemma:
            return ". I "
        return None

    def _speaks_as_i(self, piece: str, source_first: str) -> str:
        """An ongoing entry speaks as "I": a fragment the skeleton put in the present ("Interpreted for 10
        patients" -> "Interpret for ...") reads as an order, so it becomes "I interpret for 10 patients"."""
        first, _, rest = piece.partition(" ")
        word = first.lower()
        if not rest or not first[:1].isupper() or word in ("i", "we") or not _past_form(source_first):
            return piece
        if _lemma(word) == word == _lemma(source_first.lower()):
            return f"I {word} {rest}"
        return piece

    def _a_finished_count(self, start: int, end: int) -> bool:
        """A sentence of the draft in the past that counts what was done, with no rate ("Recruited 35
        participants", "Interpreted 2 end-of-life family meetings"): finished, even in an ongoing entry."""
        sentence = self.text[start:end]
        if not re.search(r"\d", sentence) or re.search(
                r"(?i)\b(?:per|a day|a week|a month|daily|weekly|monthly|each|every)\b", sentence):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(t.tag_ == "VBD" and t.dep_ == "ROOT" or t.i == span.start and _past_form(t.text)
                                        for t in span)

    def _stands_alone(self, sentence: str) -> bool:
        """A sentence of its own: its main verb is finite and has a subject, or it is a fragment led by a
        past verb ("Observed ..."). "Working at a camp where we saw 80 patients." does not."""
        doc = self.rw.nlp(_as_sentence(sentence))
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.tag_ in ("VBG", "TO") or doc[0].tag_ == "VBG":
            return False
        if any(c.dep_ == "mark" and c.i == 0 for c in root.children) or doc[0].pos_ == "SCONJ":
            return False  # "Although my Spanish was basic.": a clause that hangs on the next, never a sentence
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
            return root.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in root.children) \
                or root.pos_ == "AUX"
        return False

    def _finite(self, sentence: str) -> bool:
        """The sentence has a finite verb (a choice like "[Managed/helped manage]" read as its first verb)."""
        doc = self.rw.nlp(_as_sentence(sentence))
        # a résumé fragment's first verb ("Worked as ...") is finite though the tagger may call it VBN
        return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.tag_ == "VBN" and (t.dep_ == "ROOT" or t.i == 0))
                   for t in doc)

    def _applicants_passive(self, d: Diagnostic) -> bool:
        """True when a flagged passive may be the applicant's own work, so an active choice of role fits.

        "Vitals were checked by me", "Data were analyzed": yes. Not when another agent is named ("by the
        district office"), the subject is an organisation, event or programme the profile reads as such,
        or the participle is used as an adjective before a preposition ("was geared towards", "was involved in").
        """
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return True
        verb = next((t for t in reversed(span) if t.tag_ == "VBN"), span[-1])
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) or _by_someone(verb)
        if agent is not None:
            return any(t.lower_ in ("me", "us", "myself", "ourselves") for t in agent.subtree)
        if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
            return False  # "The project was aimed to study X", "was designed to assess": a purpose, not a task
        if _describes_the_setting(verb):
            return False  # "Joined rounds twice weekly, where [N] cases were discussed": where the work was
        kept = self.rw.data.get("passive-kept", {})
        if verb.lemma_.lower() in kept.get("decisions", []):
            return False  # "Our abstract was accepted": a decision of others, never "[Accepted/helped accept]"
        after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if after is not None and f"{verb.lemma_.lower()} {after.lower_}" in kept.get("adjectival", []):
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subject is None:
            return True
        if subject.ent_type_ in ("ORG", "FAC", "EVENT"):
            return False
        for mention in self.profile.subjects:
            if mention.start <= subject.idx < mention.end and mention.label == "organisation":
                return False
        if subject.lower_ == "it" and verb.lemma_.lower() in kept.get("schedule", []):
            return False  # "it was divided to four rotations": the post's schedule, set by the hospital
        return subject.lemma_.lower() not in kept.get("events", [])

    def _tighten_dates(self, start: int, end: int, edits: _Edits) -> None:
        """'from 1st March 2021 to 28th February 2022' -> 'from March 2021 to February 2022' (days say nothing)."""
        from erasl.profile import read_text_dates

        found = read_text_dates(self.text[start:end])
        if found is None:
            return
        begin, finish = found[3]
        words = self.text[start + begin:start + finish]
        if found[1] is not None and found[0] == found[1]:
            return  # "from 5th June to 30th June 2023": without days it would read "from June to June"
        if not re.search(r"\b\d{1,2}(?:st|nd|rd|th)\b", words):
            return
        shorter = re.sub(r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?", "", words)
        edits.add(start + begin, start + finish, shorter)

    def _count_begins(self, d: Diagnostic) -> int:
        """Where the vague count starts, taking in a vague word just before the flagged words ("several
        hundreds of children" -> "[N] children", "some paracentesis" -> "[N] paracenteses")."""
        before = re.search(r"\b(?:several|many|some|a few|few)\s+$", self.text[max(0, d.start - 12):d.start], re.IGNORECASE)
        return d.start - len(before.group(0)) if before is not None else d.start

    def _counted_procedure(self, noun) -> str | None:
        """The plural of a singular procedure noun counted vaguely ("some paracentesis" -> "paracenteses"),
        from the rewrite table's [countable-endings]; None for a noun that names no countable procedure."""
        from lemminflect import getInflection

        endings = self.rw.data.get("countable-endings", {}).get("endings", [])
        if not any(noun.lower_.endswith(ending) for ending in endings):
            return None
        plural = getInflection(noun.lower_, tag="NNS")
        return plural[0] if plural and plural[0] != noun.lower_ else None

    def _leave_out(self, text: str, d: Diagnostic) -> None:
        self.left_out.append({"text": " ".join(text.split()), "reason": f"{d.code}: {d.message}"})
        self.listed.add(id(d))

    # --- repairs -----------------------------------------------------------------------

    def _repair(self, d: Diagnostic, edits: _Edits) -> bool:
        rule = self.rw.rules[d.code]
        if rule.repair == "number":
            words = self.text[d.start:d.end]
            match = self.rw.repair_patterns[d.code].match(words)
            if match and re.match(r"\s*(?:different\s+)?(?:kinds|types|sorts|walks|backgrounds)\b",
                                  self.text[d.start + match.end():d.start + match.end() + 30]):
                return False  # "many different kinds of people" -> never "[N] different kinds of people"
            after = self.text[d.start + match.end():d.start + match.end() + 120] if match else ""
            if match and re.match(r"\s*(?:[\w-]+\s+){0,3}?[\w-]+,?\s+(?:such as|like|including|e\.g\.,?)\s+[^.;]*?(?:,|\band\b)",
                                  after):
                # "various techniques such as Western blot, qPCR and ELISA": the list is the count; the vague
                # word goes, never "[N] techniques such as ..."
                cut_end = d.start + match.end() + len(after) - len(after.lstrip())
                noun = re.match(r"\s*(?:[\w-]+\s+){0,3}?([\w-]+),?\s+(?:such as|like|including|e\.g\.)", after)
                kinds = self.rw.data.get("listed-kinds", {}).get("nouns", [])
                # the counted noun is the first of those words ("many techniques were learned, like ...")
                if noun and any(w.lower() in kinds for w in re.findall(r"[\w-]+", noun.group(0))) \
                        and self.text[d.start:cut_end].strip().lower() in (
                        "many", "various", "several", "numerous", "multiple", "different", "diverse", "varied", "assorted"):
                    return edits.add(d.start, cut_end, "", "fix")
            if match:
                # the noun the quantity counts: the head of its phrase ("many trauma and blast injury patients":
                # "patients"), read past compounds and the nouns joined to them
                first = next((t for t in self.doc if t.idx >= d.start + match.end() and t.is_alpha), None)
                noun = first
                while noun is not None and noun.dep_ in ("compound", "amod", "nmod", "conj", "cc") and noun.head.i > noun.i:
                    noun = noun.head
                if noun is not None and noun.tag_ == "NN" and noun.lemma_.lower() == noun.lower_ \
                        and not plural_of_a_noun(noun.lower_) and not any(
                        t.tag_ == "NNS" for t in self.doc[first.i:first.i + 6] if first is not None):
                    plural = self._counted_procedure(noun)
                    if plural is None:
                        return False  # "many knowledge": no count of an uncountable noun, never "[N] knowledge"
                    return edits.add(self._count_begins(d), noun.idx + len(noun.text), f"[N] {plural}", "fix")
                generic = set(self.rw.data.get("reflection", {}).get("generic-nouns", [])) | {"aspects", "areas", "topics"}
                if noun is not None and noun.lower_ in generic and re.match(
                        r"(?i)\s*(?:various|varied|diverse|different|assorted|multiple)\b", words):
                    return False  # "Various skills transfer well": no count to ask for, never "[N] skills"
                begin = self._count_begins(d)
                share = noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ == "be" \
                    and any(c.dep_ in ("acomp", "attr") for c in noun.head.children) and begin == d.start
                # "Many patients are elderly": a share of them, "[N]% of patients are elderly"
                return edits.add(begin, d.start + match.end(), "[N]% of" if share else "[N]", "fix")
            return words.startswith("[") and words.endswith("]")
        if rule.repair == "fix" and d.fix is not None and d.fix.safe:
            return edits.add(d.fix.start, d.fix.end, d.fix.replacement, "fix")
        return False

    def _cut(self, d: Diagnostic, start: int, end: int, edits: _Edits) -> bool:
        """Cut flagged words and keep the rest of the sentence: "had the opportunity to present" ->
        "presented"; "and learned a lot" -> ""; False when the words carry the whole sentence."""
        if d.severity < Severity.WARNING:
            return self._cut_note(d, start, end, edits)
        opened = self.text.rfind("(", start, d.start)
        closed = self.text.find(")", d.end, end)
        if opened != -1 and closed != -1 and ")" not in self.text[opened:d.start] and "(" not in self.text[d.end:closed] \
                and not re.search(r"\d", self.text[opened:closed]) and len(self.text[opened:closed].split()) <= 12:
            # "(note to self: add the hospital)": the flagged words fill a parenthesis; it goes whole
            begin = opened - 1 if opened > start and self.text[opened - 1] == " " else opened
            if edits.add(begin, closed + 1, "", "cut"):
                self.left_out.append({"text": self.text[opened:closed + 1], "reason": f"{d.code}: {d.message}"})
                self.listed.add(id(d))
                return True
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return False
        if self._cut_praise(span, edits, d):
            return True
        if self.reflection and self._cut_realised_cliche(span, start, end, edits, d):
            return True
        intro = trait_intro(self, span, start)
        if intro and self._cut_tokens(intro[0], intro[1], start, end, edits, d):
            return True  # "As a passionate advocate and a born leader, I ...": the intro says nothing else; it goes
        if self._cut_traits(span, start, end, edits, d):
            return True
        frame = self._it_was_frame(span, start, end)
        if frame is not None:  # "It was a great experience to work with ...": never "It was a worked with"
            return self._it_was(frame, start, end, edits, d)
        from erasl.skeleton_involvement import say_shared_work

        shared = say_shared_work(self, span, d, start, end, edits)
        if shared is not None:  # "was involved in writing" -> "Participated in writing ...: [your own part: ...]"
            return shared
        following = self._verb_after(span)
        if following is not None and (self.rw.extractor.reader.lemma(following) or following.lemma_.lower()) \
                not in self.rw.extractor.reader.verbs and _lemma(following.text) not in self.rw.extractor.reader.verbs:
            following = None  # "exposure to bedside ultrasound": "bedside" is no verb, never "bedsided"
        subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "My duties included taking histories and examining patients" -> "Took histories and examined patients"
        duties = subjects and all(c.lemma_.lower() in ("duty", "responsibility", "role", "task") for c in subjects) \
            and span.start_char == start and following is not None and following.tag_ == "VBG"
        if following is not None and (duties or all(c.lower_ in ("i", "we") for c in subjects)):
            lemma = self.rw.extractor.reader.lemma(following) or following.lemma_.lower()
            if lemma not in self.rw.extractor.reader.verbs and _lemma(following.text):
                lemma = _lemma(following.text)  # "scheduling" tagged as a noun: its verb is "schedule"
            if not _inflects_to(lemma, following.text):
                return False  # "coding" read as "cod": never "Cod outpatient visits"
            form = _like(inflect(lemma, self.tense), span.text)
            begin = d.start
            before = self.doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.text != "I":
                # "I was (also) in charge of scheduling": the flagged words start after "was" and "also"
                back = span.start - 1
                while back > 0 and back - 1 >= 0 and (self.doc[back].lemma_ == "be" or self.doc[back].pos_ == "ADV") \
                        and self.doc[back].idx > start:
                    back -= 1
                if self.doc[back].text == "I" and back < span.start - 1:
                    before = self.doc[back]
            if self.tense == "past" and before is not None and before.text == "I" and before.idx == start:
                begin, form = before.idx, _like(form, "X")  # "I was responsible for managing" -> "Managed"
            elif duties and self.tense == "present":
                form = f"I {form.lower()}"  # "My duties include taking histories" -> "I take histories"
            elif span[0].lower_ in ("i", "we") and span[0].idx != start:
                form = f"{span[0].text} {form.lower()}"  # "in which I was able to observe" -> "in which I observed"
            if edits.add(begin, following.idx + len(following.text), form):
                self.listed.add(id(d))
                self._done_verbs.add(following.i)
                self._retense_list(following.i + 1, end, edits)
                self._retense_infinitives(following, end, edits)
                return True
        if following is None and (self._experience_in(span, start, edits, d) or self._experience_of(span, start, edits, d)
                                  or self._exposure(span, start, edits, d) or self._learned_about(span, start, end, edits, d)):
            return True
        if d.code == "P102" and any(t.lemma_.lower() in ("expose", "exposure") for t in span):
            # exposure is no role: "was exposed to the management of STEMI" is never "[Handled/worked on]" it;
            # the sentence stays as written (its facts with it), and the phrase is named as still to fix
            return False
        if d.code == "P102" and self._role_phrase(span, start, edits, d):
            return True
        if d.code == "P102":
            after = self.doc[span.end] if span.end < len(self.doc) else None
            if after is not None and after.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"):
                choice = "[Handled/Worked on]" if self.tense == "past" else "[Handle/Work on]"
                if re.match(r"(?i)(?:took|take|takes|taking)\s+part\s+in\b", span.text):
                    # "took part in weekly didactics": joining, never "handled"
                    choice = "[Joined/took part in]" if self.tense == "past" else "[Join/take part in]"
                noun = next((t for t in self.doc[span.end:span.end + 3] if t.pos_ in ("NOUN", "PROPN")), None)
                while noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i:
                    noun = noun.head  # "the ambulance crew": the group is the crew, never the ambulance
                finish = d.end
                deed = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ", "VBP")
                             and any(g.lower_ in ("that", "who", "which") and g.dep_ == "nsubj" for g in c.children)),
                            None) if noun is not None and noun.lemma_.lower() in _GROUPS else None
                if deed is not None and deed.lemma_.lower() in self.rw.extractor.reader.verbs:
                    # "I was part of the team that collected the data" -> "[Collected/helped collect] the data": what
                    # the team did is the applicant's part to say
                    lemma = deed.lemma_.lower()
                    choice = f"[{inflect(lemma, 'past')}/helped {lemma}]" if self.tense == "past" else f"[{lemma}/help {lemma}]"
                    finish = deed.idx + len(deed.text)
                elif noun is not None and noun.lemma_.lower() in _GROUPS and _says_membership(span):
                    # "was part of the crew of three": membership is a fact, said as one (never "handled the crew")
                    choice = "Served on" if self.tense == "past" else "Serve on"
                elif noun is not None and noun.lemma_.lower() in _GROUPS:  # "was part of the team": never "handled the team"
                    choice = "[Worked with/joined]" if self.tense == "past" else "[Work with/join]"
                elif noun is not None and noun.lemma_.lower() in _PROJECTS:
                    # "was involved in clinical research": worked on it, the draft's own level (never "conducted")
                    choice = "Worked on" if self.tense == "past" else "Work on"
                choice = choice if span.start_char == start or span[0].is_sent_start else choice[:1].lower() + choice[1:]
                lead = span[0].i
                if lead > 0 and self.doc[lead - 1].lower_ == "we":
                    choice = choice.lower()  # "We were responsible for triage" -> "We [handled/worked on] triage"
                elif lead > 0 and self.doc[lead - 1].lower_ == "i" and self.doc[lead - 1].idx >= start:
                    lead -= 1  # "I was responsible for" -> the choice starts the sentence
                    choice = (choice[0].upper() + choice[1:] if choice[0] != "[" else choice[0] + choice[1].upper() + choice[2:]) \
                        if self.doc[lead].idx == start \
                        else "I " + choice.lower()  # "From 2019 till 2022 I was involved in" -> "... I [conducted/...]
                elif span[0].lower_ in ("i", "we") and span[0].idx > start:
                    choice = f"{span[0].text} {choice.lower()}"  # "After the course I was part of" -> "... I served on"
                if self.tense == "present" and self.doc[lead].idx == start and not choice.startswith("I "):
                    choice = "I " + choice.lower()  # ongoing: "I [handle/work on] triage"
                if edits.add(self.doc[lead].idx, finish, choice):
                    self.listed.add(id(d))
                    return True
        return self._cut_hedge(span, start, end, edits, d) or self._cut_intro(span, start, end, edits, d) \
            or self._cut_clause(span, start, end, edits, d)

    def _cut_praise(self, span, edits: _Edits, d: Diagnostic) -> bool:
        """'numerous impactful events were organized, including mentorship programs': the flagged words are a
        word of praise on a thing the applicant did; the praise goes, the events stay."""
        words = [t for t in span if not t.is_punct]
        if len(words) != 2 or words[0].pos_ != "ADJ" or words[0].dep_ != "amod" or words[0].head.i != words[1].i \
                or words[1].pos_ != "NOUN" or words[1].lemma_.lower() in _EXPERIENCE_NOUNS | _HOLLOW_NOUNS \
                or words[1].lemma_.lower() in self.rw.data.get("reflection", {}).get("generic-nouns", []):
            return False
        adjective = words[0]
        if not edits.add(adjective.idx, words[1].idx, "", "cut"):
            return False
        self.left_out.append({"text": adjective.text, "reason": f"{d.code}: {d.message}"})
        self.listed.add(id(d))
        return True

    def _it_was_frame(self, span, start: int, end: int):
        """'It was a great experience to work with ...': the flagged words are the verdict of an "It was ... to"
        frame. Returns the infinitive's verb, or None."""
        sentence = self.doc.char_span(start, end, alignment_mode="expand")
        if sentence is None:
            return None
        root = next((t for t in sentence if t.dep_ == "ROOT"), None)
        if root is None or root.lemma_ != "be" or not any(
                c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this") for c in root.children):
            return None
        if not any(t.i >= root.i for t in span):
            return None
        for token in sentence:
            if token.pos_ == "VERB" and token.i > root.i and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children) \
                    and (token.head.i == root.i or token.head.head.i == root.i) and token.i > span.end - 1:
                return token
        return None

    def _it_was(self, verb, start: int, end: int, edits: _Edits, d: Diagnostic) -> bool:
        """'It was a great experience to work with the team of Dr. Keller' -> 'Worked with the team of Dr.
        Keller': the verdict goes and the act it was about is said; with nothing concrete in the act ("to see the
        American health system") the whole sentence goes (False)."""
        after = verb.idx + len(verb.text)
        if not self.carries_facts(after, end):
            return False
        lemma = _lemma(verb.text) or verb.lemma_.lower()
        if lemma not in self.rw.extractor.reader.verbs:
            return False
        form = _like(inflect(lemma, self.tense), "X") if self.tense == "past" else f"I {inflect(lemma, self.tense)}"
        if edits.add(start, after, form):
            self.left_out.append({"text": " ".join(self.text[start:verb.idx].split()).rstrip(" to"),
                                  "reason": f"{d.code}: {d.message}"})
            self.listed.add(id(d))
            self._done_verbs.add(verb.i)
            return True
        return False

    def _hold_names(self, start: int, end: int, edits: _Edits) -> None:
        """'Universidade Estadual do Vale Paulista': a short lowercase word between two capitalised words is part
        of a name; it is claimed as it stands, so no tense or wording edit ever reaches it ("did Vale")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for token in span or []:
            if 0 < token.i < len(self.doc) - 1 and token.is_lower and len(token.text) <= 3 and token.is_alpha \
                    and self.doc[token.i - 1].is_title and self.doc[token.i + 1].is_title \
                    and not self.doc[token.i - 1].is_sent_start and token.lower_ not in ("and", "or", "of", "in", "at", "for", "to", "the", "on", "by", "with"):
                edits.add(token.idx, token.idx + len(token.text), token.text, "fix")

    def _retense_list(self, first: int, end: int, edits: _Edits) -> None:
        """The list's other items, each re-tensed with the first: "organizing events, representing students and
        addressing concerns" -> "Organized ..., represented ... and addressed ..."."""
        chain = []
        for t in self.doc[first:]:
            item = t.tag_ == "VBG" and t.i > 0 and self.doc[t.i - 1].text in (",", "and", "or")
            if t.idx >= end or t.dep_ in ("nsubj", "nsubjpass") and not item or t.text in (".", ";", "(") \
                    or t.lower_ in ("which", "who", "where", "that", "while", "when"):
                break  # the list ends where a new clause starts ("... and I was taking histories")
            if t.lower_.endswith("ing") and t.tag_ in ("VBG", "NN") and self.doc[t.i - 1].text in (",", "and", "or") \
                    and _lemma(t.text) in self.rw.extractor.reader.verbs and t.i not in self._done_verbs:
                chain.append(t)
        for other in chain:  # "writing notes and following patients"
            lemma = _lemma(other.text) or self.rw.extractor.reader.lemma(other) or other.lemma_.lower()
            if lemma == "do":
                lemma = self._do_as(_object_of(other))  # "doing procedures" -> "performed"
            finish = other.idx + len(other.text)
            after = self.doc[other.i + 1] if other.i + 1 < len(self.doc) else None
            if after is not None and after.lower_ == "of":
                finish = after.idx + len(after.text)  # "filling of database" -> "filled database"
            if edits.add(other.idx, finish, inflect(lemma, self.tense)):
                self._done_verbs.add(other.i)

    def _last_listed_verb(self, start: int, end: int, edits: _Edits) -> None:
        """The last verb of a list the skeleton re-tensed, which the parse hung on a noun ("present my patients on
        rounds and call consultants": "call" read as one of the rounds): said in the list's tense with the rest,
        never "presented ... and call consultants"."""
        if self.tense != "past":
            return
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        moved = [s_ for s_, e_, r_ in edits.items if r_.split() and _past_form(r_.split()[-1].strip("[]/"))]
        for token in span:
            if token.tag_ not in ("VB", "VBP") or token.i in self._done_verbs or token.i < 1 \
                    or self.doc[token.i - 1].lower_ != "and" or token.i + 1 >= len(self.doc):
                continue
            lemma = _lemma(token.lower_)
            if lemma is None or lemma not in self.rw.extractor.reader.verbs or token.head.pos_ not in ("NOUN", "PROPN"):
                continue  # a verb the parse read as a verb is re-tensed by `_verbs`; this is one it hung on a noun
            after = self.doc[token.i + 1]
            if after.pos_ not in ("NOUN", "DET", "PRON", "ADJ", "NUM") or not any(s_ < token.idx for s_ in moved):
                continue
            if edits.add(token.idx, token.idx + len(token.text), inflect(lemma, "past")):
                self._done_verbs.add(token.i)

    def _retense_infinitives(self, verb, end: int, edits: _Edits) -> None:
        """'had the chance to interact with residents and to see how ...' -> 'Interacted with residents and saw
        how ...': an infinitive joined to the converted verb is converted with it."""
        for other in [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.idx < end]:
            to = self.doc[other.i - 1] if other.i > 0 else None
            lemma = _lemma(other.text) or other.lemma_.lower()
            if to is None or to.lower_ != "to" or lemma not in self.rw.extractor.reader.verbs or other.i in self._done_verbs:
                continue
            if edits.add(to.idx, other.idx + len(other.text), inflect(lemma, self.tense)):
                self._done_verbs.add(other.i)

    def _role_phrase(self, span, start: int, edits: _Edits, d: Diagnostic) -> bool:
        """'I was responsible for admission of patients' -> 'Admitted patients'; 'I was in charge of 10 beds' ->
        'Managed 10 beds': the verb the phrase already means (rules/rewrite/facts.toml [role-phrases]), never a
        weaker "[Handled/worked on]"."""
        table = self.rw.data.get("role-phrases", {})
        doc = self.doc
        j = span.end
        if j >= len(doc):
            return False
        lemma, finish = None, None
        if doc[j].lower_ in ("the", "all") and j + 1 < len(doc):
            j += 1
        noun = doc[j].lower_
        obj = ""  # the object a compound names before its act: "data abstraction" -> "abstracted data"
        if noun in table.get("nominal", {}) and j + 1 < len(doc) and doc[j + 1].lower_ == "of" \
                and j + 2 < len(doc) and not doc[j + 2].is_punct:
            lemma, finish = table["nominal"][noun], doc[j + 2].idx  # "admission of patients" -> "admitted patients"
        elif j + 1 < len(doc) and doc[j].dep_ == "compound" and doc[j].head.i == j + 1 \
                and doc[j + 1].lower_ in table.get("nominal", {}):
            lemma, obj = table["nominal"][doc[j + 1].lower_], doc[j].text
            finish = doc[j + 1].idx + len(doc[j + 1].text)
            j += 1
        elif re.search(r"(?i)\bin charge of$", span.text) and table.get("in-charge") \
                and doc[span.end].pos_ in ("NOUN", "PROPN", "DET", "NUM", "ADJ"):
            lemma, finish = table["in-charge"], doc[span.end].idx
        elif noun in table.get("places", []) or doc[j].lemma_.lower() in table.get("places", []):
            lemma, finish = table.get("place-verb", "cover"), doc[span.end].idx  # "responsible for the maternity ward"
        if lemma is None and j + 1 < len(doc) and doc[j].dep_ in ("amod", "compound") \
                and doc[j].head.lower_ in table.get("places", []) and doc[j].head.i <= j + 3:
            lemma, finish = table.get("place-verb", "cover"), doc[span.end].idx  # "the maternity ward
        made = []  # (token, verb) of each product named after the first: "summaries and medication reconciliation"
        product_named = lemma is None
        if lemma is None:
            product = _product_of(doc, j, table.get("products", {}))
            if product is not None:
                lemma, finish = table["products"][product[1]], doc[span.end].idx  # "discharge summaries" -> "Wrote ..."
                made = [(c, table["products"][w]) for c, w in _products_joined(doc, product[0], table.get("products", {}))
                        if table["products"][w] != lemma]
        if lemma is None:
            return False
        words = lemma.split()
        form = " ".join([inflect(words[0], self.tense)] + words[1:])
        lead = span[0].i
        if lead > 0 and doc[lead - 1].lower_ in ("i", "we") and doc[lead - 1].idx >= start:
            lead -= 1
        at_start = doc[lead].idx == start or doc[lead].is_sent_start
        if doc[lead].lower_ == "we":
            form = f"{doc[lead].text} {form}"
        elif at_start and self.tense == "past":
            form = _like(form, "X")
        elif at_start:
            form = f"I {form}"
        elif doc[lead].lower_ == "i":
            form = f"I {form}"
        if edits.add(doc[lead].idx, finish, f"{form} {obj}" if obj else form + " "):
            for token, verb in made:  # "... and medication reconciliation" -> "... and completed medication reconciliation"
                edits.add(token.left_edge.idx, token.left_edge.idx, inflect(verb, self.tense) + " ")
            self.left_out.append({"text": " ".join(self.text[d.start:d.end].split()), "reason": f"{d.code}: {d.message}"})
            self.listed.add(id(d))
            if not product_named:  # "patients, making sheets, the clinical examination": never "examined clinical"
                self._coordinated_acts(j + 1, self.sentence_end(finish), table.get("nominal", {}), edits)
            # "data abstraction from Epic into REDCap, maintaining the database and assisting in analysis"
            self._retense_list(j + 1, self.sentence_end(finish), edits)
            return True
        return False

    def _coordinated_acts(self, after: int, end: int, nominal: dict, edits: _Edits) -> None:
        """'Screened the articles and the data extraction' -> '... and extracted data': an act named as a noun,
        joined to the one just turned into a verb, becomes a verb too, its compound its object."""
        for token in self.doc[after:]:
            if token.idx >= end:
                break
            if token.lower_ not in nominal or token.pos_ != "NOUN":
                continue
            # the words before it up to "and": its article and the compound it acts on ("and the data extraction")
            first = token.i
            while first > after and (self.doc[first - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN")
                                     and self.doc[first - 1].lower_ not in nominal):
                first -= 1
            if first == token.i and token.dep_ != "conj" or self.doc[first - 1].lower_ not in ("and", ",", "&"):
                continue
            words = list(self.doc[first:token.i])
            objects = [w.text for w in words if w.pos_ != "DET"]
            begin = words[0].idx if words else token.idx
            lemma_words = nominal[token.lower_].split()
            form = " ".join([inflect(lemma_words[0], self.tense)] + lemma_words[1:] + objects)
            if self.tense != "past" and not objects:
                continue
            edits.add(begin, token.idx + len(token.text), form)

    def sentence_end(self, at: int) -> int:
        """Where the sentence holding `at` ends."""
        return next((e for s_, e in self.sentences() if s_ <= at < e), len(self.text))

    def _cut_note(self, d: Diagnostic, start: int, end: int, edits: _Edits) -> bool:
        """A note's words go only on their own, never with a clause around them: a hedge in front of a
        clause ("I think that"), or a word that only describes ("a dynamic team", "invaluable mentorship",
        "seamlessly"). Anything else ("where I delved into cases of AKI") stays, named as still to fix."""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return False
        if self._cut_hedge(span, start, end, edits, d):
            return True
        if len(span) == 1 and span[0].dep_ in ("amod", "advmod") and span[0].head.i != span[0].i:
            finish = d.end + (1 if self.text[d.end:d.end + 1] == " " else 0)
            if edits.add(d.start, finish, "", "cut"):
                self.left_out.append({"text": self.text[d.start:d.end], "reason": f"{d.code}: {d.message}"})
                self.listed.add(id(d))
                return True
        return False

    def _cut_hedge(self, span, start: int, end: int, edits: _Edits, d: Diagnostic) -> bool:
        """'I think that I learned to check understanding' -> 'I learned to check understanding': words in front
        of a clause with its own subject go, with their "that", and the clause stays."""
        verb = next((t for t in span if t.pos_ == "VERB"), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i >= span.end), None) if verb is not None else None
        # the clause's subject may be a gerund the parse hangs off it ("I feel that sitting with Mr. L changed
        # me"): every hedge alike, "I think that", "I feel that", "I believe"
        if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") or (
                c.tag_ == "VBG" and c.dep_ == "advcl" and c.i < clause.i and c.i == clause.left_edge.i + 1
                and self.doc[clause.left_edge.i].lower_ == "that") for c in clause.children):
            return False
        first = clause.left_edge.i
        after = self.doc[first + 1] if first + 1 < len(self.doc) else None
        determiner = self.doc[first].dep_ == "det" or after is not None and after.tag_ == "NN" and after.pos_ == "NOUN" \
            and after.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ in ("det", "poss") for c in after.children)
        if self.doc[first].lower_ == "that" and not determiner:
            first += 1  # the clause's "that" goes; a determiner stays with its noun: "That night changed me"
        if span.start_char != start and not span[0].is_sent_start:
            return False
        if not edits.add(span.start_char, self.doc[first].idx, "", "cut"):
            return False
        self.left_out.append({"text": " ".join(self.text[span.start_char:self.doc[first].idx].split()).strip(" ,"),
                              "reason": f"{d.code}: {d.message}"})
        self.listed.add(id(d))
        return True

    def _experience_in(self, span, start: int, edits: _Edits, d: Diagnostic) -> bool:
        """'I gained invaluable experience in managing diseases like dengue, malaria and TB' -> '[Managed/helped
        manage] diseases like dengue, malaria and TB': the facts stay, as a choice of role the applicant picks."""
        doc = self.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("in", "with") or span.root.lemma_.lower() != "gain" \
                and not any(t.lemma_.lower() == "gain" for t in span):
            return False
        gerund = doc[span.end + 1]
        lemma = _lemma(gerund.text) if gerund.lower_.endswith("ing") else None
        if not lemma or lemma not in self.rw.extractor.reader.verbs:
            return False
        first = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ in ("i", "we") else span.start
        begin = doc[first].idx
        if begin < start or not doc[first].is_sent_start and first != span.start:
            return False
        we = "we " if doc[first].lower_ == "we" else ""
        choice = f"{we}[{inflect(lemma, self.tense)}/helped {lemma}]"
        if edits.add(begin, gerund.idx + len(gerund.text), _like(choice, "X") if not we else choice):
            self.left_out.append({"text": " ".join(self.text[d.start:d.end].split()), "reason": f"{d.code}: {d.message}"})
            self.listed.add(id(d))
            return True
        return False

    def _experience_of(self, span, start: int, edits: _Edits, d: Diagnostic) -> bool:
        """'I had gained invaluable experience regarding the management of dengue, DKA and MI' -> 'I [managed/helped
        manage] patients with dengue, DKA and MI': the filler goes, the conditions stay, the role is a choice."""
        doc = self.doc
        # "Learned a great deal about the management of ...", "gained knowledge of the treatment of ..." alike
        learned = any(t.lower_ in ("experience", "knowledge", "insight", "understanding") or t.lemma_.lower() == "learn"
                      for t in span)
        if not learned or span.end >= len(doc) \
                or doc[span.end].lower_ not in ("regarding", "in", "with", "of", "about", "concerning"):
            return False
        j = span.end + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        verbs = {"management": "manage", "managing": "manage", "treatment": "treat", "treating": "treat"}
        if j + 1 >= len(doc) or doc[j].lower_ not in verbs or doc[j + 1].lower_ not in ("of", "for"):
            return False
        target = j + 2
        if target < len(doc) and doc[target].lower_ in ("the", "various", "different"):
            target += 1
        if target >= len(doc) or doc[target].is_punct:
            return False
        lemma = verbs[doc[j].lower_]
        first = span.start
        while first > 0 and doc[first - 1].lower_ in ("had", "have", "has", "also") and doc[first - 1].idx >= start:
            first -= 1
        subject = doc[first - 1] if first > 0 and doc[first - 1].lower_ in ("i", "we") else None
        at_start = (subject.idx if subject is not None else doc[first].idx) == start
        choice = f"[{inflect(lemma, self.tense)}/helped {lemma}]"
        if self.profile.experience_type in ("observership", "shadowing"):
            choice = inflect("see", self.tense)  # an observer manages nobody: "Saw patients with CHF and COPD"
        patients = "" if doc[target].lemma_.lower() in _PATIENTS + ("disease", "condition", "illness", "disorder", "case") \
            else "patients with "
        if at_start and self.tense == "past":
            begin, words = start, _like(choice, "X") + " " + patients
        elif subject is not None:
            begin, words = subject.idx, f"{subject.text} {choice} {patients}"
        else:
            return False
        if edits.add(begin, doc[target].idx, words):
            self.left_out.append({"text": " ".join(self.text[d.start:doc[j + 1].idx + len(doc[j + 1].text)].split()),
                                  "reason": f"{d.code}: {d.message}"})
            self.listed.add(id(d))
            return True
        return False

    def _learned_about(self, span, start: int, end: int, edits: _Edits, d: Diagnostic) -> bool:
        """'Gained good knowledge about insulin regimens and the US guidelines (ADA 2025)' -> 'Studied insulin
        regimens and ...': what was learned, when it names something (a number, a name, a list), stays as what
        was studied; a vague one ("learned about the US healthcare system") is cut as before."""
        doc = self.doc
        words = " ".join(t.lower_ for t in span)
        if not re.fullmatch(r"(?:i\s+)?(?:gained|gain|got|acquired|learned|learnt|learn|developed|improved)\s+(?:(?:a|an|good|"
                            r"great|deep|deeper|better|solid|some|much|valuable|broad|lot|of|my)\s+)*(?:knowledge|"
                            r"understanding|insight|insights)?", words):
            return False
        if span.end >= len(doc) or doc[span.end].lower_ not in ("about", "of", "on", "in", "into", "regarding"):
            return False
        preposition = doc[span.end]
        if preposition.i + 1 >= len(doc) or preposition.idx + len(preposition.text) >= end \
                or not self.carries_facts(doc[preposition.i + 1].idx, end):
            return False
        form = inflect("study", self.tense)
        lead = span[0]
        if lead.lower_ == "i" and lead.idx == start and self.tense == "past":
            begin, form = lead.idx, "Studied"
        elif lead.idx == start or lead.is_sent_start:
            begin, form = lead.idx, (_like(form, "X") if self.tense == "past" else f"I {form}")
        elif lead.lower_ == "i":
            begin, form = lead.idx, f"I {form}"
        else:
            begin = lead.idx
        after = doc[preposition.i + 1]
        if edits.add(begin, after.idx, form + " "):
            self.left_out.append({"text": " ".join(self.text[d.start:d.end].split()), "reason": f"{d.code}: {d.message}"})
            self.listed.add(id(d))
            return True
        return False

    def _exposure(self, span, start: int, edits: _Edits, d: Diagnostic) -> bool:
        """'got exposure of many cases like DKA, CHF and sepsis', 'was exposed to the EMR' -> 'saw ...': the filler
        goes, what was seen stays, and nothing more than seeing is claimed."""
        words = " ".join(t.lower_ for t in span)
        if not re.fullmatch(r"(?:i\s+)?(?:got|gets|get|had|have|has|gained|gain)\s+(?:(?:a\s+)?(?:lot|lots|great|good|"
                            r"some|much|valuable|wide|broad)\s+(?:of\s+)?)*exposure\s+(?:to|of)|(?:i\s+)?(?:was|were|am|"
                            r"is|are|got|get)\s+(?:also\s+)?exposed\s+to", words):
            return False
        if span.end >= len(self.doc) or self.doc[span.end].is_punct:
            return False
        lead = span[0]
        if lead.lower_ == "i":
            lead = self.doc[lead.i + 1]
        before = self.doc[span.start - 1] if span.start > 0 else None
        form = inflect("see", self.tense)
        seen = next((t for t in self.doc[span.end:span.end + 4] if t.pos_ in ("NOUN", "PROPN")), None)
        after = " ".join(t.lower_ for t in self.doc[span.end:span.end + 12])
        concrete = seen is not None and (seen.lemma_.lower() in _PATIENTS or seen.lemma_.lower() == "case")
        # "exposure to dialysis, AKI and transplant cases": a list of named things is what was seen
        listed = re.match(r"[\w/ -]+(?:,\s*[\w/ -]+)+,?\s+(?:and|or)\s+\w", after) is not None
        # "exposure to the Epic EMR system", "EMR (eClinicalWorks)": a named tool or place is a fact; the
        # sentence keeps it, led by a verb the applicant picks
        object_end = self.sentence_end(span.end_char)
        named = [t for t in self.doc[span.end:] if t.idx < object_end and t.is_alpha and len(t) >= 2
                 and (t.pos_ == "PROPN" or t.is_upper) and t.ent_type_ not in ("GPE", "NORP")]
        if named and re.search(r"\b(?:and|or)\s+(?:to|of|in)\b", self.text[span.end_char:object_end]):
            named = []  # "to the American insurance system and to the CPOE": two things; the sentence goes whole
        if named and seen is not None and seen not in named and seen.pos_ != "PROPN" and not seen.is_upper \
                and not concrete and not listed:
            # "exposure to the American health system - EMR (Epic), interdisciplinary work": what it names is a
            # system, not something the applicant used; the sentence is filler and goes whole (listed)
            self.owned_by_filler.add(start)
            return False
        if named and not concrete and not listed and not re.search(r"\b(?:like|such as|including)\b|\d", after):
            form = "[Used/worked with]" if self.tense == "past" else "[use/work with]"
        elif not concrete and not listed and not re.search(r"\b(?:like|such as|including)\b|\d", after):
            return False  # "exposed to the US healthcare system": filler to cut, never "saw the US healthcare system"
        choice = self.weak.get("see")
        if concrete and choice \
                and (self.facts.type is None or self.facts.type.value != "shadowing"):
            # "exposure to many cases": "saw [N] cases", the draft's own level (never "[Evaluated/saw]")
            form = _choice_in_tense(choice["choices"][-1], self.tense)
        if span[0].lower_ == "i" and span[0].idx == start and self.tense == "past":
            begin, form = span[0].idx, _like(form, "X")
        elif before is not None and before.text == "I" and before.idx == start and self.tense == "past":
            begin, form = before.idx, _like(form, "X")
        else:
            begin = lead.idx
        if edits.add(begin, span.end_char, form):
            self.left_out.append({"text": " ".join(self.text[d.start:d.end].split()), "reason": f"{d.code}: {d.message}"})
            self.listed.add(id(d))
            return True
        return False

    def _gerund_item(self, start: int, end: int, edits: _Edits) -> None:
        """A pasted list item led by a gerund ("Rooming patients and obtaining vital signs") is told as the
        skeleton's other sentences are: "Roomed patients and obtained vital signs" (past), "I room ..." (present)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return
        first = next((t for t in span if not t.is_punct and t.text not in ("-", "•", "*")), None)
        if first is None or not first.text.endswith("ing") or not first.text[:1].isupper():
            return
        lemma = _lemma(first.text)
        if not lemma or lemma not in self.rw.extractor.reader.verbs or any(c.dep_.startswith("nsubj") for c in first.children):
            return
        if _a_role_title(first):
            return  # "Rotating intern, Department of Surgery": a title, never "Rotated intern"
        if first.dep_ in ("nsubj", "csubj", "nsubjpass") or any(
                t.pos_ in ("VERB", "AUX") and t.i > first.i and any(c.dep_ in ("nsubj", "csubj") and c.i <= first.i + 3
                                                                  for c in t.children) and first.i in {s.i for s in t.subtree}
                for t in span):
            return  # "Teaching made me realize ...": the gerund is the sentence's subject, never "Taught made me"
        gerunds = [first] + [t for t in span if t.i > first.i and t.text.endswith("ing") and t.i > 0
                             and self.doc[t.i - 1].text in ("and", ",", "or") and t.tag_ in ("VBG", "NN")
                             and _lemma(t.text) in self.rw.extractor.reader.verbs]
        for token in gerunds:
            base = _lemma(token.text)
            form = inflect(base, self.tense) if self.tense == "past" else base
            if token is first:
                form = _like(form, "X") if self.tense == "past" else f"I {form}"
            if edits.add(token.idx, token.idx + len(token.text), form):
                self._done_verbs.add(token.i)

    def _pluperfect(self, start: int, end: int, edits: _Edits) -> None:
        """'I had performed my house job' -> 'Completed my house job'; 'had admitted' -> 'admitted': a finished
        experience is told in the simple past."""
        if self.tense != "past":
            return
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for token in span or []:
            if token.lower_ not in ("had", "have", "has", "'ve") or token.dep_ != "aux" or token.head.tag_ != "VBN" \
                    or token.head.i in self._done_verbs:
                continue  # "I had performed", "I have done": a finished experience is told in the simple past
            verb = token.head
            if token.i + 1 != verb.i or any(c.dep_ == "auxpass" for c in verb.children):
                continue  # "had also seen", "had been seen": left as written
            if token.i > 0 and (self.doc[token.i - 1].lower_ == "to" or self.doc[token.i - 1].tag_ == "MD"):
                continue  # "Proud to have served", "could have seen": the perfect infinitive stays
            lemma = _lemma(verb.text) or verb.lemma_.lower()
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if lemma in ("do", "perform") and obj is not None and _names_the_experience(obj):
                lemma = "complete"
            form = inflect(lemma, "past")
            before = self.doc[token.i - 1] if token.i > 0 else None
            begin = token.idx
            if before is not None and before.text == "I" and before.idx == start:
                begin, form = before.idx, _like(form, "X")  # the skeleton's fragment: "Completed my house job"
            if edits.add(begin, verb.idx + len(verb.text), form):
                self._done_verbs.add(verb.i)

    def _cut_traits(self, span, start: int, end: int, edits: _Edits, d: Diagnostic) -> bool:
        """'As a passionate and hardworking house officer at Mayo Hospital, I ...' -> 'As a house officer at Mayo
        Hospital, I ...': trait words that describe a noun are cut, and the role and place stay."""
        if getattr(self.rw.rules[d.code], "name", "") != "trait-claim":
            return False  # vague filler ("invaluable experience") is cut with its clause, not word by word
        if not self.carries_facts(start, end):
            return False  # "Demonstrated strong work ethic throughout": nothing but the trait; the sentence goes
        traits = [t for t in span if t.pos_ in ("ADJ", "VERB") and t.tag_ in ("JJ", "VBG", "VBN")
                  and (t.dep_ == "amod" or (t.dep_ == "conj" and t.head.dep_ == "amod"))]
        if not traits:
            return False
        adjective = traits[0] if traits[0].dep_ == "amod" else traits[0].head
        noun = adjective.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= adjective.i:
            return False
        if noun.dep_ in ("attr", "acomp") and noun.head.lemma_.lower() == "be" and not _names_a_role(noun) \
                or noun.lemma_.lower() in _HOLLOW_NOUNS:
            return False  # "I am a very reliable person (and ...)": the whole trait clause goes, never "I was a person"
        chain = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
        chain_tokens = sorted({t for c in chain for t in c.subtree if t.i < noun.i}, key=lambda t: t.i)
        if not chain_tokens or any(t.pos_ in ("NUM", "PROPN", "PRON") or t.text[:1].isupper() and t.i != chain_tokens[0].i
                                   for t in chain_tokens):  # ("made me more confident ...": "me" stays with "made")
            return False
        first, last = chain_tokens[0], self.doc[max(t.i for t in chain_tokens)]
        finish = self.doc[last.i + 1].idx if last.i + 1 < len(self.doc) else last.idx + len(last.text)
        if not (start <= first.idx and finish <= end):
            return False
        cut_text = self.text[first.idx:finish]
        article = self.doc[first.i - 1] if first.i > 0 else None
        if not edits.add(first.idx, finish, "", "cut"):
            return False
        if article is not None and article.lower_ in ("a", "an"):  # "an honest doctor" -> "a doctor"
            wanted = "an" if self.text[finish:finish + 1].lower() in "aeio" else "a"
            if wanted != article.lower_:
                edits.add(article.idx, article.idx + len(article.text), _like(wanted, article.text), "cut")
        self.left_out.append({"text": " ".join(cut_text.split()), "reason": f"{d.code}: {d.message}"})
        self.listed.add(id(d))
        return True

    def _cut_intro(self, span, start: int, end: int, edits: _Edits, d: Diagnostic) -> bool:
        """'As a humble and dedicated young doctor, I joined rounds': the opening phrase that holds the flagged
        words is cut up to its comma, and the rest of the sentence stays."""
        token = span.root
        while token.dep_ != "prep" and token.head.i != token.i:
            token = token.head
        if token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX") or token.i > token.head.i:
            return False
        first, last = token.left_edge.i, token.right_edge.i
        if self.doc[first].idx != start and not self.doc[first].is_sent_start:
            return False
        if last + 1 < len(self.doc) and self.doc[last + 1].text == ",":
            last += 1
        return self._cut_tokens(first, last + 1, start, end, edits, d)

    def _verb_after(self, span):
        """The verb the flagged words lead into: "had the opportunity to | present", "responsible for | managing"."""
        position = span.end
        doc = self.doc
        while position < len(doc) and doc[position].lower_ in _FOLLOWING_PREPS and position - span.end < 2:
            position += 1
        if position >= len(doc):
            return None
        token = doc[position]
        if token.dep_ == "prep" or token.pos_ == "ADP" or _PREPOSITION_FORMS.get(token.lower_):
            return None  # "gained experience regarding management": never a verb made from a preposition
        if token.tag_ in ("VB", "VBG") and token.pos_ in ("VERB", "AUX") and token.lemma_.lower() not in ("be", "have"):
            return token
        if token.lower_.endswith("ing") and any(c.dep_ == "dobj" for c in token.children):
            return token  # "in charge of scheduling appointments": a gerund with an object, tagged as a noun
        return None

    def _cut_clause(self, span, start: int, end: int, edits: _Edits, d: Diagnostic) -> bool:
        """Cut the coordinated clause that holds the flagged words, when the sentence has another."""
        verb = span.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        while verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ("help", "allow", "enable", "make", "let") \
                and verb.head.dep_ in ("relcl", "advcl", "xcomp", "acl"):
            verb = verb.head  # "which helped me to improve my understanding": the whole clause, never "which helped."
        # the clauses of the sentence: the root verb and the verbs coordinated with it
        root = verb
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        clauses = [root] + [t for t in root.subtree if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                            and _clause_head(t).i == root.i]
        clause_ids = [c.i for c in clauses]
        relative = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.lower_ in ("which", "who", "that")), None)
        if verb.i == root.i and relative is not None and len(clauses) >= 2 and root.dep_ in ("relcl", "advcl", "acl") \
                and not any(t.like_num or (t.pos_ == "PROPN") for t in root.subtree):
            # "..., which taught me a lot and made me stronger as a person": its other verbs share the "which";
            # cutting the first alone would leave "made me stronger" with no subject, so the clause goes whole
            clauses = [root]
            clause_ids = [root.i]
        if verb.i not in clause_ids or len(clauses) < 2:
            if verb.dep_ in ("advcl", "xcomp", "ccomp", "relcl", "acl") and verb.i > verb.head.i \
                    and (verb.head.pos_ in ("VERB", "AUX") or verb.dep_ == "relcl"):
                left = verb.left_edge.i
                while left > 0 and self.doc[left - 1].text in (",", "and", "which", "that"):
                    left -= 1
                return self._cut_tokens(left, verb.right_edge.i + 1, start, end, edits, d)
            return False
        inside = {t.i for t in verb.subtree}
        owned = inside - {t.i for c in clauses if c.i != verb.i and c.i in inside for t in c.subtree}
        first, last = min(owned), max(owned)
        if verb.i != root.i and verb.i == max(clause_ids):
            # the last clause runs to the sentence's end: "and u learn a lot abt how hard it is ..." goes whole,
            # never leaving "abt how hard it is ..." hung on the clause before (the parse may miss the words)
            tail = [t.i for t in self.doc[last + 1:] if t.idx < end and not t.is_punct]
            last = max([last] + tail)
        # take the joining "and" / comma before it (or after, for the first clause)
        if verb.i != root.i:
            while first > 0 and self.doc[first - 1].text in (",", "and", "or", "but", "also"):
                first -= 1
            ordered = sorted(clause_ids)
            if verb.i == ordered[-1] and len(ordered) >= 3:
                # "observed A, presented B, and learned C" -> "observed A and presented B"
                before = self.doc[min(t.i for t in self.doc[ordered[-2]].subtree) - 1]
                if before.text == "," and before.idx >= start:
                    # part of the cut: kept with it where a rewrite falls back, never a list left without its "and"
                    edits.add(before.idx, before.idx + 1, " and", "cut")
            elif verb.i == ordered[-1]:
                # a middle item the parser did not join ("cultivate skills, navigate challenges, and underscore
                # ..."): the last comma before the cut that opens a verb's item takes the "and"
                comma = next((t for t in reversed(self.doc[root.i:first]) if t.text == ","
                              and t.i + 1 < first and self.doc[t.i + 1].tag_.startswith("VB")), None)
                if comma is not None and comma.idx >= start:
                    edits.add(comma.idx, comma.idx + 1, " and", "cut")
        else:
            first = min(first, self.doc[first].i)
            while last + 1 < len(self.doc) and self.doc[last + 1].text in (",", "and", "also"):
                last += 1
        return self._cut_tokens(first, last + 1, start, end, edits, d)

    def _cut_realised_cliche(self, span, start: int, end: int, edits: _Edits, d: Diagnostic) -> bool:
        """"When Am Sayed died in our ICU, I realized that medicine is an art." -> "Am Sayed died in our ICU.":
        the moment told stays as a sentence of its own, the realised cliché goes (listed)."""
        from erasl.skeleton_clauses import moment_without_its_cliche

        cuts = moment_without_its_cliche(self, span, start, end)
        if cuts is None:
            return False
        (mark, first), (clause_end, finish) = cuts
        if not edits.add(mark, first, "", "cut"):
            return False
        if not edits.add(clause_end, finish, "", "cut"):
            edits.items.remove((mark, first, ""))
            return False
        if self.text[first].islower():  # "When my patient died" -> "My patient died"
            edits.add(first, first + 1, self.text[first].upper(), "cut")
        self.left_out.append({"text": " ".join(self.text[clause_end:finish].split()).strip(" ,"),
                              "reason": f"{d.code}: {d.message}"})
        self.listed.add(id(d))
        return True

    def _cut_tokens(self, first: int, last: int, start: int, end: int, edits: _Edits, d: Diagnostic) -> bool:
        if self._leaves_dangling(first, last):
            return False  # "This rotation helped.", "reminded me.": the sentence goes whole (or stays, with its facts)
        begin = max(self.doc[first].idx, start)
        finish = min(self.doc[last - 1].idx + len(self.doc[last - 1].text), end)
        remaining = (self.text[start:begin] + self.text[finish:end]).strip()
        if begin >= finish or len(re.findall(r"[A-Za-z]+", remaining)) < 3:
            return False
        if re.match(r"(?i)(?:it|this|that)\s+(?:was|is|has been)\b", remaining) and not re.search(r"\d|\s[A-Z]", remaining):
            return False  # "It was a very fulfilling experience [that ...]": what is left says nothing either
        if leaves_a_reference(self, self.text[finish:end], self.text[:start]):
            return False  # "[I am a hard worker, and] I bring this energy to ...": what is left points at the cut
        if edits.add(begin, finish, "", "cut"):
            self.left_out.append({"text": " ".join(self.text[begin:finish].split()).strip(" ,"),
                                  "reason": f"{d.code}: {d.message}"})
            self.listed.add(id(d))
            return True
        return False

    def _leaves_dangling(self, first: int, last: int) -> bool:
        """Cutting tokens first..last-1 takes the object or complement of a verb that stays ("helped [me to
        develop ...]", "reminded me [why ...]", "made me realize [that ...]"): the verb would be left hanging."""
        for token in self.doc[first:last]:
            head = token.head
            if head.i == token.i or first <= head.i < last:
                continue
            if token.dep_ in _COMPLEMENTS and head.pos_ in ("VERB", "AUX"):
                if token.dep_ in ("xcomp", "ccomp") and any(
                        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not (first <= c.i < last) for c in head.children):
                    continue  # "empowered 20 students [to reach their potential]": the verb keeps its object
                return True
        return False

    def _verbs(self, start: int, end: int, edits: _Edits) -> None:
        """The applicant's verbs in the skeleton's tense; weak verbs as a choice that keeps their meaning."""
        for action in self.profile.actions:
            if not (start <= action.start < end):
                continue
            token = self.doc.char_span(action.start, action.end)
            if token is None or token[0].i in self._done_verbs:
                continue
            # a weak verb ("assisted with", "observed", "watched") is the draft's own level of involvement: only a
            # plainer word for the same part is offered ("[Joined/observed] rounds"), never one that claims more
            choice = self.weak.get(action.lemma)
            if choice and action.group in ("observer", "underselling") and self._weak_choice(token[0], choice, edits):
                continue
            if action.lemma == "do" and token[0].dep_ != "aux":
                # "did my observership" -> "completed"; "did stitching" -> "performed"; "did the errands": stays
                lemma = self._do_as(_object_of(token[0]))
                form = lemma if _wants_base(token[0]) else inflect(lemma, self.tense)
                if token[0].tag_ == "VBG":  # "was taking histories and doing exams": the -ing form stays
                    from lemminflect import getInflection

                    form = (getInflection(lemma, tag="VBG") or [token[0].text])[0]
                if token[0].tag_ != "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token[0].children):
                    form = inflect(lemma, "past") if lemma != "do" else "done"  # "have done" -> "have completed"
                edits.add(action.start, action.end, _like(form, action.text))
                continue
            if _wants_base(token[0]) or _noun_after_noun(token[0]):
                continue  # "helped to perform", "how to suture", "could present": the base form stays; "phone calls"
            if token[0].tag_ == "VBG" and _a_role_title(token[0]):
                continue  # "Acting intern, ...": a title, never "Acted intern"
            if token[0].tag_ == "VBG" and token[0].dep_ == "conj" and token[0].head.tag_ == "VBG":
                continue  # "was taking histories and presenting patients": a sibling of an -ing verb keeps its form
            if action.tense == "past" and self.tense == "present" and self._a_finished_event(action, token[0]):
                continue  # "so I learned to ask them to slow down": a finished event in an ongoing entry stays past
            if action.tense and action.tense != self.tense and action.lemma not in _TIMELESS:
                verb, rest = action.text, ""
                if len(token) > 1 and token[0].pos_ in ("VERB", "AUX"):
                    # a phrase the lexicon reads as one act ("join the weekly echo conference"): its first word is
                    # the verb, the rest stays as written (never "join the weekly echo conferenced")
                    verb, rest = token[0].text, action.text[len(token[0].text):]
                lemma = _lemma(verb) or (action.lemma if not rest else token[0].lemma_.lower())
                if lemma not in self.rw.extractor.reader.verbs and " " not in lemma:
                    continue  # "outpatient clinic and endoscopy suite": a noun the tagger took for a verb
                form = inflect(lemma, self.tense)
                if self.tense == "present" and _past_form(form):
                    continue  # "founded" -> "found" reads as "find" in the past: the draft's past stays
                if not token[0].text.lower().startswith("co-") or "-" in form:
                    if edits.add(action.start, action.end, _like(form, verb) + rest):
                        self._done_verbs.add(token[0].i)

    def _a_finished_event(self, action, token) -> bool:
        """A past-tense verb of an ongoing entry that tells one finished event, not the work that goes on: a verb of
        a change that happened once ("learned to ask", "started", "was selected"), or a clause set in the past
        ("in 2022", "last year", "once", "at first"); rules/rewrite/slots.toml [tense]."""
        spec = self.rw.data.get("tense", {})
        if action.lemma in spec.get("finished-events", []):
            return True
        sentence = token.sent.text
        return any(re.search(p, sentence, re.IGNORECASE) for p in spec.get("past-markers", []))

    def _claims_more(self, verb: str) -> bool:
        """The stronger verb of a weak-verb choice claims more than the draft says: one of the lexicon's hands-on
        or role verbs ("performed", "monitored", "examined"), never a plainer word for the same part ("joined")."""
        from erasl.lexicon import lexicon_file

        verbs = lexicon_file().get("verbs", {})
        lemma = _lemma(verb.split()[0].lower()) or verb.split()[0].lower()
        return lemma in set(verbs.get("hands-on", [])) | set(verbs.get("role", []))

    def _weak_choice(self, verb, choice: dict, edits: _Edits) -> bool:
        """'observed the team' -> '[Joined/observed] the team', 'participated in rounds' -> '[Joined/participated
        in] rounds': a verb that says the same involvement more plainly, only where it fits the words that follow.
        A verb that claims more ("performed", "monitored", "examined": the lexicon's hands-on and role verbs) is
        never offered: the draft's own verb stays (review 14)."""
        forms = [_choice_in_tense(c, self.tense) for c in choice["choices"]]
        after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if after is None or self._claims_more(choice["choices"][0]):
            return False
        strong, own = forms[0], forms[-1]
        own_words = own.split()
        end = verb.idx + len(verb.text)
        direct = after.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON") and after.lower_ not in ("how", "what")
        own_verb = inflect(self.rw.extractor.reader.lemma(verb) or verb.lemma_.lower(), self.tense)
        if any(c.i > verb.i and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children):
            return False  # "watched the registrar talk": the object does the act; the draft's verb stays
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:  # a fragment the tagger misreads ("Observed several patients"): the first noun after it
            obj = next((t for t in self.doc[verb.i + 1:verb.i + 5] if t.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None and _a_person(obj):
            if obj.lemma_.lower() not in _PATIENTS:
                return False  # "observed the attending": never "[Examined/observed] the attending"
            if "person" in choice:
                if not choice["person"]:
                    return False
                if self._claims_more(choice["person"]):
                    return False  # "observed 20 patients": never "[Examined/observed]"
                strong = _choice_in_tense(choice["person"], self.tense)
        elif obj is not None and "fits" in choice and obj.lemma_.lower() not in choice["fits"] \
                and obj.lower_ not in choice["fits"]:
            return False  # "observed the management of patients": "joined" would not fit; the verb stays
        if len(own_words) > 1 and after.lower_ == own_words[-1]:  # "helped with", "participated in"
            end = after.idx + len(after.text)
            own = f"{own_verb} {after.lower_}"
        elif direct and (len(own_words) == 1 or choice.get("direct")):
            if len(own_words) > 1:
                lemma = choice["direct"]
                self.verb_counts[lemma] = self.verb_counts.get(lemma, 0) + 1
                if self.verb_counts[lemma] >= 3:
                    lemma = self.rw.data.get("vary", {}).get(lemma, lemma)
                strong = inflect(lemma, self.tense)
            own = own_verb
        else:
            return False
        return edits.add(verb.idx, end, f"[{_like(strong, verb.text)}/{own}]")

    def _activity_tense(self, start: int, end: int, edits: _Edits) -> None:
        """The draft's own active verbs the profile could not time ("I checked ..., I translated ...")."""
        for activity in self.facts.activities:
            if not (start <= activity.start < end) or activity.voice != "active":
                continue
            span = self.doc.char_span(activity.start, activity.start + len(activity.verb), alignment_mode="expand")
            if span is None:
                continue
            token = span[-1]
            if token.i in self._done_verbs or token.lemma_.lower() in _TIMELESS or _wants_base(token) \
                    or _noun_after_noun(token):
                continue
            if self.tense == "present" and (token.dep_ in ("acl", "amod", "relcl") or (_lemma(token.text) or activity.lemma)
                                            in self.rw.data.get("tense", {}).get("done-once", [])
                                            or token.i > 0 and token.idx > start
                                            and self.doc[token.i - 1].pos_ in ("NOUN", "PROPN")):
                continue  # "an NGO focused on ...", "Founded an NGO": a description, or done once, stays as said
            if (self.tense == "present" and token.tag_ == "VBD") or (self.tense == "past" and token.tag_ in ("VBP", "VBZ")):
                lemma = _lemma(token.text) or activity.lemma
                if edits.add(token.idx, token.idx + len(token.text), _like(inflect(lemma, self.tense), token.text)):
                    self._done_verbs.add(token.i)

    def _fragment_tense(self, start: int, end: int, edits: _Edits) -> None:
        """An ongoing entry's résumé fragment the tagger misreads ("Interpreted for 10 patients per shift", the
        verb tagged a name): "I interpret for 10 patients per shift"."""
        if self.tense != "present":
            return
        span = self.doc.char_span(start, end, alignment_mode="expand")
        first = next((t for t in span or [] if t.is_alpha), None)
        if first is None or first.i in self._done_verbs or first.idx != start or not _past_form(first.text):
            return
        lemma = _lemma(first.text)
        if lemma in self.rw.data.get("tense", {}).get("done-once", []):
            return  # "Founded a youth NGO": done once, said in the past in an ongoing entry too
        if lemma in self.rw.extractor.reader.verbs and lemma not in _TIMELESS \
                and edits.add(first.idx, first.idx + len(first.text), f"I {lemma}"):
            self._done_verbs.add(first.i)

    def _finished_tense(self, start: int, end: int, edits: _Edits) -> None:
        """A finished experience is told in the past, whoever the subject: 'The attending reviews my plans' ->
        'reviewed'; 'is' -> 'was'. Modals ("can"), the draft's quotations and what it says of the hospital or
        the program (still true) stay."""
        if self.tense != "past":
            return
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or '"' in span.text or "\u201c" in span.text:
            return
        if any(m.label == "organisation" and m.start is not None and start <= m.start < end
               for m in self.profile.subjects):
            return  # "The hospital is a 1,200-bed teaching hospital": still true after the applicant left
        for token in span:
            if token.tag_ not in ("VBP", "VBZ") or token.pos_ not in ("VERB", "AUX") or token.i in self._done_verbs \
                    or token.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl", "aux", "auxpass", "xcomp") \
                    or _wants_base(token):
                continue  # "two night calls" (a noun the tagger took for a verb) stays
            if any(c.dep_ in ("aux", "auxpass") for c in token.children):
                continue  # the auxiliary carries the tense ("did two night calls": "calls" is no verb)
            if token.lemma_.lower() in _TIMELESS:
                continue  # "I hope this experience can show": a hope or belief is the applicant's today
            if _noun_after_noun(token) or _object_read_as_clause(token):
                continue  # "Answered phone calls", "explain the echo results": a noun, never "phone called"
            if _a_subject_read_as_verb(token):
                continue  # "Daily rounds with the consultant started at 7am": the subject, never "Daily rounded"
            if self.text[token.idx + len(token.text):token.idx + len(token.text) + 1] == "/":
                continue  # "40-60 draws/shift": a rate's noun, never "drew/shift"
            if token.i > 0 and self.doc[token.i - 1].tag_ in ("DT", "PDT") and (
                    token.dep_ != "ROOT" or token.tag_ == "VBP" and self.doc[token.i - 1].lower_ in ("each", "every", "a", "an", "the")):
                continue  # "each batch about 40 students": a noun after "each", never "each batched"
            clause = token.head if token.dep_ in ("aux", "auxpass") else token
            if any(c.lower_ == "being" for c in clause.children):
                continue  # "a manuscript is being prepared": a status the draft gives, kept as it is
            if clause.lemma_ == "be" and re.match(r"(?i)\s*(?:currently\s+|now\s+|still\s+)?(?:under (?:preparation|review|"
                                                  r"revision|submission)|in (?:preparation|press|review|revision|progress))\b",
                                                  self.text[token.idx + len(token.text):token.idx + len(token.text) + 40]):
                continue  # "Manuscript is under review": its status today, whatever the entry's tense
            if any(c.dep_ == "neg" for c in clause.children):
                continue  # "Since I don't speak Punjabi": a state that is still true
            if any(c.lower_ in ("how", "why") and c.i < clause.i for c in clause.children) \
                    or self.doc[max(clause.i - 5, 0):clause.i].text.lower().startswith("how "):
                continue  # "to see how the American healthcare system works": how things are, still true
            if any(t.lower_ in _STILL_TRUE for t in clause.subtree):
                continue  # "the physician I am today", "what I still do": true now, whatever the entry's tense
            if clause.lemma_ == "be" and clause.dep_ == "relcl" and (clause.head.ent_type_ == "PERSON" or clause.head.pos_ == "PROPN"):
                continue  # "Dr. Gupta, who is a hospitalist": the supervisor still is one
            if clause.lemma_ == "be" and any(c.dep_ == "attr" for c in clause.children) and any(
                    c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in clause.children):
                continue  # "Dr. Okafor is a transplant hepatologist": what a named person is, they still are
            if _an_institution_subject(clause):
                continue  # "Cliniques Universitaires de Kimbanseke is one of the biggest hospitals": it still is
            if any(s_ < token.idx + len(token.text) and token.idx < e_ for s_, e_, _ in edits.items):
                continue
            if token.i >= 2 and self.doc[token.i - 2].pos_ == "ADP" and self.doc[token.i - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
                    or token.i >= 1 and self.doc[token.i - 1].pos_ == "ADP":
                continue  # "present on AM rounds": the object of a preposition, never "on AM rounded"
            if self._perfect_to_past(token, edits):
                continue  # "I have also assisted" -> "I also assisted", never the pluperfect "had assisted"
            if token.lemma_.lower() == "be":
                form = "were" if token.lower_ in ("are", "'re") else "was"
            else:
                lemma = _lemma(token.text) or token.lemma_.lower()
                if lemma not in self.rw.extractor.reader.verbs:
                    continue  # "a Level I trauma center": a noun the tagger took for a verb
                form = inflect(lemma, "past")
            if form and token.text[:1] in ("'", "\u2019"):
                form = " " + form  # "that's why" -> "that was why", never "thatwas"
            if form and edits.add(token.idx, token.idx + len(token.text), _like(form, token.text.lstrip("'\u2019"))):
                self._done_verbs.add(token.i)

    def _perfect_to_past(self, token, edits: _Edits) -> bool:
        """'have (also) assisted' in a finished entry -> '(also) assisted': the present perfect becomes the simple
        past, not the pluperfect. Only where the participle is also the past form (regular verbs, or one the
        skeleton rewrote already), so no 'I seen'. False when the auxiliary is not of that shape."""
        verb = token.head
        if token.lemma_.lower() != "have" or token.dep_ != "aux" or verb.tag_ != "VBN" or verb.i <= token.i \
                or any(c.dep_ == "auxpass" for c in verb.children):
            return False
        if any(t.pos_ not in ("ADV", "PART") for t in self.doc[token.i + 1:verb.i]):
            return False
        lemma = _lemma(verb.text) or verb.lemma_.lower()
        if verb.i not in self._done_verbs and inflect(lemma, "past") != verb.lower_:
            return False  # "have seen": left to the participle's own edit
        after = self.doc[token.i + 1]
        return edits.add(token.idx, after.idx, "")

    def _gerund_led_item(self, at: int, body: str, word: str, edits: _Edits, in_a_list: bool = False) -> bool:
        """'scheduling follow up visits', 'tracing of defaulters through home visits': a list item led by a
        gerund says its act in the entry's tense ("Scheduled follow up visits", "Traced defaulters ..."), and
        nothing after it is re-tensed. False when the item is not of that shape."""
        lemma = _lemma(word.lower()) if word.lower().endswith("ing") else None
        if not lemma or lemma == word.lower() or at == self.sentences()[0][0] \
                or word.lower() in ("during", "including", "regarding", "according", "pending", "concerning"):
            return False
        parsed = self.rw.nlp(body)
        if in_a_list and parsed[0].tag_ in ("NN", "VBG") and parsed[0].head.tag_ == "VBP":
            pass  # "scheduling follow up visits" after a semicolon: an item, though the parser reads a subject
        elif parsed[0].dep_ in ("nsubj", "csubj") or any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i > 0 and any(c.dep_ in ("nsubj", "csubj") for c in t.children)
                for t in parsed):
            return False  # "Teaching made me realize": the gerund is a subject, the item has its own verb
        finish = at + len(word)
        of = re.match(r"\s+of\s+", self.text[finish:finish + 5])
        if of:
            finish += of.end() - 1  # "tracing of defaulters" -> "Traced defaulters"
        form = inflect(lemma, "past") if self.tense == "past" else lemma
        edits.add(at, finish, _like(form, word), "tense")
        item = self.doc.char_span(at, at + len(body), alignment_mode="expand")
        self._done_verbs.update(t.i for t in item or [])  # "follow up visits": never "followed up visits"
        return True

    def _gerund_items(self, start: int, end: int, edits: _Edits) -> None:
        """`_gerund_led_item` for each item of a list pasted into one sentence ("duties: screening ...; scheduling
        follow up visits; tracing of defaulters"), before any other verb edit reaches the items."""
        lead = re.match(r"\s*", self.text[start:end]).end()
        cuts = [start + lead] + [start + m.end() for m in re.finditer(r"[;:]\s*(?=[a-z])", self.text[start:end])]
        for begin, finish in zip(cuts, cuts[1:] + [end]):
            body = self.text[begin:finish].rstrip(" ;.")
            first = re.match(r"[A-Za-z]+", body)
            before = self.text[:begin].rstrip()
            # only a list of items: after a semicolon, or after the colon that opens a list of them
            in_a_list = before.endswith(";") or before.endswith(":") and ";" in self.text[begin:begin + 400].split(".")[0]
            if first is not None and body[:1].islower() and in_a_list \
                    and first.group(0).lower() not in ("during", "including", "regarding", "according", "pending"):
                self._gerund_led_item(begin, body, first.group(0), edits, in_a_list=True)

    def _list_tense(self, start: int, end: int, edits: _Edits) -> None:
        """The entry's tense, said by every verb of a résumé item and of a list of the applicant's actions:
        "Adjust doses per INR, order labs, educate patients" -> "Adjusted ..., ordered labs, educated ...";
        "I also make the quiz and mark the exam" -> "made ... marked". The item is read as a clause of its own
        ("I adjust ..."), as the small tagger takes a fragment's verbs for nouns; a word opening a list item is
        a verb when the parse says so, or when it stands between verbs of the same list ("Process and
        centrifuge specimens, run CBCs"). A rate's noun ("40-60 draws/shift", "draws per shift"), a word after a
        number, and anything after another subject or a subordinate clause's first word stay as written."""
        # a unit may hold more than one item ("Manage ... for 200 pts. Adjust doses ..."): each read on its own
        # (a full stop after a lower-case word or a number ends an item; "Dr. Mark Feldman" goes on)
        cuts = [start] + [start + m.end() for m in re.finditer(r"(?:(?<=[a-z]{3}[.!?])|(?<=[0-9)%][.!?])|(?<=;))\s+(?=[A-Z])",
                                                               self.text[start:end])]
        for begin, finish in zip(cuts, cuts[1:] + [end]):
            self._item_tense(begin, finish, edits)
            self._listed_items_tense(begin, finish, edits)

    def _listed_items_tense(self, start: int, end: int, edits: _Edits) -> None:
        """A finished entry's résumé line of comma-joined items, each led by a verb in the base form ("Carry 4-5
        pts, write H&Ps, place orders w/ cosign, call consults, present on rounds") is told in the past throughout,
        where the parse lost the list half-way ("orders" read as a subject). Only when the line's first word is
        such a verb, now said in the past, and only items led by a verb erasl reads, in its base form, followed by
        more words; a hyphened word ("pre-round") stays as written."""
        if self.tense != "past":
            return
        pieces = list(re.finditer(r"[^,;]+", self.text[start:end]))
        if len(pieces) < 3:
            return
        def first_word(piece):
            return re.match(r"\s*(?:and\s+|&\s+)?([A-Za-z]+)(?=\s+\S)", piece.group(0))

        lead = first_word(pieces[0])
        if lead is None or self._verb_word(lead.group(1)) != lead.group(1).lower():
            return
        at = start + pieces[0].start() + lead.start(1)
        said = next((r for s_, e_, r in edits.items if s_ <= at < e_), None)
        if said is None or not _past_form(said.split()[-1]):
            return  # the line's own verb was not put in the past: nothing to follow
        for piece in pieces[1:]:
            found = first_word(piece)
            if found is None:
                continue
            word = found.group(1)
            at = start + piece.start() + found.start(1)
            if word != word.lower() or self._verb_word(word) != word or self.text[at + len(word):at + len(word) + 1] == "-":
                continue
            edits.add(at, at + len(word), inflect(word, "past"), "tense")

    def _item_tense(self, start: int, end: int, edits: _Edits) -> None:
        """`_list_tense` for one item or clause."""
        sentence = self.text[start:end]
        marker = re.match(r"\s*(?:" + _BULLET + r"|\(?\d{1,2}[.)](?=\s))?\s*", sentence)
        body_start = start + marker.end()
        body = self.text[body_start:end].rstrip()
        first = re.match(r"[A-Za-z]+", body)
        if first is None:
            return
        if marker.end() and self._gerund_led_item(body_start, body, first.group(0), edits):
            return  # "• Tracing of defaulters": a bulleted item led by a gerund
        fragment = self._verb_word(first.group(0)) is not None and first.group(0) not in ("I", "We") \
            and not re.match(r"[A-Za-z]+\s+[A-Z][a-z]", body) and not _LABEL.match(body) \
            and not (start == self.sentences()[0][0] and marker.end() == 0)
        # never a title ("Research Assistant, ...", "Shift Manager, ..."), nor the entry's first line unless it is
        # an item of the list: a heading ("Volunteer with a community health organization in ...") names the role
        doc = self.rw.nlp(("I " + body[0].lower() + body[1:]) if fragment else body)
        shift = 2 if fragment else 0
        if fragment:
            lead = doc[1]
            alone = self.rw.nlp(body)
            places = self.rw.data.get("role-phrases", {}).get("places", [])
            if lead.pos_ not in ("VERB", "AUX") or lead.dep_ not in ("ROOT", "conj") \
                    or alone[0].dep_ in ("compound", "amod", "nmod") and alone[0].head.tag_ == "NN" \
                    and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in alone[0].head.children) \
                    or len(alone) > 1 and alone[0].dep_ in ("compound", "amod") and alone[1].lower_ in places \
                    or any(t.dep_ in ("nsubj", "nsubjpass") for t in alone):
                # "Research assistant at ...", "Question papers ... were prepared": read as it stands, the first
                # word names a role or a place ("Labour ward admissions", never "Laboured ward"), or the line has a
                # subject of its own; no item to re-tense. ("Counsel
                # customers", "Answer phone calls and verify ...": the tagger's noun before a plural or before a
                # verb of the same list is the item's verb)
                return
        else:
            lead = next((t for t in doc if t.dep_ == "ROOT"), None)
            if lead is None or lead.pos_ != "VERB" or not any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in lead.children):
                return  # "The attending reviews my notes": another's act, for _finished_tense alone

        def draft_span(token) -> tuple[int, int]:
            at = body_start + token.idx - shift
            return at, at + len(token.text)

        def said(token) -> str:
            """The word as the skeleton says it so far (an earlier edit of it, else the draft's)."""
            s_, e_ = draft_span(token)
            return next((r for s, e, r in edits.items if s <= s_ and e_ <= e), self.text[s_:e_])

        def retense(token) -> None:
            s_, e_ = draft_span(token)
            word = self.text[s_:e_]
            lemma = self._verb_word(word)
            if lemma is None or lemma in _TIMELESS or _wants_base(token):
                return
            if said(token) != word:
                if (s_, e_) in edits.kinds and re.fullmatch(r"[A-Za-z-]+", said(token)):
                    edits.kinds[(s_, e_)] = "tense"  # an item's verb already re-tensed: never undone as a noun
                return
            if self.tense == "past" and not _past_form(word):
                form = inflect(lemma, "past")
            elif self.tense == "present" and _past_form(word) and not fragment \
                    and lemma not in self.rw.data.get("tense", {}).get("done-once", []):
                form = lemma
            else:
                return
            if form and form.lower() != word.lower():
                edits.add(s_, e_, _like(form, word), "tense")

        # the words opening the list's items, in order: (token, read as a verb by the parse, beside the lead's object)
        items = []
        for token in doc[lead.i + 1:]:
            if token.text in (";", ".", "!", "?") or token.dep_ in ("nsubj", "nsubjpass", "expl", "mark") \
                    or token.tag_ in ("WDT", "WP", "WRB"):
                break  # another subject ("and he explained"), or a clause of its own ("who process ...")
            before = doc[token.i - 1]
            if before.text not in (",", "and", "&", "or") or not token.is_alpha or token.i + 1 >= len(doc):
                continue
            after = doc[token.i + 1]
            if after.text in ("/", "per") or token.i >= 2 and doc[token.i - 2].like_num \
                    or any(c.dep_ == "nummod" for c in token.children):
                continue  # "draws/shift", "draws per shift", "60 draws": a rate's or a count's noun
            if after.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "ADP"):
                continue  # a verb opening an item goes on to its object ("physicians and nurses and learn": a noun)
            if token.tag_ in ("VBG", "VBN", "NNS", "NNPS") or token.lower_.endswith("ing"):
                continue  # "diet & bleeding risk", "cardiac arrests, strokes, traumas": nouns, never "bled", "stroked"
            if after.text == "-" and after.idx == token.idx + len(token.text):
                continue  # "pre-round": a hyphened word, said as written, never read by its first half
            by_parse = token.pos_ == "VERB" and token.tag_ in ("VB", "VBP", "VBZ", "VBD")
            governor = token.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                governor = governor.head
            if by_parse and governor.i not in (lead.i, token.i):
                continue  # "went ... to make health education, measure the blood pressure": another verb's list
            # the tagger's noun in front of the object the lead verb already has ("adjust doses, order labs":
            # "labs" a second object of "adjust") opens an item of its own; one in front of a noun joined to
            # another ("saw diabetes, stroke patients") is part of a list of nouns
            beside = token.dep_ in ("compound", "amod", "nmod") and token.head.dep_ in ("dobj", "ROOT", "appos") \
                and token.head.head.i in (lead.i, token.head.i) and token.lower_ == token.text
            if not by_parse and token.dep_ in ("compound", "amod", "nmod") and token.head.dep_ == "conj" \
                    and token.head.head.pos_ in ("NOUN", "PROPN"):
                continue  # "measure blood pressure and blood sugar": the first half of a noun in a list of nouns
            if self._verb_word(token.text) is None:
                if beside:
                    return  # "pend orders", a verb erasl cannot inflect: the item keeps its tense whole
                continue
            items.append((token, by_parse, beside))
        verbs = [t for t, by_parse, _ in items if by_parse]
        for token, by_parse, beside in items:
            right_after_lead = token.i == lead.i + 2 and doc[lead.i + 1].text in ("and", "&", "or")
            later_verb = any(v.i > token.i for v in verbs)
            # the last item, joined by the parse to a verb of the list ("write notes, present on rounds")
            joined = token.dep_ == "conj" and token.head.i in [lead.i] + [v.i for v in verbs] and token.lower_ == token.text
            if not (by_parse or beside or joined or (later_verb or right_after_lead) and token.lower_ == token.text):
                return  # a word read as neither: the item keeps its tense whole rather than half
        if fragment and self.tense == "past":
            retense(lead)  # "Maintain QC logs" in a finished job: "Maintained"
        for token, _, _ in items:
            retense(token)

    def _verb_word(self, word: str) -> str | None:
        """The verb a word is a form of, when it is one of the verbs erasl reads (lemminflect's lemma): "order"
        -> "order", "educates" -> "educate", "wrote" -> "write"; None for any other word."""
        lemma = _lemma(word)
        if not lemma or lemma not in self.rw.extractor.reader.verbs or not _inflects_to(lemma, word):
            return None
        return lemma

    def _base_forms(self, start: int, end: int, edits: _Edits) -> None:
        """'helped to prepared', 'how to dressed' -> 'prepare', 'dress': after "to", a modal or "helped", the base form."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for token in span or []:
            if token.tag_ in ("VBD", "VBN", "VBZ") and token.i not in self._done_verbs and _wants_base(token):
                lemma = _lemma(token.text) or token.lemma_.lower()
                if lemma and lemma != token.lower_ and edits.add(token.idx, token.idx + len(token.text), _like(lemma, token.text)):
                    self._done_verbs.add(token.i)

    def _vary(self, start: int, end: int, edits: _Edits) -> None:
        """A verb used a third time becomes a choice with another that says the same (V103)."""
        vary = self.rw.data.get("vary", {})
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for token in span or []:
            if not token.tag_.startswith("VB") or token.dep_ in ("aux", "auxpass"):
                continue
            lemma = self.rw.extractor.reader.lemma(token) or token.lemma_.lower()
            self.verb_counts[lemma] = self.verb_counts.get(lemma, 0) + 1
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if token.tag_ == "VBG":
                continue  # "It is helping me": never "[coach/helping]"
            if following is not None and following.lower_ == "to" and any(c.dep_ == "xcomp" for c in token.children):
                continue  # "Helped to organize": "coached" takes no "to"; the choice would be no English
            table = vary
            if following is not None and following.pos_ == "ADP" and following.head.i == token.i:
                # "helped in writing", "assisted in recruiting": "coached in", "supported in" are no English; only a
                # verb that takes the same preposition is offered
                table = self.rw.data.get("vary-before-preposition", {})
            if self.verb_counts[lemma] >= 3 and lemma in table and token.i not in self._done_verbs:
                alternative = table[lemma]
                if lemma in shared_verbs() and alternative not in shared_verbs():
                    continue  # "assisted" is a share of the work: only another share ("helped"), never "coached"
                head, _, rest = alternative.partition(" ")  # "take part": its first word takes the form
                own = token.lower_
                if _wants_base(token):
                    formed = head
                elif token.tag_ in ("VBD", "VBZ", "VBP"):  # a finite verb: both in the entry's tense
                    formed, own = inflect(head, self.tense), inflect(lemma, self.tense)
                else:
                    formed = _form_like(head, token) or inflect(head, self.tense)
                other = _like(f"{formed} {rest}".strip(), token.text)
                if edits.add(token.idx, token.idx + len(token.text), f"[{other}/{own}]"):
                    self._done_verbs.add(token.i)

    def _do_verbs(self, start: int, end: int, edits: _Edits) -> None:
        """'did stitching' -> 'performed stitching'; 'did assist in' -> 'assisted in'; "did not" stays."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for token in span or []:
            if token.lower_ == "did" and token.dep_ == "aux" and token.i + 1 < len(self.doc):
                verb = self.doc[token.i + 1]
                lemma = self.rw.extractor.reader.lemma(verb) or verb.lemma_.lower()
                if verb.tag_ == "VB" and verb.pos_ == "VERB" and verb.i not in self._done_verbs \
                        and lemma in self.rw.extractor.reader.verbs \
                        and not (verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].tag_ in ("NN", "NNS")):
                    # "did assist in", "did present the case"; never "did ward rounds" -> "warded rounds"
                    if edits.add(token.idx, verb.idx + len(verb.text), _like(inflect(lemma, self.tense), token.text)):
                        self._done_verbs.add(verb.i)
                    continue
            after = token.nbor(1) if token.i + 1 < len(token.doc) else None
            misread_aux = token.dep_ == "aux" and after is not None and after.pos_ in ("NUM", "DET", "NOUN", "ADJ")
            if token.lower_ in ("do", "did", "does") and (token.dep_ not in ("aux", "auxpass") or misread_aux) \
                    and not (after is not None and (after.lower_ in ("not", "n't") or after.pos_ in ("VERB", "AUX"))) \
                    and not any(c.dep_ == "neg" for c in token.children) and token.i not in self._done_verbs:
                lemma = self._do_as(_object_of(token))  # "how to do sutures" -> "how to perform"; "did errands" stays
                form = lemma if _wants_base(token) else inflect(lemma, self.tense)
                if token.tag_ == "VBG":  # "was taking histories and doing exams": the list keeps its -ing form
                    from lemminflect import getInflection

                    form = (getInflection(lemma, tag="VBG") or [token.text])[0]
                if form.lower() != token.lower_:
                    edits.add(token.idx, token.idx + len(token.text), _like(form, token.text))

    def _do_as(self, obj) -> str:
        """The verb "do" keeps its meaning: "did my house job" -> complete; "did sutures", "did stitching" ->
        perform (a procedure); anything else ("did the errands", "did guards", "did food delivery") stays "do"."""
        if obj is None:
            return "do"
        if _names_the_experience(obj):
            return "complete"
        word = obj.lower_
        procedures = self.rw.data.get("do-objects", {}).get("procedures", [])
        if obj.lemma_.lower() in procedures or word in procedures:
            return "perform"
        verb = _lemma(word) if word.endswith("ing") else None  # "stitching", "suturing": the procedure verb
        if verb and verb in self.rw.data.get("activities", {}).get("procedures", []) and verb not in ("do", "help", "assist"):
            return "perform"
        return "do"

    def _intro(self, start: int, end: int, edits: _Edits, opening: str) -> None:
        """'During my 8-week surgery clerkship, I ...': an opening phrase the opening line already says is cut."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 4 or span[0].lower_ not in _INTRO_WORDS | {"as"}:
            return
        subject = next((t for t in span[1:24] if t.text in ("I", "we") and t.dep_.startswith("nsubj")), None)
        for token in span[1:24]:
            if token.text == "," and subject is not None and token.i + 1 != subject.i:
                continue  # "As Health Officer of San Isidro, Northern Samar ..., I": the phrase ends before "I"
            if token.text == "," or (token.text in ("I", "we") and token.dep_.startswith("nsubj")):
                words = [t for t in span[:token.i - span.start] if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
                         and t.lower_ not in _GENERIC]
                said = re.sub("[\u2013\u2014]", "-", opening.lower())  # "2022–2023" in the draft, "2022-2023" above

                def dashed(word: str) -> str:
                    return re.sub("[\u2013\u2014]", "-", word)

                if words and all(dashed(t.lower_) in said or t.lemma_.lower() in said for t in words):
                    cut_to = token.idx + (1 if token.text == "," else 0)
                    edits.cover(span[0].idx, cut_to, "")
                return

    def _subject(self, start: int, end: int, edits: _Edits) -> None:
        """'I wrote notes' -> 'Wrote notes': a skeleton speaks in fragments, as strong entries do."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 3 or self.tense == "present":
            return
        position = 0
        for s_, e_, r_ in edits.items:  # after a cut intro, the sentence starts later
            if s_ == span[0].idx and r_ == "":
                while position < len(span) - 2 and span[position].idx < e_:
                    position += 1
        first, verb = span[position], span[position + 1]
        # the applicant written of in the third person ("He saw", "Student Doctor Daniel Reyes completed"),
        # already said as "I" by `first_person_edits`: said verb-led too ("Saw"), kept where a rewrite falls back
        said_as_i = next((e_ for s_, e_, r_ in edits.items if s_ == first.idx and r_ == "I"), None)
        spoken_as_i = first.text != "I" and said_as_i is not None
        if spoken_as_i:
            after = [t for t in span if t.idx >= said_as_i]
            verb = after[1] if len(after) > 2 and after[0].lower_ == "also" and after[0].dep_ == "advmod" else \
                (after[0] if after else verb)
        if (first.text == "I" or spoken_as_i) and verb.pos_ in ("VERB",) and verb.lemma_.lower() not in _TIMELESS \
                and verb.tag_.startswith("VB") and verb.tag_ not in ("VBG", "VBN"):
            if spoken_as_i:
                edits.cover(first.idx, verb.idx, "", kind="fix")  # "He also performed" -> "Performed"
            else:
                edits.add(first.idx, verb.idx, "")
            if not any(s == verb.idx and e > s for s, e, _ in edits.items):
                edits.add(verb.idx, verb.idx + 1, verb.text[0].upper(), kind="fix" if spoken_as_i else "rewrite")
            for token in span[position + 2:-1]:  # "Admitted patients and I wrote notes" -> "... and wrote notes"
                following = self.doc[token.i + 1]
                if token.text == "I" and self.doc[token.i - 1].lower_ == "and" and following.tag_ == "VBD" \
                        and following.lemma_.lower() not in _TIMELESS:
                    edits.add(token.idx, following.idx, "")

    def _kept_passive(self, start: int, end: int, inside, why: str):
        """The sentence's passive stays as written (listed as kept, with why), never as left out."""
        self.listed.update(id(d) for d in inside if self.rw.rules[d.code].repair == "active")
        self.not_rewritten.append({"text": " ".join(self.text[start:end].split()), "reason": f"passive kept as written: {why}"})
        return _KEEP_PASSIVE

    def _fronted(self, start: int, end: int, inside) -> str | None:
        """The sentence with its vague quantities made [N], its opening passive said actively (`front_passive`);
        None when it is not of that shape or the rewrite would break it."""
        edits = _Edits()
        for d in inside:
            if self.rw.rules[d.code].rewrite == "repair" and self.rw.rules[d.code].repair == "number":
                self._repair(d, edits)
        source = _tidy_sentence(self.text[start:end])
        fronted = front_passive(self, _tidy_sentence(edits.apply(self.text, start, end)))
        if fronted is None or self.broken(source, fronted) is not None:
            return None
        self.listed.update(id(d) for d in inside if self.rw.rules[d.code].repair in ("active", "number"))
        return fronted

    def _passive_unit(self, start: int, end: int, inside) -> Unit | None:
        """A sentence with passive work: each activity said actively, as a choice of role."""
        from erasl.skeleton_clauses import finding_said_actively

        finding = finding_said_actively(self, start, end)
        if finding is not None:  # "It was discovered that ...": the study's result stays, said actively
            self.listed.update(id(d) for d in inside if self.rw.rules[d.code].repair == "active")
            return Unit(finding, start, "result")
        rendered = []
        categories = set()
        previous_object = None
        growth = _growth_nouns()
        left_mark = len(self.left_out)
        for activity in self.facts.activities:
            if not (start <= activity.start < end):
                continue
            if activity.voice == "passive" and activity.lemma in self.rw.data.get("passive-kept", {}).get("decisions", []):
                # "One of the reports was accepted for publication": a journal's decision, never "[Accepted/helped accept]"
                return self._kept_passive(start, end, inside, "it is someone else's decision about your work; "
                                                              "keep it, and say your own part first")
            if activity.voice == "passive" and activity.lemma in self.rw.data.get("passive-kept", {}).get("changes", []):
                # "Compliance was increased to 81%": a change in a measure, the team's result; never "[Increased/
                # helped increase] compliance" claimed for the applicant
                return self._kept_passive(start, end, inside, "it is a result of the team's work; keep it, and say "
                                                              "your own part in it before it")
            if activity.voice == "passive":
                # a passive's fact starts at its subject ("valuable skills were acquired"): the verb comes after
                verb_word = activity.verb.split()[-1].lower() if activity.verb else ""
                verb_token = next((t for t in self.doc if activity.start <= t.idx < end and t.lower_ == verb_word), None)
                if verb_token is not None and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in growth
                                                  for c in verb_token.children):
                    # "my research ability was improved", "valuable skills were acquired": what the experience
                    # did for the applicant, never a role ("[Acquired/helped acquire] skills")
                    if self.carries_facts(start, end):
                        return self._kept_passive(start, end, inside, "it says what the experience did for you; "
                                                                      "say what you did instead")
                    self.left_out.append({"text": " ".join(self.text[start:end].split()),
                                          "reason": "says what the experience did for you, not what you did"})
                    self.listed.update(id(d) for d in inside)
                    return None
                agent = verb_token is not None and (next((c for c in verb_token.children if c.dep_ == "agent"), None)
                                                    or _by_someone(verb_token))
                if agent and not any(t.lower_ in ("me", "us", "myself", "ourselves") for t in agent.subtree):
                    continue  # "new patients were seen in clinic by the students": their act, never "[Saw/helped see]"
                if verb_token is not None and any(c.dep_ == "neg" for c in verb_token.children):
                    # "Missing values were not imputed": what was not done, never "[Imputed/helped impute]" them
                    return self._kept_passive(start, end, inside, "it says what was not done; keep the \"not\", and "
                                                                  "say who decided it if that was you")
                if verb_token is not None and (any(c.lower_ == "being" for c in verb_token.children)
                                               or any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb_token.children)):
                    # "a manuscript is being prepared": a status, never "[prepared/helped prepare]"
                    return self._kept_passive(start, end, inside, "a status the draft gives; say who did it by hand")
            if activity.lemma == "do":  # "were done by me": never "[Did/helped do]"
                from dataclasses import replace

                activity = replace(activity, lemma="perform", verb="performed")
            result = self.rw._render_activity(activity, inside, self.left_out)
            if result is None:
                continue
            verb, obj, detail = result
            lemma = "perform" if activity.lemma == "do" else activity.lemma  # "were done by me" -> performed
            we = "we " if verb.startswith("we ") else ""
            verb = verb.removeprefix("we ")
            verb = we + (_retense_choice(verb, self.tense) if verb.startswith("[") else inflect(lemma, self.tense))
            verb += _stranded_preposition(self.doc, activity, end)  # "were assisted with" -> "Assisted with biopsies"
            shared = _shared_words(previous_object or "", obj or "")
            if rendered and len(shared.split()) >= 2:
                # one subject, two passives: "collected data of 240 patients ... and entered them in SPSS"
                head = shared.split()[0].lower()
                plural = head.endswith("s") or head in ("data", "people", "children")
                previous_object, obj = obj, ("them" if plural else "it") + obj[len(shared):]
            else:
                previous_object = obj
            rendered.append(f"{verb} {obj}{detail}".strip())
            categories.add(activity.category)
        for d in inside:
            if self.rw.rules[d.code].repair == "active":
                self.listed.add(id(d))
        span = self.doc.char_span(start, end, alignment_mode="expand")
        from erasl.facts import _unread_subject

        unread = [t for t in span or [] if t.tag_ == "VBN" and _unread_subject(t)
                  and not any(a.start <= t.idx < a.end for a in self.facts.activities)]
        if rendered and unread and any(self._overlapping(t.idx, t.idx + len(t.text)) for t in unread):
            # a flagged passive whose own subject is not safely known: the sentence stays as written
            return Unit(self.text[start:end].strip(), start, categories=categories)
        if not rendered:
            sentence_text = self.text[start:end]
            fronted = self._fronted(start, end, inside)  # "Several drives were organized" -> "[Organized/...] [N] drives"
            if fronted is not None:
                del self.left_out[left_mark:]
                return Unit(fronted, start, categories=categories)
            if self.carries_facts(start, end):  # "Many patients were attended to with malaria, ...": kept
                edits = _Edits()
                for d in inside:
                    if self.rw.rules[d.code].rewrite == "repair" and self._repair(d, edits):
                        self.listed.add(id(d))  # "Many patients" -> "[N] patients"
                    elif self.rw.rules[d.code].repair != "active":
                        self.not_rewritten.append({"text": " ".join(sentence_text.split()),
                                                   "reason": f"still says \"{self.text[d.start:d.end]}\": {d.code}: {d.message}"})
                        self.listed.add(id(d))
                return Unit(_tidy_sentence(edits.apply(self.text, start, end)), start, categories=categories)
            if inside:
                self._leave_out(sentence_text, inside[0])
            return None
        from erasl.rewrite import _and_list, capitalize

        text = capitalize(_and_list(rendered)).rstrip(" .") + "."
        for aside in re.findall(r"\([^()]{1,40}\)", self.text[start:end]):
            if aside[1:-1].lower() not in text.lower():
                text = text[:-1] + f" {aside}."  # "Results were presented at DDW 2024 (poster)": the poster stays
        said = text.lower()
        flagged = [(d.start, d.end) for d in self.diagnostics if self.rw.rules[d.code].repair != "active"]
        lost = [t.text for t in span or [] if (t.pos_ in ("NOUN", "PROPN") or t.like_num) and t.lower_ not in said
                and t.lower_ not in _GENERIC and not any(s_ <= t.idx < e_ for s_, e_ in flagged)
                and not (_in_passive_clause(t) and _verb_said(t, said))]
        if lost:
            fronted = self._fronted(start, end, inside)
            if fronted is not None:
                return Unit(fronted, start, categories=categories)  # "[Conducted/helped conduct] a QI project in ..."
        if lost:  # "I learned statistical analysis and the abstract was presented": never lose the first half
            self.still_flagged.add(start)
            # "passive" only where the parse finds one; else the words the rewrite would lose are the reason
            voice = "passive kept as written" if span is not None and any(
                t.dep_ in ("auxpass", "nsubjpass") for t in span) else "kept as written"
            self.not_rewritten.append({"text": " ".join(self.text[start:end].split()),
                                       "reason": f"{voice}: say who did it (\"I ...\" if it was you), keeping "
                                                 f"its details; an automatic rewrite would have dropped some"})
            return _KEEP_PASSIVE
        return Unit(text, start, categories=categories)

    def list_the_rest(self) -> None:
        """Flagged words no sentence carried (entry-wide advice is not listed: the skeleton answers it)."""
        reasons = {item["reason"] for item in self.left_out}
        for d in self.diagnostics:
            if id(d) in self.listed or id(d) in self.rw._handled:
                continue
            reason = f"{d.code}: {d.message}"
            if reason not in reasons:
                self.left_out.append({"text": self.text[d.start:d.end], "reason": reason})
                reasons.add(reason)

    # --- the opening and the template ----------------------------------------------------

    def repeats_the_header(self, unit: Unit, opening: str) -> bool:
        """The draft's first sentence is its header ("I was selected as assistant lecturer in Anatomy Department
        of my faculty in Jakarta ..."): it names the role the opening line names, every name and number in it is in
        the opening, and it counts no load. The opening says it; repeated, the entry says it twice."""
        if unit.slot == "load" or self.sentences()[:1] and unit.start != self.sentences()[0][0]:
            return False
        head = re.split(r",| at | in | with | of ", opening, maxsplit=1)[0].strip().lower()
        end = unit.end or unit.start + len(unit.text)
        sentence = self.text[unit.start:end]
        if len(head) < 4 or "[" in head or head not in sentence.lower():
            return False
        said = opening.lower()
        names = re.findall(r"\d[\d,.]*|\b[A-Z][\w'’-]*", sentence)[1:] + re.findall(r"\d[\d,.]*", sentence[:3])
        return all(name.lower() in said for name in names if name not in ("I",))

    def said_in(self, unit: Unit, opening: str) -> bool:
        """True when every content word of the sentence is in the opening and its verbs only say it happened."""
        span = self.doc.char_span(unit.start, unit.start + 1, alignment_mode="expand")
        if span is None:
            return False
        sentence = span[0].sent
        verbs = {t.lemma_.lower() for t in sentence if t.pos_ == "VERB"}
        lead = self.lead_role()
        if lead is not None and opening.lower().startswith(lead.role.lower()):
            # "Founded a peer mentoring club ..." says no more than "Founder of a peer mentoring club ..."
            verbs = {t.lemma_.lower() for t in sentence if t.pos_ == "VERB" and t.dep_ not in ("compound", "amod")}
            verbs.discard(lead.lemma)
        if unit.slot == "load" or verbs - _HAPPENED:
            return False
        said = opening.lower()
        words = [t for t in sentence if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and t.lower_ not in _GENERIC]
        return all(t.lower_ in said or t.lemma_.lower() in said for t in words)

    def context(self, units: list[Unit], template_name: str) -> dict:
        from erasl.skeleton_answered import counts_patients, states_a_rate
        from erasl.skeleton_others import own_part_prompt

        opening = self.rw._opening(self.facts, self.diagnostics, [])
        if opening.get("place") and not self._place_of_the_experience(opening["place"]):
            opening["place"] = None  # "a partner clinic in Guatemala": never where the student group was
        dates_fact = self.facts.dates
        if opening.get("dates") and dates_fact is not None and dates_fact.source != "metadata":
            opening["dates"] = _date_range(self.text) or opening["dates"]  # "March 2021-February 2022"
        if opening.get("dates"):
            from erasl.skeleton_slots import metadata_dates

            opening["dates"] = metadata_dates(opening["dates"], self.profile.ongoing)  # "2016/06-2019/08": months named
        if opening.get("dates") and not re.search(r"\d", opening["dates"]):
            opening["dates"] = "since [month year]"  # "Currently": when it started is what to add
        if not self.length_is_the_entrys():
            # "my 5 years as an ICU nurse" beside `start: 2023-10`: the profile read the dates as the entry's length,
            # so the header states them and never a length of something else
            opening.update(length=None, length_adjective=None, length_words=None)
        named = self._named_institution() or self._organisation_in(0, len(self.text))
        if named:
            opening["institution"] = f"at {named}"
        elif self._unnamed_and_later(opening):
            # "As Municipal Health Officer of San Isidro, ... I am assigned also in the lying-in clinic": a place
            # the draft names only later, and by no name, is where part of the work was, never the whole post's
            role_said = (self.facts.title or "").split(",")[0] if self.facts.title else self.role_in_draft()
            opening["institution"] = " " if re.search(r"\b(?:of|at|with)\s+[A-Z]", role_said or "") else None
        role = (self.facts.title or "").split(",")[0].strip().lower()
        where = (opening.get("institution") or "").lower()
        for article in ("at a ", "at an ", "at the ", "at ", "with a ", "with the ", "with ", "in a ", "in the ", "in "):
            if where.startswith(article):
                where = where[len(article):]
                break
        if role and where and where in role:
            opening["institution"] = " "  # "Free Clinic Volunteer at a free clinic": the role already says where
        opening["time_said"] = False
        opening.update(self.opening_said_below(opening, units))
        lead = self.lead_role()
        if lead is not None and not named:
            opening["institution"] = f"of {lead.organisation}"  # "Founder of a peer tutoring club for ..."
        vary = self.rw.data.get("vary", {})

        def verb(lemma: str) -> str:
            """A template's verb in the entry's tense; another that says the same if the draft used it twice."""
            if self.verb_counts.get(lemma, 0) >= 2 and lemma in vary:
                lemma = vary[lemma]
            return inflect(lemma, self.tense)

        facts = self.facts
        title_specialty = next((f.value for f in facts.specialties if f.source in ("metadata", "title")), None)
        covered = set().union(*[u.categories for u in units]) if units else set()
        from erasl.skeleton_slots import fitted_result, post_placeholders, told_as_work

        placeholders = post_placeholders(self.profile, self.rw.data, " ".join(u.text for u in units))
        return {
            **opening,
            "facts": facts,
            "load": [u.text for u in units if u.slot == "load"],
            # the load sentences give a number (or ask for one already): else the template asks only for it
            "load_counted": any(re.search(r"\d|\[N\]", u.text) for u in units if u.slot == "load"),
            # a patient load counted in any kept sentence ("We saw around 150 patients a day"): no load prompt
            # most sentences are about the hospital or the program (V104): the skeleton asks for the applicant's work
            # most sentences are about someone else's work (a doctor shadowed): the applicant's part is asked
            "own_part_prompt": own_part_prompt(self, getattr(self, "someone_else", None)),
            "about_organisation": any(d.code in self.rw.rules and self.rw.rules[d.code].check == "organisation-subject"
                                      for d in self.every_diagnostic),
            # ... or asked for already where the draft said it vaguely ("Followed several patients" -> "[N] patients")
            "load_said": any(self._is_load(u.start, u.end or u.start + len(u.text), shifts=u.slot != "setting")
                             or _LOAD_ASKED.search(u.text) or states_a_rate(u.text, _LOAD_UNITS)
                             or counts_patients(u.text) and self.about_the_applicant(u) for u in units),
            # the applicant's own sentence counts the patients ("took histories from two new admissions a day"):
            # never asked for "[N] patients per day" beside it (a count the hospital gives still leaves it to ask)
            "patients_counted": any(counts_patients(u.text) and self.about_the_applicant(u) for u in units),
            "where": [u.text for u in units if u.slot == "setting"],
            "actions": [u.text for u in units if u.slot == "actions"],
            "results": _measured_last([u.text for u in units if u.slot == "result"]),
            # why the applicant chose medicine or the specialty: said last (erasl/skeleton_order.py)
            "motivation": [u.text for u in units if u.slot == "motivation"],
            "covered": covered,
            "prompts_allowed": True,
            "prompt_limit": 2,  # "[Only if true:]" lines at most; one fewer at a time over the box
            "result_allowed": True,  # the result prompt, the last prompt to go over the box
            "tense": self.tense,
            "v": verb,
            # an ongoing entry speaks as "I": present-tense fragments ("Interview 3 patients") read as orders
            "V": lambda lemma: _like(verb(lemma), "X") if self.tense == "past" else f"I {verb(lemma)}",
            "title": facts.title,
            "type": facts.type.value if facts.type else None,
            "type_noun": self.rw.data["templates"].get("nouns", {}).get(facts.type.value, facts.type.value)
            if facts.type else None,
            "role": facts.title.split(",")[0].strip() if facts.title else self.role_in_draft(),
            "role_specialty": title_specialty,
            "ask_hours": self.asks_hours(),
            "clinical": bool(self.profile.clinical) and placeholders["post_clinical"] is not False,
            "post_load": placeholders["post_load"],
            # the result asked in the words of the post or of the draft ("[N] deliveries"), not a generic one
            "post_result": placeholders["post_result"] if placeholders["post_result"] is not None
            else fitted_result(self.text, self.rw.data, told_as_work(self.doc, self.rw.data)),
            **self.prompt_fit(units),
        }

    def one_line_for_the_place(self, units: list[Unit], keep_first: bool) -> list[Unit]:
        """An entry mostly about the hospital or clinic (V104): its first sentence about the place stays, for
        where; the others about it go, listed, so the skeleton speaks of the applicant's work."""
        if not any(d.code in self.rw.rules and self.rw.rules[d.code].check == "organisation-subject"
                   for d in self.every_diagnostic):
            return units
        about_place = [u for u in units if not (keep_first and u is units[0]) and self._about_the_place(u)]
        # the place's sentence that says the applicant's service's load ("each unit takes emergency admissions
        # once in four days") is the one to keep: it is the applicant's workload too
        busy = [u for u in about_place if _SERVICE_LOAD.search(u.text) and _HOW_OFTEN.search(u.text)]
        keep = busy[:1] or about_place[:1]
        for unit in [u for u in about_place if u not in keep]:
            units.remove(unit)
            self.left_out.append({"text": " ".join(self.text[unit.start:unit.end or unit.start + len(unit.text)].split()),
                                  "reason": "describes the hospital or clinic, not what you did there (V104)"})
        return units

    def _about_the_place(self, unit: Unit) -> bool:
        """Every subject of the sentence is the hospital or a part of it, or the sentence only says what is
        there ("There were modern operation theatres and a surgical ICU")."""
        end = unit.end or unit.start + len(unit.text)
        found = [m for m in self.profile.subjects if m.start is not None and unit.start <= m.start < end]
        if found and all(m.label == "organisation" for m in found):
            return True
        span = self.doc.char_span(unit.start, end, alignment_mode="expand")
        there = [t for t in span or [] if t.dep_ == "expl" and t.head.lemma_ == "be"]
        return bool(there) and all(m.label in ("organisation", "other") for m in found) \
            and not any(a.start is not None and unit.start <= a.start < end for a in self.profile.actions)

    def about_the_applicant(self, unit: Unit) -> bool:
        """The sentence's subject is the applicant acting (the entry profile's reading: "I", "we" or a résumé
        fragment), not something of theirs ("My observership was the most meaningful ...")."""
        end = unit.end or unit.start + len(unit.text)
        if re.search(r"(?i)\bby (?:me|us|myself)\b", self.text[unit.start:end]):
            return True  # "question papers were prepared by me": the applicant's work, in the passive
        if _told_by_the_applicant(unit.text):
            return True  # a clause split off a long sentence, said as the applicant's ("Gave the feeds ...")
        if any(m.label == "applicant" and not m.text.lower().startswith(("my ", "our "))
               for m in self.profile.subjects if m.start is not None and unit.start <= m.start < end):
            return True
        # a third-person bio's applicant ("She clerks new patients", "Dr. Ahmed rotates"): the profile's reading
        return self.profile.third_person is not None and any(
            m.label == "other" and m.text.split()[-1].lower() in {w.lower() for w in applicant_subjects(self.profile)}
            for m in self.profile.subjects if m.start is not None and unit.start <= m.start < end)

    def _place_of_the_experience(self, place: str) -> bool:
        """The place the opening line would name is where the experience was: said in the metadata or the
        title, in the draft's first sentence, or beside the institution; a place named only later may be
        someone else's ("raised funds for a partner clinic in Guatemala")."""
        found = [f for f in self.facts.places if f.text and (f.text in place or place in f.text)]
        if not found or any(f.start is None for f in found):
            return True
        sentences = self.sentences()
        first_end = sentences[0][1] if sentences else len(self.text)
        anchors = [f.start for f in self.facts.institutions[:1] if f.start is not None]
        if self.facts.type is not None and self.facts.type.start is not None:
            anchors.append(self.facts.type.start)
        found = [f for f in found if not self._someones_origin(f.start)]
        if not found:
            return False  # "translated for the doctors from Lahore": where they came from, not where the work was
        for fact in found:
            if fact.start < first_end:
                return True
            sentence = next(((s_, e_) for s_, e_ in sentences if s_ <= fact.start < e_), None)
            if sentence and any(sentence[0] <= a < sentence[1] for a in anchors):
                return True
        return False

    def _someones_origin(self, start: int) -> bool:
        """A place after "from" that hangs on a noun ("the doctors from Lahore") says where those people
        came from, never where the experience was."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        token = span[0] if span is not None and span[0].idx == start else None
        if token is None or token.i == 0 or self.doc[token.i - 1].lower_ != "from":
            return False
        preposition = self.doc[token.i - 1]
        return preposition.head.pos_ in ("NOUN", "PROPN") and preposition.head.i < preposition.i

    def trim_for_length(self, context: dict, units: list[Unit], reason: str) -> None:
        """Cut praise of a supervisor and vague phrases from every kept sentence (listed with `reason`)."""
        from erasl.skeleton_slots import trim_for_length

        for key in ("where", "load", "actions", "results", "motivation"):
            for index, text in enumerate(context[key]):
                trimmed, cut = trim_for_length(text, self.rw.data)
                if not cut:
                    continue
                context[key][index] = trimmed
                for unit in units:
                    if unit.text == text:
                        unit.text = trimmed
                self.left_out.extend({"text": piece, "reason": reason} for piece in cut)

    def _unnamed_and_later(self, opening: dict) -> bool:
        """The opening's institution is a common noun ("in the lying-in clinic") first said after the draft's
        first sentence."""
        fact = self.facts.institutions[0] if self.facts.institutions else None
        return bool((opening.get("institution") or "").strip()) and fact is not None and fact.source != "metadata" \
            and self._said_later_by_no_name(fact)

    def _said_later_by_no_name(self, fact) -> bool:
        """A place the draft names by a common noun ("the lying-in clinic"), first after its first sentence: where
        a part of the work was, never the whole post's place."""
        sentences = self.sentences()
        return fact.start is not None and bool(sentences) and fact.start >= sentences[0][1] \
            and not re.search(r"[A-Z]", fact.text)

    def opening_said_below(self, opening: dict, units: list[Unit]) -> dict:
        """What the opening line need not say: an unnamed place the first kept sentence says in the same words
        ("in his outpatient office"), and the inpatient/outpatient choice when the profile read the setting."""
        changes: dict = {"setting_known": bool(self.profile.settings)}
        where = opening.get("institution") or ""
        if units and where.strip() and not self._named_institution() and where.strip().lower() in units[0].text.lower():
            changes["institution"] = " "
        # "After the earthquake in November 2022, I joined a relief team for about 2 weeks": the length and the
        # dates a kept sentence says in the draft's words are not said again in the opening line
        said = " ".join(u.text for u in units).lower()
        times = [key for key in ("length", "dates") if opening.get(key)]
        if times and all(str(opening[key]).lower() in said for key in times):
            changes.update({key: None for key in times} | {"length_words": None, "length_adjective": None, "time_said": True})
        from erasl.skeleton_slots import states_a_date_range

        if not times and any(states_a_date_range(u.text) for u in units):
            changes["time_said"] = True  # "01.03.2023 - 18.06.2023" in a kept sentence: no "[month year-month year]"
        from erasl.skeleton_answered import names_its_organisation, states_a_start

        if not where.strip() and units and names_its_organisation(units[0].text, _organisation_words()):
            changes["institution"] = " "  # "in medical relief camp of Sardaryab Welfare Committee": no "[organization name]"
        if not times and self.tense == "present" and any(states_a_start(u.text) for u in units):
            changes["time_said"] = True  # "since 1st yr of DO school", "since last year": no "since [month year]"
        return changes

    def fitting_template(self, name: str) -> str:
        """The template for the setting the draft describes (a virtual rotation: tele-rotation.j2)."""
        from erasl.skeleton_slots import PromptFit

        return PromptFit(self.rw.data, self.profile, self.text, [], self.doc).template(name)

    def prompt_fit(self, units: list[Unit]) -> dict:
        """`fits(key)` and `instead(key)` for the template's prompts, and `condition(name)` for a template that
        words its prompt by the setting (erasl/skeleton_slots.py)."""
        from erasl.skeleton_slots import PromptFit

        found = PromptFit(self.rw.data, self.profile, self.text, [(u.start, u.end or u.start, u.text) for u in units],
                          self.doc)
        return {"fits": found.fits, "instead": found.instead, "condition": found.condition, "said": found.said,
                "counted": found.counted}

    def lead_role(self):
        """The role the first verb states, with what it founded or led (erasl/skeleton_slots.py), when the
        draft states no title of its own."""
        from erasl.skeleton_slots import lead_role, stated_role

        if self.facts.title or stated_role(self.doc):
            return None
        return lead_role(self.doc, self.rw.data)

    def length_is_the_entrys(self) -> bool:
        """The length the header would state is the one the entry profile took as the entry's own: a length the
        profile set aside for the dates (longer than the dated span, or a part of it) is not this post's."""
        length, profile = self.facts.length, self.profile
        if length is None or length.start is None or profile.weeks_from != "dates":
            return True
        return profile.weeks_words is not None and profile.weeks_words.start == length.start

    def role_in_draft(self) -> str | None:
        """The role the draft states ("as a Spanish medical interpreter", "served as Clinic Manager") or its
        lead verb implies ("Founded a tutoring group": Founder); else the old reading of "as a ..."."""
        from erasl.skeleton_slots import role_from_lead_verb, stated_role

        return stated_role(self.doc) or role_from_lead_verb(self.doc, self.rw.data) or self._role_in_text() \
            or self._role_of_the_post() or self._job_line()

    def _job_line(self) -> str | None:
        """The draft's first line when it only names the job ("General practitioner. Chinor Polyclinic, ..."):
        the role, never "[Position]" asked above it (erasl/skeleton_heading.py)."""
        from erasl.skeleton_heading import job_line

        sentences = self.sentences()
        return job_line(self.rw.nlp, self.text[sentences[0][0]:sentences[0][1]]) if sentences else None

    def _role_of_the_post(self) -> str | None:
        """The role the post the draft names implies ("completed my rotating internship" -> "Rotating intern"),
        from rules/rewrite/slots.toml [roles.posts]; never a guess from the type alone."""
        for pattern, role in self.rw.data.get("roles", {}).get("posts", {}).items():
            found = re.search(pattern, self.text, re.IGNORECASE)
            if found:
                return found.expand(role)[:1].upper() + found.expand(role)[1:]
        return None

    def _role_in_text(self) -> str | None:
        """'I worked as a research coordinator at ...' -> 'Research coordinator' (the draft's own words)."""
        from erasl.skeleton_slots import the_applicants_as

        # the article may be missing, as it often is in a translated draft ("selected as assistant lecturer in ...")
        match = re.search(r"\bas (?:an? )?((?:[a-z-]+ ){0,2}(?:[a-z-]+))(?= at | in | for | with | of |[,.])", self.text)
        if match is None:
            return None
        words = match.group(1)
        span = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None or span[-1].pos_ != "NOUN" or not the_applicants_as(self.doc, match.start()) \
                or any(t.pos_ in ("DET", "PRON", "ADP", "AUX") or t.pos_ == "VERB" and t.tag_ != "VBG" for t in span) \
                or span[-1].lower_ in ("part", "result", "way", "means", "example", "well", "much", "usual", "such"):
            return None
        return words[:1].upper() + words[1:]

    def _named_institution(self) -> str | None:
        """A named institution the draft gives ("Mayo Hospital Lahore"), as written."""
        for fact in self.facts.institutions:
            if fact.source == "name":
                return fact.text
        return None


_ORGANISATION = re.compile(r"\b(?:at|with|by)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'&.-]*)(?:\s+(?:of\s+|&\s+)?[A-Z][\w'&.-]*)*)")



def _a_role_title(gerund) -> bool:
    """The gerund names a post with the role or experience noun after it ("Rotating intern", "Acting
    internship", "Visiting student"): a title (the lexicon's [wording] roles), never an item to re-verb."""
    from erasl.lexicon import lexicon_file

    roles = set(lexicon_file().get("wording", {}).get("roles", []))
    doc = gerund.doc
    noun = doc[gerund.i + 1] if gerund.i + 1 < len(doc) else None
    after = doc[gerund.i + 2] if gerund.i + 2 < len(doc) else None
    named = roles | _EXPERIENCE_NOUNS  # "Acting internship", "Visiting clerkship": the post's name, never "Acted"
    if noun is not None and noun.text == "," and (gerund.i == 0 or doc[gerund.i - 1].is_punct or doc[gerund.i - 1].is_space):
        return True  # "Shadowing, Pulmonology, private practice of Dr. X": a heading's first word, never "Shadowed,"
    return noun is not None and noun.lower_ in named and (after is None or after.is_punct or after.lower_ in ("at", "in", "with"))


def _product_key(token, products: dict) -> str | None:
    """The key of [role-phrases] products a noun is ("summaries" -> "summary", "H&Ps" -> "h&p"), else None."""
    for word in (token.lower_, token.lemma_.lower(), re.sub(r"s$", "", token.lower_)):
        if word in products:
            return word
    return None


def _product_of(doc, at: int, products: dict):
    """(head noun, key) of the noun phrase starting at `at` when it names a product of the applicant's act
    ("discharge summaries", "the daily progress notes"), else None."""
    token = doc[at]
    steps = 0
    while token.dep_ in ("compound", "amod", "det", "nummod", "nmod", "punct") and token.head.i > token.i and steps < 5:
        token, steps = token.head, steps + 1
    if token.pos_ not in ("NOUN", "PROPN") and not re.search(r"(?i)&", token.text):
        return None
    key = _product_key(token, products)
    return (token, key) if key else None


def _products_joined(doc, head, products: dict):
    """The products joined to `head` ("summaries and medication reconciliation"): (noun, key) of each."""
    for conj in head.conjuncts:
        if conj.i > head.i and conj.pos_ in ("NOUN", "PROPN"):
            key = _product_key(conj, products)
            if key:
                yield conj, key


def _measured_last(results: list[str]) -> list[str]:
    """The results in the draft's order, a measured change ("from 42% to 71%", "by 30%") last: it is the headline."""
    from erasl.skeleton_slots import measured_change

    return sorted(results, key=measured_change)


def _date_range(text: str) -> str | None:
    """The draft's first date range, start and end, from the profile's reading: 'March 2021-February 2022'."""
    from erasl.profile import read_text_dates

    found = read_text_dates(text)
    if found is None:
        return None
    start, last, ongoing, (begin, finish) = found
    if not re.search(r"[A-Za-z]{3}", re.sub(r"\b(?:from|to|through|till|until|since|of|st|nd|rd|th)\b", "",
                                             text[begin:finish])):
        return None  # "2022" or "2022-2024": no months to name; the draft's own words stay

    def month(number: int) -> str:
        return f"{MONTH_NAMES[number % 12]} {number // 12}"

    if ongoing:
        return f"since {month(start)}"
    if last is None or last == start:
        return None
    return f"{month(start)}-{month(last)}"  # a hyphen: an en dash may show up garbled in ERAS (L201)


@lru_cache(maxsize=1)
def _growth_nouns() -> frozenset[str]:
    """The nouns of the lexicon's `self-improvement` objects ("my knowledge", "my skills"): a passive whose
    subject is one of them ("my research ability was improved") says what the experience did for the applicant."""
    from erasl.lexicon import lexicon_file

    data = lexicon_file()
    nouns: set[str] = set()
    for pattern in data.get("verbs", {}).get("self-improvement", []):
        nouns.update(pattern.split()[-1].split("|"))
    nouns.discard("english")
    nouns.discard("communication")
    return frozenset({n.removesuffix("s") if n.endswith("ills") else n for n in nouns} | nouns)


_SENTENCE_WORDS = 30  # a sentence the frame's optional dates may grow to: room for a slot, under R101's 35 words


def _noun_after_noun(token) -> bool:
    """'phone calls', 'night calls', 'ward rounds': a present-tense "verb" right after a noun, with no subject of
    its own, is the second half of a compound noun and is never re-tensed; nor is a plural counted by a number
    before it ("2 overnight calls", "three night shifts": never "2 overnight called")."""
    if plural_after_an_opening_verb(token):
        return True  # "Perform sutures, nasogastric tubes ...": the object of the fragment's opening verb
    if _compound_joined_to_an_object(token):
        return True  # "measure blood pressure and blood sugar": never "blooded sugar"
    if token.tag_ not in ("VBZ", "VBP", "NNS") or token.dep_ in ("aux", "auxpass") \
            or any(c.dep_.startswith("nsubj") for c in token.children):
        return False
    return token.i > 0 and token.doc[token.i - 1].pos_ == "NOUN" or _counted_plural(token)


def _compound_joined_to_an_object(token) -> bool:
    """"I measure blood pressure and blood sugar", "patients with back pain, neck strain": a singular noun the tagger
    read as a verb joined by "and" or a comma to the noun phrase before it, with a bare noun straight after it: the
    first half of a compound noun in a list of things ("blood sugar", "neck strain"), never a verb to re-tense."""
    from lemminflect import getAllLemmas

    doc = token.doc
    if token.tag_ not in ("VB", "VBP") or token.dep_ != "conj" or token.i < 2 or token.i + 1 >= len(doc) or \
            any(c.dep_.startswith("nsubj") for c in token.children):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.lower_ not in ("and", "or", ",") or doc[token.i - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    return token.lower_ in getAllLemmas(token.lower_, upos="NOUN").get("NOUN", ()) and \
        after.tag_ in ("NN", "NNS") and after.head == token


def _object_read_as_clause(token) -> bool:
    """"explain the echo results to them": a plural noun the tagger read as a verb whose subject is the noun just
    before it, when that noun phrase follows a verb, whose object the whole phrase is ("the echo results")."""
    from lemminflect import getInflection

    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != token.i - 1 or subject.pos_ != "NOUN" or not token.lower_.endswith("s"):
        return False
    before = subject.left_edge.i - 1
    if before < 0 or not token.doc[before].tag_.startswith("VB") or token.doc[before].lemma_.lower() == "be":
        return False
    return token.lower_ in (f.lower() for f in getInflection(token.lower_[:-1], tag="NNS"))


def _counted_plural(token) -> bool:
    """The shared reading's count of things (erasl/profile.py `counted_plural`: "2 overnight calls")."""
    from erasl.profile import counted_plural

    return counted_plural(token)


def _a_subject_read_as_verb(token) -> bool:
    """A plural noun the tagger read as the present of a verb, the subject of the past-tense verb after it ("Daily
    rounds with the consultant started at 7am", "Morning calls began at 6"): it has no subject of its own, only
    modifiers before it in its sentence (never a résumé fragment's opening verb, never a pronoun: "He rounds"), and a
    past verb with no subject follows, hung on it as a clause."""
    sentence = token.sent
    if token.tag_ != "VBZ" or token.i == sentence.start:
        return False
    if any(t.pos_ in ("VERB", "AUX", "PRON", "PUNCT") for t in token.doc[sentence.start:token.i]):
        return False
    return any(t.tag_ == "VBD" and t.head.i == token.i and t.dep_ == "advcl"
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for t in token.doc[token.i + 1:sentence.end])


def _object_of(verb):
    """The object of "do": its dobj, else the first noun right after it (the tagger often leaves "did
    dressings" without one)."""
    found = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if found is None and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].pos_ in ("NOUN", "NUM", "DET", "ADJ"):
        found = next((t for t in verb.doc[verb.i + 1:verb.i + 5] if t.pos_ == "NOUN"), None)
    return found


def _inflects_to(lemma: str, word: str) -> bool:
    """`word` is one of `lemma`'s own verb forms ("coding" is no form of "cod"): a lemma read wrongly is never
    inflected into a new word."""
    from lemminflect import getAllInflections

    forms = {f.lower() for group in getAllInflections(lemma, upos="VERB").values() for f in group}
    return word.lower() == lemma or word.lower() in forms


def _past_form(word: str) -> bool:
    """'admitted', 'wrote': a verb's past form (the shared reading's `past_form_of_a_verb`)."""
    from erasl.nlp import past_form_of_a_verb

    return past_form_of_a_verb(word)


def _as_fragments(pieces: list[str]) -> list[str]:
    """After a split, the later pieces speak as the first does: 'Performed 6 calls. I admitted patients and
    I wrote notes.' -> 'Performed 6 calls. Admitted patients and wrote notes.'"""
    first = pieces[0].split(" ", 1)[0] if pieces else ""
    if len(pieces) < 2 or not _past_form(first):
        return pieces
    out = [pieces[0]]
    for piece in pieces[1:]:
        found = re.match(r"I (\w+)\b", piece)
        if found and _past_form(found.group(1)):
            piece = found.group(1)[:1].upper() + found.group(1)[1:] + piece[found.end():]
            piece = re.sub(r"\band I (\w+)\b", lambda m: f"and {m.group(1)}" if _past_form(m.group(1)) else m.group(0), piece)
        out.append(piece)
    return out


def _stranded_preposition(doc, activity, end: int) -> str:
    """The preposition a prepositional passive leaves after its verb ("Biopsies were assisted with", "was
    taken care of"), which the active verb needs before its object: " with"; else ""."""
    if activity.voice != "passive" or not activity.verb:
        return ""
    verb_word = activity.verb.split()[-1].lower()
    verb = next((t for t in doc if activity.start <= t.idx < end and t.lower_ == verb_word), None)
    if verb is None:
        return ""
    stranded = [c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1
                and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
    return " " + stranded[0].lower_ if stranded else ""


def _verb_said(token, said: str) -> bool:
    """The verb of the word's clause is in the rewrite (any form): "... and entered into REDCap" has no one to
    speak for "REDCap" when the rewrite says only "[Extracted/helped extract] data"."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    lemma = verb.lemma_.lower()
    return bool(re.search(rf"\b{re.escape(lemma[:max(3, len(lemma) - 1)])}", said))


def _in_passive_clause(token) -> bool:
    """The word belongs to a passive clause (its nearest verb has a passive auxiliary, or is joined to one):
    the passive rendering speaks for it; a word of an active clause beside it ("I learned statistical
    analysis and the abstract was presented") has no one to speak for it."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while True:
        if any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ == "conj":
            return True
        if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.tag_ == "VBN":
            verb = verb.head
            continue
        return False


# what a "by" phrase that names no doer counts ("by the end of the year", "by the time")
_BY_A_TIME = frozenset({"end", "time", "day", "week", "month", "year", "morning", "evening", "night", "afternoon",
                        "noon", "midnight", "start", "beginning", "middle", "close", "way", "means", "far"})


def _by_someone(verb):
    """A "by" phrase of the passive's clause that names its doer though the parse hung it on a noun ("were seen in
    clinic by the students": "by" under "clinic"): a "by" after the verb, before the next verb, whose object is a
    pronoun, a name or a noun with a determiner ("by the residents", "by Dr. Ali", "by them"); "by phone", "by
    using", "by the end of the year" name no doer."""
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "cc" and token.head.i == verb.i:
            return None
        if token.lower_ != "by":
            continue
        head = verb.doc[token.i]
        while head.head.i != head.i and head.head.i != verb.i and head.head.pos_ not in ("VERB", "AUX"):
            head = head.head
        if head.head.i != verb.i:
            return None  # "by" under another clause
        target = next((c for c in token.children if c.dep_ == "pobj"), None)
        if target is None or target.lemma_.lower() in _BY_A_TIME or target.tag_ == "VBG":
            return None
        if target.pos_ == "PRON" or target.ent_type_ in ("PERSON", "ORG", "NORP") or any(
                c.dep_ in ("det", "poss") for c in target.children):
            return token
        return None
    return None


def _told_by_the_applicant(sentence: str) -> bool:
    """A skeleton sentence whose subject is the applicant as written: "I" outside brackets, or a résumé fragment
    led by a past verb or an applicant's choice ("Gave the feeds ...", "[Saw/helped see] ..."); the draft's
    clause it came from may have had its "I" elsewhere in a long sentence."""
    from lemminflect import getAllLemmas, getInflection

    plain = re.sub(r"\[[^\]]*/[^\]]*\]", "Did", sentence.strip())  # a choice of the applicant's verb
    plain = re.sub(r"\[[^\]]*\]", " ", plain)
    if re.search(r"\bI\b", plain):
        return True
    first = re.match(r"\s*([A-Z][a-z]+)\b", plain)
    if first is None:
        return False
    word = first.group(1).lower()
    return any(word in {f.lower() for f in getInflection(lemma, tag="VBD")}
               for lemma in getAllLemmas(word).get("VERB", ()))


def _describes_the_setting(verb) -> bool:
    """A passive in a clause that says what went on where the applicant was ("Participated in rounds twice
    weekly, where cases were discussed"): a where/in-which clause after an active verb of the applicant's
    (subject "I", "we" or none). The applicant's work is the main clause; the passive is the setting's."""
    if verb.dep_ not in ("advcl", "relcl") or verb.head.i > verb.i or verb.head.pos_ not in ("VERB", "NOUN"):
        return False
    opener = verb.left_edge
    while opener.i < verb.i and opener.is_punct:
        opener = opener.doc[opener.i + 1]
    where = opener.lower_ in ("where", "wherein") or opener.lower_ in ("in", "during", "at") and any(
        t.lower_ == "which" for t in opener.doc[opener.i + 1:opener.i + 2])
    main = verb.head
    while main.pos_ != "VERB" and main.head.i != main.i:
        main = main.head
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return where and main.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in main.children) \
        and (subject is None or subject.lower_ in ("i", "we"))


@lru_cache(maxsize=1)
def _an_institution_subject(verb) -> bool:
    """The subject of `verb` is a place that outlasts the applicant's time there: a name ("Cliniques
    Universitaires de Kimbanseke is ..."), or a hospital, clinic or university ("The hospital has 350 beds"), never
    a person or the work ("the team was", "the patients were")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("i", "we", "he", "she", "they", "you") or subject.ent_type_ == "PERSON":
        return False
    if subject.ent_type_ in ("ORG", "FAC", "GPE"):
        return True
    places = _INSTITUTION_WORDS
    return subject.lemma_.lower() in places or (
        subject.pos_ == "PROPN" and any(t.lower_ in places for t in subject.subtree))


# places, not programmes or posts: "the rotation was", "the program was" still follow the entry's tense
_INSTITUTION_WORDS = frozenset({"hospital", "hospitals", "clinic", "clinics", "center", "centre", "university", "college",
                                "school", "institute", "laboratory", "lab", "facility", "foundation", "ministry",
                                "society", "association", "organization", "organisation", "ngo", "charity", "company",
                                "agency", "network", "trust", "council", "clinique", "cliniques", "universitaires"})


def _organisation_words() -> frozenset[str]:
    """The lexicon's [subjects] organisation nouns, each word of each alternative ("health system" -> health,
    system), with "committee" and "mission", in lower case."""
    from erasl.lexicon import lexicon_file

    words = {w.lower() for entry in lexicon_file().get("subjects", {}).get("organisation", [])
             for alternative in entry.split("|") for w in alternative.split()}
    return frozenset(words | {"committee", "mission", "crescent", "cross"})


def _as_sentence(sentence: str) -> str:
    """A skeleton sentence as the parser reads it best: choices filled, and a fragment led by a past verb
    ("Worked as ...") given back its "I" (the small tagger reads "Worked" as a name)."""
    from erasl.rewrite import fill_placeholders

    sentence = fill_placeholders(sentence)
    first, _, rest = sentence.partition(" ")
    lemma = _lemma(first.strip(",.")) if first[:1].isupper() else None
    if lemma and lemma != first.lower() and first.lower() not in ("this", "it", "the", "there"):
        return f"I {first.lower()} {rest}"
    return sentence


def _shared_words(first: str, second: str) -> str:
    """The words two objects start with ('data of 240 patients with STEMI from ...', '... in SPSS')."""
    shared = []
    for a, b in zip(first.split(), second.split()):
        if a != b:
            break
        shared.append(a)
    return " ".join(shared) if len(shared) >= 1 else ""


def _title_abbreviations() -> tuple[str, ...]:
    """The short forms written with a full stop that never ends a sentence, capitalised as before a name
    ("Prof.", "Dept.", "Univ."): the one list the segmentation reads too (facts.toml [abbreviations])."""
    from erasl.nlp import _abbreviations

    return tuple(sorted(word.title() for word in _abbreviations() if word.isalpha()))


# A full stop that ends a sentence: not one after a title or a short form before a name ("Prof. Liu Wei",
# "Assoc. Prof. Okafor", "Univ. of Lagos", "Dept. Medicine")
_TITLES = _title_abbreviations()
_SENTENCE_STOP = re.compile("".join(rf"(?<!\b{t})" for t in _TITLES) + r"[.!?](?=\s+[A-Z\[]|$)")


# a time the opening says without a date ("since last year", "for many years"): the dates take its place
_VAGUE_TIME = re.compile(r"(?i)\b(?:since (?:last|this|the last|the past) (?:year|month|summer|spring|fall|autumn|winter|semester)"
                         r"|for (?:many|several|a few|some) (?:years|months|weeks))\b")


def _dates_for_a_vague_time(text: str, slots: list[str]) -> tuple[str, list[str]]:
    """The opening's dates said where the draft says the time vaguely: "Lab, since last year" with front matter
    from June 2025 -> "Lab, since June 2025", never "Lab (since June 2025), ..., since last year"."""
    vague = _VAGUE_TIME.search(text)
    dates = next((s for s in slots if re.search(r"\b(?:19|20)\d\d\b", s) and "[" not in s), None)
    if vague is None or dates is None:
        return text, slots
    said = dates
    if vague.group(0).lower().startswith("for") and re.fullmatch(r"[A-Z][a-z]+ \d{4}-[A-Z][a-z]+ \d{4}", dates):
        said = "from " + dates.replace("-", " to ", 1)  # "for many years" -> "from June 2016 to August 2019"
    return text[:vague.start()] + said + text[vague.end():], [s for s in slots if s is not dates]


def _with_slots(text: str, slots: list[str], where: list[str] = ()) -> str:
    """'Worked part-time as a cashier at Walmart.' + dates -> '... at Walmart (June 2019-May 2021).': what
    the opening sentence lacks, added once: right after where it was (when a clause follows), else at the end
    of its first sentence."""
    if not slots:
        return text
    found = _SENTENCE_STOP.search(text)
    at = found.start() if found else len(text)
    for words in sorted(where, key=len, reverse=True):
        place = text.find(words)
        after = place + len(words)
        state = re.match(r",\s+(?:[A-Z]{2}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[\s,.;]))", text[after:at]) if place >= 0 else None
        if state is not None:
            after += state.end()  # "in Toledo, Ohio": the slots go after the state, never between
        if re.match(r",\s+(?:a|an|the|part of)\s", text[after:at]):
            continue  # "Gait Analysis Lab, a university hospital in Leeds": never between a place and what it is
        if 0 <= place and after < at and text[after:after + 1] == "," and len(text[after:at].split()) > 6 \
                and place < at / 2:  # never deep in a long sentence ("coordinate with the Dean, faculty ...")
            at = after  # "As ambassador at my university in Bucharest, Romania (...), I led ..."
            break
    if text[:at].endswith(")"):  # "(4 weeks, June 2025)": one parenthesis, "(4 weeks, June 2025, [inpatient/...])"
        inside = re.search(r"\(([^()]*)\)$", text[:at])
        if inside is not None and not re.search(r"\d|\b(?:weeks?|months?|years?|days?|hours?|full[- ]time|part[- ]time)\b",
                                                inside.group(1), re.IGNORECASE):
            # "(Kazakh- and Russian-speaking groups)" says who, not when: the dates go after it, never inside
            return f"{text[:at]}, {', '.join(slots)}{text[at:]}"
        return f"{text[:at - 1]}, {', '.join(slots)}){text[at:]}"
    return f"{text[:at]} ({', '.join(slots)}){text[at:]}"


# a field label opening a line of a pasted résumé or form ("Project | ...", "Role: ...", "Output |"): a name for
# what follows, never a verb to inflect ("Projected |")
_LABEL = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+)?[ \t]*(?:\||:(?!\d))")


def _wants_base(token) -> bool:
    """A verb after infinitive "to", a modal, or "helped"/"made"/"let" with no "to": English wants the base form.
    Not a passive or perfect ("to be used", "could have seen"), whose participle is right."""
    if any(c.dep_ in ("auxpass",) or (c.dep_ == "aux" and c.lemma_.lower() in ("have", "be")) for c in token.children):
        return False
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].tag_ == "TO":
        if end_of_a_range(token):
            return False  # "from chest pain to falls and farm injuries": a noun, not "to fall"
        return not to_then_adjective(token)  # "gave ORS to dehydrated children": an adjective
    if any(c.dep_ == "aux" and (c.tag_ in ("MD", "TO")) for c in token.children):
        return True
    if token.dep_ == "xcomp" and token.i == token.head.i + 1 and token.head.lemma_.lower() in ("help", "make", "let"):
        return True
    # "helped doctors and nurses communicate": the bare verb after "help/make/let" and its object
    return token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in ("help", "make", "let") \
        and token.i > token.head.i and token.tag_ in ("VB", "VBP") \
        and not any(c.dep_ == "aux" or c.lower_ == "to" for c in token.children)


_KEEP_PASSIVE = Unit("", -1)  # _passive_unit's answer when the passive must stay as written

# Words that name the US itself: a sentence is not kept for them alone ("exposed to the American health system").
def _evaluation_out_facts_kept(builder, units: list[Unit], since: int, keep_first: bool = False) -> list[Unit]:
    """Sentences that only evaluate, claim or describe leave; the facts of every sentence left out stay
    (erasl/skeleton_evaluation.py)."""
    from erasl.skeleton_evaluation import keep_lost_facts, leave_out_evaluation

    units = leave_out_evaluation(builder, units, keep_first=keep_first)
    return keep_lost_facts(builder, units, since,
                           lambda text, start, end, slot: Unit(text, start, slot=slot, end=end, replaces=True))


_NOT_FACTS = {"american", "us", "u.s.", "usa", "united", "states", "america"}

_GROUPS = {"team", "group", "staff", "unit", "department", "service", "crew", "committee", "society", "club"}

_EXPERIENCE_NOUNS = {"observership", "rotation", "clerkship", "elective", "internship", "externship", "job",
                     "residency", "training", "fellowship", "housejob", "house-job", "attachment", "posting"}
# ... and what one completes as a post, though praise of it may go ("did my house officer year", "did my
# housemanship" -> completed; "an amazing year" still loses "amazing")
_COMPLETED_POSTS = _EXPERIENCE_NOUNS | {"year", "housemanship", "placement", "subinternship", "sub-internship"}


def _says_membership(span) -> bool:
    """'was part of', 'was a member of': the phrase says the applicant belonged to the group, a fact."""
    return any(t.lemma_.lower() in ("part", "member") for t in span)


def _names_the_experience(noun) -> bool:
    """'my observership', 'my house job': the object is the experience itself, which one completes, not performs."""
    return noun.lemma_.lower() in _COMPLETED_POSTS


# the glyphs a pasted list marks its items with (dashes, Word's and LinkedIn's bullets): one class wherever the
# skeleton reads a list
_BULLETS = BULLET_MARKS
# ... and Word's hollow-circle bullet pasted as a letter "o" before an item's capital ("o Fixed computers")
_BULLET = "(?:[" + re.escape(_BULLETS) + r"]|o(?=\s+[A-Z]))"
# a pasted list run onto one line: a bullet glyph between two items ("... (2014-2016) • Fixed 30 laptops • Wrote")
_INLINE_BULLET = r"\s+(?=(?:[" + re.escape(_BULLETS.replace("-", "").replace("–", "").replace("*", "")) + r"]|o)\s+[A-Z])"
_HOLLOW_NOUNS = {"person", "individual", "one", "human", "being", "player", "worker", "learner", "people",
                 # "strong leadership, excellent communication and great interpersonal skills": the whole claim goes
                 "skill", "skills", "leadership", "communication", "ability", "abilities", "ethic"}


def _names_a_role(noun) -> bool:
    """'a dedicated house officer at Mayo Hospital' names a role (its adjectives can go); 'a reliable person'
    does not (the whole clause goes)."""
    return noun.lemma_.lower() not in _HOLLOW_NOUNS and any(c.dep_ == "prep" for c in noun.children)


_PEOPLE = ("patient", "person", "people", "child", "children", "man", "woman", "mother", "baby", "infant",
           "resident", "registrar", "attending", "consultant", "doctor", "physician", "surgeon", "nurse", "student")


_PATIENTS = ("patient", "person", "people", "child", "children", "man", "woman", "mother", "baby", "infant")


def _a_person(token) -> bool:
    """An object that is someone: a pronoun, a named person, or a noun for a person ("20 patients")."""
    return token.pos_ == "PRON" or token.ent_type_ == "PERSON" or token.lemma_.lower() in _PEOPLE


def _clause_head(token):
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current


def _choice_in_tense(choice: str, tense: str) -> str:
    """'assisted with' -> 'assist with' for an ongoing entry (the first word is the verb)."""
    if tense == "past":
        return choice
    first, _, rest = choice.partition(" ")
    from lemminflect import getLemma

    lemma = getLemma(first, upos="VERB")
    base = lemma[0] if lemma else first
    return f"{base} {rest}".strip()


def _retense_choice(choice: str, tense: str) -> str:
    """'[Analyzed/helped analyze]' in the skeleton's tense."""
    if tense == "past":
        return choice
    inner = choice.strip("[]")
    parts = [_choice_in_tense(p, tense) for p in inner.split("/")]
    return "[" + _like("/".join(parts), inner) + "]"


_SPLITS = [
    (re.compile(r",?\s+and\s+(?=I\s|we\s)"), ". "),  # "..., and I also attended" -> ". I also attended"
    (re.compile(r"\s+(?:wherein|in which|during which)\s+(?=I\s)"), ". There, "),
    (re.compile(r",\s+and\s+(?=(?:I|we)\s|[a-z]+ed\s)"), ". "),
    (re.compile(r",\s+where\s+(?=I\s|we\s)"), ". "),
    (re.compile(r",\s+which\s+(?=was\s|is\s)"), ". It "),
    (re.compile(r",?\s+because\s+(?=I\s|we\s)"), ". "),
    (re.compile(r",\s+and\s+(?=this\s|it\s|the\s|my\s|our\s)"), ". "),
    (re.compile(r",\s+(?=(?:making|helping|covering|supporting)\s)"), ". This meant "),
    (re.compile(r",\s+(?=with\s)"), ". It came "),
]
_LONG = 30


_SUBORDINATORS = frozenset({"since", "because", "as", "when", "while", "although", "though", "if", "after", "before",
                            "until", "once", "whereas", "unless", "whenever"})
# subjects that open a clause of their own after a comma (a comma splice), not a list item
_SPLICE_SUBJECTS = frozenset({"i", "we", "it", "this", "that", "there", "they", "he", "she", "my", "our", "these"})
_SPLICE = re.compile(r",\s+(?=I\s+(?P<word>[a-z]+)\b)")


_AND_WORD = re.compile(r",\s+and\s+(?=(?P<word>[a-z]+)\s)")


def _split_long(text: str, stands_alone=None, verb_joiner=None) -> list[str]:
    """A sentence too long to take in at a skim (R101), or a comma splice (", I admitted ..."), split where a
    clause starts; with `stands_alone`, only where both halves read as sentences of their own."""
    if len(text.split()) <= _LONG:
        for match in _SPLICE.finditer(text):
            if not _past_form(match.group("word")):
                continue
            left, right = text[:match.start()].rstrip(" ,") + ".", _tidy_sentence(text[match.end():])
            if len(left.split()) >= 4 and len(right.split()) >= 3 and stands_alone is not None \
                    and stands_alone(left) and stands_alone(right):
                return [left] + _split_long(right, stands_alone, verb_joiner)
        return [text]
    splits = list(_SPLITS)
    if verb_joiner is not None:
        splits.append((_AND_WORD, verb_joiner))  # "..., and did 3 procedures like ..." -> ". Did 3 procedures ..."
    for pattern, joiner in splits:
        for match in pattern.finditer(text):
            if callable(joiner):
                found = joiner(match.group("word"))
                if found is None:
                    continue
                left, right = text[:match.start()].rstrip(" ,") + ".", _tidy_sentence(found.lstrip(". ") + text[match.end():])
                if len(left.split()) >= 5 and len(right.split()) >= 4 and (stands_alone is None or
                                                                          stands_alone(left) and stands_alone(right)):
                    return _split_long(left, stands_alone, verb_joiner) + _split_long(right, stands_alone, verb_joiner)
                continue
            left, right = text[:match.start()], text[match.end():]
            if len(left.split()) >= 5 and len(right.split()) >= 4:
                right = joiner.lstrip(". ") + right if joiner.strip(". ") else right
                left, right = left.rstrip(" ,") + ".", _tidy_sentence(right)
                if stands_alone is not None and not (stands_alone(left) and stands_alone(right)):
                    continue
                return _split_long(left, stands_alone, verb_joiner) + _split_long(right, stands_alone, verb_joiner)
    return [text]


def _plain_words(text: str) -> str:
    """Safe mechanical fixes outside brackets: shorthand written out ("pts" -> "patients", "w/" -> "with",
    "~500" -> "about 500"), a lone "i" -> "I", hashtags and emoji dropped, an ALL-CAPS line in title case
    (short words such as "ED", "TX", "ICU" stay as written)."""
    # the draft's own notes to self become placeholders: "TODO - add the foot exam project" -> "[add the foot
    # exam project]", "approximately TODO vaccines" -> "approximately [N] vaccines"
    text = re.sub(r"^(\s*)(?:TODO|TBD)\s*[-:–]?\s*([a-z][^.\[\]]*?)\s*\.?\s*$", r"\1[\2].", text)
    text = re.sub(r"\b(?:TODO|TBD|XXX?)\b(?=\s+[a-z]+s\b)", "[N]", text)
    pieces = re.split(r"(\[[^\]]*\])", text)
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        from erasl.skeleton_register import write_out

        piece = write_out(piece)  # "u", "abt", "f/u", "IPD": the shorthand table's full words
        piece = re.sub(r"(?<![\w/])[Ww]/(?=\s)", "with", piece)
        piece = re.sub(r"(?<![\w])~\s?(?=\d)", "about ", piece)
        piece = re.sub(r"(?<![\w/])[xX×]\s?(?=\d+\s+(?:days?|weeks?|months?|years?)\b)", "for ", piece)  # "x 6 weeks"
        # "for two month from June": a count of more than one takes the plural (never "a two-month" or "2 month old")
        piece = re.sub(r"\b((?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|\d\d+)\s+(?:day|week|month|year))"
                       r"(?=\s+(?:from|of|in|at|and|with|under|during|before|after|on)\b|[,.;)])", r"\1s", piece,
                       flags=re.IGNORECASE)
        piece = re.sub(r"(?<![\w'’])i(?=\s|'m\b|'ve\b|'d\b|’)", "I", piece)
        # a specialty's short form typed in lower case before its post: "im observership" -> "IM observership"
        piece = re.sub(r"\b(im|em|fm|gi|ent)(?=\s+(?:observership|rotation|clerkship|elective|externship|sub-i)\b)",
                       lambda m: m.group(1).upper(), piece, flags=re.IGNORECASE)
        piece = re.sub(r"(?:^|\s)#[A-Za-z]\w*", "", piece)  # "#GlobalSurgery"
        piece = re.sub("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]", "", piece)
        words = re.findall(r"[A-Za-z]{4,}", piece)
        if len(words) >= 2 and all(w.isupper() for w in words):
            piece = re.sub(r"\b([A-Z]{4,})\b", lambda m: m.group(1).title() if m.group(1) not in ("NICU", "PICU", "USMLE",
                           "MICU", "SICU", "CCU", "COVID", "HIPAA", "NBME", "ECFMG", "NASA", "UNICEF") else m.group(1), piece)
            piece = re.sub(r"(?<=\s)(Of|And|The|For|At|In)(?=\s)", lambda m: m.group(1).lower(), piece)
        pieces[index] = piece
    return "".join(pieces)


def _tidy_sentence(text: str) -> str:
    """A repaired sentence: single spaces, no dangling joiners, a capital and a full stop."""
    text = _plain_words(text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"([,;])(\s*[,;])+", r"\1", text)
    text = re.sub(r"^(?:[,;:]\s*|and\s+|but\s+|also\s+)+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?:[,;:]|\s+and|\s+but|\s+or|\s+which|\s+that)+\s*([.!?]?)$", r"\1", text)
    text = re.sub(r"^" + _BULLET + r"\s*", "", text)
    text = re.sub(r"^\(?\d{1,2}[.)]\s+(?=[A-Za-z\[])", "", text)  # a numbered item's "2)" or "3." is no word of it
    # a sentence inside the unit that starts with a choice starts with a capital: ". [handled/..." -> ". [Handled/..."
    text = re.sub(r"([.!?]\s+\[)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    if not text:
        return text
    for index, char in enumerate(text):
        if char.isalpha():
            text = text[:index] + char.upper() + text[index + 1:]
            break
        if char.isdigit() or char == "[":
            if char == "[":
                continue
            break
    if text[-1] not in ".!?":
        text = text.rstrip(" ,;:") + "."
    from erasl.skeleton_register import capital_starts

    return capital_starts(text)  # "lol. also helped" -> ". Also helped"
