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
<script defer src="/assets/vendor/d3.min.js"></script>
<script defer src="/assets/vendor/topojson-client.min.js"></script>
<script type="module" src="/assets/app/main.js"></script>
</head>
<body>
<a class="skip" href="#view">Skip to the view</a>
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
<section class="filterbar" aria-label="Filters">
  <details class="filter-panel" id="filter-panel">
    <summary>Filters <span class="count" id="filter-count"></span></summary>
    <form class="filters" id="filters" autocomplete="off" role="search">
      <label class="wide">Search <input type="search" name="q" placeholder="words in evidence, parties, places" maxlength="200"></label>
      <div class="field">
        <span class="field-name" id="types-label">Types</span>
        <details class="dropdown" id="types">
          <summary aria-labelledby="types-label types-summary"><span id="types-summary">All types</span></summary>
          <div class="dropdown-body" id="types-list" role="group" aria-labelledby="types-label"></div>
        </details>
      </div>
      <label>Actor <input name="actor" list="party-keys" placeholder="ARM, Armenia, police" maxlength="100"></label>
      <label>Recipient <input name="recipient" list="party-keys" placeholder="who it was done to" maxlength="100"></label>
      <label>Either role <input name="party" list="party-keys" placeholder="actor or recipient" maxlength="100"></label>
      <label>Country <input name="country" list="countries" placeholder="party or place" maxlength="100"></label>
      <label>Sector <select name="sector"><option value="">any</option></select></label>
      <label>Mode <input name="mode" list="modes" placeholder="any" maxlength="40"></label>
      <label>Since <input name="since" placeholder="YYYY-MM-DD" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
      <label>Until <input name="until" placeholder="YYYY-MM-DD" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
      <label>Events <select name="background">
        <option value="">current + background</option>
        <option value="false">current only</option>
        <option value="true">background only</option>
      </select></label>
      <div class="actions">
        <button type="submit" class="primary">Apply</button>
        <button type="button" id="clear-filters">Clear</button>
      </div>
      <datalist id="party-keys"></datalist>
      <datalist id="countries"></datalist>
      <datalist id="modes"></datalist>
    </form>
  </details>
  <div class="chips" id="chips"></div>
</section>
<div class="error" id="error" role="alert" hidden></div>
<main id="view" class="view" tabindex="-1"></main>
<footer class="foot">Chronicle · offline dashboard · world map: Natural Earth 1:110m via world-atlas</footer>
</body>
</html>
`;
