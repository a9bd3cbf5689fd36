"""Stop 27's rules, each on a hand-written report.

Counts: captives of militants are hostages, not arrests; an arrest avoided, rewarded or whose
claim is rejected holds no one; "also" before an active verb adds another side, and a bare
number after a count of one side is of that side; the arrested counted again and identified,
the same men arrested again, or one of many gathered from several places, are no more arrests;
the subject before a restrictive "who were killed", before a relative clause closed by a comma
only, or before a gloss with a verb of its own, is counted; a death of wounds told again by
"He" dies once; those "along with" one victim are more; named objects end where a run-on goes
on with "They were"; "was assassinated" kills and a death of another time counts no one.
Sides: a Levies man, a police station's Officer in Charge and two forces' men named by their
acronyms are security forces, a fidayee a militant, the members of a man's family and a baby
civilians, an age in months a modifier, a party's name holding "People" no person, and doers on
their ride no antecedent of "him". Doers: "tried to" with a verb of attack, a bike as a ride, a
force with its bare acronym and its troopers, "the paramilitary force", and a group that
"owned up" the blast. Incidents: a group's count of its attacks "so far" is a tally; the
fight's man held after it, the act told again with the article and its toll's sides, an
earlier report with its reporter's long name, the body of a victim named before, and the
incident that "took place" days before the lead's day (which dates it) open no incident of
their own; militants who began a shootout and were arrested attacked; a factional clash is no
operation; people "forcibly taken" were abducted. Dates: a paper's day before "reports that",
and sources that said on a day "(today)", tell. Targets: a cleric named by his title is a
religious target; an armed group's camp, a police station's area, the police a victim served,
the teller named after his telling and a "targeted killing" are no target; a convoy of police
dead is the police's. Places: where the act took place, and a province after a district the
gazetteer lacks, say where in a country; a colony named after a province votes for no country.

Each case failed on the code of stop 26 (commit 246f11d), except where a comment says it
guards a rule's reach."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import incidents as _extract
from extraction_cases import sentence_figures


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


def test_also_before_an_active_verb_adds_another_side(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Five militants were killed and two other militants injured during a clash with "
        "Security Forces in Bara tehsil of Khyber Agency on November 5, reports Dawn. The "
        "incident also injured two soldiers.")
    assert incident["wounded"]["best"] == 4
    assert incident["wounded"]["by_category"] == {"militants": 2, "security_forces": 2}


def test_militants_who_tried_to_ambush_are_the_doers(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two soldiers were injured in Bara tehsil of Khyber Agency on November 5 when "
        "militants tried to ambush a military convoy, reports Dawn.")
    assert [p["mention"] for p in incident["perpetrators"]] == ["militants"]


def test_an_attempt_to_abduct_is_a_kidnapping_not_a_reference(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A salesman was shot at by unidentified assailants in Imphal West District on April "
        "22, reports The Sangai Express. Five persons who came in a car entered the store and "
        "tried to abduct salesman Rakesh Shah at gun point. As Rakesh resisted, one of the "
        "assailants fired at him and he was hit by a bullet on the thigh.")
    assert incident["attack_type"] == "kidnapping"
    assert incident["secondary_attack_types"] == ["armed_assault"]


def test_a_papers_day_before_reports_that_is_no_act_day(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The Shillong Times on May 15 reports that a shop owner was shot at and injured by a "
        "group of militants in West Garo Hills District on May 13.")
    assert incident["date"]["value"].endswith("-05-13")


def test_a_factional_clash_is_no_operation_of_the_police_who_found_the_dead(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two Maoist cadres were killed in a factional clash at Baulia village in Rohtas "
        "District on May 3, reports IBN Live. The dead bodies were recovered by the Police.")
    assert [p["kind"] for p in incident["perpetrators"]] != ["state"]
    assert incident["target_type"] == "terrorists_non_state_militia"


def test_an_armed_groups_camp_is_no_military_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two cadres were killed after National Socialist Council of Nagaland Khaplang "
        "(NSCN K) cadres attacked a mobile camp of the United Liberation Front of Asom in "
        "Peren District on February 5.")
    assert incident["target_type"] == "terrorists_non_state_militia"


def test_where_the_attack_took_place_says_where_in_the_country(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A female suicide bomber blew herself up outside a hospital in a tribal area of "
        "northwest Pakistan on April 20, killing four people. The attack took place in Khar, "
        "the main town of Bajaur.")
    assert incident["place"]["admin2"] == "Bajaur"


def test_a_province_after_an_unknown_district_says_where_in_the_country(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The leader was killed on July 26 in a strike in the border region between "
        "Afghanistan and Pakistan, an official said. Details of the strike were not available, "
        "but an official said he was killed in a drone strike in the Kot District of "
        "Nangarhar province.")
    assert incident["place"]["admin1"] == "Nangarhar"


def test_a_colony_named_after_a_province_does_not_vote_for_its_country(
        resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Armed men killed an MQM worker in Pan Mandi area of Karachi on June 4, reports Daily "
        "Times. Later, the same men killed a rickshaw driver and injured a passenger near "
        "Azeem Plaza in Dhobi Ghat area. The culprits targeted and killed a man at his shop "
        "in Bihar Colony.")
    assert {i["place"]["country"] for i in incidents} == {"PK"}


def test_the_arrested_counted_again_and_identified_are_no_new_arrest(
        resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Police raided Arenggre village in West Garo Hills District on June 1 and arrested "
        "three gang members, reports The Shillong Times. Their hostage had been abducted on "
        "May 28 while visiting Hajongpara village. The three arrested men have been identified "
        "as Newbirth Marak, Phang Sangma and Emlath Sangma.")
    arrests = [i for i in incidents if i["event_type"] == "arrests"]
    assert len(arrests) == 1
    assert arrests[0]["arrested"]["best"] == 3


def test_a_group_that_owned_up_the_blast_claims_it_and_opens_no_new_incident(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Janatantrik Madhesh Mukti Morcha (JMMM) detonated a bomb at the house of a "
        "businessman in Gulariya on April 23, reports Inseconline.org. The blast caused minor "
        "damage to the house. Meanwhile, JMMM in charge Ranbir has owned up the blast saying "
        "that the businessman had failed to pay a donation.")
    assert [(p["actor"], p["status"]) for p in incident["perpetrators"]] == [
        ("Janatantrik Madhesh Mukti Morcha", "claimed")]


def test_the_subject_of_a_restrictive_who_were_killed_is_counted(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The two Maoists who were killed in an encounter in Warangal District of Telangana on "
        "September 15 have been identified as Sruthi and Sagar, reports The Hindu.")
    assert incident["killed"]["best"] == 2
    assert incident["killed"]["by_category"] == {"militants": 2}


def test_one_also_arrested_of_those_gathered_from_several_places_adds_no_one(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Four militants were arrested from different localities of Manipur during the last two "
        "days, reports The Assam Tribune on May 11. One member of the Kuki National Front was "
        "arrested at Nongbram village in Thoubal District. A member of the Kanglei Yawol Kanna "
        "Lup (KYKL) was also arrested from Uyumpok in Imphal East District.")
    assert incident["arrested"]["best"] == 4


def test_the_main_verb_after_a_gloss_with_its_own_verb_counts_the_subject(
        resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Seven Maoists, allegedly involved in a landmine attack last month in which seven "
        "Central Reserve Police Force (CRPF) personnel were killed, were arrested from "
        "Dantewada District after an encounter with Security Forces (SFs) on April 12, "
        "reports Zee News.")
    assert [i["arrested"]["best"] for i in incidents] == [7]
    assert incidents[0]["killed"]["best"] is None


def test_a_death_of_wounds_told_by_the_participle_and_again_by_he_dies_once(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Policeman injured in a militant attack on Security Forces (SFs) in Srinagar on "
        "August 15, died at a hospital in New Delhi on September 13, reports Daily Excelsior. "
        "Constable Rouf Ahmed had sustained injuries in the attack in Nowhatta area in "
        "Srinagar. He succumbed to injuries at the hospital.")
    assert incident["killed"]["best"] == 1
    assert incident["killed"]["by_category"] == {"security_forces": 1}
    assert not incident["wounded"]["best"]


def test_the_same_men_told_arrested_again_are_counted_once(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Assam Rifles busted an illegal detention centre in Dimapur District on July 30 and "
        "rescued two abducted civilians, reports Nagaland Post. Six NSCN IM cadres were also "
        "arrested during the operation. During the search, six NSCN IM cadres who were running "
        "the centre, identified as Kuhoto Sema, Angam Pamei, Ashim Valui, Akum Yim, Lipisa "
        "Achumi and Aleng Tangkhul, were also arrested.")
    assert [i["arrested"]["best"] for i in incidents if i["arrested"]["best"]] == [6]


def test_a_groups_count_of_its_attacks_so_far_is_a_tally(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Police and Army on February 24 arrested a fidayeen of Jaish e Mohammad (JeM) in "
        "Baramulla District, reports Daily Excelsior. The Guru squad of JeM carried out three "
        "Fidayeen attacks so far including January 2, 2016, Pathankot (Punjab) attack on "
        "Indian Air Force base.")
    assert [i["event_type"] for i in incidents] == ["arrests"]


def test_a_relative_clause_closed_by_a_comma_only_counts_its_subject() -> None:
    text = ("A woman and a man who could not identified until this report was filed, were "
            "shot dead in Saddar and Nazimabad areas.")
    figures = sentence_figures(text)
    assert [(f.measure, f.count.low) for f in figures] == [("killed", 2)]


def test_a_levies_man_is_one_security_force(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least 10 people, including a Levies man, a child and a woman, were injured on "
        "September 19 in a hand grenade attack in Sariab area of Quetta, reports Daily Times.")
    assert incident["wounded"]["low"] == 10
    assert incident["wounded"]["by_category"] == {
        "security_forces": 1, "civilians": 2, "unknown": 7}


def test_militants_who_began_a_shootout_and_were_arrested_attacked(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Police arrested four terrorists after a shootout near Jehangir Park in Karachi on "
        "April 10, reports The News. According to details, the four terrorists opened fire at "
        "a Police mobile near Jehangir Park. Police chased and arrested them after the "
        "shootout.")
    assert incident["attack_type"] == "armed_assault"
    assert incident["target_type"] == "police"
    assert incident["arrested"]["best"] == 4


def test_a_force_named_with_its_acronym_that_recovered_the_body_is_no_target(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Security Force (SF) personnel recovered a bludgeoned body of one person killed by "
        "suspected People's Liberation Front of India (PLFI) cadres in Kudasud village in "
        "Khunti District on September 6, reports The Times of India.")
    assert incident["target_type"] not in ("military", "police")


def test_a_force_with_its_bare_acronym_and_its_troopers_did_the_arrest(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The Assam Rifles AR troopers arrested a NSCN IM cadre from Longding village in "
        "Longding District on February 27 reports The Telegraph")
    assert [(p["actor"], p["kind"]) for p in incident["perpetrators"]] == [
        ("Assam Rifles", "state")]


def test_a_police_station_area_and_the_police_one_would_surrender_to_are_no_target(
        resources: Resources) -> None:
    (first,) = _extract(
        resources,
        "Maoist cadres shot dead Md Shabbir, a resident of Dumaria Police Station area of the "
        "Gaya District of Bihar on December 7, reports The Times of India.")
    (second,) = _extract(
        resources,
        "Maoist cadres killed one person, identified as Bandami Suba, a former Maoist cadre "
        "planning to surrender before the Police in Malkangiri District on July 8, reports "
        "The Hindu.")
    assert first["target_type"] != "police"
    assert second["target_type"] != "police"


def test_targeted_killing_names_a_kind_of_killing_not_an_aim(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Police head constable, identified as Ghulam Nabi Arain, was shot dead in an incident "
        "of targeted killing near a factory in the SITE area of Karachi on March 4, reported "
        "Dawn.")
    assert incident["target_type"] == "police"


def test_members_of_a_policemans_family_are_civilians(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three members of khasadar personnel Asil Badshah family were injured when a rocket "
        "hit his house in Jammu area of Frontier Region Kohat on March 13, reports Dawn.")
    assert incident["wounded"]["by_category"] == {"civilians": 3}


def test_a_station_officer_in_charge_is_a_security_force_and_a_fidayee_a_militant() -> None:
    text = ("Maoist cadres shot dead the Officer in Charge (OIC) of a Police Station in Gaya "
            "District on October 3. One of the fidayeen was killed in the encounter.")
    figures = sentence_figures(text)
    assert [(f.measure, f.count.by_category) for f in figures] == [
        ("killed", {"security_forces": 1}), ("killed", {"militants": 1})]


def test_a_bare_number_after_a_count_of_one_side_is_of_that_side() -> None:
    text = ("Four militants were killed and two were wounded in the airstrikes, while six "
            "soldiers were killed and three others injured.")
    figures = sentence_figures(text)
    assert [(f.measure, f.count.low, f.count.by_category) for f in figures] == [
        ("killed", 4, {"militants": 4}), ("wounded", 2, {"militants": 2}),
        ("killed", 6, {"security_forces": 6}), ("wounded", 3, {})]


def test_the_body_of_a_victim_named_before_opens_no_new_killing(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Maoist cadres killed a tribal youth, identified as Kichhe Dewa, at a village in Sukma "
        "District on April 24, reports The Times of India. His relatives reached Polampalli "
        "Police Station on April 25 along with the body of Dewa and lodged a complaint. "
        "Maoists had picked up Dewa on April 23 and beaten him to death on April 24. Besides, "
        "Maoists also looted valuables from houses belonging to the relatives of Dewa.")
    assert len(incidents) == 1
    assert incidents[0]["killed"]["best"] == 1


def test_people_forcibly_taken_away_were_abducted(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoist cadres killed a Sarpanch in Malkangiri District on December 26, reports The "
        "Samaja. A group of Maoists came to Badapada village and forcibly took away Jayaram "
        "Khara on December 25. Villagers found the body of Khara near the village with his "
        "throat slit.")
    assert incident["attack_type"] == "kidnapping"
    assert incident["kidnapped"]["best"] == 1
    assert incident["killed"]["best"] == 1


def test_the_fights_man_held_after_it_is_no_new_arrest_incident(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Police claimed that a gang war accused was injured during an encounter with them and "
        "Rangers at Nawa Lane area of Lyari in Karachi on August 1, reports Daily Times. The "
        "accused was arrested in injured condition. Meanwhile, the in charge of the Financial "
        "Crime Investigation Unit of the Crime Investigation Department claimed to have "
        "arrested six kidnappers.")
    assert incidents[0]["event_type"] == "armed_clash"
    assert [i["arrested"]["best"] for i in incidents] == [1, 6]


def test_a_reward_for_an_arrest_holds_no_one() -> None:
    text = "The Government announced a reward of PKR 1 million for the arrest of the two."
    assert sentence_figures(text) == []


def test_assassinated_kills_and_a_death_of_another_time_counts_no_one() -> None:
    text = ("The Deputy Provincial Governor was assassinated and four Security Guards were "
            "injured in a Taliban ambush. He was visiting the house of a girl, who had died "
            "recently.")
    figures = sentence_figures(text)
    assert [(f.measure, f.count.low) for f in figures] == [("killed", 1), ("wounded", 4)]


def test_the_act_told_again_with_the_sides_of_its_toll_is_the_same_incident(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Eight people, including a 12 year old boy, were injured in a remote controlled bomb "
        "near a Police checkpost on Ring Road in Peshawar on May 3, reports Daily Times. The "
        "attack damaged the wall of checkpost and injured six civilians and two constables.")
    assert incident["wounded"]["by_category"] == {"civilians": 6, "security_forces": 2}


def test_him_after_doers_on_their_ride_takes_no_side_from_them(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Superintendent of Police (SP) of Elite Force, Hairul Haseeb, was killed on July 17 "
        "in Saleem Khan area of Swabi District, reports Dawn. He was on his way home from a "
        "mosque when unidentified gunmen on motorcycle opened fire and killed him.")
    assert "militants" not in incident["killed"]["by_category"]


def test_named_objects_end_where_a_run_on_goes_on_with_they() -> None:
    text = ("Sources said that unidentified assailants shot and injured Hanif Jan and Muhammad "
            "Karim They were taken to the District Headquarters Hospital")
    figures = sentence_figures(text)
    assert [(f.measure, f.count.low) for f in figures] == [("wounded", 2)]


def test_a_party_name_holding_people_leaves_the_head_noun_to_say_the_side() -> None:
    text = "Two Pakistan People s Party (PPP) workers were shot dead in a targeted attack."
    figures = sentence_figures(text)
    assert [(f.measure, f.count.by_category) for f in figures] == [
        ("killed", {"civilians": 2})]


def test_those_counted_along_with_one_victim_later_in_the_clause_are_more() -> None:
    text = ("Superintendent of Police Muhammad Ilyas was killed in Nawan Killi area of Quetta "
            "on November 15 along with three family members.")
    figures = sentence_figures(text)
    assert [(f.measure, f.count.low) for f in figures] == [("killed", 4)]


def test_the_incident_that_took_place_days_before_the_leads_day_dates_it(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The CPI Maoist cadres have abducted two road construction workers in Sukma District on "
        "July 5 reports India Today. The incident took place near Kasaram village on the "
        "afternoon of July 3 and Police were informed about it only on July 4.")
    assert incident["date"]["value"].endswith("-07-03")
    assert incident["kidnapped"]["best"] == 2


def test_sources_that_said_on_a_day_today_tell_and_open_no_incident(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "NDFB militants killed a couple in Chirang District at around midnight on August 18 "
        "night, reports The Indian Express. Police and Defence sources on August 19 (today) "
        "said a group of seven to eight militants came to the couple’s house on August 18 "
        "night and tied their limbs before killing them with sharp weapons.", published=None)
    assert incident["target_type"] != "police"
    assert incident["killed"]["best"] == 2


def test_a_rejected_claim_of_an_arrest_holds_no_one() -> None:
    text = ("Jaish e Muhammad on January 14 rejected claims that its leader Maulana Masood "
            "Azhar has been arrested for his alleged role in the attack.")
    assert sentence_figures(text) == []


def test_a_convoy_whose_dead_were_policemen_is_a_police_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three Policemen were killed and two others were injured when suspected militants "
        "opened fire on a convoy accompanying a group of MLAs near Zokhawthiang in Aizawl "
        "District on March 28, reports The Indian Express.")
    assert incident["target_type"] == "police"


def test_an_earlier_report_with_its_long_name_and_has_opens_no_incident(
        resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Security Forces recovered three AK 47 rifles from the killed militants after an "
        "encounter in Handwara area of Kupwara District on July 26, reports Daily Excelsior on "
        "July 27. A Defence spokesman said the Army killed four terrorists and apprehended one. "
        "Earlier, South Asia Terrorism Portal (SATP) has reported that four militants were "
        "killed and another was arrested by Security Forces (SFs) during an encounter in Nowgam "
        "sector in Kupwara District on July 26.", published=None)
    assert len(incidents) == 1


def test_the_official_who_said_it_after_the_telling_is_no_target(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The Maoists killed Tofique Ansari by slitting his throat in Saude village in Khunti "
        "District on April 25, reports Sify. The killing seems to be the outcome of rivalry "
        "among Maoist groups, said a Police official.")
    assert incident["target_type"] not in ("police", "government_general")


def test_an_age_in_months_is_a_modifier_and_a_baby_a_civilian() -> None:
    text = ("At least seven people, including a three month old baby Shabbir, a 12 year old girl "
            "Umema and a woman, were killed in twin blasts.")
    figures = sentence_figures(text)
    assert [(f.count.low, f.count.by_category) for f in figures] == [
        (7, {"civilians": 3, "unknown": 4})]


def test_militants_on_a_bike_are_the_doers(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three persons were shot dead on Khudaay Dad Road in Quetta on July 15, reports Daily "
        "Times. Police said unidentified militants on a bike opened indiscriminate fire at them.")
    assert [p["mention"] for p in incident["perpetrators"]] == ["unidentified militants"]


def test_two_forces_acronyms_joined_by_and_stand_before_their_men() -> None:
    text = "Nine SOG and DVF personnel received minor bullet injuries, the SP said."
    figures = sentence_figures(text)
    assert [(f.count.low, f.count.by_category) for f in figures] == [
        (9, {"security_forces": 9})]


def test_the_paramilitary_force_that_arrested_is_a_state_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The paramilitary force on June 29 arrested eight criminal suspects during raids in "
        "Lyari Town of Karachi, reports The News.")
    assert [p["kind"] for p in incident["perpetrators"]] == ["state"]
