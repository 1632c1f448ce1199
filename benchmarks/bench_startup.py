"""How long `qcdc-check` takes as a whole process, from the shell's point of view: asking for help,
and checking one unit, against the floor of starting Python and doing nothing.

    python benchmarks/bench_startup.py               # 21 runs of each
    python benchmarks/bench_startup.py --runs 51
    python benchmarks/bench_startup.py --qcdc-check /a/bin/qcdc-check --qcdc-check /b/bin/qcdc-check
    python benchmarks/bench_startup.py --bytecode    # with the modules' bytecode kept, as installed

Each run is a fresh process, timed by the wall clock from start to exit; the commands take turns
(one run of each, then the next round) so that a busy moment of the machine falls on all of them,
and one untimed round first fills the file cache. Prints the median of each with its ratio to the
floor measured in the same run, and the goal of issue 14 where there is one. The qcdc-check timed
is the one installed beside this Python, unless --qcdc-check names others (installs of two
versions, say): they take turns too, so they are compared under the same load.

Python compiles a module from its source whenever it finds no bytecode for it, and it writes none
under PYTHONDONTWRITEBYTECODE=1 (set on the project's machine): every run then compiles the whole
tool again, about 0.15 s of a check that an installed copy (pip writes the bytecode) never pays.
``--bytecode`` lets the processes keep their bytecode in a temporary folder (PYTHONPYCACHEPREFIX,
so no checkout gets a __pycache__), filled by the untimed round; the table says which it was."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNIT = ROOT / "cases" / "xa-ban-hon-lai-chau.yaml"


def timed(argv: list[str], ok: tuple[int, ...], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    seconds = time.perf_counter() - t0
    if done.returncode not in ok:
        sys.exit(f"{' '.join(argv)}: exit code {done.returncode}\n{done.stderr.decode(errors='replace')}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each command (default 21)")
    parser.add_argument("--qcdc-check", dest="qcdc", action="append", default=None,
                        help="a qcdc-check to time (repeatable; default: the one beside this Python)")
    parser.add_argument("--bytecode", action="store_true",
                        help="keep the modules' bytecode between runs (in a temporary folder), as an installed copy does")
    args = parser.parse_args()
    env = None
    if args.bytecode:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-startup-pycache-")
    qcdcs = args.qcdc or [shutil.which("qcdc-check", path=str(Path(sys.executable).parent))
                          or shutil.which("qcdc-check")]
    if not all(qcdcs):
        sys.exit("no qcdc-check beside this Python or on PATH: pip install -e . first")
    rel = UNIT.relative_to(ROOT)
    # (label, argv, accepted exit codes, goal in seconds); the first is the floor the others are divided by
    commands = [("`python -c pass` (baseline: the floor)", [sys.executable, "-c", "pass"], (0,), None)]
    for qcdc in qcdcs:
        which = f" — {qcdc}" if len(qcdcs) > 1 else ""
        commands += [
            (f"`qcdc-check --help`{which}", [qcdc, "--help"], (0,), 0.150),
            (f"`qcdc-check check --help`{which}", [qcdc, "check", "--help"], (0,), 0.150),
            (f"`qcdc-check check {rel}` (one unit){which}", [qcdc, "check", str(rel)], (0, 1), 0.5),
        ]
    for _, argv, ok, _ in commands:  # untimed: the file cache (and bytecode), and a command that does not run at all
        timed(argv, ok, env)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(args.runs):
        for i, (_, argv, ok, _) in enumerate(commands):
            times[i].append(timed(argv, ok, env))
    medians = [statistics.median(t) for t in times]
    floor = medians[0]
    if args.bytecode:
        compiled = "bytecode kept between runs (--bytecode)"
    elif os.environ.get("PYTHONDONTWRITEBYTECODE"):
        compiled = "PYTHONDONTWRITEBYTECODE set: the modules compiled from source in every run"
    else:
        compiled = "bytecode as Python keeps it"
    print(f"Python {sys.version.split()[0]}, {', '.join(qcdcs)}: median of {args.runs} runs of each, each a fresh "
          f"process; {compiled}\n")
    print("| command | median ms | min ms | max ms | vs baseline | goal |")
    print("|---|---:|---:|---:|---:|---|")
    for (label, _, _, goal), t, median in zip(commands, times, medians):
        met = "" if goal is None else f"≤ {goal * 1000:.0f} ms: {'met' if median <= goal else 'MISSED'}"
        print(f"| {label} | {median * 1000:.0f} | {min(t) * 1000:.0f} | {max(t) * 1000:.0f} | "
              f"×{median / floor:.2f} | {met} |")


if __name__ == "__main__":
    main()
