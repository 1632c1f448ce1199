"""A whole sampled province through the workbook and back: every unit must come back as the same profile
and score to the same report, byte for byte; the time to write and read the workbook is compared with the
time to read the same profiles from their YAML files, in the same run.

    python benchmarks/bench_workbook.py                       # Lai Châu, seed 11, 2023 map
    python benchmarks/bench_workbook.py --seed 1 --year 2025 --lang en

Fails (exit 1) on the first unit that differs."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--province", default="lai-chau")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--year", type=int, default=2023)
    ap.add_argument("--lang", default="vi", choices=("vi", "en"))
    ap.add_argument("--no-reports", action="store_true", help="compare the profiles only, not their reports")
    args = ap.parse_args()

    from qcdc_rules.engine.evaluate import Evaluator
    from qcdc_rules.load.ruleset import load_rulebook
    from qcdc_rules.load.workbook import read_workbook, write_workbook
    from qcdc_rules.load.yaml_loader import load_yaml_text
    from qcdc_rules.model.profile import Profile
    from qcdc_rules.sample import generate

    files = generate(args.province, seed=args.seed, year=args.year)
    texts = [(name, text) for name, text in sorted(files.items())
             if name.endswith(".yaml") and "qcdc-activity" not in text]

    t0 = time.perf_counter()
    profiles = [Profile.model_validate(load_yaml_text(text, name).data) for name, text in texts]
    t_yaml = time.perf_counter() - t0

    t0 = time.perf_counter()
    data = write_workbook(profiles, args.lang)
    t_write = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tinh.xlsx"
        path.write_bytes(data)
        t0 = time.perf_counter()
        entries = read_workbook(path)
        t_read = time.perf_counter() - t0

    errors = [e for _, _, e in entries if e is not None]
    if errors:
        print(f"{len(errors)} unit(s) did not load; first: {errors[0]}")
        return 1
    back = [p for p, _, _ in entries]
    if len(back) != len(profiles):
        print(f"{len(profiles)} profiles written, {len(back)} read back")
        return 1
    for a, b in zip(profiles, back):
        if a.model_dump(mode="json", by_alias=True) != b.model_dump(mode="json", by_alias=True):
            print(f"profile {a.id} came back different")
            return 1
    reports = "not compared"
    if not args.no_reports:
        evaluator = Evaluator(load_rulebook(args.province))
        for a, b in zip(profiles, back):
            ra = json.dumps(evaluator.evaluate(a).model_dump(mode="json"), sort_keys=True)
            rb = json.dumps(evaluator.evaluate(b).model_dump(mode="json"), sort_keys=True)
            if ra != rb:
                print(f"the report of {a.id} differs")
                return 1
        reports = "identical"

    n = len(profiles)
    print(f"{args.province}, seed {args.seed}, {args.year} map: {n} profiles, workbook {len(data) / 1e6:.1f} MB "
          f"({args.lang}); profiles identical; reports {reports}")
    print("| step | seconds | ms per unit | vs YAML read |")
    print("|---|---:|---:|---:|")
    for label, t in (("read the YAML files (baseline)", t_yaml), ("write the workbook", t_write),
                     ("read the workbook", t_read)):
        print(f"| {label} | {t:.2f} | {1000 * t / n:.2f} | ×{t / t_yaml:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
