"""Stop 26's rules, each on a hand-written report: a number word before "dozen" multiplies it; a
like act a place "had" seen before is background; the same victims told again with the sides
the first telling left unknown take those sides; a person joined by "and the" or "and a" is of
the side the noun says; the rest of a summary keeps the sides it named less those of the
victims described; two adjectives joined by "and" qualify the noun; members named after
"identified as one" are no one more; an acronym with its noun closes a member of a breakdown;
the side of all told after them; a person word inside a party's name is no one; an "-ing" form
after "is" counts no one; activists "underground" are militants; a force whose man "was
attacked" is the target; a state force is named by its whole name, and one firing abroad aims
at what it fired on; a part of a summary may open with its rank, and the rest of a summary
counts only the rest for every measure; Adivasis are civilians, the giver of the details told
is no target, and one member of an armed group is a militant, and so is one named by a quoted
rank after his group; the detained told by what they did are no arrest; the toll's men told
wounded and then dying as "the injured" are in the toll; a long-described person joined so is
of his side; a list may open with an office and a name, and "two of his men" are of his side;
members counted before an armed group's name are militants, and cadres of a unit named between
the group and their verb leave the group the doer; a sentence "until death" kills no one, and
one named object takes the side of his title; the first incident counted again after another
is the first; a force named with no word of aim gives no target over civilian victims, and one
that launched an operation is no target. Each case failed on the code of stop 25 (commit
10561e6), except where a comment says it guards a rule's reach."""

from __future__ import annotations

from eventwatch.extract.numbers import find_numbers
from eventwatch.resources import Resources
from extraction_cases import incidents as _extract
from extraction_cases import sentence_figures


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
    # guards the rule's reach: "his aide" is a companion, read as before
    (incident,) = _extract(
        resources,
        "Militants fired upon a vehicle in Tinsukia District on November 16, reports The "
        "Sentinel. A Maoist commander and his aide sustained bullet injuries.")
    assert incident["wounded"]["by_category"] == {"militants": 2}


def test_the_rest_of_a_summary_keeps_the_sides_it_named(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "At least seven persons, including two activists of the Muttahida Qaumi Movement "
        "(MQM) and a Police Constable, were killed in separate incidents in Karachi on June "
        "12, reports The News. An MQM activist, identified as Muslim Noor Ahmed, was shot "
        "dead near the Qatar Hospital in Orangi Town.")
    rest = next(i for i in incidents if i["killed"]["best"] == 6)
    assert rest["killed"]["by_category"] == {"civilians": 1, "security_forces": 1,
                                             "unknown": 4}


def test_the_rest_of_a_summary_after_victims_of_no_side_has_none(
        resources: Resources) -> None:
    # guards the rule's reach: the described victims might be the policemen
    incidents = _extract(
        resources,
        "At least 12 persons, including two Policemen, were killed in separate incidents in "
        "Karachi on February 11, reports Daily Times. Three persons were killed in an armed "
        "attack at a welfare office within the limits of Ahsanabad Police Station.")
    rest = next(i for i in incidents if i["killed"]["best"] == 9)
    assert rest["killed"]["by_category"] == {}


def test_two_adjectives_joined_by_and_qualify_the_noun(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "28 local and foreign militants were killed in air strikes in the Shawal Valley of "
        "North Waziristan Agency on July 20, reports The News.")
    assert incident["killed"]["by_category"] == {"militants": 28}


def test_members_named_after_identified_as_one_are_no_one_more(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two Nationalist Socialist Council of Nagaland Khole Kitovi (NSCN Khole Kitovi) "
        "cadres, identified as one sergeant major Thangboi and corporal Jackson Kuki, were "
        "killed when NSCN K cadres attacked their camp in Peren District on February 5.")
    assert incident["killed"]["best"] == 2
    assert incident["killed"]["by_category"] == {"militants": 2}


def test_an_acronym_with_its_noun_closes_a_member_of_a_breakdown(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "11 persons, including six Army personnel, four Border Security Force (BSF) troopers "
        "and a civilian porter working with Army were injured in Pakistani shelling in "
        "Poonch District on November 23, reports Daily Excelsior.")
    assert incident["wounded"]["best"] == 11
    assert incident["wounded"]["by_category"] == {"security_forces": 10, "civilians": 1}


def test_the_side_of_all_told_after_them(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least 17 persons, all believed to be suspected militants, were killed in US drone "
        "attacks in South Waziristan Agency on January 6, reports The News.")
    assert incident["killed"]["by_category"] == {"militants": 17}


def test_a_person_word_inside_a_party_name_is_no_one(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The Kurram Agency Pakistan People’s Party (PPP) President Hamid Hussain Toori was "
        "shot dead by unidentified assailants in Parachinar town of Kurram Agency on July "
        "12, reports Dawn.")
    assert incident["killed"]["by_category"] == {"civilians": 1}


def test_an_ing_form_after_is_counts_no_one() -> None:
    text = "Now the disguise is kidnapping, extortion and intimidation."
    assert sentence_figures(text) == []


def test_underground_activists_are_militants(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two underground activists including an NSCN IM cadre have been arrested by State "
        "Police in Thoubal District on August 18, reports Nagaland Post.")
    assert incident["arrested"]["by_category"] == {"militants": 2}


def test_a_force_whose_man_was_attacked_is_the_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A BSF trooper was attacked by the Maoists in Pankhanjur town of Kanker District on "
        "February 13, reports The Hindu.")
    assert incident["target_type"] == "military"


def test_a_state_force_is_named_by_its_whole_name(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Pakistan Army on May 12 resorted to ceasefire violation on the Line of Control (LoC) "
        "at Sabjian sector of Poonch District but there were no casualties in the firing, "
        "reports Daily Excelsior.")
    assert [p["actor"] for p in incident["perpetrators"]] == ["Pakistan Army"]


def test_a_state_force_firing_abroad_aims_at_what_it_fired_on(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Pakistan army resorted to heavy mortar shelling on forward Indian posts in Baba "
        "Khori area along the Line of Control in Rajouri District on February 2, reports "
        "Daily Excelsior.")
    assert incident["target_type"] == "military"


def test_a_state_force_at_home_keeps_the_operation_aim(
        resources: Resources) -> None:
    # guards the rule's reach: a force in its own country
    (incident,) = _extract(
        resources,
        "Indian Army troops killed two militants in an encounter in Kupwara District on "
        "May 17, reports Daily Excelsior.")
    assert incident["target_type"] == "terrorists_non_state_militia"


def test_a_part_of_a_summary_opened_by_its_rank(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "The Sindh Police killed 12 terrorists in two separate encounters in Pipri area and "
        "Gadap Town of Karachi on February 22, reports The News. In the first encounter, at "
        "least eight militants were killed in Pipri area of Bin Qasim Town. Eight militants "
        "were killed on the spot while four others, who fled the scene, were killed in Gadap "
        "area, said SSP Rao Anwaar. In the second encounter, at least four militants were "
        "killed in Gadap Town.")
    assert sorted((i["place"]["name"], i["killed"]["low"]) for i in incidents) == [
        ("Gadap", 4), ("Pipri", 8)]


def test_the_rest_of_a_summary_of_abductions_counts_only_the_rest(
        resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Militants abducted nine people in two separate incidents from Zhob District on "
        "January 4, reports Dawn. In the first incident, militants intercepted a passenger "
        "bus and took away five people with them. In the second incident of kidnapping, the "
        "militants abducted four other people, who were travelling to Quetta from Islamabad.")
    assert sum(i["kidnapped"]["best"] or 0 for i in incidents) == 9


def test_adivasis_are_civilians_and_the_details_giver_no_target(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Suspected NDFB IKS militants killed 48 Adivasis in Sonitpur District on December 23, "
        "reports Times of India. According to the details provided by the Police, the "
        "killings started at around 5pm from Maitalubasti area.")
    assert incident["killed"]["by_category"] == {"civilians": 48}
    assert incident["target_type"] == "private_citizens"


def test_a_member_of_an_armed_group_killed_is_a_militant(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "NBPF on November 13 claimed to have killed a member of the All Adivasi National "
        "Liberation Army (AANLA) in the Ralan area of Wokha District, reports Nagaland Post. "
        "Two adivasi women were also injured in the crossfire.")
    assert incident["killed"]["by_category"] == {"militants": 1}
    assert incident["wounded"]["by_category"] == {"civilians": 2}


def test_a_quoted_rank_after_a_group_is_a_militant(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A team of militants, during a clash between two factions of the Karbi People’s "
        "Liberation Tigers (KPLT), on April 25 gunned down KPLT (Buche group) ‘chairman’ Boche "
        "Bey (28) in Karbi Anglong District, reports The Telegraph.")
    assert incident["killed"]["by_category"] == {"militants": 1}
    assert not any(p["kind"] == "state" for p in incident["perpetrators"])


def test_the_detained_told_by_what_they_did_are_no_arrest(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three militants and two soldiers were killed in a shootout at a detention centre in "
        "Peshawar on August 6, reports Dawn. Sources said that the detained militants "
        "overpowered the sentries at the detention centre.")
    assert incident["arrested"]["best"] is None and incident["arrested"]["low"] is None


def test_the_tolls_wounded_dying_as_the_injured_are_in_the_toll(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three militants and two soldiers were killed in a shootout at a detention centre in "
        "Peshawar on August 6, reports Dawn. Sources said that two guards received injuries "
        "in the firing. The injured soldiers later succumbed to their injuries.")
    assert incident["killed"]["best"] == 5
    assert incident["wounded"]["best"] is None


def test_a_long_described_person_joined_by_an_article_is_of_his_side(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Policeman and an AK 47 toting Communist Party of India Maoist (CPI Maoist) ‘area "
        "commander’ were killed in an encounter under Murhu Police Station limits in Khunti "
        "District on August 18, reports The Telegraph.")
    assert incident["killed"]["by_category"] == {"security_forces": 1, "militants": 1}


def test_a_list_opened_by_an_office_and_a_name_and_his_men(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Policeman was killed while Ranchi Senior Superintendent of Police (SSP) Prabhat "
        "Kumar, two of his men and two other Maoists were injured in an encounter in Khunti "
        "District on August 18, reports The Telegraph.")
    assert incident["wounded"]["best"] == 5
    assert incident["wounded"]["by_category"] == {"security_forces": 3, "militants": 2}


def test_members_counted_before_an_armed_groups_name_are_militants(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Police arrested three ‘suicide squad’ members of Jama atul Mujahideen Bangladesh "
        "(JMB) from Kalihati sub District of Tangail District on July 6, reports The Daily "
        "Star.")
    assert incident["arrested"]["by_category"] == {"militants": 3}


def test_cadres_of_a_unit_before_their_verb_leave_the_group_the_doer(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A group of Communist Party of India Maoist (CPI Maoist) cadres of the Sabari Dalam "
        "(armed squad) allegedly poured kerosene on a parked road roller and set it ablaze at "
        "Burkankota village in Khammam District on December 6, reports The Hindu.")
    assert [p["actor"] for p in incident["perpetrators"]] == ["Communist Party of India (Maoist)"]


def test_a_sentence_until_death_kills_no_one(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "A four member bench of the Appellate Division of the Supreme Court on March 9 "
        "commuted to jail until death Akhtaruzzaman, a militant of Jama atul Mujahideen "
        "Bangladesh (JMB) in a case over the 2005 bomb attack on a judge, reports The Daily "
        "Star.")
    assert all(i["killed"]["best"] is None for i in incidents)


def test_one_named_object_takes_the_side_of_his_title(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Police arrested Tauhidul Islam Tauhid (25), General Secretary of Chittagong city unit "
        "of Islami Chhatra Shibir (ICS), in Chawk Bazar area of Chittagong city on April 25, "
        "reports The Daily Star.")
    assert incident["arrested"]["by_category"] == {"civilians": 1}


def test_the_first_incident_counted_again_after_another(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Assam Rifles on July 30 busted an illegal detention centre run by NSCN IM in Sitiki "
        "basa village in Dimapur District and rescued two abducted civilians, reports "
        "Nagaland Post. Six NSCN IM cadres were also arrested during the operation. One of "
        "the victims was abducted at Dimapur Railway Station on June 18 after he arrived "
        "from Furkating. During the search, six NSCN IM cadres who were running the illegal "
        "detention centre were arrested.")
    assert sum(i["arrested"]["best"] or 0 for i in incidents) == 6


def test_a_force_named_with_no_aim_gives_no_target_over_civilians(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "CPI Maoist cadres shot dead a man, Kosa Madhi (38), in Kalimela Police "
        "Station area of Malkangiri District in the early hours of December 30, reports The "
        "Hindu.")
    assert incident["target_type"] == "private_citizens"


def test_a_force_that_launched_an_operation_is_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Security forces (SFs) have launched a massive operation in South Garo Hills since "
        "August 30 to rescue the son of a coal exporter who was abducted by GNLA militants "
        "on August 28 night from Chokpot area, reports The Shillong Times.")
    assert incident["target_type"] not in ("military", "police")
