/** The dashboard's stylesheet: system fonts only (nothing fetched), one neutral palette, PLOVER colours set by the client. */
export const STYLES_CSS = `
:root {
  --bg: #f6f7f9; --panel: #ffffff; --ink: #1d2430; --muted: #5f6b7a; --line: #dde2e8; --soft: #eef1f5;
  --accent: #2f5bd3; --accent-soft: #e6edfc; --coop: #2b7bb9; --conflict: #c8402f; --mixed: #8a6bb3;
  --actor: #ffe08a; --recipient: #bfe3c4; --third: #e3d3f5; --date: #cfe3ff; --number: #ffd2c2; --place: #d7f0ef;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; line-height: 1.45; color: var(--ink); background: var(--bg);
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
a { color: var(--accent); }
.top { display: flex; align-items: center; gap: 24px; padding: 0 20px; height: 52px; background: #18202d; color: #fff; }
.brand { font-weight: 650; font-size: 17px; letter-spacing: .2px; display: flex; align-items: center; gap: 8px; }
.brand .mark { width: 14px; height: 14px; border-radius: 3px; background: linear-gradient(135deg, var(--coop) 0 50%, var(--conflict) 50% 100%); }
.brand .sub { font-weight: 400; font-size: 12px; color: #a9b4c4; margin-left: 4px; }
.tabs { display: flex; gap: 2px; height: 100%; }
.tabs a { display: flex; align-items: center; padding: 0 14px; color: #c9d2de; text-decoration: none; border-bottom: 3px solid transparent; }
.tabs a:hover { color: #fff; }
.tabs a[aria-current="page"] { color: #fff; border-bottom-color: #7ea2ff; font-weight: 600; }
.summary { margin-left: auto; color: #c9d2de; font-size: 13px; font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; align-items: end; gap: 10px 14px; padding: 10px 20px; background: var(--panel); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 5; }
.filters label { display: flex; flex-direction: column; font-size: 11px; text-transform: uppercase; letter-spacing: .4px; color: var(--muted); gap: 3px; }
.filters input, .filters select { font: inherit; font-size: 13px; text-transform: none; letter-spacing: 0; padding: 5px 7px; border: 1px solid var(--line); border-radius: 5px; background: #fff; color: var(--ink); }
.filters input:focus, .filters select:focus { outline: 2px solid var(--accent-soft); border-color: var(--accent); }
.filters input:invalid { border-color: var(--conflict); }
button { font: inherit; font-size: 13px; padding: 6px 12px; border-radius: 5px; border: 1px solid var(--line); background: #fff; color: var(--ink); cursor: pointer; }
button:hover { background: var(--soft); }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.primary:hover { background: #244bb5; }
button:disabled { opacity: .45; cursor: default; }
.doc-chip { align-self: center; display: inline-flex; gap: 6px; align-items: center; background: var(--accent-soft); color: var(--accent); padding: 4px 8px; border-radius: 12px; font-size: 12px; }
.doc-chip button { padding: 0 5px; border: none; background: transparent; color: inherit; font-size: 14px; line-height: 1; }
.error { margin: 12px 20px 0; padding: 10px 14px; border-radius: 6px; background: #fdecea; color: #8a1f11; border: 1px solid #f5c2bb; }
.view { flex: 1; padding: 18px 20px 28px; outline: none; }
.foot { padding: 10px 20px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); background: var(--panel); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; }
.panel + .panel { margin-top: 16px; }
.panel h2 { margin: 0 0 4px; font-size: 16px; font-weight: 650; }
.panel .hint { margin: 0 0 12px; color: var(--muted); font-size: 13px; }
.toolbar { display: flex; gap: 8px; align-items: center; margin-bottom: 10px; flex-wrap: wrap; }
.seg { display: inline-flex; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
.seg button { border: none; border-radius: 0; border-right: 1px solid var(--line); }
.seg button:last-child { border-right: none; }
.seg button[aria-pressed="true"] { background: var(--accent-soft); color: var(--accent); font-weight: 600; }
.empty { color: var(--muted); padding: 30px; text-align: center; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 12px; color: var(--muted); margin-top: 10px; }
.legend .sw { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.legend .sw.bg { opacity: .45; background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.9) 0 2px, transparent 2px 4px); }
.legend .group { display: flex; gap: 10px; align-items: center; }
.legend .group-name { font-weight: 600; color: var(--ink); }
svg text { font-family: inherit; }
.chart { width: 100%; height: auto; display: block; }
.chart .axis { fill: var(--muted); font-size: 11px; }
.chart .grid { stroke: var(--soft); }
.chart .bar { cursor: pointer; }
.chart .bar:hover { filter: brightness(.9); }
.notes { color: var(--muted); font-size: 12px; margin-top: 6px; }
.grid2 { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 1fr); gap: 16px; align-items: start; }
.side-list { list-style: none; margin: 0; padding: 0; font-size: 13px; }
.side-list li { display: flex; justify-content: space-between; gap: 8px; padding: 5px 0; border-bottom: 1px solid var(--soft); }
.side-list .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; }
.side-list button { padding: 1px 6px; font-size: 12px; }
.net .edge { fill: none; cursor: pointer; }
.net .edge:hover { stroke-opacity: 1; }
.net .node circle { fill: #fff; stroke: #334155; stroke-width: 1.5; cursor: pointer; }
.net .node text { font-size: 12px; font-weight: 600; fill: var(--ink); pointer-events: none; }
.net .node .name { font-weight: 400; fill: var(--muted); font-size: 11px; }
.map .land { fill: #e7eaee; stroke: #fff; stroke-width: .5; }
.map .sphere { fill: #f9fbfd; stroke: var(--line); }
.map .graticule { fill: none; stroke: #eef1f5; stroke-width: .5; }
.map .pt { stroke: #fff; stroke-width: 1; fill-opacity: .8; cursor: pointer; }
.map .pt.bg { fill-opacity: .35; stroke-dasharray: 2 2; stroke: #444; }
.map .label { font-size: 11px; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; pointer-events: none; }
table.events { width: 100%; border-collapse: collapse; font-size: 13px; }
table.events th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: .4px; color: var(--muted); font-weight: 600; padding: 8px; border-bottom: 2px solid var(--line); position: sticky; top: 0; background: var(--panel); }
table.events td { padding: 8px; border-bottom: 1px solid var(--soft); vertical-align: top; }
table.events tbody tr { cursor: pointer; }
table.events tbody tr:hover { background: #f7f9fc; }
table.events tr.bg td { color: var(--muted); }
.type-pill { display: inline-block; padding: 1px 7px; border-radius: 10px; color: #fff; font-size: 11px; font-weight: 650; letter-spacing: .3px; white-space: nowrap; }
.type-pill.bg { opacity: .6; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.evidence { max-width: 560px; }
.evidence mark { background: #fff1b8; padding: 0 1px; border-radius: 2px; font-weight: 600; }
.pager { display: flex; gap: 10px; align-items: center; justify-content: flex-end; margin-top: 12px; color: var(--muted); font-size: 13px; }
.docs .doc { display: block; padding: 12px 0; border-bottom: 1px solid var(--soft); text-decoration: none; color: inherit; }
.docs .doc:hover .title { color: var(--accent); }
.docs .title { font-weight: 600; font-size: 15px; }
.docs .meta { color: var(--muted); font-size: 12px; margin-top: 2px; }
.article { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(320px, 1fr); gap: 18px; align-items: start; }
.article .text { font-family: Georgia, "Iowan Old Style", "Times New Roman", serif; font-size: 16.5px; line-height: 1.7; }
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
.event-card[aria-selected="true"] { border-color: var(--accent); box-shadow: 0 0 0 2px var(--accent-soft); }
.event-card .head { display: flex; gap: 8px; align-items: center; justify-content: space-between; }
.event-card .trig { font-weight: 600; }
.event-card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0 0; font-size: 12.5px; }
.event-card dt { color: var(--muted); }
.event-card dd { margin: 0; }
.event-card .why { margin: 6px 0 0; padding-left: 16px; color: var(--muted); font-size: 12px; }
@media (max-width: 900px) { .grid2, .article { grid-template-columns: 1fr; } .top { height: auto; flex-wrap: wrap; padding: 8px 14px; } }
`;
