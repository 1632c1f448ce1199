"""Write qcdc_rules/time/public_holidays.txt from the ``holidays`` package: Vietnam's public
holidays of the working-day calendar's years, with the days they are observed on.

The calendar reads the file, not the package, so that a check does not import ``holidays``
(which loads every country it knows). After upgrading the package, run from the repository root

    python tools/public_holidays.py

and review the difference: tests/time/test_public_holidays.py fails until the file agrees."""

from __future__ import annotations

from pathlib import Path

from qcdc_rules.time.calendar import PUBLIC_HOLIDAYS, format_public_holidays, package_holidays

TARGET = Path(__file__).resolve().parents[1] / "qcdc_rules" / "time" / PUBLIC_HOLIDAYS


def main() -> None:
    TARGET.write_text(format_public_holidays(package_holidays()), encoding="utf-8", newline="\n")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
