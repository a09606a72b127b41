"""Text that is not part of the entry: the message an applicant pasted around it.

Applicants paste the e-mail, WhatsApp or cover note they sent an advisor: "Dear Dr. Mensah,", "Please find below
the description ...", "plz check", "Best regards," and a signature, "Subject: ...", "Draft 3 (final)". None of it
goes into ERAS. It is recognised by the class of speech act it is (a greeting with its addressee, a request to the
reader, a closing formula and the signature block after it, a label line), with the word families of
rules/lexicon/lexicon.toml [wrapper], never by listing sentences. The reading is plain text (no parse), so
erasl/document.py gives every entry its wrapper spans when it splits the draft: the checks read `prose` with them
blanked, L401 names them, the length count and the skeleton leave them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WRAPPER_TABLE = "wrapper"
# the kinds whose box an applicant fills from a message (a statement is read as one essay)
WRAPPED_KINDS = ("experience", "meaningful")


@dataclass(frozen=True)
class WrapperSpan:
    """Characters of the entry's text that are a message to the reader, and which kind of speech act they are."""

    start: int
    end: int
    kind: str  # greeting | request | closing | signature | label


@dataclass(frozen=True)
class WrapperWords:
    """The [wrapper] families, each phrase as a tuple of lower-case words."""

    greetings: tuple[tuple[str, ...], ...]
    addressees: frozenset[str]
    titles: frozenset[str]
    closings: tuple[tuple[str, ...], ...]
    apologies: tuple[tuple[str, ...], ...]
    please: frozenset[str]
    reader_verbs: frozenset[str]
    reader_requests: tuple[tuple[str, ...], ...]
    reader_asides: tuple[tuple[str, ...], ...]
    hand_overs: tuple[tuple[str, ...], ...]
    hand_over_cues: frozenset[str]
    pointers: tuple[tuple[str, ...], ...]
    pointer_words: frozenset[str]
    entry_words: frozenset[str]
    labels: frozenset[str]
    numbered_labels: frozenset[str]


def _phrases(values) -> tuple[tuple[str, ...], ...]:
    # longest first, so "best regards" is read before "best"
    return tuple(sorted((tuple(_words_of(value)) for value in values), key=len, reverse=True))


WRAPPER_LISTS = ("greetings", "addressees", "titles", "closings", "apologies", "please", "reader-verbs",
                 "reader-requests", "reader-asides", "hand-overs", "hand-over-cues", "pointers", "pointer-words",
                 "entry-words", "labels", "numbered-labels")


def read_wrapper_words(table, where: str) -> WrapperWords:
    """The [wrapper] table validated: every list known, each a list of words; errors name the file and key."""
    from erasl.registry import RuleFileError

    if not isinstance(table, dict):
        raise RuleFileError(f"{where}: [{WRAPPER_TABLE}] must be a table of word lists")
    unknown = sorted(set(table) - set(WRAPPER_LISTS))
    if unknown:
        raise RuleFileError(f"{where}: [{WRAPPER_TABLE}] unknown list {unknown[0]!r} (known: {', '.join(WRAPPER_LISTS)})")
    for name, value in table.items():
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise RuleFileError(f"{where}: [{WRAPPER_TABLE}] {name}: must be a list of words or phrases")

    def words(name: str) -> frozenset[str]:
        return frozenset(word.lower() for word in table.get(name, []))

    return WrapperWords(
        greetings=_phrases(table.get("greetings", [])), addressees=words("addressees") | words("titles"),
        titles=words("titles"), closings=_phrases(table.get("closings", [])),
        apologies=_phrases(table.get("apologies", [])), please=words("please"), reader_verbs=words("reader-verbs"),
        reader_requests=_phrases(table.get("reader-requests", [])),
        reader_asides=_phrases(table.get("reader-asides", [])), hand_overs=_phrases(table.get("hand-overs", [])),
        hand_over_cues=words("hand-over-cues"), pointers=_phrases(table.get("pointers", [])),
        pointer_words=words("pointer-words"), entry_words=words("entry-words"), labels=words("labels"),
        numbered_labels=words("numbered-labels"))


@lru_cache(maxsize=1)
def wrapper_words() -> WrapperWords:
    """The lexicon's [wrapper] table, read once."""
    from erasl.lexicon import lexicon_file

    return read_wrapper_words(lexicon_file().get(WRAPPER_TABLE, {}), "lexicon/lexicon.toml")


_WORD = re.compile(r"[^\W\d_][\w'’&-]*|\d(?:[\d,.:/-]*\d)?|[^\w\s]", re.UNICODE)
# a sentence ends at . ! ? (or a run of them) before a space, except after a title or a short form ("Dr. Mensah")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=\S)")
_STOPPED_WORD = re.compile(r"(?:^|(?<=[\s(]))([^\W\d_][\w.]*)\.$")
_COUNT_BEFORE = re.compile(r"\d\s*$")
_WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # a word of any alphabet, without digits
_PHONE = re.compile(r"^[\s(+]*\d[\d\s().+-]{6,}\d\s*$")
_SEPARATOR = re.compile(r"\s*[-–—:]\s*")


def _words_of(text: str) -> list[str]:
    return [match.group().lower().replace("’", "'") for match in _WORD.finditer(text) if match.group()[0].isalnum()]


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    """(lower-case word or mark, start, end) in the entry's text."""
    return [(match.group().lower().replace("’", "'"), offset + match.start(), offset + match.end())
            for match in _WORD.finditer(text)]


def _stop_ends_sentence(before: str, after: str, titles: frozenset[str]) -> bool:
    """Whether the full stop closing `before` ends a sentence, given the text `after` it: not after a title ("Hola
    Dra. Castillo", "Prof. Dr. Khan") or an initial ("A. Mensah"), nor after a short form the shared sentence
    reading keeps together (rules/rewrite/facts.toml [abbreviations]) when a lower-case word or a number follows
    ("approx. 30", "Univ. of Lagos"); a unit after a count ends one ("for 3 wks. pls check")."""
    stopped = _STOPPED_WORD.search(before)
    if stopped is None:
        return True
    word = stopped.group(1)
    if word.lower() in titles or (len(word) == 1 and word.isupper()):
        return False
    from erasl.nlp import _abbreviations

    if word.lower() in _abbreviations() and (after[:1].islower() or after[:1].isdigit()):
        return bool(_COUNT_BEFORE.search(before[:stopped.start()]))
    return True


def _sentences(line: str, offset: int, titles: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The sentences of one line, as (start, end) in the entry's text."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        if not _stop_ends_sentence(line[start:match.start()].rstrip("\"')]"), line[match.end():], titles):
            continue
        spans.append((offset + start, offset + match.start()))
        start = match.end()
    spans.append((offset + start, offset + len(line.rstrip())))
    return [(begin, end) for begin, end in spans if end > begin]


def _starts_with(words: list[str], phrases, at: int = 0) -> int:
    """How many words of `words[at:]` the longest matching phrase takes (0: none)."""
    for phrase in phrases:
        if tuple(words[at:at + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _contains(words: list[str], phrases) -> bool:
    return any(_starts_with(words, phrases, at) for at in range(len(words)))


def _addressed(tokens, at: int, words: WrapperWords) -> int:
    """Tokens after a greeting or a closing that name whom it addresses ("sir", "Dr. Mensah", "Prof. Ali"), with
    the mark after them: the index where the rest of the sentence starts (`at` when nobody is named)."""
    index = at
    named = 0
    while index < len(tokens) and named < 4:
        word = tokens[index][0]
        if word in words.addressees or word == ".":
            index += 1
            named += word != "."
            continue
        break
    return index


def _capitalised_names(text: str, tokens, at: int) -> int:
    """Capitalised words (a name) from token `at`, at most three: "Mensah", "Kwabena Asante"."""
    index = at
    while index < len(tokens) and index - at < 3:
        word, start, end = tokens[index]
        if not (word[:1].isalpha() and text[start:start + 1].isupper()):
            break
        index += 1
    return index


class WrapperReader:
    """Reads an entry's text for the message around it."""

    def __init__(self, words: WrapperWords | None = None):
        self.words = words or wrapper_words()

    def spans(self, text: str) -> list[WrapperSpan]:
        """Every wrapper span of the text, in order."""
        found: list[WrapperSpan] = []
        closed_at = None  # the line index after which a signature block may follow
        lines = [(match.start(), match.group()) for match in re.finditer(r"[^\n]+", text)]
        for number, (offset, line) in enumerate(lines):
            if not line.strip():
                continue
            label = self._label(line, offset)
            if label is not None:
                found.append(label)
                if label.end >= offset + len(line.rstrip()):
                    continue
                line, offset = text[label.end:offset + len(line)], label.end
            if closed_at is not None and self._signature_line(line) and not self._closing_line(text, line, offset):
                found.append(WrapperSpan(offset + len(line) - len(line.lstrip()), offset + len(line.rstrip()),
                                         "signature"))
                continue
            closed_at = None
            for start, end in _sentences(line, offset, self.words.titles):
                span = self._sentence(text, start, end)
                if span is not None:
                    found.append(span)
                    if span.kind == "closing" and span.end >= offset + len(line.rstrip()):
                        closed_at = number
            if closed_at is None and number == len(lines) - 1 and _PHONE.match(line):
                found.append(WrapperSpan(offset, offset + len(line.rstrip()), "signature"))
        found.extend(self._sign_off_in_own_language(text, [(o, line) for o, line in lines if line.strip()], found))
        return found

    def _sign_off_in_own_language(self, text: str, lines, found) -> list[WrapperSpan]:
        """The entry's last sentence as a thank-you or farewell in the applicant's language, with the name signed
        on the line under it if there is one ("Obrigado doutor, abraço" / "Nelson")."""
        if not lines:
            return []
        signed = None
        if len(lines) >= 2 and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s*){1,3}", lines[-1][1].strip()):
            signed = WrapperSpan(lines[-1][0] + len(lines[-1][1]) - len(lines[-1][1].lstrip()),
                                 lines[-1][0] + len(lines[-1][1].rstrip()), "signature")
            lines = lines[:-1]
        start, end = _sentences(lines[-1][1], lines[-1][0], self.words.titles)[-1]
        if not text[:start].strip() or any(span.end > start for span in found) or \
                not _sign_off_in_another_language(text[start:end]):
            return []
        return [WrapperSpan(start, end, "closing")] + ([signed] if signed else [])

    # --- one line or sentence --------------------------------------------------------

    def _label(self, line: str, offset: int) -> WrapperSpan | None:
        """"Subject: ..." (the whole line), "Draft 3 (final)" or "Experience 2 -" (up to the separator)."""
        stripped = line.lstrip()
        lead = offset + len(line) - len(stripped)
        tokens = _tokens(stripped, lead)
        if len(tokens) >= 2 and tokens[0][0] in self.words.labels and tokens[1][0] == ":" and len(_words_of(stripped)) <= 15:
            return WrapperSpan(lead, offset + len(line.rstrip()), "label")
        if not tokens or tokens[0][0] not in self.words.numbered_labels:
            return None
        index = 1
        if index < len(tokens) and tokens[index][0] == "#":
            index += 1
        if index >= len(tokens) or not tokens[index][0][:1].isdigit():
            return None
        index += 1
        if index < len(tokens) and tokens[index][0] == "(":  # "Draft 3 (final)"
            close = next((i for i in range(index, min(index + 12, len(tokens))) if tokens[i][0] == ")"), None)
            if close is None:
                return None
            index = close + 1
        end = tokens[index - 1][2]
        if index == len(tokens):
            return WrapperSpan(lead, end, "label")
        separator = _SEPARATOR.match(line, end - offset)
        if separator is not None and separator.group().strip():
            return WrapperSpan(lead, offset + separator.start() + len(separator.group().rstrip()), "label")
        return None

    def _closing_line(self, text: str, line: str, offset: int) -> bool:
        tokens = _tokens(line, offset)
        return self._closing(text, tokens, [word for word, _, _ in tokens if word[:1].isalnum()])

    def _signature_line(self, line: str) -> bool:
        """A line of the block under a closing: a name, a title, a phone number (a few words, no sentence)."""
        words = _words_of(line)
        return bool(_PHONE.match(line)) or (0 < len(words) <= 6 and (
            len(words) <= 3 or not re.search(r"[.!?]\s+\S", line.strip())))

    def _sentence(self, text: str, start: int, end: int) -> WrapperSpan | None:
        tokens = _tokens(text[start:end], start)
        words = [word for word, _, _ in tokens if word[:1].isalnum()]
        if not words:
            return None
        closing = self._closing(text, tokens, words)
        if closing:
            return WrapperSpan(start, end, "closing")
        greeting_end = self._greeting(text, tokens)
        if greeting_end is not None:
            rest = [token for token in tokens if token[1] >= greeting_end]
            rest_words = [word for word, _, _ in rest if word[:1].isalnum()]
            if not rest_words or self._request(rest):
                return WrapperSpan(start, end, "greeting")
            return WrapperSpan(start, greeting_end, "greeting")
        if self._request(tokens):
            return WrapperSpan(start, end, "request")
        return None

    def _closing(self, text: str, tokens, words: list[str]) -> bool:
        """"Best regards,", "Thank you Sir.", "Thanks and regards, Kwabena", "Sent from my iPhone", "Thanks sir, God
        bless.", "Gracias doctora, bendiciones": closing formulas, several in a row, each with at most its
        addressee or a name after it. "Thanks to Dr. Rivera, I learned to suture" goes on past its formula."""
        alphanumeric = [token for token in tokens if token[0][:1].isalnum()]
        at = formulas = 0
        while at < len(words):
            taken = _starts_with(words, self.words.closings, at)
            if not taken:
                break
            formulas, at = formulas + 1, at + taken
            named = 0
            while at < len(words) and named < 4 and not _starts_with(words, self.words.closings, at) and (
                    words[at] in self.words.addressees or text[alphanumeric[at][1]:alphanumeric[at][1] + 1].isupper()):
                at, named = at + 1, named + 1
            if at < len(words) and words[at] in ("and", "n") and _starts_with(words, self.words.closings, at + 1):
                at += 1  # "Stay well and take care."
        return formulas > 0 and at == len(words)

    def _greeting(self, text: str, tokens) -> int | None:
        """Where a greeting and its addressee end ("Dear Dr. Mensah,", "Hi madam", "Salam sir"), or None."""
        words = [word for word, _, _ in tokens]
        taken = _starts_with(words, self.words.greetings)
        if not taken:
            return None
        index = _addressed(tokens, taken, self.words)
        addressee = index > taken
        named = _capitalised_names(text, tokens, index)
        if named > index and (addressee or words[0] in ("dear", "hi", "hello", "hey", "respected")):
            index, addressee = named, True
        if addressee:  # "hey dr k,": the addressee runs to the comma a few words on
            comma = next((i for i in range(index, min(index + 3, len(tokens))) if tokens[i][0] in (",", "!", ":")), None)
            if comma is not None:
                index = comma
        after = tokens[index][0] if index < len(tokens) else None
        if after in (",", "!", ":", ".", "-", "–") and (addressee or taken == len(words) - 1 or words[0] != "dear"):
            return tokens[index][2]
        if after is None and (addressee or index == len(tokens)):
            return tokens[index - 1][2]
        if addressee and words[0] != "dear":  # "salam sir this is my ...": the greeting ends at its addressee
            return tokens[index - 1][2]
        return None

    def _request(self, tokens) -> bool:
        """A request to the reader: a please-word before a reader's verb ("Please find below", "plz check",
        "Kindly correct"), a request that opens the sentence ("Let me know", "Could you"), an apology for the
        message ("Sorry for the late reply"), an aside to the reader ("as you asked"), or the entry handed over
        ("this is my volunteer experience for eras") or pointed at ("here is the Houston one")."""
        words = [word for word, _, _ in tokens if word[:1].isalnum()]
        at = 0
        while at < len(words) and words[at] in _LEAD_INS:
            at += 1
        if _starts_with(words, self.words.apologies, _apology_start(words, at)) or self._points_at_entry(tokens):
            return True
        for index, word in enumerate(words):
            if word in self.words.please and index + 1 < len(words) and words[index + 1] in self.words.reader_verbs \
                    and (index == at or words[index - 1] not in ("to", "asked", "told", "said", "say", "saying")):
                return True
        if _starts_with(words, self.words.reader_requests, at) or _contains(words, self.words.reader_asides):
            return True
        return bool(_starts_with(words, self.words.hand_overs, at)) and any(
            word in self.words.entry_words for word in words) and any(
            word in self.words.hand_over_cues or word in self.words.please for word in words)


    def _points_at_entry(self, tokens) -> bool:
        """"here is the Houston one", "sending the Houston draft", "this is the volunteer one, sorry ...": a
        pointer and, a few words on, a pointer word that ends its clause (or goes on "for you", "for eras").
        "the Houston one-week course" and "this is the one patient I remember" go on past it: the entry's words."""
        seq = [word for word, _, _ in tokens]
        at = 0
        while at < len(seq) and (seq[at] in _LEAD_INS or not seq[at][:1].isalnum()):
            at += 1
        taken = _starts_with(seq, self.words.pointers, at)
        if not taken:
            return False
        for index in range(at + taken, min(at + taken + 4, len(seq))):
            word = seq[index]
            if not word[:1].isalnum():
                return False
            if word in self.words.pointer_words:
                after = seq[index + 1:index + 3]
                return not after or not after[0][:1].isalnum() or after[0] in self.words.addressees or (
                    after[0] == "for" and len(after) > 1 and after[1] in self.words.hand_over_cues)
        return False


# words a chat message puts before its request: "ok sir plz check", "and also let me know"
_LEAD_INS = ("and", "also", "so", "ok", "okay", "sir", "madam", "ma'am", "maam")
# words before an apology's "sorry": "I am very sorry for the delay", "so sorry for the late reply"
_APOLOGY_LEAD_INS = ("i", "am", "i'm", "im", "so", "very", "really", "extremely", "truly")


def _apology_start(words: list[str], at: int) -> int:
    """Where an apology's own words start: after "I am very", "so" before its "sorry"."""
    index = at
    while index < len(words) and words[index] in _APOLOGY_LEAD_INS and index - at < 3:
        index += 1
    return index if index < len(words) and words[index] == "sorry" else at


def _sign_off_in_another_language(line: str) -> bool:
    """The entry's last line, a few words mostly in no English dictionary, with no number and a lower-case word of
    its own language: a thank-you or farewell in the applicant's language ("Obrigado doutor, abraço.", "Faleminderit
    shume."), which ERAS must never get. A place or a name ("Hôpital Central de Yaoundé, Cameroun") has no such
    lower-case word; an English sentence has its English words."""
    from erasl.nlp import cmudict_words

    words = _WORD_PATTERN.findall(line)
    if not 0 < len(words) <= 6 or not words[0][0].isupper() or re.search(r"\d", line) or not re.fullmatch(r"[^.!?]*[.!?]*\s*", line.strip()):
        return False
    english = cmudict_words()
    foreign = [word for word in words if word.lower() not in english]
    return 2 * len(foreign) > len(words) and any(word.islower() for word in foreign)


def wrapper_spans(text: str, kind: str) -> list[WrapperSpan]:
    """The wrapper spans of an entry's text (none for a kind not pasted from a message)."""
    if kind not in WRAPPED_KINDS or not text.strip():
        return []
    return WrapperReader().spans(text)


def sign_offs_joined(text: str, spans) -> list[WrapperSpan]:
    """The spans with a closing and the signature lines under it as one ("Best regards,\nKwabena"): what a
    reader deletes in one go."""
    joined: list[WrapperSpan] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is not None and last.kind in ("closing", "signature") and span.kind in ("closing", "signature") \
                and not text[last.end:span.start].strip():
            joined[-1] = WrapperSpan(last.start, span.end, "closing")
        else:
            joined.append(span)
    return joined


def without_wrapper(text: str, spans) -> str:
    """The text with its wrapper spans blanked (newlines kept): same length, so offsets are shared."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for index in range(span.start, span.end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)
