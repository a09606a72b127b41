"""The finished skeleton says every correction erasl already knows (issue 12, skel19 class 1).

An applicant who hands in the skeleton must not hand in text erasl itself flags. So once the skeleton is
built, it is linted as the same entry (the draft's front matter kept) and every correction the linter
carries is applied to the skeleton's own words:

- the rules' safe fixes, chosen exactly as `erasl check --fix` chooses them (erasl/fixes.py `safe_edits`);
- the entry profile's wording fixes, which G101 names ("was consisting" -> "consisted", "obligatory" ->
  "mandatory"), with the same guards the skeleton uses on a kept sentence (erasl/skeleton_wording.py), and
  the one US form a rule's `corrections` give ("listen the patient" -> "listen to the patient");
- one person in a sentence: a résumé fragment led by its verb says no "I" in a clause joined to it ("Collected
  data ... and I did the statistics" -> "and did");
- the entry's tense on the applicant's own verbs that T101 flags ("do the ward procedures" in a finished
  entry -> "did"), and on a verb joined by "and" to one of another tense under the same subject ("I
  interview ..., performed ... and present" in an ongoing entry -> "perform").

Each change is listed under "changed:"; what erasl flags but cannot mend stays, and the "kept as written"
notes (read afterwards from the skeleton) name it.
"""

from __future__ import annotations

import re

from erasl.grammar import plural_after_an_opening_verb
from erasl.diagnostics import Severity
from erasl.rewrite import front_matter_block

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]")
_PRESENT_TAGS = ("VBP", "VBZ")
_PASSES = 2  # a fix can reveal another (a tense mended after a wording fix); two rounds settle every draft seen


def _lint_skeleton(rewriter, text: str, kind: str, metadata: dict | None):
    """The skeleton linted as its entry: (entry, its parse, its diagnostics, offset of the skeleton in the file)."""
    import erasl
    from erasl.document import SourceFile

    linter = erasl._linter(rewriter.settings)
    front = front_matter_block(metadata)
    document = linter.parse(SourceFile("skeleton.md", front + text), kind)
    if len(document.entries) != 1:
        return None  # a skeleton that reads as several entries is not one entry's text: nothing is mended
    parses: dict = {}
    found = linter.lint_documents([document], parses=parses, across_entries=False)
    entry = document.entries[0]
    return entry, parses.get((entry.path, entry.index)), found, len(front)


def _subject_mine(verb) -> bool:
    """The applicant's own verb: its subject is "I"/"we", or it has none (a résumé fragment, a verb joined by
    "and" to one that is mine)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is not None:
            return subject.lower_ in ("i", "we")
        if verb.dep_ != "conj" or verb.head is verb:
            return verb.dep_ == "ROOT"
        verb = verb.head


def _in_tense(token, tense: str) -> str | None:
    """The token's verb said in `tense` (past: "do" -> "did"; present: "performed" -> "perform"), with its
    capital; None when lemminflect does not know it."""
    from lemminflect import getAllLemmas

    from erasl.skeleton import _lemma, _like, inflect

    if not getAllLemmas(token.lower_, upos="VERB"):
        return None  # "endoscopy" read as a verb: no verb in the dictionary, never "endoscopied"
    lemma = _lemma(token.text) or token.lemma_.lower()
    if not lemma or lemma in ("be", "have") or not token.is_alpha:
        return None
    said = inflect(lemma, "past") if tense == "past" else lemma
    return _like(said, token.text) if said.lower() != token.lower_ else None


def _finite(token) -> bool:
    """A verb that carries tense itself (no auxiliary, not an infinitive or a participle after "have")."""
    return token.pos_ == "VERB" and token.tag_ in ("VBD", *_PRESENT_TAGS, "VB") and not any(
        c.dep_ in ("aux", "auxpass") for c in token.children) and not (
        token.tag_ == "VB" and token.dep_ != "conj" and token.i > 0 and token.doc[token.i - 1].lower_ == "to")


def _opens_its_clause(token) -> bool:
    """A verb that leads its clause: its sentence's first word, after a joiner, or with "I"/"we" as subject."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.is_sent_start or before is None or before.is_punct and before.text != "-" \
        or _after_a_joiner(token) or any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.children)


def _after_a_joiner(token) -> bool:
    """A verb that opens its own item of a list: right after "and", "or" or a comma ("..., performed", "and
    present"); "Answered phone calls" has no verb "calls", whatever the parser says."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in (",", "and", "or", "&", ";")


def _wrong_tense(token, tense: str) -> bool:
    if tense == "past":
        return token.tag_ in (*_PRESENT_TAGS, "VB")
    return token.tag_ == "VBD"


def _tense_edits(doc, diagnostics, tense: str | None, ignore: set[str]):
    """(start, end, words) in entry-text offsets: T101's flagged verbs, and a verb joined by "and" to one of the
    other tense under the same subject, said in the entry's tense."""
    if doc is None or tense is None:
        return []
    flagged = set()
    for d in diagnostics:
        if d.code == "T101" and d.end - d.start < 40:  # a verb, not a whole sentence ("only in the past")
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            flagged.update(t.i for t in span or [] if t.pos_ in ("VERB", "AUX"))
    edits = []
    for token in doc:
        if plural_after_an_opening_verb(token):  # "Perform sutures, ...": the opening word is the verb, not "sutures"
            opener = next(c for c in token.children if c.dep_ == "nsubj").left_edge
            said = _in_tense(opener, tense) if opener.lemma_.lower() not in ignore else None
            if said:
                edits.append((opener.idx, opener.idx + len(opener.text), said))
            continue
        if not _finite(token) or token.lemma_.lower() in ignore or not _subject_mine(token):
            continue
        if not _wrong_tense(token, tense):
            continue
        joined = token.dep_ == "conj" and _finite(token.head) and not _wrong_tense(token.head, tense) \
            and _after_a_joiner(token) \
            or any(c.dep_ == "conj" and _finite(c) and not _wrong_tense(c, tense) and _after_a_joiner(c)
                   for c in token.children)
        if token.i not in flagged and not joined:
            continue
        if not (joined or _opens_its_clause(token)):
            continue  # "Answered phone calls": T101 read a noun as a verb; the skeleton never makes "phone called"
        if token.tag_ == "VB" and not (token.i in flagged or token.dep_ == "conj"):
            continue  # an imperative or a bare form the parse is unsure of
        said = _in_tense(token, tense)
        if said:
            edits.append((token.idx, token.idx + len(token.text), said))
    return edits


def _person_edits(nlp, doc):
    """(start, end, "") in entry-text offsets: the "I" of a clause joined by "and" to a résumé fragment led by its
    verb ("Collected data of 318 patients and I did the statistics" -> "and did"): one person per sentence. The
    fragment is read as "I" + its words, as the skeleton reads every fragment (the tagger misreads a bare verb)."""
    from erasl.skeleton import _past_form

    edits = []
    for sentence in doc.sents:
        first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
        if first is None or not first.text[:1].isupper() or first.text in ("I", "We") or not first.is_alpha:
            continue
        if not (_past_form(first.text) or first.pos_ == "VERB"):
            continue
        text = sentence.text[first.idx - sentence.start_char:]
        read = nlp("I " + text[0].lower() + text[1:])
        root = read[1]
        if root.dep_ != "ROOT" or root.pos_ != "VERB":
            continue
        at = first.idx - 2  # the reading's offsets, in the entry's text
        for verb in root.subtree:
            if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.i != root.i:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.text == "I" and subject.i + 1 == verb.i:
                edits.append((at + subject.idx, at + verb.idx, ""))
    return edits


def _wording_edits(entry, doc, tense: str | None):
    """(start, end, words) in entry-text offsets: the profile's wording fixes that the skeleton may say."""
    from erasl.skeleton_wording import changes_a_name

    edits = []
    for fix in getattr(entry.profile, "wording_fixes", None) or ():
        if entry.text[fix.start:fix.end] != fix.text or changes_a_name(doc, fix.start, fix.end, fix.correction):
            continue
        if tense == "past" and fix.family == "tense" and re.match(r"(?i)ha(?:ve|s)\b", fix.correction):
            continue  # a finished entry says "Worked", never "Have worked"
        changes = [tuple(change) for change in fix.changes] or [(fix.start, fix.end, fix.correction)]
        edits.append(([(s, e, words) for s, e, words in changes], (fix.text, fix.correction)))
    return edits


def _rule_corrections(rewriter, doc, text: str, diagnostics):
    """(start, end, words) in entry-text offsets: the one US form a rule's `corrections` give the words it flags
    (G101: "listen the patient" -> "listen to the patient"; F105: "spearheaded" -> "led"), the same reading the
    skeleton's builder uses."""
    from erasl.checks.phrases import rule_correction

    edits = []
    for d in diagnostics:
        rule = rewriter.rules.get(d.code)
        if rule is None or not rule.options.get("corrections"):
            continue  # a note's one plain form is said too (F105: "spearheaded" -> "led")
        span = doc.char_span(d.start, d.end, alignment_mode="expand") if doc is not None else None
        end = span.sent.end_char if span is not None else d.end
        found = rule_correction(rule, text, d.start, end)
        if found is not None:
            edits.append((d.start, found[0], found[1]))
    return edits


def known_edits(rewriter, text: str, kind: str, metadata: dict | None, tense: str | None):
    """Every correction erasl knows for the skeleton `text`: a list of (group, label), a group (all of it or none)
    a list of (start, end, words) in `text`'s offsets, the label (draft words, US words) for "changed:" or None."""
    from erasl.fixes import safe_edits

    linted = _lint_skeleton(rewriter, text, kind, metadata)
    if linted is None:
        return []
    entry, doc, found, offset = linted
    groups = [([(d.fix_source_start - offset, d.fix_source_end - offset, d.fix.replacement)], None)
              for d in safe_edits(found)]
    rule = rewriter.rules.get("T101")
    ignore = set(rule.options.get("ignore", [])) if rule is not None else set()
    in_entry = _wording_edits(entry, doc, tense) + [
        ([edit], None) for edit in _rule_corrections(rewriter, doc, entry.text, found)] + [
        ([edit], None) for edit in _tense_edits(doc, [d for d in found if d.severity >= Severity.WARNING], tense,
                                                ignore)] + [
        ([edit], None) for edit in (_person_edits(rewriter.nlp, doc) if doc is not None else [])]
    for group, label in in_entry:
        mapped = []
        for start, end, words in group:
            source_start, source_end = entry.to_source(start), entry.to_source(end)
            if source_end - source_start != end - start:
                break  # the words are not one unbroken run of the skeleton
            mapped.append((source_start - offset, source_end - offset, words))
        else:
            groups.append((mapped, label))
    return groups


def _inside_one_placeholder_or_none(text: str, start: int, end: int) -> bool:
    """An edit may change words inside a placeholder or outside any, never across a bracket."""
    return "[" not in text[start:end] and "]" not in text[start:end]


def apply_known_fixes(rewriter, suggestion, metadata: dict | None, tense: str | None) -> None:
    """Say every correction erasl knows in the finished skeleton, and list each under `changed`."""
    text = suggestion.text
    if not text:
        return
    from erasl.rewrite import fill_placeholders

    original, changed = text, list(suggestion.changed)
    for _ in range(_PASSES):
        chosen: list[list[tuple[int, int, str]]] = []
        labels = []
        for group, label in known_edits(rewriter, text, suggestion.kind, metadata, tense):
            group = [(s, e, words) for s, e, words in group if text[s:e] != words]
            if not group or any(not (0 <= s <= e <= len(text)) or not _inside_one_placeholder_or_none(text, s, e)
                                for s, e, _ in group):
                continue
            if any(s < e_ and s_ < e or s == s_ for s, e, _ in group for other in chosen for s_, e_, _w in other):
                continue  # words another correction already claimed: all of this one or none of it
            chosen.append(group)
            labels.append(label)
        if not chosen:
            break
        for group, label in zip(chosen, labels):
            _record(suggestion, text, group, label)
        for start, end, words in sorted((edit for group in chosen for edit in group), reverse=True):
            text = text[:start] + words + text[end:]
        text = re.sub(r"  +", " ", text)
    limit = suggestion.limit
    if limit and len(fill_placeholders(text)) > limit >= len(fill_placeholders(original)):
        suggestion.changed = changed  # a longer US form that would push a fitting skeleton over the box: as built
        return
    suggestion.text = text


def _record(suggestion, text: str, group: list[tuple[int, int, str]], label=None) -> None:
    """One correction under "changed:": a wording fix as G101 names it ("was consisting" -> "consisted"), any
    other quoted as whole words ("do" -> "did")."""
    if label is not None:
        change = {"from": " ".join(label[0].split()), "to": " ".join(label[1].split())}
        if change["from"] != change["to"] and change not in suggestion.changed:
            suggestion.changed.append(change)
        return
    start, end = min(s for s, _, _ in group), max(e for _, e, _ in group)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    said = text[start:end]
    for s, e, words in sorted(group, reverse=True):
        said = said[:s - start] + words + said[e - start:]
    change = {"from": " ".join(text[start:end].split()), "to": " ".join(said.split())}
    if change["from"] and change["from"] != change["to"] and change not in suggestion.changed:
        suggestion.changed.append(change)
