"""The HTML scorecard in a real headless Chromium (Debian's chromium and chromium-driver,
installed by .ci/run): it loads with no console errors, the unit table sorts and filters,
a unit opens to its findings, and a screenshot is kept (SCORECARD_SCREENSHOT, else in
the test's temporary folder)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qcdc_cli.main import cli

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs chromium and chromedriver (.ci/run installs them)")
# The illustrative profiles, each with findings to drill into (cases/clean/ has none).
CASES = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "cases").glob("*.yaml"))


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1800", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def test_the_page_loads_sorts_filters_and_drills_down(browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page = tmp_path / "scorecard.html"
    result = CliRunner().invoke(cli, ["scorecard", *CASES, "--province", "lai-chau", "--format", "html",
                                      "-o", str(page)])
    assert result.exit_code == 0, result.output
    browser.get(page.as_uri())
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors

    def names():
        return [r.find_element(By.TAG_NAME, "td").text for r in browser.find_elements(By.CSS_SELECTOR, "tr.unit")
                if r.is_displayed()]

    ranked = names()
    assert len(ranked) == len(CASES)
    header = browser.find_elements(By.CSS_SELECTOR, "#units th")[0]
    header.click()
    ascending = names()
    assert ascending != ranked and ascending == sorted(ascending, key=_vi)
    header.click()
    assert names() == ascending[::-1]

    Select(browser.find_element(By.ID, "filter-type")).select_by_value("commune")
    assert names() == ["Ủy ban nhân dân xã Bản Hon"]
    assert browser.find_element(By.ID, "shown").text == "1"
    row = browser.find_element(By.CSS_SELECTOR, "tr.unit:not([hidden])")
    detail = browser.find_element(By.ID, row.get_attribute("data-detail"))
    assert not detail.is_displayed()
    row.click()
    assert detail.is_displayed() and "LDC-" in detail.text
    # each outstanding duty with its verdict and the checks it did not pass
    assert "Không đạt" in detail.text and "Niêm yết tại trụ sở HĐND, UBND xã đủ 30 ngày liên tục" in detail.text

    shot = Path(os.environ.get("SCORECARD_SCREENSHOT", tmp_path / "scorecard.png"))
    Select(browser.find_element(By.ID, "filter-type")).select_by_value("")
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def _vi(name: str):
    from qcdc_rules.collation import sort_key

    return sort_key(name)


def test_the_annex_section_shows_in_the_page(browser, tmp_path):
    """With activity records among the inputs (a small synthetic province), the page has the annex
    (PHỤ LỤC): its six items, a figure or "không có số liệu" on every line, and still no error."""
    from selenium.webdriver.common.by import By

    from qcdc_rules.sample import generate

    root = tmp_path / "mau"
    for rel, text in generate("lai-chau", seed=2, year=2023, communes=1).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    page = tmp_path / "scorecard.html"
    result = CliRunner().invoke(cli, ["scorecard", str(root), "--province", "lai-chau", "--format", "html",
                                      "-o", str(page)])
    assert result.exit_code == 0, result.output
    browser.get(page.as_uri())
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    heading = browser.find_element(By.ID, "annex")
    browser.execute_script("arguments[0].scrollIntoView()", heading)
    assert heading.is_displayed() and heading.text == "Phụ lục"
    tables = browser.find_elements(By.CSS_SELECTOR, "table.annex")
    assert len(tables) == 6
    figures = [td.text for t in tables for td in t.find_elements(By.CSS_SELECTOR, "td.num")]
    assert figures and all(f for f in figures) and "Tiếp dân 2 cuộc; đối thoại 2 cuộc" in figures
