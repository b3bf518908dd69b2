"""Quantities: figures, words, money, percent, inferred units and who claims them."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quantities, find_quotes


def quantities_of(analyse, text):
    a = analyse(text)
    found = find_quantities(a, find_quotes(a))
    for q in found:
        assert a.document.text[q.start : q.end] == q.text
        assert q.rule.startswith("quantity.")
    return found


def one(found, text):
    hits = [q for q in found if q.text == text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("The army moved 85,000 troops to the coast.", "85,000 troops", 85_000, "troops"),
    ("The raid destroyed 12 tanks near the river.", "12 tanks", 12, "tanks"),
    ("Officials counted forty-two aircraft on the runway.", "forty-two aircraft", 42, "aircraft"),
    ("The fighting has claimed around 9,500 lives so far.", "9,500 lives", 9_500, "deaths"),
    ("The garrison holds 4,000 soldiers.", "4,000 soldiers", 4_000, "troops"),
    ("The base houses 900 personnel.", "900 personnel", 900, "troops"),
    ("About 35 children were on the bus.", "35 children", 35, "people"),
    ("The link carried 40 gigabits per second at its peak.", "40 gigabits", 40, "Gbit/s"),
    ("The fund holds 16.6 billion hryvnias.", "16.6 billion hryvnias", 16_600_000_000, "UAH"),
    ("The board approved three more drawdowns this year.", "three more drawdowns", 3, "drawdowns"),
    ("Parliament released $2.5 billion in aid.", "$2.5 billion", 2.5e9, "USD"),
    ("The bank lent 300 million euros to the port.", "300 million euros", 3e8, "EUR"),
    ("Prices rose 4.2% in March.", "4.2%", 4.2, "percent"),
    ("Turnout fell by 12 per cent.", "12 per cent", 12, "percent"),
    ("Israeli warplanes struck more than 40 villages in the south.", "40 villages", 40, "settlements"),
    ("Some 60,000 residents live near the border.", "60,000 residents", 60_000, "people"),
    ("The mission has 10,000 peacekeepers.", "10,000 peacekeepers", 10_000, "troops"),
    ("About 100 Russian military instructors arrived.", "100 Russian military instructors", 100, "troops"),
    # persons are people whatever befell them (the noun stays in the text); armed personnel of any service, troops
    ("Gunmen still held 41 hostages at the prison.", "41 hostages", 41, "people"),
    ("The camp shelters 12,000 refugees from the north.", "12,000 refugees", 12_000, "people"),
    ("Police arrested 13 people at the studio.", "13 people", 13, "people"),
    ("The navy sent 4,500 sailors to the Caribbean.", "4,500 sailors", 4_500, "troops"),
    ("Peru sent 300 police officers to the border.", "300 police officers", 300, "troops"),
])
def test_units_and_values(analyse, sentence, text, value, unit):
    q = one(quantities_of(analyse, sentence), text)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_unit_inferred_from_the_previous_quantity(analyse):
    found = quantities_of(analyse, "The navy keeps 40 ships in the sea. That is 6 more than last year.")
    q = one(found, "6 more")
    assert q.unit == "ships" and q.rule == "quantity.inferred_unit"


def test_dates_and_names_are_no_quantities(analyse):
    found = quantities_of(analyse, "In 2014 the Nord Stream 2 consortium met on 3 March at 10 a.m.")
    assert found == []


def test_casualties_name_what_happened(analyse):
    q = one(quantities_of(analyse, "At least 17 civilians were killed in the shelling."), "17 civilians")
    assert q.unit == "deaths"
    q = one(quantities_of(analyse, "A mortar round hit the depot, injuring three guards."), "three guards")
    assert q.unit == "injured"


def test_values_are_exact(analyse):
    q = one(quantities_of(analyse, "The council set aside 16.6 billion hryvnias."), "16.6 billion hryvnias")
    assert q.value == 16_600_000_000  # no float residue: goldens compare values exactly


def test_repeated_violations(analyse):
    found = quantities_of(analyse, "The militia violated the truce more than 12 times overnight.")
    assert one(found, "12 times").unit == "ceasefire violations"


def test_number_of_at_takes_the_counted_noun_and_its_claimant(analyse):
    text = "Senator Lea Moreau spoke on Monday.\n\nShe put the number of troops in the region at 4,500, up from 3,000."
    found = quantities_of(analyse, text)
    first = next(q for q in found if q.value == 4_500)
    assert first.unit == "troops" and first.rule == "quantity.number_of"
    assert first.claimed_by is not None and first.claimed_by.name == "Lea Moreau"


def test_claimed_by_the_quote_speaker(analyse):
    found = quantities_of(analyse, '"We have seen 60,000 soldiers at the border," Hanna Weber said.')
    assert one(found, "60,000 soldiers").claimed_by.text == "Hanna Weber"


def test_claimed_by_the_reporting_subject(analyse):
    text = "Chancellor Olaf Scholz met the press.\n\nHe said that the alliance would send 5,000 troops."
    q = one(quantities_of(analyse, text), "5,000 troops")
    assert q.claimed_by is not None and q.claimed_by.name == "Olaf Scholz"


def test_unclaimed_quantity(analyse):
    assert one(quantities_of(analyse, "The ferry carried 300 people."), "300 people").claimed_by is None


def test_a_count_a_casualty_verb_takes_is_a_casualty(analyse):
    found = quantities_of(analyse, "The raids had killed five of the group's fighters and wounded six.")
    assert (one(found, "five").unit, one(found, "six").unit) == ("deaths", "injured")
