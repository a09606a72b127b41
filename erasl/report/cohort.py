"""Several applications in one `erasl report`: a cohort table on top, then each application's own report.

An advisor's folder with one subfolder per applicant gives one line per applicant:
experiences, aligned USCE weeks, strongest tier, most recent USCE, letters, errors
and warnings. Every number comes from that applicant's report alone.
"""

from __future__ import annotations

import json
from typing import Any

from erasl.report import SCHEMA_VERSION, ApplicationReport

COLUMNS = ("Applicant", "Target", "Experiences", "Aligned USCE", "Strongest tier", "Most recent USCE",
           "Letters", "Errors", "Warnings")


class Cohort:
    """The reports of one run (one or several applications) and the run's unreadable inputs."""

    def __init__(self, reports: list[ApplicationReport], errors: list[Any] | None = None):
        self.reports = reports
        self.errors = list(errors or [])

    @property
    def generated(self) -> str:
        return self.reports[0].generated if self.reports else ""

    def rows(self) -> list[dict[str, Any]]:
        return [report.cohort_row() for report in self.reports]

    def cells(self, row: dict[str, Any]) -> list[str]:
        """One applicant's line as the table shows it (text and HTML alike)."""
        recent = row["most_recent_usce"]
        if recent is None:
            when = "none dated"
        elif recent["ongoing"]:
            when = "ongoing"
        else:
            when = f"{recent['ended']} ({recent['months_ago']} mo ago)"
        letters = row["letters"]
        return [
            row["name"], row["target_specialty"] or "not set",
            f"{row['experiences']} of {row['max_experiences']}",
            "-" if row["aligned_usce_weeks"] is None else f"{row['aligned_usce_weeks']:g} of {row['usce_weeks']:g} wk",
            row["strongest_tier"] or "none", when,
            f"{letters['us']} US, {letters['in_target']} in target" + ("" if letters["met"] else " (below bar)"),
            str(row["errors"]), str(row["warnings"]),
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "generated": self.generated,
            "cohort": self.rows(),
            "applications": [report.to_dict() for report in self.reports],
            "errors": [{"path": e.path, "message": e.message} for e in self.errors],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def table_text(self) -> list[str]:
        lines = [self.cells(row) for row in self.rows()]
        widths = [max(len(column), *(len(line[i]) for line in lines)) for i, column in enumerate(COLUMNS)]
        def format_line(cells):
            return "  " + "  ".join(cell.ljust(width) if i < len(cells) - 2 else cell.rjust(width)
                                    for i, (cell, width) in enumerate(zip(cells, widths))).rstrip()
        return [format_line(list(COLUMNS))] + [format_line(line) for line in lines]

    def render_text(self, color: bool = False) -> str:
        """The cohort table, then each application's report under its own heading."""
        import click

        from erasl.report.text import render

        bold = (lambda text: click.style(text, bold=True)) if color else (lambda text: text)
        out = [bold(f"Cohort: {len(self.reports)} applications (report of {self.generated}); "
                    "nothing is added up across them"), ""]
        out += self.table_text()
        out.append("")
        for number, report in enumerate(self.reports, start=1):
            out.append("=" * 78)
            out.append(bold(f"Application {number} of {len(self.reports)}: {report.name}"))
            out.append("=" * 78)
            out.append(render(report, color).rstrip("\n"))
            out.append("")
        return "\n".join(out)
