"""Stop 25's rules, each on a hand-written report: a harm nothing shows ("no indications
that he had been killed"), "inclusive of" as "including", armed people named under a report's
day only, and a town the gazetteer knows only abroad in a story that names a district of its
own country bare.  Each case failed on stop 24's code, except where a comment says it guards a
rule's reach."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import incidents as _extract


def test_a_harm_no_sign_shows_counts_no_one(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A schoolteacher was kidnapped by armed men from his house in Tura town of West Garo "
        "Hills District on June 2. Police said there were no indications that he had been "
        "killed.")
    assert incident["killed"]["best"] is None
    assert incident["kidnapped"]["best"] == 1


def test_inclusive_of_breaks_a_total_down(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "During a search operation in Gujar Khan area of Rawalpindi District on April 9, five "
        "terrorists inclusive of two commanders were arrested.")
    assert incident["arrested"]["best"] == 5


def test_armed_men_named_under_the_reports_day_tell_no_incident(
        resources: Resources) -> None:
    assert _extract(
        resources,
        "A militant leader said that armed men seen at the protest marches were not his "
        "fighters, reports The Nation on May 12.") == []


def test_armed_men_acting_on_a_day_still_tell_one(resources: Resources) -> None:
    # guards the rule's reach: the day is the act's, not the report's
    (incident,) = _extract(
        resources,
        "Heavily armed men stormed a Police post in Tank District on May 12, reports Dawn.")
    assert incident["place"]["admin2"] == "Tank"


def test_a_town_known_only_abroad_lies_in_the_district_named_bare(
        resources: Resources) -> None:
    incidents = _extract(
        resources,
        "West Garo Hills Police on May 3 arrested a man wanted for an abduction. A trader of "
        "Dalu, identified as Sanjib Das, was kidnapped on April 20.")
    kidnapping = next(i for i in incidents if i["attack_type"] == "kidnapping")
    assert kidnapping["place"]["country"] == "IN"
    assert kidnapping["place"]["admin2"] == "West Garo Hills"
