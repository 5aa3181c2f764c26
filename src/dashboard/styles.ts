/** The dashboard's stylesheet: system fonts only (nothing fetched), one neutral palette, PLOVER colours set by the client. */
export const STYLES_CSS = `
:root {
  --bg: #f6f7f9; --panel: #ffffff; --ink: #1d2430; --muted: #5b6776; --line: #dde2e8; --soft: #eef1f5;
  --accent: #2f5bd3; --accent-soft: #e6edfc; --coop: #2b7bb9; --conflict: #c8402f; --mixed: #8a6bb3; --flag: #8a4b00;
  --actor: #ffe08a; --recipient: #bfe3c4; --third: #e3d3f5; --date: #cfe3ff; --number: #ffd2c2; --place: #d7f0ef;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; line-height: 1.45; color: var(--ink); background: var(--bg);
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html, body { max-width: 100%; overflow-x: hidden; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #7ea2ff; outline-offset: 2px; }
svg :focus-visible { outline: none; }
svg [role="button"]:focus-visible circle, svg [role="button"]:focus-visible rect { stroke: #111; stroke-width: 3px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 4px; background: #fff; padding: 6px 10px; z-index: 20; }
.skip:focus { left: 8px; }
.top { display: flex; align-items: center; gap: 8px 24px; padding: 0 20px; min-height: 52px; background: #18202d; color: #fff; flex-wrap: wrap; }
.brand { font-weight: 650; font-size: 17px; letter-spacing: .2px; display: flex; align-items: center; gap: 8px; }
.brand .mark { width: 14px; height: 14px; border-radius: 3px; background: linear-gradient(135deg, var(--coop) 0 50%, var(--conflict) 50% 100%); }
.brand .sub { font-weight: 400; font-size: 12px; color: #a9b4c4; margin-left: 4px; }
.tabs { display: flex; gap: 2px; align-self: stretch; }
.tabs a { display: flex; align-items: center; padding: 0 14px; color: #c9d2de; text-decoration: none; border-bottom: 3px solid transparent; min-height: 44px; }
.tabs a:hover { color: #fff; }
.tabs a[aria-current="page"] { color: #fff; border-bottom-color: #7ea2ff; font-weight: 600; }
.summary { margin-left: auto; color: #c9d2de; font-size: 13px; font-variant-numeric: tabular-nums; }
.filterbar { background: var(--panel); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 5; padding: 6px 20px 8px; }
.filter-panel > summary { cursor: pointer; font-weight: 600; padding: 4px 0; color: var(--ink); width: max-content; }
.filter-panel > summary .count { color: var(--accent); font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; align-items: end; gap: 8px 12px; padding: 4px 0 6px; }
.filters label, .filters .field { display: flex; flex-direction: column; font-size: 11px; text-transform: uppercase; letter-spacing: .4px; color: var(--muted); gap: 3px; }
.filters .field-name { line-height: 1.45; }
.filters label.wide input { width: 18em; }
.filters input, .filters select { font: inherit; font-size: 13px; text-transform: none; letter-spacing: 0; padding: 5px 7px; border: 1px solid #c3cad3; border-radius: 5px; background: #fff; color: var(--ink); width: 9.5em; max-width: 100%; }
.filters select { width: auto; max-width: 14em; }
.filters input:focus, .filters select:focus { outline: 2px solid var(--accent-soft); border-color: var(--accent); }
.filters input:invalid { border-color: var(--conflict); }
.filters .actions { display: flex; gap: 6px; }
.dropdown { position: relative; }
.dropdown > summary { list-style: none; font-size: 13px; text-transform: none; letter-spacing: 0; padding: 5px 24px 5px 8px; border: 1px solid #c3cad3; border-radius: 5px; background: #fff; color: var(--ink); cursor: pointer; min-width: 9.5em; position: relative; }
.dropdown > summary::after { content: "▾"; position: absolute; right: 8px; color: var(--muted); }
.dropdown > summary::-webkit-details-marker { display: none; }
.dropdown-body { position: absolute; z-index: 10; top: calc(100% + 4px); left: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 8px 24px rgba(20, 30, 50, .14); padding: 10px 12px; display: grid; grid-template-columns: repeat(2, minmax(150px, 1fr)); gap: 6px 16px; width: max-content; max-width: min(560px, calc(100vw - 30px)); }
.dropdown-body fieldset { border: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
.dropdown-body legend { font-size: 11px; text-transform: uppercase; letter-spacing: .4px; color: var(--muted); padding: 0; margin-bottom: 2px; }
.dropdown-body .check { flex-direction: row; align-items: center; gap: 4px; font-size: 13px; text-transform: none; letter-spacing: 0; color: var(--ink); }
.dropdown-body .check input { width: auto; }
.dropdown-actions { grid-column: 1 / -1; display: flex; justify-content: flex-end; }
.chips { display: flex; flex-wrap: wrap; gap: 6px 8px; align-items: center; font-size: 12.5px; min-height: 24px; }
.chip { display: inline-flex; gap: 4px; align-items: center; background: var(--accent-soft); color: #1f3f99; padding: 2px 4px 2px 9px; border-radius: 12px; max-width: 100%; overflow-wrap: anywhere; }
.chip-name { font-weight: 650; }
.chip button { padding: 0 6px; border: none; background: transparent; color: inherit; font-size: 15px; line-height: 1; min-height: 24px; min-width: 24px; }
.exports { margin-left: auto; color: var(--muted); }
.exports a { font-weight: 600; text-decoration: none; }
button { font: inherit; font-size: 13px; padding: 6px 12px; border-radius: 5px; border: 1px solid #c3cad3; background: #fff; color: var(--ink); cursor: pointer; min-height: 32px; }
button:hover { background: var(--soft); }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.primary:hover { background: #244bb5; }
button.link { border: none; background: none; color: var(--accent); padding: 0 2px; min-height: 0; text-decoration: underline; text-align: left; }
button:disabled { opacity: .45; cursor: default; }
.error { margin: 12px 20px 0; padding: 10px 14px; border-radius: 6px; background: #fdecea; color: #8a1f11; border: 1px solid #f5c2bb; }
.view { flex: 1; padding: 18px 20px 28px; outline: none; min-width: 0; }
.view[aria-busy="true"] { opacity: .65; transition: opacity .2s .15s; }
.foot { padding: 10px 20px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); background: var(--panel); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; min-width: 0; }
.panel + .panel { margin-top: 16px; }
.panel h2 { margin: 0 0 4px; font-size: 16px; font-weight: 650; }
.panel .hint { margin: 0 0 12px; color: var(--muted); font-size: 13px; }
.toolbar { display: flex; gap: 8px; align-items: center; margin-bottom: 10px; flex-wrap: wrap; }
.seg { display: inline-flex; border: 1px solid #c3cad3; border-radius: 6px; overflow: hidden; flex-wrap: wrap; }
.seg button { border: none; border-radius: 0; border-right: 1px solid #c3cad3; }
.seg button:last-child { border-right: none; }
.seg button[aria-pressed="true"] { background: var(--accent-soft); color: var(--accent); font-weight: 600; }
.empty { color: var(--muted); padding: 30px; text-align: center; }
.empty button { margin-top: 10px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 12px; color: var(--muted); margin-top: 10px; }
.legend .sw, .side-list .sw { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.legend .sw.bg { opacity: .45; background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.9) 0 2px, transparent 2px 4px); }
.legend .group { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
.legend .group-name { font-weight: 600; color: var(--ink); }
svg text { font-family: inherit; }
.chart { display: block; max-width: 100%; height: auto; }
.chart .axis { fill: var(--muted); font-size: 11px; }
.chart .grid { stroke: var(--soft); }
.chart .tick, .chart .baseline { stroke: #9aa5b1; }
.chart .bar { cursor: pointer; }
.chart .bar:hover { filter: brightness(.88); }
.timeline { touch-action: pan-y; user-select: none; -webkit-user-select: none; }
.timeline .brush-area { fill: transparent; cursor: crosshair; }
.timeline .selection { fill: rgba(47, 91, 211, .15); stroke: var(--accent); stroke-width: 1; pointer-events: none; }
.notes { color: var(--muted); font-size: 12px; margin-top: 6px; }
.flag { color: var(--flag); font-size: 11.5px; }
.grid2 { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 1fr); gap: 16px; align-items: start; }
.side-list { list-style: none; margin: 0; padding: 0; font-size: 13px; }
.side-list li { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 5px 0; border-bottom: 1px solid var(--soft); flex-wrap: wrap; }
.side-list .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; }
.side-list button:not(.link) { padding: 1px 8px; font-size: 12px; min-height: 28px; min-width: 36px; }
.side-list .types { flex: 1; text-align: right; font-size: 12px; }
.net { margin: 0 auto; }
.net .edge { fill: none; cursor: pointer; }
.net .edge:hover { stroke-opacity: 1; }
.net .node { cursor: pointer; }
.net .node circle { fill: #fff; stroke: #334155; stroke-width: 1.5; }
.net .node text { font-size: 12px; font-weight: 600; fill: var(--ink); }
.map { touch-action: none; cursor: grab; border-radius: 6px; }
.map .land { fill: #e3e7ec; stroke: #fff; stroke-width: .5; vector-effect: non-scaling-stroke; }
.map .sphere { fill: #f9fbfd; stroke: var(--line); vector-effect: non-scaling-stroke; }
.map .graticule { fill: none; stroke: #eef1f5; stroke-width: .5; vector-effect: non-scaling-stroke; }
.map .pt { cursor: pointer; }
.map .pt circle { stroke: #fff; stroke-width: 1.2; fill-opacity: .82; }
.map .pt.bg circle { fill-opacity: .35; stroke-dasharray: 2 2; stroke: #444; }
.map .pt.country circle { fill-opacity: .12; stroke: #4b5563; stroke-width: 1.6; stroke-dasharray: 4 3; }
.map .pt.cluster circle { stroke: #1d2430; stroke-width: 1.4; }
.map .pt .count { font-size: 11px; font-weight: 700; fill: #fff; paint-order: stroke; stroke: rgba(0,0,0,.55); stroke-width: 2.5px; pointer-events: none; }
.map .label { font-size: 11px; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; pointer-events: none; }
.map-side h2 { font-size: 15px; }
.map-side .side-list, .dyads { max-height: 640px; overflow-y: auto; }
.place-events .side-list li { align-items: flex-start; }
.table-wrap { overflow-x: auto; }
.sort-bar { display: none; gap: 8px; align-items: center; font-size: 13px; color: var(--muted); margin-bottom: 8px; }
.sort-bar select { font: inherit; padding: 4px 6px; border-radius: 5px; border: 1px solid #c3cad3; }
table.events { width: 100%; border-collapse: collapse; font-size: 13px; }
table.events th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: .4px; color: var(--muted); font-weight: 600; padding: 8px; border-bottom: 2px solid var(--line); background: var(--panel); white-space: nowrap; }
table.events th .sort { border: none; background: none; padding: 0; font: inherit; color: inherit; text-transform: inherit; letter-spacing: inherit; min-height: 0; }
table.events th[aria-sort="ascending"], table.events th[aria-sort="descending"] { color: var(--accent); }
table.events td { padding: 8px; border-bottom: 1px solid var(--soft); vertical-align: top; }
table.events tbody tr { cursor: pointer; }
table.events tbody tr:hover { background: #f7f9fc; }
table.events tr.bg td { color: var(--muted); }
table.events .source { min-width: 12em; max-width: 18em; font-size: 12.5px; }
table.events .source a { font-size: 12px; }
.type-pill { display: inline-block; padding: 1px 7px; border-radius: 10px; color: #fff; font-size: 11px; font-weight: 650; letter-spacing: .3px; white-space: nowrap; }
.type-pill.bg { opacity: .6; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.evidence { max-width: 560px; display: inline-block; }
.evidence mark { background: #fff1b8; padding: 0 1px; border-radius: 2px; font-weight: 600; }
.pager { display: flex; gap: 10px; align-items: center; justify-content: flex-end; margin-top: 12px; color: var(--muted); font-size: 13px; flex-wrap: wrap; }
.docs .doc { display: block; padding: 12px 0; border-bottom: 1px solid var(--soft); text-decoration: none; color: inherit; }
.docs .doc:hover .title { color: var(--accent); }
.docs .title { font-weight: 600; font-size: 15px; overflow-wrap: anywhere; }
.docs .title.untitled { font-weight: 500; font-style: italic; }
.docs .meta { color: var(--muted); font-size: 12px; margin-top: 2px; overflow-wrap: anywhere; }
.article { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(320px, 1fr); gap: 18px; align-items: start; }
.article .text { font-family: Georgia, "Iowan Old Style", "Times New Roman", serif; font-size: 16.5px; line-height: 1.7; overflow-wrap: anywhere; }
.article .text > * { max-width: 74ch; }
.article .text p { margin: 0 0 1em; }
.article .text h1 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 22px; line-height: 1.3; margin: 0 0 6px; }
.article > aside { position: sticky; top: 76px; }
.article .text-body { white-space: pre-wrap; }
.article .byline { font-family: system-ui, sans-serif; color: var(--muted); font-size: 13px; margin-bottom: 16px; }
.hl { border-radius: 3px; padding: 1px 0; }
.hl.trigger { background: #ffb44c; font-weight: 700; box-shadow: 0 0 0 1px #e89419; }
.hl.actor { background: var(--actor); }
.hl.recipient { background: var(--recipient); }
.hl.third { background: var(--third); }
.hl.date { background: var(--date); }
.hl.number { background: var(--number); }
.hl.place { background: var(--place); text-decoration: underline dotted; }
.hl.cue { text-decoration: underline 2px #ffb44c; text-underline-offset: 3px; cursor: pointer; }
.hl.sentence { background: #fbf7e9; }
.keys { display: flex; flex-wrap: wrap; gap: 6px 12px; font-size: 12px; color: var(--muted); margin-bottom: 12px; font-family: system-ui, sans-serif; }
.keys .hl { padding: 1px 5px; color: var(--ink); }
.event-list { list-style: none; margin: 0; padding: 0; max-height: calc(100vh - 220px); overflow: auto; }
.event-card { border: 1px solid var(--line); border-radius: 7px; padding: 10px 12px; margin-bottom: 8px; cursor: pointer; background: #fff; }
.event-card:hover { border-color: #b9c3d0; }
.event-card.unmatched { opacity: .55; }
.event-card[aria-selected="true"] { border-color: var(--accent); box-shadow: 0 0 0 2px var(--accent-soft); opacity: 1; }
.event-card .head { display: flex; gap: 8px; align-items: center; justify-content: space-between; }
.event-card .trig { font-weight: 600; }
.event-card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0 0; font-size: 12.5px; }
.event-card dt { color: var(--muted); }
.event-card dd { margin: 0; overflow-wrap: anywhere; }
.event-card .why { margin: 6px 0 0; padding-left: 16px; color: var(--muted); font-size: 12px; }
@media (max-width: 900px) {
  .grid2, .article { grid-template-columns: 1fr; }
  .article > aside { position: static; }
  .event-list { max-height: none; }
}
@media (max-width: 760px) {
  .top { padding: 6px 12px 0; gap: 4px 12px; }
  .summary { margin-left: 0; font-size: 12px; }
  .tabs { width: 100%; order: 3; }
  .tabs a { flex: 1; justify-content: center; padding: 0 4px; font-size: 13px; }
  .filterbar { padding: 4px 12px 6px; position: static; }
  .filters label, .filters .field { flex: 1 1 44%; }
  .filters label.wide { flex-basis: 100%; }
  .filters input, .filters select, .filters label.wide input, .dropdown > summary { width: 100%; max-width: none; }
  .dropdown-body { grid-template-columns: 1fr 1fr; }
  .exports { margin-left: 0; }
  .view { padding: 12px 10px 20px; }
  .panel { padding: 12px; }
  table.events thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.events, table.events tbody, table.events tr, table.events td { display: block; width: 100%; }
  table.events tr { border: 1px solid var(--line); border-radius: 8px; margin-bottom: 10px; padding: 4px 2px; }
  table.events td { border: none; padding: 3px 8px; display: grid; grid-template-columns: 6.4em minmax(0, 1fr); gap: 8px; }
  table.events td::before { content: attr(data-label); font-size: 11px; text-transform: uppercase; letter-spacing: .3px; color: var(--muted); padding-top: 2px; }
  table.events td.nowrap { white-space: normal; }
  table.events td.none { display: none; }
  table.events .source { max-width: none; }
  .evidence { max-width: none; }
  .sort-bar { display: flex; }
}
`;
