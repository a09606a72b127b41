"""The message pasted around an entry (erasl/wrapper_text.py): read once with the entry, named by L401, and left
out by every other rule, the character count and the skeleton."""

from __future__ import annotations

import pytest

from erasl.document import SourceFile, split_entries

# Drafts as applicants paste them, in wordings the rule table does not use: (draft, the wrapper it holds).
WRAPPED = [
    # e-mail with a signature block
    ("Dear Professor Okafor,\n\nHere is my research experience for ERAS as you requested.\n\n"
     "Research assistant, University of Ibadan, 2020-2022. I enrolled 150 women in a cohort on gestational diabetes.\n\n"
     "Kind regards,\nChidinma Eze\nchidinma.eze@example.com",
     ["Dear Professor Okafor,", "Here is my research experience for ERAS as you requested.",
      "Kind regards,", "Chidinma Eze", "chidinma.eze@example.com"]),
    # SMS
    ("hey dr k, sorry for the late reply\nER scribe at Valley Medical 2023, charted for 4 docs per shift\nlmk if this works",
     ["hey dr k, sorry for the late reply", "lmk if this works"]),
    # WhatsApp in Urdu-English
    ("Assalam o alaikum sir\nI did 6 weeks of house job in the Medicine ward at Services Hospital Lahore, 12 patients daily.\n"
     "Sir plz review and tell me if any changes\nJazakAllah",
     ["Assalam o alaikum sir", "Sir plz review and tell me if any changes", "JazakAllah"]),
    # cover letter to an advisor
    ("Good afternoon Dr. Reyes,\nI hope you are doing well. Below is my volunteer entry for my ERAS application.\n"
     "Volunteered 4 hours a week at the Casa Esperanza clinic, taking vitals for 20 patients a night.\n"
     "Thank you so much for your time.\nWarm regards,\nLuis",
     ["Good afternoon Dr. Reyes,", "I hope you are doing well.", "Below is my volunteer entry for my ERAS application.",
      "Thank you so much for your time.", "Warm regards,", "Luis"]),
    # advisor's notes left in
    ("Draft 2 (after Dr. Lee's comments)\nSub-intern, MICU, Henry Ford Hospital, 4 weeks. Carried 5 patients.\n"
     "Could you look at the last sentence again?",
     ["Draft 2 (after Dr. Lee's comments)", "Could you look at the last sentence again?"]),
    # forwarded mail with a subject line
    ("Fwd: my ERAS experiences\nTeaching assistant, gross anatomy, 2 semesters. Led 3 dissection tables of 8 students.",
     ["Fwd: my ERAS experiences"]),
    # a numbered label before the entry
    ("Experience #3: Clinical observership, Mount Sinai, 4 weeks. Presented 2 patients on rounds.",
     ["Experience #3:"]),
    # greeting and request in one chat line
    ("Hello maam, this is my leadership part for eras pls correct it\nPresident of the Nakuru medical students' association, 2019-2020.",
     ["Hello maam, this is my leadership part for eras pls correct it"]),
    # a request at the end and a phone sign-off
    ("Worked night shifts in the district hospital ER for 1 year.\nKindly go through it and suggest changes.\nSent from my Samsung Galaxy",
     ["Kindly go through it and suggest changes.", "Sent from my Samsung Galaxy"]),
    # a request with no please
    ("Is this ok for the research section? Genotyped 400 samples by PCR in the Kenyatta lab.\nThanks!",
     ["Is this ok for the research section?", "Thanks!"]),
    # salutation with a title only
    ("Respected Madam,\nI did my internship at Civil Hospital Karachi for 12 months.", ["Respected Madam,"]),
    # yours truly and a phone number
    ("Clinic coordinator, 2 years. Scheduled 60 patients a week.\nYours truly,\nA. Mensah\n+233 24 555 0101",
     ["Yours truly,", "A. Mensah", "+233 24 555 0101"]),
    # a title's full stop is no sentence end: the greeting runs on to the thanks after the name
    ("Hola Dra. Castillo, thank you for the feedback from last week.\nRural year, Pimampiro, Ecuador, 2021-2022.",
     ["Hola Dra. Castillo, thank you for the feedback from last week."]),
    ("Respected Prof. Dr. Khan,\nHouse officer, Mayo Hospital Lahore, 12 months.", ["Respected Prof. Dr. Khan,"]),
    ("Estimado Sr. Gomez:\nMedical intern at Hospital Vozandes for 1 year.", ["Estimado Sr. Gomez:"]),
    # closings of many languages, several in a row
    ("Observed the hospitalist team at Bayou General for 4 weeks.\nThanks sir, God bless.\nMireille",
     ["Thanks sir, God bless.", "Mireille"]),
    ("Rotating intern at Hospital Loayza, 12 months.\nGracias doctora, bendiciones", ["Gracias doctora, bendiciones"]),
    ("House job in Surgical Unit II, 6 months.\nJazakallah khair", ["Jazakallah khair"]),
    ("Interne au CHR de Thiès, 12 mois. Did 40 deliveries.\nMerci beaucoup", ["Merci beaucoup"]),
    ("Volunteered at the Mwanza camp for 3 weeks.\nStay well and take care.\nAmina",
     ["Stay well and take care.", "Amina"]),
    # a greeting that points at the entry
    ("Good evening sir, here is the Houston one.\n\nObserved the hospitalist team at Bayou General, 4 weeks.",
     ["Good evening sir, here is the Houston one."]),
    ("Hello sir, sending the Houston draft.\nObserved the hospitalist team at Bayou General, 4 weeks.",
     ["Hello sir, sending the Houston draft."]),
    ("hi doc this is the volunteer one, sorry i type from my phone\nTriaged flood patients in Les Cayes for 2 wks.\nthx",
     ["hi doc this is the volunteer one, sorry i type from my phone", "thx"]),
    # apologies to the reader
    ("Sorry for the late reply.\nScribe at Valley Medical, 2023. Charted for 4 physicians a shift.",
     ["Sorry for the late reply."]),
    ("Worked 2 years as a medical officer in Kumasi.\nsorry for my bad English",
     ["sorry for my bad English"]),
    ("I am very sorry for the delay, here is my draft.\nTaught anatomy to 30 students for 2 semesters.",
     ["I am very sorry for the delay, here is my draft."]),
]

# Sentences of the entry itself that speak of greeting, asking, thanking or labels: none is a message to the reader.
NEAR_MISSES = [
    "I greeted every new admission in Twi and explained the ward routine.",
    "Dr. Okafor asked me to present the cohort's results at the faculty meeting.",
    "The children made please-and-thank-you posters for the waiting room.",
    "Families wrote thank-you cards to the night nurses.",
    "I taught caregivers to please call the clinic before stopping a drug.",
    "Best-practice checklists cut central-line infections from 6 to 2.",
    "Subject matter: infection control audits in 3 wards.",
    "Experience in 40 deliveries as the second attendant.",
    "This is my third season coaching the clinic's walking group of 25 patients.",
    "The attending told me to let the family know about the MRI by noon.",
    "Hello-and-goodbye rounds with the chaplain were my favourite part of the week.",
    "Dear Abby columns on health were the topic of my public-health essay for 200 readers.",
    "Thank you notes were not allowed by the hospital, so I kept a log of 30 patients instead.",
    "Could not speak Spanish at first, so I learned 50 clinical phrases in 3 weeks.",
    "Version control in REDCap let 4 coordinators edit the same database.",
    # a mentor thanked in the entry, a title before a name, "the ... one" inside the entry's own words
    "I still thank Dr. Amadi for the night he let me run the code on my own.",
    "Thanks to Dr. Rivera, I learned to close a laceration in 3 layers.",
    "Thank you notes from Dra. Castillo's patients lined the wall of the rural clinic.",
    "I completed the Houston one-week course in point-of-care ultrasound.",
    "This is the one patient I still think about: a 9-year-old with sickle cell crisis.",
    "Here is the one lesson I keep from that night: ask for help early.",
    "Sorry for your loss was the first thing I learned to say in Kichwa.",
    "I told each family I was sorry for the long wait and explained the triage order.",
    "Mentored by Prof. Dr. Khan, I wrote 2 case reports on dengue.",
    "God bless you, the mother said, as we discharged her son after 12 days.",
    # a last line in another language that names a place or the entry's own setting
    "Rural year at a health post for 12 months.\nPuesto de Salud San Lorenzo, Ciudad de Guatemala.",
    "Rotated nights in the emergency department for 4 weeks.\nservicio de urgencias",
    "I learned to greet every patient in Yoruba.\nE kaaro became my first word on the ward.",
]


def _entry(text: str):
    return split_entries(SourceFile("draft.txt", text)).entries[0]


# A thank-you or farewell in the applicant's own language, which no word list names: the entry's last sentence,
# mostly words in no English dictionary.
WRAPPED += [
    ("Assisted in 14 caesarean sections at a district hospital in Nampula over 6 weeks.\nMuito obrigada doutora, beijos.",
     ["Muito obrigada doutora, beijos."]),
    ("Ran a vaccination tent for 300 children in Elbasan for 3 days. Faleminderit shumë, profesor.",
     ["Faleminderit shumë, profesor."]),
    ("Volunteered 6 hours a week at a free clinic in Maribor.\nHvala lepa, lep pozdrav",
     ["Hvala lepa, lep pozdrav"]),
    ("Rotated in general surgery in Beira for 2 months and closed 30 wounds.\nMuito obrigada doutora, beijinhos\nAna Paula",
     ["Muito obrigada doutora, beijinhos", "Ana Paula"]),
]


@pytest.mark.parametrize(("draft", "wrapper"), WRAPPED)
def test_the_message_around_an_entry_is_read_as_wrapper(draft, wrapper):
    entry = _entry(draft)
    found = [entry.text[span.start:span.end] for span in entry.wrapper]
    assert found == wrapper
    for span in entry.wrapper:
        assert not entry.prose[span.start:span.end].strip()  # no other check reads it


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_the_entry_itself_is_never_wrapper(sentence):
    entry = _entry(sentence)
    assert entry.wrapper == []
    assert entry.content == sentence


def test_a_statement_is_not_read_for_a_wrapper():
    entry = split_entries(SourceFile("ps.txt", "Dear Program Director,\nI grew up in Kano."), "personal-statement").entries[0]
    assert entry.wrapper == []


def test_the_character_count_and_other_rules_leave_the_wrapper_out():
    import erasl

    filler = " ".join(["Admitted 4 patients a night on the medicine ward and wrote their notes."] * 9)
    draft = ("Salam sir this is my experience for eras plz check\n" + filler + "\nplz tell if ok\nBest regards,\nAhmed")
    codes = [d.code for d in erasl.lint_text(draft, path="draft.txt")]
    assert codes.count("L401") == 3
    assert "L101" not in codes  # 647 characters of entry: the message around it is not counted
    assert "F106" not in codes  # "plz" in the message is not the entry's register


def test_the_skeleton_drops_the_wrapper_and_lists_it():
    import erasl

    draft = ("Hi madam,\nPlease find below my observership.\nObserved in the cardiology clinic at Beaumont Hospital "
             "for 4 weeks. I gained a lot of experience.\nThanks and regards,\nSana")
    suggestion = erasl.suggest_text(draft, path="draft.txt")[0]
    for words in ("madam", "Please find", "regards", "Sana"):
        assert words not in suggestion.text
    left_out = [item["text"] for item in suggestion.left_out if item["reason"].startswith("a message to your reader")]
    assert left_out == ["Hi madam,", "Please find below my observership.", "Thanks and regards, Sana"]
    assert "Beaumont Hospital" in suggestion.text


@pytest.mark.parametrize("greeting_then_entry", [
    "Dear sir, please find my draft below. I observed patient care in the medicine clinic and gained valuable experience.",
    "Dear sir, please find my draft below.\n\nI observed patient care in the medicine clinic and gained valuable experience.",
])
def test_entry_wide_findings_sit_on_the_entry_not_on_the_greeting_before_it(greeting_then_entry):
    """Entry-wide findings point at the first sentence; when a greeting opens the draft (on the same line or its
    own), they must point past it, or they would be dropped with the greeting."""
    import erasl

    found = erasl.lint_text(greeting_then_entry, path="draft.txt")
    codes = {d.code for d in found}
    assert {"L401", "D101", "N101", "V101", "L102"} <= codes
    entry_start = greeting_then_entry.index("I observed")
    line_start = greeting_then_entry.rfind("\n", 0, entry_start) + 1
    for d in found:
        if d.code in {"D101", "N101", "V101", "L102"}:
            assert d.line == greeting_then_entry.count("\n", 0, entry_start) + 1
            assert d.column - 1 >= entry_start - line_start


def test_the_full_format_names_an_entry_by_its_own_first_line_not_the_greeting(tmp_path):
    from click.testing import CliRunner

    from erasl.cli import main

    draft = tmp_path / "draft.txt"
    draft.write_text("Dear sir, please find my draft below.\n\nI observed patient care in the medicine clinic.\n",
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "full", str(draft)])
    entry_lines = [line for line in result.output.splitlines() if "| entry:" in line]
    assert entry_lines and all("I observed patient care" in line for line in entry_lines)
LONG_SENTENCE = ("I volunteered at the Red Crescent clinic in Irbid for 6 months and triaged 25 refugees a day and also "
                 "taught hygiene to their children and helped the nurses with dressings and vaccinations and also did "
                 "the registration of new families every morning.")


@pytest.mark.parametrize("greeting", ["Hi madam, ", "Good evening sir, here is the Houston one. ", "Hi madam,\n"])
def test_a_finding_that_starts_in_the_message_is_kept_on_the_entrys_own_words(greeting):
    import erasl

    draft = greeting + LONG_SENTENCE
    found = {d.code: draft[d.start:d.end] for d in erasl.lint_text(draft, path="draft.txt")}
    assert found["L401"] == greeting.strip()
    assert found["R101"].startswith("I volunteered")  # the long sentence, from its first own word
    assert found["L102"].startswith("I volunteered")  # an entry-wide finding points past the greeting


def test_a_finding_on_the_message_alone_is_still_left_to_L401():
    import erasl

    draft = "salam sir plz check\n" + LONG_SENTENCE
    codes = [d.code for d in erasl.lint_text(draft, path="draft.txt")]
    assert "F106" not in codes and codes.count("L401") == 1
