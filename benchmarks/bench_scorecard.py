"""A steering committee's run: every unit of a sampled province checked for a scorecard.
Each configuration runs in its own child process, so each has its own memory:

- baseline: full gap reports held for every unit, findings for every rule of every unit type, profiles
  read by PyYAML's Python parser, no profile cache (how `scorecard` ran before any of this);
- slim reports + libyaml, still building the findings of other unit types (scorecard as of 2026-11);
- scorecard now, cold profile cache (an empty cache folder: every profile read and stored);
- scorecard now, warm cache (the same folder again: profiles read back from it);
- scorecard now, warm cache, --jobs 2.

    python benchmarks/bench_scorecard.py                 # Lai Châu 2025: 38 communes, 1,056 units
    python benchmarks/bench_scorecard.py --year 2023     # 106 communes, ~1,130 units

Prints seconds, units per second and peak RSS of each, with ratios to the baseline; every
configuration must give the same scorecard."""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONFIGS = {
    "baseline": dict(slim=False, fast_yaml=False, own_type=False, cache="none", jobs=1),
    "slim + libyaml, all unit types (2026-11)": dict(slim=True, fast_yaml=True, own_type=False, cache="none", jobs=1),
    "scorecard now, cold cache": dict(slim=True, fast_yaml=True, own_type=True, cache="cold", jobs=1),
    "scorecard now, warm cache": dict(slim=True, fast_yaml=True, own_type=True, cache="warm", jobs=1),
    "scorecard now, warm cache, --jobs 2": dict(slim=True, fast_yaml=True, own_type=True, cache="warm", jobs=2),
}


def child(folder: str, config: str, cache_dir: str) -> dict:
    import os

    c = CONFIGS[config]
    os.environ["QCDC_CACHE_DIR"] = cache_dir if c["cache"] != "none" else ""  # workers inherit it
    from qcdc_rules.load import yaml_loader
    from qcdc_rules.load.ruleset import load_rulebook
    from qcdc_rules.scorecard import run
    from qcdc_rules.scorecard.aggregate import build_scorecard

    if not c["fast_yaml"]:
        yaml_loader._FastLoader = None
    if not c["slim"]:
        run.slim = lambda unit: unit
    if not c["own_type"]:  # every rule's finding built, and lines located, as a gap report does
        run.check_files = functools.partial(run.check_files, own_type_only=False, locate=True)
    book = load_rulebook("lai-chau")
    start = time.perf_counter()
    report = run.check_many([folder], province="lai-chau", jobs=c["jobs"])
    seconds = time.perf_counter() - start
    card = build_scorecard(report, book.targets)
    digest = hashlib.sha256(card.model_dump_json().encode()).hexdigest()[:16]
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"units": len(report.units), "seconds": seconds, "peak_mb": max(peak, children), "scorecard": digest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--year", type=int, default=2025, choices=(2023, 2025))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", nargs=3, metavar=("FOLDER", "CONFIG", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    from qcdc_rules.sample import generate

    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        for rel, text in generate(province="lai-chau", seed=args.seed, year=args.year).items():
            (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / rel).write_text(text, encoding="utf-8")
        results = {}
        for name in CONFIGS:
            out = subprocess.run([sys.executable, __file__, "--child", tmp, name, cache], capture_output=True,
                                 text=True, check=True)
            results[name] = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{name}: done", file=sys.stderr)
    base = results["baseline"]
    print(f"Lai Châu sample, map {args.year}, seed {args.seed}: {base['units']} units, national + Lai Châu rulesets\n")
    print("| configuration | seconds | units/s | peak RSS MB (largest process) | time vs baseline | memory vs baseline |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['seconds']:.1f} | {r['units'] / r['seconds']:.1f} | {r['peak_mb']:.0f} | "
              f"×{r['seconds'] / base['seconds']:.2f} | ×{r['peak_mb'] / base['peak_mb']:.2f} |")
    digests = {r["scorecard"] for r in results.values()}
    print(f"\nsame scorecard in every configuration: {'yes' if len(digests) == 1 else 'NO'}")
    if len(digests) != 1:
        sys.exit(1)


if __name__ == "__main__":
    main()
