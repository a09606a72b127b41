"""grammar17 (issue 11, G101; issue 12, skeletons): classes chosen from an inventory of every G101 miss on idiom
blind1..blind10 (corpus/idiom/INVENTORY.txt), each written as data read from the parse, not as sentences:

1. valency: an adjective, participle or verb with another language's preposition ("impressed of", "satisfied
   from", "diagnosed of", "exposed for", "focused over", "consisted in", "interested by"), a verb that takes its
   object straight ("remember of", "face to"), "graduated" + a named school without "from", a piece of work
   "over" its topic ("research over");
2. verb + object collocations: a light verb with an object that takes another ("made a survey", "made my
   doctorate", "made an operation", "did the first aid"), a course or meeting "followed" (taken, attended), an
   exam "written" (taken), a project "opened" (started);
3. articles: a disease after a preposition with "the" ("admitted with the pneumonia"), medicine as a calling
   with "the" ("I chose the medicine");
4. calques of other high-count inventory types: knowledge "learned" (gained), a language's "level" ("my English
   level"), "a precious experience" (valuable), "liked it too much" (very much), "a town of eastern Turkey" (in).

Every sentence here was written for this test, in the wording of writers of several first languages.
"""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest
# the same reading of one sentence as grammar16's classes (G101's findings, the profile's US forms, a draft)
from tests.test_grammar16 import _draft, fixes, flagged


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


SLIPS = [
    # 1. valency: [wording-classes] prepositions, noun-prepositions, no-preposition; graduate + a named school
    ("I was deeply impressed of the calm of the night nurses.", "impressed of", "impressed by|with"),  # Russian
    ("The attending was satisfied from my discharge summaries.", "satisfied from", "satisfied with|by"),  # Turkish
    ("Her son was diagnosed of dengue during the outbreak.", "diagnosed of", "diagnosed with|by"),  # Hindi
    ("We were touched with the patience of the mothers.", "touched with", "touched by"),  # Italian
    ("As an intern I was exposed for many snake bites.", "exposed for", "exposed to|in"),  # Arabic
    ("These lesions are characteristic for leprosy.", "characteristic for", "characteristic of|in"),  # German
    ("My project focused over maternal anemia in the valley.", "focused over", "focused on|upon"),  # Spanish
    ("Most interns were not familiar about the new triage tool.", "familiar about", "familiar with|to"),  # French
    ("The regimen consisted in three doses of benznidazole.", "consisted in", "consisted of|with"),  # Portuguese
    ("I became interested by neurology in my third year.", "interested by", "interested in"),  # French
    ("I will always remember of the first child we lost.", "remember of", "remember"),  # Spanish
    ("Our village had to face to a cholera outbreak.", "face to", "face"),  # French
    ("My research over the cost of dialysis was published.", "research over", "research on|into"),  # Turkish
    ("In 2016 I graduated Astana Medical University with honors.", "graduated Astana", "graduated from Astana"),
    # 2. verb + object: make-objects, do-objects, follow-objects, write-objects, "open" a project
    ("We made a survey of 300 mothers about breastfeeding.", "made", "conducted"),  # Spanish "hacer una encuesta"
    ("She made her doctorate in immunology in Lyon.", "made", "earned"),  # German "den Doktor machen"
    ("The surgeon let me make the operation under his eye.", "make", "perform"),  # Italian "fare l'operazione"
    ("On the bus I did the first aid for an old woman.", "did", "gave"),  # Urdu "first aid kiya"
    ("I did a mistake with the dose and reported it.", "did", "made"),  # Spanish "hacer un error"
    ("I followed a workshop on neonatal resuscitation.", "followed", "attended"),  # French "suivre un atelier"
    ("I followed a course of epidemiology in Geneva.", "followed", "took"),  # Spanish "seguir un curso"
    ("In 2021 I followed a seminar on palliative care.", "followed", "attended"),  # Italian "seguire un seminario"
    ("I wrote USMLE Step 1 in Lahore.", "wrote", "took"),  # Indian English
    ("We opened a project on hand hygiene in the ICU.", "opened", "started"),  # Spanish "abrir un proyecto"
    # 3. articles: diseases after a preposition; medicine as a calling
    ("The boy was admitted with the pneumonia and a high fever.", "the pneumonia", "pneumonia"),  # Russian
    ("We studied the prevalence of the anemia among pregnant women.", "the anemia", "anemia"),  # Greek
    ("I gave a talk about the hypertension to the village elders.", "the hypertension", "hypertension"),  # Arabic
    ("I chose the medicine because of my grandfather.", "chose the medicine", "chose medicine"),  # Spanish
    ("For me the medicine is a vocation.", "the medicine", "medicine"),  # Italian
    # 4. knowledge gained; a language's level; precious; too much; a place "of" its country
    ("I learned a lot of knowledge from the nurses.", "learned", "gained"),  # Chinese "xuedao hen duo zhishi"
    ("We learned much knowledge about malaria in the camp.", "learned", "gained"),  # Hindi
    ("Every day I learn new knowledge from my patients.", "learn", "gain"),  # Vietnamese
    ("She learned lots of knowledge during her rotation.", "learned", "gained"),  # Indonesian
    ("In the lab I learned practical knowledge about PCR.", "learned", "gained"),  # Korean
    ("The course raised my English level quickly.", "English level", "English"),  # French "niveau d'anglais"
    ("My English level improved during the exchange.", "English level", "English"),  # Spanish
    ("I worked hard to improve my English level.", "English level", "English"),  # Japanese
    ("Her French level was enough for the consultations.", "French level", "French"),  # Russian
    ("My language level was tested at the embassy.", "language level", "language"),  # Turkish
    ("The refugee clinic was a precious experience for me.", "precious experience", "valuable"),  # Italian
    ("It was a precious opportunity to learn ultrasound.", "precious opportunity", "valuable"),  # Spanish
    ("He taught me a precious lesson about humility.", "precious lesson", "valuable"),  # Portuguese
    ("I got precious exposure to tropical medicine.", "precious exposure", "valuable"),  # French
    ("The rotation gave me precious insight into surgery.", "precious insight", "valuable"),  # Greek
    ("My mentor helped me too much with the manuscript.", "helped me too much", "very"),  # Tamil
    ("I enjoyed the neonatal unit too much.", "enjoyed the neonatal unit too much", "very"),  # Swahili
    ("I admire my grandmother too much.", "admire my grandmother too much", "very"),  # Hausa
    ("My uncle inspired me too much when I was young.", "inspired me too much", "very"),  # Bengali
    ("I loved this rotation too much.", "loved this rotation too much", "very"),  # Sinhala
    ("I worked in a small town of eastern Turkey.", "town of", "in"),  # Turkish
    ("I come from a remote village of northern Ghana.", "village of", "in"),  # Twi
    ("We ran a camp in a village of rural Kenya.", "village of", "in"),  # Swahili
    ("My family lives in a city of southern Brazil.", "city of", "in"),  # Portuguese
    ("I was posted to a hamlet of western Nepal.", "hamlet of", "in"),  # Nepali
]


@pytest.mark.parametrize("text, words, correction", SLIPS)
def test_a_grammar17_slip_is_flagged_with_its_us_form(linter, text, words, correction):
    messages = flagged(linter, text)
    assert any(f'"{words}' in message for message in messages), messages
    found = fixes(linter, text)
    assert any(correction.split("|")[0] in fixed for _, fixed in found), found


@pytest.mark.parametrize("text", [
    # 1. valency said right, and a preposition that belongs to something else
    "I was impressed by the calm of the night nurses.",
    "The attending was satisfied with my discharge summaries.",
    "Her son was diagnosed with dengue in 2019.",
    "She was diagnosed at the age of four.",
    "We were touched by the patience of the mothers.",
    "As an intern I was exposed to many snake bites.",
    "These lesions are characteristic of leprosy.",
    "My project focused on maternal anemia.",
    "Most interns were familiar with the new triage tool.",
    "The regimen consisted of three doses.",
    "I became interested in neurology in my third year.",
    "I will always remember my first night on call.",
    "I remember to check the drains every morning.",
    "We met face to face with the families.",
    "Our research over the past decade changed the protocol.",
    "I graduated medical school in 2020.",
    "I graduated from Astana Medical University in 2016.",
    "I graduated in 2016 with honors.",
    "I did my research about vaccine hesitancy in 2020.",
    "I wrote my thesis about hypertension in pregnancy.",
    # 2. light verbs with their own objects; a course of treatment followed; a paper written
    "We conducted a survey of 300 mothers.",
    "She earned her doctorate in immunology.",
    "The surgeon let me perform the operation.",
    "I made a mistake with the dose and reported it.",
    "I gave first aid to an old woman on the bus.",
    "She followed a course of antibiotics for two weeks.",
    "We followed a course of action the family chose.",
    "I followed the patient for six months.",
    "I attended a workshop on neonatal resuscitation.",
    "I wrote a paper on snakebite in Nepal.",
    "I wrote the exam questions for the second-year students.",
    "We opened a new clinic in the village.",
    "I took the PLAB exam in London.",
    # 3. "the" that names one case or one bottle
    "The pneumonia resolved after five days of antibiotics.",
    "She slowly recovered from the pneumonia.",
    "He had the anemia of chronic disease.",
    "The boy was admitted with pneumonia and a high fever.",
    "The family could not pay for the medicine.",
    "The medicine was too expensive for them.",
    "I chose medicine because of my grandfather.",
    "He forgot to take the medicine that I prescribed.",
    # 4. knowledge gained; English without its level; precious time; too much that is too much; a part of a place
    "I gained a lot of knowledge from the nurses.",
    "I learned a lot about knowledge translation.",
    "I learned that knowledge is never finished.",
    "I learned a lot from the nurses.",
    "My knowledge of anatomy improved.",
    "My English improved during the exchange.",
    "The level of English in the program was high.",
    "I passed the advanced level of the Spanish exam.",
    "Our level of care improved with the new protocol.",
    "The ward was on the third level.",
    "We lost precious time waiting for the ambulance.",
    "Every minute is precious in a code.",
    "Life is precious.",
    "It was a valuable experience for me.",
    "She spent her precious free hours with patients.",
    "He talked too much during rounds.",
    "I loved the rotation too much to leave it.",
    "I liked it very much.",
    "The family worried too much about the cost.",
    "She helped me very much with the manuscript.",
    "I grew up in the city of Boston.",
    "We lived in a suburb of Chicago.",
    "It is a town of 5,000 people.",
    "Our team ran a free clinic in a remote village of Humla.",
    "I worked in a small town in eastern Turkey.",
])
def test_a_grammar17_near_miss_is_left_alone(linter, text):
    assert not flagged(linter, text), flagged(linter, text)


@pytest.mark.parametrize("sentence, said, not_said", [
    ("I was impressed of the way the nurses triaged the flood victims.", "impressed by", "impressed of"),
    ("Our team made a survey of 300 mothers about breastfeeding.", "onducted a survey", "made a survey"),
    ("I followed a workshop on neonatal resuscitation in Kathmandu.", "ttended a workshop", "followed a workshop"),
    ("We screened 200 adults and gave a talk about the hypertension.", "about hypertension", "the hypertension"),
    ("I will always remember of the first child we resuscitated.", "remember the first", "remember of"),
])
def test_the_skeleton_says_the_us_form(linter, sentence, said, not_said):
    text = suggest(linter, _draft(sentence)).text
    says(text, [said], [not_said])
