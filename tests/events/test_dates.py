import datetime as dt

from brinkwatch.events.dates import find_date

PUB = dt.date(2022, 2, 15)  # Tuesday


def test_weekdays_resolve_to_the_latest_on_or_before_publication():
    assert find_date("officials said Tuesday", PUB) == "2022-02-15"
    assert find_date("the talks on Sunday ended", PUB) == "2022-02-13"
    assert find_date("Tuesday's announcement", PUB) == "2022-02-15"


def test_relative_expressions():
    assert find_date("the ministry said hours earlier", PUB) == "2022-02-15"
    assert find_date("the blockade began last week", PUB) == "2022-02-08"
    assert find_date("it happened yesterday", PUB) == "2022-02-14"
    assert find_date("three days ago the army moved", PUB) == "2022-02-12"


def test_years_and_calendar_dates():
    assert find_date("since 2014 when the peninsula was annexed", PUB) == "2014"
    assert find_date("signed on March 3, 2019 in Geneva", PUB) == "2019-03-03"
    assert find_date("talks on February 10 failed", PUB) == "2022-02-10"
    assert find_date("on 4 October 2007 the court ruled", PUB) == "2007-10-04"


def test_no_date_and_no_publication():
    assert find_date("the troops moved", PUB) is None
    assert find_date("officials said Tuesday", None) is None
    assert find_date("in 2014 the war began", None) == "2014"


def test_nearest_expression_wins():
    text = "On Monday the envoy arrived and on Friday he left"
    assert find_date(text, PUB, near=text.index("left")) == "2022-02-11"


def test_events_still_to_come_take_the_next_weekday_and_month():
    from brinkwatch.events.dates import find_date as fd

    assert fd("he will travel to Moscow on Monday", PUB, ahead=True) == "2022-02-21"
    assert fd("the leaders will meet on Tuesday", PUB, ahead=True) == "2022-02-22"
    assert fd("a vote is planned in May", PUB, ahead=True) == "2022-05"


def test_a_month_alone():
    assert find_date("In January, hackers defaced the sites", PUB) == "2022-01"
    assert find_date("fighting since March", PUB) == "2021-03"  # a later month is last year's
    assert find_date("in late December the army moved", PUB) == "2021-12"
    assert find_date("on January 5 the army moved", PUB) == "2022-01-05"


def test_earlier_month_is_background():
    from brinkwatch.events.dates import earlier_month

    assert earlier_month("2022-01", PUB) and earlier_month("2014", PUB)
    assert not earlier_month("2022-02", PUB) and not earlier_month("2022-01-30", PUB)
    assert not earlier_month(None, PUB) and not earlier_month("2022-01", None)


def test_an_asserted_event_in_an_earlier_month_is_historical():
    from .helpers import events_of

    events, _ = events_of("In January, hackers defaced about 70 Ukrainian government websites.")
    assert [(e.type, e.modality, e.date) for e in events] == [("COERCE", "historical", "2022-01")]


def test_a_relative_clause_on_another_noun_keeps_its_date():
    from .helpers import events_of

    events, _ = events_of("He also accused a US delegation that visited Niamey in March of threatening Niger.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and accuse[0].date is None and accuse[0].modality == "asserted"
    visit = [e for e in events if e.type == "CONSULT"]
    assert visit and visit[0].date == "2021-03" and visit[0].modality == "historical"  # the March before


def test_a_month_with_its_year_and_a_capitalised_year():
    assert find_date("Pakistan carried out similar strikes in March 2021.", PUB) == "2021-03"
    assert find_date("In 2019, forces launched an offensive on the capital.", PUB) == "2019"


def test_a_day_more_than_a_month_before_publication_is_background():
    from brinkwatch.events.dates import earlier_month

    assert earlier_month("2021-09-01", PUB) and earlier_month("2022-01-10", PUB)
    assert not earlier_month("2022-01-20", PUB) and not earlier_month("2022-02-14", PUB)


def test_events_dated_long_before_are_historical():
    from .helpers import events_of

    events, _ = events_of("In July 2021, Tuareg separatists ambushed a Malian army convoy near Kidal.")
    assert [(e.type, e.modality, e.date) for e in events if e.type == "ASSAULT"] == [
        ("ASSAULT", "historical", "2021-07")]


def test_last_month_is_the_calendar_month_before_and_so_background():
    import datetime as dt

    from brinkwatch.events.dates import earlier_month

    pub = dt.date(2024, 11, 21)
    assert find_date("Israel struck targets in Iran last month", pub) == "2024-10"
    assert find_date("the junta last month revoked the pact", dt.date(2024, 1, 5)) == "2023-12"
    assert earlier_month("2024-10", pub)
