"""Shortest paths with Dijkstra's algorithm using a binary heap."""

import heapq
import math
from collections import defaultdict

Graph = dict[str, list[tuple[str, float]]]


def dijkstra(graph: Graph, source: str) -> tuple[dict[str, float], dict[str, str]]:
    """Compute shortest distances from ``source`` to every reachable node.

    Returns a tuple ``(distances, previous)`` where ``previous`` maps each node
    to its predecessor on a shortest path.
    """
    distances: dict[str, float] = defaultdict(lambda: math.inf)
    distances[source] = 0.0
    previous: dict[str, str] = {}
    heap: list[tuple[float, str]] = [(0.0, source)]
    visited: set[str] = set()

    while heap:
        dist, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for neighbour, weight in graph.get(node, []):
            candidate = dist + weight
            if candidate < distances[neighbour]:
                distances[neighbour] = candidate
                previous[neighbour] = node
                heapq.heappush(heap, (candidate, neighbour))
    return dict(distances), previous


def shortest_path(previous: dict[str, str], target: str) -> list[str]:
    """Rebuild the path that ends at ``target`` from a predecessor map."""
    path = [target]
    while path[-1] in previous:
        path.append(previous[path[-1]])
    return path[::-1]


if __name__ == "__main__":
    g: Graph = {
        "A": [("B", 1), ("C", 4)],
        "B": [("C", 2), ("D", 5)],
        "C": [("D", 1)],
        "D": [],
    }
    dist, prev = dijkstra(g, "A")
    print(dist["D"], shortest_path(prev, "D"))
