"""Who said what: quotes with resolved speakers, and the quantities they claim.

``find_quotes(a)`` and ``find_quantities(a, quotes)`` are pure functions of an ``Analysis``
(``brinkwatch.analysis``).  Every record carries offsets into ``a.document.text`` and the rule that made it.
"""
from .finder import find_quotes
from .quantities import find_quantities

__all__ = ["find_quotes", "find_quantities"]
