"""The map opened in Debian's chromium: it draws every actor and relation, shows evidence as text,
runs none of a document's markup, filters by kind and type, and fetches nothing from the network."""

from __future__ import annotations

import os
import random
import shutil

import networkx as nx
import pytest

from graph.export import write_map
from graph.model import MODALITIES
from graph.ontology import Ontology

pytestmark = pytest.mark.browser

ONTO = Ontology.load()
HOSTILE = ('Officials said <script>window.__pwned=1</script> the deal & more '
           '</script><script>window.__pwned=2</script> was signed <img src=x onerror="window.__pwned=3"> today.')
SYLLABLES = ["nor", "vel", "kar", "ost", "bri", "tam", "zel", "ion", "dra", "mek", "sul", "ara"]


def _needs(what: str):
    """Skip on a developer's machine without `what`; in CI (env CI set) fail instead."""
    message = f"{what} is needed for the browser test (apt-get install -y chromium; pip install playwright)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def invented_graph(n_actors: int = 48, n_relations: int = 80, seed: int = 3) -> tuple[nx.MultiDiGraph, str]:
    """Invented actors of every kind and well-typed relations, plus one actor whose only claim is hostile."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    kinds = list(ONTO.kinds)
    for i in range(n_actors):
        kind = kinds[i % len(kinds)]
        name = (rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES)).capitalize() + f" {i}"
        G.add_node(f"{ONTO.kinds[kind].prefix}:x{i}", name=name, kind=kind, aliases=[name.upper()], country="")
    types = list(ONTO.relations)
    count = 0
    while count < n_relations:
        type_ = rng.choice(types)
        u, v = rng.sample(list(G), 2)
        if not ONTO.relations[type_].allows(G.nodes[u]["kind"], G.nodes[v]["kind"]):
            continue
        claims = [{"claim_id": f"c{count}-{j}", "doc_id": f"d{count % 9}", "doc_key": f"news/{count % 9}.txt",
                   "sentence": f"{G.nodes[u]['name']} and {G.nodes[v]['name']} in report {count}.",
                   "modality": rng.choice(MODALITIES), "rule": "rules.v1", "amount": "", "items": [],
                   "date": "2024-05-0" + str(1 + j), "role": "", "title": f"Report {count % 9}"}
                  for j in range(rng.randint(1, 4))]
        if not G.has_edge(u, v, key=type_):
            G.add_edge(u, v, key=type_, type=type_, weight=len(claims), claims=claims)
            count += 1
    type_ = types[0]
    source_kind = ONTO.relations[type_].source[0]
    target = next(n for n, k in G.nodes(data="kind") if k in ONTO.relations[type_].target)
    hostile = f"{ONTO.kinds[source_kind].prefix}:hostile"
    G.add_node(hostile, name="Hostile Source", kind=source_kind, aliases=[], country="")
    claim = {"claim_id": "evil", "doc_id": "evil", "doc_key": "news/<script>evil</script>.html",
             "sentence": HOSTILE, "modality": MODALITIES[0], "rule": "rules.v1", "amount": "", "items": [],
             "date": "2024-06-01", "role": "", "title": "</script><!-- title"}
    G.add_edge(hostile, target, key=type_, type=type_, weight=1, claims=[claim])
    return G, hostile


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium")
    if not chromium:
        _needs("Debian's chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _needs("The Python package playwright")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield browser
        browser.close()


def test_map_in_chromium(browser, tmp_path):
    G, hostile = invented_graph()
    path = write_map(G, tmp_path / "map.html", title="Invented actors")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.mapReady === true", timeout=30_000)
    page.screenshot(path=tmp_path / "map.png")

    assert page.evaluate("[mapNodes.length, mapEdges.length]") == [G.number_of_nodes(), G.number_of_edges()]
    names = page.evaluate("mapNodes.get().map(n => n.label)")
    assert sorted(names) == sorted(name for _, name in G.nodes(data="name"))

    # hover the hostile actor: its tooltip shows the sentence as text, not markup
    point = page.evaluate("""id => {
        const p = network.canvasToDOM(network.getPositions([id])[id]);
        const box = document.querySelector('#map canvas').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""", hostile)
    page.mouse.move(point[0] - 30, point[1] - 30)
    page.mouse.move(point[0], point[1], steps=5)
    page.wait_for_function("""() => {
        const tip = document.querySelector('div.vis-tooltip');
        return tip && tip.style.visibility !== 'hidden' && tip.textContent.includes('Hostile Source');
    }""", timeout=10_000)
    tip = page.evaluate("""() => { const t = document.querySelector('div.vis-tooltip');
                                   return [t.textContent, t.childElementCount]; }""")
    assert HOSTILE in tip[0]
    assert "news/<script>evil</script>.html" in tip[0]
    assert tip[1] == 0, "the tooltip is plain text, without elements"
    page.screenshot(path=tmp_path / "tooltip.png")
    edge_title = page.evaluate("id => mapEdges.get().find(e => e.from === id).title", hostile)
    assert HOSTILE in edge_title
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, script[src], link[href]').length") == 0

    # the checkboxes hide relations of a type and actors of a kind through the DataSets
    type_ = next(t for t in ONTO.relations if any(d == t for *_, d in G.edges(data="type")))
    of_type = sum(1 for *_, d in G.edges(data="type") if d == type_)
    page.click(f'#types input[data-type="{type_}"]')
    assert page.evaluate("mapEdges.get({filter: e => e.hidden}).length") == of_type
    kind = G.nodes[hostile]["kind"]
    page.click(f'#kinds input[data-kind="{kind}"]')
    of_kind = sum(1 for _, k in G.nodes(data="kind") if k == kind)
    assert page.evaluate("mapNodes.get({filter: n => n.hidden}).length") == of_kind
    page.click(f'#kinds input[data-kind="{kind}"]')
    page.click(f'#types input[data-type="{type_}"]')
    assert page.evaluate("mapNodes.get({filter: n => n.hidden}).length + mapEdges.get({filter: e => e.hidden}).length") == 0

    assert requests and all(url.startswith("file://") for url in requests), requests
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.close()
