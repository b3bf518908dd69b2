"""Actor labels in the situation report: a name, else the words with the country they resolve to."""
from __future__ import annotations

from brinkwatch.corpus.situation import _actor


def test_actor_labels():
    assert _actor({"text": "Moscow", "name": "Russia", "country": "RUS"}) == "Russia"
    assert _actor({"text": "the American response", "name": None, "country": "USA"}) == "the American response (USA)"
    assert _actor({"text": "some troops", "name": None, "country": None}) == "some troops"
    assert _actor(None) == "?"
