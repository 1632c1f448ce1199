"""Exit codes of qcdc-check, defined once; the README's table is generated from these."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # nothing outstanding; validate: no problem; test: every case passed
    FINDINGS = 1  # a rule not met, or evidence missing (at or above --fail-on); test: a case failed or coverage short
    BAD_INPUT = 2  # a file that does not load, a bad option or argument; validate: a ruleset has problems
    RULE_ERROR = 3  # a rule could not be evaluated (a verdict 'error'); the report says which
    INTERNAL = 4  # a bug: a one-line message, the traceback only with QCDC_DEBUG=1


DESCRIPTIONS = {
    ExitCode.OK: ("Không có nội dung chưa đạt hoặc thiếu thông tin", "nothing outstanding"),
    ExitCode.FINDINGS: ("Có nội dung không đạt hoặc thiếu thông tin (từ mức --fail-on trở lên)",
                        "a rule is not met or its evidence is missing (at or above --fail-on)"),
    ExitCode.BAD_INPUT: ("Tệp không đọc được, tham số sai", "bad input or usage: a file did not load, a bad option"),
    ExitCode.RULE_ERROR: ("Có quy tắc không đánh giá được (kết quả 'Lỗi')",
                          "a rule could not be evaluated (verdict 'error')"),
    ExitCode.INTERNAL: ("Lỗi nội bộ của chương trình", "an internal error (a bug)"),
}
