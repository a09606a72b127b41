"""The register of a whole entry: an ERAS entry typed like a text message.

No single word makes a draft read as a phone message; advisors react to the sum: chat words ("u", "abt",
"ppl", "lol"), a lower-case "i", sentences that start in lower case, no full stops at all. Each of these is
one signal; the rule reports the entry once when it shows enough of them, and names what it found.
"""

from __future__ import annotations

from erasl.checks import Check, check_kind, first_sentence_span


def lower_case_starts(doc) -> list:
    """The first word of each sentence that begins with a lower-case letter (not a number, a symbol, or a
    word like "iPhone" or "eGFR" that is written so)."""
    starts = []
    for sentence in doc.sents:
        first = next((token for token in sentence if not (token.is_space or token.is_punct)), None)
        if first is None or not first.text[:1].isalpha() or not first.text[:1].islower():
            continue
        if any(character.isupper() for character in first.text[1:]):
            continue  # "eGFR", "iPhone": the word's own spelling
        starts.append(first)
    return starts


def _standalone(token) -> bool:
    """A word on its own, not a piece of a short form: the "u" of "f/u", the "c" of "b/c" stand with a slash."""
    doc = token.doc
    if token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text in ("/", "-", "&", "'"):
        return False
    return not (token.whitespace_ == "" and token.i + 1 < len(doc) and doc[token.i + 1].text in ("/", "-", "&"))


@check_kind("register")
class TextingRegisterCheck(Check):
    """Reports an entry with at least `min-signals` kinds of texting register (chat words, a lower-case "i",
    `min-lower-starts` sentences opening in lower case, no sentence-final stop in `min-words` words or more),
    or with `min-chat-words` different chat words alone."""

    placement = "entry"

    OPTIONS = {"chat-words": (list, []), "min-signals": (int, 2), "min-chat-words": (int, 2),
               "min-lower-starts": (int, 2), "min-words": (int, 25)}

    def compile(self, nlp) -> None:
        self.chat_words = {word.lower() for word in self.options["chat-words"]}

    def signals(self, doc) -> list[str]:
        """What the entry shows of a texting register, in words for the message."""
        found = []
        chat = []
        for token in doc:
            if token.text in self.chat_words and token.text not in chat and _standalone(token):
                chat.append(token.text)  # as typed: "U.S.", "UR" and the "u" of "f/u" are not chat
        if chat:
            found.append(", ".join(f"'{word}'" for word in chat[:5]))
        if any(token.text == "i" and token.pos_ == "PRON" for token in doc):
            found.append("a lower-case 'i'")
        if len(lower_case_starts(doc)) >= self.options["min-lower-starts"]:
            found.append("sentences that start in lower case")
        words = [token for token in doc if token.is_alpha]
        if len(words) >= self.options["min-words"] and not any(token.text in (".", "!", "?") for token in doc):
            found.append("no full stops")
        return found if len(chat) >= self.options["min-chat-words"] or len(found) >= self.options["min-signals"] else []

    def run(self, entry, doc):
        found = self.signals(doc)
        if found:
            start, end = first_sentence_span(entry, doc)
            yield self.diagnostic(start, end, what="; ".join(found))
