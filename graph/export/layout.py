"""Node positions for the map, computed in Python so that the page opens without a physics run.

Small graphs use `nx.spring_layout`; from `LARGE` nodes on, networkx's spring
layout takes about a minute for 5,000 nodes, so a Fruchterman-Reingold whose
far repulsion comes from the centroids of a coarse grid (a particle-mesh
approximation; near pairs are exact, found with a k-d tree) does the same
work in about a second. Both are seeded, so a map is drawn the same way twice.

>>> import networkx as nx
>>> pos = positions(nx.path_graph(3))
>>> sorted(pos)
[0, 1, 2]
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

__all__ = ["LARGE", "SEED", "positions"]

LARGE = 500
SEED = 42
#: Pixels from an actor to its nearest neighbour, typically.
SPACING = 90.0


def positions(G: nx.Graph, *, seed: int = SEED, iterations: int = 50) -> dict:
    """Map each node of `G` to an (x, y) pair in pixels; the direction of edges is ignored.

    Each connected component is laid out on its own and scaled so that an
    actor's nearest neighbour is about `SPACING` pixels away; the largest
    component goes first and the smaller ones (pairs, lone actors) are
    shelved in rows beneath it, so they do not squeeze the main picture.

    Example:
        >>> pos = positions(G)  # doctest: +SKIP
        >>> pos["state:chile"]  # doctest: +SKIP
        (-212.4, 87.9)
    """
    if len(G) == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(G)
    simple.add_edges_from((u, v) for u, v in G.edges() if u != v)
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    laid = [_component(simple.subgraph(part), seed=seed, iterations=iterations) for part in parts]
    return _shelve(laid)


def _component(G: nx.Graph, *, seed: int, iterations: int) -> tuple[list, np.ndarray]:
    """Nodes and their positions, scaled to `SPACING` and moved to start at (0, 0)."""
    nodes = sorted(G, key=str)
    if len(nodes) == 1:
        return nodes, np.zeros((1, 2))
    if len(nodes) < LARGE:
        raw = nx.spring_layout(G.subgraph(nodes), seed=seed, iterations=max(iterations, 100), weight=None)
        xy = np.array([raw[v] for v in nodes], dtype=float)
    else:
        xy = _mesh_fr(G, nodes, seed=seed, iterations=iterations)
    nearest = cKDTree(xy).query(xy, k=2)[0][:, 1]
    typical = float(np.median(nearest)) or 1.0
    xy = xy * (SPACING / typical)
    return nodes, xy - xy.min(axis=0)


def _shelve(laid: list[tuple[list, np.ndarray]]) -> dict:
    """Place the first component at the origin and the others in rows below it."""
    pos = {}
    gap = SPACING
    sizes = [xy.max(axis=0) for _, xy in laid]
    width = max(float(sizes[0][0]), math.sqrt(sum((w + gap) * (h + gap) for w, h in sizes)))
    x, y, row = 0.0, 0.0, 0.0
    for i, ((nodes, xy), (w, h)) in enumerate(zip(laid, sizes)):
        if i == 1 or (i > 1 and x > 0 and x + w > width):
            x, y, row = 0.0, y + row + gap, 0.0
        for v, (px, py) in zip(nodes, xy + (x, y)):
            pos[v] = (round(float(px), 1), round(float(py), 1))
        x, row = x + w + gap, max(row, h)
    return pos


def _mesh_fr(G: nx.Graph, nodes: list, *, seed: int, iterations: int) -> np.ndarray:
    """Fruchterman-Reingold (ideal distance 1) with far repulsion from the centroids of a grid."""
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in G.edges()], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.uniform(0.0, side, size=(n, 2))
    cells = max(4, int(math.sqrt(n) / 4))
    temperature = side / 10
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = _mesh_repulsion(pos, cells)
        # near pairs, within about one mean spacing, get the exact k²/d
        spacing = math.sqrt(float(np.prod(pos.max(axis=0) - pos.min(axis=0))) / n)
        pairs = cKDTree(pos).query_pairs(min(1.0, spacing), output_type="ndarray")
        if len(pairs):
            _push(disp, pos, pairs, lambda d: 1.0 / d**2)      # near repulsion k²/d, exact
        if len(edges):
            _push(disp, pos, edges, lambda d: -d)              # attraction d²/k
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return _pull_in(pos)


def _pull_in(pos: np.ndarray) -> np.ndarray:
    """Bring far-flung actors (isolated ones drift away) to just outside the bulk of the map."""
    centre = np.median(pos, axis=0)
    offset = pos - centre
    radius = np.hypot(offset[:, 0], offset[:, 1])
    limit = 1.15 * float(np.percentile(radius, 98))
    far = radius > limit
    offset[far] *= (limit / radius[far])[:, None]
    return centre + offset


def _mesh_repulsion(pos: np.ndarray, cells: int) -> np.ndarray:
    """Repulsion k²/d of every node from each grid cell's nodes, massed at the cell's centroid."""
    lo = pos.min(axis=0)
    width = float((pos.max(axis=0) - lo).max()) / cells or 1.0
    cell = np.clip(((pos - lo) / width).astype(np.int64), 0, cells - 1)
    cid = cell[:, 0] * cells + cell[:, 1]
    mass = np.bincount(cid, minlength=cells * cells).astype(float)
    full = mass > 0
    centre = np.stack([np.bincount(cid, pos[:, a], minlength=cells * cells)[full] / mass[full]
                       for a in (0, 1)], axis=1)
    # |p - c|² through matrix products: no (nodes x cells x 2) array
    dist2 = (pos**2).sum(axis=1)[:, None] + (centre**2).sum(axis=1)[None, :] - 2 * pos @ centre.T
    weight = mass[full] / np.maximum(dist2, (width / 2) ** 2)  # a node's own cell pushes gently
    return pos * weight.sum(axis=1)[:, None] - weight @ centre


def _push(disp: np.ndarray, pos: np.ndarray, pairs: np.ndarray, force) -> None:
    """Add to `disp` a force along each pair, `force(d) * delta` (delta points from j to i)."""
    i, j = pairs[:, 0], pairs[:, 1]
    delta = pos[i] - pos[j]
    dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 0.01)
    f = delta * force(dist)[:, None]
    n = len(pos)
    for axis in (0, 1):
        disp[:, axis] += np.bincount(i, f[:, axis], minlength=n) - np.bincount(j, f[:, axis], minlength=n)
