"""`qcdc-check sample`: write a synthetic province of unit profiles to try the scorecard on."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("--province", type=click.Choice(["lai-chau"]), default=None,
              help="The province to imitate (only lai-chau: its real communes, its 2023 report's figures).")
@click.option("--national", is_flag=True,
              help="Instead of one province, a national population for measuring: --provinces synthetic "
                   "provinces (tỉnh Mẫu 01, 02, …), each drawn like the Lai Châu sample (2025 map, 1,056 units "
                   "for seed 1) with a seed of its own, every commune and unit inspected on a working day of its "
                   "own from 15/04/2026 to 30/09/2026.")
@click.option("--provinces", type=click.IntRange(min=1), default=34, show_default=True, metavar="N",
              help="With --national: how many provinces (95 make about 100,000 units).")
@click.option("--seed", type=int, default=1, show_default=True,
              help="Seed of the random draws: the same seed writes byte-identical files.")
@click.option("-o", "--output", "directory", type=click.Path(file_okay=False), required=True,
              help="Folder to write the profiles (one per unit, in a folder per commune) and a README.md to; "
                   "it must not exist or be empty, unless --force.")
@click.option("--year", type=click.Choice(["2025", "2023"]), default="2025", show_default=True,
              help="Administrative map: 2025 — the 38 communes and wards from 01/07/2025; 2023 — the 106 "
                   "communes, wards and towns before the merger.")
@click.option("--communes", type=click.IntRange(min=1), default=None, metavar="N",
              help="Only N communes (drawn with the seed) and their villages, and province-level units in "
                   "proportion: a small sample for a quick try or a test (with --national: in each province).")
@click.option("--force", is_flag=True, help="Write into a folder that is not empty (files of the same name are "
                                           "replaced; other files are left alone).")
def sample(province, national, provinces, seed, directory, year, communes, force) -> None:
    """Write a SYNTHETIC province of unit profiles — communes, their villages, and province-level
    agencies, public service units and enterprises — for trying `qcdc-check scorecard`. The
    communes are real; everything recorded about them is drawn at random, following the
    figures of the province's 2023 report (see the README.md written with them). Not
    inspection records."""
    root = Path(directory)
    if national == bool(province):
        raise click.UsageError("give --province lai-chau, or --national for a population of many provinces")
    if root.exists() and any(root.iterdir()) and not force:
        raise click.UsageError(f"{root} is not empty; choose an empty folder or add --force")
    if national and year != "2025":
        raise click.UsageError("--national draws the 2025 map only; leave out --year")
    if national:
        return _national(root, seed, provinces, communes)
    from qcdc_rules.sample import build

    result = build(province, seed, int(year), communes)
    _write(root, result.files.items())
    c = result.counts
    click.echo(f"{len(result.files) - 1 - result.records} synthetic profiles and {result.records} activity records "
               f"written to {root} (seed {seed}, map {year}): communes "
               f"{c['commune']}, villages {c['village']}, state agencies {c['state_agency']}, public service units "
               f"{c['public_service_unit']}, state-owned enterprises {c['state_owned_enterprise']}, other "
               f"enterprises {c['enterprise']}.")
    click.echo(f"next: qcdc-check scorecard {root} --province {province}   (or: qcdc-check annex {root})")


def _write(root: Path, files) -> None:
    for rel, text in files:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")


def _national(root: Path, seed: int, provinces: int, communes: int | None) -> None:
    from qcdc_rules.sample.national import National, files

    done = National()
    _write(root, files(seed, provinces, communes=communes, summary=done))
    c = done.counts
    click.echo(f"{sum(c.values())} synthetic profiles and {done.records} activity records in {done.provinces} "
               f"provinces written to {root} (seed {seed}): communes {c['commune']}, villages {c['village']}, state "
               f"agencies {c['state_agency']}, public service units {c['public_service_unit']}, state-owned "
               f"enterprises {c['state_owned_enterprise']}, other enterprises {c['enterprise']}.")
    click.echo(f"next: qcdc-check scorecard {root}")
