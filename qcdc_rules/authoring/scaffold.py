"""``qcdc-check new ruleset --province NAME``: a provincial ruleset that validates and
tests green from the first minute, for its author to grow.

What it writes, each file commented with what to do next:
- ``ruleset.yaml``: name, version, province;
- ``parameters.yaml``: what the law leaves to the province, the village heads' term
  (2.5 or 5 years as the provincial People's Committee decides); both stay accepted and
  marked unverified until the author cites the province's decision;
- ``rules/example.yaml``: one worked example on a real duty, with its legal basis quoted
  from a shipped text: the commune chair issues the rules for receiving citizens (Law on
  Citizen Reception 2013, Art. 15 k2 a);
- ``tests/example.yaml``: the cases that prove the example can be met, can fail and can
  lack evidence;
- ``README.md``: how to add the province's own resolution (``instruments.yaml`` and
  ``texts/``), rules and cases, and how to check them."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..text import nfc

_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def rule_prefix(province: str) -> str:
    """Rule ids of a province start with its name in capitals: son-la → SONLA."""
    return province.replace("-", "").upper()


def scaffold_files(province: str, title_vi: str | None = None) -> dict[str, str]:
    """The files of a new provincial ruleset, by path relative to its folder."""
    if not _NAME.match(province):
        raise InputError.at(f"'{province}' is not a ruleset name", hint="use lower-case ASCII words joined by "
                            "hyphens, as the province is written without accents: son-la, dien-bien, ha-giang",
                            code="usage")
    prefix = rule_prefix(province)
    title_vi = nfc(title_vi or f"Bộ quy tắc của tỉnh {province}")
    return {
        "ruleset.yaml": _RULESET.format(province=province, title_vi=title_vi),
        "parameters.yaml": _PARAMETERS,
        "rules/example.yaml": _RULES.format(prefix=prefix),
        "tests/example.yaml": _CASES.format(prefix=prefix),
        "README.md": _README.format(province=province, prefix=prefix),
    }


def write_scaffold(directory: str | Path, province: str, title_vi: str | None = None) -> list[Path]:
    """Write the ruleset into ``directory``, which must not exist or be empty; nothing is
    overwritten."""
    root = Path(directory)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise InputError.at(f"{root} already exists and is not empty", file=root,
                            hint="choose a new folder with --dir; nothing was written", code="usage")
    files = scaffold_files(province, title_vi)
    written = []
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


_RULESET = """\
# A provincial ruleset: apply it with  qcdc-check unit.yaml --ruleset <this folder>
name: {province}
version: "1"
province: {province}
title:
  vi: {title_vi}
  en: Ruleset of the province {province}
"""

_PARAMETERS = """\
# What the law leaves to the province. A parameter here overrides the national one of the
# same name from its first date on (docs/time.md).
#
# The village heads' term is 2.5 or 5 years, as the provincial People's Committee decides
# (Thông tư 04/2012/TT-BNV as amended); the commune People's Inspection Board serves the same
# term (Luật 10/2022/QH15 Đ36 k2). Until the province's decision is cited, both terms stay
# accepted and every finding that reads them says the value is not confirmed. When it is:
# set both parameters to its value in months, add `citation:` and drop `unverified`.
parameters:
  - name: village_head_term_months_short
    description:
      vi: Nhiệm kỳ Trưởng thôn, Tổ trưởng tổ dân phố của tỉnh (tháng) — chưa xác minh
      en: The province's village-head term (months) — not confirmed
    values:
      - from: 2023-07-01
        value: 30
        unverified: true

  - name: village_head_term_months_long
    description:
      vi: Nhiệm kỳ Trưởng thôn, Tổ trưởng tổ dân phố của tỉnh (tháng) — chưa xác minh
      en: The province's village-head term (months) — not confirmed
    values:
      - from: 2023-07-01
        value: 60
        unverified: true
"""

_RULES = """\
# A worked example: replace it with the duties of the province's own resolution. Every rule
# cites its basis with a verbatim quote that `qcdc-check validate` finds in the shipped text;
# conditions are written in the language of docs/conditions.md.
rules:
  - id: {prefix}-TCD-15-2A
    title:
      vi: Chủ tịch UBND cấp xã ban hành nội quy tiếp công dân
      en: The commune chair has issued the rules for receiving citizens
    remediation:
      vi: Chủ tịch UBND cấp xã ban hành nội quy tiếp công dân và niêm yết tại nơi tiếp công dân.
      en: The commune chair issues the rules for receiving citizens and posts them where citizens are received.
    severity: minor
    citation:
      instrument: luat-tcd-2013
      article: 15
      clause: 2
      point: a
      quote: "Ban hành nội quy tiếp công dân"
    applies_to: [commune]
    effective: {{from: 2014-07-01}}
    requires:
      - check: exists(documents where kind == 'reception_rules')
        label:
          vi: Có nội quy tiếp công dân
          en: The rules for receiving citizens exist
"""

_CASES = """\
# Cases of the example rule: a profile fragment in, a verdict out. `qcdc-check test` runs them
# and requires, per rule, a case that meets it, one that fails it and (if it has applies_if)
# one that makes it not applicable.
cases:
  - name: met when the reception rules were issued
    rule: {prefix}-TCD-15-2A
    profile:
      type: commune
      documents:
        - {{kind: reception_rules, number: 01/QĐ-UBND, date: 2024-01-15}}
    expect: met

  - name: not met when the inspector looked and found none
    rule: {prefix}-TCD-15-2A
    profile:
      type: commune
      not_found: [documents.reception_rules]
    expect: not_met

  - name: missing evidence when documents were not looked at
    rule: {prefix}-TCD-15-2A
    profile:
      type: commune
    expect: missing_evidence
"""

_README = """\
# Ruleset of {province}

Made by `qcdc-check new ruleset --province {province}`. It validates and its cases pass as it
is; grow it in this order:

1. **The province's own texts.** Put the resolution's text in `texts/` (one `## <short name>
   Điều N. <title>` heading per article, as in `qcdc_rules/legal/texts/`) and describe it in
   `instruments.yaml` (number, kind, titles, issued, effective_from, `text:` the file name,
   `source: primary`); rules then cite it by its id.
2. **Rules** in `rules/*.yaml`, ids starting with `{prefix}-`; replace the example.
3. **Cases** in `tests/*.yaml`: for each rule one that meets it, one that fails it and, if it
   has `applies_if`, one that makes it not applicable.
4. **Parameters** in `parameters.yaml`: cite the province's decision on the village heads' term.

Check as you go:

```sh
qcdc-check validate {province}                       # every problem, with file:line:column
qcdc-check test {province} --min-coverage 100        # the cases, and which rules lack one
qcdc-check rules list --ruleset {province}           # the catalogue, for legal review
qcdc-check unit.yaml --ruleset {province}            # a unit, with the national rules
```
"""
