"""Stop 26's rules, each on a hand-written report: a number word before "dozen" multiplies it;
a like act a place "had" seen before is background; the same victims told again with the
sides the first telling left unknown take those sides; a person joined by "and the" is of
the side the noun says.
Each case failed on the code of stop 25 (commit 10561e6), except where a comment says it
guards a rule's reach."""

from __future__ import annotations

from eventwatch.extract.numbers import find_numbers
from eventwatch.resources import Resources
from extraction_cases import incidents as _extract


def test_a_number_word_before_dozen_multiplies_it() -> None:
    found = [(q.text, q.low, q.high) for q in find_numbers(
        "More than two dozen cadres and two to three dozen villagers; a dozen men")]
    assert found == [("More than two dozen", 24, 24), ("two to three dozen", 24, 36),
                     ("a dozen", 12, 12)]


def test_two_dozen_wounded_count_twenty_four(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Over two dozen villagers were injured when militants attacked a wedding party in "
        "Bannu District on May 3, reports Dawn.")
    assert incident["wounded"]["low"] == 24
    assert incident["wounded"]["best"] is None


def test_a_like_act_the_place_had_seen_before_is_background(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Four persons were injured on February 3 as a passenger bus was hit by a landmine "
        "blast triggered by Maoists in Narayanpur District, reports The Hindu. Last year on "
        "April 18, a passenger bus had escaped a similar low intensity landmine blast on the "
        "same route.")
    assert len(incidents) == 1
    assert incidents[0]["wounded"]["best"] == 4


def test_in_a_similar_incident_still_opens_a_new_one(resources: Resources) -> None:
    # guards the rule's reach: no "had" before "a similar"
    incidents = _extract(
        resources,
        "A policeman was shot dead by militants in Bannu District on May 3, reports Dawn. In "
        "a similar incident, militants shot dead a trader in Lakki Marwat District on May 3.")
    assert len(incidents) == 2


def test_the_same_victims_told_again_with_their_sides(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Four persons, including a woman, were injured on February 3 when a landmine blast "
        "hit a bus in Narayanpur District, reports The Hindu. Four civilians, including a "
        "woman and the bus conductor, sustained minor injuries in the blast, a Police "
        "official said.")
    assert incident["wounded"]["best"] == 4
    assert incident["wounded"]["by_category"] == {"civilians": 4}
    assert any(e["field"] == "wounded" and e["text"].startswith("Four civilians")
               for e in incident["evidence"])


def test_a_later_telling_that_leaves_a_side_out_keeps_the_first(resources: Resources) -> None:
    # guards the rule's reach: the later figure must keep every side the first told
    (incident,) = _extract(
        resources,
        "Four persons, including a policeman, were injured on February 3 when a landmine "
        "blast hit a bus in Narayanpur District, reports The Hindu. Four civilians sustained "
        "minor injuries in the blast, a Police official said.")
    assert incident["wounded"]["by_category"] == {"security_forces": 1, "unknown": 3}


def test_a_person_joined_by_and_the_is_of_the_side_the_noun_says(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants fired upon a tea garden vehicle in Tinsukia District on November 16, "
        "reports The Sentinel. A policeman and the driver sustained bullet injuries.")
    assert incident["wounded"]["by_category"] == {"security_forces": 1, "civilians": 1}


def test_a_companion_stays_of_the_victims_side(resources: Resources) -> None:
    # guards the rule's reach: "his driver" is a companion, read as before
    (incident,) = _extract(
        resources,
        "Militants fired upon a vehicle in Tinsukia District on November 16, reports The "
        "Sentinel. A Maoist commander and his aide sustained bullet injuries.")
    assert incident["wounded"]["by_category"] == {"militants": 2}
