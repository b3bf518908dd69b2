"""Range lookups used to keep quote finding near-linear."""
from __future__ import annotations

import random

from brinkwatch.quotes.ranges import Disjoint, RangeIndex


def test_overlapping_matches_a_brute_force_scan():
    rng = random.Random(7)
    ranges = [(s, s + rng.randint(1, 40)) for s in (rng.randint(0, 500) for _ in range(200))]
    index = RangeIndex(ranges)
    for _ in range(200):
        a = rng.randint(0, 540)
        b = a + rng.randint(1, 30)
        expected = {i for i, (s, e) in enumerate(ranges) if s < b and a < e}
        assert set(index.overlapping(a, b)) == expected


def test_disjoint_refuses_overlaps_only():
    taken = Disjoint()
    taken.add(10, 20)
    taken.add(30, 40)
    assert taken.free(0, 10) and taken.free(20, 30) and taken.free(40, 50)
    assert not taken.free(5, 11) and not taken.free(19, 31) and not taken.free(12, 15) and not taken.free(0, 100)
