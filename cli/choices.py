"""The closed lists that options offer as choices, as plain strings, so that ``--help`` can print
them without importing the library's models (pydantic), renderers and engine: a help text must
cost click and this package, nothing else (issue 14). Each list is the values of a library enum,
in its order; tests/cli/test_startup.py holds them equal, so a value added to the enum fails
there until it is added here too."""

from __future__ import annotations

# qcdc_rules.report.render.OutputFormat, and its groups
REPORT_FORMATS = ("table", "markdown", "json")
CHECK_FORMATS = REPORT_FORMATS + ("text", "junit", "sarif")
AUTHOR_FORMATS = ("text", "json", "junit", "sarif")

# qcdc_rules.model.ruleset.Severity
SEVERITIES = ("critical", "major", "minor")

# qcdc_rules.model.vocab.UnitType
UNIT_TYPES = ("commune", "village", "state_agency", "public_service_unit", "state_owned_enterprise", "enterprise")

# qcdc_rules.report.catalogue.LAW: the instrument --article alone refers to
LAW = "luat-10-2022"
