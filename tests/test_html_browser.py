"""The HTML report in a real headless browser (chromium driven by selenium through chromedriver).

Renders the report of the seed story and checks what an editor sees: the contradiction cards, the consensus rows,
the highlighted spans in the sources, links from cards to spans, and that the filters hide what they should. A
second page carries hostile article text and checks that nothing in it runs. Screenshots go to
build/screenshots/ (or $FACTCHECK_SCREENSHOTS). Skipped, with the reason, where chromium, chromedriver or
selenium is missing; `.ci/run` installs them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from builders import HashingEmbedder

from factcheck.ingest import source_from_bytes
from factcheck.pipeline import compare, compare_sources
from factcheck.report import render

if TYPE_CHECKING:
    from factcheck.align import SentenceEmbedder

ROOT = Path(__file__).parent.parent
STORY = ROOT / "sources" / "rutte-washington"
SCREENSHOTS = Path(os.environ.get("FACTCHECK_SCREENSHOTS", ROOT / "build" / "screenshots"))
CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = os.environ.get("FACTCHECK_CHROMEDRIVER") or shutil.which("chromedriver")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1400",
)
PWNED = "window.__factcheck_pwned = true"
HOSTILE = (
    '---\noutlet: Evil <b onmouseover="' + PWNED + '">Wire</b>\ndate: 2025-10-22\n---\n\n'
    f'"We will rebuild every <script>{PWNED}</script> home," Mayor Vitali Klitschko said.\n\n'
    f'Six people were killed and 18 injured <img src=x onerror="{PWNED}"> in Kyiv on Monday.\n'
)
PLAIN = (
    "---\noutlet: Plain Wire\ndate: 2025-10-22\n---\n\n"
    '"We will rebuild every home," Mayor Vitali Klitschko said.\n\n'
    "Six people were killed and 17 injured in Kyiv on Monday.\n"
)


def _missing() -> str | None:
    if CHROMIUM is None:
        return "no chromium on PATH (apt-get install chromium chromium-driver; .ci/run does)"
    if CHROMEDRIVER is None:
        return "no chromedriver on PATH (apt-get install chromium-driver; .ci/run does)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    return None


# CI sets FACTCHECK_REQUIRE_BROWSER=1: there a missing browser fails the tests instead of skipping them.
REQUIRED = os.environ.get("FACTCHECK_REQUIRE_BROWSER") == "1"
pytestmark = pytest.mark.skipif(_missing() is not None and not REQUIRED, reason=_missing() or "")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    assert _missing() is None, _missing()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(element: Any, name: str) -> Path:
    """A picture of `element`, scrolled to the middle of the window, clear of the sticky filter bar."""
    element.parent.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    element.screenshot(str(path))
    assert path.stat().st_size > 1000, f"{path} is an empty picture"
    return path


def shown(elements: list[Any]) -> list[Any]:
    return [element for element in elements if element.is_displayed()]


@pytest.fixture(scope="module")
def seed_page(embedder: SentenceEmbedder, tmp_path_factory: pytest.TempPathFactory) -> Path:
    report = compare(sorted(STORY.glob("*.md")), embedder=embedder)
    page = tmp_path_factory.mktemp("report") / "rutte-washington.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    return page


@pytest.fixture
def seed(browser: Any, seed_page: Path) -> Any:
    browser.get(seed_page.as_uri())
    return browser


def card(driver: Any, field: str, *words: str) -> Any:
    """The contradiction card of `field` whose text holds every one of `words`."""
    from selenium.webdriver.common.by import By

    selector = f'article.card[data-verdict="contradiction"][data-field="{field}"]'
    cards = [c for c in driver.find_elements(By.CSS_SELECTOR, selector) if all(w in c.text for w in words)]
    assert len(cards) == 1, f"{len(cards)} {field} cards with {words}"
    return cards[0]


def highlighted_span(driver: Any, link: Any) -> Span:
    """The highlight a card's link points to: the marks of that claim (a claim that overlaps another is cut into
    several), after the anchor the link names."""
    from selenium.webdriver.common.by import By

    target = link.get_attribute("href").split("#", 1)[1]
    first = driver.find_element(By.CSS_SELECTOR, f'a.anchor[id="{target}"] + mark')
    pieces = driver.find_elements(By.CSS_SELECTOR, "mark[data-claims]")
    pieces = [piece for piece in pieces if target in piece.get_attribute("data-claims").split()]
    return Span(first, "".join(piece.get_attribute("textContent") for piece in pieces), pieces)


@dataclass
class Span:
    first: Any
    text: str
    pieces: list[Any]

    @property
    def verdicts(self) -> set[str]:
        return {piece.get_attribute("data-verdict") for piece in self.pieces}


@pytest.mark.slow
def test_the_seed_story_shows_the_call_and_casualty_conflicts_with_their_spans_highlighted(seed: Any) -> None:
    from selenium.webdriver.common.by import By

    call = card(seed, "outcome", "productive call", "failed to reach agreement")
    assert "senior U.S. official via Fox News" in call.text  # a description as the article wrote it
    injured = card(seed, "quantity", "18 injured", "17 wounded")
    for conflict in (call, injured):
        links = conflict.find_elements(By.CSS_SELECTOR, "a.where")
        assert len(links) >= 2
        spans = [highlighted_span(seed, link) for link in links]
        assert all(span.verdicts == {"contradiction"} for span in spans), [s.verdicts for s in spans]
        texts = {span.text for span in spans}
        context = {
            m.get_attribute("textContent")
            for m in conflict.find_elements(By.CSS_SELECTOR, "blockquote.context mark.span")
        }
        assert texts == context, "each card's spans are the ones highlighted in the sources"
    assert {"productive call", "failed to reach agreement during a telephone call"} <= {
        highlighted_span(seed, link).text for link in call.find_elements(By.CSS_SELECTOR, "a.where")
    }
    assert {"18 injured", "17 wounded"} <= {
        highlighted_span(seed, link).text for link in injured.find_elements(By.CSS_SELECTOR, "a.where")
    }
    screenshot(call, "html-report-call-conflict.png")
    screenshot(injured, "html-report-casualty-conflict.png")
    screenshot(seed.find_element(By.ID, "summary"), "html-report-summary.png")


@pytest.mark.slow
def test_consensus_rows_mark_the_outlier(seed: Any) -> None:
    from selenium.webdriver.common.by import By

    rows = seed.find_elements(By.CSS_SELECTOR, "#consensus tr.consensus-row")
    assert len(rows) >= 5
    weekday = [row for row in rows if "Tuesday 21 October 2025" in row.text]
    assert len(weekday) == 1
    outlier = weekday[0].find_element(By.CSS_SELECTOR, "li.value.outlier")
    assert "Tuesday 21 October 2025" in outlier.text and "channel9.md" in outlier.text
    assert "4 sources" in weekday[0].text, "the four that say Monday"
    screenshot(seed.find_element(By.ID, "consensus"), "html-report-consensus.png")


@pytest.mark.slow
def test_a_span_link_goes_to_its_place_in_the_source(seed: Any) -> None:
    from selenium.webdriver.common.by import By

    link = card(seed, "outcome", "productive call").find_element(By.CSS_SELECTOR, "a.where")
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    assert seed.execute_script("return location.hash") == f"#{target}"
    top = seed.execute_script("return arguments[0].getBoundingClientRect().top", highlighted_span(seed, link).first)
    assert 0 <= top < seed.execute_script("return window.innerHeight"), "the span is scrolled into view"


@pytest.mark.slow
def test_filters_hide_what_they_should(seed: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    cards = seed.find_elements(By.CSS_SELECTOR, "article.card")
    contradictions = [c for c in cards if c.get_attribute("data-verdict") == "contradiction"]
    others = [c for c in cards if c.get_attribute("data-verdict") != "contradiction"]
    assert contradictions and others and len(shown(cards)) == len(cards)

    seed.find_element(By.CSS_SELECTOR, 'input[name="verdict"][value="contradiction"]').click()
    assert shown(contradictions) == [] and len(shown(others)) == len(others)
    muted = seed.find_elements(By.CSS_SELECTOR, '.text mark[data-verdict="contradiction"]')
    assert muted and all("muted" in m.get_attribute("class").split() for m in muted)
    assert f"Showing {len(others)} of {len(cards)} findings" == seed.find_element(By.ID, "shown").text
    seed.find_element(By.CSS_SELECTOR, 'input[name="verdict"][value="contradiction"]').click()

    Select(seed.find_element(By.NAME, "field")).select_by_value("outcome")
    assert {c.get_attribute("data-field") for c in shown(cards)} == {"outcome"}
    screenshot(seed.find_element(By.ID, "findings"), "html-report-filtered-outcome.png")
    Select(seed.find_element(By.NAME, "field")).select_by_value("")

    source = Select(seed.find_element(By.NAME, "source"))
    source.select_by_visible_text("channel9.md")
    chosen = source.first_selected_option.get_attribute("value")
    assert all(chosen in c.get_attribute("data-sources").split() for c in shown(cards))
    assert 0 < len(shown(cards)) < len(cards)
    articles = seed.find_elements(By.CSS_SELECTOR, "article.source")
    assert [a.get_attribute("data-source") for a in shown(articles)] == [chosen]


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = [
        source_from_bytes(HOSTILE.encode(), "evil<script>x</script>.md"),
        source_from_bytes(PLAIN.encode(), "plain.md"),
    ]
    report = compare_sources(sources, embedder=HashingEmbedder())
    page = tmp_path_factory.mktemp("hostile") / "hostile.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    return page


def test_script_in_an_article_is_shown_as_text_and_never_runs(browser: Any, hostile_page: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(hostile_page.as_uri())
    assert browser.execute_script("return window.__factcheck_pwned === undefined")
    assert browser.execute_script("return document.scripts.length") == 1, "only the report's own script"
    assert browser.find_elements(By.CSS_SELECTOR, "body img") == []
    body = browser.find_element(By.TAG_NAME, "body")
    assert f"<script>{PWNED}</script>" in body.text, "the article's script is shown as it was written"
    assert "evil<script>x</script>.md" in body.text
    for element in browser.find_elements(By.CSS_SELECTOR, ".source mark"):
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", element)
    assert browser.execute_script("return window.__factcheck_pwned === undefined")
    assert browser.find_element(By.ID, "shown").text.startswith("Showing "), "the report's own script ran"
    screenshot(browser.find_element(By.ID, "sources"), "html-report-hostile-article.png")
