"""A unit profile: one unit, as of one date, with the evidence an inspector recorded.

What is not recorded is unknown, never "fine": a field left out makes the rules that
need it report missing evidence. To say "we looked and there is none", list the kind
under ``not_found`` (or record the item with the fact that fails)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, field_validator, model_validator

from .common import Strict, Text, VNDate, vocab_set
from .fact_schema import check_evidence_key
from .refusals import refuse
from .vocab import (DISCLOSURE_PART_ITEM, AdminLevel, BoardKind, BoardRole, CommunityMatter, ConferenceBusiness,
                    ConsultationForm, Convenor, DisclosurePart, DocumentKind, MeetingKind, PersonRole, Position,
                    PostingPlace, Proposer, ReceptionKind, RegulationContent, Represents, UnitType)

PROFILE_SCHEMA = "qcdc-profile/1"

NonNegative = Annotated[int, Field(ge=0)]


class AdminArea(Strict):
    level: AdminLevel = Field(description="Cấp hành chính (tỉnh, huyện, xã, thôn) / administrative level")
    name: Text = Field(description="Tên địa bàn / name of the area")
    kind: Text | None = Field(
        None, description="Loại địa bàn: xã, phường, thị trấn, đặc khu, huyện, thành phố… / kind of area: commune, "
                          "ward, town, special zone, district, city…")
    code: Text | None = Field(None, description="Mã đơn vị hành chính / administrative code")


class Headcount(Strict):
    staff: NonNegative | None = Field(
        None, description="Tổng số cán bộ, công chức, viên chức, người lao động / all staff of the unit")
    households: NonNegative | None = Field(None, description="Số hộ gia đình / households")
    villages: NonNegative | None = Field(
        None, description="Số thôn, tổ dân phố trên địa bàn xã / villages and residential groups in the commune")
    workers: NonNegative | None = Field(None, description="Số người lao động (doanh nghiệp) / workers")
    investment_projects: NonNegative | None = Field(
        None, description="Số chương trình, dự án đầu tư công, PPP, đầu tư bằng vốn, công sức của cộng đồng hoặc tài trợ "
                          "trực tiếp cho xã đang triển khai trên địa bàn (Luật Đ41 k1) / programmes and projects under way "
                          "in the commune that call for a Community Investment Supervision Board")


class Attributes(Strict):
    """Facts about the unit that decide whether a duty applies. Unknown if left out."""

    has_loudspeaker: bool | None = Field(
        None, description="Xã có hệ thống truyền thanh / the commune has a loudspeaker or radio system")
    has_website: bool | None = Field(
        None, description="Có cổng/trang thông tin điện tử / has a web portal or website")
    has_intranet: bool | None = Field(
        None, description="Cơ quan, đơn vị có trang/hệ thống thông tin điện tử nội bộ (Luật Đ48 k1) / the agency or "
                          "unit has an internal website or information system")
    fully_state_funded: bool | None = Field(
        None, description="ĐVSN hưởng 100% lương từ ngân sách nhà nước / public service unit whose pay is "
                          "wholly from the State budget (Luật 97/2025 Đ5 k2)")
    dispersed: bool | None = Field(
        None, description="Làm việc phân tán trên địa bàn rộng; thôn, tổ dân phố: dân cư sinh sống không tập trung "
                          "(Luật Đ18 k3) / staff work dispersed over a wide area; a village: its residents live "
                          "scattered")
    special: bool | None = Field(
        None, description="Có tính chất đặc thù (Luật Đ60 k1) / special in nature")
    has_union: bool | None = Field(None, description="Có tổ chức Công đoàn / has a trade union")
    ethnic_minority_area: bool | None = Field(
        None, description="Vùng đồng bào dân tộc thiểu số / ethnic-minority area")
    # Law Art. 12 k2: disclosure in these areas follows rules the Government sets (not found): a
    # commune's disclosure findings say so.
    border_area: bool | None = Field(None, description="Xã thuộc khu vực biên giới (Luật Đ12 k2) / a border commune")
    island_area: bool | None = Field(None, description="Xã thuộc khu vực hải đảo (Luật Đ12 k2) / an island commune")
    mountain_area: bool | None = Field(None, description="Xã thuộc khu vực miền núi (Luật Đ12 k2) / a mountain commune")
    extremely_difficult_area: bool | None = Field(
        None, description="Xã thuộc vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn (Luật Đ12 k2) / a commune in "
                          "an area of extremely difficult socio-economic conditions")
    has_subordinate_units: bool | None = Field(
        None, description="Cơ quan, đơn vị có đơn vị trực thuộc (Luật Đ4 k2) / the agency or unit has subordinate units")
    handles_entitlements: bool | None = Field(
        None, description="Đơn vị sự nghiệp công lập có liên quan đến việc giải quyết chế độ, chính sách, quyền lợi của "
                          "công dân, tổ chức nên phải tổ chức tiếp công dân (NĐ154 Đ9 k1) / a public service unit whose "
                          "work decides citizens' regimes, policies or entitlements, so it must receive citizens")
    at_reception_office: bool | None = Field(
        None, description="Cơ quan tham gia tiếp công dân thường xuyên tại Trụ sở tiếp công dân nên không bố trí địa "
                          "điểm tiếp công dân riêng (Luật Tiếp công dân Đ16 k3) / the body takes part in regular "
                          "reception at the Citizen Reception Office, so it has no reception place of its own")
    reception_place: bool | None = Field(
        None, description="Có địa điểm tiếp công dân khang trang, thuận tiện, có phòng tiếp công dân, trang thiết bị "
                          "cần thiết (NĐ154 Đ8 k2, Đ11 k1) / has a spacious, convenient reception place with a "
                          "reception room and the equipment needed")
    reception_allowance_paid: bool | None = Field(
        None, description="Thực hiện chế độ bồi dưỡng đối với người tiếp công dân (NĐ154 Đ35 k1, Đ36) / the reception "
                          "staff's allowances are paid")
    has_non_union_workers: bool | None = Field(
        None, description="Có người lao động không là thành viên tổ chức đại diện người lao động tại cơ sở (NĐ 145 Đ37 "
                          "k1) / some workers are not members of a workers' representative organisation")
    work_year_start_month: Annotated[int, Field(ge=1, le=12)] = Field(
        1, description="Tháng bắt đầu năm công tác (trường học: 9); doanh nghiệp nhà nước: tháng bắt đầu năm tài chính "
                       "(Luật Đ69 k1) / first month of the work year (schools: 9); a state-owned enterprise: of its "
                       "financial year")
    cannot_leave_posts: bool | None = Field(
        None, description="Cán bộ, công chức, viên chức, người lao động vì lý do nghiệp vụ không thể bỏ vị trí làm việc "
                          "(Luật Đ51 k2 b) / staff cannot leave their posts for reasons of the work")


class DocumentRef(Strict):
    number: Text | None = Field(None, description="Số, ký hiệu văn bản / number and symbol")
    date: VNDate | None = Field(None, description="Ngày ban hành / date issued")
    issuer: Text | None = Field(None, description="Cơ quan, người ban hành / issued by")


class Document(Strict):
    id: Text | None = Field(
        None, description="Mã văn bản (tự đặt, để các dòng khác dẫn đến) / the document's ID (your own, for other "
                          "rows to point at)")
    kind: DocumentKind = Field(description="Loại văn bản / kind of document")
    title: Text | None = Field(None, description="Tên, trích yếu nội dung / title or summary")
    number: Text | None = Field(None, description="Số, ký hiệu văn bản / number and symbol")
    date: VNDate | None = Field(None, description="Ngày ban hành / date issued")
    issuer: Text | None = Field(None, description="Cơ quan, người ban hành / issued by")
    with_union: bool | None = Field(
        None, description="Ban hành phối hợp với Công đoàn / issued together with the trade union")
    with_front: bool | None = Field(
        None, description="Xây dựng phối hợp với UBMTTQ cấp xã / drafted together with the Fatherland Front")
    staff_consulted: bool | None = Field(
        None, description="Đã lấy, sử dụng ý kiến cán bộ, công chức, viên chức, người lao động (Luật Đ53, Đ59 k1 b) / "
                          "staff opinions were sought (and used) before it was issued")
    consultation_plan: bool | None = Field(
        None, description="Có kế hoạch lấy ý kiến cán bộ, công chức, viên chức, người lao động (Luật Đ55 k1); lấy ý "
                          "kiến Nhân dân: kế hoạch nêu nội dung, hình thức, cách thức, thời hạn, trách nhiệm (Luật Đ28 "
                          "k1) / the consultation (of staff; of residents) had a plan")
    explanation_published: bool | None = Field(
        None, description="Đã công khai kết quả tổng hợp, giải trình, tiếp thu ý kiến đến cán bộ (Luật Đ55 k1), đến "
                          "Nhân dân (Luật Đ28 k3) / the summary of opinions and the explanation were made known to "
                          "staff (to residents)")
    union_commented: bool | None = Field(
        None, description="Ban Chấp hành Công đoàn tham gia ý kiến trước khi ban hành (Luật Đ55 k2) / the trade union "
                          "executive commented before it was issued")
    announced: bool | None = Field(
        None, description="Đã thông báo đến toàn thể cán bộ, công chức, viên chức, người lao động / announced to all "
                          "staff")
    proposer: Proposer | None = Field(
        None, description="Người đề xuất (đề nghị tổ chức hội nghị, Luật Đ50 k1) / who proposed it")
    supporters: NonNegative | None = Field(
        None, description="Số người cùng đề nghị / number of staff who signed the proposal")
    conference_held: bool | None = Field(
        None, description="Đã tổ chức hội nghị theo đề nghị; false: đã kiểm tra, không tổ chức / the conference was "
                          "held as proposed; false: checked, it was not")
    front_approved: bool = Field(
        False, description="Sáng kiến của công dân chưa đủ 10% số hộ đồng thuận nhưng được Ban công tác Mặt trận ở "
                           "thôn tán thành (Luật Đ16 k3 đoạn 2) / an initiative short of 10% of households that the "
                           "village Front committee approved")
    recognised_by: DocumentRef | None = Field(
        None, description="Quyết định công nhận (hương ước) / recognition decision (covenant)")
    recognised: bool | None = Field(
        None, description="Đã có quyết định công nhận; false: đã kiểm tra, chưa có quyết định công nhận / recognised; "
                          "false: checked, not recognised")
    sent_to_front: bool | None = Field(
        None, description="Đã gửi Ủy ban MTTQ Việt Nam cùng cấp để giám sát (Luật Đ14 k3) / sent to the Fatherland "
                          "Front committee for supervision")
    sent_to_village_heads: bool | None = Field(
        None, description="Đã gửi Trưởng thôn, Tổ trưởng tổ dân phố để thông báo đến Nhân dân (Luật Đ22 k2) / sent to "
                          "the village heads to inform residents")
    posted: bool | None = Field(
        None, description="Đã niêm yết ở mọi nơi luật quy định (danh sách nội dung đã công khai: trụ sở UBND xã và "
                          "các thôn, tổ dân phố, Luật Đ13 k2) / posted everywhere the law requires")
    period: DataPeriod | None = Field(
        None, description="Kỳ của kế hoạch, báo cáo, kinh phí (quý, 06 tháng, năm, nhiệm kỳ); lấy ý kiến Nhân dân: từ "
                          "ngày công khai nội dung (không tính) đến ngày kết thúc lấy ý kiến (được tính) (Luật Đ28 k2); "
                          "dự thảo hương ước: từ ngày niêm yết (không tính) đến ngày gỡ xuống (không tính) (NĐ61 Đ9 k1) "
                          "/ the period a plan, report or budget line covers; a consultation: from publication of the "
                          "content (not counted) to the close (counted); a draft covenant: from the day it was posted "
                          "(not counted) to the day it came down (not counted)")
    sent_on: VNDate | None = Field(
        None, description="Ngày gửi đến người nhận pháp luật quy định (kế hoạch kiểm tra, giám sát: NĐ 59 Đ14 k1 b, "
                          "Đ22 k1 b; kết quả xác minh: người có phản ánh, kiến nghị) / date sent to the recipients "
                          "the law names")
    sent: bool | None = Field(None, description="Đã gửi; false: đã kiểm tra, chưa gửi / sent; false: checked, not sent")
    starts: VNDate | None = Field(
        None, description="Ngày bắt đầu kiểm tra, giám sát / the inspection or supervision starts on")
    received: VNDate | None = Field(
        None, description="Ngày nhận được (kiến nghị của Ban Thanh tra nhân dân; khiếu nại, kiến nghị của công dân) / "
                          "date received")
    reply: DocumentRef | None = Field(
        None, description="Văn bản thông báo kết quả giải quyết (Luật Đ40 k1 c, Đ63 k1 c) / the written reply "
                          "notifying the result")
    replied: bool | None = Field(
        None, description="Đã trả lời; false: đã kiểm tra, chưa trả lời (khiếu nại, kiến nghị của công dân, vụ việc "
                          "cản trở, trả thù: chỉ ghi false khi đã quá thời hạn pháp luật quy định) / replied; false: "
                          "checked, no reply (for a citizen's petition or an obstruction case: only once the legal "
                          "time has passed)")
    contents: list[RegulationContent] | None = Field(
        None, description="Nội dung quy chế dân chủ ở cơ sở tại nơi làm việc về đối thoại (NĐ 145 Đ37 k2) / what the "
                          "workplace democracy regulation sets out on dialogue")
    union_notified: bool | None = Field(
        None, description="Đã thông báo đến tổ chức Công đoàn (Luật Đ82 k2) / notified to the trade union")
    dialogue_held: bool | None = Field(
        None, description="Đã tổ chức đối thoại (theo yêu cầu đối thoại; về nội dung của văn bản trước khi ban hành, NĐ "
                          "145 Đ41 k1); false: đã kiểm tra, không đối thoại / a dialogue was held (on the request; on "
                          "this document before it was issued); false: checked, none")
    dialogue_on: VNDate | None = Field(
        None, description="Ngày tổ chức đối thoại đã thống nhất trong văn bản trả lời yêu cầu đối thoại (NĐ 145 Đ40 k2) "
                          "/ the day of the dialogue agreed in the reply to the request")
    representatives: NonNegative | None = Field(
        None, description="Tổng số thành viên đại diện đối thoại bên người lao động khi có yêu cầu đối thoại (NĐ 145 Đ40 "
                          "k1 b) / all worker-side dialogue representatives, for a dialogue request")
    front_certified: bool | None = Field(
        None, description="Ủy ban MTTQ cấp xã đã xác nhận (biên bản, kiến nghị của Ban Thanh tra nhân dân, Luật Đ40 "
                          "k2 d) / certified by the commune Fatherland Front")
    # A village covenant (kind covenant, NĐ 61/2023): 'date' is the day the community adopted it (the meeting, or the
    # close of the ballot), 'period' the days its draft was posted for comment (Đ9 k1), 'people_consulted' the
    # households' comments on the draft (Đ9 k2), 'posted' its posting at the culture house once recognised (Đ15 k1),
    # 'sent_on'/'sent' the commune sending it to the village head and the Front (Đ18 k1 a). The vote is a community
    # decision: a meeting (or ballot) with matter: covenant. A Community Investment Supervision Board's plan (kind
    # investment_board_plan): 'sent_on' is the Front's notice to the investor, 'starts' the supervision's first day.
    drafting_team: bool | None = Field(
        None, description="Đã thành lập Tổ soạn thảo hương ước, quy ước (NĐ61 Đ8 k1) / a drafting team was set up")
    drafting_team_ethnic: bool | None = Field(
        None, description="Tổ soạn thảo có già làng, trưởng bản và người biết tiếng dân tộc (NĐ61 Đ8 k2) / the drafting "
                          "team includes a village elder or head and someone who speaks the ethnic language")
    signed: bool | None = Field(
        None, description="Có chữ ký xác nhận của Trưởng thôn, Trưởng ban công tác Mặt trận và 02 đại diện hộ gia đình "
                          "(NĐ61 Đ6 k1) / signed by the village head, the Front committee head and 2 household "
                          "representatives")
    sealed: bool | None = Field(
        None, description="Có dấu giáp lai của UBND cấp xã sau khi công nhận (NĐ61 Đ6 k1) / stamped across the pages "
                          "by the commune once recognised")
    disseminated: bool | None = Field(
        None, description="Đã phổ biến bằng ít nhất một hình thức ngoài niêm yết: hội nghị, mạng lưới thông tin cơ sở, "
                          "sao gửi từng hộ, mạng xã hội, tuyên truyền viên, hòa giải viên… (NĐ61 Đ15 k1) / made known in "
                          "at least one way besides posting")
    conforms: bool | None = Field(
        None, description="Nội dung phù hợp Điều 4 NĐ61 (không quy định lại văn bản quy phạm pháp luật; phù hợp chủ "
                          "trương, chính sách) và biện pháp thưởng, phạt không thay thế biện pháp xử lý của pháp luật "
                          "(Đ5 k4), theo kết quả rà soát; false: không phù hợp / the content meets Art. 4 and Art. 5(4), "
                          "as reviewed; false: it does not")
    redo_by: VNDate | None = Field(
        None, description="Thời hạn hoàn tất soạn thảo, lấy ý kiến, thông qua (hoặc sửa đổi, bổ sung) ghi trong quyết "
                          "định tạm ngừng thực hiện hương ước (NĐ61 Đ12 k3) / the deadline set by a suspension decision")
    redone: VNDate | Literal[False] | None = Field(
        None, description="Ngày cộng đồng dân cư thông qua hương ước làm lại, sửa đổi, bổ sung sau khi bị tạm ngừng (ngày "
                          "họp, kết thúc phát phiếu); false: đã kiểm tra, chưa thông qua / date the community adopted the "
                          "re-done or amended covenant; false: not yet")
    # A consultation of residents (kind people_consultation, Luật Đ25–28): 'date' is the consultation plan's,
    # 'period' runs from the day the content was made public to the close, 'sent'/'sent_on' is the plan sent to
    # the commune People's Council and Front (Đ28 k1), 'sent_to_front' the report on it (Đ28 k5).
    comment_item: Annotated[int, Field(ge=1, le=9)] | None = Field(
        None, description="Khoản của Điều 25 Luật 10/2022 mà nội dung lấy ý kiến thuộc về (khoản 8: quyết định hành "
                          "chính xác lập nghĩa vụ, hạn chế quyền của công dân, trừ quyết định có nội dung bí mật nhà "
                          "nước và quyết định xử phạt vi phạm hành chính, Luật Đ27 k1) / the clause of Art. 25 the "
                          "matter falls under")
    higher_authority: bool | None = Field(
        None, description="Nội dung thuộc thẩm quyền quyết định của cơ quan nhà nước cấp trên (Luật Đ28 k1 đoạn 2, k4) "
                          "/ a higher authority decides the matter")
    people_consulted: bool | None = Field(
        None, description="Đã lấy ý kiến Nhân dân (khoản 8: đã thông tin để công dân là đối tượng thi hành biết và "
                          "trình bày ý kiến, Luật Đ27 k1); false: đã kiểm tra, không lấy ý kiến / residents were "
                          "consulted (item 8: the citizens concerned were informed and could give their views); "
                          "false: checked, they were not")
    comment_forms: list[ConsultationForm] | None = Field(
        None, description="Hình thức lấy ý kiến đã dùng (Luật Đ26 k1) / the forms of consultation used")
    sector_period: bool = Field(
        False, description="Luật chuyên ngành quy định thời hạn lấy ý kiến khác (Luật Đ28 k2) / a specific law sets "
                           "another consultation period")
    decision: DocumentRef | Literal[False] | None = Field(
        None, description="Quyết định, văn bản ban hành về nội dung đã lấy ý kiến; false: chưa quyết định (đã kiểm tra) "
                          "/ the decision taken on the matter; false: checked, not decided yet")
    explanation_filed: bool | None = Field(
        None, description="Ý kiến được tổng hợp đầy đủ; giải trình, tiếp thu được gửi người liên quan và lưu cùng hồ sơ "
                          "trình ký (Luật Đ27 k3; true cả khi công dân không trình bày ý kiến) / the views were compiled, "
                          "and the explanation sent to those concerned and filed with the draft decision")
    reported_up: bool | None = Field(
        None, description="UBND xã đã tổng hợp, báo cáo kết quả lấy ý kiến với cơ quan có thẩm quyền (Luật Đ28 k4) / "
                          "the results were reported to the higher authority")
    reported_to_council: bool | None = Field(
        None, description="Đã báo cáo HĐND xã tại kỳ họp thường lệ đầu tiên sau khi kết thúc lấy ý kiến (Luật Đ28 k5) "
                          "/ reported to the first regular session of the commune People's Council after the close")
    head_received: bool | None = Field(
        None, description="Vụ việc phức tạp: người đứng đầu đã tiếp công dân đột xuất (NĐ154 Đ10 k3); false: đã kiểm "
                          "tra, chưa tiếp / a complex case: the head held an ad-hoc reception on it; false: checked, "
                          "not held")
    operating: bool | None = Field(
        None, description="Hệ thống đang vận hành ổn định, thường xuyên vào ngày kiểm tra (Luật Đ35 k2 a) / the "
                          "system is in regular operation on the as-of date")
    note: Text | None = Field(None, description="Ghi chú / note")

    @field_validator("contents", "comment_forms")
    @classmethod
    def _as_sets(cls, value: list | None) -> list | None:
        return vocab_set(value)

    @model_validator(mode="after")
    def _recognition(self) -> "Document":
        if self.recognised is False and self.recognised_by is not None:
            raise refuse("contradicts", a="recognised", b="recognised_by")
        if self.sent is False and self.sent_on is not None:
            raise refuse("contradicts", a="sent", b="sent_on")
        if self.replied is False and self.reply is not None:
            raise refuse("contradicts", a="replied", b="reply")
        return self


class Posting(Strict):
    place: PostingPlace = Field(description="Nơi niêm yết, đăng tải / where it was posted")
    village: Text | None = Field(None, description="Tên thôn, tổ dân phố / village name (place: village)")
    from_: VNDate = Field(alias="from", description=(
        "Ngày niêm yết, đăng tải (ngày này mở đầu thời hạn và không được tính, Điều 147 Bộ luật Dân sự) / the day "
        "it went up (it opens the period and is not counted, Civil Code Art. 147)"))
    to: VNDate | None = Field(None, description=(
        "Ngày gỡ xuống: từ ngày này không còn niêm yết, nên ngày này không được tính là ngày niêm yết (niêm yết "
        "02/01, gỡ 02/02 là đủ 30 ngày, từ 03/01 đến hết 01/02); để trống nếu vẫn đang niêm yết / the day it was "
        "taken down: from that day it is no longer up, so it is not a day on display (up 02/01, down 02/02 is 30 "
        "days, 03/01 to the end of 01/02); leave out if still up"))

    @model_validator(mode="after")
    def _order(self) -> "Posting":
        if self.to is not None and self.to < self.from_:
            raise refuse("date_order", a="to", b="from", va=self.to.isoformat(), vb=self.from_.isoformat())
        if self.place == PostingPlace.village and not self.village:
            raise refuse("village_needed", a="village")
        return self


class Broadcast(Strict):
    from_: VNDate = Field(alias="from", description=(
        "Ngày bắt đầu phát (ngày này mở đầu thời hạn và không được tính, Điều 147 Bộ luật Dân sự) / first day "
        "broadcast (it opens the period and is not counted, Civil Code Art. 147)"))
    to: VNDate = Field(description=(
        "Ngày phát cuối cùng, được tính (phát từ 15/01 đến 18/01 là 03 ngày: 16, 17 và 18/01) / last day "
        "broadcast, counted (15/01 to 18/01 is 3 days: 16, 17 and 18/01)"))

    @model_validator(mode="after")
    def _order(self) -> "Broadcast":
        if self.to < self.from_:
            raise refuse("date_order", a="to", b="from", va=self.to.isoformat(), vb=self.from_.isoformat())
        return self


class DataPeriod(Strict):
    from_: VNDate = Field(alias="from", description="Từ ngày / from")
    to: VNDate = Field(description="Đến ngày / to")

    @model_validator(mode="after")
    def _order(self) -> "DataPeriod":
        if self.to < self.from_:
            raise refuse("date_order", a="to", b="from", va=self.to.isoformat(), vb=self.from_.isoformat())
        return self


class Disclosure(Strict):
    """One item the unit had to make public, with where and how long it was shown."""

    id: Text = Field(
        description="Mã nội dung công khai (tự đặt, để các dòng niêm yết, phát thanh dẫn đến) / the item's ID (your "
                    "own, for postings and broadcasts to point at)")
    item: Annotated[int, Field(ge=1, le=14)] = Field(
        description="Khoản của điều luật liệt kê nội dung công khai của loại đơn vị: Điều 11 Luật 10/2022 (xã), "
                    "Điều 46 (cơ quan nhà nước, đơn vị sự nghiệp công lập); điểm của khoản 1 Điều 64 (doanh nghiệp "
                    "nhà nước) hoặc khoản 1 Điều 43 NĐ 145/2020 (doanh nghiệp khác) theo thứ tự a=1, b=2, c=3, d=4, "
                    "đ=5, e=6, g=7, h=8 / clause of the article listing what this type of unit discloses: Art. 11 "
                    "(communes), Art. 46 (agencies, public service units); for enterprises the point of Art. 64(1) "
                    "(state-owned) or of Decree 145 Art. 43(1) (others), numbered a=1 … h=8")
    subject: Text | None = Field(None, description="Nội dung công khai / what was disclosed")
    decided: DocumentRef | None = Field(
        None, description="Quyết định, văn bản về nội dung cần công khai / the decision being disclosed")
    postings: list[Posting] | None = Field(
        None, description="Niêm yết; bỏ trống = chưa ghi nhận, [] = không niêm yết / postings; left out = "
                          "not recorded, [] = none made")
    broadcasts: list[Broadcast] | None = Field(
        None, description="Phát trên hệ thống truyền thanh; [] = không phát / loudspeaker broadcasts; [] = none")
    sent_to_village_heads: bool | None = Field(
        None, description="Đã gửi Trưởng thôn để thông báo đến Nhân dân (Luật Đ13 k4) / sent to the village heads to "
                          "inform residents")
    sector_deadline: bool = Field(
        False, description="Pháp luật chuyên ngành quy định thời điểm (ở cơ quan, đơn vị: cả cách thức) công khai "
                           "khác (Luật Đ12 k3, Đ47 k2, Đ48 k6) / a sector law sets another time (for agencies, also "
                           "another way) to disclose this item")
    requested: VNDate | None = Field(
        None, description="Ngày cán bộ, công chức, viên chức, người lao động (Luật Đ48 k4) hoặc công dân (xã, Luật "
                          "Đ14 k2) yêu cầu cung cấp / a staff member (or, at a commune, a citizen) asked for it on")
    provided_on_request: bool | None = Field(
        None, description="Đã cung cấp theo yêu cầu; false: chưa cung cấp / provided as asked; false: not provided")
    refused_in_writing: bool = Field(
        False, description="Yêu cầu đã được từ chối bằng văn bản, nêu rõ lý do, vì thông tin không thuộc trường hợp "
                           "phải cung cấp (Luật Đ14 k2, Đ48 k4, Đ66 k4; xã: theo Luật Tiếp cận thông tin) / the "
                           "request was refused in writing, with reasons, as information the unit need not provide")
    part: DisclosurePart | None = Field(
        None, description="Phần của khoản (dự toán, thực hiện dự toán, quyết toán…; quy chế, nhiệm vụ, quy tắc ứng "
                          "xử); mỗi phần một mục / the part of the item (budget estimate, execution, accounts…; "
                          "regulation, duties, code of conduct), one entry per part")
    data_period: DataPeriod | None = Field(
        None, description="Kỳ số liệu của nội dung công khai (quý, 06 tháng, năm ngân sách) / the period its figures "
                          "cover (quarter, half year, budget year)")

    @model_validator(mode="after")
    def _part_of_item(self) -> "Disclosure":
        if self.part is not None and DISCLOSURE_PART_ITEM[self.part] != self.item:
            raise refuse("part_of_item", part=self.part.value, belongs=DISCLOSURE_PART_ITEM[self.part], item=self.item)
        return self


class Meeting(Strict):
    id: Text | None = Field(None, description="Mã cuộc họp (tự đặt) / the meeting's ID (your own)")
    kind: MeetingKind = Field(description="Loại cuộc họp, hội nghị / kind of meeting")
    date: VNDate = Field(description="Ngày họp / date held")
    title: Text | None = Field(None, description="Tên, nội dung cuộc họp / title or subject")
    delegates: bool = Field(False, description="Hội nghị đại biểu (không phải toàn thể) / delegate conference")
    summoned: NonNegative | None = Field(
        None, description="Số người được triệu tập (đại biểu) / people convened (delegates)")
    present: NonNegative | None = Field(None, description="Số người có mặt / people present")
    staff: NonNegative | None = Field(
        None, description="Tổng số cán bộ, công chức, viên chức, người lao động (ở doanh nghiệp: người lao động) của "
                          "đơn vị vào ngày hội nghị, mẫu số của 2/3 ở hội nghị toàn thể (Luật Đ51 k2 c, Đ69 k2 c); "
                          "không ghi thì lấy số hiện nay / all the unit's staff (workers) on the day of the conference, "
                          "the base of a plenary's 2/3; if not recorded, today's count")
    votes_for: NonNegative | None = Field(
        None, description="Số người tán thành nghị quyết / votes for the resolution")
    minutes: bool | None = Field(None, description="Có biên bản / minutes kept")
    resolution: DocumentRef | None = Field(
        None, description="Nghị quyết, biên bản của cuộc họp / the meeting's resolution or minutes")
    with_union: bool | None = Field(
        None, description="Phối hợp, thống nhất với Ban Chấp hành Công đoàn / together with the trade union executive")
    business: list[ConferenceBusiness] | None = Field(
        None, description="Nội dung đã thực hiện tại hội nghị, theo biên bản (Luật Đ51 k3–4) / what the conference "
                          "did, from its minutes")
    concerns_inspection_board: bool | None = Field(
        None, description="Cuộc họp của HĐND, UBND, Ủy ban MTTQ cấp xã có nội dung liên quan đến việc kiểm tra, giám "
                          "sát của Ban Thanh tra nhân dân (Luật Đ39 k3) / a meeting of the commune council, committee "
                          "or Fatherland Front on matters the People's Inspection Board inspects")
    inspection_board_invited: bool | None = Field(
        None, description="Ban Thanh tra nhân dân được mời dự / the People's Inspection Board was invited")
    content_sent: VNDate | None = Field(
        None, description="Ngày các bên gửi nội dung đối thoại định kỳ (NĐ 145 Đ39 k3) / date the dialogue content was "
                          "exchanged")
    legal_rep_present: bool | None = Field(
        None, description="Người đại diện theo pháp luật của người sử dụng lao động hoặc người được ủy quyền có mặt (NĐ "
                          "145 Đ39 k4) / the employer's legal representative, or a person authorised, was present")
    minutes_signed: bool | None = Field(
        None, description="Biên bản có chữ ký của đại diện các bên (NĐ 145 Đ39 k4) / the minutes are signed by each "
                          "side's representatives")
    published_on: VNDate | None = Field(
        None, description="Ngày công bố công khai nội dung chính tại nơi làm việc (NĐ 145 Đ39 k5) / date the main "
                          "points were published at the workplace")
    published: bool | None = Field(
        None, description="Đã công bố; false: đã kiểm tra, chưa công bố / published; false: checked, not published")
    # Community decisions: a community meeting, a household ballot or an online vote (Luật Đ15–23; NĐ 59 Đ3–9).
    # present: household representatives present (ballots returned, representatives who voted online);
    # votes_for: those in favour; summoned: representatives invited (ballots handed out).
    matter: CommunityMatter | None = Field(
        None, description="Nội dung Nhân dân bàn và quyết định (Luật Đ15) / the Art. 15 matter decided")
    commune_wide: bool = Field(
        False, description="Nội dung có phạm vi thực hiện trong địa bàn cấp xã (Luật Đ16 k1) / a commune-wide matter")
    from_initiative: bool = Field(
        False, description="Nội dung do công dân có sáng kiến đề xuất (Luật Đ16 k3) / put on a citizen's initiative")
    supporters: NonNegative | None = Field(
        None, description="Số hộ gia đình đồng thuận với đề xuất của công dân (nội dung hương ước, NĐ61 Đ7 k3) / "
                          "households that backed the residents' proposal")
    households: NonNegative | None = Field(
        None, description="Tổng số hộ gia đình thuộc cộng đồng dân cư (Luật Đ20 k2 b) / all households of the "
                          "community")
    adopted: bool | None = Field(
        None, description="Quyết định được ghi nhận là đã thông qua (thôn tán thành, với nội dung cấp xã) / recorded "
                          "as adopted (for a commune-wide matter: the village approved)")
    front_agreed: bool | None = Field(
        None, description="Đã thống nhất với Ban công tác Mặt trận ở thôn (ở xã: với Chủ tịch UBMTTQ xã) về nội "
                          "dung, hình thức, phương án tổ chức / agreed with the village Front work committee (commune: "
                          "with the Fatherland Front chairman)")
    convened_by: Convenor | None = Field(
        None, description="Người triệu tập, chủ trì cuộc họp (Luật Đ18 k1; NĐ 59 Đ3 k1) / who convened and chaired")
    notified: VNDate | None = Field(
        None, description="Ngày thông báo cuộc họp (phát phiếu) đến người dự (NĐ 59 Đ3 k3, Đ4 k4; hội nghị định kỳ: "
                          "Đ11 k1 c) / notice given on")
    notice_posted: bool | None = Field(
        None, description="Thông báo được niêm yết tại nhà văn hóa, điểm sinh hoạt cộng đồng (NĐ 59 Đ3 k3) / the "
                          "notice was posted at the culture house or community points")
    papers_sent: VNDate | None = Field(
        None, description="Ngày gửi tài liệu họp đến từng hộ gia đình (NĐ 59 Đ3 k4) / documents sent to each "
                          "household on")
    opened: VNDate | None = Field(
        None, description="Ngày phát phiếu, bắt đầu biểu quyết trực tuyến; 'date' là ngày kết thúc thời hạn lấy ý kiến "
                          "/ ballots handed out (online voting opened) on; 'date' is when the ballot closed")
    after_meeting: bool | None = Field(
        None, description="Phát phiếu vì cuộc họp không đủ đại diện hộ gia đình để đạt tỷ lệ tán thành (Luật Đ19 k1 "
                          "b) / a ballot held because a meeting lacked the households needed to pass")
    clusters: NonNegative | None = Field(
        None, description="Số cụm dân cư họp riêng (Luật Đ18 k3) / number of cluster meetings")
    cluster_plan_approved: bool | None = Field(
        None, description="UBND xã đã quyết định phương án họp theo cụm (NĐ 59 Đ3 k6) / the commune approved the "
                          "cluster plan")
    method_votes: NonNegative | None = Field(
        None, description="Số đại diện hộ gia đình tham dự giơ tay đồng ý phương án biểu quyết (giơ tay hoặc bỏ phiếu "
                          "kín) (NĐ 59 Đ3 k5 b) / representatives present who approved the way of voting (show of "
                          "hands or secret ballot)")
    counting_board_votes: NonNegative | None = Field(
        None, description="Số đại diện hộ gia đình tham dự giơ tay đồng ý Ban kiểm phiếu (NĐ 59 Đ3 k5 c) / "
                          "representatives present who approved the vote-counting board")
    secretary_votes: NonNegative | None = Field(
        None, description="Số đại diện hộ gia đình tham dự biểu quyết cử thư ký (NĐ 59 Đ3 k5 a) / representatives "
                          "present who voted for the secretary")
    secret_ballot: bool | None = Field(
        None, description="Biểu quyết bằng bỏ phiếu kín / voting by secret ballot")
    counting_board: NonNegative | None = Field(
        None, description="Số thành viên Ban kiểm phiếu (NĐ 59 Đ3 k5 c) / members of the vote-counting board")
    count_witnesses: NonNegative | None = Field(
        None, description="Số đại diện hộ gia đình chứng kiến kiểm phiếu (NĐ 59 Đ3 k5 c, Đ4 k6 a) / household "
                          "representatives who witnessed the count")
    decision_contents: bool | None = Field(
        None, description="Văn bản quyết định ghi đủ thời gian, tổng số hộ, số đại diện có mặt, số hộ vắng, nội dung, "
                          "hình thức, kết quả biểu quyết, nội dung quyết định (Luật Đ20 k2 a–e) / the decision states "
                          "everything Art. 20(2)(a)–(e) lists")
    decision_signed: bool | None = Field(
        None, description="Có chữ ký của Trưởng thôn, Trưởng ban công tác Mặt trận và 02 đại diện hộ gia đình (Luật "
                          "Đ20 k2 g) / signed by the village head, the Front committee head and 2 household "
                          "representatives")
    results_published: bool | None = Field(
        None, description="Đã công khai kết quả biểu quyết tại thôn (Luật Đ23 k2; NĐ 59 Đ5 k4 b) / the result was "
                          "made public in the village")
    delivered: VNDate | Literal[False] | None = Field(
        None, description="Ngày quyết định được gửi đến (UBND xã nhận) UBND xã và UBMTTQ xã; false: đã kiểm tra, chưa "
                          "gửi; hội nghị định kỳ: báo cáo kết quả hội nghị (NĐ 59 Đ11 k2) / date the decision (the "
                          "yearly conference's report) reached the commune People's Committee and Front; false: not "
                          "sent")
    recognised_by: DocumentRef | None = Field(
        None, description="Quyết định công nhận (UBND xã; thành viên Ban: UBMTTQ xã) / recognition decision")
    recognised: bool | None = Field(
        None, description="Đã có quyết định công nhận; false: đã kiểm tra, chưa có quyết định công nhận / recognised; "
                          "false: checked, not recognised")
    refused: VNDate | None = Field(
        None, description="Ngày văn bản trả lời không công nhận, nêu rõ lý do (hoặc quyết định bầu lại) / date of the "
                          "written refusal with reasons (or of the decision to elect again)")
    team_size: NonNegative | None = Field(
        None, description="Số thành viên Tổ phát phiếu, Tổ lấy ý kiến trực tuyến hoặc Tổ bầu cử / members of the "
                          "ballot, online-vote or election team")
    team_led_by_front: bool | None = Field(
        None, description="Tổ trưởng là đại diện Ban công tác Mặt trận / the team is led by the Front committee's "
                          "representative")
    candidate_in_team: bool | None = Field(
        None, description="Có người ứng cử Trưởng thôn trong Tổ bầu cử (NĐ 59 Đ6 k1 b) / a candidate sits on the "
                          "election team")
    ballots_signed: bool | None = Field(
        None, description="Từng phiếu có chữ ký trực tiếp của Trưởng thôn, Tổ trưởng tổ dân phố (nội dung của thôn, NĐ 59 "
                          "Đ4 k5 b) / each ballot signed by the village head (a village matter)")
    ballots_stamped: bool | None = Field(
        None, description="Từng phiếu có dấu treo của UBND xã (nội dung có phạm vi cấp xã, NĐ 59 Đ4 k5 b) / each "
                          "ballot stamped by the commune People's Committee (a commune-wide matter)")
    plan_issued: VNDate | None = Field(
        None, description="Ngày ban hành Kế hoạch phát phiếu lấy ý kiến (NĐ 59 Đ4 k2) / ballot plan issued on")
    plan_sent: VNDate | Literal[False] | None = Field(
        None, description="Ngày gửi Kế hoạch đến Chủ tịch UBND xã và Chủ tịch UBMTTQ xã (hội nghị định kỳ: UBND xã, "
                          "UBMTTQ xã và Ban Thanh tra nhân dân, NĐ 59 Đ10 k4); false: chưa gửi / plan sent to the "
                          "commune and Front chairmen (yearly conference: also the People's Inspection Board) on; "
                          "false: not sent")
    opted_in: NonNegative | None = Field(
        None, description="Số đại diện hộ gia đình đồng ý biểu quyết trực tuyến (NĐ 59 Đ5 k2 c) / representatives who "
                          "chose to vote online")
    reported_before: bool | None = Field(
        None, description="Đã báo cáo UBND xã, UBMTTQ xã trước khi biểu quyết trực tuyến (NĐ 59 Đ5 k2 a) / reported "
                          "to the commune and Front before the online vote")
    election_decided: VNDate | None = Field(
        None, description="Ngày quyết định tổ chức bầu Trưởng thôn và kế hoạch (NĐ 59 Đ6 k1 a) / date of the decision "
                          "and plan to hold the election")
    team_decided: VNDate | None = Field(
        None, description="Ngày quyết định thành lập Tổ bầu cử (NĐ 59 Đ6 k1 b) / election team set up on")
    announced: VNDate | None = Field(
        None, description="Ngày niêm yết, thông báo các quyết định về bầu cử đến Nhân dân (NĐ 59 Đ6 k1) / the "
                          "election decisions were posted and announced on")
    candidates: NonNegative | None = Field(
        None, description="Số người trong danh sách chính thức ứng cử Trưởng thôn (NĐ 59 Đ6 k2) / candidates on the "
                          "official list")
    candidates_sent: VNDate | None = Field(
        None, description="Ngày biên bản họp Ban công tác Mặt trận về danh sách ứng cử đến UBND xã (NĐ 59 Đ6 k2) / "
                          "the Front committee's candidate minutes reached the commune on")
    dismissal_grounds: bool | None = Field(
        None, description="Có đơn xin thôi hoặc đề nghị của Trưởng ban công tác Mặt trận gửi Chủ tịch UBND xã (NĐ 59 "
                          "Đ9 k1) / a resignation letter, or the Front committee head's proposal, was sent")
    new_election_decided: VNDate | Literal[False] | None = Field(
        None, description="Ngày UBND xã quyết định bầu Trưởng thôn mới sau khi cho thôi (NĐ 59 Đ9 k3); false: chưa "
                          "quyết định / date the commune decided to elect a new village head; false: not decided")
    acting_head: bool | None = Field(
        None, description="Đã cử Trưởng thôn lâm thời (NĐ 59 Đ9 k3) / an acting village head was appointed")
    officials_took_part: bool | None = Field(
        None, description="Đảng viên, cán bộ, công chức, viên chức, người hoạt động không chuyên trách cư trú tại thôn "
                          "tham gia, theo biên bản (Luật Đ24 k3) / party members and officials living in the village "
                          "took part, per the minutes")
    villages_for: NonNegative | None = Field(
        None, description="Số thôn, tổ dân phố tán thành nội dung cấp xã (Luật Đ21 k1) / villages that approved a "
                          "commune-wide matter")

    @field_validator("business")
    @classmethod
    def _as_set(cls, value: list | None) -> list | None:
        return vocab_set(value)

    @model_validator(mode="after")
    def _counts(self) -> "Meeting":
        if self.published is False and self.published_on is not None:
            raise refuse("contradicts", a="published", b="published_on")
        if self.present is not None and self.summoned is not None and self.present > self.summoned:
            raise refuse("more_than", a="present", b="summoned", va=self.present, vb=self.summoned)
        if self.votes_for is not None and self.present is not None and self.votes_for > self.present:
            raise refuse("more_than", a="votes_for", b="present", va=self.votes_for, vb=self.present)
        return self


class Term(Strict):
    from_: VNDate = Field(alias="from", description="Ngày bắt đầu nhiệm kỳ / first day of the term")
    to: VNDate = Field(description="Ngày kết thúc nhiệm kỳ / last day of the term")

    @model_validator(mode="after")
    def _order(self) -> "Term":
        if self.to <= self.from_:
            raise refuse("term_order", a="to", b="from", va=self.to.isoformat(), vb=self.from_.isoformat())
        return self


class Member(Strict):
    name: Text = Field(description="Họ và tên / full name")
    role: BoardRole = Field(BoardRole.member, description="Chức danh trong Ban / role on the board")
    village: Text | None = Field(None, description="Thôn, tổ dân phố đã bầu / village that elected the member")
    position: Position | None = Field(None, description="Chức vụ trong cơ quan, đơn vị / job in the unit")
    resident: bool | None = Field(None, description="Thường trú trên địa bàn / permanent resident")
    represents: Represents | None = Field(
        None, description="Ban Giám sát đầu tư của cộng đồng: thành viên là đại diện của ai (Luật Đ41 k1) / whom an "
                          "investment supervision board member represents")
    related_to_project: bool | None = Field(
        None, description="Có người thân là người quyết định đầu tư, chủ đầu tư hoặc đại diện, tư vấn, nhà thầu, giám sát, "
                          "người trực tiếp quản lý dự án (Luật Đ42 k2) / has a relative who decides, owns, advises, "
                          "builds, supervises or manages the project")


class Vacancy(Strict):
    """A seat left empty during the term (a member removed, resigned, moved away, died)."""

    since: VNDate = Field(description="Ngày khuyết / the seat fell vacant on")
    member: Text | None = Field(None, description="Thành viên đã thôi / the member who left")
    village: Text | None = Field(None, description="Thôn, tổ dân phố của ghế khuyết / village whose seat is vacant")
    filled: VNDate | None = Field(None, description="Ngày bầu bổ sung / by-election held on")

    @model_validator(mode="after")
    def _order(self) -> "Vacancy":
        if self.filled is not None and self.filled < self.since:
            raise refuse("date_order", a="filled", b="since", va=self.filled.isoformat(), vb=self.since.isoformat())
        return self


class Board(Strict):
    id: Text | None = Field(
        None, description="Mã Ban (tự đặt, để các dòng thành viên dẫn đến) / the board's ID (your own, for member "
                          "rows to point at)")
    kind: BoardKind = Field(description="Loại Ban / kind of board")
    elected: VNDate | None = Field(None, description="Ngày bầu / election date")
    term: Term | None = Field(None, description="Nhiệm kỳ: từ ngày, đến ngày / the term of office: from, to")
    members: list[Member] | None = Field(None, description="Thành viên Ban / the board's members")
    vacancies: list[Vacancy] | None = Field(
        None, description="Ghế khuyết trong nhiệm kỳ; [] = không có / seats vacant during the term; [] = none")
    recognised_by: DocumentRef | None = Field(
        None, description="Quyết định công nhận kết quả bầu / decision recognising the election result")
    recognised: bool | None = Field(
        None, description="Đã có quyết định công nhận; false: đã kiểm tra, chưa có quyết định công nhận / recognised; "
                          "false: checked, not recognised")
    proposed_by: Proposer | None = Field(
        None, description="Ai đề nghị danh sách, số lượng thành viên để hội nghị bầu (Ban Thanh tra nhân dân ở cơ quan, "
                          "doanh nghiệp: Ban Chấp hành Công đoàn, Luật Đ60 k1, Đ77 k1) / who proposed the members to "
                          "the conference (an agency's or enterprise's People's Inspection Board: the trade union "
                          "executive)")
    size_decided: bool | None = Field(
        None, description="Hội nghị đã quyết định số lượng thành viên nhiều hơn 09 người (Luật Đ60 k1, Đ77 k1; NĐ 59 Đ21 "
                          "k2, Đ25 k2) / the conference decided on more than 9 members")
    announced: bool | None = Field(
        None, description="Danh sách đã công bố công khai tại nơi làm việc (đại diện đối thoại, NĐ 145 Đ38 k3); thành "
                          "phần Ban Giám sát đầu tư của cộng đồng đã được thông báo đến HĐND, UBND xã và Nhân dân (Luật "
                          "Đ45 k1 b) / the list was published at the workplace; the investment supervision board's "
                          "members were announced to the commune council, committee and residents")

    @model_validator(mode="after")
    def _recognition(self) -> "Board":
        if self.recognised is False and self.recognised_by is not None:
            raise refuse("contradicts", a="recognised", b="recognised_by")
        return self


class Attendee(Strict):
    name: Text = Field(description="Họ và tên / full name")
    role: PersonRole = Field(description="Vai trò, chức danh / role")


class Training(Strict):
    id: Text | None = Field(
        None, description="Mã lớp tập huấn (tự đặt, để các dòng người dự dẫn đến) / the training's ID (your own, for "
                          "attendee rows to point at)")
    date: VNDate = Field(description="Ngày tập huấn / date held")
    topic: Text | None = Field(None, description="Chủ đề, nội dung / topic")
    organiser: Text | None = Field(None, description="Cơ quan, đơn vị tổ chức / organised by")
    organiser_level: AdminLevel | None = Field(
        None, description="Cấp tổ chức (tỉnh, huyện, xã): buổi tập huấn được tính vào cấp ấy trong phụ lục báo cáo "
                          "của Ban Chỉ đạo; để trống thì không tính / the level that organised it (province, "
                          "district, commune): the steering committee's annex counts it at that level; left out, "
                          "it is not counted there")
    participants: NonNegative | None = Field(
        None, description="Tổng số người tham gia (mọi người dự, không chỉ những người có tên dưới attendees) / "
                          "everyone who attended, not only those named under attendees")
    attendees: list[Attendee] | None = Field(None, description="Người dự có tên / attendees named")


class Officer(Strict):
    """A person holding a role whose holder must be trained (NQ 75 Art. 3 k1)."""

    name: Text = Field(description="Họ và tên / full name")
    role: PersonRole = Field(description="Vai trò, chức danh phải được bồi dưỡng / role whose holder must be trained")
    village: Text | None = Field(None, description="Thôn, tổ dân phố / village")


class Reception(Strict):
    date: VNDate = Field(description="Ngày tiếp / date of the reception")
    kind: ReceptionKind = Field(ReceptionKind.regular, description="Loại buổi tiếp / kind of reception")
    received_by: Text | None = Field(None, description="Người tiếp công dân / received by")
    citizens: NonNegative | None = Field(None, description="Số công dân được tiếp / citizens received")
    by_head: bool | None = Field(
        None, description="Người đứng đầu trực tiếp tiếp (Chủ tịch UBND xã; thủ trưởng cơ quan) (Luật Tiếp công dân "
                          "Đ15 k2 d, Đ18 k2) / the head (commune chairman, agency head) received in person")
    schedule_posted: VNDate | None = Field(
        None, description="Ngày niêm yết lịch tiếp công dân của người đứng đầu có buổi tiếp này (Luật Tiếp công dân Đ24 "
                          "k4) / date the head's schedule naming this reception was posted")
    # From 01/07/2026 (Decree 154/2026/NĐ-CP): the book, the database, the head's follow-up, online sessions.
    in_book: bool | None = Field(
        None, description="Đã ghi vào Sổ tiếp công dân, bản giấy hoặc điện tử (NĐ154 Đ25 k2, Đ27 k1) / entered in the "
                          "citizen reception book, on paper or electronic")
    in_database: bool | None = Field(
        None, description="Đã cập nhật vào Cơ sở dữ liệu quốc gia về công tác tiếp công dân (NĐ154 Đ27 k1, Đ35 k3) / "
                          "entered in the national database on citizen reception")
    note_taker: bool | None = Field(
        None, description="Có người được cử ghi chép nội dung buổi tiếp của người đứng đầu (NĐ154 Đ26 k1 b) / someone "
                          "was assigned to take notes of the head's session")
    bodies_notified: bool | None = Field(
        None, description="Đã thông báo cho cơ quan, đơn vị có liên quan về buổi tiếp của người đứng đầu (NĐ154 Đ26 k1 "
                          "a) / the bodies concerned were told of the head's session")
    answered_at_once: bool | None = Field(
        None, description="Người đứng đầu trả lời trực tiếp, ngay tại buổi tiếp (NĐ154 Đ10 k4, Đ25 k3) / the head "
                          "answered the citizen at the session")
    conclusion_notified: bool | None = Field(
        None, description="Ý kiến chỉ đạo của người đứng đầu đã được lập thành Thông báo kết luận việc tiếp công dân và "
                          "gửi cơ quan, đơn vị có liên quan (NĐ154 Đ25 k2) / the head's directions were put in writing "
                          "as a conclusion notice and sent to the bodies concerned")
    result_notified: bool | None = Field(
        None, description="Kết quả xử lý đã được thông báo cho công dân (NĐ154 Đ10 k4; Luật Tiếp công dân Đ28); false: "
                          "đã quá thời hạn mà chưa thông báo / the result was notified to the citizen; false: the time "
                          "has passed and it was not")
    refused: bool | None = Field(
        None, description="Buổi tiếp có trường hợp từ chối tiếp công dân (NĐ154 Đ4) / a citizen was refused at this "
                          "session")
    reason_explained: bool | None = Field(
        None, description="Người tiếp công dân đã trực tiếp giải thích lý do từ chối (NĐ154 Đ4 k2) / the reason for "
                          "refusing was explained to the citizen in person")
    oral_statement: bool | None = Field(
        None, description="Có công dân trình bày trực tiếp mà không có đơn, không viết được đơn, hoặc nhiều người cùng "
                          "nội dung cử đại diện trình bày (NĐ154 Đ14 k1, k3) / a citizen stated the case orally, "
                          "without a written petition, or a group spoke through a representative")
    statement_signed: bool | None = Field(
        None, description="Nội dung trình bày đã được ghi lại, đọc lại và công dân (người đại diện) ký hoặc điểm chỉ "
                          "(NĐ154 Đ14 k1, k3) / the statement was written down, read back and signed or fingerprinted")
    papers_received: bool | None = Field(
        None, description="Công dân cung cấp thông tin, tài liệu, chứng cứ về nội dung thuộc thẩm quyền của đơn vị "
                          "(NĐ154 Đ15 k2) / the citizen handed in information, documents or evidence")
    receipt_given: bool | None = Field(
        None, description="Đã tiếp nhận bằng giấy biên nhận theo Mẫu số 02/TCD (NĐ154 Đ15 k2) / a receipt on Form "
                          "02/TCD was given")
    online: bool | None = Field(
        None, description="Tiếp công dân trực tuyến (NĐ154 Đ16–24) / an online reception")
    conditions_met: bool | None = Field(
        None, description="Trực tuyến: kết nối ổn định, thiết bị và phần mềm tương tác giữa các điểm cầu, ghi âm ghi "
                          "hình và lưu trữ (NĐ154 Đ18 k2) / online: stable connection, two-way equipment and software, "
                          "recording and storage")
    head_decided: bool | None = Field(
        None, description="Trực tuyến: người đứng đầu đã quyết định tiếp trực tuyến vụ việc (NĐ154 Đ20) / online: the "
                          "head decided to receive this case online")
    participants_complete: bool | None = Field(
        None, description="Trực tuyến: tại điểm cầu trung tâm có người tiếp công dân và cơ quan, bộ phận tham mưu vụ "
                          "việc; tại điểm cầu thành phần có đại diện cơ quan có liên quan (NĐ154 Đ22) / online: those "
                          "the Decree names were at each bridge point")
    parties_notified: VNDate | None = Field(
        None, description="Trực tuyến: ngày thông báo cho người khiếu nại, tố cáo, kiến nghị, phản ánh và các cơ quan "
                          "tham gia (NĐ154 Đ23 k1) / online: date the petitioners and the bodies taking part were "
                          "notified")
    connection_tested: VNDate | None = Field(
        None, description="Trực tuyến: ngày kết nối thử thành công giữa các điểm cầu (NĐ154 Đ23 k1) / online: date "
                          "the connection between bridge points was tested")
    connected_hour_before: bool | None = Field(
        None, description="Trực tuyến: đã kết nối xong với các điểm cầu chậm nhất 01 giờ trước giờ tiếp (NĐ154 Đ23 k1) "
                          "/ online: connected to every bridge point at least an hour before")
    recorded: bool | None = Field(
        None, description="Trực tuyến: buổi tiếp được ghi âm, ghi hình (NĐ154 Đ24 k1) / online: the session was "
                          "recorded, sound and image")
    stored_on_state_servers: bool | None = Field(
        None, description="Trực tuyến: dữ liệu được lưu trên máy chủ, nền tảng điện toán đám mây của cơ quan nhà nước "
                          "(NĐ154 Đ24 k1) / online: the recording is stored on State servers or cloud")


class Waiver(Strict):
    """A rule set aside for this unit, in writing, by someone who may, until a date."""

    rule: Text = Field(description="Mã quy định được miễn áp dụng / the rule waived")
    justification: Text = Field(
        min_length=10, description="Lý do miễn (ít nhất 10 ký tự) / justification (at least 10 characters)")
    approver: Text = Field(min_length=3, description="Người, cơ quan cho phép miễn / approved by")
    expires: VNDate = Field(description="Hết hạn ngày / expires on")
    granted: VNDate | None = Field(None, description="Ngày cho phép / granted on")


def _evidence_key(key: str) -> str:
    check_evidence_key(key)  # the fact schema owns the kinds
    return key


EvidenceKey = Annotated[Text, AfterValidator(_evidence_key)]

EVIDENCE_COLLECTIONS = ("documents", "disclosures", "meetings", "boards", "trainings", "receptions", "officers")


class Profile(Strict):
    schema_: str | None = Field(
        PROFILE_SCHEMA, alias="schema", description="Luôn là qcdc-profile/1 / always qcdc-profile/1")
    id: Text = Field(
        min_length=1, description="Mã đơn vị (duy nhất trong tỉnh) / the unit's ID (unique in the province)")
    name: Text = Field(min_length=1, description="Tên đơn vị / the unit's name")
    type: UnitType = Field(description="Loại đơn vị / unit type")
    as_of: VNDate = Field(description="Ngày kiểm tra, đánh giá / the date the unit is checked as of")
    inspected_from: VNDate | None = Field(
        None, description="Kỳ kiểm tra từ ngày (mặc định: 12 tháng trước ngày đánh giá) / start of the inspected "
                          "period; recurring duties are checked for every period that closed since (default: "
                          "the 12 months before as_of)")
    admin_path: list[AdminArea] = Field(
        default_factory=list,
        description="Từ tỉnh xuống: tỉnh → (huyện, trước 01/07/2025) → xã → thôn / province down to the unit")
    parent: Text | None = Field(None, description="Cơ quan quản lý cấp trên / supervising body (agencies, SOEs)")
    inspected_by: Text | None = Field(None, description="Đoàn, người kiểm tra / inspected by")
    headcount: Headcount = Field(default_factory=Headcount, description="Số lượng / headcounts")
    attributes: Attributes = Field(default_factory=Attributes, description="Đặc điểm / attributes")
    documents: list[Document] | None = Field(None, description="Văn bản / documents")
    disclosures: list[Disclosure] | None = Field(None, description="Nội dung công khai / items disclosed")
    meetings: list[Meeting] | None = Field(None, description="Cuộc họp, hội nghị / meetings and conferences")
    boards: list[Board] | None = Field(None, description="Ban (Ban Thanh tra nhân dân…) / boards")
    trainings: list[Training] | None = Field(None, description="Lớp tập huấn, bồi dưỡng / trainings")
    officers: list[Officer] | None = Field(None, description="Người giữ vai trò phải được bồi dưỡng / role holders")
    receptions: list[Reception] | None = Field(None, description="Các buổi tiếp công dân / citizen receptions")
    not_found: list[EvidenceKey] = Field(
        default_factory=list,
        description="Những gì đã kiểm tra mà không có, dạng 'documents.democracy_regulation' / "
                    "what was looked for and not found, as 'collection.kind'")
    waivers: list[Waiver] = Field(default_factory=list, description="Quy định được miễn áp dụng / waivers")
    notes: Text | None = Field(None, description="Ghi chú / notes")

    @field_validator("schema_")
    @classmethod
    def _schema(cls, value: str | None) -> str | None:
        if value not in (None, PROFILE_SCHEMA):
            raise refuse("schema", value=value, expected=PROFILE_SCHEMA)
        return value

    @field_validator("admin_path")
    @classmethod
    def _path_order(cls, value: list[AdminArea]) -> list[AdminArea]:
        order = [AdminLevel.province, AdminLevel.district, AdminLevel.commune, AdminLevel.village]
        ranks = [order.index(a.level) for a in value]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            levels = " → ".join(a.level.value for a in value)
            raise refuse("admin_path", levels=levels)
        return value

    @model_validator(mode="after")
    def _not_found_is_not_recorded(self) -> "Profile":
        """'Looked for it, none' cannot stand beside a recorded item of that kind."""
        kinds = {
            "documents": [d.kind.value for d in self.documents or ()],
            "disclosures": [str(d.item) for d in self.disclosures or ()],
            "meetings": [m.kind.value for m in self.meetings or ()],
            "boards": [b.kind.value for b in self.boards or ()],
            "officers": [o.role.value for o in self.officers or ()],
            "receptions": [r.kind.value for r in self.receptions or ()],
            "trainings": ["" for _ in self.trainings or ()],
        }
        for key in self.not_found:
            coll, _, kind = key.partition(".")
            present = [k for k in kinds.get(coll, []) if not kind or k == kind]
            if present:
                raise refuse("listed_and_recorded", key=key, count=len(present), collection=coll)
        return self

    def area(self, level: AdminLevel) -> str | None:
        for a in self.admin_path:
            if a.level == level:
                return a.name
        return None

    @property
    def province(self) -> str | None:
        return self.area(AdminLevel.province)


def profile_json_schema() -> dict:
    schema = Profile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "qcdc-rules unit profile (hồ sơ đơn vị)"
    return schema
