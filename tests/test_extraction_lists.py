"""How many people a list of victims or arrested holds (people joined by "and" to one counted,
people named after their number, who counts on which side), how a toll and the deaths told
after it add up, and what a site set on fire was.  Hand-written reports; each case failed on
the code of the stop before it was added (stop 19's code for the first), except where a
comment says it guards a rule's reach."""

from __future__ import annotations

import pytest

from eventwatch.resources import Resources
from extraction_cases import figures
from extraction_cases import incidents as _extract


@pytest.mark.parametrize(("text", "measure", "low"), [
    # a title before the second name: "and Constable Amresh Kumar were killed"
    ("A Border Security Force (BSF) Assistant Commandant Gajender Singh and Constable Amresh "
     "Kumar were killed when Maoists triggered an IED in Kanker District on March 7.",
     "killed", 2),
    # an accomplice is one more, as an aide or associate is
    ("A high value terrorist Mehmoodul Hassan alias Khwaja Madni and his accomplice from the "
     "Sajna group were killed in an operation in Jandola on March 31.", "killed", 2),
    # the members of a group named right after its number are no more people (these two
    # guard the reach of the rule above: they held on stop 19's code)
    ("Two suppliers Dipak Kumar Singh and Bikram Kumar Singh were arrested during a raid at "
     "Adamapur village in Rohtas District on September 10.", "arrested", 2),
    ("Two RAB personnel Corporal Mohammed Ali and Lance Corporal Nuruzzaman were also injured "
     "in the gunfight in Jhenidah District on July 12.", "wounded", 2),
    ("Two youths, Sudhindra and his friend Vignesh were kidnapped on June 8 outside the "
     "Mahajana College in Mysore.", "kidnapped", 2),
    # a person joined after the group, with a title, is one more
    ("Two soldiers and Sepoy Ram Kumar were killed when militants attacked a post in Kupwara "
     "District on June 2.", "killed", 3),
])
def test_people_joined_or_named_in_a_list(resources: Resources, text: str, measure: str,
                                          low: int) -> None:
    assert figures(resources, text, measure) == [low]


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # "another sustained injuries" is one more wounded
    ("A soldier was killed and another sustained injuries when militants opened fire on a "
     "check post in the Rajgal area of Khyber Agency on October 3.", 1, 1),
    # the victims told again, all as wounded, then one succumbing: the toll already held it
    ("A man was killed and another sustained injuries when unidentified motorcyclists fired at "
     "them in Hangu District on August 29. Sources said that the assailants shot and injured "
     "Hanif Jan and Muhammad Karim. They were taken to the District Headquarters Hospital "
     "where Muhammad Karim succumbed to his injuries.", 1, 1),
    # "Of the three persons injured, one died": the dead and wounded of the toll are three
    # (guards the reach of the two rules above: it held on stop 19's code)
    ("Miscreants lobbed a petrol bomb at a house in Dhubri town on September 8, leading to "
     "clashes which left one person dead and two others injured. Of the three persons "
     "injured, one died on the way to hospital, said the Inspector General of Police.",
     1, 2),
    # "He died later": one of the wounded died
    ("Unknown armed militants shot at and injured Superintendent of Police Shahnawaz Khan in "
     "Satellite Town area of Quetta on May 8. He died later.", 1, 0),
    # a victim's two verbs: "attacked with sharp objects and killed"
    ("A youth leader was allegedly attacked with sharp objects and killed by Maoist cadres "
     "in Bijapur District on March 27.", 1, None),
])
def test_a_toll_and_the_deaths_told_after_it(resources: Resources, text: str, killed: int,
                                              wounded: int | None) -> None:
    (incident,) = _extract(resources, text)
    assert (incident["killed"]["best"], incident["wounded"]["best"]) == (killed, wounded)


def test_where_opens_a_clause(resources: Resources) -> None:
    # "the attack of November 26 where five Indian soldiers were seriously injured": the five
    # of the clause after "where" (guards the reach of the rule: it held on stop 19's code)
    (incident,) = _extract(
        resources, "The UNLFW claimed responsibility for the attack of November 26 where five "
        "Indian soldiers were seriously injured, reports The Morung Express. The soldiers were "
        "patrolling near Sajik Tampak village of Chandel District when a remote controlled bomb "
        "detonated near them, while the militants opened fire with automatic rifles. A group "
        "of PLA cadres attacked the 21 Para Regiment. Five or more Indian soldiers are "
        "seriously injured, it said.")
    assert incident["wounded"]["low"] == 5


def test_a_woman_named_with_her_group_is_its_member(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Three women Communist Party of India Maoist (CPI Maoist) cadres were killed "
        "in an encounter with Security Forces in Sukma District on June 18.")
    assert incident["killed"]["by_category"] == {"militants": 3}


def test_a_site_set_on_fire_where_no_weapon_is_named(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "An unidentified group on April 13 set fire to the printing press of The "
        "Uthayan newspaper office in Jaffna District. The paper has survived repeated attacks "
        "in the past. The group stormed the office and chased away the employees before "
        "setting fire to the printing press.")
    assert (incident["attack_type"], incident["secondary_attack_types"]) == (
        "facility_attack", [])


def test_guards_of_a_university_are_civilians(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Unidentified attackers killed two guards of Badakhshan University in "
        "front of the University Gate in Faizabad on August 23.")
    assert incident["killed"]["by_category"] == {"civilians": 2}


def test_a_linkman_is_counted_on_no_side(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "An over ground worker of the GNLA, identified as Masan Marak (59), was "
        "arrested in West Garo Hills District on March 22. According to the BSF the arrested "
        "linkman was waiting for a GNLA area commander at a waiting shed.")
    assert (incident["arrested"]["best"], incident["arrested"]["by_category"]) == (1, {})


def test_a_weight_with_a_multiplier_is_no_count(resources: Resources) -> None:
    assert figures(resources, "Six militants along with 25 thousand kilogrammes explosives "
                   "were arrested from a poultry farm in Mandi Bahauddin District on November "
                   "9.", "arrested") == [6]


def test_a_quoted_role_after_a_groups_acronym_is_its_member(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Security Forces (SFs) killed one Lashkar e Toiba (LeT) ‘commander’ in "
        "Lolab area in Kupwara District on October 24.")
    assert incident["killed"]["by_category"] == {"militants": 1}


@pytest.mark.parametrize(("text", "measure", "low"), [
    # a relative clause with its own verb, closed by the main verb without a comma
    ("Three youths from Pune, identified as Adarsh Patil, Vilas Valake and Shrikrushna "
     "Shewale who were on a peace cycle rally from Pune to Malkangiri were allegedly abducted "
     "by Maoists at Bijapur District on January 2.", "kidnapped", 3),
    ("Two civilians who were also at the shop were injured when militants hurled a grenade "
     "in Sopore on May 2.", "wounded", 2),
])
def test_the_people_before_a_relative_clause(resources: Resources, text: str, measure: str,
                                             low: int) -> None:
    (incident,) = _extract(resources, text)
    assert incident[measure]["low"] == low


def test_one_person_told_twice_with_and_also_is_one(resources: Resources) -> None:
    assert figures(resources, "A cadre of the Ahl e Sunnat Wal Jamaat (ASWJ) and also an "
                   "activist of the Muttahida Deeni Mahaz (MDM), Hafiz Mohammad Sajjad, was shot "
                   "dead by unidentified assailants in Karachi on May 15.", "killed") == [1]
