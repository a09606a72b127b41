"""`erasl serve`'s page in a real browser: playwright driving Debian's Chromium (/usr/bin/chromium).

The chromium package is installed by tests/test_report_browser.py's setup where that is allowed;
playwright never downloads a browser here. Without /usr/bin/chromium these tests skip and say why.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from erasl.config import Settings
from erasl.registry import load_rules
from erasl.serve import Workspace, bind, make_server
from tests.test_report_browser import CHROMIUM, _install_chromium

playwright_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install -e '.[test]')")

_install_chromium()
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WEAK = ("During my four-week observership I gained valuable experience in internal medicine. "
        "I learned a lot about teamwork.")
DRAFT = """---
kind: experience
title: Internal Medicine Observership
---
I observed the team on rounds and gained valuable experience.
"""
PAYLOAD = ('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> '
           '<svg onload="window.__pwned=3"></svg> I gained valuable experience.')


class Server:
    """`erasl serve` on a free port, on a thread of this process (the model is loaded once for all tests)."""

    def __init__(self, folder: Path | None):
        self.workspace = Workspace(Settings(), load_rules(), folder.resolve() if folder else None)
        sock = bind("127.0.0.1", 0)
        self.server, port = make_server(self.workspace, sock, "127.0.0.1")
        self.url = f"http://127.0.0.1:{port}/"
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started and time.time() < deadline:
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def blank_server():
    server = Server(None)
    yield server
    server.stop()


@pytest.fixture
def folder(tmp_path) -> Path:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "observership.md").write_text(DRAFT, encoding="utf-8")
    (drafts / "payload.md").write_text(PAYLOAD + "\n", encoding="utf-8")
    return drafts


@pytest.fixture
def folder_server(folder):
    server = Server(folder)
    yield server
    server.stop()


def open_page(browser, url, width=1280, height=900, **options):
    page = browser.new_page(viewport={"width": width, "height": height}, **options)
    page.goto(url)
    page.wait_for_selector("body[data-ready]")
    return page


def wait_until(page, expression: str, timeout: float = 15.0):
    """Poll in the page (the page's CSP forbids the eval that playwright's wait_for_function needs)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = page.evaluate(expression)
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"never true: {expression}")


def checked(page) -> None:
    wait_until(page, "window.__erasl.linted === document.getElementById('draft').value")


def marks(page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('#backdrop mark.error, #backdrop mark.warning, #backdrop mark.note')].map(m => m.textContent)")


def test_typing_a_weak_entry_shows_highlights_the_list_and_the_count(browser, blank_server):
    page = open_page(browser, blank_server.url)
    page.click("#draft")
    page.keyboard.type(WEAK, delay=2)
    checked(page)
    assert "gained valuable experience" in marks(page) and "learned a lot" in marks(page)
    groups = page.eval_on_selector_all("#problems .group", "gs => gs.map(g => g.dataset.code)")
    assert "F101" in groups
    f101 = page.text_content("#problems .group[data-code='F101']")
    assert "(2)" in f101 and "\u201cgained valuable experience\u201d" in f101
    assert page.text_content("#count") == f"{len(WEAK)} / 750"
    # hovering a highlight explains it: message, why, and a better example
    box = page.locator("#backdrop mark", has_text="learned a lot").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_until(page, "!document.getElementById('tip').hidden")
    tip = page.text_content("#tip")
    assert "F101" in tip and "Why it matters" in tip and "Better:" in tip
    wait_until(page, "document.querySelector('#skeleton mark.ph') !== null")
    page.close()


def test_fixing_the_words_removes_their_highlight(browser, blank_server):
    page = open_page(browser, blank_server.url)
    page.fill("#draft", WEAK)
    checked(page)
    assert "gained valuable experience" in marks(page)
    start = WEAK.index("gained valuable experience")
    page.evaluate(f"(d => {{ d.focus(); d.setSelectionRange({start}, {start + 26}); }})(document.getElementById('draft'))")
    page.keyboard.type("presented 2 new patients each morning", delay=2)
    checked(page)
    assert "gained valuable experience" not in marks(page)
    assert "learned a lot" in marks(page)
    assert "gained valuable experience" not in page.text_content("#problems")
    page.close()


def test_copy_for_myeras_copies_the_paste_text(browser, blank_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=blank_server.url.rstrip("/"))
    page = context.new_page()
    page.goto(blank_server.url)
    page.wait_for_selector("body[data-ready]")
    page.fill("#draft", "I \u201cfollowed\u201d 4 patients daily \u2014 and wrote [N] notes.")
    checked(page)
    page.click("#copy-paste")
    wait_until(page, "document.getElementById('status').textContent.startsWith('Copied')")
    assert page.evaluate("navigator.clipboard.readText()") == 'I "followed" 4 patients daily - and wrote [N] notes.'
    assert "1 placeholder" in page.text_content("#status")
    wait_until(page, "!document.getElementById('copy-skeleton').disabled")
    page.click("#copy-skeleton")
    wait_until(page, "document.getElementById('status').textContent.startsWith('Copied the skeleton')")
    assert page.evaluate("navigator.clipboard.readText()") == page.evaluate("window.__erasl.suggestions[0].suggestion")
    context.close()


def test_a_reload_keeps_the_draft_in_the_browser(browser, blank_server):
    page = open_page(browser, blank_server.url)
    page.select_option("#kind", "meaningful")
    page.fill("#draft", WEAK)
    checked(page)
    page.reload()
    page.wait_for_selector("body[data-ready]")
    checked(page)
    assert page.input_value("#draft") == WEAK and page.input_value("#kind") == "meaningful"
    assert page.text_content("#count") == f"{len(WEAK)} / 300"
    page.close()


def test_the_list_and_the_caret_work_from_the_keyboard(browser, blank_server):
    page = open_page(browser, blank_server.url)
    page.keyboard.press("Tab")  # the first stop is the skip link, which leads to the draft
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "draft"
    page.keyboard.type(WEAK)
    checked(page)
    page.focus("#problems .group[data-code='F101'] li:last-child button")
    page.keyboard.press("Enter")  # a problem in the list selects its words in the draft
    selection = page.evaluate("[document.activeElement.id, document.getElementById('draft').selectionStart,"
                              " document.getElementById('draft').selectionEnd]")
    assert selection == ["draft", WEAK.index("learned a lot"), WEAK.index("learned a lot") + len("learned a lot")]
    assert "F101" in page.text_content("#at-cursor")  # the explanation of what the caret is on
    page.close()


@pytest.mark.parametrize("policy", ["enforced", "bypassed"])
def test_a_draft_with_markup_runs_nothing(browser, blank_server, policy):
    """Safe even without the page's Content-Security-Policy: draft text only ever becomes text nodes."""
    page = open_page(browser, blank_server.url, bypass_csp=policy == "bypassed")
    page.fill("#draft", PAYLOAD)
    checked(page)
    page.wait_for_timeout(700)  # the skeleton arrives later; it must not run anything either
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg, script:not([src])').length") == 0
    assert page.evaluate("document.getElementById('backdrop').textContent").startswith("<img src=x onerror=")
    page.close()


@pytest.mark.parametrize("mode", ["blank", "folder"])
def test_a_390_px_phone_has_no_sideways_scrolling(browser, blank_server, folder_server, mode):
    page = open_page(browser, (blank_server if mode == "blank" else folder_server).url, 390, 844)
    if mode == "folder":
        page.click("button[data-path='observership.md']")
        checked(page)
    page.click("#draft")
    page.keyboard.press("End")
    page.keyboard.type(" https://example.org/a-very-long-unbroken-address-that-could-push-the-page-wide " + WEAK)
    checked(page)
    widths = page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]")
    assert max(widths[:2]) <= widths[2], widths
    page.close()


def test_it_prints_the_draft_not_the_controls(browser, blank_server):
    page = open_page(browser, blank_server.url)
    page.fill("#draft", WEAK)
    checked(page)
    page.emulate_media(media="print")
    shown = page.evaluate("""['draft', 'backdrop', 'copy-paste', 'problems'].map(
        id => getComputedStyle(document.getElementById(id)).display !== 'none')""")
    assert shown == [False, True, False, True]
    assert page.evaluate("getComputedStyle(document.getElementById('backdrop')).color") == "rgb(0, 0, 0)"
    assert len(page.pdf()) > 10_000
    page.close()


def test_the_folder_opens_edits_and_saves_a_draft(browser, folder_server, folder):
    path = folder / "observership.md"
    before = path.stat().st_ino
    page = open_page(browser, folder_server.url)
    page.click("button[data-path='observership.md']")
    checked(page)
    assert page.input_value("#draft") == DRAFT
    assert "gained valuable experience" in marks(page)
    start = DRAFT.index("gained valuable experience")
    page.evaluate(f"(d => {{ d.focus(); d.setSelectionRange({start}, {start + 26}); }})(document.getElementById('draft'))")
    page.keyboard.type("presented 2 patients each morning")
    checked(page)
    assert path.read_text(encoding="utf-8") == DRAFT  # nothing written before Save
    page.keyboard.press("Control+s")
    wait_until(page, "document.getElementById('status').textContent.startsWith('Saved')")
    assert path.read_text(encoding="utf-8") == DRAFT.replace("gained valuable experience",
                                                              "presented 2 patients each morning")
    assert path.stat().st_ino != before  # replaced whole (temporary file + rename), not rewritten in place
    assert sorted(p.name for p in folder.iterdir()) == ["observership.md", "payload.md"]
    # a change made elsewhere since opening is never overwritten
    path.write_text("Edited in another program.\n", encoding="utf-8")
    page.keyboard.type(" More.")
    page.click("#save")
    wait_until(page, "document.getElementById('status').classList.contains('bad')")
    assert "changed on disk" in page.text_content("#status")
    assert path.read_text(encoding="utf-8") == "Edited in another program.\n"
    page.close()


def test_a_draft_file_with_markup_runs_nothing_when_opened(browser, folder_server):
    page = open_page(browser, folder_server.url)
    page.click("button[data-path='payload.md']")
    checked(page)
    page.wait_for_timeout(700)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg, script:not([src])').length") == 0
    page.close()
