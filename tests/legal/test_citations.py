"""The shipped legal texts: tree shapes, quote checks, citations, instrument table."""

from __future__ import annotations

import datetime as dt
import unicodedata
from importlib.resources import files

import pytest

from qcdc_rules.errors import QcdcError
from qcdc_rules.legal import citations as C
from qcdc_rules.legal.citations import (
    POINT_LETTERS,
    CitationError,
    UnknownInstrumentError,
    document,
    format_citation,
    instrument,
    instruments,
    parse_text,
    provision,
    quote_in,
)
from qcdc_rules.text import normalise_for_match

TEXTS = files("qcdc_rules.legal") / "texts"


def clauses(instrument_id: str, article: int) -> list[int]:
    return [c.number for c in document(instrument_id).articles[article].clauses]


def points(instrument_id: str, article: int, clause: int) -> str:
    return "".join(p.letter for p in document(instrument_id).articles[article].clause(clause).points)


# --------------------------------------------------------------------------- instruments


def test_every_text_file_is_listed_and_every_listed_file_exists():
    on_disk = {r.name for r in TEXTS.iterdir() if r.name.endswith(".md")}
    listed = {i.text for i in instruments().values() if i.text is not None}
    assert on_disk == listed
    for name in listed:
        assert (TEXTS / name).is_file(), name


def test_expected_instruments_and_fields():
    ids = set(instruments())
    assert ids == {"luat-10-2022", "nd-59-2023", "nd-61-2023", "blld-2019", "nd-145-2020",
                   "luat-tcd-2013", "blds-2015", "luat-97-2025", "nq-75-2024-lai-chau",
                   "tt-04-2012", "qd-11-2019", "pl-34-2007", "nd-04-2015", "qd-22-2018",
                   "nd-154-2026", "nd-64-2014", "luat-136-2025", "nd-185-2026"}
    effective = {iid: i.effective_from for iid, i in instruments().items()}
    assert effective["nd-154-2026"] == dt.date(2026, 7, 1) and instruments()["nd-154-2026"].source == "transcription"
    assert instruments()["nd-64-2014"].effective_to == dt.date(2026, 6, 30)
    assert effective["luat-10-2022"] == dt.date(2023, 7, 1)
    assert effective["nd-59-2023"] == dt.date(2023, 8, 15)
    assert effective["nd-61-2023"] == dt.date(2023, 8, 16)
    assert effective["nq-75-2024-lai-chau"] == dt.date(2024, 12, 9)
    assert effective["luat-97-2025"] == dt.date(2025, 7, 1)
    assert effective["nd-145-2020"] == dt.date(2021, 2, 1)
    assert effective["blld-2019"] == dt.date(2021, 1, 1)
    assert effective["luat-tcd-2013"] == dt.date(2014, 7, 1)
    assert effective["blds-2015"] == dt.date(2017, 1, 1)
    assert instrument("luat-97-2025").source == "transcription"
    for iid in ("tt-04-2012", "qd-11-2019"):
        assert instrument(iid).text is None and instrument(iid).source == "secondary"
    repealed = {"pl-34-2007", "nd-04-2015", "qd-22-2018", "nd-64-2014"}
    later = {"nd-154-2026", "luat-136-2025", "nd-185-2026"}  # not yet in force on 01/07/2025
    for inst in instruments().values():
        assert inst.issued <= inst.effective_from
        assert (inst.effective_to is not None) == (inst.id in repealed)
        assert inst.in_force_on(dt.date(2025, 7, 1)) == (inst.id not in repealed - {"nd-64-2014"} | later)
        assert inst.source_note.strip()
    assert instrument("nd-64-2014").in_force_on(dt.date(2026, 6, 30))  # its last day
    assert not instrument("nd-64-2014").in_force_on(dt.date(2026, 7, 1))


def test_unknown_instrument_suggests_the_closest_id():
    with pytest.raises(UnknownInstrumentError) as err:
        instrument("luat-10-2021")
    assert "did you mean 'luat-10-2022'" in str(err.value)
    assert isinstance(err.value, KeyError) and isinstance(err.value, QcdcError)
    with pytest.raises(KeyError):
        provision("nd-95-2023", 1)


def test_instrument_without_text_cannot_be_looked_up_but_can_be_cited():
    with pytest.raises(CitationError, match="Thông tư số 04/2012/TT-BNV"):
        provision("tt-04-2012", 12, 2)
    assert format_citation("tt-04-2012", 12, 2) == "khoản 2 Điều 12 Thông tư số 04/2012/TT-BNV"


# --------------------------------------------------------------------------- tree sizes


def test_law_10_2022_shape():
    doc = document("luat-10-2022")
    assert sorted(doc.articles) == list(range(1, 92))
    assert clauses("luat-10-2022", 11) == list(range(1, 15))
    assert points("luat-10-2022", 12, 1) == "abcdđeghik"
    assert clauses("luat-10-2022", 13) == [1, 2, 3, 4, 5, 6]
    assert points("luat-10-2022", 51, 2) == "abcdđ"
    assert doc.articles[13].title == "Lựa chọn hình thức công khai thông tin"


def test_decrees_and_resolution_shapes():
    assert sorted(document("nd-59-2023").articles) == list(range(1, 32))
    assert sorted(document("nd-61-2023").articles) == list(range(1, 26))
    assert sorted(document("nq-75-2024-lai-chau").articles) == list(range(1, 8))
    assert clauses("nq-75-2024-lai-chau", 3) == [1, 2, 3, 4, 5]
    assert clauses("nq-75-2024-lai-chau", 4) == [1, 2, 3, 4, 5, 6]
    assert points("nq-75-2024-lai-chau", 4, 3) == "abcd"
    assert sorted(document("nd-145-2020").articles) == list(range(37, 49))
    assert sorted(document("blld-2019").articles) == [63, 64]
    assert sorted(document("luat-tcd-2013").articles) == [15, 16, 17, 18, 24]
    assert sorted(document("blds-2015").articles) == [144, 145, 146, 147, 148]


def test_law_97_2025_quoted_articles_are_not_clauses():
    assert sorted(document("luat-97-2025").articles) == [4, 5]
    assert clauses("luat-97-2025", 4) == list(range(1, 9))
    assert clauses("luat-97-2025", 5) == [1, 2]
    k1 = provision("luat-97-2025", 4, 1)
    # the replaced Art. 62 quoted in full, with its own clauses 1 and 2, stays in khoản 1
    assert quote_in(k1, "“Điều 62. Hoạt động của Ban Thanh tra nhân dân")
    assert quote_in(k1, "2. Ban Thanh tra nhân dân có trách nhiệm báo cáo về hoạt động của mình")
    k2 = provision("luat-97-2025", 4, 2)
    assert k2.text.startswith("2. Sửa đổi, bổ sung điểm a khoản 2 Điều 83")
    assert provision("luat-97-2025", 4, 2).clause == 2
    assert document("luat-97-2025").articles[4].clause(2).points == ()  # “a) is quoted
    # the enactment formula is not part of Điều 5 khoản 2
    assert not quote_in(provision("luat-97-2025", 5, 2), "Kỳ họp thứ 9 thông qua")


def test_source_notes_structure_headings_and_cross_references_are_not_text():
    art11 = provision("luat-10-2022", 11)
    assert not quote_in(art11, "có hiệu lực thi hành kể từ ngày 01/07/2023")
    art12 = provision("luat-10-2022", 12)
    art10 = provision("luat-10-2022", 10)
    assert "Chương II" not in art10.text and "CÔNG KHAI THÔNG TIN" not in art10.text
    assert "nội dung liên quan đến" not in provision("luat-10-2022", 13).text
    assert art12.text.startswith("1. ")


def test_unnumbered_paragraphs_stay_with_their_clause():
    k2 = provision("luat-10-2022", 17, 2)
    assert quote_in(k2, "Hình thức biểu quyết trực tuyến chỉ áp dụng trong trường hợp")
    # closing text after the last point belongs to the clause, not to that point
    k2_nd61 = provision("nd-61-2023", 9, 2)
    assert quote_in(k2_nd61, "Việc lựa chọn hình thức lấy ý kiến")
    assert not quote_in(provision("nd-61-2023", 9, 2, "d"), "Việc lựa chọn hình thức lấy ý kiến")
    # a paragraph between two points continues the earlier point
    assert quote_in(provision("nd-145-2020", 38, 2, "a"), "a6) Ít nhất 24 người")


def test_monotonic_rule_on_a_small_text():
    doc = parse_text(
        "# T\n\n## X Điều 1. Tên\n\nMở đầu:\n\n1. Một;\n\n3. nhắc đến khoản 3;\n\n2. Hai:\n\n"
        "a) a;\n\nb) b;\n\nd) nhảy cóc;\n\nđ) sai thứ tự\n\nc) c.\n\n## X Điều 2. Khác\n\nChỉ một câu.\n")
    art = doc.articles[1]
    assert art.chapeau == ("Mở đầu:",)
    assert [c.number for c in art.clauses] == [1, 2]
    assert "3. nhắc đến khoản 3;" in art.clauses[0].text
    assert [p.letter for p in art.clauses[1].points] == ["a", "b", "c"]
    assert art.clauses[1].point("b").text == "b) b;\nd) nhảy cóc;\nđ) sai thứ tự"
    assert doc.articles[2].text == "Chỉ một câu."


def test_point_letters_are_vietnamese():
    assert POINT_LETTERS.index("đ") == POINT_LETTERS.index("d") + 1
    assert not set("fjwz") & set(POINT_LETTERS)


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(("where", "quote"), [
    (("luat-10-2022", 13, 2), "ít nhất là 30 ngày liên tục kể từ ngày niêm yết"),
    (("luat-10-2022", 36, 1), "không ít hơn 05 người"),
    (("luat-10-2022", 11, 1), "phương án chuyển dịch cơ cấu kinh tế hằng năm của cấp xã"),
    (("luat-10-2022", 51, 2, "đ"), "từ 07 cán bộ, công chức, viên chức, người lao động trở xuống"),
    (("luat-10-2022", 26, 1, "d"), "Thông qua hòm thư góp ý, đường dây nóng (nếu có);"),
    (("nq-75-2024-lai-chau", 4, 1, "a"), "về thực hiện dân chủ ở cơ sở cho người được giao phụ trách"),
    (("nq-75-2024-lai-chau", 3, 4), "Hội đồng nhân dân cấp huyện, cấp xã ban hành Nghị quyết"),
    (("nd-145-2020", 38, 2), "Ít nhất 03 người, nếu người sử dụng lao động sử dụng dưới 50 người lao động"),
    (("blds-2015", 148,), "thời hạn kết thúc tại thời điểm kết thúc ngày cuối cùng của thời hạn"),
])
def test_known_quotes_are_found(where, quote):
    assert quote_in(provision(*where), quote)


def test_quote_survives_soft_hyphen_and_reflowed_whitespace():
    k1 = provision("luat-10-2022", 11, 1)
    assert "ph\u00adương án" in k1.text  # the source really has a soft hyphen here
    assert "phương án chuyển dịch" not in k1.text
    assert quote_in(k1, "phương án chuyển dịch cơ cấu kinh tế")
    assert quote_in(k1, "phương   án\nchuyển dịch")
    assert quote_in(k1, unicodedata.normalize("NFD", "phương án chuyển dịch"))
    assert normalise_for_match(k1.text).startswith("1. Kế hoạch phát triển kinh tế - xã hội, phương án")


def test_quote_across_points_of_a_clause():
    k1 = provision("luat-10-2022", 17, 1)
    assert quote_in(k1, "a) Tổ chức cuộc họp của cộng đồng dân cư; b) Phát phiếu lấy ý kiến")


def test_quote_from_elsewhere_is_not_found():
    assert not quote_in(provision("luat-10-2022", 13, 1), "ít nhất là 30 ngày liên tục kể từ ngày niêm yết")
    assert not quote_in(provision("luat-10-2022", 36, 2), "không ít hơn 05 người")
    assert not quote_in(provision("luat-10-2022", 51, 2, "d"),
                        "từ 07 cán bộ, công chức, viên chức, người lao động trở xuống")
    assert not quote_in(provision("luat-10-2022", 13, 2), "ít nhất là 31 ngày liên tục")
    assert not quote_in(provision("luat-10-2022", 13, 2), "   ")


def test_article_text_holds_all_its_clauses_and_points():
    art = provision("luat-10-2022", 51)
    assert quote_in(art, "từ 07 cán bộ, công chức, viên chức, người lao động trở xuống")
    assert art.title.startswith("Tổ chức hội nghị cán bộ, công chức")


# --------------------------------------------------------------------------- lookups and errors


def test_provision_path_and_citation():
    p = provision("luat-10-2022", 13, 2)
    assert p.path == ("luat-10-2022", 13, 2)
    assert provision("luat-10-2022", 12, 1, "đ").path == ("luat-10-2022", 12, 1, "đ")
    assert provision("luat-10-2022", 35).path == ("luat-10-2022", 35)
    assert str(p) == "khoản 2 Điều 13 Luật số 10/2022/QH15"
    assert p.citation("en") == "Art. 13(2), Law No. 10/2022/QH15"
    assert p.line > 0


def test_missing_clause_names_instrument_and_range():
    with pytest.raises(CitationError) as err:
        provision("luat-10-2022", 13, 7)
    assert str(err.value) == ("Điều 13 khoản 7 not found in Luật số 10/2022/QH15: "
                              "that article has clauses 1–6")
    assert isinstance(err.value, QcdcError)


def test_missing_article_and_point_messages():
    with pytest.raises(CitationError, match=r"Điều 92 not found in Luật số 10/2022/QH15: .*Điều 1–91"):
        provision("luat-10-2022", 92)
    with pytest.raises(CitationError, match=r"Điều 19 not found in Luật Tiếp công dân .*Điều 15–18, 24"):
        provision("luat-tcd-2013", 19)
    with pytest.raises(CitationError, match=r"Điều 12 khoản 1 điểm l not found .*points a–k"):
        provision("luat-10-2022", 12, 1, "l")
    with pytest.raises(CitationError, match="that clause has no points"):
        provision("luat-10-2022", 13, 2, "a")
    with pytest.raises(CitationError, match="no numbered clauses"):
        provision("nd-59-2023", 7, 1)
    with pytest.raises(CitationError, match="not a point letter"):
        provision("luat-10-2022", 12, 1, "f")
    with pytest.raises(CitationError, match="whole number"):
        provision("luat-10-2022", 0)


# --------------------------------------------------------------------------- citations


def test_format_citation_vietnamese():
    assert format_citation("luat-10-2022", 13, 2, "a") == "điểm a khoản 2 Điều 13 Luật số 10/2022/QH15"
    assert format_citation("luat-10-2022", 36, 2) == "khoản 2 Điều 36 Luật số 10/2022/QH15"
    assert format_citation("luat-10-2022", 35) == "Điều 35 Luật số 10/2022/QH15"
    assert format_citation("nd-59-2023", 3, 5, "đ") == "điểm đ khoản 5 Điều 3 Nghị định số 59/2023/NĐ-CP"
    assert (format_citation("nq-75-2024-lai-chau", 3, 1)
            == "khoản 1 Điều 3 Nghị quyết số 75/NQ-HĐND của HĐND tỉnh Lai Châu")
    assert format_citation("blld-2019", 63, 2) == "khoản 2 Điều 63 Bộ luật Lao động số 45/2019/QH14"


def test_format_citation_english():
    assert format_citation("luat-10-2022", 13, 2, "a", lang="en") == "Art. 13(2)(a), Law No. 10/2022/QH15"
    assert format_citation("luat-10-2022", 36, 2, lang="en") == "Art. 36(2), Law No. 10/2022/QH15"
    assert format_citation("luat-10-2022", 35, lang="en") == "Art. 35, Law No. 10/2022/QH15"
    assert format_citation("nd-59-2023", 3, lang="en") == "Art. 3, Decree No. 59/2023/ND-CP"


def test_format_citation_rejects_bad_input():
    with pytest.raises(CitationError):
        format_citation("luat-10-2022", 13, 2, "w")
    with pytest.raises(CitationError):
        format_citation("luat-10-2022", 13, lang="fr")
    with pytest.raises(UnknownInstrumentError):
        format_citation("luat-10", 13)


# --------------------------------------------------------------------------- files


def test_texts_are_nfc_and_parsed_once():
    for name in (r.name for r in TEXTS.iterdir() if r.name.endswith(".md")):
        assert unicodedata.is_normalized("NFC", (TEXTS / name).read_text(encoding="utf-8")), name
    assert document("luat-10-2022") is document("luat-10-2022")
    assert instruments() is instruments()


def test_parse_text_normalises_to_nfc():
    doc = parse_text(unicodedata.normalize("NFD", "## X Điều 1. Thời hạn\n\n1. Thời hạn là một khoảng.\n"))
    assert doc.articles[1].title == "Thời hạn"
    assert doc.articles[1].clause(1).text == "1. Thời hạn là một khoảng."


def test_nq_75_file_layout():
    text = (TEXTS / "nq-75-2024-nq-hdnd-lai-chau.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[0] == "## NQ 75/NQ-HĐND Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng"
    assert len(headings) == 7
    assert "Số: 75 /NQ-HĐND" in text.split("## ")[0]
    # a line the seed wrapped across a page break is one paragraph again
    assert "thực hiện dân chủ ở cơ sở cho người được giao phụ trách" in text
    assert "Nơi nhận" not in text.split("\n## ", 1)[1]


def test_module_api_is_complete():
    for name in C.__all__:
        assert hasattr(C, name), name


@pytest.mark.parametrize("package, name", [("qcdc_rules.legal", "instruments.yaml"),
                                           ("qcdc_rules.time", "workday_swaps.yaml")])
def test_shipped_data_reads_the_same_with_the_fast_loader(package, name):
    """The shipped data files are read with libyaml when PyYAML has it (citations.DATA_LOADER,
    swaps.DATA_LOADER): it must give what the pure-Python safe loader gives, value for value."""
    import yaml

    from qcdc_rules.text import nfc
    from qcdc_rules.time import swaps

    text = nfc(files(package).joinpath(name).read_text(encoding="utf-8"))
    assert C.DATA_LOADER is swaps.DATA_LOADER
    fast = yaml.load(text, Loader=C.DATA_LOADER)
    assert fast == yaml.safe_load(text)
    assert fast  # a file that read as nothing would pass the comparison
