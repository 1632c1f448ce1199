"""The facts a rule condition can name, one place for all of them.

The type checker reads this to accept or refuse a condition before any profile is seen;
the flattener (facts.py) must produce exactly these fields; the docs list them. Fields
marked ``derived`` are computed from the raw evidence by generic, rule-independent
code (for example the number of days a notice stayed posted), never by a rule."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.vocab import (BoardKind, ConferenceBusiness, DisclosurePart, DocumentKind, MeetingKind, PersonRole,
                           Proposer, ReceptionKind, UnitType, Vocab)
from ..text import did_you_mean

INT, BOOL, STR, DATE = "int", "bool", "str", "date"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    vi: str
    en: str
    enum: type[Vocab] | None = None
    derived: str | None = None  # how the value is computed, for the docs
    needs: str | None = None  # for a derived field, what in the profile it is computed from

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


@dataclass(frozen=True)
class FactType:
    name: str
    vi: str
    en: str
    fields: dict[str, FieldSpec]
    kind_field: str | None = None  # the field that names an evidence kind ("documents.<kind>")
    source: str = ""  # where in the profile the items come from
    date_field: str | None = None  # when an item happened: what "done on" reads for a recurring duty

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


def _fields(*specs: FieldSpec) -> dict[str, FieldSpec]:
    return {s.name: s for s in specs}


F = FieldSpec

UNIT = FactType("unit", "đơn vị", "unit", _fields(
    F("type", STR, "loại đơn vị", "unit type", UnitType),
    F("staff", INT, "tổng số cán bộ, công chức, viên chức, người lao động", "number of staff"),
    F("households", INT, "số hộ gia đình", "number of households"),
    F("villages", INT, "số thôn, tổ dân phố", "number of villages and residential groups"),
    F("workers", INT, "số người lao động", "number of workers"),
    F("has_loudspeaker", BOOL, "có hệ thống truyền thanh cấp xã", "has a commune loudspeaker system"),
    F("has_website", BOOL, "có cổng/trang thông tin điện tử", "has a web portal or website"),
    F("has_intranet", BOOL, "có trang/hệ thống thông tin điện tử nội bộ", "has an internal website or information system"),
    F("fully_state_funded", BOOL, "hưởng 100% lương từ ngân sách nhà nước",
      "pay wholly from the State budget"),
    F("dispersed", BOOL, "làm việc phân tán", "works dispersed"),
    F("special", BOOL, "có tính chất đặc thù", "special in nature"),
    F("has_union", BOOL, "có tổ chức Công đoàn", "has a trade union"),
    F("ethnic_minority_area", BOOL, "vùng đồng bào dân tộc thiểu số", "ethnic-minority area"),
    F("has_subordinate_units", BOOL, "có đơn vị trực thuộc", "has subordinate units"),
    F("work_year_start_month", INT, "tháng bắt đầu năm công tác", "first month of the work year"),
), source="headcount, attributes")

COLLECTIONS: dict[str, FactType] = {}


def _collection(ft: FactType) -> FactType:
    COLLECTIONS[ft.name] = ft
    return ft


_collection(FactType("documents", "văn bản", "documents", _fields(
    F("kind", STR, "loại văn bản", "kind of document", DocumentKind),
    F("number", STR, "số hiệu", "number"),
    F("date", DATE, "ngày ban hành", "date issued"),
    F("issuer", STR, "cơ quan ban hành", "issuer"),
    F("with_union", BOOL, "ban hành phối hợp với Công đoàn", "issued with the trade union"),
    F("with_front", BOOL, "xây dựng phối hợp với UBMTTQ cấp xã", "drafted with the Fatherland Front"),
    F("staff_consulted", BOOL, "đã lấy ý kiến cán bộ, công chức, viên chức, người lao động",
      "staff opinions were sought"),
    F("consultation_plan", BOOL, "có kế hoạch lấy ý kiến", "the consultation had a plan"),
    F("explanation_published", BOOL, "đã công khai kết quả giải trình, tiếp thu ý kiến",
      "the explanation of the opinions was made known to staff"),
    F("union_commented", BOOL, "Công đoàn đã tham gia ý kiến trước khi ban hành",
      "the trade union commented before issue"),
    F("announced", BOOL, "đã thông báo đến toàn thể cán bộ, người lao động", "announced to all staff"),
    F("proposer", STR, "người đề xuất", "proposed by", Proposer),
    F("supporters", INT, "số người cùng đề nghị", "staff who signed the proposal"),
    F("conference_held", BOOL, "đã tổ chức hội nghị theo đề nghị", "the conference was held as proposed"),
    F("sent_to_front", BOOL, "đã gửi Ủy ban MTTQ cùng cấp để giám sát", "sent to the Fatherland Front for supervision"),
    F("posted", BOOL, "đã niêm yết ở mọi nơi luật quy định", "posted everywhere the law requires"),
    F("recognised", BOOL, "đã có quyết định công nhận", "recognised by decision",
      derived="recognised_by dated on or before the as-of date; false if 'recognised: false' is recorded"),
    F("recognised_date", DATE, "ngày quyết định công nhận", "date of the recognition decision",
      derived="recognised_by.date"),
), kind_field="kind", date_field="date", source="documents"))

_collection(FactType("disclosures", "nội dung công khai", "disclosures", _fields(
    F("item", INT, "khoản của điều luật quy định nội dung công khai", "item of the article listing what to disclose"),
    F("decided", DATE, "ngày của quyết định, văn bản cần công khai", "date of the decision disclosed",
      derived="decided.date"),
    F("first_posted", DATE, "ngày bắt đầu công khai", "first day disclosed", derived="earliest posting 'from'"),
    F("delay_wd", INT, "số ngày làm việc từ ngày quyết định đến ngày công khai",
      "working days from the decision to disclosure",
      derived="working days after 'decided' up to the first posting, counted as the Civil Code counts "
              "(Art. 147: the decision day is not counted; a posting on a day off counts as the next "
              "working day); with postings: [] recorded, the working days waited so far"),
    F("office_days", INT, "số ngày niêm yết liên tục tại trụ sở UBND xã",
      "consecutive days posted at the commune office",
      derived="longest posting at the commune office, counting the day of posting (to − from + 1; "
              "until the as-of date if still posted); 0 if postings were recorded but none there"),
    F("office_current", BOOL, "đang niêm yết tại trụ sở", "still posted at the commune office on the as-of date",
      derived="a commune-office posting with no 'to', or 'to' on or after the as-of date"),
    F("villages_posted", INT, "số thôn, tổ dân phố có niêm yết", "villages where it was posted",
      derived="distinct villages with a posting"),
    F("village_min_days", INT, "số ngày niêm yết ít nhất ở một thôn", "fewest days posted in any village",
      derived="over the villages posted, the smallest longest-posting, counted as office_days"),
    F("workplace_days", INT, "số ngày niêm yết liên tục tại cơ quan, đơn vị", "consecutive days posted at the workplace",
      derived="longest posting at the workplace, counted as office_days"),
    F("website", BOOL, "đăng trên cổng/trang thông tin điện tử", "published on the website",
      derived="a posting with place 'website'"),
    F("broadcast_days", INT, "số ngày phát liên tục trên hệ thống truyền thanh",
      "consecutive days broadcast on the loudspeaker system",
      derived="longest broadcast, to − from + 1; 0 if broadcasts: [] was recorded"),
    F("sent_to_village_heads", BOOL, "đã gửi Trưởng thôn để thông báo", "sent to the village heads"),
    F("sector_deadline", BOOL, "pháp luật chuyên ngành quy định thời điểm công khai khác",
      "a sector law sets another time to disclose it"),
    F("disclosed", BOOL, "đã công khai bằng ít nhất một hình thức", "made public in at least one form",
      derived="a posting of any place (the website, the internal site and a written notice to all staff "
              "included) on or before the as-of date; false if postings were recorded and none is"),
    F("intranet_days", INT, "số ngày đăng liên tục trên trang thông tin điện tử nội bộ",
      "consecutive days on the internal website", derived="longest posting on the intranet, counted as office_days"),
    F("staff_notice", BOOL, "đã thông báo bằng văn bản đến toàn thể cán bộ", "notified in writing to all staff",
      derived="a posting with place staff_notice on or before the as-of date; false if postings were recorded "
              "and none is"),
    F("requested", DATE, "ngày cán bộ yêu cầu cung cấp thông tin", "date a staff member asked for it"),
    F("provided_on_request", BOOL, "đã cung cấp theo yêu cầu", "provided as asked"),
    F("part", STR, "phần của khoản", "part of the item", DisclosurePart),
    F("data_from", DATE, "ngày đầu kỳ số liệu", "first day of the period the figures cover", derived="data_period.from"),
    F("data_to", DATE, "ngày cuối kỳ số liệu", "last day of the period the figures cover", derived="data_period.to"),
), kind_field="item", date_field="first_posted", source="disclosures"))

_collection(FactType("meetings", "cuộc họp, hội nghị", "meetings", _fields(
    F("kind", STR, "loại cuộc họp", "kind of meeting", MeetingKind),
    F("date", DATE, "ngày họp", "date held"),
    F("delegates", BOOL, "hội nghị đại biểu", "delegate conference"),
    F("summoned", INT, "số người được triệu tập", "people convened"),
    F("present", INT, "số người có mặt", "people present"),
    F("votes_for", INT, "số người tán thành", "votes for the resolution"),
    F("minutes", BOOL, "có biên bản", "minutes kept"),
    F("resolution", BOOL, "có nghị quyết", "resolution adopted", derived="a resolution is recorded"),
    F("with_union", BOOL, "phối hợp, thống nhất với Công đoàn", "together with the trade union"),
    *(F(b.value, BOOL, b.vi, b.en, derived=f"'{b.value}' is listed in business; false if business is recorded "
                                           "without it", needs="meetings[].business")
      for b in ConferenceBusiness),
), kind_field="kind", date_field="date", source="meetings"))

_collection(FactType("boards", "ban", "boards", _fields(
    F("kind", STR, "loại ban", "kind of board", BoardKind),
    F("elected", DATE, "ngày bầu", "election date"),
    F("term_from", DATE, "ngày bắt đầu nhiệm kỳ", "term starts"),
    F("term_to", DATE, "ngày kết thúc nhiệm kỳ", "term ends"),
    F("term_months", INT, "độ dài nhiệm kỳ (tháng)", "length of the term in months",
      derived="whole months from term.from to the end of term.to (01/07/2023–30/06/2025 is 24)"),
    F("current", BOOL, "còn trong nhiệm kỳ", "in its term on the as-of date",
      derived="term.from ≤ as-of date ≤ term.to"),
    F("member_count", INT, "số thành viên", "number of members", derived="members listed"),
    F("heads", INT, "số Trưởng ban", "number of heads", derived="members with role head"),
    F("deputies", INT, "số Phó Trưởng ban", "number of deputy heads", derived="members with role deputy"),
    F("villages_represented", INT, "số thôn, tổ dân phố có thành viên", "villages with a member",
      derived="distinct 'village' of the members"),
    F("leaders_as_members", INT, "số thành viên là người đứng đầu, cấp phó, kế toán trưởng",
      "members who are the head, a deputy head or the chief accountant",
      derived="members whose position is head_of_unit, deputy_head_of_unit or chief_accountant; unknown "
              "while some member's position is not recorded and none is known to be one",
      needs="boards[].members[].position"),
    F("commune_staff_as_members", INT, "số thành viên là cán bộ, công chức, người hoạt động không chuyên trách",
      "members who are commune officials or part-time staff",
      derived="members whose position is commune_official or commune_part_time; unknown while some "
              "member's position is not recorded and none is known to be one",
      needs="boards[].members[].position"),
    F("non_residents", INT, "số thành viên không thường trú", "members not permanently resident",
      derived="members with resident: false; unknown while some member's residence is not recorded "
              "and none is known to be non-resident",
      needs="boards[].members[].resident"),
    F("open_vacancy_months_left", INT, "số tháng còn lại của nhiệm kỳ khi có ghế khuyết chưa bầu bổ sung",
      "months of the term left when a seat still empty fell vacant",
      derived="over the vacancies not filled by the as-of date, the longest span from the vacancy to the end "
              "of the term, in whole months; 0 if vacancies: [] or all are filled",
      needs="boards[].vacancies"),
    F("recognised", BOOL, "đã có quyết định công nhận kết quả bầu", "election result recognised",
      derived="recognised_by dated on or before the as-of date; false if 'recognised: false' is recorded"),
    F("recognition_delay_wd", INT, "số ngày làm việc từ ngày bầu đến ngày công nhận",
      "working days from the election to its recognition",
      derived="working days after 'elected' up to recognised_by.date, as delay_wd"),
), kind_field="kind", date_field="elected", source="boards"))

_collection(FactType("trainings", "lớp tập huấn, bồi dưỡng", "trainings", _fields(
    F("date", DATE, "ngày tập huấn", "date"),
    F("attendee_count", INT, "số người tham dự", "attendees", derived="attendees listed"),
), source="trainings", date_field="date"))

_collection(FactType("officers", "người giữ vai trò", "role holders", _fields(
    F("role", STR, "vai trò", "role", PersonRole),
    F("trained", BOOL, "đã được tập huấn, bồi dưỡng", "trained",
      derived="the person (by name, role) is an attendee of a recorded training held on or before the "
              "as-of date"),
    F("trained_date", DATE, "ngày tập huấn gần nhất", "latest training", derived="latest such training"),
), kind_field="role", date_field="trained_date", source="officers, and the members of boards (as people_inspection_member or "
                              "investment_supervision_member)"))

_collection(FactType("receptions", "buổi tiếp công dân", "citizen receptions", _fields(
    F("date", DATE, "ngày tiếp", "date"),
    F("kind", STR, "hình thức tiếp", "kind of reception", ReceptionKind),
    F("citizens", INT, "số lượt công dân", "citizens received"),
), kind_field="kind", date_field="date", source="receptions"))


def check_evidence_key(key: str) -> None:
    """A ``not_found`` entry names a collection, or a collection and one of its kinds."""
    coll, _, kind = key.partition(".")
    if coll not in COLLECTIONS:
        hint = did_you_mean(coll, COLLECTIONS) or f"use one of: {', '.join(COLLECTIONS)}"
        raise ValueError(f"'{key}': there is no evidence collection '{coll}' ({hint})")
    ft = COLLECTIONS[coll]
    if not kind:
        return
    if ft.kind_field is None:
        raise ValueError(f"'{key}': {coll} have no kinds; write just '{coll}'")
    spec = ft.fields[ft.kind_field]
    if spec.enum is not None:
        codes = [v.value for v in spec.enum]
        if kind not in codes:
            hint = did_you_mean(kind, codes) or f"use one of: {', '.join(codes)}"
            raise ValueError(f"'{key}': {coll} have no kind '{kind}' ({hint})")
    elif spec.type == INT and not kind.isdigit():
        raise ValueError(f"'{key}': the kind of {coll} is a number ({ft.kind_field}), e.g. '{coll}.2'")


def kind_label(coll: str, kind: str, lang: str) -> str:
    ft = COLLECTIONS[coll]
    spec = ft.fields.get(ft.kind_field) if ft.kind_field else None
    if spec is not None and spec.enum is not None:
        try:
            return spec.enum(kind).label(lang)
        except ValueError:
            return kind
    if spec is not None:  # numbered items (disclosures)
        return f"{ft.label(lang)} ({'item' if lang == 'en' else 'khoản'} {kind})"
    return ft.label(lang)


def evidence_label(key: str, lang: str) -> str:
    coll, _, kind = key.partition(".")
    if coll == "unit":
        spec = UNIT.fields.get(kind)
        return spec.label(lang) if spec else kind
    if not kind:
        return COLLECTIONS[coll].label(lang)
    return kind_label(coll, kind, lang)
