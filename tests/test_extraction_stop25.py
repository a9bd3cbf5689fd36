"""Stop 25's rules, each on a hand-written report: money whose decimal point was lost ("INR 1 6
million") counts no one; a "security officer" is of the security forces; a force that
returned fire is no target, and militants hurt by that reply do not make the target a
militia where the dead are not told apart; a destination after "proceeding to" is not the
scene; an errand after "on their way to" names no target; "another was wounded" after a
first victim is of that victim's side; a death told again by the victim's name counts once;
the target told after a long subject ("the target of the remotely detonated bomb was"); a
Home Secretary or Minister names no home, and a minister who "sought a report" is no target;
militants who fire on a raid told early in a long sentence resist the state's operation; an
associate's home town is not the scene, nor a country after "Indo"; suicide vests exploded
make a suicide bombing, and a courthouse is a government target; a writer, a wife, a party's
president are civilians; a part played in a killing ("collaborated with ... in the killing
of") is a record of those arrested; the fight a protested death came in is referred to,
and so is the act an incident "came hours after"; a town in no district lies in the one
district the first sentence names after "of"; a claim a vow is "despite" is referred to; a
group named in a claim's reason claimed nothing; an MLA's residence is a government target;
attacks foretold ("will face ... attacks") are no incident; a day glued to its part of the
day ("December 9evening") is read; bombers who alone blew themselves up are counted dead,
a toll told beside them stands as told; acts a notice or a petition is for are referred
to; a medical practitioner is a civilian; a name told as a neighbourhood votes for no
country; coal miners are civilians and their mine a business; a long group name with
initials before its noun; a lead's blast took place whatever was defused after it; the
force that rescued a hostage and a construction firm's camp are no targets; "the number of
victims ... has gone up to" updates the toll.
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


def test_a_death_told_again_by_the_victims_name_counts_once(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A constable of the CoBRA, Ravi Kumar Sharma, succumbed to bullet injuries in an "
        "encounter with the CPI Maoist cadres in Latehar District on April 5, reports The "
        "Hindu. A Police chopper was sent to rescue the injured Policemen. Sharma, however, "
        "died on way.")
    assert incident["killed"]["best"] == 1
    assert incident["killed"]["by_category"] == {"security_forces": 1}


def test_the_target_told_after_a_long_subject(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least one person was killed and 13 others were injured in an explosion near a "
        "fruit market in Quetta on December 4, reports Dawn. The Home Secretary said that "
        "the target of the remotely detonated bomb was a Security Forces (SFs) vehicle.")
    assert incident["target_type"] == "military"


def test_a_home_secretary_names_no_home(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Unidentified gunmen shot dead a man in Quetta on December 4, reports Dawn. The "
        "Provincial Home Secretary ordered an inquiry.")
    assert incident["target_type"] != "private_citizens" or (
        incident["killed"]["by_category"] == {"civilians": 1})
    assert all(e["text"] != "Home" for e in incident["evidence"])


def test_a_minister_who_sought_a_report_is_no_target(resources: Resources) -> None:
    incidents = _extract(
        resources,
        "Union Home Minister Rajnath Singh on June 24 has sought a report on how two former "
        "insurgents were shot dead by gunmen in Imphal District on June 21, reports The "
        "Sentinel.")
    (incident,) = incidents
    assert incident["target_type"] == "private_citizens"  # the two dead, no longer the home
    assert not [e for e in incident["evidence"] if e["field"] == "target_type"]


def test_militants_firing_on_a_raid_told_early_in_a_long_sentence_fought_the_state(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The Khatkhati Police in an encounter killed a UPLA militant at Bokajan in Karbi "
        "Anglong District on March 12, reports The Sentinel. Security Forces (SFs) conducted "
        "a raid in the Lalmati area along the Assam Nagaland border on being tipped off about "
        "the movement of some unidentified militants in the area and while the Police team "
        "was on move, the militant group opened fire and the column retaliated.")
    assert incident["attack_type"] is None
    assert incident["perpetrators"][0]["kind"] == "state"


def test_militants_who_fired_first_with_no_raid_began_the_fight(
        resources: Resources) -> None:
    # guards the rule's reach: no raid, cordon or search in the fire's sentence
    (incident,) = _extract(
        resources,
        "A militant was killed in an exchange of fire with the Police at Bokajan in Karbi "
        "Anglong District on March 12, reports The Sentinel. A Police team was on its way "
        "back to the Bokajan Police Station after a meeting with the villagers of the area "
        "about the festival arrangements when the militant group opened fire on it.")
    assert incident["attack_type"] == "armed_assault"


def test_an_associates_home_town_is_not_the_scene(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Lashkar e Toiba over ground worker identified as Obaid Tariq Untoo and his "
        "associate Yawar Muzaffar Tanga of Sopore were arrested by the Police in Srinagar on "
        "April 4, reports Daily Excelsior.")
    assert incident["place"]["admin2"] == "Srinagar"


def test_a_country_after_indo_is_an_adjective_not_the_scene(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The Crime Branch on April 13 arrested the kingpin of the Indo Nepal fake currency "
        "racket, identified as Nagina Prasad, from Bettiah of West Champaran District, "
        "according to The Times of India. Police also arrested a courier who worked for a "
        "Nepal based racketeer. He coordinated the operations from Nepal, an officer said.")
    assert incident["place"]["country"] == "IN"
    assert incident["place"]["admin1"] == "Bihar"


def test_suicide_vests_exploded_make_a_suicide_bombing(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least 11 people were killed and 25 others were injured when militants attacked "
        "the courthouse complex in Islamabad on March 3, reports Daily Times. The militants "
        "sprayed bullets at everyone, hurled hand grenades and later exploded their suicide "
        "vests.")
    assert incident["event_type"] == "suicide_bomb"
    assert incident["target_type"] == "government_general"  # the courthouse (GTD)


def test_a_writer_a_wife_and_a_party_president_are_civilians(resources: Resources) -> None:
    (writer,) = _extract(
        resources,
        "Secular writer Niloy Neel was hacked to death at his flat in Dhaka city's Goran area "
        "on August 7 by three unidentified assailants, reports Dhaka Tribune.")
    assert writer["killed"]["by_category"] == {"civilians": 1}
    (president,) = _extract(
        resources,
        "The ANP District President, Khan Gul Bhattani, was shot dead by unidentified "
        "gunmen in Kohat District on May 2, reports Dawn. His wife was also injured.")
    assert president["killed"]["by_category"] == {"civilians": 1}
    assert president["wounded"]["by_category"] == {"civilians": 1}


def test_an_age_before_wife_of_counts_no_one(resources: Resources) -> None:
    # guards the kin words' reach: "49 wife of" would count 49 wives
    (incident,) = _extract(
        resources,
        "Police arrested a cadre of the KCP identified as Ongbi Nirmala Devi 49 wife of "
        "Bhumeshwor Meitei of Kodompokpi in Imphal West District on March 18, reports "
        "Kanglaonline.")
    assert incident["arrested"]["best"] == 1


def test_a_factions_name_is_no_chairman(resources: Resources) -> None:
    # guards the reach of "chairman" as a civilian's word
    (incident,) = _extract(
        resources,
        "Police arrested one Vice Chairman faction of People's Revolutionary Party of "
        "Kangleipak (PREPAK VC) cadre at Poirei Khongjil in Imphal East District on June 13, "
        "reports The Sangai Express.")
    assert "civilians" not in incident["arrested"]["by_category"]


def test_an_armed_groups_vice_chairman_is_a_militant(resources: Resources) -> None:
    # guards the reach of "chairman" as a civilian's word
    (incident,) = _extract(
        resources,
        "Police arrested a vice chairman of Hizb ul Mujahideen in Doda District on June 13, "
        "reports Daily Excelsior.")
    assert incident["arrested"]["by_category"] == {"militants": 1}


def test_a_leader_of_a_north_eastern_insurgent_group_is_a_militant(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Police arrested an NSCN IM leader in Dimapur District on June 13, reports The Sangai "
        "Express.")
    assert incident["arrested"]["by_category"] == {"militants": 1}


def test_a_part_played_in_a_killing_is_a_record_of_those_arrested(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Four persons who allegedly collaborated with the CPI Maoist in the killing of a "
        "former MLA were arrested from Dumbriguda Mandal in Visakhapatnam District on October "
        "14, reports The Hindu.")
    assert incident["event_type"] == "arrests"
    assert incident["arrested"]["best"] == 4


def test_the_fight_a_protested_death_came_in_is_referred_to(resources: Resources) -> None:
    assert _extract(
        resources,
        "Protesting the death of a woman Communist Party of India Maoist (CPI Maoist) cadre in "
        "an encounter with the Special Operation Group (SOG) personnel, the Maoists observed a "
        "bandh in Rayagada District on September 29, reports Odisha Sun Times.") == []


def test_the_act_an_incident_came_hours_after_is_referred_to(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoist cadres abducted eight villagers from Kalahandi District, Police said on "
        "October 25, reports New Indian Express. The abduction came just hours after a joint "
        "operation by Andhra Pradesh (AP) and Odisha Police on the border between the States "
        "that killed 28 ultras, including three top cadres on October 24.")
    assert incident["kidnapped"]["best"] == 8
    assert incident["killed"]["best"] is None


def test_a_town_in_no_district_lies_in_the_district_named_after_of(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Four Police personnel were gunned down in the Lachi tehsil secondlowest tier of "
        "local Government of Kohat District on May 20 night, reports Dawn. Unknown assailants "
        "targeted a police mobile.")
    assert incident["place"]["admin2"] == "Kohat"


def test_a_claim_named_as_what_a_vow_is_despite_is_referred_to(resources: Resources) -> None:
    assert _extract(
        resources,
        "The TTP's Mohmand Agency chief on March 11 vowed to abide by the ceasefire despite "
        "the outfit's claim of killing 23 Frontier Corps (FC) soldiers, reports Dawn.") == []


def test_a_group_named_in_the_claims_reason_claimed_nothing(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Ten Policemen were killed when two suicide bombers blew themselves up inside a "
        "Police Station in Dera Ismail Khan District on June 25, reports Daily Times. Tehreek "
        "e Taliban Pakistan (TTP) claimed the responsibility for the attack, saying it was "
        "partly in revenge for the US raid that killed al Qaeda 'chief' Osama bin Laden.")
    assert [p["actor"] for p in incident["perpetrators"]] == ["Tehrik-i-Taliban Pakistan"]


def test_a_claim_on_behalf_of_a_group_is_still_its(resources: Resources) -> None:
    # guards the rule's reach: the group right after "claimed responsibility on behalf of"
    (incident,) = _extract(
        resources,
        "A bomb exploded near a Police Station in Dera Ismail Khan District on June 25, "
        "reports Daily Times. A spokesman claimed responsibility on behalf of Tehreek e "
        "Taliban Pakistan.")
    assert [p["status"] for p in incident["perpetrators"]] == ["claimed"]


def test_an_mlas_residence_is_a_government_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A hand grenade hurled by unidentified persons exploded at the residence of a Member "
        "of Legislative Assembly (MLA) in Imphal West District on October 14, reports The "
        "Sangai Express.")
    assert incident["target_type"] == "government_general"


def test_attacks_foretold_are_no_incident(resources: Resources) -> None:
    assert _extract(
        resources,
        "A party chief on June 12 said that the Pakistan Army will face deadly suicide attacks "
        "if it undertakes operations in North Waziristan, reports Times of India.") == []


def test_a_day_with_its_part_glued_after_it_is_read(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Four CPI Maoist leaders were arrested from Karkeli weekly market in Bijapur District "
        "on December 9evening, reports The New Indian Express.")
    assert incident["date"]["value"].endswith("-12-09")


def test_bombers_who_alone_blew_themselves_up_are_counted_dead(resources: Resources) -> None:
    (alone,) = _extract(
        resources,
        "Three Jama atul Mujahideen Bangladesh JMB militants blew themselves up in a house "
        "in Chapainawabganj District on November 28, reports The Daily Star.")
    assert alone["killed"]["best"] == 3
    assert alone["killed"]["by_category"] == {"militants": 3}


def test_a_toll_told_beside_the_bombers_death_stands_as_told(resources: Resources) -> None:
    # guards the rule's reach: the report's toll is read as it is told
    (incident,) = _extract(
        resources,
        "At least 48 persons were killed when a suicide bomber blew himself up in a crowded "
        "market in Peshawar on October 28, reports Dawn.")
    assert incident["killed"]["low"] == 48
    assert incident["killed"]["by_category"] == {"civilians": 48}


def test_acts_a_notice_or_petition_is_for_are_referred_to(resources: Resources) -> None:
    assert _extract(
        resources,
        "A former military ruler was on October 24 served a notice for allowing drone attacks "
        "in the Tribal Areas, reports Daily Times. An advocate filed a writ petition against "
        "the drone attacks in North Waziristan.") == []


def test_a_medical_practitioner_is_a_civilian(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A private medical practitioner was abducted by an armed group at Dumnikura market in "
        "South Garo Hills District on July 8, reports The Shillong Times.")
    assert incident["kidnapped"]["by_category"] == {"civilians": 1}


def test_a_name_told_as_a_neighbourhood_votes_for_no_country(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The house of a journalist was damaged in an explosion in Murshidabad locality on the "
        "Kohat Road in Peshawar, the provincial capital of Khyber Pakhtunkhwa, on July 2, "
        "reports The News.")
    assert incident["place"]["country"] == "PK"
    assert incident["place"]["admin2"] == "Peshawar"


def test_coal_miners_are_civilians_and_their_mine_a_business(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A group of armed abductors kidnapped eight coal miners from Shahrag area of Harnai "
        "District on December 25, reports The Express Tribune. The coal miners were sleeping "
        "in their makeshift camp near the coalfield when armed militants besieged their camp.")
    assert incident["kidnapped"]["by_category"] == {"civilians": 8}
    assert incident["target_type"] == "business"


def test_a_long_group_name_with_initials_before_its_noun(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "An I.K. Songbijit faction of the National Democratic Front of Bodoland (NDFB IKS) "
        "militant was killed in an operation by Security Forces in Kokrajhar District on "
        "September 22, reports The Telegraph.")
    assert incident["killed"]["by_category"] == {"militants": 1}


def test_a_leads_blast_took_place_whatever_was_defused_after_it(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two shops were destroyed when an explosive device planted in the Kamar Sar bazaar in "
        "Bajaur Agency went off on June 26, reports The News. Officials defused another "
        "explosive device planted nearby.")
    assert incident["event_type"] == "remote_explosive_landmine_ied"


def test_a_controlled_explosion_is_the_defusing(resources: Resources) -> None:
    # guards the rule's reach: the lead's own defusing
    (incident,) = _extract(
        resources,
        "The Bomb Disposal Squad defused a magnetic bomb in a controlled explosion at the "
        "Kiamari Oil terminal of Karachi on May 7, reported Dawn.")
    assert incident["event_type"] == "disrupted_weapons_use"


def test_the_force_that_rescued_the_hostage_is_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Police rescued a businessman, who was abducted by unidentified assailants on "
        "December 29 from Tulsibari Bazar in Kamrup District, reports The Sentinel.")
    assert incident["target_type"] == "business"


def test_the_camp_of_a_construction_firm_is_no_military_camp(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "CPI Maoist cadres attacked the camp of a construction firm at Saraikela village in "
        "Bargarh District and set ablaze six vehicles on December 10, reports Zee News.")
    assert incident["target_type"] == "business"


def test_two_men_of_one_rank_dying_are_two_deaths(resources: Resources) -> None:
    # guards the rule's reach: a rank told before two names is no name
    (incident,) = _extract(
        resources,
        "Two Policemen were injured when militants opened fire on a Police party in Bannu "
        "District on May 5, reports Dawn. Constable Ram Khan succumbed to his injuries on May "
        "6. Constable Sher Ali succumbed to his injuries on May 7.")
    assert incident["killed"]["best"] == 2


def test_the_number_of_victims_gone_up_updates_the_toll(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two policemen were killed in a landmine blast triggered by CPI Maoist cadres at "
        "Kirandul in Dantewada District on June 26, reports IBNLive. The number of victims in "
        "the landmine blast has gone up to four.")
    assert incident["killed"]["best"] == 4
