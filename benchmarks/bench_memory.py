"""Peak memory of a scorecard at N and 4N units: the streamed path against the old one, in one run.

- old path: every unit's slim report sent back and held (``run.check_many``), the scorecard built
  from them (``aggregate.build_scorecard``), its JSON rendered as one string (the scorecard until
  issue 14's streaming step);
- streamed: compact rows folded as they arrive, the units spooled to a temporary file and the
  JSON written from it (``run.score_many``, ``render.write_json``: `qcdc-check scorecard` now).

The populations are `qcdc-check sample --national` (1,056 units a province, every unit type,
as-of dates spread over the round), national rules, no profile cache (both paths read every file).
Each (size, path) runs in its own child process; the parent's peak RSS (getrusage) is what grows
with the units held; the workers' (the largest of them) is printed beside it. Both paths must
write the same JSON.

    python benchmarks/bench_memory.py                     # 1 and 4 provinces: 1,056 and 4,224 units
    python benchmarks/bench_memory.py --provinces 2 8 --jobs 2
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_national import population  # the same folders, kept between runs of either benchmark

PATHS = ("old path", "streamed")


def child(folder: str, path: str, jobs: int, out: str) -> dict:
    import resource

    os.environ["QCDC_CACHE_DIR"] = ""  # no profile cache: the workers inherit it
    from qcdc_rules.load.inputs import find_inputs
    from qcdc_rules.load.ruleset import load_rulebook
    from qcdc_rules.scorecard import render

    book = load_rulebook(None)
    files = find_inputs([folder]).profiles
    start = time.perf_counter()
    if path == "old path":
        from qcdc_rules.scorecard.aggregate import build_scorecard
        from qcdc_rules.scorecard.run import check_many

        report = check_many(files, jobs=jobs)
        card = build_scorecard(report, book.targets)
        Path(out).write_text(render.render_json(card), encoding="utf-8")
        units = len(card.units)
    else:
        from qcdc_rules.scorecard.run import score_many

        streamed, _ = score_many(files, targets=book.targets, jobs=jobs)
        with streamed, open(out, "w", encoding="utf-8") as f:
            render.write_json(streamed, f)
            units = len(streamed.units)
    seconds = time.perf_counter() - start
    digest = hashlib.sha256(Path(out).read_bytes()).hexdigest()[:16]
    return {"units": units, "seconds": seconds, "digest": digest,
            "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--provinces", type=int, nargs=2, default=[1, 4], metavar=("SMALL", "LARGE"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "qcdc-bench-national",
                    help="where the populations are written and kept between runs (as bench_national.py)")
    ap.add_argument("--child", nargs=4, metavar=("FOLDER", "PATH", "JOBS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        folder, path, jobs, out = args.child
        print(json.dumps(child(folder, path, int(jobs), out)))
        return
    small, large = sorted(args.provinces)
    results: dict[tuple[int, str], dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for provinces in (small, large):
            folder = population(args.keep, provinces, args.seed)
            for path in PATHS:
                out = Path(tmp) / f"{provinces}-{path.replace(' ', '-')}.json"
                done = subprocess.run([sys.executable, __file__, "--child", str(folder), path, str(args.jobs),
                                       str(out)], capture_output=True, text=True, check=True)
                results[provinces, path] = json.loads(done.stdout.strip().splitlines()[-1])
                print(f"{provinces} provinces, {path}: done", file=sys.stderr)
    print(f"national rules, --jobs {args.jobs}, {os.cpu_count()} cores, no profile cache\n")
    print("| units | path | seconds | parent peak RSS MB | largest worker MB | parent vs old path |")
    print("|---:|---|---:|---:|---:|---:|")
    for provinces in (small, large):
        old = results[provinces, "old path"]
        for path in PATHS:
            r = results[provinces, path]
            print(f"| {r['units']:,} | {path} | {r['seconds']:.1f} | {r['parent_mb']:.0f} | {r['worker_mb']:.0f} | "
                  f"×{r['parent_mb'] / old['parent_mb']:.2f} |")
    print()
    for path in PATHS:
        a, b = results[small, path], results[large, path]
        grow = (b["parent_mb"] - a["parent_mb"]) / (b["units"] - a["units"]) * 1024
        print(f"- {path}: parent peak ×{b['parent_mb'] / a['parent_mb']:.2f} for ×{b['units'] / a['units']:.1f} the "
              f"units (1.00 is flat); {grow:.1f} KB more per unit")
    same = all(results[p, "old path"]["digest"] == results[p, "streamed"]["digest"] for p in (small, large))
    print(f"- same JSON from both paths at both sizes: {'yes' if same else 'NO'}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
