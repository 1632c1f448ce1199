"""What units inspected on different days cost: the same units checked as the scorecard's workers check
them (own unit type only, no details), all on one as-of date (the baseline), then each on a day of its
own, as real units are.

    python benchmarks/bench_plans.py                       # 300 units of the Lai Châu sample
    python benchmarks/bench_plans.py --units 600
    python benchmarks/bench_plans.py --python /a/bin/python --python /b/bin/python

Each (python, configuration) runs in a child process of its own, with a fresh evaluator, and the
rule book already loaded; the time is the evaluation of every unit, plans included. The days are
drawn (seeded) from the 30 months before 2026-12-31, the spread of the national sample. With
several --python (installs of two versions of qcdc-rules), they run on the same units and days, so
their ratios can be compared; every configuration of one python must give the same verdicts as the
other pythons' same configuration."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST, LAST = dt.date(2024, 7, 1), dt.date(2026, 12, 31)
CONFIGS = ("one as-of date (baseline)", "a day of its own for each unit")


def child(folder: str, config: str, units: int, seed: int) -> dict:
    from qcdc_rules.engine.evaluate import Evaluator
    from qcdc_rules.load.profile import load_profile_located
    from qcdc_rules.load.ruleset import load_rulebook

    files = sorted(Path(folder).rglob("*.yaml"))
    step = max(len(files) // units, 1)
    profiles = []
    for f in files[::step][:units]:
        try:
            profiles.append(load_profile_located(f)[0])
        except Exception:  # noqa: BLE001 - an activity record, not a profile
            continue
    rng = random.Random(seed)
    days = [LAST if config == CONFIGS[0] else FIRST + dt.timedelta(days=rng.randrange((LAST - FIRST).days + 1))
            for _ in profiles]
    evaluator = Evaluator(load_rulebook("lai-chau"))
    verdicts = hashlib.sha256()
    start = time.perf_counter()
    for profile, day in zip(profiles, days):
        report = evaluator.evaluate(profile, day, since=None, own_type_only=True, details=False)
        verdicts.update("".join(f"{f.rule}={f.verdict.value};" for f in report.findings).encode())
    seconds = time.perf_counter() - start
    return {"units": len(profiles), "days": len(set(days)), "seconds": seconds,
            "plans": getattr(evaluator, "plans_built", None), "verdicts": verdicts.hexdigest()[:16]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--python", action="append", default=None,
                        help="a Python with qcdc-rules installed to time (repeatable; default: this one)")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        folder, config, units, seed = args.child
        print(json.dumps(child(folder, config, int(units), int(seed))))
        return
    from qcdc_rules.sample import generate

    pythons = args.python or [sys.executable]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in generate(province="lai-chau", seed=args.seed, year=2025).items():
            if rel.endswith(".yaml"):
                (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
                (Path(tmp) / rel).write_text(text, encoding="utf-8")
        for python in pythons:
            for config in CONFIGS:
                out = subprocess.run([python, __file__, "--child", tmp, config, str(args.units), str(args.seed)],
                                     capture_output=True, text=True, check=True)
                rows.append((python, config, json.loads(out.stdout.strip().splitlines()[-1])))
                print(f"{python}: {config}: done", file=sys.stderr)
    first = rows[0][2]
    print(f"Lai Châu sample (2025 map, seed {args.seed}): {first['units']} units, own unit type, no details; "
          f"days from {FIRST} to {LAST}\n")
    print("| python | configuration | distinct days | plans built | seconds | ms per unit | vs baseline "
          "(same python) | vs first python's baseline |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for python, config, r in rows:
        base = next(x for p, c, x in rows if p == python and c == CONFIGS[0])
        plans = "" if r["plans"] is None else r["plans"]
        print(f"| {python} | {config} | {r['days']} | {plans} | {r['seconds']:.1f} | "
              f"{r['seconds'] / r['units'] * 1000:.1f} | ×{r['seconds'] / base['seconds']:.2f} | "
              f"×{r['seconds'] / first['seconds']:.2f} |")
    same = all(len({r["verdicts"] for _, c, r in rows if c == config}) == 1 for config in CONFIGS)
    print(f"\nsame verdicts from every python: {'yes' if same else 'NO'}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
