"""The dashboard in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Screenshots go to $BRINKWATCH_SCREENSHOTS when set (``docs/screenshots`` refreshes the README's), else to a
temporary directory.
"""
import os
import re
from pathlib import Path

import pytest

from brinkwatch.api.testing import HOSTILE_ID, HOSTILE_MARKER

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    target = os.environ.get("BRINKWATCH_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("request", lambda r: r.url.startswith(server.url) or r.url.startswith("data:")
            or page.problems.append(f"request off the server: {r.url}"))
    yield page
    context.close()


def chart_drawn(page):
    """The number of painted pixels of the chart's canvas, once Vega has rendered it."""
    page.wait_for_selector("#chart[data-rendered] canvas", timeout=30_000)
    return page.evaluate("""() => {
        const c = document.querySelector('#chart canvas');
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
        return painted;
    }""")


def test_overview_chart_for_a_chosen_pair(page, shots):
    page.goto("/")
    assert page.locator("table.dyads tbody tr").count() >= 2
    assert chart_drawn(page) > 1000
    first = page.get_attribute("#chart", "data-a"), page.get_attribute("#chart", "data-b")
    options = page.locator("#pair-select option")
    page.select_option("#pair-select", options.nth(1).get_attribute("value"))
    page.wait_for_function("(f) => document.getElementById('chart').dataset.a + '|' + "
                           "document.getElementById('chart').dataset.b !== f", arg="|".join(first))
    assert chart_drawn(page) > 1000
    assert page.get_attribute("#chart", "aria-label") == "chart: " + options.nth(1).inner_text()
    page.screenshot(path=str(shots / "overview.png"), full_page=True)
    assert page.problems == []  # no CSP violation (Vega runs without eval), no script error, nothing external


def test_click_an_event_and_land_on_its_sentence(page, shots):
    page.goto("/")
    link = page.locator("table.events a.event-link").first
    link.click()
    page.wait_for_url(re.compile(r"/events/"))
    mention = page.locator(".mention").first
    sentence = mention.locator(".hl.ev").first
    assert sentence.is_visible()
    assert mention.locator(".hl.trigger").count() >= 1
    assert mention.locator(".hl.source, .hl.target").count() >= 1
    page.screenshot(path=str(shots / "event.png"), full_page=True)
    mention.locator("h3 a").click()
    page.wait_for_url(re.compile(r"/documents/[^/]+#ev-\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    # the first highlighted piece after the anchor (several events of one sentence put their anchors together)
    target = page.locator(f"xpath=//span[@id='{anchor}']/following-sibling::span[not(contains(@class,'anchor'))][1]"
                          "[contains(concat(' ', @class, ' '), ' ev ')]")
    assert target.count() == 1 and target.is_visible()
    current = page.locator(".text .hl.current")  # every piece of that sentence is marked as the one pointed at
    assert current.count() >= 1 and "trigger" in " ".join(current.evaluate_all("els => els.map(e => e.className)"))
    assert page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top") < 900  # scrolled to it
    page.screenshot(path=str(shots / "article.png"))
    assert page.problems == []


def test_spun_copy_side_by_side(page, shots):
    page.goto("/")
    page.locator("a.compare-link[href*='d12-topnews-spun-shelling']").click()
    page.wait_for_url(re.compile(r"/documents/d12-topnews-spun-shelling/compare$"))
    assert page.locator(".side.original .hl.chg").count() >= 1
    assert page.locator(".side.copy .hl.chg").count() >= 1
    assert "roles swapped" in page.inner_text(".changes")
    page.screenshot(path=str(shots / "compare.png"), full_page=True)
    assert page.problems == []


def test_injected_script_never_runs(page, shots):
    page.goto(f"/documents/{HOSTILE_ID}")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    text = page.inner_text("#text")
    assert HOSTILE_MARKER in text  # shown as text
    assert page.locator("#text script, #text img").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    page.screenshot(path=str(shots / "hostile.png"))


def test_quotes_and_actor_views(page, shots):
    page.goto("/quotes")
    page.fill("input[name=speaker]", "Peskov")
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r"speaker=Peskov"))
    rows = page.locator("table.quotes tbody tr")
    assert rows.count() >= 1 and all("Peskov" in t for t in rows.all_inner_texts())
    page.screenshot(path=str(shots / "quotes.png"), full_page=True)
    page.goto("/actors/RUS")
    assert "UKR" in page.inner_text("table.partners")
    assert page.locator("table.events").first.locator("tbody tr").count() >= 1
    page.screenshot(path=str(shots / "actor.png"), full_page=True)
    assert page.problems == []
