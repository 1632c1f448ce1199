"""The facts a rule condition can name, one place for all of them.

The type checker reads this to accept or refuse a condition before any profile is seen;
the flattener (engine/facts.py) must produce exactly these fields; the profile model checks
its evidence keys against it; the docs list them. Fields marked ``derived`` are computed
from the raw evidence by generic, rule-independent code (for example the number of days a
notice stayed posted), never by a rule."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import did_you_mean
from .vocab import (BoardKind, CommunityMatter, ConferenceBusiness, Convenor, DisclosurePart, DocumentKind, MeetingKind,
                    PersonRole, Proposer, ReceptionKind, RegulationContent, Represents, UnitType, Vocab)

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
    F("investment_projects", INT, "số chương trình, dự án thuộc diện giám sát đầu tư của cộng đồng đang triển khai",
      "programmes and projects under way that call for a community investment supervision board"),
    F("has_loudspeaker", BOOL, "có hệ thống truyền thanh cấp xã", "has a commune loudspeaker system"),
    F("has_website", BOOL, "có cổng/trang thông tin điện tử", "has a web portal or website"),
    F("has_intranet", BOOL, "có trang/hệ thống thông tin điện tử nội bộ", "has an internal website or information system"),
    F("fully_state_funded", BOOL, "hưởng 100% lương từ ngân sách nhà nước",
      "pay wholly from the State budget"),
    F("dispersed", BOOL, "làm việc phân tán (thôn: dân cư không tập trung)", "works dispersed (village: scattered)"),
    F("special", BOOL, "có tính chất đặc thù", "special in nature"),
    F("has_union", BOOL, "có tổ chức Công đoàn", "has a trade union"),
    F("ethnic_minority_area", BOOL, "vùng đồng bào dân tộc thiểu số", "ethnic-minority area"),
    F("border_area", BOOL, "xã thuộc khu vực biên giới", "a border commune"),
    F("island_area", BOOL, "xã thuộc khu vực hải đảo", "an island commune"),
    F("mountain_area", BOOL, "xã thuộc khu vực miền núi", "a mountain commune"),
    F("extremely_difficult_area", BOOL, "xã thuộc vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn",
      "a commune in an area of extremely difficult socio-economic conditions"),
    F("has_subordinate_units", BOOL, "có đơn vị trực thuộc", "has subordinate units"),
    F("work_year_start_month", INT, "tháng bắt đầu năm công tác (doanh nghiệp nhà nước: năm tài chính)",
      "first month of the work year (a state-owned enterprise: its financial year)"),
    F("cannot_leave_posts", BOOL, "cán bộ vì lý do nghiệp vụ không thể bỏ vị trí làm việc",
      "staff cannot leave their posts for reasons of the work"),
    F("has_non_union_workers", BOOL, "có người lao động không là thành viên tổ chức đại diện người lao động",
      "some workers are not members of a workers' representative organisation"),
    F("handles_entitlements", BOOL, "đơn vị có liên quan đến việc giải quyết chế độ, chính sách, quyền lợi của công dân",
      "the unit's work decides citizens' regimes, policies or entitlements"),
    F("at_reception_office", BOOL, "tham gia tiếp công dân thường xuyên tại Trụ sở tiếp công dân",
      "takes part in regular reception at the Citizen Reception Office"),
    F("reception_place", BOOL, "có địa điểm tiếp công dân khang trang, thuận tiện, có phòng tiếp và trang thiết bị",
      "has a spacious, convenient reception place with a room and equipment"),
    F("reception_allowance_paid", BOOL, "thực hiện chế độ bồi dưỡng đối với người tiếp công dân",
      "the reception staff's allowances are paid"),
    F("head_reception_weeks_missed", INT, "số tuần trong kỳ kiểm tra không có buổi tiếp công dân định kỳ của người "
      "đứng đầu", "weeks of the inspected period with no regular reception by the head",
      derived="calendar weeks (Monday–Sunday) that ended within the inspected period, before the week of the as-of "
              "date, and had at least one working day, with no regular reception recorded as by_head; unknown "
              "until regular receptions are recorded (or receptions: [] / not_found), or while a week's only "
              "regular receptions do not say whether the head received",
      needs="receptions[].by_head"),
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
      "the explanation of the opinions was made known (to staff; to residents)"),
    F("union_commented", BOOL, "Công đoàn đã tham gia ý kiến trước khi ban hành",
      "the trade union commented before issue"),
    F("announced", BOOL, "đã thông báo đến toàn thể cán bộ, người lao động", "announced to all staff"),
    F("proposer", STR, "người đề xuất", "proposed by", Proposer),
    F("supporters", INT, "số người cùng đề nghị", "staff who signed the proposal"),
    F("conference_held", BOOL, "đã tổ chức hội nghị theo đề nghị", "the conference was held as proposed"),
    F("front_approved", BOOL, "Ban công tác Mặt trận ở thôn tán thành sáng kiến", "the village Front committee approved it"),
    F("consents_lapsed", BOOL, "đã hết thời hạn 03 tháng của ý kiến đồng thuận", "the 3 months of the consents have run",
      derived="for a citizen_initiative: the as-of date is after the corresponding day 3 months after its date"),
    F("sent_to_front", BOOL, "đã gửi Ủy ban MTTQ cùng cấp để giám sát", "sent to the Fatherland Front for supervision"),
    F("sent_to_village_heads", BOOL, "đã gửi Trưởng thôn để thông báo đến Nhân dân", "sent to the village heads"),
    F("community_decided", BOOL, "khoản thu dựa trên quyết định của cộng đồng dân cư thông qua trước đó",
      "the levy rests on a decision the community adopted before it",
      derived="for a resident_contribution: a community_meeting, household_ballot or online_vote on contributions or "
              "funds, adopted, dated on or before the levy; false if such meetings are recorded (or not_found) and "
              "none is; unknown while one of them does not say whether it was adopted",
      needs="meetings[kind=community_meeting]"),
    F("posted", BOOL, "đã niêm yết ở mọi nơi luật quy định", "posted everywhere the law requires"),
    F("recognised", BOOL, "đã có quyết định công nhận", "recognised by decision",
      derived="recognised_by dated on or before the as-of date; false if 'recognised: false' is recorded"),
    F("recognised_date", DATE, "ngày quyết định công nhận", "date of the recognition decision",
      derived="recognised_by.date"),
    F("period_from", DATE, "ngày đầu kỳ của kế hoạch, báo cáo", "first day of the period covered", derived="period.from"),
    F("period_to", DATE, "ngày cuối kỳ của kế hoạch, báo cáo", "last day of the period covered", derived="period.to"),
    F("period_months", INT, "số tháng của kỳ", "length of the period covered in months",
      derived="whole months from period.from to the end of period.to (01/01–31/03 is 3)"),
    F("sent", BOOL, "đã gửi đến người nhận pháp luật quy định", "sent to the recipients the law names",
      derived="sent_on on or before the as-of date; false if 'sent: false' is recorded or sent_on is later"),
    F("notice_wd", INT, "số ngày làm việc từ ngày gửi đến ngày bắt đầu kiểm tra, giám sát",
      "working days from sending the plan to the start of the inspection",
      derived="working days from sent_on (counted if a working day) up to the day before 'starts': a plan sent "
              "on Monday for an inspection starting the next Monday has 5"),
    F("days_to_start", INT, "số ngày từ ngày đánh giá đến ngày bắt đầu", "days from the as-of date to the start",
      derived="for a plan not sent by the as-of date: 'starts' − as-of date (0 once started): notice of N days can "
              "still be given while days_to_start >= N"),
    F("wd_to_start", INT, "số ngày làm việc từ ngày đánh giá đến ngày bắt đầu",
      "working days from the as-of date to the start",
      derived="for a plan not sent by the as-of date: working days from the as-of date (counted if a working day) "
              "up to the day before 'starts', as notice_wd; 0 once started"),
    F("replied", BOOL, "đã có văn bản thông báo kết quả giải quyết", "answered in writing",
      derived="reply dated on or before the as-of date; false if 'replied: false' is recorded or the reply is later"),
    F("reply_days", INT, "số ngày từ ngày nhận đến ngày trả lời", "days from receipt to the reply",
      derived="calendar days after 'received' up to the reply; a reply on the first working day after days off "
              "counts as made on the first of those days off (Civil Code Art. 148 k5); without a reply, the days "
              "waited so far"),
    F("front_certified", BOOL, "Ủy ban MTTQ cấp xã đã xác nhận", "certified by the commune Fatherland Front"),
    F("lead_days", INT, "số ngày từ ngày thông báo đến ngày bắt đầu giám sát", "days from the notice to the start",
      derived="calendar days from sent_on to 'starts' (starts − sent_on): notice given at least N days before "
              "the start has lead_days >= N"),
    # A village covenant (kind covenant, NĐ 61/2023)
    F("drafting_team", BOOL, "đã thành lập Tổ soạn thảo", "a drafting team was set up"),
    F("drafting_team_ethnic", BOOL, "Tổ soạn thảo có già làng, trưởng bản và người biết tiếng dân tộc",
      "the drafting team includes a village elder or head and a speaker of the ethnic language"),
    F("signed", BOOL, "có chữ ký của Trưởng thôn, Trưởng ban công tác Mặt trận và 02 đại diện hộ gia đình",
      "signed by the village head, the Front committee head and 2 household representatives"),
    F("sealed", BOOL, "có dấu giáp lai của UBND cấp xã", "stamped across the pages by the commune"),
    F("disseminated", BOOL, "đã phổ biến bằng ít nhất một hình thức ngoài niêm yết", "made known in another way too"),
    F("conforms", BOOL, "nội dung phù hợp nguyên tắc, phạm vi của hương ước (NĐ61 Đ4, Đ5 k4)",
      "the content meets the covenant principles and scope (Decree 61 Art. 4, 5(4))"),
    F("draft_posted_days", INT, "số ngày dự thảo được niêm yết trước ngày biểu quyết",
      "days the draft was posted before the vote",
      derived="(covenant) the draft's posting from period.from until period.to (the day it came down), counted "
              "as office_days and only up to the day before the vote ('date')"),
    F("sent_after_recognition_wd", INT, "số ngày làm việc từ ngày công nhận đến ngày gửi",
      "working days from recognition to sending",
      derived="working days after recognised_by.date up to sent_on, as delay_wd; with sent: false, those "
              "waited so far"),
    F("redo_by", DATE, "thời hạn hoàn tất ghi trong quyết định tạm ngừng thực hiện", "deadline set by the suspension"),
    F("redone", DATE, "ngày thông qua hương ước đã làm lại, sửa đổi", "date the re-done covenant was adopted",
      derived="'redone' when it is a date on or before the as-of date"),
    F("was_redone", BOOL, "đã làm lại, sửa đổi và thông qua", "re-done and adopted again",
      derived="'redone' dated on or before the as-of date; false if redone: false or later"),
    F("reply_wd", INT, "số ngày làm việc từ ngày nhận đến ngày trả lời", "working days from receipt to the reply",
      derived="working days after 'received' up to the reply, as delay_wd; without a reply, those waited so far"),
    F("union_notified", BOOL, "đã thông báo đến tổ chức Công đoàn", "notified to the trade union"),
    F("dialogue_held", BOOL, "đã tổ chức đối thoại", "a dialogue was held"),
    F("dialogue_on", DATE, "ngày tổ chức đối thoại đã thống nhất", "the day agreed for the dialogue"),
    F("dialogue_due", BOOL, "đã đến ngày tổ chức đối thoại đã thống nhất", "the agreed day of the dialogue has come",
      derived="for a dialogue_request: dialogue_on is not recorded or is on or before the as-of date"),
    F("representatives", INT, "tổng số thành viên đại diện đối thoại bên người lao động",
      "all worker-side dialogue representatives"),
    *(F(c.value, BOOL, c.vi, c.en, derived=f"'{c.value}' is listed in contents; false if contents are recorded "
                                           "without it", needs="documents[].contents")
      for c in RegulationContent),
    # A consultation of residents (kind people_consultation, Luật Đ25–28) and citizen feedback (Đ35)
    F("comment_item", INT, "khoản của Điều 25 mà nội dung lấy ý kiến thuộc về", "clause of Art. 25 the matter falls under"),
    F("higher_authority", BOOL, "nội dung thuộc thẩm quyền quyết định của cơ quan cấp trên",
      "a higher authority decides the matter"),
    F("people_consulted", BOOL, "đã lấy ý kiến Nhân dân", "residents were consulted"),
    F("form_count", INT, "số hình thức lấy ý kiến đã dùng", "forms of consultation used",
      derived="forms listed in comment_forms", needs="documents[].comment_forms"),
    F("sector_period", BOOL, "luật chuyên ngành quy định thời hạn lấy ý kiến khác",
      "a specific law sets another consultation period"),
    F("period_days", INT, "số ngày của kỳ, tính theo Bộ luật Dân sự", "days of the period, as the Civil Code counts",
      derived="days after period.from up to period.to (Civil Code Art. 147 k2–3: the opening day is not counted); a "
              "period.to on a day off counts only up to the working day before it (Art. 148 k5: a period whose last "
              "day is a day off runs on to the next working day), so period_days >= N holds exactly when the "
              "period ran at least N days"),
    F("decision_taken", BOOL, "đã quyết định về nội dung lấy ý kiến", "the matter has been decided",
      derived="a decision dated on or before the as-of date; false if decision: false or the decision is later"),
    F("decision_date", DATE, "ngày ban hành quyết định về nội dung đã lấy ý kiến", "date of the decision taken",
      derived="decision.date, if on or before the as-of date"),
    F("explanation_filed", BOOL, "giải trình, tiếp thu được gửi người liên quan và lưu cùng hồ sơ trình ký",
      "the explanation was sent to those concerned and filed with the draft decision"),
    F("reported_up", BOOL, "đã báo cáo kết quả lấy ý kiến với cơ quan có thẩm quyền",
      "results reported to the higher authority"),
    F("reported_to_council", BOOL, "đã báo cáo HĐND xã tại kỳ họp thường lệ gần nhất",
      "reported to the next regular session of the commune People's Council"),
    F("council_sessions_after", INT, "số kỳ họp thường lệ của HĐND xã từ khi kết thúc lấy ý kiến",
      "regular sessions of the commune People's Council since the consultation closed",
      derived="meetings of kind council_session held after period.to, up to the as-of date; unknown until council "
              "sessions are recorded (or meetings: [] / not_found)", needs="meetings[kind=council_session]"),
    F("operating", BOOL, "đang vận hành ổn định, thường xuyên", "in regular operation"),
    F("head_received", BOOL, "người đứng đầu đã tiếp công dân đột xuất về vụ việc",
      "the head held an ad-hoc reception on the case"),
    F("received", DATE, "ngày nhận được", "date received"),
), kind_field="kind", date_field="date", source="documents"))

_collection(FactType("disclosures", "nội dung công khai", "disclosures", _fields(
    F("item", INT, "khoản của điều luật quy định nội dung công khai", "item of the article listing what to disclose"),
    F("decided", DATE, "ngày của quyết định, văn bản cần công khai", "date of the decision disclosed",
      derived="decided.date"),
    F("first_posted", DATE, "ngày bắt đầu niêm yết, đăng tải", "first day posted",
      derived="earliest 'from' of a posting other than on the public website"),
    F("disclosed_on", DATE, "ngày bắt đầu công khai", "first day disclosed",
      derived="earliest 'from' of a posting of any place, the website included, on or before the as-of date"),
    F("decided_wd_ago", INT, "số ngày làm việc từ ngày quyết định đến ngày đánh giá",
      "working days from the decision to the as-of date",
      derived="working days after 'decided' up to the as-of date, as delay_wd: a disclosure due within N working "
              "days is not yet late while decided_wd_ago <= N"),
    F("delay_wd", INT, "số ngày làm việc từ ngày quyết định đến ngày công khai",
      "working days from the decision to disclosure",
      derived="working days after 'decided' up to the first disclosure in any form (disclosed_on), counted as "
              "the Civil Code counts (Art. 147: the decision day is not counted; a posting on a day off counts "
              "as the next working day); with postings: [] recorded, the working days waited so far"),
    F("delay_days", INT, "số ngày từ ngày quyết định đến ngày công khai", "days from the decision to disclosure",
      derived="calendar days after 'decided' up to the first disclosure in any form, where a disclosure on the "
              "first working day after days off counts as made on the first of those days off (Civil Code Art. "
              "148 k5), as reply_days; with postings: [] recorded, the days waited so far"),
    F("office_days", INT, "số ngày niêm yết liên tục tại trụ sở UBND xã",
      "consecutive days posted at the commune office",
      derived="the longest posting at the commune office, counted as the Civil Code counts a period opened by "
              "the posting (Art. 147: the day of posting is not counted) up to the end of the day before 'to' "
              "(the day it came down is not a day on display), or of the as-of date while it is still up; a "
              "last day that is a day off counts only up to the working day before it (Art. 148 k5: such a "
              "period runs on to the next working day), so office_days >= N holds exactly when an N-day "
              "posting period was complete; 0 if postings were recorded but none there"),
    F("office_current", BOOL, "đang niêm yết tại trụ sở", "still posted at the commune office on the as-of date",
      derived="a commune-office posting from on or before the as-of date with no 'to', or a 'to' after it"),
    F("villages_posted", INT, "số thôn, tổ dân phố có niêm yết", "villages where it was posted",
      derived="distinct villages with a posting"),
    F("village_min_days", INT, "số ngày niêm yết ít nhất ở một thôn", "fewest days posted in any village",
      derived="over the villages posted, the smallest longest-posting, counted as office_days"),
    F("villages_current", BOOL, "đang niêm yết ở thôn, tổ dân phố", "still posted in a village on the as-of date",
      derived="a village posting still up on the as-of date, as office_current"),
    F("village_ended_min_days", INT, "số ngày niêm yết ít nhất ở một thôn đã gỡ xuống",
      "fewest days posted in a village where it has come down",
      derived="village_min_days over the villages where no posting is still up on the as-of date; unknown if "
              "it is still up in every village posted"),
    F("workplace_days", INT, "số ngày niêm yết liên tục tại cơ quan, đơn vị", "consecutive days posted at the workplace",
      derived="longest posting at the workplace, counted as office_days"),
    F("workplace_current", BOOL, "đang niêm yết tại cơ quan, đơn vị", "still posted at the workplace on the as-of date",
      derived="a workplace posting still up on the as-of date, as office_current"),
    F("website", BOOL, "đăng trên cổng/trang thông tin điện tử", "published on the website",
      derived="a posting with place 'website'"),
    F("broadcast_days", INT, "số ngày phát liên tục trên hệ thống truyền thanh",
      "consecutive days broadcast on the loudspeaker system",
      derived="the longest run of broadcasts, counted as office_days: the first day broadcast opens the period "
              "and is not counted, 'to' (the last day broadcast) is; 0 if broadcasts: [] was recorded"),
    F("broadcast_current", BOOL, "đang phát trên hệ thống truyền thanh", "still being broadcast after the as-of date",
      derived="a run of broadcasts that started on or before the as-of date and whose last day is after it"),
    F("sent_to_village_heads", BOOL, "đã gửi Trưởng thôn để thông báo", "sent to the village heads"),
    F("sector_deadline", BOOL, "pháp luật chuyên ngành quy định thời điểm công khai khác",
      "a sector law sets another time to disclose it"),
    F("disclosed", BOOL, "đã công khai bằng ít nhất một hình thức", "made public in at least one form",
      derived="a posting of any place (the website, the internal site and a written notice to all staff "
              "included) on or before the as-of date; false if postings were recorded and none is"),
    F("intranet_days", INT, "số ngày đăng liên tục trên trang thông tin điện tử nội bộ",
      "consecutive days on the internal website", derived="longest posting on the intranet, counted as office_days"),
    F("intranet_current", BOOL, "đang đăng trên trang thông tin điện tử nội bộ",
      "still on the internal website on the as-of date", derived="as office_current, for the intranet"),
    F("staff_notice", BOOL, "đã thông báo bằng văn bản đến toàn thể cán bộ", "notified in writing to all staff",
      derived="a posting with place staff_notice on or before the as-of date; false if postings were recorded "
              "and none is"),
    F("requested", DATE, "ngày cán bộ yêu cầu cung cấp thông tin", "date a staff member asked for it"),
    F("provided_on_request", BOOL, "đã cung cấp theo yêu cầu", "provided as asked"),
    F("refused_in_writing", BOOL, "đã từ chối bằng văn bản, nêu rõ lý do, vì không thuộc trường hợp phải cung cấp",
      "refused in writing, with reasons, as information the unit need not provide"),
    F("part", STR, "phần của khoản", "part of the item", DisclosurePart),
    F("data_from", DATE, "ngày đầu kỳ số liệu", "first day of the period the figures cover", derived="data_period.from"),
    F("data_to", DATE, "ngày cuối kỳ số liệu", "last day of the period the figures cover", derived="data_period.to"),
), kind_field="item", date_field="disclosed_on", source="disclosures"))

_collection(FactType("meetings", "cuộc họp, hội nghị", "meetings", _fields(
    F("kind", STR, "loại cuộc họp", "kind of meeting", MeetingKind),
    F("date", DATE, "ngày họp", "date held"),
    F("delegates", BOOL, "hội nghị đại biểu", "delegate conference"),
    F("summoned", INT, "số người được triệu tập", "people convened"),
    F("present", INT, "số người có mặt", "people present"),
    F("staff", INT, "tổng số cán bộ, công chức, viên chức, người lao động của đơn vị vào ngày hội nghị",
      "all the unit's staff on the day of the conference"),
    F("votes_for", INT, "số người tán thành", "votes for the resolution"),
    F("minutes", BOOL, "có biên bản", "minutes kept"),
    F("resolution", BOOL, "có nghị quyết", "resolution adopted", derived="a resolution is recorded"),
    F("with_union", BOOL, "phối hợp, thống nhất với Công đoàn", "together with the trade union"),
    *(F(b.value, BOOL, b.vi, b.en, derived=f"'{b.value}' is listed in business; false if business is recorded "
                                           "without it", needs="meetings[].business")
      for b in ConferenceBusiness),
    F("concerns_inspection_board", BOOL, "có nội dung liên quan đến kiểm tra, giám sát của Ban Thanh tra nhân dân",
      "on matters the People's Inspection Board inspects"),
    F("inspection_board_invited", BOOL, "Ban Thanh tra nhân dân được mời dự", "the People's Inspection Board was invited"),
    F("content_lead_wd", INT, "số ngày làm việc từ ngày gửi nội dung đối thoại đến ngày đối thoại",
      "working days from exchanging the dialogue content to the dialogue",
      derived="working days from content_sent (counted if a working day) up to the day before the meeting, "
              "as notice_wd: content sent on Monday for a dialogue the next Monday has 5"),
    F("legal_rep_present", BOOL, "người đại diện theo pháp luật (hoặc người được ủy quyền) có mặt",
      "the employer's legal representative (or a person authorised) was present"),
    F("minutes_signed", BOOL, "biên bản có chữ ký đại diện các bên", "minutes signed by each side"),
    F("published", BOOL, "đã công bố công khai nội dung chính tại nơi làm việc", "main points published at the workplace",
      derived="published_on on or before the as-of date; false if 'published: false' is recorded or it is later"),
    F("publish_wd", INT, "số ngày làm việc từ ngày đối thoại đến ngày công bố", "working days from the meeting to publication",
      derived="working days after the meeting up to published_on, as delay_wd; without publication, those "
              "waited so far"),
    # Community decisions (Luật Đ15–23; NĐ 59 Đ3–9)
    F("matter", STR, "nội dung Nhân dân bàn và quyết định (Luật Đ15)", "the Art. 15 matter decided", CommunityMatter),
    F("commune_wide", BOOL, "nội dung có phạm vi cấp xã", "a commune-wide matter"),
    F("council_sessions_after", INT, "số kỳ họp thường lệ của HĐND xã sau ngày Nhân dân quyết định",
      "regular sessions of the commune People's Council since residents decided",
      derived="meetings of kind council_session held after the decision's date, up to the as-of date, for a "
              "commune-wide matter; unknown until council sessions are recorded (or meetings: [] / not_found)",
      needs="meetings[kind=council_session]"),
    F("reported_to_council", BOOL, "đã báo cáo HĐND xã tại kỳ họp thường lệ gần nhất",
      "reported to the next regular session of the commune People's Council",
      derived="a people_decide_report dated from the decision's date to the first council session after it; false "
              "if reports are recorded (or not_found) and none falls in that window",
      needs="documents[kind=people_decide_report]"),
    F("report_sent_to_front", BOOL, "báo cáo gửi Ủy ban MTTQ xã để giám sát", "the report was sent to the Front",
      derived="sent_to_front of the report to that session"),
    F("disclosure_reported", BOOL, "kỳ họp được nghe báo cáo về công khai thông tin",
      "the session received a report on disclosure",
      derived="for a council_session: a disclosure_report dated after the council's session before it and up to "
              "this one; false if reports are recorded (or not_found) and none falls in that window",
      needs="documents[kind=disclosure_report]"),
    F("disclosure_report_sent_to_front", BOOL, "báo cáo về công khai thông tin trình kỳ họp đã gửi Ủy ban MTTQ xã",
      "that report was sent to the Front", derived="sent_to_front of the report to that session"),
    F("from_initiative", BOOL, "nội dung do công dân có sáng kiến đề xuất", "put on a citizen's initiative"),
    F("supporters", INT, "số hộ gia đình đồng thuận với đề xuất của công dân", "households that backed the proposal"),
    F("households", INT, "tổng số hộ gia đình thuộc cộng đồng dân cư", "all households of the community"),
    F("adopted", BOOL, "quyết định đã được thông qua", "recorded as adopted"),
    F("front_agreed", BOOL, "đã thống nhất với Ban công tác Mặt trận (ở xã: Chủ tịch UBMTTQ xã)",
      "agreed with the Front committee (commune: the Front chairman)"),
    F("convened_by", STR, "người triệu tập, chủ trì", "convened and chaired by", Convenor),
    F("notified", DATE, "ngày thông báo đến người dự", "notice given on"),
    F("notice_posted", BOOL, "thông báo được niêm yết tại nhà văn hóa, điểm sinh hoạt cộng đồng",
      "notice posted at the culture house"),
    F("papers_sent", DATE, "ngày gửi tài liệu họp đến từng hộ gia đình", "documents sent to each household on"),
    F("opened", DATE, "ngày phát phiếu, mở biểu quyết trực tuyến", "ballots handed out (online vote opened) on"),
    F("after_meeting", BOOL, "phát phiếu vì cuộc họp không đủ đại diện hộ gia đình",
      "a ballot after a meeting lacked the households needed"),
    F("clusters", INT, "số cụm dân cư họp riêng", "cluster meetings"),
    F("cluster_plan_approved", BOOL, "UBND xã đã quyết định phương án họp theo cụm", "the commune approved the cluster plan"),
    F("secretary_votes", INT, "số đại diện hộ biểu quyết cử thư ký", "votes for the secretary"),
    F("method_votes", INT, "số đại diện hộ đồng ý phương án biểu quyết", "votes for the way of voting"),
    F("counting_board_votes", INT, "số đại diện hộ đồng ý Ban kiểm phiếu", "votes for the vote-counting board"),
    F("secret_ballot", BOOL, "bỏ phiếu kín", "secret ballot"),
    F("counting_board", INT, "số thành viên Ban kiểm phiếu", "members of the vote-counting board"),
    F("count_witnesses", INT, "số đại diện hộ chứng kiến kiểm phiếu", "household witnesses of the count"),
    F("decision_contents", BOOL, "văn bản quyết định ghi đủ nội dung chủ yếu", "the decision states what Art. 20(2) lists"),
    F("decision_signed", BOOL, "có chữ ký của Trưởng thôn, Trưởng ban công tác Mặt trận và 02 đại diện hộ",
      "signed by the village head, the Front committee head and 2 household representatives"),
    F("results_published", BOOL, "đã công khai kết quả biểu quyết", "the result was made public"),
    F("delivered", DATE, "ngày gửi đến UBND xã, UBMTTQ xã", "sent to the commune and the Front on"),
    F("delivery_delay_wd", INT, "số ngày làm việc từ ngày họp (kết thúc lấy ý kiến) đến ngày gửi UBND xã",
      "working days from the meeting (close of the ballot) to sending the decision to the commune",
      derived="working days after 'date' up to 'delivered', as delay_wd; with delivered: false, those waited so "
              "far"),
    F("recognised", BOOL, "đã có quyết định công nhận", "recognised by decision",
      derived="recognised_by dated on or before the as-of date; false if 'recognised: false' is recorded"),
    F("recognised_date", DATE, "ngày quyết định công nhận", "date of the recognition decision",
      derived="recognised_by.date"),
    F("refused", DATE, "ngày văn bản trả lời không công nhận", "date of the written refusal"),
    F("answer_delay_wd", INT, "số ngày làm việc từ ngày nhận quyết định đến ngày công nhận (trả lời)",
      "working days from receiving the decision to recognising (or refusing) it",
      derived="working days after 'delivered' up to the earlier of recognised_by.date and 'refused'; with "
              "neither and 'recognised: false', those waited so far"),
    F("team_size", INT, "số thành viên Tổ phát phiếu, Tổ lấy ý kiến trực tuyến, Tổ bầu cử",
      "members of the ballot, online-vote or election team"),
    F("team_led_by_front", BOOL, "Tổ trưởng là đại diện Ban công tác Mặt trận", "the team is led by the Front committee"),
    F("candidate_in_team", BOOL, "có người ứng cử trong Tổ bầu cử", "a candidate sits on the election team"),
    F("ballots_signed", BOOL, "từng phiếu có chữ ký của Trưởng thôn", "each ballot signed by the village head"),
    F("ballots_stamped", BOOL, "từng phiếu có dấu treo của UBND xã", "each ballot stamped by the commune"),
    F("plan_issued", DATE, "ngày ban hành Kế hoạch phát phiếu", "ballot plan issued on"),
    F("plan_sent_days", INT, "số ngày từ ngày ban hành đến ngày gửi Kế hoạch phát phiếu",
      "days from issuing the ballot plan to sending it",
      derived="days after plan_issued up to plan_sent, as the Civil Code counts a deadline (a day that follows "
              "days off counts from the first of them, Art. 148 k5); with plan_sent: false, those waited so far"),
    F("opted_in", INT, "số đại diện hộ đồng ý biểu quyết trực tuyến", "representatives who chose to vote online"),
    F("reported_before", BOOL, "đã báo cáo UBND xã, UBMTTQ xã trước khi biểu quyết trực tuyến",
      "reported to the commune and the Front beforehand"),
    F("election_decided", DATE, "ngày quyết định tổ chức bầu Trưởng thôn", "decision to hold the election"),
    F("team_decided", DATE, "ngày quyết định thành lập Tổ bầu cử", "election team set up on"),
    F("announced", DATE, "ngày thông báo, niêm yết các quyết định về bầu cử", "election decisions announced on"),
    F("candidates", INT, "số người ứng cử Trưởng thôn", "candidates for village head"),
    F("candidates_sent", DATE, "ngày biên bản danh sách ứng cử đến UBND xã", "candidate minutes reached the commune on"),
    F("dismissal_grounds", BOOL, "có đơn xin thôi hoặc đề nghị của Trưởng ban công tác Mặt trận",
      "a resignation letter or the Front committee head's proposal"),
    F("new_election_days", INT, "số ngày từ quyết định công nhận cho thôi đến quyết định bầu Trưởng thôn mới",
      "days from recognising the dismissal to deciding the new election",
      derived="days after recognised_by.date up to new_election_decided, counted as plan_sent_days; with "
              "new_election_decided: false, those waited so far"),
    F("acting_head", BOOL, "đã cử Trưởng thôn lâm thời", "an acting village head was appointed"),
    F("officials_took_part", BOOL, "đảng viên, cán bộ, công chức cư trú tại thôn tham gia",
      "party members and officials living in the village took part"),
    F("villages_for", INT, "số thôn, tổ dân phố tán thành", "villages that approved"),
    F("plan_sent_before", BOOL, "kế hoạch đã được gửi trước ngày họp", "the plan was sent before the meeting day",
      derived="plan_sent dated before 'date' (and on or before the as-of date); false if plan_sent: false or later"),
    F("was_delivered", BOOL, "đã gửi đến UBND xã, UBMTTQ xã", "sent to the commune and the Front",
      derived="delivered dated on or before the as-of date; false if delivered: false or later"),
), kind_field="kind", date_field="date", source="meetings"))

_collection(FactType("boards", "ban", "boards", _fields(
    F("kind", STR, "loại ban", "kind of board", BoardKind),
    F("elected", DATE, "ngày bầu", "election date"),
    F("term_from", DATE, "ngày bắt đầu nhiệm kỳ", "term starts"),
    F("term_to", DATE, "ngày kết thúc nhiệm kỳ", "term ends"),
    F("term_months", INT, "độ dài nhiệm kỳ (tháng)", "length of the term in months",
      derived="months from term.from to the end of term.to, to the nearest month (01/07/2023–30/06/2025 and "
              "01/07/2023–01/07/2025 are 24; a remainder of half a month or more counts as a month)"),
    F("term_months_begun", INT, "số tháng mà nhiệm kỳ kéo đến", "months the term reaches into",
      derived="the least N with term.to on or before the day N months after term.from (Civil Code Art. 148 k4): "
              "01/07/2023–01/07/2025 is 24, 01/07/2023–02/07/2025 is 25"),
    F("current", BOOL, "còn trong nhiệm kỳ", "in its term on the as-of date",
      derived="term.from ≤ as-of date ≤ term.to"),
    F("proposed_by", STR, "người đề nghị danh sách bầu", "who proposed the members", Proposer),
    F("size_decided", BOOL, "hội nghị đã quyết định số lượng thành viên nhiều hơn 09 người",
      "the conference decided on more than 9 members"),
    F("member_count", INT, "số thành viên", "number of members", derived="members listed"),
    F("heads", INT, "số Trưởng ban", "number of heads", derived="members with role head"),
    F("deputies", INT, "số Phó Trưởng ban", "number of deputy heads", derived="members with role deputy"),
    F("villages_represented", INT, "số thôn, tổ dân phố có thành viên", "villages with a member",
      derived="distinct 'village' of the members"),
    F("leaders_as_members", INT, "số thành viên là người đứng đầu, cấp phó, kế toán trưởng",
      "members who are the head, a deputy head or the chief accountant",
      derived="members whose position is head_of_unit, deputy_head_of_unit, chief_accountant, "
              "enterprise_manager or legal_representative; unknown while some member's position is not "
              "recorded and none is known to be one",
      needs="boards[].members[].position"),
    F("commune_staff_as_members", INT, "số thành viên là cán bộ, công chức, người hoạt động không chuyên trách",
      "members who are commune officials or part-time staff",
      derived="members whose position is commune_official or part-time staff at any level (commune_part_time, "
              "commune_level_part_time, village_part_time): Luật Đ37 k2 until 30/06/2025; unknown while some "
              "member's position is not recorded and none is known to be one",
      needs="boards[].members[].position"),
    F("excluded_staff_as_members", INT, "số thành viên là cán bộ, công chức cấp xã, người hoạt động không chuyên "
      "trách ở thôn, tổ dân phố", "members who are commune officials or village part-time staff",
      derived="members whose position is commune_official or village_part_time: Luật Đ37 k2 from 01/07/2025; "
              "unknown while some member's position is not recorded, or is commune_part_time (level not said), "
              "and none is known to be one",
      needs="boards[].members[].position"),
    F("non_residents", INT, "số thành viên không thường trú", "members not permanently resident",
      derived="members with resident: false; unknown while some member's residence is not recorded "
              "and none is known to be non-resident",
      needs="boards[].members[].resident"),
    F("open_vacancy_months_left", INT, "số tháng còn lại của nhiệm kỳ khi có ghế khuyết chưa bầu bổ sung",
      "months of the term left when a seat still empty fell vacant",
      derived="over the vacancies not filled by the as-of date, the longest span from the day after the seat "
              "fell vacant (Civil Code Art. 147 k3) to the end of the term, in whole months; 0 if vacancies: [] or "
              "all are filled",
      needs="boards[].vacancies"),
    F("recognised", BOOL, "đã có quyết định công nhận kết quả bầu", "election result recognised",
      derived="recognised_by dated on or before the as-of date; false if 'recognised: false' is recorded"),
    F("recognition_delay_wd", INT, "số ngày làm việc từ ngày bầu đến ngày công nhận",
      "working days from the election to its recognition",
      derived="working days after 'elected' up to recognised_by.date, as delay_wd"),
    F("announced", BOOL, "danh sách đã công bố công khai tại nơi làm việc", "the list was published at the workplace"),
    F("legal_reps", INT, "số thành viên là người đại diện theo pháp luật", "members who are the legal representative",
      derived="members whose position is legal_representative; unknown while some member's position is not "
              "recorded and none is known to be one", needs="boards[].members[].position"),
    *(F(f"{r.value}_members", INT, f"số thành viên là {r.vi[0].lower()}{r.vi[1:]}", f"members representing {r.en}",
        derived=f"members with represents: {r.value}; unknown unless every member's 'represents' is recorded",
        needs="boards[].members[].represents") for r in Represents),
    F("commune_officials_as_members", INT, "số thành viên là cán bộ, công chức cấp xã",
      "members who are commune cadres or civil servants",
      derived="members whose position is commune_official; unknown while some member's position is not "
              "recorded and none is known to be one", needs="boards[].members[].position"),
    F("related_members", INT, "số thành viên có người thân liên quan đến dự án",
      "members with a relative involved in the project",
      derived="members with related_to_project: true; unknown while some member's answer is not recorded "
              "and none is known to be related", needs="boards[].members[].related_to_project"),
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
    F("by_head", BOOL, "người đứng đầu trực tiếp tiếp", "the head received in person"),
    F("schedule_notice_wd", INT, "số ngày làm việc từ ngày niêm yết lịch tiếp đến ngày tiếp",
      "working days from posting the schedule to the reception",
      derived="working days from schedule_posted (counted if a working day) up to the day before the reception: a "
              "schedule posted on Monday for a reception the next Monday has 5"),
    F("schedule_notice_days", INT, "số ngày từ ngày niêm yết lịch tiếp đến ngày tiếp",
      "days from posting the schedule to the reception", derived="date − schedule_posted, in calendar days"),
    F("in_book", BOOL, "đã ghi vào Sổ tiếp công dân", "entered in the reception book"),
    F("in_database", BOOL, "đã cập nhật vào Cơ sở dữ liệu quốc gia về tiếp công dân",
      "entered in the national reception database"),
    F("note_taker", BOOL, "có người ghi chép buổi tiếp của người đứng đầu", "a note-taker at the head's session"),
    F("bodies_notified", BOOL, "đã thông báo cho cơ quan, đơn vị có liên quan", "the bodies concerned were told"),
    F("answered_at_once", BOOL, "người đứng đầu trả lời trực tiếp tại buổi tiếp", "the head answered at the session"),
    F("conclusion_notified", BOOL, "ý kiến chỉ đạo được lập thành Thông báo kết luận việc tiếp công dân",
      "the head's directions were issued as a conclusion notice"),
    F("result_notified", BOOL, "kết quả xử lý đã được thông báo cho công dân", "the result was notified to the citizen"),
    F("refused", BOOL, "có trường hợp từ chối tiếp công dân", "a citizen was refused"),
    F("reason_explained", BOOL, "đã trực tiếp giải thích lý do từ chối", "the reason for refusing was explained"),
    F("oral_statement", BOOL, "công dân trình bày trực tiếp không có đơn (hoặc cử đại diện trình bày)",
      "a citizen stated the case orally (or through a representative)"),
    F("statement_signed", BOOL, "nội dung trình bày đã được ghi lại, đọc lại và ký hoặc điểm chỉ",
      "the statement was written down, read back and signed"),
    F("papers_received", BOOL, "công dân cung cấp thông tin, tài liệu, chứng cứ", "the citizen handed in documents"),
    F("receipt_given", BOOL, "đã tiếp nhận bằng giấy biên nhận theo Mẫu số 02/TCD", "a receipt on Form 02/TCD was given"),
    F("online", BOOL, "tiếp công dân trực tuyến", "an online reception"),
    F("conditions_met", BOOL, "bảo đảm điều kiện hạ tầng kỹ thuật tiếp công dân trực tuyến",
      "the technical conditions for online reception were met"),
    F("head_decided", BOOL, "người đứng đầu đã quyết định tiếp trực tuyến vụ việc", "the head decided to receive it online"),
    F("participants_complete", BOOL, "đủ thành phần tại các điểm cầu", "those required were at each bridge point"),
    F("parties_notice_wd", INT, "số ngày làm việc từ ngày thông báo đến ngày tiếp trực tuyến",
      "working days from the notice to the online reception",
      derived="working days from parties_notified (counted if a working day) up to the day before the reception, "
              "as schedule_notice_wd"),
    F("test_wd", INT, "số ngày làm việc từ ngày kết nối thử đến ngày tiếp trực tuyến",
      "working days from the connection test to the online reception",
      derived="working days from connection_tested (counted if a working day) up to the day before the reception, "
              "as schedule_notice_wd"),
    F("connected_hour_before", BOOL, "đã kết nối xong chậm nhất 01 giờ trước giờ tiếp",
      "connected at least an hour before"),
    F("recorded", BOOL, "buổi tiếp được ghi âm, ghi hình", "the session was recorded"),
    F("stored_on_state_servers", BOOL, "dữ liệu lưu trên máy chủ của cơ quan nhà nước",
      "the recording is stored on State servers"),
), kind_field="kind", date_field="date", source="receptions"))


_VALID_KEYS: set[str] = set()  # keys found good: every profile repeats a few dozen of them


def check_evidence_key(key: str) -> None:
    """A ``not_found`` entry names a collection, or a collection and one of its kinds."""
    if key in _VALID_KEYS:
        return
    _check_evidence_key(key)
    if len(_VALID_KEYS) < 10_000:
        _VALID_KEYS.add(key)


def _check_evidence_key(key: str) -> None:
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


def evidence_key_labels() -> dict[str, tuple[str, str]]:
    """Every ``not_found`` key a clerk may pick, with its words in Vietnamese and English (the workbook's list):
    a collection, or a collection and one of its kinds (disclosures by item number, 1 to 14)."""
    out: dict[str, tuple[str, str]] = {}
    for coll, ft in COLLECTIONS.items():
        if ft.source != coll:
            continue
        out[coll] = (f"{ft.vi}: tất cả", f"{ft.en}: all")
        spec = ft.fields.get(ft.kind_field) if ft.kind_field else None
        if spec is None:
            continue
        kinds = [v.value for v in spec.enum] if spec.enum is not None else [str(n) for n in range(1, 15)]
        for kind in kinds:
            out[f"{coll}.{kind}"] = (f"{ft.vi}: {kind_label(coll, kind, 'vi')}", f"{ft.en}: {kind_label(coll, kind, 'en')}")
    return out


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
