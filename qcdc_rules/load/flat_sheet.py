"""The older, flat spreadsheet (``qcdc-check template --flat``): one row per unit, one column per
figure a steering committee collects. It cannot hold disclosures, meetings or board members; the
workbook of the whole profile is ``load/workbook.py``. The columns are defined once, here; the template writer (below) and the
reader (``qcdc_rules.load.spreadsheet``) both use them.

Every column maps onto exactly one field of a unit profile (``target``, a path such as
``boards[kind=people_inspection].term.from``): a filled cell records that field, a blank cell
records nothing, so the rules that need it report missing evidence. "We looked and there is
none" is said in the ``not_found`` column, never by a blank."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..model.vocab import UnitType
from ..text import nfc

LANGS = ("vi", "en")
KINDS = ("text", "date", "count", "month", "yesno", "unit_type", "keys")

ALL = frozenset(UnitType)
COMMUNE = frozenset({UnitType.commune})
VILLAGE = frozenset({UnitType.village})
AGENCIES = frozenset({UnitType.state_agency, UnitType.public_service_unit})
SOE = frozenset({UnitType.state_owned_enterprise})
ENTERPRISE = frozenset({UnitType.enterprise})
ORGANISATIONS = AGENCIES | SOE | ENTERPRISE

YES = ("có", "yes")
NO = ("không", "no")


@dataclass(frozen=True)
class Column:
    """One column of the template: its headers, what it means, and the profile field it fills."""

    key: str
    vi: str  # header in Vietnamese
    en: str  # header in English
    kind: str  # one of KINDS
    target: str  # profile path: name, name.name, collection[field=value].name, collection[].name
    about_vi: str
    about_en: str
    types: frozenset[UnitType] = ALL  # unit types the column matters for (--type)
    required: bool = False
    unit_vi: str | None = None  # for counts: what is counted
    unit_en: str | None = None

    def header(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def help(self, lang: str = "vi") -> str:
        """What the column means, its format or unit, its allowed values, and what blank means."""
        en = lang == "en"
        about = self.about_en if en else self.about_vi
        fmt = _format_text(self, lang)
        tail = ("Required." if en else "Bắt buộc.") if self.required else \
            ("Blank: not recorded (not 'no')." if en else "Để trống: chưa ghi nhận (không phải là 'không').")
        return f"{about} {fmt} {tail}"

    @property
    def path(self) -> tuple[tuple[str, dict[str, str] | None], ...]:
        return parse_target(self.target)


def _format_text(c: Column, lang: str) -> str:
    en = lang == "en"
    if c.kind == "date":
        return "Date: dd/mm/yyyy." if en else "Ngày: dd/mm/yyyy."
    if c.kind == "count":
        unit = c.unit_en if en else c.unit_vi
        return (f"Whole number, 0 or more ({unit})." if en else f"Số nguyên, từ 0 trở lên ({unit}).") if unit else \
            ("Whole number, 0 or more." if en else "Số nguyên, từ 0 trở lên.")
    if c.kind == "month":
        return "A month, 1 to 12." if en else "Tháng, từ 1 đến 12."
    if c.kind == "yesno":
        return "yes / no." if en else "có / không."
    if c.kind == "unit_type":
        return ("One of: " if en else "Một trong: ") + "; ".join(t.label(lang) for t in UnitType) + "."
    if c.kind == "keys":
        return ("Evidence kinds separated by ';', e.g. documents.democracy_measures_resolution; "
                "meetings.covenant_review." if en else
                "Các loại hồ sơ, cách nhau bởi dấu ';', ví dụ documents.democracy_measures_resolution; "
                "meetings.covenant_review.")
    return "Text." if en else "Chữ."


_SEGMENT = re.compile(r"^([a-z_]+)(?:\[(?:([a-z_]+)=([a-z_]+))?\])?$")


def parse_target(target: str) -> tuple[tuple[str, dict[str, str] | None], ...]:
    """``documents[kind=covenant].recognised_by.date`` → (("documents", {"kind": "covenant"}),
    ("recognised_by", None), ("date", None)); ``trainings[]`` selects the one item, {}."""
    out = []
    for part in target.split("."):
        m = _SEGMENT.match(part)
        if not m:
            raise ValueError(f"bad column target '{target}' at '{part}'")
        name, key, value = m.groups()
        out.append((name, ({key: value} if key else {}) if "[" in part else None))
    return tuple(out)


def _c(key, vi, en, kind, target, about_vi, about_en, types=ALL, required=False, unit=None) -> Column:
    unit_vi, unit_en = unit if unit else (None, None)
    return Column(key, vi, en, kind, target, about_vi, about_en, frozenset(types), required, unit_vi, unit_en)


_BOARD = "boards[kind=people_inspection]"
_BOARD_TYPES = COMMUNE | AGENCIES | SOE

COLUMNS: tuple[Column, ...] = (
    # Who and when
    _c("id", "Mã đơn vị", "Unit ID", "text", "id",
       "Mã riêng của đơn vị, không trùng trong tệp, giữ nguyên qua các năm (ví dụ lc-khun-ha-2025).",
       "The unit's own code, unique in the file and kept from year to year (e.g. lc-khun-ha-2025).",
       required=True),
    _c("name", "Tên đơn vị", "Unit name", "text", "name",
       "Tên đầy đủ, ví dụ Ủy ban nhân dân xã Khun Há, Bản Nà Tăm.",
       "Full name, e.g. Ủy ban nhân dân xã Khun Há, Bản Nà Tăm.", required=True),
    _c("type", "Loại đơn vị", "Unit type", "unit_type", "type",
       "Loại đơn vị theo Luật Thực hiện dân chủ ở cơ sở; quyết định quy tắc nào áp dụng.",
       "The kind of unit under the Law on Grassroots Democracy; decides which rules apply.", required=True),
    _c("as_of", "Ngày đánh giá", "As-of date", "date", "as_of",
       "Số liệu tính đến ngày này; đơn vị được đánh giá tại ngày này.",
       "The figures are as of this date; the unit is judged as of it.", required=True),
    _c("inspected_from", "Đánh giá từ ngày", "Inspected from", "date", "inspected_from",
       "Đầu kỳ đánh giá: nhiệm vụ định kỳ được xét cho mọi kỳ kết thúc từ ngày này (mặc định 12 tháng trước "
       "ngày đánh giá).",
       "Start of the period checked: recurring duties are checked for every period that closed since "
       "(default: 12 months before the as-of date)."),
    _c("province", "Tỉnh", "Province", "text", "admin_path[level=province].name",
       "Tên tỉnh, ví dụ Lai Châu.", "Name of the province, e.g. Lai Châu."),
    _c("district", "Huyện (trước 01/07/2025)", "District (before 01/07/2025)", "text",
       "admin_path[level=district].name",
       "Tên huyện; chỉ ghi khi ngày đánh giá trước 01/07/2025 (từ ngày đó không còn cấp huyện).",
       "Name of the district; only for as-of dates before 01/07/2025 (districts were abolished then)."),
    _c("commune", "Xã, phường", "Commune or ward", "text", "admin_path[level=commune].name",
       "Tên xã, phường, đặc khu (không ghi chữ 'xã'), ví dụ Khun Há.",
       "Name of the commune, ward or special zone (without 'xã'), e.g. Khun Há."),
    _c("village", "Thôn, bản, tổ dân phố", "Village or residential group", "text",
       "admin_path[level=village].name",
       "Tên thôn, bản, tổ dân phố (đơn vị là thôn), ví dụ Nà Tăm.",
       "Name of the village or residential group (when the unit is one), e.g. Nà Tăm.", types=VILLAGE),
    _c("inspected_by", "Người, đoàn kiểm tra", "Inspected by", "text", "inspected_by",
       "Ai lập số liệu hoặc kiểm tra, ví dụ Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã.",
       "Who collected or checked the figures, e.g. the commune democracy steering committee."),
    # Size
    _c("villages", "Số thôn, bản, tổ dân phố", "Villages", "count", "headcount.villages",
       "Số thôn, bản, tổ dân phố trên địa bàn xã (để xét niêm yết ở mọi thôn).",
       "Villages and residential groups in the commune (every one must get the postings).",
       types=COMMUNE, unit=("thôn, bản, tổ dân phố", "villages")),
    _c("households", "Số hộ gia đình", "Households", "count", "headcount.households",
       "Số hộ gia đình trên địa bàn.", "Households in the area.",
       types=COMMUNE | VILLAGE, unit=("hộ", "households")),
    _c("staff", "Số cán bộ, công chức, viên chức, người lao động", "Staff", "count", "headcount.staff",
       "Tổng số cán bộ, công chức, viên chức, người lao động của cơ quan, đơn vị.",
       "All cadres, civil servants, public employees and workers of the unit.",
       types=AGENCIES | SOE, unit=("người", "people")),
    _c("workers", "Số người lao động", "Workers", "count", "headcount.workers",
       "Số người lao động của doanh nghiệp.", "Workers of the enterprise.",
       types=SOE | ENTERPRISE, unit=("người", "people")),
    # Facts that decide whether a duty applies
    _c("has_loudspeaker", "Có hệ thống truyền thanh", "Has a loudspeaker system", "yesno",
       "attributes.has_loudspeaker",
       "Xã có hệ thống truyền thanh (thì phải phát các nội dung công khai trên loa).",
       "The commune has a loudspeaker or radio system (so disclosures must be broadcast).", types=COMMUNE),
    _c("has_website", "Có trang thông tin điện tử", "Has a website", "yesno", "attributes.has_website",
       "Có cổng hoặc trang thông tin điện tử riêng.", "Has its own web portal or website.",
       types=COMMUNE | AGENCIES | SOE),
    _c("ethnic_minority_area", "Vùng đồng bào dân tộc thiểu số", "Ethnic-minority area", "yesno",
       "attributes.ethnic_minority_area", "Địa bàn thuộc vùng đồng bào dân tộc thiểu số.",
       "The area is an ethnic-minority area.", types=COMMUNE | VILLAGE),
    _c("has_union", "Có tổ chức Công đoàn", "Has a trade union", "yesno", "attributes.has_union",
       "Cơ quan, đơn vị, doanh nghiệp có tổ chức Công đoàn cơ sở.", "The unit has a grassroots trade union.",
       types=ORGANISATIONS),
    _c("fully_state_funded", "Hưởng 100% lương từ ngân sách", "Pay wholly from the State budget", "yesno",
       "attributes.fully_state_funded",
       "Đơn vị sự nghiệp công lập hưởng 100% lương từ ngân sách nhà nước (Luật 97/2025 Điều 5 khoản 2).",
       "A public service unit whose pay is wholly from the State budget (Law 97/2025 Art. 5(2)).",
       types=frozenset({UnitType.public_service_unit})),
    _c("work_year_start_month", "Tháng bắt đầu năm công tác", "Work year starts in month", "month",
       "attributes.work_year_start_month",
       "Tháng bắt đầu năm công tác, nếu không phải tháng 1 (trường học: 9); quyết định hạn của hội nghị hằng năm.",
       "First month of the work year when it is not January (schools: 9); sets when the annual conference "
       "is due.", types=AGENCIES),
    # The democracy regulation
    _c("regulation_number", "Quy chế dân chủ: số", "Democracy regulation: number", "text",
       "documents[kind=democracy_regulation].number",
       "Số, ký hiệu văn bản ban hành quy chế thực hiện dân chủ ở cơ sở, ví dụ 125/QĐ-UBND.",
       "Number of the decision issuing the democracy regulation, e.g. 125/QĐ-UBND.", types=COMMUNE | ORGANISATIONS),
    _c("regulation_date", "Quy chế dân chủ: ngày ban hành", "Democracy regulation: date issued", "date",
       "documents[kind=democracy_regulation].date",
       "Ngày ban hành quy chế thực hiện dân chủ ở cơ sở đang có hiệu lực.",
       "Date the democracy regulation in force was issued.", types=COMMUNE | ORGANISATIONS),
    _c("regulation_with_front", "Quy chế dân chủ: xây dựng cùng MTTQ xã", "Democracy regulation: drafted with "
       "the Front", "yesno", "documents[kind=democracy_regulation].with_front",
       "Quy chế được xây dựng phối hợp với Ủy ban MTTQ Việt Nam cấp xã (Luật Điều 35 khoản 2 c).",
       "The regulation was drafted with the commune Fatherland Front committee (Law Art. 35(2)(c)).",
       types=COMMUNE),
    _c("regulation_with_union", "Quy chế dân chủ: ban hành cùng Công đoàn", "Democracy regulation: issued with "
       "the union", "yesno", "documents[kind=democracy_regulation].with_union",
       "Quy chế được ban hành phối hợp với Ban Chấp hành Công đoàn.",
       "The regulation was issued together with the trade union executive.", types=ORGANISATIONS),
    _c("measures_number", "NQ HĐND xã về biện pháp dân chủ: số", "Council resolution on democracy measures: "
       "number", "text", "documents[kind=democracy_measures_resolution].number",
       "Số Nghị quyết của HĐND xã quyết định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở (NQ 75/NQ-HĐND "
       "Lai Châu Điều 3 khoản 4).",
       "Number of the commune council's resolution on measures to ensure grassroots democracy (Lai Châu "
       "Resolution 75 Art. 3(4)).", types=COMMUNE),
    _c("measures_date", "NQ HĐND xã về biện pháp dân chủ: ngày", "Council resolution on democracy measures: "
       "date", "date", "documents[kind=democracy_measures_resolution].date",
       "Ngày ban hành Nghị quyết đó.", "Date that resolution was adopted.", types=COMMUNE),
    # The People's Inspection Board
    _c("board_elected", "Ban TTND: ngày bầu", "People's Inspection Board: elected on", "date",
       f"{_BOARD}.elected", "Ngày bầu Ban Thanh tra nhân dân đương nhiệm.",
       "Date the People's Inspection Board in office was elected.", types=_BOARD_TYPES),
    _c("board_term_from", "Ban TTND: nhiệm kỳ từ ngày", "People's Inspection Board: term from", "date",
       f"{_BOARD}.term.from", "Ngày bắt đầu nhiệm kỳ (ghi cùng ngày kết thúc).",
       "First day of its term (give the last day too).", types=_BOARD_TYPES),
    _c("board_term_to", "Ban TTND: nhiệm kỳ đến ngày", "People's Inspection Board: term to", "date",
       f"{_BOARD}.term.to", "Ngày kết thúc nhiệm kỳ.", "Last day of its term.", types=_BOARD_TYPES),
    _c("board_recognised_on", "Ban TTND: ngày quyết định công nhận", "People's Inspection Board: recognised on",
       "date", f"{_BOARD}.recognised_by.date",
       "Ngày quyết định công nhận kết quả bầu Ban Thanh tra nhân dân.",
       "Date of the decision recognising the election result.", types=_BOARD_TYPES),
    # Training
    _c("training_plan_date", "Kế hoạch tập huấn: ngày ban hành", "Training plan: date issued", "date",
       "documents[kind=training_plan].date",
       "Ngày ban hành kế hoạch tập huấn, bồi dưỡng về thực hiện dân chủ ở cơ sở (NQ 75 Điều 4 khoản 1 a).",
       "Date the training plan on grassroots democracy was issued (Resolution 75 Art. 4(1)(a)).",
       types=COMMUNE | AGENCIES | SOE),
    _c("training_date", "Tập huấn gần nhất: ngày", "Latest training: date", "date", "trainings[].date",
       "Ngày của lớp tập huấn, hội nghị phổ biến về dân chủ ở cơ sở gần nhất mà đơn vị tổ chức hoặc cử người dự.",
       "Date of the latest training or briefing on grassroots democracy the unit held or attended."),
    # Disclosure (communes)
    _c("disclosure_plan_date", "Kế hoạch công khai thông tin: ngày ban hành", "Disclosure plan: date issued",
       "date", "documents[kind=disclosure_plan].date",
       "Ngày UBND xã ban hành kế hoạch thực hiện công khai thông tin (Luật Điều 13).",
       "Date the commune People's Committee issued its disclosure plan (Law Art. 13).", types=COMMUNE),
    _c("disclosed_list_date", "Danh sách nội dung đã công khai: ngày cập nhật", "List of disclosed items: "
       "updated on", "date", "documents[kind=disclosed_items_list].date",
       "Ngày cập nhật gần nhất của danh sách nội dung đã công khai (cập nhật theo quý).",
       "Date the quarterly list of disclosed items was last updated.", types=COMMUNE),
    # Conferences
    _c("dialogue_date", "Hội nghị đối thoại với Nhân dân: ngày", "Dialogue conference with residents: date",
       "date", "meetings[kind=dialogue_conference].date",
       "Ngày hội nghị trao đổi, đối thoại gần nhất giữa UBND xã với Nhân dân (Luật Điều 32).",
       "Date of the latest dialogue conference between the commune People's Committee and residents "
       "(Law Art. 32).", types=COMMUNE),
    _c("village_conference_date", "Hội nghị định kỳ cộng đồng dân cư: ngày", "Annual community conference: date",
       "date", "meetings[kind=village_annual_conference].date",
       "Ngày hội nghị định kỳ cuối năm gần nhất của cộng đồng dân cư (Luật Điều 33).",
       "Date of the latest year-end conference of the residential community (Law Art. 33).", types=VILLAGE),
    _c("staff_conference_date", "Hội nghị CB, CC, VC, NLĐ: ngày", "Staff conference: date", "date",
       "meetings[kind=staff_conference].date",
       "Ngày hội nghị cán bộ, công chức, viên chức, người lao động hằng năm gần nhất (Luật Điều 51).",
       "Date of the latest annual staff conference (Law Art. 51).", types=AGENCIES),
    _c("staff_conference_present", "Hội nghị CB, CC, VC, NLĐ: số người dự", "Staff conference: present",
       "count", "meetings[kind=staff_conference].present",
       "Số người có mặt tại hội nghị đó (hội nghị toàn thể).", "People present at that (plenary) conference.",
       types=AGENCIES, unit=("người", "people")),
    _c("workers_conference_date", "Hội nghị người lao động: ngày", "Workers' conference: date", "date",
       "meetings[kind=workers_conference].date",
       "Ngày hội nghị người lao động gần nhất.", "Date of the latest workers' conference.",
       types=SOE | ENTERPRISE),
    _c("workplace_dialogue_date", "Đối thoại tại nơi làm việc: ngày", "Workplace dialogue: date", "date",
       "meetings[kind=workplace_dialogue].date",
       "Ngày đối thoại định kỳ tại nơi làm việc gần nhất (Bộ luật Lao động Điều 63).",
       "Date of the latest periodic workplace dialogue (Labour Code Art. 63).", types=SOE | ENTERPRISE),
    # The village covenant
    _c("covenant_date", "Hương ước, quy ước: ngày", "Village covenant: date", "date",
       "documents[kind=covenant].date", "Ngày hội nghị cộng đồng dân cư thông qua hương ước, quy ước đang áp dụng.",
       "Date the community adopted the covenant in force.", types=VILLAGE),
    _c("covenant_recognised_on", "Hương ước, quy ước: ngày quyết định công nhận", "Village covenant: "
       "recognised on", "date", "documents[kind=covenant].recognised_by.date",
       "Ngày quyết định công nhận (phê duyệt) hương ước, quy ước.",
       "Date of the decision recognising the covenant.", types=VILLAGE),
    _c("covenant_recognised", "Hương ước, quy ước: đã được công nhận", "Village covenant: recognised", "yesno",
       "documents[kind=covenant].recognised",
       "'không': đã kiểm tra, chưa có quyết định công nhận. 'có' chỉ là lời khai: quy tắc cần ngày quyết định "
       "công nhận.",
       "'no': checked, there is no recognition decision. 'yes' alone is a claim: the rules need the date of "
       "the decision.", types=VILLAGE),
    _c("covenant_review_date", "Rà soát hương ước, quy ước: ngày", "Covenant review: date", "date",
       "meetings[kind=covenant_review].date",
       "Ngày rà soát, đánh giá việc thực hiện hương ước, quy ước gần nhất (Nghị định 61/2023 Điều 15).",
       "Date of the latest annual review of the covenant (Decree 61/2023 Art. 15).", types=VILLAGE),
    # Looked for, none; notes
    _c("not_found", "Đã kiểm tra, không có", "Looked for, none found", "keys", "not_found",
       "Những loại hồ sơ đã tìm mà không có (để quy tắc kết luận 'không đạt' thay vì 'thiếu thông tin'). Không "
       "ghi loại đã có ở cột khác.",
       "The kinds of evidence looked for and not found (so the rule says 'not met' rather than 'missing "
       "evidence'). Do not list a kind recorded in another column."),
    _c("notes", "Ghi chú", "Notes", "text", "notes", "Ghi chú tự do.", "Free notes."),
)

BY_KEY = {c.key: c for c in COLUMNS}
# Columns a unit's own sheet may carry that are not data: row numbers.
IGNORED_HEADERS = ("stt", "tt", "số tt", "no.", "no", "#")


def columns_for(unit_type: UnitType | str | None = None) -> tuple[Column, ...]:
    """Every column, or those that matter for one unit type (the identity columns always)."""
    if unit_type is None:
        return COLUMNS
    ut = UnitType(unit_type)
    return tuple(c for c in COLUMNS if c.required or ut in c.types)


def header_key(text: object) -> str:
    """How a header cell is compared: NFC, case-folded, single spaces."""
    return " ".join(nfc(str(text)).casefold().split())


HEADERS: dict[str, Column] = {header_key(c.header(lang)): c for c in COLUMNS for lang in LANGS}
HELP_TEXTS: dict[str, frozenset[str]] = {c.key: frozenset(header_key(c.help(lang)) for lang in LANGS)
                                         for c in COLUMNS}

_T = {
    "units": ("Đơn vị", "Units"),
    "guide": ("Hướng dẫn", "Guide"),
    "lists": ("Danh mục", "Lists"),
    "g_title": ("MẪU SỐ LIỆU THỰC HIỆN DÂN CHỦ Ở CƠ SỞ — mỗi dòng một đơn vị",
                "GRASSROOTS DEMOCRACY FIGURES — one row per unit"),
    "g_lines": (
        ("Điền từ dòng 3 của trang 'Đơn vị'; dòng 1 là tên cột, dòng 2 là giải thích (giữ nguyên hoặc xóa).",
         "Ô để trống là chưa ghi nhận: quy tắc cần số liệu đó sẽ báo 'thiếu thông tin', không bao giờ hiểu là "
         "'không'. Đã kiểm tra mà không có thì ghi vào cột 'Đã kiểm tra, không có'.",
         "Ngày ghi dd/mm/yyyy (hoặc yyyy-mm-dd); số là số nguyên không âm; có/không chọn trong danh sách.",
         "Kiểm tra: qcdc-check TỆP.xlsx, hoặc bảng điểm: qcdc-check scorecard TỆP.xlsx --province lai-chau. "
         "Dòng sai được báo kèm tệp, trang, số dòng và tên cột; các dòng khác vẫn được chấm."),
        ("Fill in from row 3 of the 'Units' sheet; row 1 holds the headers, row 2 explains them (keep or delete it).",
         "A blank cell is not recorded: a rule that needs it reports missing evidence, never 'no'. What was looked "
         "for and not found goes in the column 'Looked for, none found'.",
         "Dates as dd/mm/yyyy (or yyyy-mm-dd); numbers are whole and not negative; yes/no from the list.",
         "Check: qcdc-check FILE.xlsx, or a scorecard: qcdc-check scorecard FILE.xlsx --province lai-chau. A bad "
         "row is reported with its file, sheet, row number and column; the other rows are still scored.")),
    "g_head": (("Cột", "Ý nghĩa, định dạng, giá trị cho phép", "Bắt buộc", "Áp dụng cho", "Trường hồ sơ"),
               ("Column", "Meaning, format, allowed values", "Required", "Applies to", "Profile field")),
    "all_types": ("mọi loại đơn vị", "every unit type"),
}


def t(key: str, lang: str):
    vi, en = _T[key]
    return en if lang == "en" else vi


def yes_no(lang: str) -> tuple[str, str]:
    return ("yes", "no") if lang == "en" else ("có", "không")


def _types_text(c: Column, lang: str) -> str:
    if c.types == ALL:
        return t("all_types", lang)
    return "; ".join(u.label(lang) for u in UnitType if u in c.types)


# ---------------------------------------------------------------- writing the template

FIRST_DATA_ROW = 3  # row 1: headers, row 2: what each column means
LAST_VALIDATED_ROW = 5000


def template_csv(lang: str = "vi", unit_type: UnitType | str | None = None) -> bytes:
    """The header row and the explanation row, as CSV in UTF-8 with a byte-order mark (so
    Excel opens the Vietnamese correctly)."""
    cols = columns_for(unit_type)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.header(lang) for c in cols])
    writer.writerow([c.help(lang) for c in cols])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def template_xlsx(lang: str = "vi", unit_type: UnitType | str | None = None) -> bytes:
    """The units sheet (frozen, commented headers, an explanation row, data validation on every
    column), a guide sheet, and a hidden sheet holding the lists the validation offers."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    # the profile workbook's module, for its header colour: imported by the one writer that needs it,
    # so reading a YAML profile (load.spreadsheet imports this module) does not load the workbook's
    from .workbook import HEADER_COLOUR

    cols = columns_for(unit_type)
    types = [UnitType(unit_type)] if unit_type is not None else list(UnitType)
    book = Workbook()
    sheet = book.active
    sheet.title = t("units", lang)
    lists = book.create_sheet(t("lists", lang))
    lists.sheet_state = "hidden"
    for i, ut in enumerate(types, start=1):
        lists.cell(row=i, column=1, value=ut.label(lang))
    type_range = f"'{lists.title}'!$A$1:$A${len(types)}"

    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_COLOUR)
    required_fill = PatternFill("solid", fgColor="FCE4D6")
    note_font = Font(italic=True, color="595959", size=9)
    yes, no = yes_no(lang)
    for j, c in enumerate(cols, start=1):
        head = sheet.cell(row=1, column=j, value=c.header(lang))
        head.font, head.fill = bold, required_fill if c.required else fill
        head.alignment = Alignment(wrap_text=True, vertical="top")
        head.comment = Comment(c.help(lang), "qcdc-check", width=320, height=160)
        note = sheet.cell(row=2, column=j, value=c.help(lang))
        note.font, note.alignment = note_font, Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(j)
        sheet.column_dimensions[letter].width = 30 if c.kind in ("text", "keys") else 18
        cells = f"{letter}{FIRST_DATA_ROW}:{letter}{LAST_VALIDATED_ROW}"
        dv = _validation(DataValidation, c, lang, type_range, yes, no)
        if dv is not None:
            dv.add(cells)
            sheet.add_data_validation(dv)
        if c.kind == "date":  # the column's style: what is typed in it is shown as a Vietnamese date
            sheet.column_dimensions[letter].number_format = "dd/mm/yyyy"
        elif c.kind in ("text", "keys"):
            sheet.column_dimensions[letter].number_format = "@"  # a code such as 001 keeps its zeros
    sheet.row_dimensions[1].height = 45
    sheet.row_dimensions[2].height = 150
    sheet.freeze_panes = f"C{FIRST_DATA_ROW}"  # headers, and the unit's id and name, stay in view

    guide = book.create_sheet(t("guide", lang), 1)
    guide.append([t("g_title", lang)])
    guide["A1"].font = Font(bold=True, size=13)
    for line in t("g_lines", lang):
        guide.append([line])
    guide.append([])
    guide.append(list(t("g_head", lang)))
    for cell in guide[guide.max_row]:
        cell.font, cell.fill = bold, fill
    for c in cols:
        guide.append([c.header(lang), c.help(lang), yes if c.required else "", _types_text(c, lang), c.target])
    for letter, width in zip("ABCDE", (38, 90, 10, 40, 45)):
        guide.column_dimensions[letter].width = width
    for row in guide.iter_rows(min_row=len(t("g_lines", lang)) + 3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


_EXCEL_DAY0 = dt.date(1899, 12, 30)


def _validation(DataValidation, c: Column, lang: str, type_range: str, yes: str, no: str):
    en = lang == "en"
    title = c.header(lang)[:32]
    prompt = c.help(lang)[:250]
    common = dict(allow_blank=True, showErrorMessage=True, showInputMessage=True, promptTitle=title,
                  prompt=prompt, errorTitle=title[:32])
    if c.kind == "unit_type":
        return DataValidation(type="list", formula1=type_range, error=(
            "Choose a unit type from the list." if en else "Chọn loại đơn vị trong danh sách."), **common)
    if c.kind == "yesno":
        return DataValidation(type="list", formula1=f'"{yes},{no}"', error=(
            f"Write {yes} or {no}, or leave blank (not recorded)." if en else
            f"Ghi {yes} hoặc {no}, hoặc để trống (chưa ghi nhận)."), **common)
    if c.kind == "date":
        low = (dt.date(2000, 1, 1) - _EXCEL_DAY0).days
        high = (dt.date(2100, 12, 31) - _EXCEL_DAY0).days
        return DataValidation(type="date", operator="between", formula1=str(low), formula2=str(high), error=(
            "Write a date, dd/mm/yyyy, between 2000 and 2100." if en else
            "Ghi ngày dạng dd/mm/yyyy, từ năm 2000 đến 2100."), **common)
    if c.kind == "count":
        return DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", error=(
            "Write a whole number, 0 or more." if en else "Ghi số nguyên, từ 0 trở lên."), **common)
    if c.kind == "month":
        return DataValidation(type="whole", operator="between", formula1="1", formula2="12", error=(
            "Write a month, 1 to 12." if en else "Ghi tháng, từ 1 đến 12."), **common)
    return DataValidation(**common)  # any text: the validation only shows what the column means


def write_template(path: str | Path, lang: str = "vi", unit_type: UnitType | str | None = None) -> Path:
    """Write the template to ``path``: .xlsx (a workbook) or .csv (the header rows only)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        path.write_bytes(template_xlsx(lang, unit_type))
    elif suffix == ".csv":
        path.write_bytes(template_csv(lang, unit_type))
    else:
        raise ValueError(f"the template is written as .xlsx or .csv, not '{path.suffix or path.name}'")
    return path
