"""A national scorecard: `qcdc-check scorecard` over a national population, at two sizes.

The population is `qcdc-check sample --national` (Lai Châu-shaped synthetic provinces of
1,056 units each, every unit type, as-of dates spread from 15/04 to 30/09/2026), written once
per size into a folder kept between runs (``--keep DIR``). Each size runs the command as a
whole process — every output the scorecard writes (JSON, with its drill-down), one process per
core — first with an empty profile cache, then with the cache it filled. Printed for each:
seconds, units per second, CPU microseconds per (unit, rule) pair, peak memory of the whole
process tree (the parent and its workers, sampled from /proc), and the ratios the goals of
issue 14 are stated in:

- 100,000 units in ≤ 60 s (the seconds scaled to 100,000 units, linearly);
- peak memory ≤ 1 GB and flat: the larger size's peak over the smaller's (1.0 is flat);
- ≤ 5 µs of evaluation per (unit, rule) pair (here: all CPU of the run, loading included).

    python benchmarks/bench_national.py                      # 10,560 and 2,112 units (10 + 2 provinces)
    python benchmarks/bench_national.py --provinces 95 19    # 100,320 and 20,064 units
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

GOAL_SECONDS, GOAL_UNITS, GOAL_RSS_MB, GOAL_PAIR_US = 60.0, 100_000, 1024, 5.0


def population(root: Path, provinces: int, seed: int) -> Path:
    folder = root / f"national-seed{seed}-{provinces}"
    done = folder / "README.md"
    if not done.exists():  # README.md comes last: a folder without it was cut short
        subprocess.run([sys.executable, "-m", "qcdc_cli", "sample", "--national", "--provinces", str(provinces),
                        "--seed", str(seed), "-o", str(folder), "--force"], check=True, stdout=subprocess.DEVNULL)
    return folder


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/statm") as f:
                rss[int(entry)] = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(parent, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += children.get(p, [])
    return total


def run(folder: Path, cache: Path, out: Path, jobs: int) -> dict:
    env = {**os.environ, "QCDC_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    before = os.times()
    proc = subprocess.Popen([sys.executable, "-m", "qcdc_cli", "scorecard", str(folder), "--format", "json",
                             "-o", str(out), "--jobs", str(jobs)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0

    def sample():
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    watcher.join()
    seconds = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"scorecard failed ({proc.returncode}): {err.decode()[-2000:]}")
    card = json.loads(out.read_text(encoding="utf-8"))
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak / 1024, "units": len(card["units"])}


def rules_in_book() -> int:
    from qcdc_rules.load.ruleset import load_rulebook

    return len(load_rulebook(None).rules)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--provinces", type=int, nargs=2, default=[10, 2], metavar=("LARGE", "SMALL"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "qcdc-bench-national",
                    help="where the populations are written and kept between runs")
    args = ap.parse_args()
    rules = rules_in_book()
    rows = []
    for provinces in sorted(args.provinces):
        folder = population(args.keep, provinces, args.seed)
        with tempfile.TemporaryDirectory() as tmp:
            cache, out = Path(tmp) / "cache", Path(tmp) / "card.json"
            for label in ("cold cache", "warm cache"):
                r = run(folder, cache, out, args.jobs)
                rows.append((provinces, label, r))
    print(f"national scorecard, {rules} rules, --jobs {args.jobs}, {os.cpu_count()} cores")
    print(f"{'population':>22} {'cache':>10} {'seconds':>8} {'units/s':>8} {'µs/pair':>8} {'peak MB':>8}"
          f" {'× 60 s goal':>11} {'× 1 GB':>7}")
    for provinces, label, r in rows:
        per_s = r["units"] / r["seconds"]
        pair_us = r["cpu"] / (r["units"] * rules) * 1e6
        at_goal = r["seconds"] * GOAL_UNITS / r["units"] / GOAL_SECONDS
        print(f"{r['units']:>7} units ({provinces:>2} prov.) {label:>10} {r['seconds']:>8.1f} {per_s:>8.1f}"
              f" {pair_us:>8.1f} {r['peak_mb']:>8.0f} {at_goal:>11.2f} {r['peak_mb'] / GOAL_RSS_MB:>7.2f}")
    small = [r for p, label, r in rows if p == min(args.provinces) and label == "warm cache"][0]
    large = [r for p, label, r in rows if p == max(args.provinces) and label == "warm cache"][0]
    print(f"memory, large over small (warm): ×{large['peak_mb'] / small['peak_mb']:.2f} for "
          f"×{large['units'] / small['units']:.1f} the units (1.00 is flat)")
    print(f"per (unit, rule) pair, large warm: {large['cpu'] / (large['units'] * rules) * 1e6:.1f} µs of CPU "
          f"(goal {GOAL_PAIR_US:g} µs: ×{large['cpu'] / (large['units'] * rules) * 1e6 / GOAL_PAIR_US:.1f})")


if __name__ == "__main__":
    main()
