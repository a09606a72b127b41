"""Character-level checks: glyphs ERAS mangles, invisible characters, leftover placeholders.

These are about characters, not language, so regular expressions from the
rule data are the right tool; a pattern with a `replacement` carries a fix.
"""

from __future__ import annotations

import re

from erasl.checks import Check, check_kind
from erasl.diagnostics import Fix
from erasl.registry import RuleFileError

_PATTERN_KEYS = {"regex", "name", "replacement", "ignore-case", "safe", "message"}


@check_kind("text-patterns")
class TextPatternCheck(Check):
    """Each `[[CODE.patterns]]` has a regex, a name for the message, and maybe a replacement."""

    rewrite = "leave-out"

    OPTIONS = {"patterns": (list, [])}
    needs_parse = False

    def compile(self, nlp) -> None:
        self.patterns = []
        where = f"{self.rule.file}: [{self.rule.code}]"
        if not self.options["patterns"]:
            raise RuleFileError(f"{where}: needs at least one entry in 'patterns'")
        for index, spec in enumerate(self.options["patterns"]):
            if not isinstance(spec, dict) or "regex" not in spec or "name" not in spec:
                raise RuleFileError(f"{where}: patterns[{index}] needs 'regex' and 'name'")
            unknown = set(spec) - _PATTERN_KEYS
            if unknown:
                raise RuleFileError(f"{where}: patterns[{index}]: unknown key '{sorted(unknown)[0]}'")
            try:
                flags = re.MULTILINE | (re.IGNORECASE if spec.get("ignore-case") else 0)
                compiled = re.compile(spec["regex"], flags)
            except re.error as error:
                raise RuleFileError(f"{where}: patterns[{index}] ({spec['name']}): bad regex: {error}") from None
            self.patterns.append((compiled, spec))

    def run(self, entry, doc):
        found = []
        for compiled, spec in self.patterns:
            for match in compiled.finditer(entry.prose):
                if match.end() == match.start() or not match.group(0).strip(" "):
                    continue
                fix = None
                if "replacement" in spec:
                    fix = Fix(match.start(), match.end(), match.expand(spec["replacement"]), spec.get("safe", True))
                found.append((match.start(), match.end(), spec, fix, match.group(0)))
        # Kept matches do not overlap and come in order, so the last one's end is all a new one
        # must clear (comparing with every kept match was quadratic on 100k placeholders).
        last_end = -1
        for start, end, spec, fix, text in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
            if start < last_end:
                continue
            last_end = end
            fields = {"what": spec["name"], "match": text, "replacement": fix.replacement if fix else ""}
            found_here = self.diagnostic(start, end, fix=fix, **fields)
            if "message" in spec:  # a pattern that needs its own words ("shown as typed", not "garbled")
                found_here.message = spec["message"].format(**fields)
            yield found_here
