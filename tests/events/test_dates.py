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
