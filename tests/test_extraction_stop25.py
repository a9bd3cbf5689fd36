"""Stop 25's rules, each on a hand-written report: money whose decimal point was lost ("INR 1 6
million") counts no one; a "security officer" is of the security forces; a force that
returned fire is no target, and militants hurt by that reply do not make the target a
militia where the dead are not told apart; a destination after "proceeding to" is not the
scene; an errand after "on their way to" names no target; "another was wounded" after a
first victim is of that victim's side.
Each case failed on the code of stop 24 (commit 093b0aa), except where a comment says it
guards a rule's reach."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import incidents as _extract


def test_money_with_a_lost_decimal_point_counts_no_one(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Maoist cadre with a reward of INR 2 5 million on his head was arrested by Police "
        "in Gadchiroli District on June 17, reports The Hindu.")
    assert incident["arrested"]["best"] == 1


def test_money_then_a_count_after_it_still_counts(resources: Resources) -> None:
    # guards the rule's reach: a count after the money is read
    (incident,) = _extract(
        resources,
        "Police recovered INR 5000 and arrested 4 militants in Gadchiroli District on June "
        "17, reports The Hindu.")
    assert incident["arrested"]["best"] == 4


def test_a_security_officer_is_of_the_security_forces(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A landmine blast killed a security officer in the Mamozai area of Orakzai Agency "
        "on October 1, reports Dawn.")
    assert incident["killed"]["by_category"] == {"security_forces": 1}
    assert incident["target_type"] == "military"


def test_a_blast_that_killed_a_security_officer_is_counted_beside_the_reply(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least five militants were killed as troops retaliated after a landmine blast "
        "killed a security officer in the Mamozai area of Orakzai Agency on October 1, "
        "reports Dawn.")
    assert incident["killed"]["low"] == 6
    assert incident["killed"]["by_category"] == {"militants": 5, "security_forces": 1}


def test_a_force_that_returned_fire_is_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two people were killed when unidentified militants opened fire on them near "
        "Kalapul in Jamshed Town of Karachi on May 7, reports Dawn. Police said that a "
        "patrolling Police party returned fire on the attackers, injuring one of them.")
    assert incident["target_type"] == "unknown"
    assert incident["wounded"]["by_category"] == {"militants": 1}


def test_a_force_fired_on_first_is_still_the_target(resources: Resources) -> None:
    # guards the rule's reach: the patrol was aimed at before it returned fire
    (incident,) = _extract(
        resources,
        "Militants opened fire on a Police patrol in Jamshed Town of Karachi on May 7, "
        "reports Dawn. The Police returned fire and the attackers fled.")
    assert incident["target_type"] == "police"


def test_a_destination_after_proceeding_to_is_not_the_scene(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Police arrested two NSCN IM cadres, who were collecting money from trucks "
        "proceeding to Kohima, from Wokha District on August 12, reports The Morung "
        "Express.")
    assert incident["place"]["admin2"] == "Wokha"


def test_an_errand_after_on_their_way_to_names_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Unidentified gunmen fired at a group of Girijans who were on their way to open "
        "bank accounts at Teemulabanda village in Vishakhapatnam District on May 1, reports "
        "The Hindu. No one was injured.")
    assert incident["target_type"] != "business"


def test_another_told_with_its_auxiliary_is_of_the_first_victims_side(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two Baloch Republican Army (BRA) militants were killed and another was wounded in "
        "an operation carried out by Security Forces in Panjgur District on April 27, "
        "reports Dawn.")
    assert incident["wounded"]["by_category"] == {"militants": 1}


def test_another_after_while_is_of_the_first_victims_side(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Policeman was killed while another suffered injury when militants opened fire on "
        "them near Pabbi in Nowshera District on February 17, reports Dawn.")
    assert incident["wounded"]["by_category"] == {"security_forces": 1}
