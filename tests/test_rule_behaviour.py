"""Rules declare their own downstream behaviour; the engine's stages are one-way and shared.

A rule's table says how erasl treats its findings (placement, rewrite, export, report,
statement advice); these tests add rules in a temporary rules folder and show the
rest of the program follows the table with no code change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main
from erasl.config import Settings
from erasl.document import SourceFile
from erasl.engine import Linter, Report
from erasl.export import export_rules, paste_texts
from erasl.registry import RuleFileError, load_rules, rules_dir

# A data-only rule: a text pattern, nothing in erasl/ knows its code.
NOTE_TO_SELF = '''
[L302]
name = "note-to-self"
check = "text-patterns"
severity = "warning"
summary = "A note to yourself left in the draft"
message = "A note to yourself: \\"{match}\\". Act on it and delete it before you submit."
why = "Notes written while drafting are easy to miss in a long application and read as unfinished."
example = "Followed 4 patients daily (note to self: add the hospital)."
better = "Followed 4 patients daily at Mercy Hospital."
patterns = [{ name = "note to self", regex = "(?i)\\\\bnote to self\\\\b" }]
export = "block"
report = "application"
advice = "Act on the note \\"{match}\\", then delete it."

[L302.tests]
flag = ["Followed 4 patients daily ({{note to self}}: add the hospital)."]
pass = ["Followed 4 patients daily at Mercy Hospital."]
'''

EXPERIENCE = """---
kind: experience
type: observership
---
Followed 4 patients daily on a 4-week inpatient medicine observership (note to self: add the hospital).
"""

STATEMENT = """---
kind: personal-statement
---
My grandmother's cough was the first thing I diagnosed, at nine, and wrongly (note to self: trim).

On my first night float I learned to ask one question of every patient.
"""


def rules_folder_with(tmp_path: Path, name: str, text: str) -> Path:
    """A copy of the shipped rules plus one more rule file."""
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def broken(tmp_path: Path, table: str) -> str:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    (folder / "zz-new.toml").write_text(table, encoding="utf-8")
    with pytest.raises(RuleFileError) as error:
        load_rules(folder)
    return str(error.value)


# --- the keys and their defaults ---------------------------------------------------------

def test_defaults_come_from_the_check_kind_and_tables_override_them():
    rules = load_rules().rules
    assert (rules["N101"].placement, rules["N101"].rewrite, rules["N101"].report) == ("entry", "none", "entry")
    assert (rules["F101"].placement, rules["F101"].rewrite) == ("span", "leave-out")
    assert rules["A101"].report == "application" and rules["S201"].report == "entry"
    assert (rules["F102"].rewrite, rules["F102"].repair) == ("repair", "number")
    assert (rules["L201"].export, rules["L203"].export, rules["L301"].export) == ("fix", "fix", "block")
    assert rules["L101"].placement == "span"  # points at the overflow, said in its table
    assert export_rules(load_rules()) == ["L201", "L203", "L301"]


@pytest.mark.parametrize("line, expected", [
    ('placement = "paragraph"', "key 'placement': unknown value 'paragraph' (use span or entry)"),
    ('rewrite = "drop"', "key 'rewrite': unknown value 'drop' (use repair or leave-out or keep or none)"),
    ('repair = "guess"', "key 'repair': unknown value 'guess' (use fix or number or active)"),
])
def test_an_unknown_behaviour_value_names_file_and_key(tmp_path, line, expected):
    message = broken(tmp_path, NOTE_TO_SELF.replace('export = "block"\n', f'export = "block"\n{line}\n'))
    assert message == f"zz-new.toml: [L302]: {expected}"


@pytest.mark.parametrize("old, new, expected", [
    ('export = "block"', 'export = "yes"', "key 'export': unknown value 'yes' (use fix or block or none)"),
    ('report = "application"', 'report = "card"', "key 'report': unknown value 'card' (use entry or application)"),
    ('export = "block"', 'repair = "fix"', "key 'repair': only for rewrite = \"repair\""),
])
def test_behaviour_keys_that_do_not_fit_name_file_and_key(tmp_path, old, new, expected):
    assert broken(tmp_path, NOTE_TO_SELF.replace(old, new)) == f"zz-new.toml: [L302]: {expected}"


def test_a_span_rule_that_can_fire_on_a_statement_must_say_its_advice(tmp_path):
    without = "\n".join(line for line in NOTE_TO_SELF.splitlines() if not line.startswith("advice"))
    message = broken(tmp_path, without)
    assert message.startswith("zz-new.toml: [L302]: missing key 'advice'") and '"" for none' in message


def test_a_number_repair_needs_its_pattern_and_an_unknown_check_is_named(tmp_path):
    table = NOTE_TO_SELF.replace('export = "block"', 'rewrite = "repair"\nrepair = "number"')
    assert broken(tmp_path, table).startswith("zz-new.toml: [L302]: missing key 'repair-pattern'")
    shutil.rmtree(tmp_path / "rules")
    table = NOTE_TO_SELF.replace('check = "text-patterns"', 'check = "text-pattern"')
    assert broken(tmp_path, table).startswith("zz-new.toml: [L302]: key 'check': unknown check 'text-pattern'")


def test_erasl_rule_and_rules_json_show_the_effective_values():
    runner = CliRunner()
    text = runner.invoke(main, ["rule", "N101"]).output
    assert "placement = entry: about the entry as a whole" in text
    assert "rewrite = none" in text and "export = none" in text and "report = entry" in text
    import json

    payload = {r["code"]: r for r in json.loads(runner.invoke(main, ["rules", "--format", "json"]).output)}
    assert payload["L301"]["export"] == "block" and payload["L301"]["repair"] == "number"
    assert payload["A401"]["report"] == "application" and payload["A401"]["placement"] == "entry"


def test_readme_check_kinds_table_is_generated_from_the_registry():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table = CliRunner().invoke(main, ["rules", "--format", "check-kinds"]).output
    assert table in readme, "README check-kinds table is stale: paste `erasl rules --format check-kinds`"


# --- a data-only rule gets every downstream behaviour ----------------------------------------

@pytest.fixture(scope="module")
def note_rules(tmp_path_factory):
    return load_rules(rules_folder_with(tmp_path_factory.mktemp("data-only"), "zz-note.toml", NOTE_TO_SELF))


def test_a_data_only_rule_is_exported_reported_and_rewritten_from_its_table(note_rules):
    from erasl.report import build_report
    from erasl.rewrite import suggestions_for

    linter = Linter(Settings(), note_rules)
    experience = linter.parse(SourceFile("im.md", EXPERIENCE))
    statement = linter.parse(SourceFile("ps.md", STATEMENT))
    report = Report(documents=[experience, statement])
    report.diagnostics = linter.lint_documents(report.documents, parses=report.parses)
    flagged = [(d.path, d.code) for d in report.diagnostics if d.code == "L302"]
    assert flagged == [("im.md", "L302"), ("ps.md", "L302")]

    # export: `export = "block"` keeps the entry from being pasted
    export_settings = Settings().with_overrides(select=export_rules(note_rules))
    assert "L302" in export_rules(note_rules)
    exported = Linter(export_settings, note_rules)
    texts = paste_texts([experience], exported.lint_documents([experience]), export_settings, note_rules)
    assert [d.code for d in texts[0].placeholders] == ["L302"] and not texts[0].ready

    # rewrite: its words are left out with the reason (the default of its check kind),
    # and a statement paragraph gets the rule's own advice
    suggestions = {s.path: s for s in suggestions_for(report, linter)}
    assert any(item["reason"].startswith("L302: A note to yourself") for item in suggestions["im.md"].left_out)
    assert "note to self" not in suggestions["im.md"].text.lower()
    advice = [line for paragraph in suggestions["ps.md"].advice for line in paragraph["advice"]]
    assert 'Act on the note "note to self", then delete it.' in advice

    # report: `report = "application"` lists it among the findings across entries
    application_report = build_report(report, linter, ["im.md", "ps.md"], suggestions=False)
    assert sorted(d.path for d in application_report.cross_entry if d.code == "L302") == ["im.md", "ps.md"]


# --- the staged engine ----------------------------------------------------------------------

BARE = "---\nkind: experience\n---\nObserved the attending on rounds and helped the team.\n"


def test_entry_wide_findings_of_one_entry_never_share_a_start():
    linter = Linter(Settings(select=["N101", "D101", "S101", "V101", "L102"]))
    found = linter.lint_documents([linter.parse(SourceFile("bare.md", BARE))])
    assert sorted(d.code for d in found) == ["D101", "L102", "N101", "S101", "V101"]
    starts = [(d.line, d.column) for d in found]
    assert len(set(starts)) == len(starts)
    # in code order, on successive words of the first sentence, each to the sentence's end
    by_code = sorted(found, key=lambda d: d.code)
    words = ["Observed", "the", "attending", "on", "rounds"]
    assert [BARE.splitlines()[3][d.column - 1:].split()[0] for d in by_code] == words
    assert {d.end_column for d in by_code} == {len("Observed the attending on rounds and helped the team.") + 1}


def test_a_single_entry_wide_finding_keeps_the_first_sentence():
    linter = Linter(Settings(select=["N101"]))
    [finding] = linter.lint_documents([linter.parse(SourceFile("bare.md", BARE))])
    assert (finding.line, finding.column, finding.start) == (4, 1, 0)


def test_stages_never_change_what_a_check_returned(monkeypatch):
    linter = Linter(Settings(select=["F101", "N101", "D101"]))
    returned = []
    for check in linter.checks:
        original = check.run

        def keep(entry, doc, original=original):
            found = list(original(entry, doc))
            returned.extend(found)
            return found

        monkeypatch.setattr(check, "run", keep)
    text = "---\nkind: experience\n---\nGained valuable experience on rounds.\n"
    placed = linter.lint_documents([linter.parse(SourceFile("a.md", text))])
    assert {d.code for d in returned} == {"F101", "N101", "D101"}
    assert all(d.path == "<text>" and d.line == 0 for d in returned)  # as the checks made them
    assert all(d.path == "a.md" and d.line == 4 for d in placed)


def test_cached_and_fresh_runs_finish_alike(tmp_path):
    from erasl.cache import ResultCache

    draft = tmp_path / "bare.md"
    draft.write_text(BARE + "\n<!-- erasl-disable-next-line V102 -->\nObserved clinic.\n", encoding="utf-8")
    settings = Settings()
    fresh = Linter(settings).lint_paths([str(draft)]).diagnostics
    cache = ResultCache(tmp_path / "cache", "fingerprint")
    first = Linter(settings, cache=cache).lint_paths([str(draft)]).diagnostics
    second = Linter(settings, cache=cache).lint_paths([str(draft)]).diagnostics
    assert first == fresh and second == fresh
    assert "V102" in {d.code for d in fresh}
