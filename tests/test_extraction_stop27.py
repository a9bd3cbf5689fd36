"""Stop 27's rules, each on a hand-written report. Each case failed on the code of stop 26
(commit 246f11d), except where a comment says it guards a rule's reach."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import incidents as _extract


def test_men_captured_by_their_killers_are_hostages_not_arrests(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Seven soldiers were killed when Taliban militants attacked a checkpost in Kurram "
        "Agency on February 3, reports Dawn. “We have killed seven FC soldiers and captured "
        "four others alive,” a Taliban spokesman said.")
    assert incident["arrested"]["best"] is None
    assert incident["kidnapped"]["best"] == 4


def test_villagers_rounded_up_by_militants_are_no_arrest(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Suspected militants killed a headmaster in a village in East Garo Hills District on "
        "August 16, reports The Shillong Times. The headmaster was at home when the armed "
        "militants came and rounded up the villagers.")
    assert incident["arrested"]["best"] is None
    assert incident["killed"]["best"] == 1


def test_suspects_rounded_up_by_police_are_arrested(resources: Resources) -> None:
    # guards the rule's reach: a state force in the sentence
    (incident,) = _extract(
        resources,
        "Police rounded up three militants after a raid in Kupwara District on May 4, "
        "reports Daily Excelsior.")
    assert incident["arrested"]["best"] == 3


def test_an_arrest_avoided_holds_no_one(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two soldiers were killed when a militant commander blew himself up during a raid in "
        "Darel on March 17, reports Dawn. “The terrorist blew himself up to avoid arrest,” a "
        "security official said.")
    assert incident["arrested"]["best"] is None


def test_a_cleric_named_by_his_title_is_a_religious_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Unidentified assailants attacked Maulana Abdul Karim, a leader of a religio political "
        "party, near a railway station in Karachi on March 4, injuring him and killing his "
        "security guard, reports The News.")
    assert incident["target_type"] == "religious_figures_institutions"


def test_a_militant_commander_with_a_clerics_title_is_the_groups_man(
        resources: Resources) -> None:
    # guards the rule's reach: only militants were hurt
    (incident,) = _extract(
        resources,
        "Unidentified assailants shot dead a senior Taliban ‘commander’ Maulvi Abdul Karim in "
        "Kuchlak area of Quetta on January 8, reports Daily Times.")
    assert incident["target_type"] == "terrorists_non_state_militia"
