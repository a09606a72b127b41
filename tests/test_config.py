"""Settings: discovered config files, command-line overrides, and what each setting changes in a run."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

import erasl
from erasl.cli import main
from erasl.config import ConfigError, Settings, load_settings, settings_from_table
from erasl.registry import RuleFileError, is_selected, load_rules, rules_dir

RULES = load_rules()
FILLER = "I gained valuable experience in the clinic.\n"


def settings_for(table: dict) -> Settings:
    """Settings from a config table, validated against the real rules."""
    return settings_from_table(table, "erasl.toml", ruleset=RULES)


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def check(*args: str):
    """`erasl check` with whatever config the working directory finds (no --isolated)."""
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


# --- discovery -------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content"), [
    ("erasl.toml", 'ignore = ["F101"]\n'),
    (".erasl.toml", 'ignore = ["F101"]\n'),
    ("pyproject.toml", '[project]\nname = "drafts"\n\n[tool.erasl]\nignore = ["F101"]\n'),
])
def test_config_is_found_walking_up_from_the_working_directory(tmp_path, monkeypatch, name, content):
    (tmp_path / name).write_text(content)
    deep = tmp_path / "drafts" / "2026"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    settings = load_settings(ruleset=RULES)
    assert settings.source == str(tmp_path / name)
    assert settings.ignore == ["F101"]
    assert settings.root == tmp_path


def test_discovered_config_changes_a_cli_run(tmp_path, monkeypatch):
    (tmp_path / "erasl.toml").write_text('select = ["F101", "P101"]\nignore = ["F101"]\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(FILLER + "Patients were seen daily.\n")
    monkeypatch.chdir(tmp_path / "sub")
    result = check("a.md")
    assert result.exit_code == 1
    assert [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["P101"]
    isolated = CliRunner().invoke(main, ["check", "--isolated", "--format", "json", "--select", "F101", "a.md"])
    assert [d["code"] for d in json.loads(isolated.stdout)["diagnostics"]] == ["F101"]


def test_nearest_config_wins_and_pyproject_without_erasl_is_passed_over(tmp_path, monkeypatch):
    (tmp_path / "erasl.toml").write_text('ignore = ["P"]\n')
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text('[project]\nname = "drafts"\n')
    monkeypatch.chdir(project)
    assert load_settings(ruleset=RULES).source == str(tmp_path / "erasl.toml")
    (project / ".erasl.toml").write_text('ignore = ["F"]\n')
    assert load_settings(ruleset=RULES).ignore == ["F"]
    (project / "erasl.toml").write_text('ignore = ["L"]\n')
    assert load_settings(ruleset=RULES).ignore == ["L"]  # erasl.toml before .erasl.toml


def test_no_config_anywhere_gives_the_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings(ruleset=RULES)
    assert settings == Settings()


def test_isolated_ignores_a_config_file(tmp_path, monkeypatch):
    (tmp_path / "erasl.toml").write_text("this is not toml\n")
    monkeypatch.chdir(tmp_path)
    assert load_settings(isolated=True) == Settings()
    with pytest.raises(ConfigError, match="erasl.toml: not valid TOML"):
        load_settings()


# --- errors --------------------------------------------------------------------

def test_unknown_key_is_an_error_naming_key_and_file(tmp_path, monkeypatch):
    (tmp_path / "erasl.toml").write_text('selct = ["F"]\n')
    (tmp_path / "a.md").write_text(FILLER)
    monkeypatch.chdir(tmp_path)
    result = check("a.md")
    assert result.exit_code == 2
    assert result.stderr == f"erasl: error: {tmp_path / 'erasl.toml'}: unknown key 'selct'\n"
    assert result.stdout == ""


def test_unknown_key_in_pyproject_names_the_pyproject(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.erasl]\nfail_on = "error"\n')
    monkeypatch.chdir(tmp_path)
    result = check(".")
    assert result.exit_code == 2
    assert result.stderr == f"erasl: error: {tmp_path / 'pyproject.toml'}: unknown key 'fail_on'\n"


@pytest.mark.parametrize(("table", "message"), [
    ({"select": "F"}, "key 'select' must be a list"),
    ({"fail-on": "sometimes"}, "key 'fail-on': unknown severity 'sometimes'"),
    ({"limits": {"experiance": 500}}, "key 'limits.experiance': unknown kind"),
    ({"limits": {"experience": "500"}}, "key 'limits.experience' must be a int"),
    ({"limits": {"experience": -1}}, "key 'limits.experience' must be 0 (none) or a number of characters"),
    ({"kinds": {"ps/*.md": "statement"}}, "key 'kinds.ps/*.md': unknown kind 'statement'"),
    ({"rules": {"R999": {"max-words": 3}}}, "key 'rules.R999': no such rule"),
    ({"per-file-ignores": {"*.md": "F101"}}, "key 'per-file-ignores.*.md' must be a list"),
    ({"max-file-bytes": 0}, "key 'max-file-bytes' must be a positive number of bytes"),
])
def test_bad_values_are_errors_naming_the_key(table, message):
    with pytest.raises(ConfigError) as error:
        settings_for(table)
    assert str(error.value).startswith("erasl.toml: ")
    assert message in str(error.value)


def test_unknown_rule_option_is_an_error_naming_config_and_key():
    with pytest.raises(RuleFileError, match=r"erasl.toml: \[rules.R101\]: unknown option 'max-wrds'"):
        erasl.lint_text("Followed 4 patients.", settings=settings_for({"rules": {"R101": {"max-wrds": 3}}}))


def test_rule_option_of_the_wrong_type_is_an_error_naming_the_key():
    with pytest.raises((ConfigError, RuleFileError), match="max-words"):
        erasl.lint_text("Followed 4 patients.", settings=settings_for({"rules": {"R101": {"max-words": "ten"}}}))


# --- the command line wins -------------------------------------------------------------

def test_command_line_wins_over_config(tmp_path, monkeypatch):
    (tmp_path / "erasl.toml").write_text('select = ["F101"]\nfail-on = "error"\n')
    (tmp_path / "a.md").write_text(FILLER + "Patients were seen daily.\n")
    monkeypatch.chdir(tmp_path)
    from_config = check("a.md")
    assert from_config.exit_code == 0  # only warnings, and the config fails on errors
    assert [d["code"] for d in json.loads(from_config.stdout)["diagnostics"]] == ["F101"]
    overridden = check("--select", "P101", "--fail-on", "warning", "a.md")
    assert overridden.exit_code == 1
    assert [d["code"] for d in json.loads(overridden.stdout)["diagnostics"]] == ["P101"]


def test_kind_option_wins_over_config_kinds(tmp_path, monkeypatch):
    (tmp_path / "erasl.toml").write_text('kinds = {"*.md" = "meaningful"}\n')
    (tmp_path / "a.md").write_text(FILLER)
    monkeypatch.chdir(tmp_path)
    result = check("--select", "F101", "--kind", "personal-statement", "a.md")
    assert [d["kind"] for d in json.loads(result.stdout)["diagnostics"]] == ["personal-statement"]


# --- selecting rules ---------------------------------------------------------------------

@pytest.mark.parametrize(("code", "select", "ignore", "expected"), [
    ("F101", ["ALL"], [], True),
    ("F101", ["all"], [], True),
    ("P101", ["F"], [], False),
    ("F101", ["ALL"], ["F"], False),
    ("F201", ["ALL"], ["F1"], True),
    ("F101", ["ALL"], ["F1"], False),
    ("F101", ["F101"], ["F"], True),     # the longer select beats the shorter ignore
    ("F102", ["F101"], ["F"], False),
    ("F101", ["F"], ["F101"], False),    # the longer ignore beats the shorter select
    ("F101", ["F1"], ["F1"], False),     # on a tie, ignore wins
    ("F101", ["f"], [], True),
    ("F101", [], [], False),
])
def test_is_selected_longest_prefix_wins(code, select, ignore, expected):
    assert is_selected(code, select, ignore) is expected


SELECT_TEXT = "I gained valuable experience. I am a hard-working student. Patients were seen daily."


def test_select_ignore_and_extend_select_end_to_end():
    runs = [
        Settings(select=["F"]),
        Settings(select=["F"], ignore=["F1"]),
        Settings(select=["F"], ignore=["F1"], extend_select=["F101"]),
        Settings(select=["F201"], extend_select=["P"]),
        settings_for({"select": ["f", "p101"], "ignore": ["F2"]}),
    ]
    found = [erasl.lint_text(SELECT_TEXT, settings=settings) for settings in runs]
    assert [codes(diagnostics) for diagnostics in found] == [
        ["F101", "F201"],
        ["F201"],
        ["F101", "F201"],
        ["F201", "P101"],
        ["F101", "P101"],
    ]


def test_per_file_ignores_match_paths():
    settings = settings_for({"select": ["F101", "P101"], "per-file-ignores": {"research/*.md": ["F", "p101"]}})
    text = "I gained valuable experience. Samples were analyzed."
    research, clinical = erasl.lint_texts([text, text], settings=settings, paths=["research/lab.md", "clinical/im.md"])
    assert codes(research) == []
    assert codes(clinical) == ["F101", "P101"]


def test_per_file_ignores_are_relative_to_the_config_folder(tmp_path, monkeypatch):
    (tmp_path / "erasl.toml").write_text('select = ["F101"]\nper-file-ignores = {"research/*.md" = ["ALL"]}\n')
    for folder in ("research", "clinical"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(FILLER)
    monkeypatch.chdir(tmp_path / "research")
    assert check("a.md").exit_code == 0
    result = check("a.md", "../clinical/a.md")
    assert [d["path"] for d in json.loads(result.stdout)["diagnostics"]] == ["../clinical/a.md"]


# --- what settings change ----------------------------------------------------------------------

def test_fail_on_error_makes_warnings_exit_0(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(FILLER)
    monkeypatch.chdir(tmp_path)
    assert check("a.md").exit_code == 1
    (tmp_path / "erasl.toml").write_text('fail-on = "error"\n')
    result = check("a.md")
    assert result.exit_code == 0
    assert "F101" in [d["code"] for d in json.loads(result.stdout)["diagnostics"]]
    (tmp_path / "b.md").write_text("Followed XX patients daily.\n")  # L301 is an error
    assert check("a.md", "b.md").exit_code == 1


def test_limits_change_the_length_check():
    body = ("Followed 4 patients daily and wrote notes. " * 15)[:600]
    default, lowered, removed = (
        erasl.lint_text(body, settings=settings, path="a.md")
        for settings in (settings_for({"select": ["L101"]}),
                         settings_for({"select": ["L101"], "limits": {"experience": 500}}),
                         settings_for({"select": ["L101"], "limits": {"experience": 0}}))
    )
    assert default == [] and removed == []
    [over] = lowered
    assert over.message.startswith("600 characters: 100 over the 500-character limit")
    assert over.column == 501


def test_kinds_glob_sets_the_kind_from_the_path():
    settings = settings_for({"select": ["F101"], "kinds": {"ps/*.md": "personal-statement"}})
    in_ps, elsewhere = erasl.lint_texts([FILLER, FILLER], settings=settings, paths=["ps/mine.md", "exp/mine.md"])
    assert [d.kind for d in in_ps] == ["personal-statement"]
    assert [d.kind for d in elsewhere] == ["experience"]


def test_file_name_implies_kind_when_config_says_nothing():
    [found] = erasl.lint_text(FILLER, settings=Settings(select=["F101"]), path="drafts/personal_statement_v2.md")
    assert found.kind == "personal-statement"


def test_extend_filler_adds_a_phrase_to_f101():
    text = "This was my custom filler sentence."
    plain, extended = (
        erasl.lint_text(text, settings=settings)
        for settings in (settings_for({"select": ["F101"]}),
                         settings_for({"select": ["F101"], "extend-filler": ["my custom filler"]}))
    )
    assert plain == []
    [found] = extended
    assert (found.code, text[found.source_start:found.source_end]) == ("F101", "my custom filler")


def test_passive_allow_stops_p101_on_a_participle():
    text = "Patients were triaged by the nurse."
    plain, allowed = (
        erasl.lint_text(text, settings=settings)
        for settings in (settings_for({"select": ["P101"]}),
                         settings_for({"select": ["P101"], "passive-allow": ["triage"]}))
    )
    assert codes(plain) == ["P101"]
    assert allowed == []


def test_rule_option_changes_r101():
    text = "I followed four patients daily and presented them on rounds every morning."
    plain, strict = (
        erasl.lint_text(text, settings=settings)
        for settings in (settings_for({"select": ["R101"]}),
                         settings_for({"select": ["R101"], "rules": {"R101": {"max-words": 10}}}))
    )
    assert plain == []
    [found] = strict
    assert found.message == "12 words in one sentence (limit 10). Split it."


# --- broken rule files ---------------------------------------------------------------------------

@pytest.fixture
def rules_copy(tmp_path):
    copy = tmp_path / "rules"
    shutil.copytree(rules_dir(), copy)
    yield copy
    load_rules.cache_clear()


def _break(path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(("file", "old", "new", "message"), [
    ("filler.toml", 'severity = "warning"', 'severity = "urgent"',
     "filler.toml: [F101]: key 'severity': unknown severity 'urgent'"),
    ("filler.toml", 'name = "vague-filler"', 'name = "Vague Filler"',
     "filler.toml: [F101]: name 'Vague Filler' must be kebab-case"),
    ("filler.toml", 'name = "vague-filler"', 'nmae = "vague-filler"',
     "filler.toml: [F101]: missing required key 'name'"),
    ("passive.toml", 'supersedes = ["P101", "F101"]', 'supersedes = ["P101", "F999"]',
     "passive.toml: [P102]: key 'supersedes': unknown code 'F999'"),
    ("readability.toml", 'kinds = ["personal-statement", "impactful"]', 'kinds = ["personal-statment"]',
     "readability.toml: [R102]: key 'kinds': unknown kind 'personal-statment'"),
    ("kinds.toml", "undersell-below = 250", "undersel-below = 250",
     "kinds.toml: [kinds.experience]: unknown key 'undersel-below'"),
    ("kinds.toml", "limit = 750", "limit = -750",
     "kinds.toml: [kinds.experience]: 'limit' must be a whole number"),
    ("metadata.toml", "[E101]", "[E101", "metadata.toml: not valid TOML"),
])
def test_broken_rule_file_names_file_and_key(rules_copy, file, old, new, message):
    _break(rules_copy / file, old, new)
    with pytest.raises(RuleFileError) as error:
        load_rules(rules_copy)
    assert message in str(error.value)


def test_duplicate_rule_code_across_files_is_refused(rules_copy):
    (rules_copy / "zz-extra.toml").write_text((rules_copy / "metadata.toml").read_text().replace(
        'name = "bad-metadata"', 'name = "other-metadata"'))
    with pytest.raises(RuleFileError, match=r"zz-extra.toml: \[E101\]: code already used in metadata.toml"):
        load_rules(rules_copy)
