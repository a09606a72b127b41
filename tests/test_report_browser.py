"""The HTML report in a real browser: Debian's headless Chromium renders it at phone and desktop width and prints it.

The test setup installs Debian's `chromium` package when it is missing and the tests run as root
with apt-get available (as in CI); otherwise these tests skip and say why. No browser is
downloaded by a test tool: the tests use /usr/bin/chromium or nothing.
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main

CHROMIUM = Path("/usr/bin/chromium")
SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "application"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]



def _install_chromium() -> None:
    """Debian's chromium from the distribution's packages, once, where this is allowed."""
    import os
    import shutil

    if CHROMIUM.exists() or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        try:
            subprocess.run(command, env=env, capture_output=True, timeout=900, check=True)
        except (OSError, subprocess.SubprocessError):
            return


_install_chromium()
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    html = folder / "report.html"
    result = CliRunner().invoke(main, ["report", str(SAMPLE), "--html", str(html)])
    assert result.exit_code == 0, result.output
    return html


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=180)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", ["390,844", "1280,900"])
def test_screenshot_at_phone_and_desktop_width(page, tmp_path, size):
    shot = tmp_path / "shot.png"
    done = chromium(tmp_path, f"--screenshot={shot}", f"--window-size={size}", page.as_uri())
    assert shot.exists(), done.stderr[-2000:]
    assert png_size(shot) == tuple(int(n) for n in size.split(","))
    assert shot.stat().st_size > 20_000, "a blank page compresses to almost nothing"


def test_prints_to_pdf(page, tmp_path):
    pdf = tmp_path / "report.pdf"
    done = chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.exists(), done.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 50_000
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 3


def test_the_rendered_page_holds_the_report(page, tmp_path):
    done = chromium(tmp_path, "--dump-dom", page.as_uri())
    dom = done.stdout
    assert "Your application at a glance" in dom, done.stderr[-2000:]
    assert "24 of 26 weeks" in dom and "internal medicine" in dom
    assert dom.count('<article class="entry') == 14
    assert dom.count('class="tl-row"') == 10  # every dated experience on the timeline
    assert "10 months with no clinical activity" in dom
    assert "<svg" in dom and "Near-duplicate of" in dom


def test_a_long_absolute_path_in_a_finding_does_not_make_the_phone_page_scroll_sideways(tmp_path_factory, tmp_path):
    """A401 names the other entry by its path; given as a long absolute path it must wrap at 390 px."""
    import shutil

    deep = tmp_path_factory.mktemp("report-paths")
    for part in ("applications-for-the-2027-match-internal-medicine-and-family-medicine",
                 "drafts_after_the_second_round_of_feedback_from_my_advisor_and_the_program"):
        deep = deep / part
    shutil.copytree(SAMPLE, deep)
    html = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(deep.resolve()), "--html", str(html)])
    assert result.exit_code == 0, result.output
    text = html.read_text(encoding="utf-8")
    assert "Near-duplicate of" in text and str(deep.resolve()) in text
    probe = ("<script>document.body.setAttribute('data-overflow', String("
             "document.documentElement.scrollWidth - document.documentElement.clientWidth));</script>")
    html.write_text(text.replace("</body>", probe + "</body>"), encoding="utf-8")
    done = chromium(tmp_path, "--window-size=390,844", "--dump-dom", html.as_uri())
    found = re.search(r'data-overflow="(-?\d+)"', done.stdout)
    assert found, done.stderr[-2000:]
    assert int(found.group(1)) <= 0, f"the page is {found.group(1)} px wider than a 390 px phone"
