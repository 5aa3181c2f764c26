/**
 * The dashboard's one HTML page. Views are drawn by the client modules into `#view`; the filters
 * live in the query string, so a view with its filters can be bookmarked or shared as a URL.
 * No inline script or style: the CSP allows only files from this server.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chronicle — events dashboard</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
<script defer src="/assets/vendor/d3-array.min.js"></script>
<script defer src="/assets/vendor/d3-geo.min.js"></script>
<script defer src="/assets/vendor/topojson-client.min.js"></script>
<script type="module" src="/assets/app/main.js"></script>
</head>
<body>
<header class="top">
  <div class="brand"><span class="mark" aria-hidden="true"></span>Chronicle<span class="sub">PLOVER events</span></div>
  <nav class="tabs" id="tabs" aria-label="Views">
    <a data-view="timeline" href="?view=timeline">Timeline</a>
    <a data-view="network" href="?view=network">Network</a>
    <a data-view="map" href="?view=map">Map</a>
    <a data-view="events" href="?view=events">Events</a>
    <a data-view="documents" href="?view=documents">Articles</a>
  </nav>
  <div class="summary" id="summary" aria-live="polite"></div>
</header>
<form class="filters" id="filters" autocomplete="off">
  <label>Type <select name="type"><option value="">All types</option></select></label>
  <label>Mode <input name="mode" list="modes" placeholder="any" size="10"></label>
  <label>Actor <input name="actor" list="actor-codes" placeholder="e.g. ARM" size="7"></label>
  <label>Recipient <input name="recipient" list="actor-codes" placeholder="any" size="7"></label>
  <label>Since <input name="since" placeholder="YYYY-MM-DD" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
  <label>Until <input name="until" placeholder="YYYY-MM-DD" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
  <label>Events <select name="background">
    <option value="">current + background</option>
    <option value="false">current only</option>
    <option value="true">background only</option>
  </select></label>
  <span class="doc-chip" id="doc-chip" hidden></span>
  <button type="submit" class="primary">Apply</button>
  <button type="button" id="clear-filters">Clear</button>
  <datalist id="actor-codes"></datalist>
  <datalist id="modes"></datalist>
</form>
<div class="error" id="error" role="alert" hidden></div>
<main id="view" class="view" tabindex="-1"></main>
<footer class="foot">Chronicle · offline dashboard · world map: Natural Earth 1:110m via world-atlas</footer>
</body>
</html>
`;
