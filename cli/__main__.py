"""`python -m qcdc_cli …` runs `qcdc-check …` (where the console script is not on PATH)."""

from .main import main

main()
