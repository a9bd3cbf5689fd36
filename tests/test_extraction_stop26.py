"""Stop 26's rules, each on a hand-written report: a number word before "dozen" multiplies it.
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
