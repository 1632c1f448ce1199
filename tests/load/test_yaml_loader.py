"""The YAML loader: every bad file is an InputError at file:line:column, and
every good value can be located for later validation errors."""

from __future__ import annotations

import datetime
import math
import unicodedata
from pathlib import Path
from typing import Annotated, Literal, Union

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from qcdc_rules.errors import InputError, Location
from qcdc_rules.load import MAX_NODES, Loaded, dump_yaml, load_yaml, load_yaml_text

BAD = Path(__file__).resolve().parent.parent / "fixtures" / "bad" / "yaml"
# Read with PyYAML itself so a broken loader cannot break test collection.
EXPECTED: dict[str, dict] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def error_of(call, *args) -> InputError:
    with pytest.raises(InputError) as info:
        call(*args)
    return info.value


# --------------------------------------------------------------------------- bad files


def test_every_fixture_has_an_expectation_and_back():
    on_disk = {p.name for p in BAD.glob("*.yaml")} - {"expected.yaml"}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_fixture(name):
    want = EXPECTED[name]
    path = BAD / name
    err = error_of(load_yaml, path)
    assert len(err.problems) == 1, err.problems
    problem = err.problems[0]
    assert problem.location == Location(str(path), want["line"], want["column"]), str(problem)
    assert problem.code == want["code"]
    assert want["message_contains"] in problem.message
    assert want["hint_contains"] in problem.hint
    # Printable as one line-prefixed message, no traceback needed.
    assert str(err).startswith(f"{path}:{want['line']}:{want['column']}: ")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_fixture_from_bytes_matches_file(name):
    """load_yaml_text(bytes) refuses the same way, at the same place."""
    want = EXPECTED[name]
    err = error_of(load_yaml_text, (BAD / name).read_bytes(), "upload.yaml")
    problem = err.problems[0]
    assert (problem.location.file, problem.location.line, problem.location.column) == (
        "upload.yaml", want["line"], want["column"])
    assert problem.code == want["code"]


def test_encoding_fixtures_are_still_what_they_claim():
    """Guard against an editor 'fixing' the fixtures on save."""
    assert (BAD / "bom.yaml").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (BAD / "utf16.yaml").read_bytes().startswith(b"\xff\xfe")
    raw = (BAD / "cp1258.yaml").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Bản Hon" in unicodedata.normalize("NFC", raw.decode("cp1258"))
    nfd = (BAD / "nfd.yaml").read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", nfd)


def test_bom_in_text_input():
    err = error_of(load_yaml_text, "\ufeffname: UBND xã Bản Hon\n", "t.yaml")
    assert err.problems[0].code == "bom"
    assert (err.problems[0].location.line, err.problems[0].location.column) == (1, 1)


def test_utf16_without_bom_is_caught_by_its_nul_bytes():
    err = error_of(load_yaml_text, "name: UBND\n".encode("utf-16-le"), "t.yaml")
    problem = err.problems[0]
    assert problem.code == "encoding"
    assert "NUL byte at offset 1" in problem.message
    assert problem.hint.startswith("save the file as UTF-8")


def test_undecodable_byte_on_a_later_line_counts_characters_not_bytes():
    raw = "name: UBND xã Bản Hon\nghi_chú: Đã ".encode() + b"\xe0 ki\xd2m tra\n"
    problem = error_of(load_yaml_text, raw, "t.yaml").problems[0]
    assert (problem.location.line, problem.location.column) == (2, 13)
    assert "offset" in problem.message and "(line 2, column 13)" in problem.message


def test_nfd_in_a_key_and_column_on_crlf_lines():
    text = "name: UBND xã Bản Hon\r\n" + unicodedata.normalize("NFD", "tên_cán_bộ") + ": Lò Văn Hệ\r\n"
    problem = error_of(load_yaml_text, text, "t.yaml").problems[0]
    assert problem.code == "nfc"
    assert (problem.location.line, problem.location.column) == (2, 2)  # the 'e' of 'tên'
    assert "'ê' is typed as 'e' + combining circumflex accent" in problem.message


def test_nfd_written_as_an_escape_points_at_the_value():
    problem = error_of(load_yaml_text, 'name: UBND\nghi_chu: "Đa\\u0303 xong"\n', "t.yaml").problems[0]
    assert problem.code == "nfc"
    assert (problem.location.line, problem.location.column) == (2, 10)


def test_nfd_in_a_comment_is_not_data():
    text = "# " + unicodedata.normalize("NFD", "Biên bản") + "\nname: UBND xã Bản Hon\n"
    assert load_yaml_text(text, "t.yaml").data == {"name": "UBND xã Bản Hon"}


@pytest.mark.parametrize("text, code, where", [
    ("name: x\n? [a, b]\n: 1\n", "yaml-key", (2, 3)),
    ("name: x\ntrue: 1\n", "yaml-key", (2, 1)),
    ("name: x\n~: 1\n", "yaml-key", (2, 1)),
    ("name: x\n1.5: 1\n", "yaml-key", (2, 1)),
    ("name: x\nn: !!int 08\n", "yaml-tag", (2, 4)),
    ("name: x\nn: !!bool yes\n", "yaml-tag", (2, 4)),
    ("name: x\nn: !!binary aGVsbG8=\n", "yaml-tag", (2, 4)),
    ("name: x\nn: !!map [a]\n", "yaml-tag", (2, 4)),
    ("name: x\nn: !!int " + "9" * 5000 + "\n", "yaml-value", (2, 4)),
    ("name: x\n<<: *nowhere\n", "yaml-syntax", (2, 5)),
    ("name: x\nname: y\n", "yaml-duplicate-key", (2, 1)),
    ("name: x\n<<: {a: 1}\n<<: {b: 2}\n", "yaml-duplicate-key", (3, 1)),
    ("name: x\nn: a\x00b\n", "yaml-character", (2, 5)),
    ("name: x\nkind: democracy_regulation\n...\nname: y\n", "yaml-syntax", (4, 1)),
])
def test_more_refusals(text, code, where):
    problem = error_of(load_yaml_text, text, "t.yaml").problems[0]
    assert problem.code == code, str(problem)
    assert (problem.location.line, problem.location.column) == where, str(problem)
    assert problem.hint


def test_unreadable_paths(tmp_path):
    missing = error_of(load_yaml, tmp_path / "khong_co.yaml").problems[0]
    assert missing.code == "file" and missing.message == "file not found"
    assert missing.location.file == str(tmp_path / "khong_co.yaml")
    folder = error_of(load_yaml, tmp_path).problems[0]
    assert folder.code == "file"


def test_billion_laughs_is_refused_quickly():
    lines = ["name: UBND xã Bản Hon", "a: &a [" + ", ".join(["lol"] * 10) + "]"]
    for prev, name in zip("abcdefghijklmnopqrstuvwxy", "bcdefghijklmnopqrstuvwxyz"):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    problem = error_of(load_yaml_text, "\n".join(lines) + "\n", "t.yaml").problems[0]
    assert problem.code == "yaml-too-large"
    assert problem.location.line == 7  # f = 1 + 10 * 11,111 values


def test_a_file_without_aliases_is_held_to_the_same_caps(monkeypatch):
    # Without aliases the graph walk is skipped (the nodes form a tree); a file of more values than
    # the cap is still refused, where the values outgrow it. (A cap of 1,000 here: the same code
    # path as 200,000, without a file of 200,000 values.)
    from qcdc_rules.load import yaml_loader

    monkeypatch.setattr(yaml_loader, "MAX_NODES", 1_000)
    def listed(n: int) -> str:
        return "name: x\nitems:\n" + "".join(f"- [{i}, {i}, {i}]\n" for i in range(n))

    assert len(load_yaml_text(listed(200), "t.yaml").data["items"]) == 200  # 804 values: under the cap
    text = listed(260)  # 1,044 values
    problem = error_of(load_yaml_text, text, "t.yaml").problems[0]
    assert problem.code == "yaml-too-large" and problem.location.line == 3  # the list, on its first line
    deep = "name: x\nv: " + "[" * 120 + "]" * 120 + "\n"
    assert error_of(load_yaml_text, deep, "t.yaml").problems[0].code == "yaml-too-deep"


def test_aliases_under_the_cap_are_fine():
    text = "name: x\ntemplate: &t {place: Hội trường, time: '14:00'}\nmeetings: [*t, *t, *t]\n"
    data = load_yaml_text(text, "t.yaml").data
    assert data["meetings"] == [data["template"]] * 3
    assert MAX_NODES == 200_000


def test_long_chains_of_aliases_cannot_nest_without_limit():
    lines = ["name: x", "a0: &a0 [x]"] + [f"a{i}: &a{i} [*a{i - 1}]" for i in range(1, 150)]
    problem = error_of(load_yaml_text, "\n".join(lines) + "\n", "t.yaml").problems[0]
    assert problem.code == "yaml-too-deep"


# --------------------------------------------------------------------------- scalars


SCALARS = """\
name: UBND xã Bản Hon
kind: democracy_regulation
impossible_date: 2024-02-31
vn_date: 31/02/2024
timestamp: 2024-03-15 08:30:00
quoted_date: "2024-03-15"
explicit_date: !!timestamp 2024-03-15
yes_no: [yes, no, on, off, y, n, Yes, NO]
booleans: [true, false, True, FALSE, tRuE]
leading_zero: [08, 09, 0123, -08, 00.5]
numbers: [0, -0, 45, +7, 1.5, .5, 1e3, -2.5E-2, .inf, -.inf]
not_numbers: [0x1F, 0o17, 1_000, "1,5", 1.2.3, 14:30]
nulls: [~, null, Null, NULL]
empty:
quoted: ["08", 'yes', "true", '']
equals: =
merge_text: <<
str_tagged: !!str 08
"""


@pytest.fixture(scope="module")
def scalars() -> dict:
    return load_yaml_text(SCALARS, "scalars.yaml").data


def test_dates_stay_strings_exactly_as_written(scalars):
    assert scalars["impossible_date"] == "2024-02-31"
    assert scalars["vn_date"] == "31/02/2024"
    assert scalars["timestamp"] == "2024-03-15 08:30:00"
    assert scalars["quoted_date"] == "2024-03-15"
    assert scalars["explicit_date"] == "2024-03-15"


def test_only_true_and_false_are_booleans(scalars):
    assert scalars["yes_no"] == ["yes", "no", "on", "off", "y", "n", "Yes", "NO"]
    assert scalars["booleans"] == [True, False, True, False, True]
    assert all(type(b) is bool for b in scalars["booleans"])


def test_leading_zero_numbers_stay_strings(scalars):
    assert scalars["leading_zero"] == ["08", "09", "0123", "-08", "00.5"]
    assert scalars["str_tagged"] == "08"


def test_numbers(scalars):
    nums = scalars["numbers"]
    assert nums[:5] == [0, 0, 45, 7, 1.5]
    assert [type(n) for n in nums[:4]] == [int] * 4
    assert nums[5:8] == [0.5, 1000.0, -0.025]
    assert nums[8] == math.inf and nums[9] == -math.inf
    assert scalars["not_numbers"] == ["0x1F", "0o17", "1_000", "1,5", "1.2.3", "14:30"]


def test_nulls_and_plain_oddities(scalars):
    assert scalars["nulls"] == [None] * 4
    assert scalars["empty"] is None
    assert scalars["quoted"] == ["08", "yes", "true", ""]
    assert scalars["equals"] == "="  # PyYAML's SafeLoader fails on this one
    assert scalars["merge_text"] == "<<"


def test_plain_types_only(scalars):
    def walk(value):
        if isinstance(value, dict):
            assert all(type(k) is str for k in value)
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        else:
            assert value is None or type(value) in (str, int, float, bool), value
            assert not isinstance(value, (datetime.date, datetime.datetime))
    walk(scalars)


# --------------------------------------------------------------------------- locations


NESTED = """\
# Biên bản kiểm tra thực hiện dân chủ ở cơ sở
name: UBND xã Bản Hon
kind: democracy_regulation
meetings:
  - title: Hội nghị tiếp xúc cử tri
    date: 2024-02-31
    attendees: 45
  - title: Họp dân thôn Nà Phát
    date: "15/03/2024"
    published: yes
  - {title: Hội nghị trưởng thôn, date: 2024-04-02}
"""


@pytest.fixture(scope="module")
def nested() -> Loaded:
    return load_yaml_text(NESTED, "ban_hon.yaml")


def where(loc: Location) -> tuple:
    return loc.file, loc.line, loc.column


def test_locate_values(nested):
    assert nested.file == "ban_hon.yaml"
    assert where(nested.locate(("name",))) == ("ban_hon.yaml", 2, 7)
    assert where(nested.locate(("meetings",))) == ("ban_hon.yaml", 5, 3)
    assert where(nested.locate(("meetings", 0))) == ("ban_hon.yaml", 5, 5)
    assert where(nested.locate(("meetings", 0, "date"))) == ("ban_hon.yaml", 6, 11)
    assert where(nested.locate(("meetings", 1, "date"))) == ("ban_hon.yaml", 9, 11)
    assert where(nested.locate(("meetings", 1, "published"))) == ("ban_hon.yaml", 10, 16)
    assert where(nested.locate(("meetings", 2))) == ("ban_hon.yaml", 11, 5)
    assert where(nested.locate(("meetings", 2, "date"))) == ("ban_hon.yaml", 11, 41)
    assert where(nested.locate(())) == ("ban_hon.yaml", 2, 1)


def test_locate_keys(nested):
    assert where(nested.locate_key(("meetings",))) == ("ban_hon.yaml", 4, 1)
    assert where(nested.locate_key(("meetings", 0, "date"))) == ("ban_hon.yaml", 6, 5)
    assert where(nested.locate_key(("meetings", 2, "date"))) == ("ban_hon.yaml", 11, 35)
    # A list item has no key: its value's position.
    assert where(nested.locate_key(("meetings", 1))) == ("ban_hon.yaml", 8, 5)


def test_missing_paths_fall_back_to_the_nearest_parent(nested):
    assert where(nested.locate(("meetings", 1, "place"))) == ("ban_hon.yaml", 8, 5)
    assert where(nested.locate_key(("meetings", 1, "place"))) == ("ban_hon.yaml", 8, 5)
    assert where(nested.locate(("meetings", 7, "date"))) == ("ban_hon.yaml", 5, 3)
    assert where(nested.locate(("meetings", 0, "date", "day"))) == ("ban_hon.yaml", 6, 11)
    assert where(nested.locate(("no_such_field",))) == ("ban_hon.yaml", 2, 1)
    assert nested.has(("meetings", 0, "date")) and not nested.has(("meetings", 1, "place"))


def test_locations_through_aliases_and_merge_keys():
    text = """\
name: UBND xã Bản Hon
defaults: &d
  place: Hội trường UBND xã
  time: "08:00"
meetings:
  - &first
    title: Hội nghị tiếp xúc cử tri
    date: 2024-03-15
  - <<: *d
    title: Họp dân thôn Nà Phát
    place: Nhà văn hoá thôn
  - *first
"""
    loaded = load_yaml_text(text, "a.yaml")
    assert loaded.data["meetings"][1] == {
        "place": "Nhà văn hoá thôn", "time": "08:00", "title": "Họp dân thôn Nà Phát"}
    assert loaded.data["meetings"][2] == loaded.data["meetings"][0]
    # The alias use is where the list item is ...
    assert (loaded.locate(("meetings", 2)).line, loaded.locate(("meetings", 2)).column) == (12, 5)
    # ... its fields are where the anchored mapping wrote them.
    assert loaded.locate(("meetings", 2, "date")).line == 8
    # A merged field is found at the anchor; an overriding one where it is written.
    assert loaded.locate(("meetings", 1, "time")).line == 4
    assert loaded.locate(("meetings", 1, "place")).line == 11
    assert loaded.locate_key(("meetings", 1, "title")).line == 10


# --------------------------------------------------------------------------- pydantic


class Regulation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["democracy_regulation"]
    title: str
    date: datetime.date


class Minutes(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["meeting_minutes"]
    date: datetime.date
    attendees: int


class Unit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    documents: list[Annotated[Union[Regulation, Minutes], Field(discriminator="kind")]]
    contact: Union[int, str, None] = None


UNIT = """\
name: UBND xã Bản Hon
documents:
  - kind: democracy_regulation
    title: Quy chế thực hiện dân chủ ở cơ sở
    date: 2024-01-15
  - kind: meeting_minutes
    date: 2024-02-31
    attendees: 45
  - kind: meeting_minutes
    date: 2024-03-01
    attendes: 30
"""


def pydantic_errors(loaded: Loaded) -> list[dict]:
    with pytest.raises(ValidationError) as info:
        Unit.model_validate(loaded.data)
    return info.value.errors()


def test_locate_pydantic_skips_tags_not_in_the_data():
    loaded = load_yaml_text(UNIT, "unit.yaml")
    errors = {e["type"]: e for e in pydantic_errors(loaded)}
    bad_date = errors["date_from_datetime_parsing"]
    assert bad_date["loc"] == ("documents", 1, "meeting_minutes", "date")  # a tag in the middle
    assert where(loaded.locate_pydantic(bad_date["loc"])) == ("unit.yaml", 7, 11)
    missing = errors["missing"]
    assert missing["loc"] == ("documents", 2, "meeting_minutes", "attendees")
    assert where(loaded.locate_pydantic(missing["loc"])) == ("unit.yaml", 9, 5)  # its mapping
    extra = errors["extra_forbidden"]
    assert where(loaded.locate_pydantic(extra["loc"], key=True)) == ("unit.yaml", 11, 5)


def test_resolve_pydantic():
    loaded = load_yaml_text(UNIT, "unit.yaml")
    assert loaded.resolve_pydantic(("documents", 0, "democracy_regulation", "date")) == (
        ("documents", 0, "date"), False)
    assert loaded.resolve_pydantic(("contact", "int", "str")) == ((), False)
    assert loaded.resolve_pydantic(("documents", "function-after[check(), list]", 1)) == (
        ("documents", 1), False)
    assert loaded.resolve_pydantic(("documents", 0, "title", "[key]")) == (
        ("documents", 0, "title"), True)
    assert where(loaded.locate_pydantic(("documents", 0, "title", "[key]"))) == ("unit.yaml", 4, 5)
    # True is not an index, even though True == 1.
    assert loaded.resolve_pydantic(("documents", True)) == (("documents",), False)


# --------------------------------------------------------------------------- dumping


TRICKY = ["yes", "no", "on", "08", "0123", "14:30", "1e3", "tRuE", "", "~", "null", "<<", "=",
          "2024-02-31", "31/02/2024", "1.2.3", "0x1F", "1_000", ".inf", "- x", "a: b", "#x",
          "  lề  ", "dòng 1\ndòng 2\n", "Hội nghị tiếp xúc cử tri", "'quoted'", '"dq"', "*alias"]


def test_dump_round_trip_of_a_loaded_file(nested):
    text = dump_yaml(nested.data)
    assert load_yaml_text(text, "again.yaml").data == nested.data
    assert "Hội nghị tiếp xúc cử tri" in text  # allow_unicode: no \u escapes
    assert text.index("name:") < text.index("kind:") < text.index("meetings:")  # sort_keys=False


def test_dump_round_trip_of_tricky_strings():
    data = {"values": TRICKY, "keys": {k: i for i, k in enumerate(TRICKY) if k.strip() and k == k.strip()},
            "numbers": [0, -1, 45, 1.5, 1e20, -2.5e-7, math.inf, True, False, None]}
    text = dump_yaml(data)
    assert load_yaml_text(text, "again.yaml").data == data
    # And YAML 1.1 readers (PyYAML's own) read the same text too.
    assert yaml.safe_load(text)["values"] == TRICKY


def test_dump_writes_no_aliases():
    shared = {"place": "Hội trường UBND xã"}
    text = dump_yaml({"name": "x", "a": shared, "b": shared, "c": [shared, shared]})
    assert "&" not in text and "*" not in text
    assert load_yaml_text(text, "t.yaml").data["c"] == [shared, shared]


def test_dump_writes_tuples_as_lists():
    assert load_yaml_text(dump_yaml({"a": (1, "08")}), "t.yaml").data == {"a": [1, "08"]}


# --------------------------------------------------------------------------- never a traceback


YAMLISH = st.text(alphabet=st.sampled_from(list("ab:- \n\t'\"#&*!<>[]{},|?~%@`0189.xãệ\u0301\r\x00\ufeff")),
                  max_size=60)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(YAMLISH)
def test_any_text_loads_or_is_an_input_error(text):
    try:
        loaded = load_yaml_text(text, "fuzz.yaml")
    except InputError as err:
        assert err.problems and all(p.location.file == "fuzz.yaml" for p in err.problems)
        return
    assert isinstance(loaded.data, dict)
    assert load_yaml_text(dump_yaml(loaded.data), "again.yaml").data == loaded.data


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.binary(max_size=60))
def test_any_bytes_load_or_are_an_input_error(raw):
    try:
        load_yaml_text(raw, "fuzz.yaml")
    except InputError:
        pass


def test_the_fast_loader_reads_every_bundled_file_as_the_python_one_does_anchors_too():
    # Rulesets use anchors and aliases (&not-yet-due … *not-yet-due): libyaml's events composed by our
    # Python composer give the same data, values' positions and keys' positions.
    from pathlib import Path

    from qcdc_rules.load import yaml_loader as y

    if y._FastLoader is None:
        pytest.skip("PyYAML without libyaml")
    root = Path(__file__).resolve().parents[2]
    files = sorted((root / "rulesets").rglob("*.yaml")) + sorted((root / "cases").rglob("*.yaml"))
    with_aliases = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        slow, fast = y._load_with(y._Loader, text, str(f)), y._load_with(y._FastLoader, text, str(f))
        assert (fast.data, fast._values, fast._keys) == (slow.data, slow._values, slow._keys), f
        with_aliases += " *" in text
    assert with_aliases >= 5
