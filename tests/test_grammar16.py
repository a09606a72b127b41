"""grammar16 (issue 11, G101; issue 12, skeletons): non-native English found by mechanisms that apply to any
word, each with its US form where one is sure, and the skeleton of a draft with the slip saying that form.

1. mass nouns made plural or counted ("datas", "several feedbacks", "many knowledge", "much cases"), a count
   noun left singular ("several patient") or bare before its relative clause ("I met patient who");
2. a light verb with an object that takes another one ("did an effort", "made a lecture", "took consent");
3. tense and aspect: a perfect with a time that is over ("have seen her last week"), the present for a stretch
   from a past time ("since I was a child, I am dreaming"; "already three years"), "wanted ... since I was ten";
4. word order and double marking: an adverb between a verb and its short object ("read quickly the chart"),
   an adverb before "be" ("mostly are"), a phrase between "I" and its verb ("I every day reviewed"), "more
   easier", "the most happiest", a dropped "it" ("Was difficult to explain");
5. a verb after a preposition ("after finish", "for explain"), "because of" before a clause.

Every sentence here was written for this test, in the wording of writers of several first languages.
"""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.document import SourceFile
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def read(linter, text: str):
    """G101's findings on one sentence, and the entry profile that keeps their US forms."""
    document = linter.parse(SourceFile("entry.md", text), "experience")
    found = linter.lint_documents([document], parses={})
    return [d for d in found if d.code == "G101"], document.entries[0].profile


def flagged(linter, text: str) -> list[str]:
    return [d.message for d in read(linter, text)[0]]


def fixes(linter, text: str) -> list[tuple[str, str]]:
    return [(fix.text, fix.correction) for fix in read(linter, text)[1].wording_fixes]


SLIPS = [
    # 1. mass nouns ([wording-classes] uncountable, with its source; "much" + a plural lemminflect counts)
    ("Our lab published its datas in an open repository.", "datas", "data"),  # Spanish
    ("The librarian showed me how to search literatures in PubMed.", "literatures", "literature"),  # Chinese
    ("The nurses gave me several feedbacks on my handover.", "several feedbacks", "some feedback"),  # Arabic
    ("I learned many knowledge from the village midwives.", "many knowledge", "a lot of knowledge"),  # Hindi
    ("The charity donated several equipment to our clinic.", "several equipment", "some equipment"),  # Swahili
    ("We saw much cases of typhoid that monsoon.", "much cases", "many cases"),  # Urdu
    ("The elective taught me much lessons about humility.", "much lessons", "many lessons"),  # Russian
    ("I learned much things from my senior.", "much things", "many things"),  # Tagalog
    # 2. light verbs: [wording-classes] make-objects, take-objects, do-objects
    ("I did a big effort to finish on time.", "did", "made"),  # Spanish "hacer un esfuerzo"
    ("We did good progress on the audit this month.", "did", "made"),  # French "faire des progrès"
    ("I did many friends among the nurses.", "did", "made"),  # Portuguese "fazer amigos"
    ("Our professor made a lecture about stroke.", "made", "gave"),  # German
    ("The intern took consent for the transfusion.", "took", "obtained"),  # Indian English
    # 3. tense and aspect
    ("I have seen her last week in the clinic.", "have seen", "saw"),  # German "ich habe sie gesehen"
    ("I have met Dr. Okafor yesterday at the conference.", "have met", "met"),  # French
    ("My mother has been hospitalized last month.", "has been hospitalized", "was hospitalized"),  # Italian
    ("Our son has been born last spring in Lagos.", "has been born", "was born"),  # Dutch
    ("The patient has been transferred last night to the ICU.", "has been transferred", "was transferred"),
    ("She is already discharged last Friday.", "is", "was"),  # a named day that is over
    ("From 02/09/2024 to 27/09/2024 I have done an observership in nephrology.", "have done", "did"),  # French
    ("Since I was a teenager, I am volunteering at the Red Cross.", "am volunteering", "have been volunteering"),
    ("Since my childhood I am interested in surgery.", "am", "have been"),  # Spanish "desde"
    ("Since I was a student, he is my mentor.", "is", "has been"),
    ("I always wanted to be a pediatrician since I was a little girl.", "wanted", "have wanted"),
    ("I wanted to become a doctor since I was ten years old.", "wanted", "have wanted"),
    ("I am teaching anatomy already two years.", "am teaching anatomy already two years",
     "have been teaching anatomy for two years"),  # German "schon zwei Jahre"
    ("My father works in that pharmacy already twenty years.", "works in that pharmacy already twenty years",
     "has worked in that pharmacy for twenty years"),  # Russian "uzhe dvadtsat' let"
    # 4. word order and double marking
    ("I studied carefully the guidelines before the exam.", "studied carefully the guidelines",
     "studied the guidelines carefully"),  # French
    ("We followed strictly the protocol for sepsis.", "followed strictly the protocol",
     "followed the protocol strictly"),  # Italian
    ("I like very much the atmosphere of the emergency room.", "like very much the atmosphere of the emergency room",
     "like the atmosphere of the emergency room very much"),  # Spanish
    ("He checked always the labs before rounds.", "checked always the labs", "always checked the labs"),
    ("The senior resident read quickly the chart.", "read quickly the chart", "read the chart quickly"),
    ("This was the most happiest day of my life.", "most happiest", "happiest"),
    ("Her handwriting became more clearer after the course.", "more clearer", "clearer"),
    ("The new schedule was more healthier for the interns.", "more healthier", "healthier"),
    ("I completed there my rotating internship.", "completed there my rotating internship",
     "completed my rotating internship there"),  # French "j'y ai fait"
    ("We saw several patient with dengue every day.", "several patient", "several patients"),  # Vietnamese
    ("Numerous child in the camp had scabies.", "Numerous child", "Numerous children"),  # Indonesian
    ("I met patient who had walked two days to reach us.", "patient", "[a/the] patient"),  # Hausa
    ("I treated girl whose mother had died in childbirth.", "girl", "[a/the] girl"),  # Russian
    ("The patients in my village mostly are farmers.", "mostly are", "are mostly"),  # Thai
    ("The patient already was discharged when the culture came back.", "already was", "was already"),  # German
    ("They usually are very busy in the morning.", "usually are", "are usually"),  # Korean
    ("My parents always were supportive of my studies.", "always were", "were always"),  # Turkish
    ("I every day reviewed the vital signs before rounds.", "I every day reviewed", "Every day I reviewed"),
    ("I at the community clinic met many elderly patients.", "I at the community clinic met",
     "At the community clinic I met"),  # German "Ich habe in der Klinik"
    ("We last summer organized a health camp in Dhading.", "We last summer organized",
     "Last summer we organized"),  # Nepali
    ("Was difficult to explain the diagnosis to the family.", "Was", "It was"),  # Spanish "Fue difícil"
    ("Was heartbreaking to see children die of diarrhea.", "Was", "It was"),  # Portuguese
    # 5. a verb after a preposition; "because of" before a clause
    ("After finish my shift, I wrote the discharge summaries.", "After finish", "After finishing"),  # Thai
    ("Before start the procedure, we washed our hands.", "Before start", "Before starting"),  # Vietnamese
    ("I learned how to talk to families without frighten them.", "without frighten", "without frightening"),
    ("He made a video for explain the disease to parents.", "for explain", "to explain"),  # Spanish "para"
    ("I am interested in learn the basics of echocardiography.", "in learn", "in learning"),
    ("The patients refused the surgery because of they were afraid.", "because of", "because"),  # Yoruba
    ("We closed the clinic because of we had no water.", "because of", "because"),  # Amharic
]


@pytest.mark.parametrize("text, words, correction", SLIPS)
def test_a_grammar16_slip_is_flagged_with_its_us_form(linter, text, words, correction):
    messages = flagged(linter, text)
    assert any(f'"{words}"' in message for message in messages), messages
    assert (words, correction) in fixes(linter, text), fixes(linter, text)


@pytest.mark.parametrize("text", [
    # 1. mass nouns said right, and nouns counted as people
    "The data are stored on a secure server.",
    "The staff were exhausted after the flood.",
    "Several staff volunteered on weekends.",
    "Our team reviewed the literature on sepsis.",
    "I gained a good knowledge of anatomy.",
    "Much research has been done on this topic.",
    "That night showed me how much families depend on continuity of care.",
    # 2. light verbs with their own objects
    "I made a decision to apply.",
    "We did a survey of 200 residents.",
    "I made many friends at the hospital.",
    "I took the exam in June.",
    # 3. a perfect up to now, a "since" of cause, a story told in the past
    "I have worked at this clinic since 2019.",
    "I have lived in Chicago for the last three years.",
    "Over the past year I have learned to lead a team.",
    "I have never been to Boston.",
    "Since I speak Spanish, I am often asked to interpret.",
    "Since I trained in India, I am familiar with tropical diseases.",
    "Since I was not selected last year, I am applying again.",
    "I wanted to study medicine since I was a child, but my family could not pay.",
    "I have already two years of experience.",
    "Since then I explain the risks with a pen and paper before I ask for consent.",
    "Since 2023 I go there two Saturdays a month.",
    "I take in charge the patients at admission.",
    "I made the phone calls of follow up for the results.",
    "I saw many knee and hip replacements.",
    "We organised numerous health awareness campaigns in schools.",
    "Last year I learned to read ECGs.",
    # 4. a long object, a focusing adverb, a clause, "more" that counts
    "I examined carefully each of the thirty patients who came that morning.",
    "We treated mainly children with malaria.",
    "I saw only three patients on Sunday.",
    "I learned quickly that the ward never sleeps.",
    "We took out the drain on day three.",
    "Patients were healthier after the program.",
    "I took call that weekend.",
    "I met a patient who had walked two days.",
    "I saw patients who had walked two days.",
    "We did everything that we could.",
    "We had many patient visits every day.",
    "Several case reports came from our unit.",
    "Many a patient has thanked me.",
    "I did my internship there.",
    "I have worked here from 2019.",
    "Usually the clinic is quiet.",
    "The patients, who mostly are elderly, come early.",
    "We were mostly students.",
    "She has always been kind.",
    "I never was good at chemistry, but I worked hard.",
    "There never was a better teacher.",
    "I at first thought it was asthma.",
    "We of course agreed.",
    "I, at the clinic, met many patients.",
    "I myself saw the patient.",
    "I then presented the case.",
    "Was able to present 3 cases at morning report.",
    "Was responsible for 12 patients on the night shift.",
    "Was it difficult to leave home?",
    "It was difficult to explain the diagnosis.",
    # 5. a noun after a preposition; "because of" a noun
    "After work I went to the library.",
    "Before surgery the patient fasted.",
    "Thank you for your help.",
    "He went for a walk after dinner.",
    "Because of the storm, we closed the clinic.",
    "Because of this, I chose pediatrics.",
    # headlines, titles and résumé fragments
    '"Tomorrow Never Dies" was my favorite film.',
    "Collected datasets from 200 charts and built the registry.",
])
def test_a_grammar16_near_miss_is_left_alone(linter, text):
    assert not flagged(linter, text), flagged(linter, text)


def _draft(sentence: str) -> str:
    return ("---\ntype: work\nstart: 2019-01\nend: 2021-12\n---\nGeneral physician, District Hospital, Pokhara, "
            f"Nepal. I saw 30 patients a day in the outpatient clinic. {sentence}")


@pytest.mark.parametrize("sentence, said, not_said", [
    ("Our team collected datas from 200 charts.", "collected data from", "datas"),
    ("We treated much cases of typhoid during the monsoon.", "treated [N] cases", "much cases"),  # a count to fill
    ("I did a big effort to improve the referral letters.", "ade a big effort", "did a big effort"),
    ("I have met the district health officer last month about the referrals.", "Met the district",  # one voice
     "have met"),
    ("I examined carefully the children before each vaccination.", "xamined the children carefully",
     "xamined carefully"),
    ("Before start the clinic, I reviewed the charts of 30 patients.", "Before starting", "Before start "),
    ("The new triage was more easier for the nurses.", "easier for the nurses", "more easier"),
])
def test_the_skeleton_says_the_us_form(linter, sentence, said, not_said):
    text = suggest(linter, _draft(sentence)).text
    says(text, [said], [not_said])
