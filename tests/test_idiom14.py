"""idiom14 (G101 recall): classes of translated wording from corpus/idiom/INVENTORY.txt that recur across the
tuning sets, each written as data in rules/idiom.toml (phrases, token patterns and US forms):

1. light verb + noun calques ("take rest", "took admission in", "gave importance to", "gave a conference on",
   "passed three months in", "passed a course in", "did volunteer at", "did her graduation", "made a lot of
   experience", "made many questions");
2. medical and institutional terms a US reader does not know or misreads ("intensive therapy", "lection", "chief
   physician", "higher centre", "body check", "under narcosis", "admission department", "doctor of the ambulance", "came to the control", "red diploma");
3. false friends ("Actually I am working as" for currently, "disponible", "casual sample", "eventual
   complications", "the argument of my talk was", "preoccupied for", "revert with");
4. education and career calques ("year of faculty", "fifth class of medical school", "joined MBBS", "higher
   studies", "stood first in", "finished <named> University", "joined in the lab");
5. time ("two years back", "during four years", "have been teaching from 2018", "Since my first year, I wanted");
6. a verb's complement from another language, and states in the progressive ("cannot able to", "no any",
   "I am born", "insisted to pay", "decided studying", "allowed me suture", "helped me for preparing", "eager for
   learning", "spent three weeks to write", "am thinking to", "am hailing from", "take care the");
7. set phrases of time, place and people ("in the weekends", "in nights", "on last Friday", "by walk", "angry on
   us", "the three first days", "a such", "make difference", "give speech", "with complains of", "educations").

Every sentence here was written for this test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest
from tests.test_grammar16 import _draft, flagged


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


SLIPS = [
    # 1. light verb + noun
    ("After the fall, the surgeon told her to take rest for a month.", "take rest"),
    ("She took admission in a private dental college in 2016.", "took admission in"),
    ("Our dean always gave great importance to bedside teaching.", "gave great importance to"),
    ("A guest surgeon gave a conference on trauma care to the interns.", "gave a conference on"),
    ("I passed three months in Kyiv working in a trauma unit.", "passed three months in"),
    ("In 2020 I passed a course in basic life support.", "passed a course in"),
    ("I did volunteer at the Red Cross shelter on Sundays.", "did volunteer at"),
    ("She did her graduation in dentistry in Pune.", "did her graduation"),
    ("I made a lot of experience with dialysis access.", "made a lot of experience"),
    ("During ward rounds the students made many questions.", "made many questions"),
    # 2. medical and institutional terms
    ("He spent a week in intensive therapy after the crash.", "intensive therapy"),
    ("Every lection started at eight in the old amphitheater.", "lection"),
    ("The chief physician of the clinic signed my certificate.", "chief physician"),
    ("We referred him to a higher centre for angiography.", "higher centre"),
    ("The camp offered a free body check to every worker.", "body check"),
    ("She remained under narcosis for two hours.", "narcosis"),
    ("I worked nights in the admission department.", "admission department"),
    ("I worked as a doctor of the ambulance in Odesa.", "doctor of the ambulance"),
    ("He returned to the control after a month.", "returned to the control"),
    ("I graduated in 2015 with a red diploma.", "red diploma"),
    # 3. false friends
    ("Actually I am working as a resident in Lima.", "Actually I am working"),
    ("The night nurse was always disponible for the students.", "disponible"),
    ("We drew a casual sample of 50 records.", "casual"),
    ("We watched for eventual complications after the biopsy.", "eventual"),
    ("The argument of my talk was rabies in children.", "argument of my talk was rabies"),
    ("I was preoccupied for my mother during her surgery.", "was preoccupied for"),
    ("Please revert with the lab values by noon.", "revert with"),
    # 4. education and career
    ("I am in the last year of faculty in Iasi.", "year of faculty"),
    ("I was in the fifth class of medical school when the war began.", "in the fifth class of medical school"),
    ("She joined MBBS in 2015 at a government college.", "joined MBBS"),
    ("I went abroad for higher studies in pathology.", "higher studies"),
    ("I stood first in the state entrance exam.", "stood first in"),
    ("I finished Kharkiv National Medical University in 2017.", "finished Kharkiv National Medical University"),
    ("In my third year I joined in the lab of Dr. Rao.", "joined in the lab"),
    # 5. time
    ("I finished my internship two years back.", "years back"),
    ("I worked at a rural clinic during four years after graduation.", "during four years after"),
    ("I have been teaching anatomy from 2018 at the college.", "have been teaching anatomy from 2018 at"),
    ("Since my first year, I wanted to be a surgeon.", "wanted"),  # read as the perfect, with its US form
    # 6. complements and states
    ("The old man cannot able to climb the stairs.", "cannot able to"),
    ("We had no any gloves during the outbreak.", "no any"),
    ("I am born in Herat and grew up in Kabul.", "I am born"),
    ("She insisted to pay for the tea.", "insisted to pay"),
    ("I decided studying medicine at sixteen.", "decided studying"),
    ("My mentor allowed me suture the wound.", "allowed me suture"),
    ("The course helped me for preparing my talk.", "helped me for preparing"),
    ("She is eager for learning point-of-care ultrasound.", "eager for learning"),
    ("I spent three weeks to write the protocol.", "spent three weeks to write"),
    ("I am thinking to apply in July.", "am thinking to"),
    ("I am hailing from a fishing village in Kerala.", "am hailing from"),
    ("The nurses showed me how to take care the newborns.", "take care the"),
    # 7. set phrases of time, place and people
    ("We held the clinic in the weekends at the mosque.", "in the weekends"),
    ("The generator failed in nights, so we used torches.", "in nights"),
    ("She was discharged on last Friday after the transfusion.", "on last Friday"),
    ("The villagers came by walk from the hills.", "by walk"),
    ("My chief was angry on us for the missing labs.", "angry on us"),
    ("The three first days of call were a blur.", "The three first days"),
    ("It was a such busy night in casualty.", "a such"),
    ("Small clinics can make difference in maternal deaths.", "make difference"),
    ("I was asked to give speech at the white coat ceremony.", "give speech"),
    ("The boy came with complains of ear pain.", "with complains of"),
    ("We ran monthly health educations in the slum.", "educations"),
]


@pytest.mark.parametrize("text, words", SLIPS)
def test_an_idiom14_slip_is_flagged(linter, text, words):
    messages = flagged(linter, text)
    assert any(f'"{words}"' in message for message in messages), messages


NEAR_MISSES = [
    # 1. the US collocations
    "After the fall, the surgeon told her to rest for a month.",
    "Take a rest before the night shift.",
    "She was admitted to a private dental college in 2016.",
    "A guest surgeon gave a lecture on trauma care to the interns.",
    "I spent three months in Kyiv working in a trauma unit.",
    "I passed the course in basic life support on my first try.",
    "I volunteered at the Red Cross shelter on Sundays.",
    "I did volunteer work at the Red Cross shelter on Sundays.",
    "I gained a lot of experience with dialysis access.",
    "The nurses made the experience less frightening for her.",
    "During ward rounds the students asked many questions.",
    # 2. the US terms
    "He spent a week in intensive care after the crash.",
    "She started physical therapy in the second week.",
    "Every lecture started at eight in the old amphitheater.",
    "The chief of medicine signed my certificate.",
    "We referred him to a tertiary care center for angiography.",
    "The camp offered a free checkup to every worker.",
    "My internship in surgery lasted six months.",
    "I worked nights in the emergency department.",
    "She called the admissions department about the bill.",
    "He came back for a follow-up visit after a month.",
    "He had a control of his blood pressure within a month.",
    "I graduated in 2015 with honors.",
    "The ambulance arrived after ten minutes.",
    # 3. the words in their English sense
    "Actually, the biopsy was benign.",
    "Actually, I am not sure the dose was right.",
    "The night nurse was always available for the students.",
    "We drew a random sample of 50 records.",
    "She wore casual clothes on the weekend clinic.",
    "The patient eventually recovered.",
    "The eventual diagnosis was lupus.",
    "The argument of the paper was convincing.",
    "The argument of my thesis was that delays in care cost lives.",
    "I was preoccupied with the exam all week.",
    "The rhythm reverted to sinus after the shock.",
    # 4. the US forms
    "I am in the last year of medical school in Iasi.",
    "I was in the fifth year of medical school when the war began.",
    "She started medical school in 2015.",
    "I went abroad for further training in pathology.",
    "I ranked first in the state entrance exam.",
    "I graduated from Kharkiv National Medical University in 2017.",
    "I finished medical school in 2017.",
    "In my third year I joined the lab of Dr. Rao.",
    "The whole village joined in the celebrations.",
    # 5. time said the US way
    "I finished my internship two years ago.",
    "She came back two days later.",
    "I worked at a rural clinic for four years after graduation.",
    "During four years of training I rotated through every service.",
    "I have been teaching anatomy since 2018 at the college.",
    "I have been working there from 2018 to 2021.",
    "Since my first year, I have wanted to be a surgeon.",
    "Since I was on call, I stayed late.",
    # 6. the complements and the simple present
    "The old man cannot climb the stairs.",
    "The old man is not able to climb the stairs.",
    "We had no gloves during the outbreak.",
    "I was born in Herat and grew up in Kabul.",
    "She insisted on paying for the tea.",
    "I decided to study medicine at sixteen.",
    "My mentor allowed me to suture the wound.",
    "The course helped me prepare my talk.",
    "She is eager to learn point-of-care ultrasound.",
    "I spent three weeks writing the protocol.",
    "I am thinking of applying in July.",
    "I come from a fishing village in Kerala.",
    "The nurses showed me how to take care of the newborns.",
    # 7. the US set phrases
    "We held the clinic on weekends at the mosque.",
    "The generator failed at night, so we used torches.",
    "She was discharged last Friday after the transfusion.",
    "The villagers came on foot from the hills.",
    "My chief was angry with us for the missing labs.",
    "The first three days of call were a blur.",
    "It was such a busy night.",
    "Small clinics can make a difference in maternal deaths.",
    "I was asked to give a speech at the white coat ceremony.",
    "The boy complains of ear pain at night.",
    "We ran monthly health education sessions in the slum.",
    "She teaches internal medicine students on Tuesdays.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_idiom14_near_miss_is_left_alone(linter, text):
    assert not flagged(linter, text), flagged(linter, text)


@pytest.mark.parametrize("sentence, said, not_said", [
    ("Every lection on the ward started at eight with a case.", "lecture", "lection"),
    ("I spent a week in intensive therapy as a student observer.", "intensive care", "intensive therapy"),
    ("We referred 12 patients to a higher centre for angiography.", "tertiary care center", "higher centre"),
    ("We drew a casual sample of 50 records for the audit.", "random sample", "casual sample"),
    ("I finished my internship two years back and joined the lab.", "two years ago", "years back"),
    ("We had no any gloves during the outbreak, so we improvised.", "no gloves", "no any"),
])
def test_the_skeleton_says_the_us_form(linter, sentence, said, not_said):
    text = suggest(linter, _draft(sentence)).text
    says(text, [said], [not_said])


@pytest.mark.parametrize("text, words, correction", [
    ("Every lection started at eight in the old amphitheater.", "lection", "lecture"),
    ("He spent a week in intensive therapy after the crash.", "intensive therapy", "intensive care"),
    ("We referred him to a higher centre for angiography.", "higher centre", "tertiary care center"),
    ("The camp offered a free body check to every worker.", "body check", "checkup"),
    ("She remained under narcosis for two hours.", "narcosis", "general anesthesia"),
    ("The shelter had one comfort room for sixty people.", "comfort room", "restroom"),
    ("The night nurse was always disponible for the students.", "disponible", "available"),
    ("We drew a casual sample of 50 records.", "casual", "random"),
    ("We watched for eventual complications after the biopsy.", "eventual", "possible"),
    ("I finished my internship two years back.", "years back", "years ago"),
    ("We had no any gloves during the outbreak.", "no any", "no"),
])
def test_an_idiom14_term_names_its_us_form(linter, text, words, correction):
    messages = flagged(linter, text)
    assert f'"{words}" reads as translated English to a US reader; say "{correction}".' in messages, messages
