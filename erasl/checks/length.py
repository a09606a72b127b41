"""Character counts against the ERAS box for the entry's kind (limits in rules/kinds.toml)."""

from __future__ import annotations

from erasl.checks import Check, check_kind, first_sentence_span


@check_kind("length")
class LengthCheck(Check):
    """`over`: past the kind's limit (points at the overflow); `under`: far below it."""

    placement = "entry"

    OPTIONS = {"mode": (str, "over")}
    needs_parse = False

    def compile(self, nlp) -> None:
        if self.options["mode"] not in ("over", "under"):
            from erasl.registry import RuleFileError

            raise RuleFileError(f"{self.rule.file}: [{self.rule.code}]: key 'mode' must be 'over' or 'under'")

    def run(self, entry, doc):
        count = len(entry.content)  # the message pasted around the entry does not go into ERAS
        if self.options["mode"] == "over":
            limit = self.settings.limit_for(entry.kind, self.ruleset)
            if limit and count > limit:
                yield self.diagnostic(min(limit, len(entry.text)), len(entry.text), count=count, limit=limit, over=count - limit, kind=entry.kind)
        else:
            floor = self.settings.undersell_for(entry.kind, self.ruleset)
            limit = self.settings.limit_for(entry.kind, self.ruleset)
            if floor and limit:
                floor = min(floor, limit // 2)  # a lowered limit lowers the floor with it
            if floor and count < floor:
                start, end = first_sentence_span(entry, None)
                yield self.diagnostic(start, end, count=count, floor=floor, limit=limit, kind=entry.kind)
