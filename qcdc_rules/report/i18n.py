"""Words of the reports, in Vietnamese (the default) and English.

Rule titles, remediations and citations come from the rulesets; this holds the rest:
headings, verdict and severity names, reasons, and how a condition is read aloud."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model.fact_schema import COLLECTIONS, UNIT, evidence_label
from ..lang.parser import SyntaxProblem
from ..model.vocab import BoardKind, DocumentKind, MeetingKind, PersonRole, ReceptionKind, UnitType
from ..text import nfc

LANGS = ("vi", "en")

_T: dict[str, tuple[str, str]] = {
    "title": ("BÁO CÁO KIỂM TRA THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", "GRASSROOTS DEMOCRACY INSPECTION REPORT"),
    "unit": ("Đơn vị", "Unit"),
    "code": ("Mã", "Id"),
    "type": ("Loại", "Type"),
    "as_of": ("Tính đến ngày", "As of"),
    "rulesets": ("Bộ quy tắc", "Rulesets"),
    "file": ("Tệp", "File"),
    "results": ("Kết quả", "Results"),
    "score": ("Điểm", "Score"),
    "score_formula": ("Đạt / (Đạt + Không đạt + Thiếu thông tin + Lỗi), không tính nội dung khuyến nghị",
                      "Met / (Met + Not met + Missing evidence + Error), advisory rules excluded"),
    "no_score": ("chưa tính được (không có nội dung nào áp dụng)", "none (no rule applies)"),
    "findings": ("NHỮNG NỘI DUNG CẦN KHẮC PHỤC", "WHAT NEEDS FIXING"),
    "no_findings": ("Không có nội dung nào chưa đạt hoặc thiếu thông tin.", "Nothing is outstanding."),
    "met_section": ("NHỮNG NỘI DUNG ĐÃ ĐẠT", "WHAT IS MET"),
    "advisory": ("KHUYẾN NGHỊ (không tính điểm)", "ADVICE (outside the score)"),
    "not_applicable_count": ("{n} quy tắc không áp dụng cho đơn vị này (dùng --show-all để xem).",
                             "{n} rules do not apply to this unit (use --show-all to list them)."),
    "not_applicable_count_advisory": (
        "{n} quy tắc không áp dụng cho đơn vị này, ngoài ra {a} khuyến nghị không áp dụng (dùng --show-all để xem).",
        "{n} rules do not apply to this unit, and {a} advisory rules do not either (use --show-all to list them)."),
    "col_no": ("#", "#"),
    "col_verdict": ("Kết quả", "Verdict"),
    "col_rule": ("Mã", "Rule"),
    "col_duty": ("Nội dung, căn cứ", "Duty and legal basis"),
    "col_found": ("Thực tế so với yêu cầu", "Found vs expected"),
    "col_fix": ("Khắc phục", "What to do"),
    "col_severity": ("Mức độ", "Severity"),
    "basis": ("Căn cứ", "Basis"),
    "fix": ("Khắc phục", "What to do"),
    "period": ("Kỳ", "Period"),
    "moved": ("(ngày {day} là ngày nghỉ, chuyển sang ngày làm việc tiếp theo)",
              "({day} is a day off: moved to the next working day)"),
    "done_on": ("thực hiện ngày {day}", "done on {day}"),
    "days_late": ("trễ {n} ngày", "{n} days late"),
    "overdue": ("chưa thực hiện, quá hạn {n} ngày", "not done, {n} days overdue"),
    "counting": ("Hạn tính {months} tháng sau ngày kết thúc kỳ, theo Điều 147, 148 Bộ luật Dân sự 2015 (ngày cuối "
                 "cùng là ngày nghỉ thì chuyển sang ngày làm việc tiếp theo).",
                 "Deadline counted {months} months after the period ends, as the Civil Code 2015 Art. 147–148 "
                 "counts (a last day that is a day off moves to the next working day)."),
    "counting_wd": ("Ngày làm việc tính từ ngày tiếp theo ngày xảy ra sự kiện (Điều 147 Bộ luật Dân sự 2015), "
                    "không tính thứ Bảy, Chủ nhật, ngày lễ, tết; việc làm vào ngày nghỉ được tính vào ngày làm "
                    "việc tiếp theo (Điều 148).",
                    "Working days counted from the day after the event (Civil Code 2015 Art. 147), weekends and "
                    "public holidays left out; something done on a day off counts on the next working day "
                    "(Art. 148)."),
    "inspected": ("Kỳ kiểm tra", "Inspected period"),
    "upcoming": ("SẮP ĐẾN HẠN", "FALLING DUE"),
    "nothing_due_within": ("Không có nội dung nào đến hạn trong {n} ngày tới.", "Nothing falls due in the next {n} days."),
    "nothing_due": ("Không có nội dung nào sắp đến hạn.", "Nothing falls due."),
    "col_due": ("Hạn", "Due"),
    "col_days_left": ("Còn (ngày)", "Days left"),
    "unverified": ("Giá trị chưa được xác minh trong văn bản gốc: {names}", "Value not confirmed in a primary text: {names}"),
    "due": ("hạn", "due"),
    "failures": ("TỆP KHÔNG ĐỌC ĐƯỢC", "FILES THAT DID NOT LOAD"),
    "warnings": ("Lưu ý", "Notes"),
    "needs": ("cần", "expected"),
    "found": ("thực tế", "found"),
    "none_found": ("không có", "none"),
    "none_matching": ("không có mục nào đáp ứng điều kiện", "none that meets the condition"),
    "condition": ("điều kiện", "condition"),
    "missing": ("Thiếu thông tin", "Not recorded"),
    "items_checked": ("{n} mục được xét, {f} không đạt", "{n} items checked, {f} failing"),
    "source_transcription": ("văn bản căn cứ lấy từ bản chép lại, chưa đối chiếu Công báo",
                             "legal text from a transcription, not yet checked against the Official Gazette"),
    "source_secondary": ("nguồn thứ cấp, cần xác minh", "secondary source, to be confirmed"),
    "caveat": ("Lưu ý về căn cứ", "Caveat on the legal basis"),
    "summary_units": ("Tổng hợp {n} đơn vị", "{n} units"),
    "in_force": ("Hiệu lực", "In force"),
    "col_title": ("Nội dung", "Duty"),
    "advisory_rule": ("khuyến nghị, không tính điểm", "advisory, outside the score"),
    "advisory_reason": ("Lý do chỉ khuyến nghị", "Why advisory"),
    "version": ("Phiên bản", "Version"),
    "applies_if": ("Áp dụng khi", "Applies if"),
    "requires": ("Yêu cầu", "Requires"),
    "parameters": ("Tham số", "Parameters"),
    "cases": ("Ca kiểm thử", "Test cases"),
    # the rule catalogue (qcdc-check rules list|show, docs)
    "cat_col_advisory": ("Khuyến nghị", "Advisory"),
    "cat_col_applies_to": ("Áp dụng cho", "Applies to"),
    "cat_yes": ("có", "yes"),
    "cat_count": ("Số quy tắc: {n} (trong đó khuyến nghị, không tính điểm: {a})",
                  "Rules: {n} (advisory, outside the score: {a})"),
    "cat_quote": ("Trích", "Quote"),
    "cat_no_text": ("Văn bản này không kèm theo chương trình nên không trích được toàn văn quy định",
                    "The text of this instrument does not ship with the tool, so the provision cannot be shown"),
    "cat_values_on": ("giá trị ngày {day}", "values on {day}"),
    "cat_since": ("từ ngày {day}", "since {day}"),
    "cat_unverified": ("chưa xác minh trong văn bản gốc", "not confirmed in a primary text"),
    "cat_no_cases": ("Chưa có ca kiểm thử.", "No test case yet."),
    "cat_recurs": ("Định kỳ", "Recurs"),
    "cat_every_year": ("hằng năm", "every year"),
    "cat_every_half": ("6 tháng một lần", "every half-year"),
    "cat_every_quarter": ("hằng quý", "every quarter"),
    "cat_every_month": ("hằng tháng", "every month"),
    "cat_work_year": ("theo năm công tác", "by work year"),
    "cat_due_after": ("hạn {n} tháng sau khi kết thúc kỳ", "due {n} months after the period ends"),
    "cat_done_when": ("thực hiện khi", "done when"),
    "cat_title": ("Danh mục quy tắc", "Rule catalogue"),
    "cat_intro": ("Mỗi trang là một văn bản. Theo thứ tự điều, khoản, điểm, mỗi quy tắc đứng cạnh quy định "
                  "mà nó thể hiện.",
                  "One page per instrument: article by article, each rule beside the provision it encodes."),
    "cat_from_rulesets": ("Tạo bằng `qcdc-check docs` từ các bộ quy tắc: {rulesets}.",
                          "Generated by `qcdc-check docs` from the rulesets: {rulesets}."),
    "cat_rules_n": ("Số quy tắc: {n}", "Rules: {n}"),
}

_SEVERITY = {"critical": ("nghiêm trọng", "critical"), "major": ("quan trọng", "major"), "minor": ("nhẹ", "minor")}

_REASON = {
    "unit_type": ("Chỉ áp dụng cho: {types}", "Applies only to: {types}"),
    "not_in_force": ("Chưa có hiệu lực với kỳ này (có hiệu lực từ {from})",
                     "Not yet in force for this period (in force from {from})"),
    "no_longer_in_force": ("Hết hiệu lực từ sau ngày {to}", "No longer in force after {to}"),
    "condition": ("Điều kiện áp dụng không thỏa mãn", "The conditions for it to apply are not met"),
    "not_yet_due": ("Chưa đến hạn (hạn: {due})", "Not yet due (due {due})"),
    "waiver": ("Miễn trừ: {justification} — {approver}, đến {expires}",
               "Waived: {justification} — {approver}, until {expires}"),
    "error": ("Không đánh giá được: {message}", "Could not be evaluated: {message}"),
}

_NOTICE = {
    "calendar_year_unknown": (
        "Chưa có thông báo hoán đổi ngày làm việc của năm {year} trong dữ liệu; ngày làm việc năm {year} "
        "được tính chỉ theo ngày nghỉ hằng tuần và ngày lễ, tết",
        "The Government's exchanges of working days for {year} are not in the data; working days of "
        "{year} are counted with weekends and public holidays only"),
    "flat_sheet": (
        "Tệp {file} là bảng một dòng cho mỗi đơn vị (mẫu cũ): bảng này không ghi được các nội dung đã công khai, "
        "từng cuộc họp, hội nghị, thành viên Ban…, nên các quy định cần những bằng chứng đó báo “thiếu thông tin”. "
        "Sổ ghi đầy đủ hồ sơ: lệnh qcdc-check template (mẫu trống) hoặc qcdc-check export (từ hồ sơ đã có)",
        "{file} is a one-row-per-unit sheet (the older template): it cannot hold which items were disclosed, each "
        "meeting or conference, or board members, so the rules that need them report missing evidence. The "
        "workbook that holds the whole profile: qcdc-check template (empty) or qcdc-check export (from a profile)"),
    "waiver_expired": ("Miễn trừ đối với {rule} đã hết hạn ngày {expires}; quy tắc vẫn được kiểm tra",
                       "The waiver of {rule} expired on {expires}; the rule was checked"),
}

_OPS_VI = {">=": "≥", "<=": "≤", "==": "=", "!=": "≠", ">": ">", "<": "<", "and": "và", "or": "hoặc",
           "not": "không", "in": "thuộc", "true": "có", "false": "không"}
_OPS_EN = {">=": "≥", "<=": "≤", "==": "=", "!=": "≠", "true": "yes", "false": "no"}


def t(key: str, lang: str, **kwargs: Any) -> str:
    vi, en = _T[key]
    text = en if lang == "en" else vi
    return text.format(**kwargs) if kwargs else text


def notice(code: str, detail: dict[str, Any], lang: str) -> str:
    vi, en = _NOTICE[code]
    shown = {k: date(v) if k == "expires" else v for k, v in detail.items()}
    return (en if lang == "en" else vi).format(**shown)


def severity(code: str, lang: str) -> str:
    vi, en = _SEVERITY.get(code, (code, code))
    return en if lang == "en" else vi


def date(value: str | dt.date | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%d/%m/%Y")


def unit_type(code: str, lang: str) -> str:
    try:
        return UnitType(code).label(lang)
    except ValueError:
        return code


def admin_level(code: str, lang: str) -> str:
    """province → Tỉnh; the short word, as a table column wants it."""
    short = {"province": ("Tỉnh", "province"), "district": ("Huyện", "district"),
             "commune": ("Xã", "commune"), "village": ("Thôn", "village")}
    vi, en = short.get(code, (code, code))
    return en if lang == "en" else vi


def period_label(label: str, lang: str) -> str:
    """2024 → năm 2024; 2023/2024 → năm công tác 2023–2024; 2024-Q2 → quý II/2024; 2024-H1; 2024-03."""
    roman = {"1": "I", "2": "II", "3": "III", "4": "IV"}
    if "/" in label:
        a, b = label.split("/")
        return f"năm công tác {a}–{b}" if lang == "vi" else f"work year {a}–{b}"
    if "-Q" in label:
        year, q = label.split("-Q")
        return f"quý {roman[q]}/{year}" if lang == "vi" else f"Q{q}/{year}"
    if "-H" in label:
        year, h = label.split("-H")
        return (f"6 tháng {'đầu' if h == '1' else 'cuối'} năm {year}" if lang == "vi"
                else f"{'first' if h == '1' else 'second'} half of {year}")
    if "-" in label:
        year, month = label.split("-")
        return f"tháng {month}/{year}" if lang == "vi" else f"{month}/{year}"
    return f"năm {label}" if lang == "vi" else label


def reason(code: str, detail: dict, lang: str) -> str:
    vi, en = _REASON.get(code, (code, code))
    text = en if lang == "en" else vi
    values = dict(detail)
    if code == "unit_type":
        values["types"] = ", ".join(unit_type(x, lang) for x in detail.get("applies_to", []))
    for key in ("from", "to", "due", "expires"):
        if key in values:
            values[key] = date(values[key])
    try:
        return text.format(**values)
    except (KeyError, IndexError):
        return text


_SPAN = {
    "posting": ("niêm yết ngày {opened}", "posted on {opened}"),
    "broadcast": ("phát từ ngày {opened}", "broadcast from {opened}"),
    "consultation": ("công khai nội dung lấy ý kiến ngày {opened}", "content made public on {opened}"),
}
_SPAN_ENDED = {
    "posting": ("gỡ ngày {ended}", "taken down on {ended}"),
    "broadcast": ("phát đến hết ngày {ended}", "last broadcast on {ended}"),
    "consultation": ("kết thúc ngày {ended}", "closed on {ended}"),
}


def span(counted: dict[str, Any], lang: str) -> str:
    """How a period of display was counted: "niêm yết ngày 27/12/2024, gỡ ngày 25/01/2025; tính từ
    28/12/2024 đến hết 24/01/2025: 28 ngày" (Civil Code Art. 147–148; engine/facts.py, Span)."""
    from ..time.calendar import last_working_day

    en = lang == "en"
    opened = dt.date.fromisoformat(counted["opened"])
    last = dt.date.fromisoformat(counted["last"])
    kind = counted.get("kind", "posting")
    parts = [_SPAN[kind][en].format(opened=date(opened))]
    if counted.get("ended"):
        parts.append(_SPAN_ENDED[kind][en].format(ended=date(counted["ended"])))
    elif kind != "consultation":
        parts.append("still running on the as-of date" if en else "vẫn còn vào ngày đánh giá")
    text = ", ".join(parts)
    days = counted["days"]
    if days <= 0:
        return text + ("; not a whole day counted after that day" if en else "; chưa đủ ngày nào sau ngày đó")
    counted_last = last_working_day(last)
    text += (f"; counted from {date(opened + dt.timedelta(days=1))} to the end of {date(counted_last)}: {days} days"
             if en else
             f"; tính từ {date(opened + dt.timedelta(days=1))} đến hết {date(counted_last)}: {days} ngày")
    if counted_last != last:
        text += (f" ({date(last)} is a day off: a period whose last day is a day off runs on to the next "
                 "working day, Civil Code Art. 148(5))" if en else
                 f" ({date(last)} là ngày nghỉ: thời hạn có ngày cuối là ngày nghỉ thì kéo dài đến hết ngày làm "
                 "việc tiếp theo, khoản 5 Điều 148 Bộ luật Dân sự)")
    return text


def _field_label(name: str, coll: str | None, lang: str) -> str | None:
    if name.startswith("unit__"):
        spec = UNIT.fields.get(name[len("unit__"):])
        return spec.label(lang) if spec else None
    if coll and coll in COLLECTIONS and name in COLLECTIONS[coll].fields:
        return COLLECTIONS[coll].fields[name].label(lang)
    return None


_CONSTANTS = {"as_of": ("ngày đánh giá", "the as-of date"), "due": ("hạn", "the deadline"),
              "period.start": ("ngày đầu kỳ", "the first day of the period"),
              "period.end": ("ngày cuối kỳ", "the last day of the period"),
              "period.previous_due": ("hạn của kỳ trước", "the previous period's deadline")}
_OPS = {">=": "≥", "<=": "≤", "==": "=", "!=": "≠", ">": ">", "<": "<", "+": "+", "-": "−", "*": "×", "/": "/"}
_WORDS = {
    "and": ("và", "and"), "or": ("hoặc", "or"), "not": ("không phải", "not"),
    "in": ("là một trong", "is one of"), "not in": ("không là", "is none of"),
    "has": ("đã ghi {x}", "{x} recorded"), "exists": ("có {c}", "some {c}"),
    "exists_where": ("có {c} mà {w}", "some {c} where {w}"),
    "count": ("số {c}", "the number of {c}"), "count_where": ("số {c} mà {w}", "the number of {c} where {w}"),
    "all": ("mọi {c} đều có: {b}", "every {c} has: {b}"),
    "all_where": ("mọi {c} mà {w} đều có: {b}", "every {c} where {w} has: {b}"),
    "or_list": ("hoặc", "or"),
}


def _w(key: str, lang: str, **kw: str) -> str:
    vi, en = _WORDS[key]
    return (en if lang == "en" else vi).format(**kw)


def _speak(node, lang: str, coll: str | None, top: bool = False) -> str:
    """One node of a condition in words (Vietnamese or English)."""
    from ..lang.ast import Aggregate, Binary, BoolOp, Call, Compare, ListLit, Literal, Name, Unary

    if isinstance(node, Literal):
        v = node.value
        if isinstance(v, bool):
            return ("yes" if v else "no") if lang == "en" else ("có" if v else "không")
        if isinstance(v, dt.date):
            return date(v)
        if isinstance(v, str):
            return _code_label(v, lang)
        if v is None:
            return "–"
        return str(v).replace(".", ",") if lang == "vi" and isinstance(v, float) else str(v)
    if isinstance(node, ListLit):
        items = [_speak(i, lang, coll) for i in node.items]
        return ", ".join(items[:-1]) + f" {_w('or_list', lang)} {items[-1]}" if len(items) > 1 else "".join(items)
    if isinstance(node, Name):
        dotted = node.dotted
        if dotted in _CONSTANTS:
            vi, en = _CONSTANTS[dotted]
            return en if lang == "en" else vi
        if node.parts[0] == "unit" and len(node.parts) == 2:
            spec = UNIT.fields.get(node.parts[1])
            return spec.label(lang) if spec else node.parts[1]
        label = _field_label(dotted, coll, lang)
        if label is None and coll is None:  # a field read without its collection: any that has it
            label = next((ft.fields[dotted].label(lang) for ft in COLLECTIONS.values() if dotted in ft.fields), None)
        return label or dotted
    if isinstance(node, Unary):
        inner = _speak(node.operand, lang, coll)
        if node.op == "-":
            return f"−{inner}"
        return f"{_w('not', lang)} ({inner})" if isinstance(node.operand, BoolOp) else f"{_w('not', lang)} {inner}"
    if isinstance(node, Binary):
        return f"{_speak(node.left, lang, coll)} {_OPS[node.op]} {_speak(node.right, lang, coll)}"
    if isinstance(node, Compare):
        left, right = _speak(node.left, lang, coll), _speak(node.right, lang, coll)
        if node.op in ("in", "not in"):
            return f"{left} {_w(node.op, lang)} {right}"
        return f"{left} {_OPS[node.op]} {right}"
    if isinstance(node, BoolOp):
        text = f" {_w(node.op, lang)} ".join(_speak(i, lang, coll) for i in node.items)
        return text if top else f"({text})"
    if isinstance(node, Call):
        args = [_speak(a, lang, coll) for a in node.args]
        if node.func == "has":
            return _w("has", lang, x=args[0])
        word = {"max": ("lớn nhất của", "the largest of"), "min": ("nhỏ nhất của", "the smallest of")}[node.func]
        return f"{word[lang == 'en']} ({', '.join(args)})"
    if isinstance(node, Aggregate):
        c = COLLECTIONS[node.collection].label(lang) if node.collection in COLLECTIONS else node.collection
        w = _speak(node.where, lang, node.collection, top=True) if node.where is not None else None
        b = _speak(node.body, lang, node.collection, top=True) if node.body is not None else None
        key = node.func + ("_where" if w is not None else "")
        return _w(key, lang, c=c, w=w or "", b=b or "")
    return str(node)


def humanize(expression: str, lang: str, coll: str | None = None) -> str:
    """A condition read aloud in words: field names become their labels, codes their labels,
    aggregates and operators words ("có văn bản mà loại văn bản = “Quy chế …”")."""
    from ..lang.parser import parse

    try:
        node = parse(expression)
    except SyntaxProblem:
        ops = _OPS_EN if lang == "en" else _OPS_VI
        return ops.get(expression, expression)
    return nfc(_speak(node, lang, coll, top=True))


def _needs(needs: str, lang: str) -> str:
    """What a derived field is computed from, as the reader records it: "boards[].members[].position"
    → "chức vụ trong cơ quan, đơn vị (`position`)", "meetings[kind=council_session]" → its kind."""
    from ..lang.prose import expand

    parts = needs.split(".")
    last = parts[-1]
    if "[" in last and "=" in last:
        scope, cond = last.split("[", 1)
        field, value = cond.rstrip("]").split("=", 1)
        return expand(f"{{{scope}.{field}: {value}}}", lang)
    scope = parts[-2].split("[")[0] if len(parts) > 1 else last.split("[")[0]
    return expand(f"{{{scope}.{last.split('[')[0]}}}", lang)


def _code_label(code: str, lang: str) -> str:
    """A vocabulary code as its label in quotes ('democracy_regulation' → “Quy chế …”): the
    profile's closed vocabularies, those of unit types and kinds first."""
    for vocab in _vocabularies():
        try:
            return f"“{vocab(code).label(lang)}”"
        except ValueError:
            continue
    return f"'{code}'"


def code_label(code: str, lang: str, coll: str | None = None, field: str | None = None) -> str | None:
    """A field's value that is a code of its vocabulary, by its label (unquoted); None for a field
    that takes no closed vocabulary."""
    ft = UNIT if coll == "unit" else COLLECTIONS.get(coll or "")
    spec = ft.fields.get(field or "") if ft else None
    if spec is not None and spec.enum is not None:
        try:
            return spec.enum(code).label(lang)
        except ValueError:
            return code
    return None


def _vocabularies() -> list[type]:
    from ..model import vocab

    first = [DocumentKind, MeetingKind, BoardKind, PersonRole, UnitType, ReceptionKind]
    rest = [v for v in vars(vocab).values()
            if isinstance(v, type) and issubclass(v, vocab.Vocab) and v is not vocab.Vocab and v not in first]
    return first + rest


def evidence(key: str, lang: str) -> str:
    """'documents.democracy_regulation' → 'Quy chế thực hiện dân chủ ở cơ sở';
    'disclosures.office_days' → 'nội dung công khai: số ngày niêm yết …'."""
    coll, _, rest = key.partition(".")
    if rest.startswith("unit__") and rest[len("unit__"):] in UNIT.fields:  # a unit field an item condition reads
        return UNIT.fields[rest[len("unit__"):]].label(lang)
    if coll in COLLECTIONS and rest in COLLECTIONS[coll].fields:
        spec = COLLECTIONS[coll].fields[rest]
        where = f" ({'record' if lang == 'en' else 'cần ghi'} {_needs(spec.needs, lang)})" if spec.needs else ""
        return f"{COLLECTIONS[coll].label(lang)}: {spec.label(lang)}{where}"
    try:
        return evidence_label(key, lang)
    except KeyError:
        return key
