from brinkwatch.events import lexicon
from brinkwatch.events.clauses import match
from brinkwatch.events.lexicon import EVENT_TYPES, LIGHT

from .helpers import sentence


def test_every_row_has_a_known_type_and_a_valid_frame():
    lex = lexicon.load()
    assert len(lex.entries) > 300
    for entries in lex.entries.values():
        for e in entries:
            assert e.type in EVENT_TYPES or e.type == LIGHT
            assert e.pos in ("V", "N", "A")
            if e.frame == "-":
                continue
            for part in e.frame.split("&"):
                kind, _, value = part.partition("=")
                assert kind in ("prt", "prep", "obj", "objmod", "pred", "subj", "agent", "comp", "xcomp", "ocomp", "oprep",
                                "dobj", "calling", "inf"), e.rule
                if kind == "pred" and value == "quoted":
                    continue  # no class: a noun called in quotation marks
                if kind in ("obj", "objmod", "pred", "subj", "agent") or (kind == "ocomp" and value):
                    assert value in lex.classes, e.rule
                if kind == "prep" and ":" in value:
                    assert value.split(":")[1] in lex.classes, e.rule


def test_specific_frames_sort_before_the_default():
    entries = lexicon.load().candidates("withdraw", "V")
    assert entries[0].frame != "-" and entries[-1].frame == "-"


def test_bad_rows_are_rejected():
    import pytest

    with pytest.raises(ValueError):
        lexicon.parse_tsv("frobnicate\tV\t-\tDANCE\t\t\n")
    with pytest.raises(ValueError):
        lexicon.parse_tsv("shove\tV\t-\tAID\tasylum\t\n")  # AID has no modes
    with pytest.raises(ValueError):
        lexicon.parse_tsv("shove\tV\t-\tAID\t\tweather\n")


def _type(text: str, word: str) -> str | None:
    doc = sentence(text)
    tok = next(t for t in doc if t.text == word)
    m = match(tok)
    return m.entry.type if m else None


def test_frames_choose_the_type():
    assert _type("The army withdrew from the northern province.", "withdrew") == "RETREAT"
    assert _type("Washington withdrew its aid to the junta.", "withdrew") == "SANCTION"
    assert _type("The government sent troops to the border.", "sent") == "MOBILIZE"
    assert _type("The government sent food aid to the flooded region.", "sent") == "AID"
    assert _type("The two sides pulled back from the ridge.", "pulled") == "RETREAT"
    assert _type("Azerbaijan will retake the territory in the spring.", "retake") == "ASSAULT"
    assert _type("The army crushed the separatist forces in two days.", "crushed") == "ASSAULT"
    # people held or seized by armed groups are abducted (PLOVER ASSAULT/abduct); by the state, arrested
    assert _type("Militants were holding 2,000 villagers as human shields.", "holding") == "ASSAULT"
    assert _type("Gunmen seized two aid workers near the border.", "seized") == "ASSAULT"
    assert _type("Police detained two journalists in Minsk.", "detained") == "COERCE"
    assert _type("Guards mistreated the detainees in the prison.", "mistreated") == "ASSAULT"
    assert _type("Government troops captured the mosque in the old city.", "captured") == "ASSAULT"
    assert _type("The president ordered the armed forces to neutralise the gangs.", "neutralise") == "ASSAULT"
    # military action and bombing raids are force; legal action and police raids are not
    assert _type("Bogota had no plans for military action against its neighbour.", "action") == "ASSAULT"
    assert _type("The ministry threatened legal action against the newspaper.", "action") == "ACCUSE"
    assert _type("American bombing raids hit the three sites overnight.", "raids") == "ASSAULT"
    assert _type("Police raids on opposition offices continued.", "raids") == "COERCE"


def test_light_verbs_take_their_object():
    doc = sentence("The rebels launched an attack on the garrison.")
    m = match(doc[2])
    assert m is not None and m.entry.type == "ASSAULT" and m.trigger.text == "attack"
    assert match(sentence("The minister launched a website.")[2]) is None
    stepped = match(sentence("The rebels stepped up attacks on the garrison.")[2])
    assert stepped is not None and stepped.entry.type == "ASSAULT" and stepped.trigger.text == "attacks"
    assert match(sentence("The ministry stepped up its efforts.")[2]) is None


def test_statement_verbs_are_not_events():
    doc = sentence("The minister said the talks were useful.")
    assert match(doc[2]) is None
