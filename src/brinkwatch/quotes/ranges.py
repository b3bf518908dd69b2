"""Character ranges looked up by bisection, so that quote finding stays near-linear on long inputs."""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort


class RangeIndex:
    """Ranges ``(start, end)`` (any order, may nest); which of them touch a point or a range."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.order = sorted(range(len(ranges)), key=lambda i: ranges[i][0])
        self.starts = [ranges[i][0] for i in self.order]
        self.ranges = ranges
        self.longest = max((e - s for s, e in ranges), default=0)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices (into the original list) of the ranges overlapping ``[start, end)``, by start."""
        hi = bisect_left(self.starts, end)
        lo = bisect_left(self.starts, start - self.longest)
        out = []
        for k in range(lo, hi):
            i = self.order[k]
            s, e = self.ranges[i]
            if s < end and start < e:
                out.append(i)
        return out

    def containing(self, point: int) -> list[int]:
        return self.overlapping(point, point + 1)


class Disjoint:
    """A growing set of non-overlapping ranges."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: dict[int, int] = {}

    def free(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)
        if k > 0 and self.ends[self.starts[k - 1]] > start:
            return False
        return not (k < len(self.starts) and self.starts[k] < end)

    def add(self, start: int, end: int) -> None:
        insort(self.starts, start)
        self.ends[start] = end
