"""The YAML the sample writes. A small writer for the plain data of a profile (mappings, lists, text,
numbers, booleans, dates), short mappings on one line like the bundled cases."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

from yaml.nodes import ScalarNode

from ..load.yaml_loader import _Dumper


_RESOLVER = _Dumper(None)  # how the loader, and YAML 1.1 readers, would read a plain scalar


# ---------------------------------------------------------------------------------------
# YAML. A small writer for the plain data of a profile (mappings, lists, text, numbers,
# booleans, dates), short mappings on one line like the bundled cases; PyYAML's own dumper
# takes several times longer over a thousand files. A text is written plain only where
# the loader (and YAML 1.1 readers) read it back as the same text, else double-quoted.
class _Flow(dict):
    """A mapping written on one line: {place: village, from: 2025-01-02}."""


class _FlowList(list):
    """A list of plain values written on one line: [head_report, staff_discussion]."""


_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")
_PLAIN: dict[tuple[str, bool], bool] = {}


def _plain_ok(text: str, flow: bool) -> bool:
    key = (text, flow)
    ok = _PLAIN.get(key)
    if ok is None:
        ok = bool(text) and text[0] not in _PLAIN_BAD_START and text[-1] != " " and "\n" not in text \
            and ": " not in text and " #" not in text and not text.endswith(":") \
            and not (flow and any(c in text for c in ",[]{}:#")) and text.isprintable()
        if ok:
            ok = _RESOLVER.resolve(ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"
        _PLAIN[key] = ok
    return ok


def _scalar(value, flow: bool = False) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if _plain_ok(text, flow) else json.dumps(text, ensure_ascii=False)


def _emit(value, indent: int, out: list[str]) -> None:
    """A block mapping or list at ``indent`` spaces; lists sit at their key's column."""
    pad = " " * indent
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, _Flow):
                out.append(f"{pad}{k}: {_flow(v)}\n")
            elif isinstance(v, _FlowList):
                out.append(f"{pad}{k}: [" + ", ".join(_scalar(x, True) for x in v) + "]\n")
            elif isinstance(v, dict):
                out.append(f"{pad}{k}:\n")
                _emit(v, indent + 2, out)
            elif isinstance(v, list):
                out.append(f"{pad}{k}:" + (" []\n" if not v else "\n"))
                _emit(v, indent, out)
            else:
                out.append(f"{pad}{k}: {_scalar(v)}\n")
    else:
        for item in value:
            if isinstance(item, _Flow):
                out.append(f"{pad}- {_flow(item)}\n")
            elif isinstance(item, dict):
                sub: list[str] = []
                _emit(item, indent + 2, sub)
                out.append(f"{pad}- " + sub[0][indent + 2:])
                out.extend(sub[1:])
            else:
                out.append(f"{pad}- {_scalar(item)}\n")


def _flow(mapping: dict) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(v, True)}" for k, v in mapping.items()) + "}"


def _yaml(header: list[str], data: dict) -> str:
    out = [f"# {line}\n" for line in header]
    _emit(data, 0, out)
    return unicodedata.normalize("NFC", "".join(out))


def slug(text: str) -> str:
    """ASCII, lower case, words joined by hyphens: 'Mường Kim' → 'muong-kim'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_ = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()
    out = "".join(c.lower() if c.isalnum() else "-" for c in ascii_)
    return "-".join(p for p in out.split("-") if p)
