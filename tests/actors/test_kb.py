"""The knowledge base: every UN member state, office holders by date, user files."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from brinkwatch.actors import ActorKB, KBEntry, default_kb
from brinkwatch.actors.kb import DATA_DIR
from brinkwatch.errors import BrinkwatchError

D = dt.date

# The 193 UN member states by ISO alpha-3, plus the five other states the KB must know.
UN_MEMBERS = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ
ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX
FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK
TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split()
OTHER_STATES = ["TWN", "XKX", "PSE", "ESH", "VAT"]


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def test_un_member_list_is_complete():
    assert len(set(UN_MEMBERS)) == 193


@pytest.mark.parametrize("code", UN_MEMBERS + OTHER_STATES)
def test_every_state_resolves_by_name_demonym_and_capital(kb, code):
    raw = kb.raw[f"country:{code}"]
    by_name = kb.lookup(raw["name"])
    assert by_name is not None and by_name.country == code and by_name.kind == "country"
    assert by_name.sector is None
    for capital in raw["capitals"]:
        entry = kb.lookup(capital)
        assert entry is not None and entry.country == code, capital
        if kb.lookup(capital).id == f"country:{code}" and capital not in (raw["name"], *raw["aliases"]):
            assert entry.sector == "GOV"  # the capital stands for the government (not in city-states)
    assert raw["capitals"] or code in ("BEL",), f"{code} has no capital"  # Brussels is a shared seat
    for demonym in raw["demonyms"]:
        entry = kb.lookup(demonym)
        assert entry is not None and entry.country == code, demonym


def test_brussels_is_a_seat_of_bodies(kb):
    entry = kb.lookup("Brussels")
    assert entry is not None and entry.country == "EUR"


@pytest.mark.parametrize("text,code", [
    ("Russians", "RUS"), ("Ukrainian", "UKR"), ("U.S.", "USA"), ("the United States", "USA"), ("America", "USA"),
    ("Britain", "GBR"), ("U.K.", "GBR"), ("Kiev", "UKR"), ("Beijing", "CHN"), ("the Kremlin", "RUS"),
    ("White House", "USA"), ("Downing Street", "GBR"), ("Türkiye", "TUR"), ("Burma", "MMR"), ("DRC", "COD"),
    ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Czechia", "CZE"), ("Swaziland", "SWZ"), ("Holy See", "VAT"),
    ("Kosovar", "XKX"), ("Palestinians", "PSE"), ("Sahrawi", "ESH"), ("Taiwanese", "TWN"), ("Emirati", "ARE"),
])
def test_aliases_and_demonyms(kb, text, code):
    entry = kb.lookup(text)
    assert entry is not None and entry.country == code


def test_lowercase_pronoun_us_is_not_the_united_states(kb):
    assert kb.lookup("us") is None
    assert kb.lookup("US").country == "USA"


@pytest.mark.parametrize("text,code,sector", [
    ("NATO", "NATO", "IGO"), ("Nato", "NATO", "IGO"), ("European Union", "EUR", "IGO"), ("EU", "EUR", "IGO"),
    ("United Nations", "UNO", "IGO"), ("UN Security Council", "UNO", "IGO"), ("OSCE", "OSCE", "IGO"),
    ("African Union", "AU", "IGO"), ("ASEAN", "ASEAN", "IGO"), ("IAEA", "IAEA", "IGO"), ("G7", "G7", "IGO"),
    ("G20", "G20", "IGO"), ("World Health Organization", "WHO", "IGO"), ("IMF", "IMF", "IGO"),
    ("World Bank", "WBK", "IGO"), ("International Criminal Court", "ICC", "JUD"), ("ICJ", "ICJ", "JUD"),
    ("Arab League", "ARL", "IGO"), ("GCC", "GCC", "IGO"), ("CSTO", "CSTO", "IGO"), ("SCO", "SCO", "IGO"),
    ("BRICS", "BRICS", "IGO"), ("ECOWAS", "ECOWAS", "IGO"),
])
def test_international_bodies(kb, text, code, sector):
    entry = kb.lookup(text)
    assert entry is not None and (entry.country, entry.sector, entry.kind) == (code, sector, "org")


@pytest.mark.parametrize("text,code,sector", [
    ("Wagner", "RUS", "MIL"), ("Hamas", "PSE", "REB"), ("Hezbollah", "LBN", "REB"), ("the Houthis", "YEM", "REB"),
    ("RSF", "SDN", "REB"), ("Taliban", "AFG", "REB"), ("ISIS-K", "AFG", "REB"),
    ("al-Shabaab", "SOM", "REB"), ("Boko Haram", "NGA", "REB"), ("PKK", "TUR", "REB"), ("M23", "COD", "REB"),
    ("Donetsk People's Republic", "UKR", "REB"), ("LPR", "UKR", "REB"),
])
def test_armed_groups(kb, text, code, sector):
    entry = kb.lookup(text)
    assert entry is not None and (entry.country, entry.sector, entry.kind) == (code, sector, "group")


@pytest.mark.parametrize("text", ["Islamic State", "ISIS", "Daesh", "al-Qaeda"])
def test_transnational_groups_have_no_country(kb, text):
    # the GSR codes them IMG (an international militarised group): their fighters in Mozambique or Mali are
    # not Iraq's or Afghanistan's; the provinces with a home (ISWAP, ISIS-K, AQAP) keep it
    entry = kb.lookup(text)
    assert entry is not None and (entry.country, entry.sector, entry.kind) == (None, "REB", "group")


def test_biden_by_date(kb):
    vp = kb.lookup("President Biden", on=D(2015, 6, 1))
    assert vp == KBEntry("person:joe-biden", "Joe Biden", "person", "USA", "GOV", "Vice President")
    president = kb.lookup("President Biden", on=D(2022, 2, 15))
    assert president.office == "President"
    assert kb.lookup("Joe Biden", on=D(2022, 2, 15)) == president


@pytest.mark.parametrize("day,name", [(D(2015, 1, 1), "Jens Stoltenberg"), (D(2022, 2, 15), "Jens Stoltenberg"),
                                      (D(2024, 9, 30), "Jens Stoltenberg"), (D(2024, 10, 2), "Mark Rutte"),
                                      (D(2014, 5, 1), "Anders Fogh Rasmussen")])
def test_nato_secretary_general_by_date(kb, day, name):
    entry = kb.lookup("NATO Secretary General", on=day)
    assert entry is not None and entry.name == name and entry.country == "NATO" and entry.sector == "IGO"


def test_rutte_was_dutch_prime_minister_before_nato(kb):
    assert kb.lookup("Mark Rutte", on=D(2020, 1, 1)).country == "NLD"
    assert kb.lookup("Rutte", on=D(2025, 1, 1)).country == "NATO"


@pytest.mark.parametrize("text,day,name", [
    ("the German chancellor", D(2022, 2, 15), "Olaf Scholz"), ("German Chancellor", D(2019, 1, 1), "Angela Merkel"),
    ("German chancellor", D(2025, 6, 1), "Friedrich Merz"), ("Russia's foreign minister", D(2022, 2, 15), "Sergei Lavrov"),
    ("Ukrainian defence minister", D(2022, 6, 1), "Oleksii Reznikov"), ("Ukrainian defense minister", D(2024, 1, 1), "Rustem Umerov"),
    ("US Secretary of State", D(2022, 2, 15), "Antony Blinken"), ("US Secretary of State", D(2019, 1, 1), "Mike Pompeo"),
    ("British Prime Minister", D(2022, 10, 1), "Liz Truss"), ("UN Secretary-General", D(2022, 2, 15), "António Guterres"),
    ("the UN chief", D(2016, 1, 1), "Ban Ki-moon"), ("the Russian leader", D(2022, 2, 15), "Vladimir Putin"),
    ("Kremlin spokesman", D(2022, 2, 15), "Dmitry Peskov"), ("State Department spokesperson", D(2022, 2, 15), "Ned Price"),
    ("EU foreign policy chief", D(2022, 2, 15), "Josep Borrell"), ("Israeli Prime Minister", D(2022, 8, 1), "Yair Lapid"),
])
def test_office_holders_by_date(kb, text, day, name):
    entry = kb.lookup(text, on=day)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize("text,day,name,code,sector", [
    ("Sergei Shoigu", D(2022, 2, 15), "Sergei Shoigu", "RUS", "MIL"),
    ("Shoigu", D(2025, 1, 1), "Sergei Shoigu", "RUS", "GOV"),
    ("Maria Zakharova", D(2022, 2, 15), "Maria Zakharova", "RUS", "GOV"),
    ("Igor Konashenkov", D(2022, 2, 15), "Igor Konashenkov", "RUS", "MIL"),
    ("Julianne Smith", D(2022, 2, 15), "Julianne Smith", "USA", "GOV"),
    ("Sen. Chuck Schumer", D(2022, 2, 15), "Chuck Schumer", "USA", "LEG"),
    ("McConnell", D(2022, 2, 15), "Mitch McConnell", "USA", "LEG"),
    ("Zelenskyy", D(2022, 2, 15), "Volodymyr Zelensky", "UKR", "GOV"),
    ("Annalena Baerbock", D(2022, 2, 15), "Annalena Baerbock", "DEU", "GOV"),
    ("Lloyd Austin", D(2022, 2, 15), "Lloyd Austin", "USA", "MIL"),
    ("Ahmed al-Sharaa", D(2023, 1, 1), "Ahmed al-Sharaa", "SYR", "REB"),
    ("Ahmed al-Sharaa", D(2025, 6, 1), "Ahmed al-Sharaa", "SYR", "GOV"),
    ("Hemedti", D(2024, 1, 1), "Mohamed Hamdan Dagalo", "SDN", "REB"),
])
def test_people(kb, text, day, name, code, sector):
    entry = kb.lookup(text, on=day)
    assert entry is not None and (entry.name, entry.country, entry.sector) == (name, code, sector)


def test_unknown_names_stay_unknown(kb):
    assert kb.lookup("John Q. Nobody") is None
    assert kb.lookup("Zzyzx") is None


def _write(path, data) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_user_file_adds_and_overrides(tmp_path):
    extra = _write(tmp_path / "actors.json", {"version": "test", "entries": [
        {"id": "person:jane-roe", "name": "Jane Roe", "kind": "person", "gender": "f", "country": "CAN", "sector": "GOV",
         "terms": [{"office": "Minister of Lighthouses", "start": "2030-01-01"}]},
        {"id": "country:RUS", "name": "Russian Federation", "kind": "country", "country": "RUS", "sector": None,
         "aliases": ["Rossiya"], "demonyms": ["Russian"], "capitals": ["Moscow"]},
    ]})
    kb = ActorKB.load(extra)
    assert kb.lookup("Jane Roe").country == "CAN"
    assert kb.lookup("Canadian Minister of Lighthouses", on=D(2031, 1, 1)).name == "Jane Roe"
    assert kb.lookup("Canadian Minister of Lighthouses", on=D(2029, 1, 1)) is None
    assert kb.lookup("Rossiya").name == "Russian Federation"
    assert kb.lookup("Moscow").name == "Russian Federation"
    assert kb.version.endswith("+test")
    assert ActorKB.load().lookup("Jane Roe") is None


@pytest.mark.parametrize("content", ["{not json", json.dumps({"entries": [{"id": "x", "kind": "person"}]}),
                                     json.dumps({"entries": [{"id": "x", "name": "X", "kind": "planet"}]}),
                                     json.dumps({"entries": [{"id": "x", "name": "X", "kind": "person",
                                                              "terms": [{"office": "P", "start": "soon"}]}]}),
                                     json.dumps(["not an entry"]), json.dumps({"people": []})])
def test_bad_user_file_raises(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BrinkwatchError) as info:
        ActorKB.load(path)
    assert info.value.code == "E011"


def test_missing_user_file_raises(tmp_path):
    with pytest.raises(BrinkwatchError) as info:
        ActorKB.load(tmp_path / "absent.json")
    assert info.value.code == "E011"


def test_default_kb_honours_setting(tmp_path, monkeypatch):
    extra = _write(tmp_path / "a.json", [{"id": "org:acme", "name": "Acme Militia", "kind": "group",
                                          "country": "ZZZ", "sector": "REB"}])
    monkeypatch.setenv("BRINKWATCH_ACTORS", extra)
    assert default_kb().lookup("Acme Militia").sector == "REB"
    monkeypatch.delenv("BRINKWATCH_ACTORS")
    assert default_kb().lookup("Acme Militia") is None


def test_packaged_data_is_valid_and_ids_unique():
    ids = []
    for path in DATA_DIR.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        ids += [e["id"] for e in data.get("entries", [])]
    assert len(ids) == len(set(ids))
    assert len(ids) > 900


def test_out_of_office_has_no_office_sector(kb):
    entry = kb.lookup("Joe Biden", on=D(2019, 6, 1))
    assert (entry.country, entry.sector, entry.office) == ("USA", None, None)
    assert kb.lookup("Alexei Navalny", on=D(2025, 1, 1)).sector == "OPP"  # not an office
    assert kb.lookup("Joe Biden").office == "President"  # no date: the latest office


def test_office_holders_added_in_the_sixth_session(kb):
    import datetime as dt

    asif = kb.lookup("Defence Minister Khawaja Asif", on=dt.date(2025, 5, 1))
    assert asif is not None and asif.country == "PAK"
    assert kb.lookup("Irish Taoiseach", on=dt.date(2025, 5, 1)).name == "Micheál Martin"
    assert kb.lookup("Ali", on=dt.date(2025, 5, 1)) is None  # a bare common name names no one


@pytest.mark.parametrize("text, code", [("Balochistan Liberation Army", "PAK"), ("the Sinaloa Cartel", "MEX"),
                                        ("Tren de Aragua", "VEN"), ("SPLM-IO", "SSD"), ("the Resistance Front", "IND")])
def test_armed_groups_added_in_the_sixth_session(kb, text, code):
    assert kb.code_of(text) == code
