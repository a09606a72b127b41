"""A skeleton never keeps what erasl itself flags, and never adds a glitch of its own (issue 12, skel19).

Class 1: the finished skeleton says every correction erasl knows (the rules' safe fixes, G101's one US form,
the entry's tense on the applicant's verbs), and lists each under "changed:".
Class 2: what the rewrite itself broke: a field label read as a verb ("Projected |"), a verb made of shorthand
("follow-up'd"), "the Dr. Says", the header repeating a date range the first sentence states, "from strokes to
fall", and a clause that says "I" inside a résumé fragment ("Collected data ... and I did").
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from tests.skeleton_helpers import says, suggest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def linter():
    """The linter `erasl suggest` compiles for default settings (the skeleton's own check reads with it too)."""
    import erasl
    from erasl.config import Settings

    return erasl._linter(Settings())


def _front(kind: str, start: str, end: str) -> str:
    return f"---\ntype: {kind}\nstart: {start}\nend: {end}\n---\n"


# --- class 1: flagged but kept -------------------------------------------------------------------------------

FLAGGED_THEN_MENDED = [
    # (draft, words the skeleton must say, words it must no longer say)
    (_front("work", "2017-01", "2019-12") + "Emergency doctor, District Ambulance Station, Ulaanbaatar, Mongolia. "
     "In one shift the brigade was consisting of a doctor, a feldsher and a driver. I answered 12 calls per shift "
     "and stabilised patients at home.", ["the brigade consisted of"], ["was consisting"]),
    # an ongoing entry: one tense for every verb of one sentence
    (_front("externship", "2025-09", "present") + "Clinical externship in family medicine, Schuylkill Family Health "
     "Center, Philadelphia, 4 days per week. I interview 8-10 patients per day, performed physical examination and "
     "present every patient to Dr. Karen Whitfield. I write SOAP notes in the EHR.",
     ["I interview 8-10 patients per day, perform physical examination and present"], ["performed"]),
    (_front("volunteer", "2024-02", "present") + "Volunteer at Casa Esperanza clinic, Houston, Texas, every Saturday. "
     "I register 15 patients each Saturday, measured their blood pressure and enter it in the chart.",
     ["measure their blood pressure"], ["measured their"]),
    (_front("clerkship", "2022-03", "2022-04") + "Surgery clerkship, Hospital Italiano, Buenos Aires, Argentina, 6 "
     "weeks. I participated to 15 laparoscopic cholecystectomies and made the suture of the skin in 10 of them.",
     ["Participated in 15"], ["participated to"]),
    (_front("observership", "2023-06", "2023-07") + "Observership in cardiology, Mercy Hospital, Chicago, 4 weeks. I "
     "assisted to the morning rounds every day and discussed about 3 cases a week with the fellows.",
     ["ttended the morning rounds", "discussed 3 cases"], ["assisted to", "discussed about"]),
    (_front("volunteer", "2023-01", "2023-12") + "Volunteer at Hope Clinic, Lagos, Nigeria. I triaged 20 patients "
     "each Saturday and explained them the medication changes in Yoruba.", ["explained to them"], ["explained them"]),
    (_front("work", "2020-01", "2022-06") + "General physician, Red Crescent Clinic, Baghdad, Iraq. I saw 40 "
     "patients daily since 2 years and managed diabetes and hypertension follow-up.", ["for 2 years"],
     ["since 2 years"]),
    (_front("research", "2021-01", "2021-12") + "Research assistant, Aga Khan University, Karachi, Pakistan. I "
     "utilized REDCap to enter data of 200 patients in order to build the registry.", ["Used REDCap"],
     ["utilized", "in order to"]),
    (_front("work", "2020-01", "2021-06") + "Medical scribe, Valley ED, Fresno, CA \u2013 18 months. I documented "
     "25 patient encounters per shift for 4 physicians \u2014 mostly chest pain and sepsis.", ["CA - 18 months"],
     ["\u2013", "\u2014"]),
    (_front("work", "2019-10", "2020-09") + "General practitioner, obligatory rural service, Aoos Valley Health "
     "Centre, Epirus, Greece (12 months). I saw 30 patients a day and covered nights alone.",
     ["mandatory rural service"], ["obligatory"]),
    # a rule's own `corrections` (G101), in a sentence the skeleton keeps as written
    (_front("work", "2020-01", "2021-12") + "Family physician, Polyclinic No. 3, Samarkand, Uzbekistan. I saw 30 "
     "patients a day and I always listened the patients' complaints to the end before the exam.",
     ["listened to the patients"], ["listened the"]),
    (_front("observership", "2023-12", "2023-12") + "Observership in gastroenterology, Bayou City Clinic, Houston, "
     "2 weeks. I attended 12 colonoscopies and I wrote 5 case summaries to ameliorate my medical English.",
     ["improve my medical English"], ["ameliorate"]),
]

LEFT_AS_WRITTEN = [
    # near-misses: nothing flagged, or a name, a timeless verb or another's act that must stay as the draft says it
    (_front("work", "2021-01", "2022-12") + "Physician, Obligatory Service Program of the Ministry of Health, Quito, "
     "Ecuador. I saw 25 patients daily in a rural clinic.", ["Obligatory Service Program"]),
    (_front("volunteer", "2024-01", "present") + "Volunteer interpreter, Riverside Clinic, Minneapolis. I interpret "
     "for 6 Somali families a week. In March 2024 I made a one-page vaccine handout in Somali. I enjoy this work.",
     ["I made a one-page vaccine handout", "I interpret for 6 Somali families"]),
    (_front("observership", "2023-01", "2023-02") + "Observership in nephrology, St. Mary Hospital, Newark, 4 weeks. "
     "I observed Dr. Lee, who is a nephrologist, and presented 3 patients on rounds.", ["who is a nephrologist"]),
    (_front("work", "2018-01", "2019-12") + "Nurse aide, Sunrise Care Home, Manila, Philippines. I screened 40 "
     "residents for falls and I called their families every week.", ["I called their families"]),
]


@pytest.mark.parametrize("draft, said, never", FLAGGED_THEN_MENDED)
def test_the_skeleton_says_every_correction_erasl_knows(linter, draft, said, never):
    suggestion = suggest(linter, draft)
    says(suggestion.text, said, never)


@pytest.mark.parametrize("draft, said", LEFT_AS_WRITTEN)
def test_what_is_not_flagged_stays_as_written(linter, draft, said):
    says(suggest(linter, draft).text, said)


def test_each_correction_is_listed_under_changed(linter):
    suggestion = suggest(linter, FLAGGED_THEN_MENDED[0][0])
    assert {"from": "was consisting", "to": "consisted"} in suggestion.changed
    suggestion = suggest(linter, FLAGGED_THEN_MENDED[1][0])
    assert {"from": "performed", "to": "perform"} in suggestion.changed


def test_a_finished_entrys_present_verb_in_a_kept_list_is_said_in_the_past(linter):
    draft = (_front("work", "2017-01", "2018-12") + "House surgeon, Irrawaddy General Hospital, Mandalay, Myanmar. "
             "Clerked the new admissions, do the ward procedures such as cannulation, catheterization and lumbar "
             "puncture, and presented every patient on the consultant's round. I assisted in 60 caesarean sections.")
    text = suggest(linter, draft).text
    assert not re.search(r"\bdo the ward procedures", text), text


# --- class 2: errors the rewrite made --------------------------------------------------------------------------

REWRITE_MADE = [
    # a field label of a pasted résumé is a name, never a verb; the label's line stays as written
    ("Research Assistant | Dept. of Cardiology, Shaqlawa Road Cardiac Centre, Erbil, Iraq | Oct 2022 - Sep 2023\n"
     "Project | Retrospective study: door-to-balloon time in STEMI pts before and after 24/7 cath lab\n"
     "Role | Data collection from paper files, data entry to SPSS\nI was responsible for collecting data of 318 "
     "patients and I did the descriptive statistics.", ["Project | Retrospective study", "Role | Data collection"],
     ["Projected", "Roled"]),
    ("Volunteer | Free Clinic of Tulsa, Oklahoma | 2022-2023\nTask: Triage of 12 walk-in patients per evening\n"
     "Record: blood pressure and glucose for every patient", ["Record: blood pressure"], ["Recorded:"]),
    # a verb made of shorthand ("f/u'd") is said in full, in the past
    (_front("clerkship", "2025-07", "2025-07") + "Sub-internship, IM wards, Maumee Valley Hospital, Toledo, Ohio, "
     "4 weeks. Carried 4-5 pts as primary; wrote H&Ps, entered orders, called consults & f/u'd results.",
     ["followed up results"], ["follow-up'd", "f/u'd"]),
    (_front("work", "2021-01", "2021-12") + "Ward intern, General Hospital, Colombo, Sri Lanka. Admitted 10 pts a "
     "day and d/c'd 8 of them with summaries.", ["discharged 8"], ["discharge'd", "d/c'd"]),
    # "the dr says": the word doctor, never a title before a name
    (_front("volunteer", "2023-01", "present") + "volunteer somali interpreter at a health collective in "
     "minneapolis. i explain to the moms what the dr says and why. i translate for 10 families a month.",
     ["what the doctor says"], ["Dr. Says", "dr says"]),
    (_front("volunteer", "2023-01", "present") + "Volunteer at a free clinic in Tulsa. i help dr. wongsakul with "
     "intake for 12 patients each Saturday.", ["Dr. Wongsakul"], ["dr. wongsakul"]),
    # a range's end after "to" is a noun ("from strokes to falls"), never a verb after infinitive "to"
    (_front("work", "2019-10", "2020-09") + "General practitioner, rural health centre, Epirus, Greece. I managed "
     "all the emergencies that came, from chest pain and strokes to falls and farm injuries, for 14 villages.",
     ["to falls and farm injuries"], ["to fall and"]),
    # one person in a sentence: a résumé fragment's joined clause says no "I"
    ("Research assistant, Dept. of Cardiology, Erbil, Iraq, 2022-2023. Collected data of 318 patients admitted "
     "2019-2022 and I did the descriptive statistics with help of my supervisor. Wrote the first draft and I "
     "presented it at the meeting.", ["and did the descriptive statistics", "and presented it"],
     ["and I did", "and I presented"]),
]

REWRITE_MADE += [
    # (lead, review 18) a résumé fragment's opening verb the parser reads as the subject of the plural after it:
    # the opening word takes the tense, the plural stays a noun (never "Perform sutured", "Perform night called")
    (_front("other", "2018-01", "2018-12") + "Internship, General Hospital, Cusco, Peru, 2018. Perform sutures, "
     "chest drains and lumbar punctures under supervision. Perform night calls every other day with the interns.",
     ["Performed sutures, chest drains and lumbar punctures", "Performed night calls every other day"],
     ["sutured", "night called", "Perform "]),
    # an opening task verb that is also a noun ("Handle", "Review", "Dress"): the tagger reads a noun or the subject
    # of the plural after it, so the verbs listed after it were missed; each line says the act in the past
    (_front("other", "2021-01", "2021-12") + "House officer, internal medicine, Mulago Hospital, Kampala, 12 months. "
     "Review labs each morning and write notes for 6 patients. Handle calls from the ward nurses and present new "
     "admissions to the attending. Dress wounds and remove sutures in the surgical clinic.",
     ["Reviewed labs each morning and wrote notes", "Handled calls from the ward nurses",
      "Dressed wounds and removed sutures"], ["Handled called", "Review labs", "Dress wounds"]),
]

REWRITE_NEAR_MISSES = [
    # (lead) an ongoing entry keeps the fragment's present; a noun subject ("Rounds") is no opening verb
    (_front("other", "2023-03", "present") + "Medical officer, Rural Health Centre, Sindh, since March 2023. Perform "
     "sutures, chest drains and dressings in the emergency room.", ["Perform sutures, chest drains and dressings"]),
    # a sentence with "I" in both clauses stays; a verb list of a finished job is still said in the past
    ("Research assistant, Dept. of Cardiology, Erbil, Iraq, 2022-2023. I screened 40 patients and I called them "
     "back. Reviewed charts while I waited for the attending.", ["I screened 40 patients and I called them back",
                                                                "while I waited"]),
    (_front("teaching", "2019-09", "2021-06") + "Teaching Assistant, Department of Anatomy, Ararat State Medical "
     "Institute, Yerevan, Armenia. Lead practical sessions for 2 groups of 12 students every week. Write 40 "
     "multiple-choice questions for the midterm.", ["Led practical sessions", "Wrote 40"]),
    ("Volunteer, Free Clinic of Tulsa, Oklahoma, 2022-2023. I went from triage to discharge with 12 patients per "
     "evening, from 5 pm to 9 pm.", ["from triage to discharge"]),
]


@pytest.mark.parametrize("draft, said, never", REWRITE_MADE)
def test_the_rewrite_adds_no_error_of_its_own(linter, draft, said, never):
    says(suggest(linter, draft).text, said, never)


@pytest.mark.parametrize("draft, said", REWRITE_NEAR_MISSES)
def test_near_misses_of_the_rewrite_classes_stay(linter, draft, said):
    says(suggest(linter, draft).text, said)


@pytest.mark.parametrize("draft, month", [
    (_front("observership", "2024-10", "2024-11") + "OBSERVERSHIP – NEPHROLOGY\nPassaic River Medical Center, "
     "Newark, NJ | Oct.–Nov. 2024\n• Participation in daily rounds with the nephrology consult team\n• Discussion "
     "of cases of AKI and CKD with the fellows", "October 2024-November 2024"),
    (_front("teaching", "2019-09", "2021-06") + "Teaching Assistant, Department of Anatomy, Ararat State Medical "
     "Institute, Yerevan, Armenia (Sept 2019 - June 2021).\nLead practical sessions on the cadaver for 2 groups of "
     "12 students every week.", "Sep"),
    (_front("work", "2020-03", "2021-02") + "Cashier, Walmart Supercenter, Dallas, Texas, March 2020 to February "
     "2021. Served 200 customers per shift and trained 3 new cashiers.", "Mar"),
])
def test_the_header_never_repeats_a_date_range_the_first_sentence_states(linter, draft, month):
    text = suggest(linter, draft).text
    assert len(re.findall(rf"\b{month}", text)) == 1, text


# --- over the tuned drafts: every skeleton, as a class ----------------------------------------------------------

def _bench():
    spec = importlib.util.spec_from_file_location("bench_skeletons", ROOT / "bench" / "skeletons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_RANGE = re.compile(r"\b[A-Z][a-z]+\.? \d{4}\s*[-–]\s*[A-Z][a-z]+\.? \d{4}\b")


def _mixed_tense_sentences(nlp, text: str) -> list[str]:
    """Sentences where the applicant's verbs joined by "and" under one subject are in two tenses ("I interview
    ..., performed ... and present")."""
    from erasl.rewrite import fill_placeholders

    found = []
    for sentence in nlp(fill_placeholders(text)).sents:
        for verb in sentence:
            if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT",) or verb.tag_ not in ("VBD", "VBP", "VBZ"):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in ("i", "we"):
                continue
            joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in (
                "VBD", "VBP", "VBZ") and not any(g.dep_ in ("nsubj", "aux") for g in c.children)]
            tenses = {"past" if v.tag_ == "VBD" else "present" for v in [verb, *joined]}
            if len(tenses) > 1:
                found.append(sentence.text)
    return found


def _fixable_left(linter, suggestion, draft: str) -> list[str]:
    """The corrections erasl knows that the skeleton (filled in as the applicant would) still needs: safe fixes
    and G101's one US form."""
    from erasl.document import SourceFile
    from erasl.fixes import safe_edits
    from erasl.rewrite import fill_placeholders

    front = re.match(r"\A---\n.*?\n---\n", draft, flags=re.DOTALL)
    document = linter.parse(SourceFile("filled.md", (front.group(0) if front else "") + fill_placeholders(
        suggestion.text) + "\n"), suggestion.kind)
    found = linter.lint_documents([document], across_entries=False)
    left = [f"{d.code} {document.entries[0].text[d.start:d.end]!r}" for d in safe_edits(found)]
    for entry in document.entries:
        left += [f"G101 {fix.text!r} -> {fix.correction!r}" for fix in entry.profile.wording_fixes
                 if not fix.ambiguous and fix.text[:1].islower()]
    return left


# blind21 and blind22 still leave one each: "in A&E" (an abbreviation the name guard keeps) and a G101 seen only
# once a choice placeholder is filled ("[Presented/helped present] the results in the congress")
@pytest.mark.parametrize("corpus_set", ["blind23", "blind24", "blind25", "blind26"])
def test_the_skeletons_of_a_tuned_set_need_no_known_fix_and_add_no_glitch(linter, corpus_set):
    """Every skeleton of the set: no non-word, no date range said twice, no sentence in two tenses, and no
    correction erasl knows left for the applicant to make."""
    import erasl

    bench = _bench()
    dictionary = bench._dictionary()
    problems = []
    for path in sorted((ROOT / "corpus" / corpus_set / "drafts").iterdir()):
        if path.suffix not in (".md", ".txt"):
            continue
        draft = path.read_text(encoding="utf-8")
        suggestions = erasl.suggest_text(draft, path=str(path))
        for suggestion in suggestions:
            if not suggestion.text:
                continue
            text = suggestion.text
            name = f"{path.name}#{suggestion.entry}"
            problems += [f"{name}: non-word {w}" for w in bench.non_words(text, draft.replace("\u2019", "'"), dictionary)]
            ranges = _RANGE.findall(text)
            problems += [f"{name}: date range twice {r}" for r in set(ranges) if ranges.count(r) > 1]
            problems += [f"{name}: two tenses in {s!r}" for s in _mixed_tense_sentences(linter.nlp, text)]
            if len(suggestions) == 1:
                problems += [f"{name}: {left}" for left in _fixable_left(linter, suggestion, draft)]
    assert problems == []


# --- capitalisation and shorthand the skeleton writes out in the words it keeps -------------------------------

@pytest.mark.parametrize("typed, written", [
    ("volunteer somali interpreter in minneapolis", "volunteer Somali interpreter in Minneapolis"),
    ("I speak spanish and haitian creole with families in houston", "I speak Spanish and Haitian Creole with "
                                                                     "families in Houston"),
    ("ran 1 family mtg with an interpreter", "ran 1 family meeting with an interpreter"),
    ("Alot of the moms dont trust the vaccine", "A lot of the moms don't trust the vaccine"),
    ("Dr. Lee and the dr. on call", "Dr. Lee and the doctor on call"),
    ("4 weeks, Jul 2025", "4 weeks, July 2025"),
    ("Sept. 2019 - June 2021", "September 2019 - June 2021"),
    ("Got honors + a letter from Dr. Halvorsen", "Got honors and a letter from Dr. Halvorsen"),
    ("called consults & f/u'd results", "called consults and followed up results"),
    ("what the dr says", "what the doctor says"),
])
def test_shorthand_and_lower_case_names_are_written_out(typed, written):
    from erasl.skeleton_register import write_out

    assert write_out(typed) == written


@pytest.mark.parametrize("typed", [
    "bought buffalo wings and turkey sandwiches",  # common words that are also places stay as typed
    "I march with the team in May 2020",  # a month's short name only before its year
    "scored A+ on the shelf exam",  # a plus inside a grade
    "Dr. Lee saw the patient first",  # a name after a title keeps its capital
    "worked with Dr. Reed",
])
def test_near_misses_of_written_out_shorthand_stay(typed):
    from erasl.skeleton_register import write_out

    assert write_out(typed) == typed


def test_the_review_input_shows_the_drafts_front_matter():
    """Reviewers judge header dates against `start:`/`end:`; without them a date from metadata looks invented."""
    spec = importlib.util.spec_from_file_location("bench_review", ROOT / "bench" / "skeleton_review.py")
    review = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(review)
    draft = "---\ntype: externship\nstart: 2025-09\nend: present\nsetting: outpatient\n---\nClinical externship."
    assert review.front_matter_line(draft) == "type: externship; start: 2025-09; end: present"
    assert review.front_matter_line("Clinical externship, 2025.") == ""


def test_a_correction_that_would_push_a_fitting_skeleton_over_the_box_is_not_said(linter):
    from erasl.rewrite import Rewriter, Suggestion
    from erasl.skeleton_known_fixes import apply_known_fixes

    rewriter = Rewriter(linter.nlp, linter.ruleset, linter.settings)
    text = "Volunteer at Hope Clinic, Lagos, Nigeria. I triaged 20 patients and explained them the medication changes."
    fits = Suggestion("entry.md", 1, None, "experience", "volunteer.j2", text, None, limit=len(text))
    apply_known_fixes(rewriter, fits, {}, "past")
    assert fits.text == text and fits.changed == []
    roomy = Suggestion("entry.md", 1, None, "experience", "volunteer.j2", text, None, limit=750)
    apply_known_fixes(rewriter, roomy, {}, "past")
    assert "explained to them" in roomy.text and {"from": "explained them", "to": "explained to them"} in roomy.changed


@pytest.mark.parametrize("sentence, word, plural", [
    ("Perform sutures, chest drains and lumbar punctures under supervision.", "sutures", True),
    ("Perform night calls every other day with the interns.", "calls", True),
    ("The patient presents with chest pain and fever.", "presents", False),
    ("Rounds start at 7 am with the attending.", "start", False),
    ("She calls the families every evening.", "calls", False),
    ("Handle calls from the ward nurses, write summaries and present new admissions.", "calls", True),
    ("Nurse calls at night were frequent on the ward.", "calls", False),
])
def test_a_fragments_opening_verb_is_no_subject_of_the_plural_after_it(sentence, word, plural):
    """The shared reading (erasl/grammar.py) that the skeleton's tense and the linter's verbs both use."""
    from erasl.grammar import plural_after_an_opening_verb
    from erasl.nlp import load_model

    token = next(t for t in load_model()(sentence) if t.text == word)
    assert plural_after_an_opening_verb(token) is plural
