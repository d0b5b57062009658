"""Node positions computed in Python, so the browser never has to run physics.

A Fruchterman–Reingold force layout in numpy with a fixed seed (networkx's own
`spring_layout` needs scipy beyond 500 nodes, which the project does not depend on).
Small graphs use exact all-pairs repulsion; big ones the grid variant of the original
paper (repulsion only between nodes in neighbouring cells), which is linear in the
number of nodes: about two seconds for 5,000 nodes and 20,000 edges.
Small graphs then get an overlap-removal pass over node-plus-label boxes, so that labels
stay readable. Positions are rounded to integers: the same graph always gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np

EXACT_LIMIT = 600  # nodes up to which repulsion is computed between all pairs
_OFFSETS = ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1))  # half the 3x3 neighbourhood


@dataclass(frozen=True)
class LayoutParams:
    """Tuning of the force layout (distances in units of the ideal edge length)."""

    seed: int = 7
    spacing: float = 0.0  # pixels per ideal edge length; 0: chosen from the graph size
    gravity: float = 0.02
    iterations: int = 0  # 0: chosen from the graph size

    def pixels(self, n: int) -> float:
        return self.spacing or (170.0 if n <= 200 else 120.0)

    def steps(self, n: int) -> int:
        if self.iterations:
            return self.iterations
        return 300 if n <= 200 else 160 if n <= EXACT_LIMIT else 70


def _edge_arrays(graph: nx.MultiDiGraph, index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v})
    if not pairs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    arr = np.array(pairs, dtype=np.int64)
    return arr[:, 0], arr[:, 1]


def _block_pairs(order, starts, counts, a, b) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j) with i in cell block a[k] and j in cell block b[k], for every k."""
    sizes = counts[a] * counts[b]
    block = np.repeat(np.arange(len(a)), sizes)
    local = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    cb = counts[b][block]
    return order[starts[a][block] + local // cb], order[starts[b][block] + local % cb]


def _cell_keys(pos: np.ndarray, per_side: int) -> tuple[np.ndarray, int]:
    """Grid cell of every node as one integer key (row-major, one empty border cell)."""
    low = pos.min(axis=0)
    size = max(float((pos.max(axis=0) - low).max()), 1e-9) / per_side * (1 + 1e-9)
    cells = np.floor((pos - low) / size).astype(np.int64) + 1
    width = per_side + 3
    return cells[:, 0] * width + cells[:, 1], width


def grid_pairs(key: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of nodes in the same or adjacent grid cells, each unordered pair once."""
    order = np.argsort(key, kind="stable")
    ukeys, starts, counts = np.unique(key[order], return_index=True, return_counts=True)
    parts_i, parts_j = [], []
    for dx, dy in _OFFSETS:
        target = ukeys + dx * width + dy
        where = np.minimum(np.searchsorted(ukeys, target), len(ukeys) - 1)
        found = ukeys[where] == target
        i, j = _block_pairs(order, starts, counts, np.nonzero(found)[0], where[found])
        if (dx, dy) == (0, 0):
            keep = i < j
            i, j = i[keep], j[keep]
        parts_i.append(i)
        parts_j.append(j)
    return np.concatenate(parts_i), np.concatenate(parts_j)


def far_field(pos: np.ndarray, key: np.ndarray, width: int) -> np.ndarray:
    """Repulsion from the nodes of non-adjacent cells, each cell acting from its centroid."""
    ukeys, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    centre = np.stack([np.bincount(inverse, pos[:, a]) / counts for a in (0, 1)], axis=1)
    row, col = ukeys // width, ukeys % width
    far = (np.abs(row[:, None] - row[None, :]) > 1) | (np.abs(col[:, None] - col[None, :]) > 1)
    delta = centre[:, None, :] - centre[None, :, :]
    weight = far * counts[None, :] / np.maximum((delta * delta).sum(axis=2), 1e-4)
    return (delta * weight[:, :, None]).sum(axis=1)[inverse]


def _repulsion_pairs(pos: np.ndarray, exact) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
    """Node pairs that repel each other exactly, and the far-field force of the rest."""
    if exact is not None:
        return exact, np.zeros_like(pos)
    key, width = _cell_keys(pos, max(4, int(np.sqrt(len(pos) / 6))))
    return grid_pairs(key, width), far_field(pos, key, width)


def _forces(pos: np.ndarray, exact, edges, gravity: float) -> np.ndarray:
    n = len(pos)
    (i, j), disp = _repulsion_pairs(pos, exact)
    delta = pos[i] - pos[j]
    push = delta / np.maximum((delta * delta).sum(axis=1), 1e-4)[:, None]  # k^2 / d along delta
    u, v = edges
    pull = (pos[u] - pos[v]) * np.linalg.norm(pos[u] - pos[v], axis=1)[:, None]  # d^2 / k
    for axis in (0, 1):
        disp[:, axis] += np.bincount(i, push[:, axis], n) - np.bincount(j, push[:, axis], n)
        disp[:, axis] -= np.bincount(u, pull[:, axis], n) - np.bincount(v, pull[:, axis], n)
    return disp - gravity * (pos - pos.mean(axis=0)) * np.sqrt(n)


def force_layout(n: int, edges: tuple[np.ndarray, np.ndarray], params: LayoutParams) -> np.ndarray:
    """Positions (n x 2, ideal edge length 1) for nodes 0..n-1 joined by `edges`."""
    rng = np.random.default_rng(params.seed)
    side = max(np.sqrt(n), 1.0)
    pos = rng.random((n, 2)) * side
    exact = np.triu_indices(n, 1) if n <= EXACT_LIMIT else None
    steps = params.steps(n)
    for step in range(steps):
        disp = _forces(pos, exact, edges, params.gravity)
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)[:, None]
        temperature = side / 8 * (1 - step / steps) + 0.01
        pos += disp / length * np.minimum(length, temperature)
    return pos


def label_boxes(graph: nx.MultiDiGraph, nodes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Rough width and height in pixels of each node with its label drawn under it."""
    counts = np.array([graph.nodes[n].get("calls_count", 0) for n in nodes], dtype=float)
    span = max(counts.max() - counts.min(), 1.0) if len(counts) else 1.0
    radius = 8 + 34 * (counts - (counts.min() if len(counts) else 0)) / span
    chars = np.array([max(len(graph.nodes[n].get("label_ar") or ""), len(graph.nodes[n].get("label_en") or ""), 4)
                      for n in nodes], dtype=float)
    return np.maximum(chars * 8.0 + 12, 2 * radius), 2 * radius + 24


def separate(xy: np.ndarray, width: np.ndarray, height: np.ndarray, rounds: int = 80) -> np.ndarray:
    """Push apart overlapping boxes along their shallower overlap (small graphs only: O(n^2))."""
    xy = xy.copy()
    n = len(xy)
    order = np.where(np.arange(n)[:, None] < np.arange(n)[None, :], 1.0, -1.0)
    for _ in range(rounds):
        dx = xy[:, None, 0] - xy[None, :, 0]
        dy = xy[:, None, 1] - xy[None, :, 1]
        ox = (width[:, None] + width[None, :]) / 2 - np.abs(dx)
        oy = (height[:, None] + height[None, :]) / 2 - np.abs(dy)
        hit = (ox > 0) & (oy > 0) & ~np.eye(n, dtype=bool)
        if not hit.any():
            break
        sx = np.where(dx != 0, np.sign(dx), order)
        sy = np.where(dy != 0, np.sign(dy), order)
        push_x = np.where(hit & (ox < oy), sx * ox, 0.0).sum(axis=1)
        push_y = np.where(hit & (ox >= oy), sy * oy, 0.0).sum(axis=1)
        xy += np.stack([push_x, push_y], axis=1) * 0.25
    return xy


def layout(graph: nx.MultiDiGraph, params: LayoutParams = LayoutParams()) -> dict[str, tuple[int, int]]:
    """Integer pixel positions by node id, centred on the origin."""
    nodes = sorted(graph.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pos = force_layout(len(nodes), _edge_arrays(graph, index), params)
    pos = (pos - pos.mean(axis=0)) * params.pixels(len(nodes))
    if len(nodes) <= EXACT_LIMIT:
        pos = separate(pos, *label_boxes(graph, nodes))
    return {node: (int(round(x)), int(round(y))) for node, (x, y) in zip(nodes, pos)}
