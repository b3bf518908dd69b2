"""Who said what: quotes with resolved speakers, and the quantities they claim.

``find_quotes(a)`` and ``find_quantities(a, quotes)`` are pure functions of an ``Analysis``.
"""
from .finder import find_quotes

__all__ = ["find_quotes", "find_quantities"]


def find_quantities(a, quotes):  # replaced below once quantities.py exists
    from .quantities import find_quantities as _fq

    return _fq(a, quotes)
