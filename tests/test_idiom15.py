"""idiom15 (G101 recall and false alarms, issue 11): classes of non-native wording read from the parse or
from lemma-based word classes, so unseen sentences of the same class are caught:

1. verb false friends read from the verb's object ("opened the lamp" turned on, "opened antibiotics"
   prescribed, "borrowed me her notes" lent, "cleared the PLAB" passed, "won the faculty" was admitted to);
2. "have" of possession or of an illness in the progressive ("is having a pharmacy", "was not having
   insurance", "am having three years of experience", "were having malaria");
3. a dependent preposition from another language ("admitted in the college", "graduated at the Academy",
   "sick of typhoid", "born in a household", "dreamed with", "complained on", "consisted from", "in charge to");
4. a pronoun of the other sex than the person it stands for ("My aunt is a midwife, and he taught me");
5. institutional terms and office English ("candidate thesis", "began my specialization in", "internal
   diseases", "co-assistantship", "the overall best", "brought in dead", "Kindly
   request", "my good self", "Hereby I", "Through this clerkship, let me realize", "I was ever a tutor");
6. known false alarms on US English ("Since I moved ... in 2020, I have coached", "assisted at a delivery",
   "As chief resident", "had no doubt", "before the unit huddle").

Every sentence here was written for this test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.test_grammar16 import flagged


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


FLAGGED = [
    # 1. verb false friends
    ("At night the nurse opened the lamp so I could check the drain.", "opened", "turned on"),
    ("Before leaving the ward I closed the fan in the side room.", "closed", "turned off"),
    ("The clinic officer opened antibiotics for every child with a cough.", "opened", "prescribed"),
    ("During finals my roommate borrowed me her flashcards.", "borrowed", "lent"),
    ("My cousin cleared the PLAB on her second try.", "cleared", "passed"),
    ("After two entrance exams I won the faculty of medicine in Izmir.", "won", "was admitted to"),
    ("I spent a month at the city oncology dispensary.", "dispensary", "clinic"),
    # 2. "have" of a state in the progressive
    ("The family was not having insurance for the surgery.", "was not having", "did not have"),
    ("My grandfather was having a small farm near the river.", "was having", "had"),
    ("Half the children in the camp were having malaria that season.", "were having", "had"),
    ("My uncle is having a pharmacy in the old market.", "is having", "has"),
    ("I am having three years of experience in anesthesia.", "am having", "have"),
    # 3. dependent prepositions
    ("My sister was admitted in the dental college of Sylhet.", "admitted in", "admitted to"),
    ("My father graduated at the Military Medical Academy in 1990.", "graduated at", "graduated from"),
    ("Our neighbor's son fell sick of typhoid after the rains.", "sick of", "sick with"),
    ("She was born in a household of fishermen on the coast.", "born in", "born into"),
    ("As a girl, I dreamed with opening a clinic in my town.", "dreamed with", "dreamed of"),
    ("The patient complained on pain in both knees.", "complained on", "complained of"),
    ("The ward consisted from two long rooms and a nurses' station.", "consisted from", "consisted of"),
    # 4. a pronoun of the other sex
    ("My aunt is a midwife, and he taught me to check fundal height.", "he", "she"),
    ("My grandmother raised six children on a farm, and he never once complained.", "he", "she"),
    ("The head of our unit was a woman who always defended his nurses in meetings.", "his", "her"),
    ("My father is a pharmacist, and she opened the first pharmacy in our town.", "she", "he"),
    ("My aunt was a nurse, and his patience with children made me want to study pediatrics.", "his", "her"),
    # false friends and collocations of the clinic
    ("The runner came in with a strong cramping pain in his calf.", "strong cramping pain", "severe cramping pain"),
    ("At triage I checked the tension of each pregnant woman.", "checked the tension", "checked the blood pressure"),
    ("The attending let me write the recipe for her inhaler.", "write the recipe", "write the prescription"),
]


@pytest.mark.parametrize("text, words, correction", FLAGGED)
def test_an_idiom15_class_is_flagged_with_its_us_form(linter, text, words, correction):
    messages = flagged(linter, text)
    assert any(f'"{words}"' in m and f'"{correction}"' in m for m in messages), messages


PHRASES = [
    ("Last spring I defended my candidate thesis on neonatal jaundice.", "candidate thesis"),
    ("Next year I began my specialization in surgery at a city hospital.", "began my specialization in"),
    ("He was named the overall best intern of his cohort.", "the overall best"),
    ("The man was brought in dead after a crash on the highway.", "brought in dead"),
    ("I kindly request the committee to review my file.", "kindly request"),
    ("Any questions can be sent to my good self.", "my good self"),
    ("The undersigned worked for two years in a rural clinic.", "The undersigned worked"),
    ("Our department of internal diseases had forty beds.", "internal diseases"),
    ("I did my co-assistantship in a provincial hospital.", "my co-assistantship"),
    ("Hereby I submit my application.", "Hereby I"),
    ("Through this clerkship, let me realize how much I enjoy pediatrics.", "Through this clerkship, let me realize"),
    ("Through that outbreak, it taught me to stay calm.", "Through that outbreak, it taught me"),
    ("I was ever a tutor in a night school for adults.", "I was ever a"),
    ("I was in charge to collect the samples each morning.", "in charge to collect"),
]


@pytest.mark.parametrize("text, words", PHRASES)
def test_an_idiom15_phrase_is_flagged(linter, text, words):
    messages = flagged(linter, text)
    assert any(f'"{words}"' in m for m in messages), messages


NEAR_MISSES = [
    # 1. the same verbs with objects US English gives them
    "I opened the door and the chart, then turned on the light.",
    "I borrowed a pen from the charge nurse.",
    "The paramedics cleared the airway and started compressions.",
    "She won a scholarship to the faculty of medicine.",
    # 2. "have" of an event in the progressive
    "We were having lunch when the code was called.",
    "She was having a seizure when I arrived.",
    "We are having a family meeting on Friday.",
    # 3. the US prepositions, and "in" before a time, a field or a condition
    "The patient was admitted in septic shock in 2019.",
    "I graduated in medicine in 2015.",
    "I was sick of waiting for the results.",
    "As a child I dreamed of becoming a surgeon.",
    "I was in charge of the night roster.",
    # 4. a pronoun that may stand for someone else
    "My mother called the doctor, and he came at once.",
    "My mother spoke with the surgeon, and he explained the risks.",
    "My mother took my brother to the clinic, and he got his shots.",
    "My sister married a surgeon, and he moved to our town.",
    "My mother is a nurse, and she inspired me.",
    # 5. the US terms and set phrases
    "Through this rotation, it became clear that I love surgery.",
    "I have been ever since grateful to her.",
    # 6. known false alarms
    "Since I moved to Ohio in 2020, I have coached a youth soccer team.",
    "I assisted at a twin delivery on my first night in labor and delivery.",
    "As chief resident, I rebuilt the clinic schedule.",
    "I had no doubt that the rash was drug-related.",
    "I presented the new admissions before the unit huddle.",
    "My attendings describe me as calm under pressure.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_idiom15_near_miss_is_left_alone(linter, text):
    assert not flagged(linter, text), flagged(linter, text)


@pytest.mark.parametrize("text, words", [
    ("The patient's bystander stayed with him all night.", "patient's bystander"),
    ("My both grandparents were farmers.", "My both"),
    ("We screened ten thousands of children for anemia.", "ten thousands"),
    ("We ran a survey which its results changed the protocol.", "which its"),
    ("I studied hardly for the boards.", "studied hardly for"),
    ("The old man was already for discharge when he fell.", "was already for discharge"),
    ("I called the family on my handy.", "my handy"),
    ("She has rich experience in pediatric dialysis.", "has rich experience in"),
    ("I never say lies to my patients.", "say lies"),
    ("I almost threw the towel after my first failed exam.", "threw the towel"),
    ("Slowly I became to understand her fear of needles.", "became to understand"),
    ("I was too shy to ask for a help.", "ask for a help"),
    ("The baby was with fever and refused to feed.", "was with fever"),
    ("My mentor was very consequent in her feedback.", "was very consequent"),
    ("I use this medium to thank my parents.", "use this medium to thank"),
    ("I thank my director of thesis for his guidance.", "director of thesis"),
])
def test_an_idiom15_set_phrase_is_flagged(linter, text, words):
    messages = flagged(linter, text)
    assert any(f'"{words}"' in m for m in messages), messages


@pytest.mark.parametrize("text", [
    "Both my grandparents were farmers.",
    "We screened tens of thousands of children.",
    "I could hardly sleep before the exam.",
    "The patient was ready for discharge.",
    "It was a rich experience for me.",
    "My father was a farmer, and his hands were always rough.",
    "She has a strong interest in pain medicine.",
    "I use this opportunity to thank my parents.",
    "My brother came with us and was a great help.",
])
def test_an_idiom15_set_phrase_near_miss_is_left_alone(linter, text):
    assert not flagged(linter, text), flagged(linter, text)
