"""Profiles per second and memory for N generated profiles: durable-rules against the
plain-Python matcher over the same compiled rules, in one run, in separate child processes
so each engine's memory is its own.

    python benchmarks/bench_profiles.py            # 10,000 profiles
    python benchmarks/bench_profiles.py --n 2000

Prints a table and the ratios; both engines must give the same verdicts for every profile."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import subprocess
import sys
import time

AS_OF = [dt.date(2024, 6, 30), dt.date(2024, 12, 31), dt.date(2025, 6, 30), dt.date(2026, 3, 31)]
TYPES = ["commune", "village", "state_agency", "public_service_unit", "state_owned_enterprise", "enterprise"]


def fragment(rng: random.Random, i: int) -> dict:
    """A profile of a random type with a random share of the evidence recorded."""
    kind = TYPES[i % len(TYPES)]
    as_of = AS_OF[rng.randrange(len(AS_OF))]
    year = as_of.year - 1

    def d(month: int, day: int, y: int = year) -> str:
        return dt.date(y, month, day).isoformat()

    villages = rng.randint(3, 14)
    data: dict = {"id": f"U{i:05d}", "name": f"Đơn vị {i}", "type": kind, "as_of": as_of.isoformat(),
                  "headcount": {"staff": rng.randint(4, 160), "villages": villages, "households": rng.randint(60, 900),
                                "workers": rng.randint(20, 600)},
                  "attributes": {"has_loudspeaker": rng.random() < 0.7, "has_website": rng.random() < 0.5,
                                 "fully_state_funded": rng.random() < 0.6, "has_union": True}}
    if rng.random() < 0.85:
        data["documents"] = [{"kind": "democracy_regulation", "date": d(rng.randint(1, 12), 15, 2023 + rng.randint(0, 1)),
                              "with_union": rng.random() < 0.7, "with_front": rng.random() < 0.7}]
    if kind == "commune" and rng.random() < 0.9:
        data["disclosures"] = [
            {"id": f"d{k}", "item": rng.choice([1, 2, 3, 4, 7, 8, 11, 13]),
             "decided": {"date": d(rng.randint(1, 11), 10)},
             "postings": [{"place": "commune_office", "from": d(rng.randint(1, 11), rng.randint(11, 20)),
                           "to": d(12, rng.randint(1, 28))}]
             + [{"place": "village", "village": f"Bản {v}", "from": d(rng.randint(1, 11), 21), "to": d(12, 28)}
                for v in range(rng.randint(0, villages))],
             "broadcasts": [{"from": d(6, 1), "to": d(6, rng.randint(1, 5))}] if rng.random() < 0.6 else []}
            for k in range(rng.randint(1, 5))]
    if rng.random() < 0.8:
        meeting_kind = {"commune": "dialogue_conference", "village": "village_annual_conference",
                        "state_agency": "staff_conference", "public_service_unit": "staff_conference",
                        "state_owned_enterprise": "workers_conference", "enterprise": "workplace_dialogue"}[kind]
        summoned = rng.randint(20, 120)
        present = rng.randint(summoned // 2, summoned)
        data["meetings"] = [{"kind": meeting_kind, "date": d(rng.randint(1, 5), 10, as_of.year),
                             "summoned": summoned, "present": present, "votes_for": rng.randint(0, present)},
                            {"kind": "covenant_review", "date": d(11, 18)}]
    if kind in ("commune", "state_agency", "public_service_unit") and rng.random() < 0.8:
        size = rng.randint(3, villages + 2)
        data["boards"] = [{"kind": "people_inspection", "elected": d(3, 10), "term": {"from": d(3, 10),
                                                                                       "to": d(3, 9, year + 2)},
                           "members": [{"name": f"Thành viên {m}", "role": "head" if m == 0 else "member",
                                        "village": f"Bản {m}", "resident": True, "position": "staff"}
                                       for m in range(size)],
                           "recognised_by": {"date": d(3, 14)}}]
    if rng.random() < 0.5:
        data["trainings"] = [{"date": d(9, 5), "attendees": [{"name": "Thành viên 0", "role": "people_inspection_member"}]}]
    return data


def child(engine: str, n: int, seed: int) -> None:
    from qcdc_rules.engine.evaluate import Evaluator
    from qcdc_rules.load.ruleset import load_rulebook
    from qcdc_rules.model.profile import Profile

    def rss_mb() -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * 4096 / 2**20

    rng = random.Random(seed)
    profiles = [Profile.model_validate(fragment(rng, i)) for i in range(n)]
    evaluator = Evaluator(load_rulebook("lai-chau"), engine)
    evaluator.evaluate(profiles[0])  # compile the first plan outside the timing
    start_rss = peak = half_rss = rss_mb()
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    t0 = time.perf_counter()
    for i, p in enumerate(profiles):
        report = evaluator.evaluate(p)
        for f in report.findings:
            digest.update(f"{f.rule}:{f.verdict.value};".encode())
            counts[f.verdict.value] = counts.get(f.verdict.value, 0) + 1
        if i % 250 == 0:
            peak = max(peak, rss_mb())
        if i == n // 2:
            half_rss = rss_mb()
    seconds = time.perf_counter() - t0
    peak = max(peak, rss_mb())
    print(json.dumps({"engine": engine, "n": n, "seconds": seconds, "per_second": n / seconds,
                      "rss_start_mb": start_rss, "rss_half_mb": half_rss, "rss_peak_mb": peak,
                      "rss_end_mb": rss_mb(),
                      "verdicts": counts, "digest": digest.hexdigest()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--child", choices=["durable", "python"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.n, args.seed)
        return
    results = {}
    for engine in ("python", "durable"):
        out = subprocess.run([sys.executable, __file__, "--child", engine, "--n", str(args.n), "--seed",
                              str(args.seed)], capture_output=True, text=True, check=True)
        results[engine] = json.loads(out.stdout.strip().splitlines()[-1])
    base, dr = results["python"], results["durable"]
    print(f"{args.n} generated profiles (seed {args.seed}), national + Lai Châu rulesets, 4 as-of dates\n")
    print(f"{'engine':<10}{'profiles/s':>12}{'seconds':>10}{'RSS start MB':>14}{'RSS peak MB':>13}{'RSS end MB':>12}")
    for r in (base, dr):
        print(f"{r['engine']:<10}{r['per_second']:>12.1f}{r['seconds']:>10.2f}{r['rss_start_mb']:>14.1f}"
              f"{r['rss_peak_mb']:>13.1f}{r['rss_end_mb']:>12.1f}")
    print(f"\ndurable-rules / plain Python: speed ×{dr['per_second'] / base['per_second']:.2f}, "
          f"peak memory ×{dr['rss_peak_mb'] / base['rss_peak_mb']:.2f}, "
          f"memory growth over the run {dr['rss_end_mb'] - dr['rss_start_mb']:+.1f} MB, "
          f"over its second half {dr['rss_end_mb'] - dr['rss_half_mb']:+.1f} MB "
          f"(plain Python {base['rss_end_mb'] - base['rss_start_mb']:+.1f} / {base['rss_end_mb'] - base['rss_half_mb']:+.1f} MB)")
    same = base["digest"] == dr["digest"]
    print(f"same verdicts for every (profile, rule): {'yes' if same else 'NO'}  {dr['verdicts']}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
