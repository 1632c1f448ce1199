"""The workbook prints: LibreOffice (headless, installed by .ci/run) turns an exported workbook into a PDF whose
pages are all A4 landscape, every sheet with data on pages of its own; the first page of each of a few sheets is
kept as a PNG (WORKBOOK_SCREENSHOTS, else the test's temporary folder) for a person to look at."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from qcdc_rules.load.profile import load_profile
from qcdc_rules.load.workbook import write_workbook

CASES = Path(__file__).resolve().parents[2] / "cases"
A4_LANDSCAPE = (842, 595)  # points, to the nearest point

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
                                reason="LibreOffice and poppler are installed by .ci/run")


def test_an_exported_workbook_prints_on_a4_landscape_pages(tmp_path):
    book = tmp_path / "xa-ban-hon.xlsx"
    book.write_bytes(write_workbook([load_profile(CASES / "xa-ban-hon-lai-chau.yaml")]))
    env = dict(os.environ, HOME=str(tmp_path))  # LibreOffice keeps its profile under HOME
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(book)],
                   check=True, capture_output=True, timeout=180, env=env)
    pdf = tmp_path / "xa-ban-hon.pdf"
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    sizes = [tuple(round(float(x)) for x in m) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages == len(sizes) and pages >= 8  # the guide, the unit and each sheet with rows
    assert set(sizes) == {A4_LANDSCAPE}
    shots = Path(os.environ.get("WORKBOOK_SCREENSHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "3", str(pdf), str(shots / "workbook")],
                   check=True, capture_output=True, timeout=120)
    assert len(list(shots.glob("workbook-*.png"))) == 3


def test_a_workbook_saved_again_by_libreoffice_reads_back_the_same(tmp_path):
    # A clerk opens the file in LibreOffice (or Excel) and saves it: the format mark, the dates, the
    # dropdown words and the links between sheets survive, and the profile is the one exported.
    from qcdc_rules.load.workbook import is_workbook, read_workbook

    profile = load_profile(CASES / "xa-ban-hon-lai-chau.yaml")
    book = tmp_path / "xa-ban-hon.xlsx"
    book.write_bytes(write_workbook([profile]))
    env = dict(os.environ, HOME=str(tmp_path))
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path / "saved"), str(book)],
                   check=True, capture_output=True, timeout=180, env=env)
    saved = tmp_path / "saved" / "xa-ban-hon.xlsx"
    assert is_workbook(saved)
    [(back, _, error)] = read_workbook(saved)
    assert error is None, error
    assert back.model_dump(mode="json", by_alias=True) == profile.model_dump(mode="json", by_alias=True)
