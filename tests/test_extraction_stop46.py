"""Stop 46's rules, on hand-written reports in the shapes the sixty-seventh to seventieth groups
(world51, world51b, world51c, world51d; written by separate coders who never read the
extraction code, scored held out before any rule was made from them) showed.

Incidents: an abduction told after an attack whose dead are as many but of another side; an act
"On Wednesday afternoon" or "In the early hours of Monday" by other means in its own paragraph;
a burning "Hours after the blast"; the forces' operation "Late on Tuesday" whose dead come
next; a raid by "officers of the Counter-Terrorism Department"; a lead's act "hours after"
another, and the site told back "late Saturday" within the lead's weekend; a round-up of
title-case place lines after "Here's a roundup:"; the forces' word of the doers killed, told in the
lead beside the act; a quoted "neutralised" count; "Last month," an act of the past; a part
opened "In Meiss al-Jabal,"; a group's "series of attacks". Doers: troops "of the Indonesian
military's 753rd Infantry Battalion", troops "tracking the kidnappers" or "pursuing the
attackers" who clashed with them, told by a spokesman with his rank and name; the Taliban's
intelligence forces or personnel who took men away; the Revolutionary Guards' base that said
its ground forces tracked the team down; a raid's dead one of whom is "suspected of planting
the Farsegarh IED". Counts: an office holder named with "the" ("the mukhtar of al-Zuwiya
village", "the headmaster of a government primary school and two teachers"); a guard held at
gunpoint is no arrest; "neutralising about 15 terrorists"; "its operator"; "three men involved
in the attack" tracked down and killed; the raid on "fighters who had taken part in the
ambush". Places: the road a patrol was ambushed on leads elsewhere.

Each case failed on the code of stop 45 (commit 10c2a47); the asserts marked as guards pin
what a rule must not do."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import doers as _doers
from extraction_cases import incidents as _extract

# --- incidents ----------------------------------------------------------------------------


def test_an_abduction_of_others_after_an_attack_is_its_own(resources: Resources) -> None:
    text = ("TANK: Two policemen were martyred when militants attacked the Gomal police post in "
            "the early hours of Friday, police said.\n\n"
            "On Thursday evening, armed men abducted two employees of a private construction "
            "company from a road project near Gomal, police said.")
    found = _extract(resources, text, "2025-10-11")
    assert [f["event_type"] for f in found] == ["attack", "abduction_forced_disappearance"]
    assert found[1]["kidnapped"]["low"] == 2 and found[0]["kidnapped"]["low"] is None
    # guard: the abduction of the very men the lead tells killed stays the killing's
    [one] = _extract(resources, "Two tribal elders were killed by militants in Datta Khel on "
                     "September 13. Sources said that militants abducted two tribal elders on "
                     "September 11.", "2025-09-15")
    assert one["killed"]["low"] == 2


def test_an_act_that_afternoon_by_other_means_in_its_own_paragraph(resources: Resources) -> None:
    text = ("KULACHI: Militants attacked the Kulachi police station in the early hours of "
            "Monday. Two policemen were martyred and three others injured, police said.\n\n"
            "On Monday afternoon, militants targeted a police van with an explosive-laden "
            "quadcopter near Kulachi. The policemen escaped unhurt.")
    found = _extract(resources, text, "2025-12-02")
    assert [f["event_type"] for f in found] == ["attack", "air_drone_strike"]
    assert found[1]["killed"]["low"] is None and found[0]["killed"]["low"] == 2


def test_a_burning_hours_after_the_blast(resources: Resources) -> None:
    text = ("HUB: Four people were killed when a bomb struck a Frontier Corps vehicle near "
            "Sakran on Tuesday morning, officials said.\n\n"
            "Hours after the blast, armed men set fire to three dumpers of a private mining "
            "contractor near Winder. No one was hurt, police said.")
    found = _extract(resources, text, "2026-02-04")
    assert [f["event_type"] for f in found] == ["remote_explosive_landmine_ied",
                                                "looting_property_destruction"]
    assert found[1]["target_type"] == "business"


def test_the_forces_operation_late_that_day_with_its_dead_next(resources: Resources) -> None:
    text = ("LANDI KOTAL: A suicide bomber rammed a car into a check post near Jamrud on "
            "Tuesday morning, killing four soldiers.\n\n"
            "Late on Tuesday, security forces conducted an intelligence-based operation in the "
            "Tatara area on the reported presence of the men who had helped the bomber, the "
            "ISPR said. Three terrorists were killed in an exchange of fire.")
    found = _extract(resources, text, "2026-03-25")
    assert len(found) == 2
    assert found[1]["killed"]["by_category"] == {"militants": 3}
    assert found[1]["perpetrators"][0]["kind"] == "state"
    assert found[0]["killed"]["low"] == 4


def test_a_raid_by_officers_of_the_department_late_that_day(resources: Resources) -> None:
    text = ("KARACHI: A suicide bomber rammed a car into a convoy carrying foreign engineers "
            "near Malir Halt on Friday, killing two police guards and a passer-by, police "
            "said.\n\n"
            "Late Friday, officers of the provincial Counter-Terrorism Department raided a house "
            "in the Shah Latif Town area on a tip that men who had helped plan the attack were "
            "hiding there. The suspects opened fire, and two of them were killed in the "
            "shootout.")
    found = _extract(resources, text, "2026-04-04")
    assert len(found) == 2
    assert found[1]["killed"]["by_category"] == {"militants": 2}
    assert found[0]["killed"]["by_category"] == {"security_forces": 2, "civilians": 1}


# --- doers ----------------------------------------------------------------------------------


def test_troops_of_a_nations_numbered_battalion_who_clashed(resources: Resources) -> None:
    [found] = _extract(resources, "On Saturday, soldiers of the Indonesian military's 751st "
                       "Infantry Battalion clashed with a group of rebels in a forest near "
                       "Karubaga in Tolikara regency, killing two of them, a spokesman said. One "
                       "soldier was wounded.", "2025-10-05")
    assert found["attack_type"] is None
    assert found["target_type"] == "terrorists_non_state_militia"
    assert [d[1] for d in _doers(found)] == ["state"]


def test_troops_tracking_the_kidnappers_who_clashed(resources: Resources) -> None:
    [found] = _extract(resources, "On Tuesday, troops and operatives of the Kwara State Forest "
                       "Guards tracking the kidnappers clashed with a group of gunmen in a forest "
                       "near Yashikira, killing four of them, the army said.", "2026-03-11")
    assert found["attack_type"] is None
    assert [d[1] for d in _doers(found)] == ["state"]


def test_a_spokesman_with_his_rank_and_name(resources: Resources) -> None:
    [found] = _extract(resources, "Congolese army spokesman Captain Jules Ngongo said soldiers "
                       "pursuing the attackers clashed with them on Wednesday near Kyondo, in "
                       "Beni territory, killing six rebels. One soldier was killed in the "
                       "fighting, he said.", "2025-11-13")
    assert found["attack_type"] is None
    assert _doers(found) == [("Armed Forces of the Democratic Republic of the Congo", "state",
                              "attributed")]


def test_the_taliban_s_intelligence_took_men_away(resources: Resources) -> None:
    for text in ("On Friday morning, Taliban intelligence forces took away at least seven men "
                 "from villages near Jabal Saraj in Parwan province, residents said.",
                 "Taliban intelligence personnel took away three brothers from their home in "
                 "Qadis district of Badghis province on Thursday night, a relative said."):
        [found] = _extract(resources, text, "2026-02-07")
        assert found["event_type"] == "abduction_forced_disappearance"
        assert found["attack_type"] is None
        assert _doers(found) == [("Taliban", "state", "attributed")]


def test_a_guards_base_whose_ground_forces_tracked_the_team(resources: Resources) -> None:
    text = ("On Monday, the Revolutionary Guards' Quds Base said its ground forces had tracked "
            "members of the \"terrorist team\" behind the Rask attack to a hideout in the "
            "mountains near Sarbaz and killed two of them in a clash.")
    [found] = _extract(resources, text, "2025-12-09")
    assert _doers(found) == [("Islamic Revolutionary Guard Corps", "state", "attributed")]
    assert found["killed"]["by_category"] == {"militants": 2}


def test_a_raid_s_dead_one_suspected_of_planting_the_ied(resources: Resources) -> None:
    text = ("On Monday, a joint team of the DRG and the CRPF's CoBRA unit killed three Maoists, "
            "including a 'section commander' suspected of planting the Gangaloor IED, in an "
            "encounter in the forests near Mirtur in Bijapur district, the IGP said.")
    [found] = _extract(resources, text, "2026-02-17")
    assert found["event_type"] == "armed_clash" and found["attack_type"] is None
    assert found["killed"]["by_category"] == {"militants": 3}
    # guard: men "suspected of links to the attack" detained later that day are an arrest
    # of their own
    text = ("TALOQAN: A magnetic bomb killed a district official in Taloqan on Sunday, police "
            "said.\n\n"
            "Later on Sunday, Taliban intelligence forces detained three men suspected of links "
            "to the attack in the neighbouring Bangi district, police said.")
    assert [f["event_type"] for f in _extract(resources, text, "2025-10-06")] == [
        "remote_explosive_landmine_ied", "arrests"]


def test_a_lead_s_act_hours_after_another_is_its_own(resources: Resources) -> None:
    text = ("QUITO, Ecuador (AP) — Gunmen stormed an informal gold mining camp in southern "
            "Ecuador over the weekend, killing six workers, hours after a car bomb exploded "
            "outside a police station in a nearby town, authorities said Tuesday.\n\n"
            "About 15 armed men reached the camp in the hills above Portovelo, in El Oro "
            "province, late Saturday and opened fire on miners who were sleeping in tents, "
            "police said.\n\n"
            "Hours before the massacre, a car packed with explosives blew up outside the police "
            "station in the town of Zaruma, damaging two patrol vehicles. No one was hurt.")
    found = _extract(resources, text, "2025-10-21")
    assert [(f["event_type"], f["place"]["name"]) for f in found] == [
        ("attack", "Portovelo"), ("remote_explosive_landmine_ied", "Zaruma")]
    assert found[0]["killed"]["low"] == 6 and found[1]["killed"]["low"] is None


def test_a_round_up_of_title_case_place_lines(resources: Resources) -> None:
    text = ("Gunmen ambushed state police in Guerrero and a grenade attack on a bar left five "
            "dead in Guanajuato over the weekend, while soldiers killed four suspected cartel "
            "gunmen in a firefight in Michoacán. Here's a roundup:\n\n"
            "Petatlán, Guerrero: Three state police officers were killed on Saturday when gunmen "
            "opened fire on their patrol trucks on a rural road near Petatlán, the Guerrero "
            "Security Ministry said.\n\n"
            "Pénjamo, Guanajuato: Armed men threw a grenade into a bar in the center of Pénjamo "
            "early Sunday, killing five people, the state prosecutor's office said.\n\n"
            "Huetamo, Michoacán: Soldiers on patrol came under fire from a group of gunmen near "
            "Huetamo on Sunday afternoon and returned fire, killing four of the attackers, the "
            "Defense Ministry said.")
    found = _extract(resources, text, "2026-02-23")
    assert [f["event_type"] for f in found] == ["attack", "grenade", "armed_clash"]
    assert [f["killed"]["low"] for f in found] == [3, 5, 4]
    assert found[2]["killed"]["by_category"] == {"militants": 4}


def test_an_act_in_the_early_hours_by_other_means(resources: Resources) -> None:
    text = ("SUKKUR: Two unidentified men hurled a cracker at a Rangers vehicle in Rohri on Monday "
            "evening, injuring two Rangers personnel.\n\n"
            "In the early hours of Monday, a low-intensity blast damaged a portion of the railway "
            "track near Kandhra station, suspending train traffic for four hours.")
    found = _extract(resources, text, "2025-09-16")
    assert [f["event_type"] for f in found] == ["grenade", "remote_explosive_landmine_ied"]
    assert found[1]["target_type"] == "transportation"


def test_the_forces_word_of_the_doers_killed_in_the_lead(resources: Resources) -> None:
    text = ("KARACHI: The death toll in Saturday night's bomb blast outside an imambargah in "
            "Orangi Town rose to four on Sunday, while counter-terrorism police said on Monday "
            "they had killed two suspects behind the attack in a shootout in Manghopir.\n\n"
            "A spokesman for the Counter Terrorism Department (CTD) said on Monday that a CTD "
            "team raided a house in Manghopir in the early hours of Monday on a tip-off that men "
            "involved in the blast were hiding there. The suspects opened fire on the team, and "
            "two of them were killed in the exchange of fire.")
    found = _extract(resources, text, "2026-04-28")
    assert [f["killed"]["low"] for f in found] == [4, 2]
    assert found[1]["killed"]["by_category"] == {"militants": 2}
    assert found[1]["attack_type"] is None
    assert [d[1] for d in _doers(found[1])] == ["state"]


def test_an_office_holder_named_with_the(resources: Resources) -> None:
    [found] = _extract(resources, "Gunmen shot dead the mukhtar of al-Zuwiya village, near "
                       "Baiji, outside his house on Thursday evening, police said.", "2026-02-14")
    assert found["killed"]["low"] == 1 and found["killed"]["by_category"] == {"civilians": 1}
    [found] = _extract(resources, "Suspected jihadists abducted the deputy mayor of Yorosso and "
                       "his driver on a road near the town late on Saturday.", "2025-12-08")
    assert found["kidnapped"]["low"] == 2


def test_a_guard_held_at_gunpoint_is_no_arrest(resources: Resources) -> None:
    text = ("HUB: Levies personnel repulsed an attack on their check post in Dureji on "
            "Wednesday night, killing one of the attackers.\n\n"
            "Earlier in the evening, some 10 armed men arrived at a mobile phone tower in "
            "Lakhra, held its guard at gunpoint and set the tower's generator on fire.")
    found = _extract(resources, text, "2025-10-02")
    assert len(found) == 2
    assert all(f["arrested"]["low"] is None for f in found)
    assert found[1]["target_type"] == "telecommunication"


def test_the_road_a_patrol_was_ambushed_on_leads_elsewhere(resources: Resources) -> None:
    text = ("SALVATIERRA: Armed men burst into a bar in Salvatierra on Friday night and opened "
            "fire on customers, killing five people.\n\n"
            "ACAMBARO: Two municipal police officers were killed on Saturday afternoon when "
            "gunmen ambushed their patrol on the road to the community of Iramuco.")
    found = _extract(resources, text, "2026-04-27")
    assert [f["place"]["name"] for f in found] == ["Salvatierra", "Acambaro"]


def test_an_air_strike_neutralising_about_fifteen(resources: Resources) -> None:
    [found] = _extract(resources, "The army said its aircraft struck \"terrorist elements\" "
                       "fleeing the area near the village of Fakola on Saturday morning, "
                       "\"neutralising about 15 terrorists\".", "2025-12-08")
    assert found["killed"]["low"] == 15 and found["killed"]["by_category"] == {"militants": 15}


def test_a_quoted_neutralised_count_is_an_act(resources: Resources) -> None:
    text = ("DUHOK: A Turkish drone struck a car near Shiladze on Tuesday afternoon, killing "
            "both men inside, officials said. Separately, Turkey's Ministry of National Defence "
            "said on Wednesday that its forces had \"neutralised\" three PKK members in an "
            "operation in Yuksekova district in Hakkari province on Tuesday.")
    found = _extract(resources, text, "2025-01-22")
    assert len(found) == 2
    assert found[1]["killed"]["by_category"] == {"militants": 3}


def test_last_month_s_act_is_background(resources: Resources) -> None:
    text = ("An Israeli drone strike on a car near Bazouriyeh killed two men on Thursday "
            "afternoon, Lebanon's health ministry said.\n\n"
            "Earlier on Thursday, an Israeli drone dropped a bomb on an excavator in Ain Ebel, "
            "wounding its operator.\n\n"
            "Last month, an Israeli strike on a building in Bint Jbeil killed five people, "
            "including three children.")
    found = _extract(resources, text, "2025-10-24")
    assert [f["killed"]["low"] for f in found] == [2, None]
    assert found[1]["wounded"]["low"] == 1


def test_the_men_involved_tracked_down_and_killed(resources: Resources) -> None:
    text = ("MOSCOW: Gunmen opened fire on worshippers leaving a mosque in Kizilyurt on Friday, "
            "killing the imam and a worshipper, officials said.\n\n"
            "On Sunday, Russia's Federal Security Service (FSB) said its officers had tracked "
            "down three men involved in the attack to a house in the town of Nartkala and "
            "killed them in an exchange of fire.")
    found = _extract(resources, text, "2025-08-25")
    assert len(found) == 2
    assert found[1]["killed"]["by_category"] == {"militants": 3}
    assert [d[1] for d in _doers(found[1])] == ["state"]


def test_a_raid_on_the_fighters_who_took_part_in_an_ambush(resources: Resources) -> None:
    text = ("YAOUNDE: Suspected separatists killed two gendarmes in an attack on a gendarmerie "
            "post in Fontem on Monday, a security source said.\n\n"
            "The army said soldiers of the Rapid Intervention Battalion (BIR) raided a "
            "separatist camp near Bekondo on Saturday and killed five fighters who had taken "
            "part in the ambush on a passenger bus last Tuesday, in which four passengers were "
            "killed.\n\n"
            "In the North-West region, gunmen abducted the headmaster of a government primary "
            "school and two teachers in Oshie on Tuesday, residents said.")
    found = _extract(resources, text, "2026-03-04")
    assert [f["killed"]["low"] for f in found] == [2, 5, None]
    assert found[1]["killed"]["by_category"] == {"militants": 5}
    assert found[2]["kidnapped"]["low"] == 3


def test_a_part_opened_in_a_town_with_an_article(resources: Resources) -> None:
    text = ("BEIRUT (AP) — An Israeli strike on a house in the village of Yater killed a man and "
            "his wife early on Tuesday, and a drone strike hours later wounded a municipal "
            "worker in the border town of Meiss al-Jabal, the Health Ministry said.\n\n"
            "In Meiss al-Jabal, a drone fired a missile at a municipal bulldozer that was "
            "clearing rubble, wounding its driver, the National News Agency said. The Israeli "
            "military did not comment on that strike.")
    found = _extract(resources, text, "2025-12-03")
    assert [f["killed"]["low"] for f in found] == [2, None]
    assert found[1]["wounded"]["low"] == 1
    # (the drone is the forces' of the nation whose military the paragraph tells of)
    assert _doers(found[1]) == [("Israel Defense Forces", "state", "attributed")]


def test_a_group_s_series_of_attacks_is_background(resources: Resources) -> None:
    text = ("KABUL (AFP) - In a separate attack on Friday, unknown gunmen shot dead two Taliban "
            "policemen at a checkpoint in Shahjoy district of Zabul, local sources said.\n\n"
            "IS has carried out a series of attacks on mosques since the Taliban returned to "
            "power in 2021, including a bombing of a Shiite mosque in Kunduz that year that "
            "killed more than 70 people.")
    [found] = _extract(resources, text, "2026-01-10")
    assert found["event_type"] == "attack" and found["killed"]["low"] == 2
    # guard: a blamed group's record told in a gloss leaves the blame
    text = ("Two members of the Basij were shot dead by unidentified gunmen in Iranshahr on "
            "Tuesday night. The Tasnim news agency, which is affiliated with the Revolutionary "
            "Guards, blamed Jaish al-Adl, a Sunni Baluch militant group that has carried out a "
            "string of attacks on security forces in the province.")
    [found] = _extract(resources, text, "2025-12-17")
    assert ("Jaish al-Adl", "non_state", "attributed") in _doers(found)
