"""Stop 24's later rules (the second part of the stop), each on a hand-written report:
negated and hedged harms ("no indications that he had been killed", "None of the SF personnel
was injured"), counts (people who "sustained injuries", "and another injured", ranked names
in a list, "inclusive of", a manager and his aide, a restrictive relative clause, a
subject's post, throats slit, an age, the doers of an active verb, an "including" list,
his companion's wound, the dead told again by his role, the toll of an act referred to),
days ("two days ago", a claim's, a press conference's or a period's day, days after a
comparison), incidents (tallies of a month or of ongoing clashes, acts retold after an
arrest or a claim, armed men named under a report's day, a ransom call, bomb makers
arrested, a death reported and denied), places (a district named bare, a seat written
"City", Kachi, a town a distance away, a destination's country, not a force's name), doers
(a force named after "by" or "a gunfight with", a bomb's verb "by" the group, its possessive
ambush, hostages it released; no police station named as a place) and types (a rocket's own
burst, an artillery unit, a drone camera, a state force aimed at, a camp a distance away).
Each case failed on the code of the stop's first part (commit 9885a37), except where a
comment says it guards a rule's reach."""

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


def test_an_event_held_is_no_arrest(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three landmines, planted by Maoists to target the Police during the just held "
        "Assembly polls, were recovered on May 4 in Sukma District.")
    assert incident["arrested"]["best"] is None


def test_suffered_injury_is_wounded(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three persons suffered injury in a bomb explosion at a market in Imphal West "
        "District on March 3.")
    assert incident["wounded"]["best"] == 3


def test_the_days_of_blasts_compared_with_are_not_the_incidents(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two persons were injured in an Improvised Explosive Device (IED) explosion at a "
        "court complex in Mysuru. The IED was similar to bombs used in blasts at Chittoor on "
        "April 7 and at Kollam on June 15, sources said.")
    assert incident["date"] is None or incident["date"]["value"] is None


def test_an_artillery_unit_named_is_no_shelling(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two militants who had stormed 25 Artillery Regiment at Nagrota in Jammu District "
        "were killed by the Army on November 29.")
    assert incident["event_type"] != "shelling_artillery_missile_attack"


def test_people_eliminated_after_a_restrictive_relative_clause_are_counted(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Army on November 29 declared that the operation inside the Army camp at Uri in "
        "Baramulla District was over and that all four terrorists who had attacked the camp "
        "have been eliminated.")
    assert incident["killed"]["best"] == 4
    assert incident["killed"]["by_category"] == {"militants": 4}


def test_days_ago_count_back_from_the_publication_date(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Unidentified gunmen shot dead a shopkeeper in Turbat town of Kech District two days "
        "ago, Police said.", published="2016-06-20")
    assert incident["date"]["value"] == "2016-06-18"
    # without a publication date there is nothing to count back from
    (incident,) = _extract(
        resources,
        "Unidentified gunmen shot dead a shopkeeper in Turbat town of Kech District two days "
        "ago, Police said.", published=None)
    assert incident["date"] is None or incident["date"]["value"] is None


def test_a_months_tally_of_arrests_is_no_incident(resources: Resources) -> None:
    assert _extract(
        resources,
        "Police on March 4 claimed to have arrested 14 suspects during the month of February "
        "in Bannu District.") == []
    assert _extract(
        resources,
        "The District Police carried out 25 search operations last month in which 40 "
        "suspects were arrested in Bannu District.") == []


def test_a_day_before_a_comma_and_owned_up_is_the_claims(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The Kangleipak Communist Party (KCP) on May 9, owned up to the bomb attack at the "
        "residence of a contractor in Imphal West District on May 7.")
    assert incident["date"]["value"] == "2016-05-07"
    assert [p["status"] for p in incident["perpetrators"]] == ["claimed"]


def test_an_acts_day_before_a_comma_stays_the_acts(resources: Resources) -> None:
    # guards the rule's reach: no "on" before the day, which is the arrest's
    (incident,) = _extract(
        resources,
        "A Lashkar e Toiba operative arrested by Delhi Police in Delhi May 20, revealed details "
        "of the group's recruitment, reports The Hindu on May 29.")
    assert incident["date"]["value"] == "2016-05-20"


def test_a_rockets_own_burst_keeps_the_rocket_attack(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A soldier was injured when two rockets fired by militants landed and exploded near "
        "a check post in Panjgur District on April 16.")
    assert incident["event_type"] == "shelling_artillery_missile_attack"


def test_a_mortar_explosion_stays_an_explosion(resources: Resources) -> None:
    # guards the rule's reach: a shell that blew up, fired by no one the story names
    (incident,) = _extract(
        resources,
        "Two children were killed in a mortar explosion in Madyan area of Swat District on "
        "March 17.")
    assert incident["event_type"] == "remote_explosive_landmine_ied"


def test_a_seat_written_city_lies_in_its_district(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Police on March 13 arrested five gangsters from Dhok Kisan area of Attock District.")
    assert incident["place"]["admin2"] == "Attock"


def test_none_of_the_personnel_injured_counts_no_one(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoists opened fire on a team of commandos patrolling near Bhamragarh in Gadchiroli "
        "District on May 31. The commandos retaliated and the exchange of fire continued for "
        "an hour. None of the SF personnel was injured in the encounter, the reports said.")
    assert incident["wounded"]["best"] is None
    # the forces' reply, told right after the attack, makes it a clash of two armed sides
    assert incident["event_type"] == "armed_clash"


def test_a_reply_denied_makes_no_clash(resources: Resources) -> None:
    # guards the rule's reach
    (incident,) = _extract(
        resources,
        "A Police officer was shot dead by militants at a market in Budgam District on "
        "December 2. Police did not retaliate to avoid collateral damage.")
    assert incident["event_type"] == "attack"


def test_a_claimed_killing_of_a_named_victim_counts_one_on_its_own_day(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Ansar al Islam has claimed on May 9 responsibility for the killing of Rafiqul Islam "
        "(45), a schoolteacher, in Rajshahi city on May 7.")
    assert incident["killed"]["best"] == 1
    assert incident["date"]["value"] == "2016-05-07"


def test_also_severely_injured_is_wounded(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A shopkeeper was shot dead by unidentified assailants in Moreh town of Chandel "
        "District on October 29. His wife Chanda was also severely injured in the firing.")
    assert incident["killed"]["best"] == 1
    assert incident["wounded"]["best"] == 1


def test_injured_people_helped_are_no_new_wounded(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two Maoists were shot dead in an encounter with the Police in Malkangiri District on "
        "October 27. The Police are willing to help injured Maoists get medical treatment if "
        "they surrender.")
    assert incident["wounded"]["best"] is None and incident["wounded"]["low"] is None


def test_a_town_before_army_camp_is_the_place(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Four soldiers were killed when militants attacked Uri Army camp on September 18.")
    assert incident["place"]["name"] == "Uri"


def test_resolutions_against_acts_tell_no_incident(resources: Resources) -> None:
    assert _extract(
        resources,
        "The Garo National Liberation Army (GNLA), in a statement on April 6 has adopted five "
        "resolutions against alleged fake encounters, reports The Shillong Times.") == []


def test_the_abduction_of_the_killed_is_the_same_kidnapping(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two tribal elders and a prayer leader were killed in Akkakhel area of Khyber Agency "
        "on May 13. Sources said that militants abducted two tribal elders and a prayer leader "
        "on May 11 from near their houses. The bullet riddled bodies of the abducted persons "
        "were found at a deserted place on May 13.")
    assert incident["attack_type"] == "kidnapping"
    assert incident["killed"]["best"] == 3
    assert incident["kidnapped"]["best"] == 3
    assert incident["date"]["value"] == "2016-05-11"


def test_the_day_a_period_began_is_no_acts_day(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Five persons have been abducted allegedly by Maoist cadres from three villages of "
        "Garu area in Latehar District on May 24. Sources said that the Maoists, who are "
        "observing the 'foundation week' that kicked off on May 21, raided the area last "
        "night and abducted the five villagers.", published=None)
    assert incident["kidnapped"]["best"] == 5


def test_a_day_between_the_act_and_its_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A trader who was abducted on December 15 by United Liberation Front of Asom "
        "Independent ULFA I militants was released on December 25 at Tengmu village in "
        "Changlang District.")
    assert [p["actor"] for p in incident["perpetrators"]] == [
        "United Liberation Front of Asom-Independent"]


def test_work_the_militants_thwarted_is_no_foiled_attack(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The construction work of a bridge on Pranhita River was thwarted by the Naxalites "
        "who set an excavator on fire at the site at Gudem in Gadchiroli District on April 26.")
    assert incident["event_type"] != "disrupted_weapons_use"
    assert incident["attack_type"] == "facility_attack"


def test_the_other_side_of_an_opening_phrase_is_not_the_victim(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "In a clash with Kamarkhel volunteers in Takhtakai area of Khyber Agency on May 4, LI "
        "commander Mehar Gul was killed.")
    assert incident["killed"]["by_category"] == {"militants": 1}


def test_the_first_incident_told_again_after_another_is_not_a_new_one(
        resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Security Force personnel and CPI Maoist cadres exchanged fire in Gundia Reserve "
        "Forest area of Kalahandi District on February 8. The SP said that after getting "
        "intelligence input, a combing operation was launched in the area on February 6. On "
        "February 8, when the Maoists opened fire, the SOG troopers retaliated.",
        published=None)
    assert [i["date"]["value"] for i in incidents].count("--02-08") == 1


def test_a_running_toll_of_ongoing_clashes_and_what_set_them_off(
        resources: Resources) -> None:
    assert _extract(
        resources,
        "At least 120 militants have been killed during the ongoing clashes in Darzab "
        "district of Jawzjan province, reports Pajhwok. The clashes broke out after IS "
        "militants beheaded a Taliban commander in Bibi Maryam village on July 17, the "
        "governor's spokesman said.") == []


def test_fighting_that_started_after_an_attack_keeps_the_attackers(
        resources: Resources) -> None:
    # guards the rule's reach: the attack that began the fight is the incident's own
    (incident,) = _extract(
        resources,
        "Six militants were killed in a gunfight with Security Forces in Gandi Tal area of "
        "Orakzai Agency on May 3. Sources said that the fighting started after militants "
        "attacked an Army patrol from two sides.")
    assert [p["kind"] for p in incident["perpetrators"]] == ["non_state"]


def test_a_drone_camera_is_no_strike(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Security Forces on May 4 resumed the search operation in Drangbal village of "
        "Baramulla District after an exchange of fire. With the assistance of Drone camera "
        "the SFs are trying to locate the hidden militants.")
    assert all(i["event_type"] != "air_drone_strike" for i in incidents)


def test_beat_him_to_death_is_killed(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoist cadres abducted a panchayat secretary and beat him to death in the forests "
        "of Karramal in Raigarh District on April 21.")
    assert incident["killed"]["best"] == 1
    assert incident["kidnapped"]["best"] == 1


def test_a_person_named_who_sustained_injuries_is_one_wounded(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Sanjay, an operator of a concrete mixer excavator, sustained grievous injuries in a "
        "pressure bomb blast triggered by the Maoists in Sukma District on May 9.")
    assert incident["wounded"]["best"] == 1
    (incident,) = _extract(
        resources,
        "A terrorist was killed in a gunfight in Kupwara District on May 9. Two Army "
        "personnel also sustained injuries.")
    assert incident["wounded"]["by_category"] == {"security_forces": 2}


def test_a_named_police_station_after_a_road_is_a_jurisdiction(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A person was shot dead by unidentified assailants on Lane No 3 of Jamshed Road in "
        "the Jamshed Quarters Police Station on May 4.")
    assert incident["target_type"] != "police"


def test_and_another_injured_is_one_more_wounded(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A security official was killed and another injured in a landmine blast in Mat "
        "Mondrani area of Dera Bugti District on May 4.")
    assert incident["killed"]["best"] == 1
    assert incident["wounded"]["best"] == 1
    assert incident["wounded"]["by_category"] == {"security_forces": 1}


def test_a_manager_and_his_aide_are_counted(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoist cadres attacked a site of Dhibra mica mines in Giridih District on March 13 "
        "and killed the manager and injured his aide.")
    assert incident["killed"]["best"] == 1
    assert incident["wounded"]["best"] == 1


def test_the_act_an_arrest_was_over_told_again_is_no_new_incident(
        resources: Resources) -> None:
    # guards the reach of the new person nouns: the first part's code counted no manager,
    # so it opened no second incident either
    (incident,) = _extract(
        resources,
        "Police on October 16 arrested an organizer of JMB in Chittagong city over the "
        "killing of three people in a blast during a mugging attempt on September 23. They "
        "hurled a grenade during the operation and the explosion killed manager Satya Gopal.")
    assert incident["event_type"] == "arrests"


def test_ranked_names_in_a_list_are_each_counted(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants attacked a Police van in Peshawar on May 3. Police constable Ajmal Khan was "
        "killed, while ASI Jamal Shah, head constable Tahir and constable Shehzad had "
        "received injuries.")
    assert incident["killed"]["best"] == 1
    assert incident["wounded"]["best"] == 3
    assert incident["wounded"]["by_category"] == {"security_forces": 3}


def test_kachi_district_is_bolans(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Unidentified militants opened fire on a convoy in Mach area of Kachi District on "
        "May 4, injuring six persons.")
    assert incident["place"]["admin2"] == "Kachhi"


def test_a_town_a_distance_away_is_no_scene(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Around a dozen armed Maoists stormed a road construction site located about 500 km "
        "from the state capital Raipur on November 15 and shot dead the contractor.")
    assert incident["place"]["name"] != "Raipur"


def test_a_claim_leads_act_with_its_own_place_and_day_is_the_claimed_one(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Islamic State (IS) on August 24 claimed responsibility for the attack on a Hindu "
        "grocer in Narsingdi District, reports Dhaka Tribune. Chittaranjan Arjya (48) came "
        "under machete attack at his shop in Raghunathpur Choitab area on August 23.",
        published=None)
    assert incident["date"]["value"] == "--08-23"
    assert [p["status"] for p in incident["perpetrators"]] == ["claimed"]


def test_the_head_of_a_role_with_an_adjective_decides_the_side(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The ‘Chief operational commander’ of Jaish e Mohammed Khalid Ahmad was killed in a "
        "gun battle with Security Forces in Ladoora village of Baramulla District on October "
        "9.")
    assert incident["killed"]["by_category"] == {"militants": 1}


def test_the_one_victim_told_again_by_a_pronoun_dies_once(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "An ANP district president was shot dead by unidentified assailants in Quetta on July "
        "3. The attackers ambushed his vehicle and injured him critically. Later, he "
        "succumbed to the wounds.")
    assert incident["killed"]["best"] == 1
    assert not incident["wounded"]["best"]


def test_the_finders_of_bodies_are_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Levies personnel recovered three bullet riddled dead bodies from Hoshab area of Kech "
        "District on April 25. An official said that the victims were laborers and were "
        "killed in an act of target killing.")
    assert incident["target_type"] != "police"


def test_an_aim_to_abduct_is_no_abduction(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A group of 16 armed militants came to the house of a trader in Cachar District on "
        "July 16 with a motive to abduct him. As he was not at home, they beat up his wife "
        "and looted cash.")
    assert incident["attack_type"] != "kidnapping"


def test_detonators_found_are_no_blast(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "One militant was killed in an exchange of fire with the Police in Factory Area of "
        "Lahore on April 14 and a suicide vest, detonators and weapons were seized from the "
        "site.")
    assert incident["event_type"] == "armed_clash"


def test_an_and_inside_the_totals_of_phrase_adds_no_one(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Five militants of Jaish e Mohammed (JeM) and Hizb ul Mujahideen (HM), including a "
        "JeM group commander, were killed in a gun battle in Shopian District on January 15.")
    assert incident["killed"]["best"] == 5


def test_a_subjects_post_adds_no_person(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Policeman posted at the residence of a senior Police officer in Peshawar was shot "
        "dead by unidentified militants on May 4.")
    assert incident["killed"]["best"] == 1


def test_thrashed_to_death_is_a_killing(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Suspected militants thrashed to death a shopkeeper in Imphal West District on March "
        "3.")
    assert incident["killed"]["best"] == 1


def test_hostages_throats_slit_are_the_hostages_killed(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants abducted three villagers from Kandhamal District on May 2, took them to a "
        "forest and later slit their throats.")
    assert incident["killed"]["best"] == 3
    assert incident["kidnapped"]["best"] == 3


def test_his_throat_slit_is_one_killed(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Suspected Maoists dragged a farmer out of his house in Latehar District on June 5 and "
        "slit his throat.")
    assert incident["killed"]["best"] == 1


def test_strikes_in_general_said_on_a_day_tell_no_incident(resources: Resources) -> None:
    assert _extract(
        resources,
        "An adviser to the Prime Minister said on March 5 that the US had not stopped drone "
        "attacks in the tribal areas, reports Dawn.") == []


def test_a_press_conferences_day_is_not_the_acts(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A militant was killed in an encounter with Police in Imphal East District on June 21. "
        "The outfit's spokesman, on June 22, convened a press conference, clarifying on the "
        "reported gun battle.")
    assert incident["date"]["value"].endswith("06-21")


def test_a_state_force_aimed_at_is_the_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants attacked Assam Rifles (AR) personnel by exploding an Improvised Explosive "
        "Device (IED) in Imphal West District on February 15. No one was hurt.")
    assert incident["target_type"] == "military"


def test_a_police_force_aimed_at_is_a_police_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants hurled a grenade on a CRPF party deployed near a school in Wanpoh in "
        "Kulgam District on September 26, injuring two passers-by.")
    assert incident["target_type"] == "police"


def test_a_force_targeted_outranks_the_market_it_stood_in(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants lobbed a grenade targeting BSF personnel in the main market of Baramulla "
        "town on August 25, killing a civilian.")
    assert incident["target_type"] == "military"


def test_a_forces_unit_takes_its_parents_side(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoists opened fire at Commando Battalion for Resolute Action (CoBRA) personnel in "
        "Khunti District on May 6. No one was injured.")
    assert incident["target_type"] == "police"


def test_a_force_near_the_blast_is_not_its_aim(resources: Resources) -> None:
    # guards the rule's reach: passed before it
    (incident,) = _extract(
        resources,
        "Two shopkeepers were injured when a bomb exploded near Assam Rifles personnel in "
        "Imphal West District on November 20.")
    assert incident["target_type"] == "business"


def test_a_forces_civilian_supplier_is_no_force(resources: Resources) -> None:
    # guards the rule's reach: passed before it
    (incident,) = _extract(
        resources,
        "Unidentified militants targeted the office of a NATO fuel supplier with a car bomb "
        "near Torkham in Khyber Agency on March 3, injuring three passers-by.")
    assert incident["target_type"] != "military"


def test_a_force_in_a_gunfight_with_is_the_operations_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two cadres of Purba Bangla Communist Party were killed in a gunfight with Rapid "
        "Action Battalion RAB in Tangail District on April 7.")
    assert [p["actor"] for p in incident["perpetrators"]] == ["Rapid Action Battalion"]


def test_a_force_after_by_is_the_operations_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two suspected militants were killed during an operation by RAB at a den in Gazipur "
        "District on May 3.")
    assert [p["actor"] for p in incident["perpetrators"]] == ["Rapid Action Battalion"]


def test_a_forces_name_is_no_site(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two militants were arrested by a team of Assam Rifles in Senapati District on May 3.")
    assert incident["place"]["name"] == "Senapati"
    assert [p["actor"] for p in incident["perpetrators"]] == ["Assam Rifles"]


def test_a_destinations_country_is_no_scene(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants killed seven pilgrims waiting to travel to Mashhad in Iran at a bus "
        "terminal in Quetta on July 29.")
    assert incident["place"]["country"] == "PK"


def test_claiming_responsibility_refers_to_the_attack_told(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants shot dead seven pilgrims at a bus terminal in Quetta on July 29. Claiming "
        "responsibility for the attack Lashkar e Jhangvi said it was done to avenge the July "
        "28 death of a cleric in Quetta.")
    assert incident["date"]["value"].endswith("07-29")


def test_a_referred_acts_clause_toll_is_not_the_sentences(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Seven Maoists, allegedly involved in the Malewada landmine attack last month in "
        "which seven CRPF personnel were killed, were arrested from Dantewada District after "
        "an encounter with Security Forces on April 12. A Maoist was injured in the gun "
        "battle.")
    assert incident["killed"]["best"] is None


def test_a_camp_a_distance_from_the_body_is_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoist cadres killed a young man with sharp weapons in Bijapur District on August 1 "
        "and threw his body a km away from a CRPF camp, accusing him of being a Police "
        "agent.")
    assert incident["target_type"] == "private_citizens"


def test_a_reporter_with_initials_is_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Unidentified gunmen shot dead a man in Bijapur District on August 1, Inspector "
        "General of Police IGP S R P Kalluri said.")
    assert incident["target_type"] != "police"


def test_while_another_named_injured_is_one_more_wounded(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A man, identified as Rafique Baloch (25), was killed while another, Burhan (30), "
        "injured in a firing incident in Lyari Town of Karachi on May 3.")
    assert incident["killed"]["best"] == 1
    assert incident["wounded"]["best"] == 1


def test_the_doers_of_an_active_verb_are_no_victims(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two unidentified assailants shot dead the caretaker of an imambargah and critically "
        "injured his 24yearold son in Sahiwal District on November 25.")
    assert incident["killed"]["best"] == 1
    assert incident["killed"]["by_category"] != {"militants": 1}
    assert incident["wounded"]["best"] == 1


def test_an_age_is_no_count(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Assailants shot dead 28 year old Tahir Karim and wounded his 26 year old friend, "
        "Akhtar Khan, near Shah Faisal Muhallah in Orangi Town of Karachi on May 3.")
    assert incident["killed"]["best"] == 1
    assert incident["wounded"]["best"] == 1


def test_an_age_in_words_is_no_count(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A woman and a seven year old boy were killed in cross fire between a contractor and "
        "Maoist cadres near Tirra village in Gumla District on December 8.")
    assert incident["killed"]["best"] == 2


def test_a_breakdowns_list_goes_on_to_the_verb(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two persons were killed and 18 others, including a Policeman, women and some "
        "children, injured in a remote controlled blast in Hangu on May 3.")
    assert incident["wounded"]["best"] == 18


def test_his_companions_wound_told_how_bad_is_one_wounded(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A prayer leader was shot dead while his companion sustained serious injuries when "
        "unidentified militants opened fire on them in Nowshera District on May 3.")
    assert incident["wounded"]["best"] == 1


def test_the_dead_told_again_by_his_role_dies_once(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The driver of a trailer was killed and his assistant received critical injuries "
        "when their vehicle was hit by a roadside bomb near Jamrud in Khyber Agency on "
        "September 17. Officials said that the driver later succumbed to his injuries in a "
        "hospital.")
    assert incident["killed"]["best"] == 1
    assert incident["wounded"]["best"] == 1


def test_burn_injuries_wound_a_trucker(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A trucker sustained burn injuries when miscreants hurled a petrol bomb at his "
        "parked vehicle in Comilla District on April 13.")
    assert incident["wounded"]["best"] == 1


def test_a_member_of_a_group_killed_is_one(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Maoist hit squad killed a suspected member of a rival group Tritiya Prastuti "
        "Committee (TPC) on April 20 night in Palamu District.")
    assert incident["killed"]["best"] == 1


def test_a_name_set_off_after_the_verb_is_one_killed(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "PLFI cadres shot dead, Jitendra Kumar alias Bihari, a staff of a construction "
        "company, in front of Karra Police Station in Khunti District on July 29.")
    assert incident["killed"]["best"] == 1


def test_police_said_after_a_comma_is_no_victim(resources: Resources) -> None:
    # guards the rule's reach: passed before it
    (incident,) = _extract(
        resources,
        "Three persons were killed and 16 injured in a bomb blast in the Civil Court of Arrah "
        "on January 23, Police said.")
    assert incident["wounded"]["best"] == 16


def test_a_party_leader_named_alone_is_one_killed(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Unidentified armed men on April 23 shot dead National Party leader Mir Ghulam "
        "Hussain Sarpara in the Gardigap area of Mastung District.")
    assert incident["killed"]["best"] == 1


def test_others_critically_wounded_after_leaving_are_counted(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Coalition forces carried out an airstrike on Taliban militants in Watapur District "
        "of Kunar Province on October 25, leaving three militants dead and two others "
        "critically wounded.")
    assert incident["killed"]["best"] == 3
    assert incident["wounded"]["best"] == 2


def test_a_breakdowns_member_of_a_force_keeps_the_total(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "ICS cadres attacked the law enforcers in Chittagong city on September 17, leaving "
        "three Policemen including a sub inspector of the Police injured.")
    assert incident["wounded"]["best"] == 3


def test_an_including_lists_members_add_no_one(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "On October 28, two persons, including a Junior Commissioned Officer (JCO) of Army "
        "and a militant, were killed in a gun battle in the Handwara forest of Kupwara "
        "District.")
    assert incident["killed"]["best"] == 2


def test_a_ransom_call_is_the_kidnappings_own(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A businessman was abducted when he went for a morning walk in Karimganj District on "
        "July 25. His daughter received a ransom call from the abductors on July 26 who "
        "demanded INR 2 crore.")
    assert incident["date"]["value"].endswith("07-25")


def test_an_arrest_of_bomb_makers_hurt_by_their_bomb_is_an_arrest(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Rapid Action Battalion (RAB) on December 20 recovered around 100 hand bombs and "
        "arrested two people in Mohammadpur area of Dhaka city. The arrestees were sent to "
        "hospital after they were injured while making bombs.")
    assert incident["event_type"] == "arrests"
    assert incident["arrested"]["best"] == 2
    assert incident["wounded"]["best"] is None


def _doers(incident: dict) -> list[tuple[str | None, str]]:
    return [(p["actor"], p["status"]) for p in incident["perpetrators"]]


def test_a_blast_triggered_by_a_group_names_its_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two policemen were killed in a landmine blast triggered by the Communist Party of "
        "India Maoist near Palnar in Dantewada District on June 26.")
    assert ("Communist Party of India (Maoist)", "attributed") in _doers(incident)


def test_a_groups_possessive_ambush_names_its_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A deputy governor was killed and four guards were injured in Taliban’s ambush in "
        "Mohammad Agha District of Logar Province on April 26.")
    assert ("Taliban", "attributed") in _doers(incident)


def test_a_group_that_laid_an_ambush_is_its_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Khaplang faction of National Socialist Council of Nagaland (NSCN K) laid an ambush "
        "on an Assam Rifles convoy, injuring four troopers near Aghunato in Zunheboto "
        "District on September 2.")
    assert ("National Socialist Council of Nagaland-Khaplang", "attributed") in \
        _doers(incident)


def test_an_acronym_after_a_hedged_name_keeps_the_hedge(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Suspected Communist Party of India Maoist CPI Maoist cadres triggered blasts of a "
        "slurry pipeline near Chinitalguna village in Malkangiri District on November 28.")
    assert _doers(incident) == [("Communist Party of India (Maoist)", "suspected")]


def test_the_group_that_released_its_hostages_took_them(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The Communist Party of India Maoist (CPI Maoist) released all the six abducted "
        "tractor drivers in a forest at Punadih village in Lakhisarai District, hours after "
        "abducting them on February 8.")
    assert ("Communist Party of India (Maoist)", "attributed") in _doers(incident)


def test_a_police_station_named_as_a_place_is_no_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "On October 11, a militant of Betna village under Goreswar Police Station in Baksa "
        "District was shot dead by Army personnel in an encounter.")
    assert [p["mention"] for p in incident["perpetrators"]] == ["Army"]


def test_a_death_reported_and_denied_tells_nothing(resources: Resources) -> None:
    assert _extract(
        resources,
        "A key Islamic State recruiter, a native of Bhatkal in Karnataka, who was reportedly "
        "killed in a US air strike, is alive and looking for new recruits, officials said on "
        "May 16.") == []
