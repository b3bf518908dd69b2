from brinkwatch.events.integrity import contradictions

from .helpers import events_of


def test_reversed_headline_is_flagged_and_dropped():
    title = "Minister warns of an attack by Georgia"
    body = "Officials said Russia could attack Georgia within days. Georgia has mobilized its reserves."
    events, flags = events_of(body, title=title)
    assert any(f.kind == "headline_contradicts_body" for f in flags)
    flag = flags[0]
    assert len(flag.evidence) == 2 and flag.evidence[0].start < len(title) < flag.evidence[1].start
    assert not any(e.type == "ASSAULT" and e.source and e.source.country == "GEO" for e in events)


def test_consistent_headline_is_kept():
    title = "Russia attacks Georgia"
    body = "Russia attacked Georgia on Monday, officials said."
    events, flags = events_of(body, title=title)
    assert flags == []
    assert sum(e.type == "ASSAULT" for e in events) == 2


def test_no_body_events_means_no_flag():
    assert contradictions([], []) == ([], [])


def test_negation_flip_is_flagged():
    title = "Russia did not attack Ukraine"
    body = "Russia attacked Ukraine on Monday, officials in Kyiv said."
    events, flags = events_of(body, title=title)
    assert [f.kind for f in flags] == ["headline_contradicts_body"]
    assert all(e.start >= len(title) for e in events)  # the contradicting headline event is dropped
