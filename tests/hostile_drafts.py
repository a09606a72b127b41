"""Hostile drafts, built from a recipe: a list of (fragment kind, seed, size) triples.

The property suite (tests/test_properties.py) draws recipes with hypothesis, which shrinks a
failing one to its smallest; bench/fuzz.py draws them with `random` for long campaigns. Both
build the text the same way, so a failure found by either replays in the other.

Fragments are what broke or nearly broke erasl 0.1: odd Unicode, broken front matter, open
comments and fences, many headings, long words, bracket soup, unclosed emphasis, CRLF and
lone CR, a BOM, placeholders, links and addresses, next to ordinary sentences with findings.
"""

from __future__ import annotations

import random

SENTENCES = [
    "I gained valuable experience in the clinic.",
    "Followed 4 patients daily on a 4-week inpatient rotation.",
    "Patients were seen by me and notes were written.",
    "I utilized bedside ultrasound in order to guide 12 line placements.",
    "I am a hard-working team player and a natural leader.",
    "Presented at [Conference name] in 2024; TODO add outcome.",
    "Worked at the Hôpital Saint-Louis in São Paulo for 6 months.",
    "Shadowed Dr. Smith, who was very kind, for many weeks.",
    "Ran a free clinic that screened 200 patients for hypertension over 4 weekends.",
    "This experience taught me the importance of teamwork, compassion and communication.",
]
ODD = (
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202e\u2066\u2069\u061c\u00ad"  # invisible
    "\u0301\u0308\u20dd\u0489"  # combining marks
    "\u00a0\u2007\u202f\u3000\t\x0b\x0c\x1c\x85\u2028\u2029"  # odd spaces and separators
    "éøßÆΩЖ中文한국어עבריתالعربية"  # letters
    "\U0001F600\U0001F44D\U0001F3FD\u2764\ufe0f\U0001F1FA\U0001F1F8"  # emoji
    "•◦▪‣●■►✓“”‘’«»—–…"  # word-processor glyphs
    "\x00\x01\x07\x7f\r"  # controls
)
SURROGATES = "\ud800\udfff\udc80"  # only a str can hold these; files never do
KEYS = ["kind", "title", "organization", "type", "specialty", "setting", "start", "end", "us", "bogus", "Kind"]
VALUES = ["experience", "meaningful", "personal-statement", "impactful", "clinical", "2024-06", "June 2025",
          "present", "13/2025", "true", "maybe", "", "'quoted'", "x" * 30, "é", ": :", "---"]


def _sentence(rng: random.Random, size: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(1 + size % 4)) + rng.choice(["\n", " ", "\n\n", ""])


def _odd(rng: random.Random, size: int, surrogates: bool) -> str:
    pool = ODD + (SURROGATES if surrogates else "")
    return "".join(rng.choice(pool) for _ in range(1 + size))


def _front_matter(rng: random.Random, size: int) -> str:
    lines = [f"{rng.choice(KEYS)}: {rng.choice(VALUES)}" if rng.random() < 0.8 else rng.choice(["oops", "- x", ":"])
             for _ in range(size % 6)]
    closing = rng.choice(["---\n", "...\n", "", "--\n"])  # sometimes never closed
    return "---\n" + "\n".join(lines) + "\n" + closing


def _heading(rng: random.Random, size: int) -> str:
    level = rng.choice([1, 2, 2, 2, 3, 6, 7])
    title = rng.choice(["Rotation", "", "C# club", "[Hospital]", "#", "Ré", "x" * size])
    block = ""
    if rng.random() < 0.4:
        block = "\n" + _front_matter(rng, size)
    return "#" * level + rng.choice([" ", "\t", ""]) + title + rng.choice(["", " ##", " #"]) + "\n" + block


def _comment(rng: random.Random, size: int) -> str:
    body = rng.choice(["", " note ", " erasl-disable ", " erasl-disable F101 ", " erasl-enable ",
                       " erasl-disable-next-line L301 reason ", " erasl-disable passive-voice ", "<!--", "-- >"])
    return "<!--" + body + rng.choice(["-->", "-->\n", "", "\n-->"])


def _fence(rng: random.Random, size: int) -> str:
    marker = rng.choice(["```", "~~~", "``"])
    inner = _sentence(rng, size)
    return marker + rng.choice(["", "python"]) + "\n" + inner + rng.choice([marker + "\n", "", "\n"])


def _long_word(rng: random.Random, size: int) -> str:
    letter = rng.choice(["a", "é", "aé", "x.", "a@", "[n ", "**x ", "# ", "_a ", "`", "-", " ", "XX "])
    return letter * (size * rng.choice([1, 5, 25]))


def _list_item(rng: random.Random, size: int) -> str:
    marker = rng.choice(["- ", "* ", "+ ", "1. ", "2) ", "• ", "  - ", "10. "])
    return marker + _sentence(rng, size)


def _placeholder(rng: random.Random, size: int) -> str:
    return rng.choice(["[Hospital name]", "XX", "xx", "???", "TODO", "TBD", "<Conference>", "<insert date>",
                       "[inpatient/outpatient]", "[sic]", "[1]", "lorem ipsum", "[n", "]", "[", "##"]) + " "


def _link(rng: random.Random, size: int) -> str:
    return rng.choice(["https://example.org/a_(b)", "www.example.com.", "jane.doe+eras@mail.example.org",
                       "http://", "a@b", "@@", "http://...", "x@y.z."]) + rng.choice([" ", ".", "\n"])


def _emphasis(rng: random.Random, size: int) -> str:
    return rng.choice(["**", "__", "*", "_"]) + rng.choice(["led", " led", "led ", ""]) + rng.choice(["**", "*", "", "__"])


def _line_break(rng: random.Random, size: int) -> str:
    return rng.choice(["\n", "\r\n", "\r", "\n\n\n\n", "\n   \n", "\ufeff", "\n---\n", "\n***\n", "\f"])


FRAGMENTS = [
    _sentence, _sentence, _sentence, None, _front_matter, _heading, _comment, _fence, _long_word, _list_item,
    _placeholder, _link, _emphasis, _line_break,
]


def draft_from(recipe, surrogates: bool = False) -> str:
    """The text a recipe of (kind, seed, size) triples builds; the same recipe, the same text."""
    parts = []
    for kind, seed, size in recipe:
        rng = random.Random(seed)
        make = FRAGMENTS[kind % len(FRAGMENTS)]
        parts.append(_odd(rng, size, surrogates) if make is None else make(rng, size))
    return "".join(parts)


def random_recipe(rng: random.Random, max_fragments: int = 12, max_size: int = 40):
    """A recipe drawn with `random`, for bench/fuzz.py."""
    return [(rng.randrange(len(FRAGMENTS)), rng.randrange(1 << 16), rng.randrange(max_size + 1))
            for _ in range(rng.randrange(max_fragments + 1))]


def words(text: str) -> list[str]:
    """Runs of letters and digits, the words a fix must never lose."""
    import re

    return re.findall(r"[^\W_]+", text)
