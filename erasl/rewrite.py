"""Rewrite suggestions: the strong shape of a good entry, filled with the draft's own facts.

A suggestion is rendered from a jinja2 template in rules/templates/ (one per
experience type, plus the most-meaningful reflection). Every fact in it comes
from the draft (erasl/facts.py) or is a visible [placeholder] the applicant
fills in: `[N]` for a number, `[a/b]` for a choice, `[words]` for anything
else. Draft words that the linter flagged are repaired where the meaning is
kept ("some patients" -> "[N] patients") or left out, and listed as such.
Personal statements get advice per paragraph instead of a template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from erasl.diagnostics import Diagnostic, Severity
from erasl.facts import Activity, Fact, FactExtractor, Facts, load_rewrite_data, past_tense
from erasl.registry import STATEMENT_KINDS, RuleFileError, rules_dir

PLACEHOLDER = re.compile(r"\[([^\[\]\n]+)\]")
_NUMBER_LABEL = re.compile(r"^N(?:[- ]\w+)?$|^\d")


def fill_placeholders(text: str) -> str:
    """Fill each [placeholder] with a neutral value: [N] -> 3, [a/b] -> a, [words] -> words, [reword: words] -> words.

    Used to check that a suggestion, once its blanks are filled, lints clean and fits.
    """
    def neutral(match: re.Match) -> str:
        label = match.group(1).strip()
        if label.startswith("reword:"):
            return label[len("reword:"):].strip()  # "[reword: put in practice]": the draft's own words
        if _NUMBER_LABEL.match(label):
            return "3"
        if "/" in label:
            return label.split("/")[0].strip()
        return label

    return PLACEHOLDER.sub(neutral, text)


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


@dataclass
class Suggestion:
    """One entry's suggestion: a paste-ready skeleton, or paragraph advice for a statement."""

    path: str
    entry: int
    title: str | None
    kind: str
    template: str | None
    text: str
    facts: Facts
    advice: list[dict] = field(default_factory=list)
    left_out: list[dict] = field(default_factory=list)
    limit: int | None = None
    # sentences kept as written because a rewrite would have broken them, with what is still to fix
    not_rewritten: list[dict] = field(default_factory=list)
    # the draft's words the skeleton says another way ({"from": "explained me", "to": "explained to me"})
    changed: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "entry": self.entry, "title": self.title, "kind": self.kind,
            "template": self.template, "suggestion": self.text or None,
            "characters": len(self.text), "limit": self.limit,
            "placeholders": placeholders(self.text), "advice": self.advice,
            "left_out": self.left_out, "not_rewritten": self.not_rewritten, "changed": self.changed, "facts": self.facts.to_dict(),
        }


class Rewriter:
    """Templates and fact extraction compiled once per run; `suggest` reads one parsed entry."""

    def __init__(self, nlp, ruleset, settings):
        import jinja2

        self.ruleset = ruleset
        self.settings = settings
        self.nlp = nlp  # the skeleton's final check parses each sentence it rewrote
        self.data = load_rewrite_data()
        self.extractor = FactExtractor(nlp, ruleset, self.data)
        self.irregular: dict[str, list[str]] = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_exc"):
                for form, lemmas in lookups.get_table("lemma_exc").get("verb", {}).items():
                    for lemma in lemmas:
                        self.irregular.setdefault(lemma, []).append(form)
        self.past_forms = {form for forms in self.irregular.values() for form in forms if not form.endswith("ing")}
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(rules_dir() / "templates")),
            undefined=jinja2.StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
        )
        self.env.globals.update(sentence=sentence, cap=capitalize)
        # every prompt fits and none is replaced, unless the skeleton says otherwise (erasl/skeleton_slots.py)
        self.env.globals.update(fits=lambda key: True, instead=lambda key: "", setting_known=False)
        # Each rule's table says what happens to its words (`rewrite`, `repair`, `repair-pattern`).
        self.rules = ruleset.rules
        self.repair_patterns = {code: re.compile(rule.repair_pattern)
                                for code, rule in ruleset.rules.items() if rule.repair == "number"}

    # --- one entry -------------------------------------------------------------------

    def suggest(self, entry, doc, diagnostics: list[Diagnostic]) -> Suggestion:
        """The suggestion for one entry, given its parse and the diagnostics the linter found in it."""
        wrapper, draft_text = list(getattr(entry, "wrapper", None) or []), entry.text
        if wrapper:
            entry, diagnostics = self._without_wrapper(entry, diagnostics)
        suggestion = self._suggest(entry, doc, diagnostics)
        if wrapper:
            from erasl.wrapper_text import sign_offs_joined

            suggestion.left_out[:0] = [
                {"text": " ".join(draft_text[span.start:span.end].split()),
                 "reason": "a message to your reader, not part of the entry"}
                for span in sign_offs_joined(draft_text, wrapper)]
        if suggestion.text:
            from erasl.skeleton import _tense
            from erasl.skeleton_known_fixes import apply_known_fixes

            tense = _tense(entry.profile) if entry.kind == "experience" and entry.profile is not None else None
            apply_known_fixes(self, suggestion, getattr(entry, "metadata", None), tense)
            from erasl.skeleton_flagged import resolve_flagged

            resolve_flagged(self, suggestion, getattr(entry, "metadata", None), tense)
            if suggestion.template != "meaningful.j2":  # a reflection is told in "I"; an entry in one voice
                from erasl.skeleton_flagged import one_voice

                one_voice(self, suggestion, getattr(entry, "metadata", None), entry.profile)
            from erasl.skeleton_fit import answered_by_the_draft, dates_said, fit_choices, said_twice

            # last: a choice that asks about grammar ("[a/the]", "[talks/talked]") said in one word, one the
            # draft answers ("[histories/charts]") in its word, a slashed date said in words or, read two ways,
            # asked for, and "OB/GYN and obstetrics" said once
            text = fit_choices(dates_said(suggestion.text, entry.text), tense or "past")
            suggestion.text = said_twice(answered_by_the_draft(text, entry.text))
            if entry.kind == "experience":
                from erasl.skeleton_fit import drop_stranded_leads

                drop_stranded_leads(suggestion)  # "The main activities were." once its first item was cut
            from erasl.skeleton_english import undo_worse_english

            undo_worse_english(self, suggestion, entry.text)  # last: no pass may leave the English worse than the draft's
            from erasl.skeleton_fit import repeated_sentence_left_out

            repeated_sentence_left_out(suggestion)  # "the same sentence twice": once rewritten, once as written
            from erasl.skeleton_fit import sentences_closed

            suggestion.text = sentences_closed(suggestion.text)  # "was a privilege [Only if true:]": its stop back
            from erasl.skeleton_reword import say_or_mark_wording

            # then G101 once more on the finished words: its one US form said, "[reword: ...]" where there is none
            say_or_mark_wording(self, suggestion, getattr(entry, "metadata", None), tense)
        self._name_kept_words(suggestion, entry, diagnostics)
        from erasl.skeleton_flagged import reconcile_notes

        reconcile_notes(suggestion)
        return suggestion

    def _without_wrapper(self, entry, diagnostics: list[Diagnostic]):
        """The entry as the skeleton reads it: its wrapper (the greeting, "plz check", the sign-off pasted around
        it) blanked, offsets kept, and the findings about the wrapper itself set aside (they are listed as left
        out). The parse already read `prose`, where the wrapper is blank."""
        from dataclasses import replace

        from erasl.wrapper_text import without_wrapper

        content = replace(entry, text=without_wrapper(entry.text, entry.wrapper), wrapper=[])
        content.profile = entry.profile
        wrapper_codes = {code for code, rule in self.rules.items() if rule.check == "wrapper"}
        return content, [d for d in diagnostics if d.code not in wrapper_codes]

    def _name_kept_words(self, suggestion: Suggestion, entry, diagnostics: list[Diagnostic]) -> None:
        """A rule with `rewrite = "keep"` flags words that carry a fact ("since 2 years" is a duration): the
        skeleton keeps them. What is left to reword is read from the skeleton itself, with the linter's own
        reading (its placeholders filled as the applicant would): each sentence a keep rule still flags is named
        under "kept as written", quoting the skeleton's words, never the draft's; a finding the skeleton mended
        ("youth come" -> "youth [comes/came]") is not listed, and nothing is quoted that the skeleton lacks."""
        if not suggestion.text:
            return
        # the rules whose words the skeleton keeps as the draft wrote them: `keep` ("since 2 years"), and the
        # span rules it has no rewrite for ("observed" carrying the entry, V102): a kept weak verb is the draft's
        # own level of involvement, and the applicant is told it still undersells (rules/*.toml `rewrite`)
        codes = {code for code, rule in self.rules.items() if rule.rewrite == "keep"
                 or rule.rewrite == "none" and rule.placement == "span" and rule.check != "sentence-length"}
        if not any(d.code in codes and d.severity >= Severity.WARNING for d in diagnostics):
            return
        for found in skeleton_findings(suggestion, self.settings, codes, getattr(entry, "metadata", None)):
            reason = f"still says \"{found['words']}\": {found['code']}: {found['message']}"
            listed = next((item for item in suggestion.not_rewritten if " ".join(item["text"].split()) == found["sentence"]), None)
            if listed is not None:  # one line per sentence, with every reason
                if reason not in listed["reason"]:
                    listed["reason"] = f"{listed['reason'].rstrip('.')}; {reason}"
            else:
                suggestion.not_rewritten.append({"text": found["sentence"], "reason": reason})

    def _suggest(self, entry, doc, diagnostics: list[Diagnostic]) -> Suggestion:
        facts = self.extractor.extract(entry, doc)
        self._handled: set[int] = set()  # diagnostics whose words the suggestion rewrote (passive -> active)
        limit = self.settings.limit_for(entry.kind, self.ruleset)
        suggestion = Suggestion(entry.path, entry.index, entry.title, entry.kind, None, "", facts, limit=limit)
        # what the skeleton rewrites: every warning a rule knows how to treat, and the filler notes whose words
        # it simply leaves out (a hedge, "delve", "testament to"); other notes (an accented name) stay as written
        from erasl.docs import FAMILIES

        span_diagnostics = [
            d for d in diagnostics
            if d.code in self.rules and self.rules[d.code].rewrite not in ("none", "keep") and (
                d.severity >= Severity.WARNING
                or self.rules[d.code].rewrite == "leave-out" and self.rules[d.code].placement == "span"
                and FAMILIES.get(d.code[0]) == "filler")
        ]
        if entry.kind in STATEMENT_KINDS:
            suggestion.advice = self.statement_advice(entry, diagnostics)
            return suggestion
        if facts.kind != "meaningful":
            # strong: no warning, and no filler note either ("transformative", "I believe"): the draft itself, tidied
            # and only when it really is strong: no shorthand, no closing motivation line, one tense form
            from erasl.skeleton_guard import weaker_than_it_reads

            if not any(d.severity >= Severity.WARNING for d in diagnostics) and not span_diagnostics \
                    and weaker_than_it_reads(self, entry, doc) is None:
                suggestion.text = self._tightened(entry, diagnostics, doc, suggestion.left_out)
                return suggestion
            from erasl.skeleton_thin import build_thin_skeleton

            # a thin draft (one line, no number, no task of the applicant's own): the advisor's whole order
            if build_thin_skeleton(self, entry, doc, facts, diagnostics, suggestion):
                return suggestion
            from erasl.skeleton import build_skeleton

            return build_skeleton(self, entry, doc, facts, span_diagnostics, suggestion, every_diagnostic=diagnostics)
        if limit is None or len(entry.text.strip()) <= limit:
            from erasl.skeleton import build_reflection

            if build_reflection(self, entry, doc, facts, span_diagnostics, suggestion) is not None:
                return suggestion
        template_name = self.template_for(facts)
        suggestion.template = template_name
        context, removable = self._context(facts, span_diagnostics, suggestion.left_out)
        template = self._template(template_name)
        self._list_the_rest(span_diagnostics, entry.text, suggestion.left_out)
        text = _tidy(template.render(**context))
        # Over the box: drop the draft's least important activities (listed, never silently) until it fits.
        while limit and max(len(text), len(fill_placeholders(text))) > limit and removable:
            items, item = removable.pop()
            items.remove(item)
            suggestion.left_out.append({"text": item, "reason": f"over the {limit}-character limit"})
            text = _tidy(template.render(**context))
        suggestion.text = text
        return suggestion

    def lacks_required(self, entry, doc, kept: list[tuple[int, int]]) -> bool:
        """True when a `requires` rule of this entry's kind ("what changed in you", M101) finds none of its
        evidence in the kept sentences: the filler that was cut may have been the only place the draft said it."""
        from erasl.checks import CHECK_KINDS
        from erasl.checks.requires import EVIDENCE

        if not hasattr(self, "_requires"):
            self._requires = {}
        if entry.kind not in self._requires:
            self._requires[entry.kind] = [
                CHECK_KINDS["requires"](rule, self.ruleset, self.settings, self.extractor.nlp)
                for code, rule in self.rules.items()
                if rule.check == "requires" and entry.kind in rule.kinds and self.settings.selects(code)]
        for check in self._requires[entry.kind]:
            if any(entry.metadata.get(key) for key in check.options["metadata"]):
                continue
            if any(EVIDENCE[name](entry.profile) for name in check.options["evidence"]) or (
                    check.verbs and any(action.lemma in check.verbs for action in entry.profile.actions)):
                continue  # evidence the profile reads from the whole entry
            spans = check.matcher.spans(doc) if check.matcher else []
            if not any(start <= span.start_char < end for span in spans for start, end in kept):
                return True
        return False

    def _tightened(self, entry, diagnostics, doc=None, left_out=None) -> str:
        """An entry with no warning keeps its own words: safe fixes applied, shorthand written out, a line about
        why the applicant chose medicine left out (listed), spacing tidied."""
        text = entry.text
        fixes = sorted({(d.fix.start, d.fix.end, d.fix.replacement) for d in diagnostics
                        if d.fix is not None and d.fix.safe}, reverse=True)
        last = len(text) + 1
        for start, end, replacement in fixes:
            if end <= last:
                text = text[:start] + replacement + text[end:]
                last = start
        if doc is not None:
            from erasl.skeleton_guard import tighten

            text = tighten(self, doc, text, left_out if left_out is not None else [])
        return _tidy(_items_as_sentences(text))

    def template_for(self, facts: Facts) -> str:
        templates = {k: v for k, v in self.data["templates"].items() if isinstance(v, str)}
        if facts.kind == "meaningful":
            return templates["meaningful"]
        entry_type = facts.type.value if facts.type else None
        if entry_type in self.data.get("non-us", {}).get("types", []) and facts.us is False:
            return templates["non-us"]
        return templates.get(entry_type or "default", templates["default"])

    def template_for_profile(self, facts: Facts, profile, doc) -> str:
        """The template of an experience: its type's, or the general one when erasl cannot tell the type.

        A type read from the text only by a verb ("trained new cashiers", "taught") is not trusted:
        a job outside medicine must not get the teaching template. "Volunteer" is the one verb that is its type.
        """
        templates = {k: v for k, v in self.data["templates"].items() if isinstance(v, str)}
        entry_type = facts.type.value if facts.type else None
        words = profile.type_words
        if entry_type and profile.type_from == "text" and words is not None and words.start is not None:
            span = doc.char_span(words.start, words.end, alignment_mode="expand")
            if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span) \
                    and not any(t.lemma_.lower() == "volunteer" for t in span):
                entry_type = None  # "volunteered with a relief team" is unpaid whatever the work: trusted
        if entry_type in self.data.get("non-us", {}).get("types", []) and facts.us is False and profile.clinical:
            return templates["non-us"]
        return templates.get(entry_type or "general", templates["general"])

    def _template(self, name: str):
        import jinja2

        try:
            return self.env.get_template(name)
        except jinja2.TemplateError as error:
            raise RuleFileError(f"rules/templates/{name}: {error}") from None

    # --- building the template's context ---------------------------------------------

    def _context(self, facts: Facts, diagnostics: list[Diagnostic], left_out: list[dict]):
        """What a template sees: the opening facts, activities by slot, outcomes; and what may be cut."""
        outcomes = []
        outcome_spans = []
        for fact in facts.outcomes:
            cleaned = self._clean(fact.start, fact.end, fact.text, diagnostics, left_out)
            if cleaned:
                outcomes.append(capitalize(cleaned.rstrip(". ")) + ".")
                outcome_spans.append((fact.start, fact.end))
        opening = self._opening(facts, diagnostics, left_out)
        # a duration the opening states is not repeated inside an activity ("admissions for 6 weeks")
        stated = [fact.text for fact, shown in ((facts.length, opening["length"] or opening["length_words"]),
                                                (facts.dates, opening["dates"]), (facts.frequency, opening["frequency"]))
                  if fact is not None and shown and fact.start is not None]
        said = [re.compile(rf"\s*\b(?:for|over|during|from)?\s*{re.escape(text)}", re.IGNORECASE) for text in stated]
        groups: dict[str, list[tuple[str, str, str]]] = {}
        for activity in facts.activities:
            if any(start <= activity.start < end for start, end in outcome_spans):
                continue  # already said, whole, in an outcome sentence
            rendered = self._render_activity(activity, diagnostics, left_out)
            if rendered is None:
                continue
            verb, obj, detail = rendered
            for pattern in said:
                obj = pattern.sub("", obj).strip()
            groups.setdefault(activity.category, []).append((verb, obj, detail))
        acts = {name: _merge_same_verb(items) for name, items in groups.items()}
        for name in ("patients", "notes", "presentations", "procedures", "teaching", "research", "other"):
            acts.setdefault(name, [])
        title_specialty = next((f.value for f in facts.specialties if f.source in ("metadata", "title")), None)
        context = {
            "facts": facts, "acts": acts, "outcomes": outcomes, **opening,
            "title": facts.title, "type": facts.type.value if facts.type else None,
            "type_noun": self.data["templates"].get("nouns", {}).get(facts.type.value, facts.type.value) if facts.type else None,
            # the title up to its first comma is the role ("House Officer, Internal Medicine")
            "role": facts.title.split(",")[0].strip() if facts.title else None,
            "role_specialty": title_specialty,
        }
        return context, _cut_order(acts, outcomes)

    def _opening(self, facts: Facts, diagnostics, left_out) -> dict[str, Any]:
        """Duration, setting, specialty, institution and place, as the draft words them (None when absent)."""
        def usable(fact: Fact | None) -> str | None:
            if fact is None:
                return None
            if fact.start is None:
                return fact.text
            return self._clean(fact.start, fact.end, fact.text, diagnostics, left_out)

        length = facts.length  # its value is the adjective ("4-week") when the draft gives one
        length_adjective = length.value if length is not None and "-" in (length.value or "") else None
        institution = next((f for f in facts.institutions if usable(f)), None)
        institution_text = None
        if institution is not None:
            institution_text = f"at {institution.text}" if institution.source == "metadata" else usable(institution)
            institution_text = institution_text.rstrip(" ,;") if institution_text else None
        setting = next((f for f in facts.settings if f.source == "metadata" or (f.value and usable(f))), None)
        setting_text = setting_adjective = None
        if setting is not None and not (institution_text and setting.text.lower() in institution_text.lower()):
            setting_text = setting.value
            phrase_words = set(re.findall(r"[\w-]+", setting_text.lower()))
            said_elsewhere = {w for fact in [facts.length, facts.type] if fact is not None
                              for w in re.findall(r"[\w-]+", fact.text.lower())}
            if setting.source != "metadata" and phrase_words & said_elsewhere:
                # "4-week inpatient sub(-internship)": the phrase repeats the opening; keep the setting word
                setting_text, setting_adjective = None, setting.text
            elif setting.source != "metadata" and setting_text.split()[0].lower() not in ("on", "in", "at"):
                setting_text = f"in {setting_text}"
        place = next((f for f in facts.places if usable(f)), None)
        place_text = None
        if place is not None and not (institution_text and place.value and place.value in institution_text):
            place_text = usable(place)
        length_words = None
        if length_adjective:
            number, unit = length_adjective.rsplit("-", 1)
            plural = number.lower() not in ("one", "1", "a", "an")
            length_words = f"{number.lower()} {unit}{'s' if plural else ''}"
        return {
            "length": mid_sentence(usable(length)) if length is not None and length_adjective is None else None,
            "length_adjective": length_adjective,
            "length_words": length_words,  # "12-month" -> "12 months", for "for 12 months"
            "dates": mid_sentence(usable(facts.dates)),
            # a frequency with a number ("3 shifts per week"); a bare "per week" says nothing on its own
            "frequency": usable(facts.frequency) if facts.frequency and re.search(r"\d", facts.frequency.text) else None,
            "specialty": facts.specialty,
            "setting": setting_text,
            "setting_adjective": setting_adjective,  # "inpatient": goes before the specialty
            "institution": institution_text,
            "place": place_text,
        }

    def _render_activity(self, activity: Activity, diagnostics, left_out) -> tuple[str, str, str] | None:
        """The activity as (verb, object, detail) in the past tense; weak verbs become a bracketed choice.
        The team's work ("we saw", "by us") keeps its "we": it is never turned into a claim of the applicant's own."""
        rendered = self._render_own_activity(activity, diagnostics, left_out)
        if rendered is not None and activity.shared:
            return ("we " + rendered[0], *rendered[1:])
        return rendered

    def _render_own_activity(self, activity: Activity, diagnostics, left_out) -> tuple[str, str, str] | None:
        if activity.voice == "passive":
            overlapping = self._overlapping(activity.start, activity.end, diagnostics)
            # said actively now: not "left out"
            rewritten = [d for d in overlapping if self.rules[d.code].repair == "active"]
            overlapping = [d for d in overlapping if self.rules[d.code].repair != "active"]
            if not overlapping:
                self._handled.update(id(d) for d in rewritten)
            if overlapping:
                left_out.append({"text": activity.text, "reason": f"{overlapping[0].code}: {overlapping[0].message}"})
                return None
            obj = activity.object
        else:
            obj = self._clean(activity.object_start, activity.object_end, activity.object, diagnostics, left_out,
                              whole=(activity.start, activity.end), whole_text=activity.text)
            if obj is None:
                return None
        past = self._past(activity)
        weak = self.data.get("weak-verbs", {})
        if (activity.voice == "passive" and activity.by_applicant is None) or activity.helped_by:
            if not activity.helped_by and activity.lemma in weak["passive"].get("alone", ()):
                return past, obj, ""  # "OPD was attended" -> "Attended OPD": "helped attend" is no English
            helper = past_tense(activity.helped_by, self.irregular) if activity.helped_by else "helped"
            choices = [c.format(past=past, lemma=activity.lemma).replace("helped", helper, 1)
                       for c in weak["passive"]["choices"]]
            return f"[{'/'.join(choices)}]", obj, ""
        if activity.lemma in weak:
            spec = weak[activity.lemma]
            if activity.lemma in ("help", "assist", "participate"):
                obj = re.sub(r"^(with|in|on|to)\s+", "", obj)
            detail = f": [{spec['detail']}]" if spec.get("detail") else ""
            return f"[{'/'.join(spec['choices'])}]", obj, detail
        return past, obj, ""

    def _list_the_rest(self, diagnostics, text: str, left_out: list[dict]) -> None:
        """Flagged words no fact carried over (filler, trait claims): say they were left out, and why."""
        listed = {item["reason"] for item in left_out}
        for d in diagnostics:
            reason = f"{d.code}: {d.message}"
            in_place = self.rules[d.code].repair in ("fix", "number")  # repaired wherever a fact kept them
            if not in_place and reason not in listed and id(d) not in self._handled:
                left_out.append({"text": text[d.start:d.end], "reason": reason})
                listed.add(reason)

    def _past(self, activity: Activity) -> str:
        verb = activity.verb
        if activity.voice == "passive":
            return past_tense(activity.lemma, self.irregular)  # "were seen" -> saw, not "seen"
        word = verb.lower()
        already_past = word.endswith("ed") or word in self.past_forms or any(
            word.endswith(form) for form in self.past_forms if len(form) >= 4)
        if already_past and not word.endswith("ing"):  # "ran", "rewrote", "co-led": keep the draft's own word
            return verb[:1].lower() + verb[1:] if verb[1:2].islower() or len(verb) == 1 else verb
        return past_tense(activity.lemma, self.irregular)

    def _overlapping(self, start: int | None, end: int | None, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        if start is None or end is None:
            return []
        return [d for d in diagnostics if d.start < end and start < d.end]

    def _clean(self, start, end, text, diagnostics, left_out, whole=None, whole_text=None) -> str | None:
        """`text` (the entry's text from start to end) with flagged words repaired, or None to leave it out.

        Repairs keep the meaning, as each rule's table says (`repair`): `number` turns the words its
        `repair-pattern` matches into [N] ("some patients" -> "[N] patients"; a [placeholder] stays),
        `fix` applies the rule's own safe fix. Any other flagged words mean the fact is left out,
        and listed with the reason.
        """
        if start is None:
            return text
        edits = []
        check_start, check_end = whole if whole else (start, end)
        for d in self._overlapping(check_start, check_end, diagnostics):
            inside = start <= d.start and d.end <= end
            repair = self.rules[d.code].repair if inside else ""
            if repair == "number":
                words = text[d.start - start:d.end - start]
                match = self.repair_patterns[d.code].match(words)
                if match:
                    edits.append((d.start, d.start + match.end(), "[N]"))
                    continue
                if words.startswith("[") and words.endswith("]"):
                    continue  # already a visible placeholder
            if repair == "fix" and d.fix is not None and d.fix.safe:
                edits.append((d.fix.start, d.fix.end, d.fix.replacement))
                continue
            left_out.append({"text": whole_text or text, "reason": f"{d.code}: {d.message}"})
            return None
        cleaned = text
        for edit_start, edit_end, replacement in sorted(edits, reverse=True):
            cleaned = cleaned[:edit_start - start] + replacement + cleaned[edit_end - start:]
        return cleaned.strip()

    # --- personal statements ------------------------------------------------------------

    def statement_advice(self, entry, diagnostics: list[Diagnostic]) -> list[dict]:
        """Per paragraph: what to change, from the diagnostics in it; a cliché opener gets a prompt."""
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?=\n[ \t]*\n|\s*\Z)", entry.text, re.DOTALL)]
        found = []
        for number, (start, end) in enumerate(paragraphs, start=1):
            inside = [d for d in diagnostics if start <= d.start < end and d.severity >= Severity.WARNING]
            lines = []
            first_sentence_end = _first_sentence_end(entry.text, start, end)
            for d in inside:
                rule = self.rules.get(d.code)
                if rule is None:
                    continue
                match = entry.text[d.start:d.end]
                if number == 1 and rule.advice_opening and d.start < first_sentence_end:
                    line = rule.advice_opening
                elif rule.advice:
                    line = rule.advice.format(match=match, opening=" ".join(match.split()[:6]) + "...")
                else:
                    continue
                if line not in lines:
                    lines.append(line)
            if lines:
                excerpt = " ".join(entry.text[start:end].split()[:8])
                found.append({"paragraph": number, "excerpt": excerpt + "...", "advice": lines})
        return found


def _cut_order(acts: dict[str, list[str]], outcomes: list[str]) -> list[tuple[list[str], str]]:
    """(list, item) pairs that may be dropped to fit the box; popped from the end, so the draft's
    unslotted activities go first, then second items of each slot, then extra outcomes."""
    order = [(outcomes, item) for item in outcomes[1:]]
    for name in ("patients", "notes", "presentations", "procedures", "teaching", "research"):
        order += [(acts[name], item) for item in acts[name][1:]]
    order += [(acts["other"], item) for item in acts["other"]]
    return order


def _merge_same_verb(items: list[tuple[str, str, str]]) -> list[str]:
    """'managed A', 'managed B' -> 'managed A and B': a verb said once reads as one duty, not three."""
    merged: dict[str, list[tuple[str, str, str]]] = {}
    for item in items:
        merged.setdefault(item[0].lower(), []).append(item)
    result = []
    for same in merged.values():
        verb, tail = same[0][0], next((t for _, _, t in same if t), "")
        result.append(f"{verb} {_and_list([obj for _, obj, _ in same])}{tail}".strip())
    return result


def _and_list(items: list[str]) -> str:
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    joiner = "; " if any("," in item for item in items) else ", "
    return joiner.join(items[:-1]) + (" and " if joiner == ", " else "; and ") + items[-1]


def sentence(items, default: str = "") -> str:
    """Draft phrases as one sentence ("Wrote notes, presented cases and ..."), or the template's default.

    A default that states an activity the draft does not mention is marked as a
    prompt ("[Only if true:] Wrote practice notes ..."), so the skeleton never claims it.
    """
    items = [item for item in (items or []) if item]
    if not items:
        if default and not default.startswith("["):
            return "[Only if true:] " + default
        return default
    sentences: list[list[str]] = [[]]
    for item in items:  # at most ~28 words a sentence, so R101 (35) never fires on a joined list
        if sentences[-1] and len(" ".join(sentences[-1] + [item]).split()) > 28:
            sentences.append([])
        sentences[-1].append(item)
    return " ".join(capitalize(_and_list(group)).rstrip(" .") + "." for group in sentences)


def capitalize(text: str | None) -> str:
    """Upper-case the first letter (inside a leading [placeholder] too), leave the rest as written.

    Text that starts with a digit stays as it is: "8-week", not "8-Week".
    """
    if not text:
        return ""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1:]
        if char.isdigit():
            return text
    return text


def mid_sentence(text: str | None) -> str | None:
    """'From September 2022 to May 2023' -> 'from September ...': only a leading preposition is lowered."""
    if text and text.split()[0].lower() in ("from", "for", "over", "since", "during", "between", "in", "until"):
        return text[:1].lower() + text[1:]
    return text


def _first_sentence_end(text: str, start: int, end: int) -> int:
    match = re.search(r"[.!?](\s|$)", text[start:end])
    return start + match.end() if match else end


def _items_as_sentences(text: str) -> str:
    """A list kept as written is one sentence an item, never a run-on: each bulleted or numbered line (and
    the line before the first, its heading) loses its marker and ends with a full stop. Prose, even hard-wrapped,
    stays as it is."""
    from erasl.skeleton import _BULLET

    marker = re.compile(r"^\s*(?:" + _BULLET + r"|\(?\d{1,2}[.)])\s+")
    lines = text.splitlines()
    if not any(marker.match(line) for line in lines):
        return text
    out = []
    for index, line in enumerate(lines):
        following = next((other for other in lines[index + 1:] if other.strip()), None)
        item = marker.match(line) is not None
        line = marker.sub("", line).strip()
        if line and (item or following is not None and marker.match(following)) and line[-1] not in ".!?:;,":
            line += "."
        out.append(line)
    return "\n".join(out)


def _tidy(text: str) -> str:
    """Template output as one paragraph: single spaces, no space before punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"([,;])\1+", r"\1", text)
    text = re.sub(r"([.!?])([\"'”’)])\.", r"\1\2", text)  # a quotation that ends the sentence ends it once: "anxious."
    return text


def front_matter_block(metadata: dict | None) -> str:
    """The draft's front matter as a block, so a skeleton is read as the same entry (an ongoing one speaks in the
    present)."""
    lines = "".join(f"{key}: {value}\n" for key, value in (metadata or {}).items()
                    if isinstance(value, (str, int)) and "\n" not in str(value))
    return f"---\n{lines}---\n" if lines else ""


def skeleton_findings(suggestion: Suggestion, settings, codes: set[str], metadata: dict | None = None) -> list[dict]:
    """The findings of the rules `codes` in a skeleton's own sentences, read as the linter reads a draft (the
    placeholders filled with neutral values): for each, the skeleton's sentence, the flagged words as the
    skeleton writes them, and the message. A finding inside a filled placeholder is no text of the skeleton's
    and is not returned."""
    import erasl
    from erasl.skeleton_guard import output_sentence_spans

    text = suggestion.text
    sentences = [" ".join(text[start:end].split()) for start, end in output_sentence_spans(text)]
    pieces, spans, at = [], [], 0
    for sentence in sentences:
        filled = fill_placeholders(sentence)
        pieces.append(filled)
        spans.append((at, at + len(filled)))
        at += len(filled) + 1
    joined = " ".join(pieces)
    try:
        found = erasl.lint_text(front_matter_block(metadata) + joined, kind=suggestion.kind,
                                settings=settings, path="skeleton.md")
    except ValueError:
        return []
    results = []
    for d in found:
        if d.code not in codes or d.severity < Severity.WARNING:
            continue
        index = next((i for i, (s, e) in enumerate(spans) if s <= d.start < e), None)
        if index is None:
            continue
        words = " ".join(joined[d.start:d.end].split())
        if len(words.split()) > 8:
            continue  # a finding about a whole sentence (its reading grade) is no words to reword
        if not words or words.lower() not in sentences[index].lower():
            continue  # the words of a filled placeholder, not the skeleton's
        at_word = sentences[index].lower().index(words.lower())
        words = sentences[index][at_word:at_word + len(words)]
        results.append({"sentence": sentences[index], "words": words, "code": d.code,
                        "message": d.message})
    return results


# --- running over a report, and printing -------------------------------------------------

def suggestions_for(report, linter) -> list[Suggestion]:
    """A suggestion for every entry of a report made with `keep_parses=True` (no second parse)."""
    rewriter = Rewriter(linter.nlp, linter.ruleset, linter.settings)
    found = []
    for document in report.documents:
        for entry in document.entries:
            diagnostics = [d for d in report.diagnostics if d.path == entry.path and d.entry == entry.index]
            found.append(rewriter.suggest(entry, report.parses[(entry.path, entry.index)], diagnostics))
    return found
