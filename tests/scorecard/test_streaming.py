"""The streamed scorecard (workers send rows, the parent folds them and spools the units) is
the scorecard the reports gave: every output the same, byte for byte (JSON, CSV, text, page) or
cell for cell (XLSX), against ``build_scorecard`` over the full reports of a sampled province;
and the same whatever the number of jobs, for every command that reads many units."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from qcdc_cli.main import cli
from qcdc_rules.check import check_files
from qcdc_rules.collation import sort_key
from qcdc_rules.load.inputs import find_profiles
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.sample import generate
from qcdc_rules.scorecard import render
from qcdc_rules.scorecard.aggregate import build_scorecard
from qcdc_rules.scorecard.history import store
from qcdc_rules.model.verdict import Report
from qcdc_rules.scorecard.html import render_html, write_html
from qcdc_rules.scorecard.run import slim
from qcdc_rules.scorecard.run import score_many
from qcdc_rules.scorecard.stream import encode_key, encode_path

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "cases"
BROKEN = {"loi/cu-phap.yaml": "schema: qcdc-profile/1\nid: [chưa đóng ngoặc\n"}


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Path:
    """A tenth of a sampled province (every unit type), its activity records and a broken file."""
    root = tmp_path_factory.mktemp("streamed")
    files = generate(province="lai-chau", seed=5, year=2025)
    kept = {rel: text for i, (rel, text) in enumerate(sorted(files.items())) if i % 10 == 0 or "qcdc-activity" in text}
    for rel, text in {**kept, **BROKEN}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def both(province, tmp_path_factory):
    """(the reference: build_scorecard over full gap reports; the streamed scorecard, two jobs)"""
    book = load_rulebook("lai-chau")
    files = [f for f in find_profiles([province])
             if "qcdc-activity" not in f.read_text(encoding="utf-8")]
    report = check_files(files, book=book)
    reference = build_scorecard(report, book.targets)
    db = tmp_path_factory.mktemp("db")
    # the scorecard kept the slim reports' findings: those of rules for the unit's own type
    store(db / "old.db", Report(units=[slim(u.model_copy(deep=True)) for u in report.units]))
    streamed, _ = score_many(files, targets=book.targets, db=db / "new.db", province="lai-chau", jobs=2)
    yield reference, streamed, db
    streamed.close()


def test_every_output_is_the_reference_s(both, tmp_path):
    from openpyxl import load_workbook

    old, new, _ = both
    assert len(new.units) == len(old.units) > 50 and new.card.failures == old.failures != []
    out = io.StringIO()
    render.write_json(new, out)
    assert out.getvalue() == render.render_json(old)
    for lang in ("vi", "en"):
        for view in render.VIEWS:
            assert render.render_csv(new, lang, view) == render.render_csv(old, lang, view), view
        assert render.render_table(new, lang, "simple") == render.render_table(old, lang, "simple")
        page = io.StringIO()
        write_html(new, page, lang)
        assert page.getvalue() == render_html(old, lang)
        sheets = []
        for card in (old, new):
            path = tmp_path / f"card-{len(sheets)}.xlsx"
            path.write_bytes(render.render_xlsx(card, lang))
            book = load_workbook(path)
            sheets.append([(ws.title, ws.freeze_panes, {k: d.width for k, d in ws.column_dimensions.items()},
                            [[(c.value, c.number_format, c.font.bold) for c in row] for row in ws.iter_rows()])
                           for ws in book.worksheets])
        assert sheets[0] == sheets[1]


def test_the_history_is_the_reference_s(both):
    import sqlite3

    _, _, db = both
    rows = [sqlite3.connect(db / name).execute("SELECT * FROM results ORDER BY unit_id, rule, as_of").fetchall()
            for name in ("old.db", "new.db")]
    assert rows[0] == rows[1] and rows[0]


def test_an_empty_scorecard_is_the_reference_s(tmp_path):
    streamed, _ = score_many([], province="lai-chau")
    with streamed:
        out = io.StringIO()
        render.write_json(streamed, out)
        assert out.getvalue() == render.render_json(build_scorecard(Report(units=[])))


def test_byte_keys_sort_as_the_collation_does():
    rng = random.Random(7)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÂ ̣́̀̉̃-0129ÿ\u4e00\U0001F600"
    words = ["", "a", "A", "Ta Hừa", "Tab", "Đồng", "Dương", "Bản Hon", "Bản Hon 2"]
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    assert sorted(words, key=sort_key) == sorted(words, key=encode_key)
    paths = [[rng.choice(words[:60]) for _ in range(rng.randint(0, 4))] for _ in range(3000)]
    assert sorted(paths, key=lambda p: [sort_key(n) for n in p]) == sorted(paths, key=encode_path)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_jobs_give_the_same_bytes_in_every_command(province, tmp_path):
    """scorecard, annex, check of many files and calendar: one process or three (every format of the
    scorecard is written from the same fold and spool, held to the reference's above)."""
    for args in (("scorecard", province, "--province", "lai-chau", "--format", "json"),
                 ("annex", province, "--format", "json"),
                 ("check", CASES, "--format", "json"),
                 ("calendar", CASES, "--format", "json")):
        one, three = run(*args, "--jobs", 1), run(*args, "--jobs", 3)
        assert one.stdout == three.stdout and one.exit_code == three.exit_code, args
        assert one.stdout.strip()


def test_a_check_of_many_files_is_the_same_in_chunks(province):
    from qcdc_rules.scorecard import run as run_

    files = [f for f in find_profiles([province])][:60]
    one = check_files(files, province="lai-chau")
    many = run_.check_reports(files, jobs=2, province="lai-chau")
    assert many.model_dump_json() == one.model_dump_json()


def test_killing_the_parent_ends_its_workers(province):
    """`scorecard --jobs 2` killed with SIGKILL leaves no worker behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-m", "qcdc_cli", "scorecard", str(province), "--jobs", "2",
                             "--format", "json"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def children() -> list[int]:
        out = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        if int(f.read().rsplit(")", 1)[1].split()[1]) == proc.pid:
                            out.append(int(entry))
                except (OSError, ValueError, IndexError):
                    pass
        return out

    deadline = time.monotonic() + 60
    while len(children()) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    workers = children()
    assert len(workers) >= 2, "the workers did not start"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in workers if os.path.exists(f"/proc/{p}") and _state(p) != "Z"]
    assert not alive


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def test_the_spool_gives_back_what_it_was_given_in_order_as_often_as_asked():
    from qcdc_rules.scorecard.stream import Spool

    spool = Spool()
    spool.extend([("a", 1), ("b", 2)])
    spool.extend([])
    spool.extend([("c", 3)])
    outer = iter(spool)
    assert next(outer) == ("a", 1)
    assert list(spool) == [("a", 1), ("b", 2), ("c", 3)]  # a second reader, while the first is reading
    assert list(outer) == [("b", 2), ("c", 3)] and len(spool) == 3
    spool.extend([("d", 4)])
    assert [x for x, _ in spool] == ["a", "b", "c", "d"]
    spool.close()


def test_the_annex_written_piece_by_piece_is_the_reference_s(both, province):
    from qcdc_rules.load.inputs import find_inputs
    from qcdc_rules.scorecard.annex import build_annex

    old, new, _ = both
    inputs = find_inputs([province])
    annex = build_annex(inputs.activities, inputs.profiles)
    assert annex.items and annex.records  # the lists written one item at a time
    out = io.StringIO()
    render.write_json(new, out, annex)
    assert out.getvalue() == render.render_json(old, annex)
