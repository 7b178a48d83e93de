"""The Jinja2 template of the map page (autoescaped; kept in Python so no package data is needed)."""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>
  html, body { margin: 0; height: 100%; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; }
  body { display: flex; }
  #panel { width: 270px; flex: none; overflow-y: auto; padding: 12px 14px; box-sizing: border-box;
           border-right: 1px solid #ddd; background: #fafafa; }
  #panel h1 { font-size: 17px; margin: 0 0 4px; }
  #panel h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #666; margin: 14px 0 4px; }
  #panel .stats, #panel .note { color: #555; margin: 2px 0; }
  #panel label { display: flex; align-items: center; gap: 6px; padding: 1px 0; cursor: pointer; }
  #panel label .count { margin-left: auto; color: #888; font-variant-numeric: tabular-nums; }
  #panel .swatch { display: inline-block; width: 18px; height: 4px; border-radius: 2px; }
  #panel .buttons { display: flex; gap: 6px; margin-top: 4px; }
  #panel button { font: inherit; padding: 1px 8px; }
  #panel input[type=search] { width: 100%; box-sizing: border-box; font: inherit; padding: 3px 6px; }
  #panel .help { color: #777; margin-top: 14px; }
  #map { flex: 1; height: 100%; position: relative; }
  div.vis-tooltip { white-space: pre-wrap; max-width: 460px; font: 12px/1.35 system-ui, sans-serif;
                    background: #fffff6; border: 1px solid #bbb; box-shadow: 2px 2px 8px rgba(0,0,0,.15); }
</style>
<script>{{ vis_js }}</script>
</head>
<body>
<aside id="panel">
  <h1>{{ title }}</h1>
  <p class="stats">{{ data.stats.actors }} actors · {{ data.stats.relations }} relations · {{ data.stats.claims }} claims</p>
  <p class="stats">Node size: {{ data.size_by | replace("_", " ") }}</p>
  {% for note in data.notes %}<p class="note">{{ note }}</p>{% endfor %}
  <h2>Find an actor</h2>
  <input type="search" id="find" placeholder="name, alias or id, then Enter" autocomplete="off">
  <p class="note" id="find-result"></p>
  <h2>Actor kinds</h2>
  <div id="kinds">
  {% for k in data.kinds %}
    <label title="{{ k.description }}"><input type="checkbox" data-kind="{{ k.name }}" checked>
      {{ k.shape | shape_svg(k.colour) }} {{ k.name }} <span class="count">{{ k.count }}</span></label>
  {% endfor %}
  </div>
  <h2>Relation types</h2>
  <div id="types">
  {% for t in data.types %}
    <label title="{{ t.description }}"><input type="checkbox" data-type="{{ t.name }}" checked>
      <span class="swatch" style="background: {{ t.colour }}"></span> {{ t.label }} <span class="count">{{ t.count }}</span></label>
  {% endfor %}
  </div>
  <div class="buttons"><button type="button" id="all">all</button><button type="button" id="none">none</button></div>
  <label style="margin-top: 8px"><input type="checkbox" id="prune"> hide actors without shown relations</label>
  <p class="help">Hover an actor or a relation for its evidence. Drag to pan, scroll to zoom.
    Arrows point from source to target; wider lines carry more claims.</p>
</aside>
<div id="map"></div>
<script>
(function () {
  "use strict";
  var DATA = {{ data_json }};
  var container = document.getElementById("map");
  // Each relation type's label, colours and arrows travel once (html._compact): copy them onto its edges.
  DATA.edges.forEach(function (e) {
    var style = DATA.edge_styles[e.type] || {};
    Object.keys(style).forEach(function (key) { if (!(key in e)) { e[key] = style[key]; } });
  });
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var options = {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: DATA.busy, hideEdgesOnZoom: DATA.busy },
    nodes: { borderWidth: 1, font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { smooth: false, selectionWidth: 2, color: { opacity: DATA.busy ? 0.5 : 1.0 },
             font: { size: 11, strokeWidth: 3, strokeColor: "#ffffff", align: "middle" } }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;
  window.mapNodes = nodes;
  window.mapEdges = edges;

  // vis-network sets a string title with innerText, which turns newlines into <br> elements;
  // textContent keeps the tooltip a single text node, shown with white-space: pre-wrap.
  network.on("showPopup", function (id) {
    var tip = container.querySelector("div.vis-tooltip");
    var item = typeof id === "number" ? edges.get(id) : nodes.get(id);
    if (tip && item) { tip.textContent = item.title; }
  });
  network.once("afterDrawing", function () { window.mapReady = true; });
  network.fit();

  function checked(attr) {
    var on = new Set();
    document.querySelectorAll("input[data-" + attr + "]").forEach(function (box) {
      if (box.checked) { on.add(box.dataset[attr]); }
    });
    return on;
  }

  function applyFilters() {
    var kinds = checked("kind"), types = checked("type"), prune = document.getElementById("prune").checked;
    var shownNodes = {}, linked = {}, nodeChanges = [], edgeChanges = [];
    nodes.forEach(function (n) { shownNodes[n.id] = kinds.has(n.kind); });
    edges.forEach(function (e) {
      var show = types.has(e.type) && shownNodes[e.from] && shownNodes[e.to];
      if (show) { linked[e.from] = linked[e.to] = true; }
      if (!e.hidden !== show) { edgeChanges.push({ id: e.id, hidden: !show }); }
    });
    nodes.forEach(function (n) {
      var show = shownNodes[n.id] && (!prune || linked[n.id] === true);
      if (!n.hidden !== show) { nodeChanges.push({ id: n.id, hidden: !show }); }
    });
    nodes.update(nodeChanges);
    edges.update(edgeChanges);
  }

  document.querySelectorAll("#kinds input, #types input, #prune").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  function setAll(on) {
    document.querySelectorAll("#types input").forEach(function (box) { box.checked = on; });
    applyFilters();
  }
  document.getElementById("all").addEventListener("click", function () { setAll(true); });
  document.getElementById("none").addEventListener("click", function () { setAll(false); });

  document.getElementById("find").addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
    var wanted = this.value.trim().toLowerCase(), exact = null, partial = null;
    if (!wanted) { return; }
    nodes.forEach(function (n) {
      if (exact === null && n.search.indexOf(wanted) >= 0) { exact = n; }
      if (partial === null && n.label.toLowerCase().indexOf(wanted) >= 0) { partial = n; }
    });
    var found = exact || partial, result = document.getElementById("find-result");
    if (!found) { result.textContent = "No actor named " + this.value; return; }
    result.textContent = found.label + " (" + found.id + ")";
    network.selectNodes([found.id]);
    network.focus(found.id, { scale: 1.2, animation: true });
  });
})();
</script>
</body>
</html>
"""
