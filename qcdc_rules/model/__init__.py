"""Pydantic models of the inputs (unit profiles, rulesets) and of the outputs (verdicts).
No I/O here: loaders in qcdc_rules.load turn files into these."""
