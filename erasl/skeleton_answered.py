"""Placeholders the draft already answers are never shown (issue 12, skel17 class 2).

A prompt asks for what is missing; the draft's own words may already say it in a form the fact reader does not
count: a load given as a rate with no noun after the number ("the BP and sugar of the patients, around 60 to 80
per Saturday"), or the start of an ongoing post said in words ("since 1st year of DO school", "since last
year"). These readings tell the template that the load or the time is said, so no "[N] patients per [day]"
or "since [month year]" is added beside the draft's own answer.
"""

from __future__ import annotations

import re

# a number or a range, then how often: "60 to 80 per Saturday", "10-15 a shift", "about 30 each day"
_RATE = re.compile(r"(?i)\b\d+(?:\s*(?:-|–|to)\s*\d+)?\s+(?:per|a|an|each|every)\s+(?:day|shift|week|night|call|"
                   r"session|clinic|visit|evening|morning|weekend|month|monday|tuesday|wednesday|thursday|friday|"
                   r"saturday|sunday)s?\b")
# a count of the patients the applicant's own sentence gives, with or without how often: "followed 4-5 patients",
# "took histories from two new admissions a day", "presented 2-3 patients daily"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_PATIENT_COUNT = re.compile(r"(?i)(?<![\w.])" + _NUMBER + r"(?:\s*(?:-|–|to)\s*\d+)?\+?\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:patients|pts|admissions|encounters|consults|clients)\b")


def counts_patients(text: str) -> bool:
    """The sentence already counts the patients the applicant saw ("followed 4-5 patients"): asking for "[N]
    patients per day" beside it would ask again for what the draft says."""
    return _PATIENT_COUNT.search(re.sub(r"\[[^\[\]]*\]", " ", text)) is not None


# the start of what is still going on, in words: "since last year", "since 1st yr", "since my first year",
# "since childhood", "since 2019", "since March"
_START = re.compile(r"(?i)\bsince\s+(?:(?:last|this|the\s+last|the\s+past)\s+\w+|(?:my\s+)?(?:\d+(?:st|nd|rd|th)|first|"
                    r"second|third|fourth|fifth|sixth)\s+(?:yr|year|semester|term)|(?:19|20)\d\d|january|february|march|"
                    r"april|may|june|july|august|september|october|november|december|childhood|then)\b")


def states_a_rate(text: str, people: set[str]) -> bool:
    """The sentence gives a load as a rate whose noun is said before it: a number per day, shift or weekday,
    in a sentence that names the people (or cases) counted."""
    return _RATE.search(text) is not None and any(w in people for w in re.findall(r"[a-z]+", text.lower()))


def states_a_start(text: str) -> bool:
    """The sentence says when an ongoing post began, in the draft's words ("since 1st yr of DO school")."""
    return _START.search(text) is not None


# a name of two capitalised words or more after an organisation's noun and "of"/"at"/"with" ("camp of Sardaryab
# Welfare Committee"), or before one ("Sardaryab Welfare Committee"): the draft names where it was
_NAME = r"[A-Z][\w'&-]+(?:\s+(?:of\s+|for\s+|de\s+)?[A-Z][\w'&-]+)+"


def names_its_organisation(text: str, organisation_words: set[str]) -> bool:
    """The kept sentence names the organisation: an organisation's noun with a capitalised name of two words or
    more after "of/at/with", or a capitalised name ending in an organisation's noun ("Welfare Committee")."""
    for found in re.finditer(_NAME, text):
        words = found.group(0).split()
        before = text[:found.start()].split()[-2:]
        if words[-1].lower() in organisation_words or len(before) == 2 and before[1].lower() in ("of", "at", "with") \
                and before[0].lower() in organisation_words:
            return True
    return False
