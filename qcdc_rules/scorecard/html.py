"""The scorecard as one self-contained HTML page: no network, no external file, so it opens
offline in a provincial office. Charts are inline SVG drawn here; the unit table sorts
(click a header) and filters (type in the box, or pick a unit type) with a few lines of
plain JavaScript; each unit opens to the duties it has not met."""

from __future__ import annotations

import html
import io
from collections.abc import Iterable, Iterator
from typing import IO

from ..model.verdict import Verdict
from ..report import i18n
from .aggregate import AreaNode, Scorecard, UnitRow
from .annex import Annex
from .annex_render import annex_html
from .render import h, pct
from .stream import Streamed

_CSS = """
body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem;color:#1b1f24;max-width:1200px}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#eef3f8;cursor:pointer;user-select:none}th.sorted-asc::after{
content:" ▲"}th.sorted-desc::after{content:" ▼"}td.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{fill:#2f81f7}.bar.low{fill:#d1242f}.bar.mid{fill:#bf8700}.track{fill:#e6e9ef}.goal{stroke:#1b1f24;
stroke-dasharray:3 2}.muted{color:#57606a;font-size:.85rem}details summary{cursor:pointer}
.filters{margin:.5rem 0;display:flex;gap:.5rem}.filters input{flex:1;padding:.3rem}
tr.unit-detail td{background:#fafbfc}ul.findings{margin:.2rem 0 .2rem 1rem;padding:0}ul.findings li{margin:.15rem 0}
.verdict{font-size:.75rem;padding:0 .3rem;border-radius:3px;color:#fff;background:#57606a}.verdict.not_met{
background:#d1242f}.verdict.missing_evidence{background:#9a6700}
h3{font-size:1rem;margin-top:1.2rem}ul.areas,ul.areas ul{list-style:none;padding-left:1.2rem}
.area-row{display:inline-flex;align-items:center;gap:.6rem;width:calc(100% - 1.4rem);padding:.05rem 0}
li.leaf .area-row{width:calc(100% - 1.4rem);margin-left:1.05rem}.area-row .name{flex:1}.area-row .score{width:15rem;text-align:right;
font-variant-numeric:tabular-nums;font-size:.85rem}table.annex{table-layout:fixed}table.annex th{cursor:default;background:#f6f8fa}
table.annex td:first-child{width:30%}table.annex td:nth-child(2){width:35%}td.nodata{color:#8c959f;font-style:italic}
"""

_JS = """
(function(){
  const table=document.getElementById('units');
  const body=table.tBodies[0];
  const rows=()=>Array.from(body.querySelectorAll('tr.unit'));
  table.querySelectorAll('th').forEach((th,i)=>th.addEventListener('click',()=>{
    const asc=!th.classList.contains('sorted-asc');
    table.querySelectorAll('th').forEach(x=>x.classList.remove('sorted-asc','sorted-desc'));
    th.classList.add(asc?'sorted-asc':'sorted-desc');
    const key=r=>{const c=r.cells[i];return c.dataset.sort!==undefined?c.dataset.sort:c.textContent.trim();};
    const num=th.dataset.type==='num';
    const coll=new Intl.Collator('vi');
    rows().sort((a,b)=>{const x=key(a),y=key(b);
      const d=num?(parseFloat(x)-parseFloat(y)):coll.compare(x,y);return asc?d:-d;})
      .forEach(r=>{body.appendChild(r);const d=document.getElementById(r.dataset.detail);if(d)body.appendChild(d);});
  }));
  const text=document.getElementById('filter-text'),type=document.getElementById('filter-type');
  function apply(){const q=text.value.trim().toLocaleLowerCase('vi');const t=type.value;
    rows().forEach(r=>{const show=(!q||r.textContent.toLocaleLowerCase('vi').includes(q))&&(!t||r.dataset.type===t);
      r.hidden=!show;const d=document.getElementById(r.dataset.detail);if(d&&!show)d.hidden=true;});
    document.getElementById('shown').textContent=rows().filter(r=>!r.hidden).length;}
  text.addEventListener('input',apply);type.addEventListener('change',apply);
  body.addEventListener('click',e=>{const r=e.target.closest('tr.unit');if(!r)return;
    const d=document.getElementById(r.dataset.detail);if(d)d.hidden=!d.hidden;});
})();
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _bar(value: float | None, goal: float, width: int = 260) -> str:
    """A horizontal bar from 0 to 100%, with the goal marked."""
    v = value or 0.0
    tone = "low" if v < 0.5 else "mid" if v < goal else ""
    return (f'<svg width="{width}" height="16" role="img" aria-label="{round(v * 100, 1)}%">'
            f'<rect class="track" x="0" y="2" width="{width}" height="12" rx="2"/>'
            f'<rect class="bar {tone}" x="0" y="2" width="{round(width * min(v, 1.0), 1)}" height="12" rx="2"/>'
            f'<line class="goal" x1="{round(width * goal, 1)}" x2="{round(width * goal, 1)}" y1="0" y2="16"/></svg>')


def _areas(nodes: list[AreaNode], lang: str, depth: int = 0) -> str:
    """The tree of areas, each with its score and a bar in one column; the province opens on
    its communes, a commune opens on its villages when clicked (a province has ~1,000)."""
    items = []
    for n in nodes:
        head = (f"<span class='area-row'><span class='name'>{_e(i18n.admin_level(n.level, lang))} <b>{_e(n.name)}</b>"
                f"</span><span class='score'>{pct(n.score.value, lang)} ({n.score.numerator}/{n.score.denominator}; "
                f"{n.units} {_e(h('units_word', lang))})</span>{_bar(n.score.value, 1.0, 160)}</span>")
        if n.children:
            items.append(f"<li><details{' open' if depth == 0 else ''}><summary>{head}</summary>"
                         f"<ul>{_areas(n.children, lang, depth + 1)}</ul></details></li>")
        else:
            items.append(f"<li class='leaf'>{head}</li>")
    return "".join(items)


def render_html(card: Scorecard | Streamed, lang: str = "vi", title: str | None = None,
                annex: Annex | None = None) -> str:
    out = io.StringIO()
    write_html(card, out, lang, title, annex)
    return out.getvalue()


def write_html(card: Scorecard | Streamed, out: IO[str], lang: str = "vi", title: str | None = None,
               annex: Annex | None = None) -> None:
    """The page written to ``out`` part by part: a streamed scorecard's units come from its spool."""
    if isinstance(card, Streamed):
        parts = _parts(card.card, map(UnitRow.model_validate, card.units.ranked_by_id()), len(card.units),
                       card.met, card.scored, card.types_seen, lang, title, annex)
    else:
        ranked = sorted(card.units, key=lambda u: (u.score.value if u.score.value is not None else 2, u.id))
        parts = _parts(card, ranked, len(card.units), sum(u.score.numerator for u in card.units),
                       sum(u.score.denominator for u in card.units), sorted({u.type for u in card.units}),
                       lang, title, annex)
    for part in parts:
        out.write(part + "\n")


def _parts(card: Scorecard, ranked: Iterable[UnitRow], units_total: int, met: int, scored: int, types: list[str],
           lang: str, title: str | None, annex: Annex | None) -> Iterator[str]:
    titles = {r.rule: r.title.get(lang) for r in card.rules}
    yield _head(title or h('title_card', lang), lang)
    yield f"<h1>{_e(title or h('title_card', lang))}</h1>"
    yield (f'<p class="muted">{units_total} {_e(h("units_word", lang))}; {_e(h("score", lang))} '
           f'{pct(met / scored if scored else None, lang)} ({met}/{scored})</p>')
    if card.targets:
        yield (f"<h2>{_e(h('view_targets', lang))}</h2><table id='targets'><thead><tr>"
               + "".join(f"<th>{_e(h(k, lang))}</th>" for k in ("target", "reached", "gap", "basis"))
               + "<th></th></tr></thead><tbody>")
        for t in card.targets:
            o = t.overall
            yield (f"<tr><td><b>{_e(t.id)}</b> {_e(t.title.get(lang))}</td>"
                   f"<td class='num'>{pct(o.value, lang)} ({o.numerator}/{o.denominator})</td>"
                   f"<td class='num'>{pct(o.gap, lang)}</td><td>{_e(t.citation.get(lang))}</td>"
                   f"<td>{_bar(o.value, t.goal)}</td></tr>")
        yield "</tbody></table>"
    yield f"<h2>{_e(h('view_areas', lang))}</h2><ul class='areas'>{_areas(card.areas, lang)}</ul>"
    yield (f"<h2>{_e(h('view_types', lang))}</h2><table><thead><tr>"
           + "".join(f"<th>{_e(h(k, lang))}</th>" for k in ("type", "units", "score")) + "<th></th></tr></thead><tbody>")
    for t in card.types:
        yield (f"<tr><td>{_e(i18n.unit_type(t.type, lang))}</td><td class='num'>{t.units}</td>"
               f"<td class='num'>{pct(t.score.value, lang)}</td><td>{_bar(t.score.value, 1.0)}</td></tr>")
    yield "</tbody></table>"
    yield (f"<h2>{_e(h('view_units', lang))}</h2><div class='filters'>"
           f"<input id='filter-text' type='search' placeholder='{_e(h('unit', lang))}…' "
           f"aria-label='{_e(h('unit', lang))}'><select id='filter-type' aria-label='{_e(h('type', lang))}'>"
           f"<option value=''>—</option>"
           + "".join(f"<option value='{_e(t)}'>{_e(i18n.unit_type(t, lang))}</option>" for t in types)
           + f"</select><span class='muted'><span id='shown'>{units_total}</span>/{units_total}</span></div>")
    heads = [("unit", "text"), ("type", "text"), ("area", "text"), ("score", "num"), ("not_met", "num"),
             ("missing_evidence", "num")]
    yield ("<table id='units'><thead><tr>" + "".join(
        f"<th data-type='{kind}'>{_e(h(k, lang))}</th>" for k, kind in heads) + "</tr></thead><tbody>")
    for i, u in enumerate(ranked):
        detail = f"d{i}"
        score = u.score.value if u.score.value is not None else -1
        yield (f"<tr class='unit' data-type='{_e(u.type)}' data-detail='{detail}'><td>{_e(u.name)}</td>"
               f"<td>{_e(i18n.unit_type(u.type, lang))}</td><td>{_e(' / '.join(u.path))}</td>"
               f"<td class='num' data-sort='{score}'>{pct(u.score.value, lang)}</td>"
               f"<td class='num'>{u.counts.get('not_met', 0)}</td>"
               f"<td class='num'>{u.counts.get('missing_evidence', 0)}</td></tr>")
        findings = "".join(
            f"<li><span class='verdict {_e(u.verdicts.get(r, ''))}'>{_e(Verdict(u.verdicts[r]).label(lang) if r in u.verdicts else '')}"
            f"</span> <b>{_e(r)}</b> {_e(titles.get(r, ''))}"
            + (f"<br><span class='muted'>{_e('; '.join(w.get(lang) for w in u.why[r]))}</span>" if u.why.get(r) else "")
            + "</li>" for r in u.outstanding)
        yield (f"<tr class='unit-detail' id='{detail}' hidden><td colspan='6'>"
               f"<span class='muted'>{_e(h('outstanding', lang))} ({len(u.outstanding)}) — "
               f"{_e(u.file or '')} · {_e(h('as_of', lang))} {_e(i18n.date(u.as_of))}</span>"
               f"<ul class='findings'>{findings}</ul></td></tr>")
    yield "</tbody></table>"
    if annex is not None and annex.has_data():
        yield annex_html(annex, lang, _e)
    yield from _failures(card.failures, lang)
    yield f"<script>{_JS}</script></body></html>"


def render_annex_page(annex: Annex, lang: str = "vi") -> str:
    """Only the annex, as a self-contained page (`qcdc-check annex --format html`)."""
    out = [_head(annex.title.get(lang), lang), annex_html(annex, lang, _e), *_failures(annex.failures, lang),
           "</body></html>"]
    return "\n".join(out) + "\n"


def _head(title: str, lang: str) -> str:
    """The page up to its body: the style inline, nothing fetched."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>")


def _failures(failures: list[dict], lang: str) -> list[str]:
    """The inputs that did not load, each problem with its file."""
    if not failures:
        return []
    return [f"<h2>{_e(h('failures', lang))}</h2><ul>" + "".join(
        f"<li>{_e(f['file'])}: {_e(p['message'])}</li>" for f in failures for p in f["problems"]) + "</ul>"]
