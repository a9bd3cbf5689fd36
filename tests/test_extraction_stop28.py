"""Stop 28's rules, each on a hand-written report.

Counts: persons named after "killing" and "injuring", a first name with its age in brackets
before "and", the companion after a named object, a name opening a later sentence (not "He"),
"the duo" and "the trio", a list past one person's name and age, the members named before the
verb, some of those counted ("Seven of the 35"), one man glossed twice before "was", "the
militants" as at least two, "shot to death", "burnt alive", "strangled", "claimed the lives
of", "embraced shahadat", "were neutralised", people held or taken hostage, injuries caused
to people, people "among the dead" as a breakdown, those "of his" told "also", those "along
with" him far after the verb and the other side's dead told within the fight; deaths
pronounced in hospital and the toll that already held them; "the arrested men" after an
arrest and an arrest not made hold no one more. Sides: police ranks, receptionists; no side
from the officer who told it or a record's victim. Places: a place in the doers' record, the
owner before its possessive, the one district a story names for a site the gazetteer places
in none, the unit after a neighbour named with "bordering". Incidents: the doers told back by
their number, a sentence that names the incident's own day after an earlier one, the place
attacked told back and a clash that "continued"; the act told days before its report dates
the lead; an attack craft is no attack. Doers: groups whose involvement is suspected, a
faction's word before the acronym, fire exchanged, an act after the day's part, a clash's
other side that is no force's men nor the doers told again; forces returning from an
operation fired on were attacked, forces that rushed to militants hiding began the fight.
Targets: a station's officer who told it, the doers' ride after their clause, a victim's
role over a private car, a civilian's own vehicle, the bombers' ride, the way to a place
named, civilian hostages where no one was hurt.

Each case failed on the code of stop 27 (commit 8cd4064), except where a comment says it
guards a rule's reach."""

from __future__ import annotations

from eventwatch.extract.casualties import find_figures
from eventwatch.extract.segment import Sentence
from eventwatch.resources import Resources
from extraction_cases import incidents as _extract
from extraction_cases import sentence_figures


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(f.measure, f.count.low) for f in sentence_figures(text)]


def test_persons_named_after_killing_and_injuring_are_counted() -> None:
    assert _figures(
        "Unidentified assailants opened fire at a car in Peshawar, killing Nisar Afridi on "
        "the spot while injuring Haji Gul and Kabir on December 12.") == [
        ("killed", 1), ("wounded", 2)]


def test_the_two_who_lobbed_a_grenade_go_on_with_the_story(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A militant was killed in a Police shootout in Karachi on September 11, reports The "
        "News. Police said they signaled two men on a motorcycle to stop. However, the two "
        "lobbed a grenade on the Police van injuring Assistant Sub Inspector (ASI) Awan. The "
        "Police chased them and in a shootout killed one of them while the other escaped.")
    assert incident["killed"]["best"] == 1
    assert incident["wounded"]["best"] == 1


def test_an_age_in_brackets_before_and_ends_the_first_name_of_two() -> None:
    assert _figures(
        "Six rebels on bikes abducted Ajay Kumar Singh (30) and Raju Kerketta (19) at gunpoint "
        "from Bondekera village.") == [("kidnapped", 2)]


def test_a_wounded_woman_pronounced_dead_in_hospital_moves_to_the_killed(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Some unidentified armed men opened fire on a car in Lower Dir District on May 9, "
        "leaving three killed on the spot, and a woman injured, who was shifted to the nearby "
        "hospital, where she was pronounced dead by the doctors.")
    assert incident["killed"]["best"] == 4
    assert not incident["wounded"]["best"]


def test_declared_brought_dead_and_breathed_his_last_are_deaths_of_the_wounded() -> None:
    assert _figures("Basit was shifted to District Hospital Anantnag where he was declared "
                    "brought dead.") == [("killed", 1)]
    assert _figures("He was shifted to hospital for treatment where he breathed his "
                    "last.") == [("killed", 1)]


def test_a_place_in_the_doers_record_is_not_the_scene(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three CPI Maoist cadres, who were allegedly involved in the Jiram valley attack on "
        "Congress leaders in Bastar District on May 25, 2013, were killed in an encounter led "
        "by Security Forces in Metapal village of Dantewada District in Chhattisgarh on "
        "January 27, reports Outlookindia.")
    assert incident["place"]["admin2"] == "Dantewada"
    assert incident["place"]["name"] == "Metapal"


def test_a_record_with_no_comma_before_the_main_verb_leaves_the_scene(
        resources: Resources) -> None:
    # guards the rule's reach: the record's clause ends only with its comma
    (incident,) = _extract(
        resources,
        "A gangster, identified as Shakeel Dad, who was involved in more than 50 target "
        "killing cases was shot dead during an encounter with the Police in Mawach Goth area "
        "of Lyari Town in Karachi on December 26, reported The Express Tribune.")
    assert incident["place"]["name"] == "Mawach Goth"


def test_a_name_opening_a_later_sentence_is_the_one_wounded(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two unidentified assailants attacked BJP leader Sibnath Brahma in Kokrajhar town on "
        "November 27. Brahma was talking to a friend Abesh Mahato nearby when the assailants "
        "fired at them. Mahato received bullet injury on his right hand.")
    assert incident["wounded"]["best"] == 1


def test_he_opening_a_sentence_is_no_name_counted_again(resources: Resources) -> None:
    # guards the rule's reach: a pronoun is the victim told before
    (incident,) = _extract(
        resources,
        "One Saifullah was shot dead when unidentified assailants opened fire on him in Khyber "
        "Agency on July 31, reports The News. He suffered severe injuries and was shifted to a "
        "local hospital where he succumbed to his injuries.")
    assert incident["killed"]["best"] == 1
    assert not incident["wounded"]["best"]


def test_the_duo_and_the_trio_count_two_and_three_with_was() -> None:
    assert _figures("Later the duo was abducted by militants.") == [("kidnapped", 2)]
    assert _figures("Police said the trio was arrested near the market.") == [("arrested", 3)]


def test_the_companion_after_a_named_object_is_one_more() -> None:
    assert _figures("Militants shot dead Rahim Khan and his son in Quetta.") == [("killed", 2)]
    assert _figures("During the operation, the SFs arrested Rongjabaja and his Personal "
                    "Security Officer (PSO) identified as Jwnglaw Narzary.") == [("arrested", 2)]


def test_a_station_officer_who_told_it_is_no_police_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "The duo was abducted by militants of the United Peoples Democratic Front (UPDF) in "
        "Lohit District on June 4 and were kept in a makeshift camp, said Namsai Police "
        "Station officer in charge Ratan Nath.")
    assert incident["target_type"] != "police"
    assert incident["kidnapped"]["best"] == 2


def test_the_act_told_days_before_the_report_dates_the_incident(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Mangal Bagh, the fugitive head of the Lashkar e Islam (LI), was killed in a drone "
        "attack on a compound in Nangarhar province of Afghanistan, The News quoting "
        "intelligence sources reported on July 25. The sources said Mangal Bagh had sustained "
        "injuries when a drone struck the compound during the small hours of July 23.")
    assert (incident["date"]["month"], incident["date"]["day"]) == (7, 23)


def test_those_of_the_one_victim_told_also_killed_are_more(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Mangal Bagh, the head of the Lashkar e Islam (LI), was killed in a drone attack in "
        "Nangarhar province of Afghanistan on July 23. Two of his close aides were also "
        "killed in the strike, the sources said.")
    assert incident["killed"]["best"] == 3


def test_along_with_his_aides_far_after_the_verb_are_more() -> None:
    assert _figures(
        "Mangal Bagh, the fugitive head of the Lashkar e Islam (LI), was killed in a United "
        "States (US) drone attack on a compound in the mountainous Bandar Khudi Khola area in "
        "Nangarhar province of Afghanistan along with his two close aides.") == [("killed", 3)]


def test_a_village_the_gazetteer_lacks_lies_in_the_one_district_named(
        resources: Resources) -> None:
    incidents = _extract(
        resources,
        "CPI Maoist cadres killed two villagers in separate incidents in Gadchiroli District "
        "on suspicion of being Police informers on June 4 and 5, reports Times of India. A "
        "group of Maoists abducted Bajirao Madavi (44) from Yedaskuhi village in Kurkheda "
        "tehsil in the night of June 5 and shot him dead in a nearby forest.")
    village = next(i for i in incidents if i["place"]["name"] == "Yedaskuhi")
    assert village["place"]["admin2"] == "Gadchiroli"


def test_the_district_of_a_town_told_as_a_distance_is_not_the_scenes(
        resources: Resources) -> None:
    # guards the rule's reach: the district after "70 kilometres from Jamshedpur" is
    # Jamshedpur's, and the gazetteer's own district of the village stands
    (incident,) = _extract(
        resources,
        "A group of PLFI cadres set a vehicle on fire at a road construction site near Tirku "
        "village in Kharsawan Police Station area, around 70 kilometres from Jamshedpur in "
        "East Singhbhum District on June 3, reports The Telegraph.")
    assert incident["place"]["admin2"] == "Saraikela"


def _sides(text: str) -> list[tuple[str, int | None, dict[str, int]]]:
    return [(f.measure, f.count.low, f.count.by_category) for f in sentence_figures(text)]


def test_a_superintendent_of_police_is_a_security_force_and_a_receptionist_a_civilian() -> None:
    assert _sides(
        "Superintendent of Police SP Muhammad Ilyas was killed in Nawan Killi area of Quetta "
        "on November 15 along with three family members.") == [
        ("killed", 4, {"security_forces": 1, "civilians": 3})]
    assert _sides("A security guard and a lady receptionist of a mobile franchise were shot "
                  "dead.") == [("killed", 2, {"security_forces": 1, "civilians": 1})]


def test_a_name_and_age_before_the_and_of_an_object_list_go_on_with_it() -> None:
    assert _figures(
        "Militants opened fire, injuring a lady receptionist Faiza, (25), and three customers "
        "Imtiaz, Waseem, and Mansoor.") == [("wounded", 4)]


def test_the_officer_who_told_it_and_the_victim_of_a_record_give_no_side() -> None:
    # guards the reach of the police ranks added in stop 28 (before, no rank was a person)
    assert _sides("According to Superintendent of Police (SP) S.P. Sarma, Rakesh Brahma was "
                  "arrested along with arms later.") == [("arrested", 1, {})]
    # (the record's victim gives no side; the subject before the relative clause does, since
    # stop 47: the cadre is a militant)
    assert _sides(
        "A hardcore CPI Maoist cadre, identified as Praveer Da, who played a major role in the "
        "2013 killing of Superintendent of Police (SP) Amarjeet Balihar in Pakur District on "
        "July 2, 2013, was allegedly arrested from the residence of a mukhiya.") == [
        ("arrested", 1, {"militants": 1})]


def test_the_doers_motorcycle_after_a_clause_of_theirs_is_no_target(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A passer by was injured in the attack in Quetta on November 15. The SP was killed "
        "when three armed men whose identity are yet to be ascertained riding on a motorcycle "
        "intercepted his car and opened fire killing him along with his wife son and "
        "granddaughter")
    assert not any(e["field"] == "target_type" and e["text"] == "motorcycle"
                   for e in incident["evidence"])


def test_victims_riding_a_motorcycle_stay_its_riders(resources: Resources) -> None:
    # guards the rule's reach: no doer before "riding"
    (incident,) = _extract(
        resources,
        "Two persons, riding a motorcycle, were killed by a landmine explosion in the Kathan "
        "area of Dera Bugti District on December 19, reports Dawn.")
    assert incident["target_type"] == "private_citizens"


def test_a_car_fired_on_says_less_than_the_cleric_in_it(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three people, including Mufti Usman Yar, the Secretary General of Jama’at Ulema e "
        "Islam Sami ul Haq (JUI S), were killed when unidentified militants opened fire on a "
        "car near Awami Markaz in Karachi on January 17, reports The News.")
    assert incident["target_type"] == "religious_figures_institutions"


def test_a_car_fired_on_outside_a_hostel_stays_a_private_target(resources: Resources) -> None:
    # guards the rule's reach: a building's name is no victim's role
    (incident,) = _extract(
        resources,
        "Unidentified assailants opened fire at a car outside MPA hostel in Peshawar, killing "
        "Nisar Afridi on the spot while injuring Haji Gul and Kabir on December 12.")
    assert incident["target_type"] == "private_citizens"


def test_the_bombers_motorcycles_are_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least 48 persons were killed in twin suicide attacks at Parachinar in Kurram Agency "
        "on July 26, reports The News. Suicide bombers on motorcycles blew themselves up "
        "within a minute of each other outside an Imambargah in Parachinar bazaar.")
    assert incident["target_type"] == "religious_figures_institutions"


def test_a_civilians_own_vehicle_on_his_way_to_a_bazaar_is_a_private_target(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Unidentified assailants shot dead a tribal elder, Malik Faqir Jan, in Mundan area of "
        "Kurram Agency on December 21, reports The News. Malik Faqir Jan was on way to Sadda "
        "bazaar when unidentified assailants opened fire on his vehicle. Malik Faqir was killed "
        "on the spot while his driver sustained critical injuries.")
    assert incident["target_type"] == "private_citizens"


def test_some_of_the_counted_are_that_many_of_their_side() -> None:
    assert _sides("Seven of the 35 tribesmen were killed by their abductors.") == [
        ("killed", 7, {"civilians": 7})]


def test_all_of_them_told_by_a_relative_clause_stay_counted() -> None:
    # guards the rule's reach: "who were abducted" tells of the 35
    assert ("kidnapped", 35, {"civilians": 35}) in _sides(
        "Seven of the 35 tribesmen who were abducted in an attack on a convoy on March 26, "
        "are suspected to have been killed.")


def test_one_man_named_and_glossed_twice_with_was_is_one() -> None:
    assert _figures("Biswas, a ginger trader by profession and a resident of Krishnai, was "
                    "abducted by GNLA militants on January 4 from Nangapa.") == [
        ("kidnapped", 1)]


def test_civilian_hostages_say_the_target_over_a_station_named_for_the_place(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Separately, in a joint operation, Army and Assam Police rescued a businessman, "
        "identified as Hajrat Ali, who was abducted by unidentified assailants on December 29 "
        "from Tulsibari Bazar under Rangia Police Station in Kamrup District, from a militant "
        "hideout at Latibari, reports The Sentinel.")
    assert incident["target_type"] == "private_citizens"


def test_a_towers_guards_held_leave_the_tower_the_target(resources: Resources) -> None:
    # guards the rule's reach: hostages of a force's word do not replace the target named
    (incident,) = _extract(
        resources,
        "Maoists demolished a mobile tower of a private operator and abducted its two security "
        "guards at Chain in Jamui District on December 3, reports Zee News.")
    assert incident["target_type"] == "telecommunication"


def test_groups_whose_involvement_is_suspected_are_suspected(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least 45 persons were killed in a huge explosion that ripped through a Shia "
        "majority neighbourhood in Karachi on March 3, reports The News. The IGP suspected the "
        "involvement of banned outfits the Tehreek e Taliban Pakistan (TTP) in collaboration "
        "with the Lashkar e Jhangvi (LeJ).")
    assert {(p["actor"], p["status"]) for p in incident["perpetrators"]} == {
        ("Tehrik-i-Taliban Pakistan", "suspected"), ("Lashkar-e-Jhangvi", "suspected")}


def _doers(resources: Resources, text: str) -> set[tuple[str | None, str, str]]:
    (incident,) = _extract(resources, text, published=None)
    return {(p["actor"], p["mention"], p["status"]) for p in incident["perpetrators"]}


def test_a_group_named_with_its_factions_word_and_acronym_did_what_follows(
        resources: Resources) -> None:
    assert _doers(
        resources,
        "Janatantrik Tarai Mukti Morcha Krantikari (JTMM K) exploded an improvised explosive "
        "device (IED) in Rajbiraj, the District headquarters of Saptari, on June 14, reports "
        "The Himalayan Times.") == {
        ("Janatantrik Terai Mukti Morcha", "Janatantrik Tarai Mukti Morcha", "attributed")}


def test_cadres_who_exchanged_fire_and_militants_at_night_are_doers(
        resources: Resources) -> None:
    assert _doers(
        resources,
        "A group of Communist Party of India Maoist (CPI Maoist) cadres exchanged fire with "
        "Security Force (SF) personnel near Dongarjoda village in Kandhamal District on "
        "February 5, reports The Hindu.") == {
        ("Communist Party of India (Maoist)", "Communist Party of India Maoist", "attributed")}
    assert _doers(
        resources,
        "Separately militants on September 7 night attacked a Police picket in Achhabal in "
        "Anantnag District and the attack was repulsed by the security guards.") == {
        (None, "militants", "attributed")}


def test_the_story_told_from_the_night_before_is_the_same_encounter(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Two Border Security Force BSF troopers were killed and four others were critically "
        "wounded in an encounter with CPI Maoist cadres in Becha forests of Kanker District on "
        "March 12 reports The Hindu. A special operation was launched from Chotibetia BSF camp "
        "at 11 45 pm on March 11 and the BSF parties had an exchange of fire with the Maoists "
        "at around 2 25 am on March 12 near Becha village.")
    assert (incident["date"]["month"], incident["date"]["day"]) == (3, 12)
    assert incident["killed"]["best"] == 2


def test_the_checkpost_attacked_the_night_before_and_the_clash_that_continued_are_one(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Five militants and a security official belonging to the 33 Baloch Regiment were "
        "killed when Tehreek e Taliban Paksitan (TTP) attacked a security checkpost in the "
        "Kadakard area of Upper Dir District on September 27, reported Daily Times. According "
        "to sources, the checkpost was attacked by a large number of TTP militants late on "
        "September 26, 2012. The clash between them continued till September 27, resulting in "
        "death of a security official and five militants.", published=None)
    assert incident["killed"]["best"] == 6
    assert (incident["date"]["month"], incident["date"]["day"]) == (9, 27)


def test_forces_returning_from_an_operation_fired_on_were_attacked(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three CoBRA personnel were injured in an encounter with CPI Maoist cadres in "
        "Dantewada District on August 19, reports The Times of India. The encounter took place "
        "when the Security Forces were returning after an anti Naxal operation in the region, "
        "when a group of armed Maoists opened fire on them.")
    assert incident["attack_type"] == "armed_assault"
    assert [p["kind"] for p in incident["perpetrators"]] == ["non_state"]


def test_the_forces_men_and_the_doers_told_again_are_no_other_side(
        resources: Resources) -> None:
    assert _doers(
        resources,
        "A woman CPI Maoist cadre was shot dead in a gun battle in Sukma District on March 2, "
        "reports NDTV. The rebel was killed in an exchange of fire between a joint team of "
        "security personnel and ultras late last night. A group of armed insurgents opened "
        "fire on them in a hilly area of Gadgad village last night following which security "
        "personnel retaliated.") == {(None, "A group of armed insurgents", "attributed")}


def test_the_district_after_a_neighbour_named_is_the_scenes(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Son of a local leader of Bharatiya Janata Party BJP in Tinsukia District who was "
        "abducted on December 15 by ULFA I militants was released on December 25 at Tengmu "
        "village bordering Myanmar in Changlang District reports The Telegraph.")
    assert (incident["place"]["admin1"], incident["place"]["admin2"]) == (
        "Arunachal Pradesh", "Changlang")


def test_shot_to_death_counts_its_whole_subject() -> None:
    assert _figures("Three Mohajir Qaumi Movement (MQM Haqiqi) cadres and a taxi driver were "
                    "shot to death on the National Highway.") == [("killed", 4)]


def test_burnt_alive_and_strangled_kill() -> None:
    assert _figures("Two persons were burnt alive when militants set a bus ablaze.") == [
        ("killed", 2)]
    assert _figures("The villager was strangled by the Maoists.") == [("killed", 1)]


def test_names_of_the_groups_members_before_the_verb_are_no_more() -> None:
    assert _figures("Two employees of a road construction contractor Kampani Sao and Amar "
                    "Kumar were arrested with INR 100 000 cash.") == [("arrested", 2)]


def test_a_place_after_its_owner_is_the_scene(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Police arrested two employees with INR 100 000 cash meant for payment to a CPI "
        "Maoist operative in Bihar s Munger District on April 20 reports The Business "
        "Standard.")
    assert (incident["place"]["admin1"], incident["place"]["admin2"]) == ("Bihar", "Munger")


def test_a_role_played_in_a_killing_elsewhere_is_a_record(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A hardcore CPI Maoist cadre, identified as Praveer Da, who played a major role in the "
        "2013 killing of Superintendent of Police Amarjeet Balihar in Pakur District on July 2, "
        "2013, was allegedly arrested at Harwadangal village in Ramgarh Block in Dumka District "
        "on September 27, reports The Telegraph.")
    assert incident["place"]["admin2"] == "Dumka"


def test_a_faction_word_must_be_the_acronyms_last_letter(resources: Resources) -> None:
    # guards the rule's reach: a misspelt word of the name keeps the acronym the mention
    assert _doers(
        resources,
        "Five militants and a security official were killed when Tehreek e Taliban Paksitan "
        "(TTP) attacked a security checkpost in Upper Dir District on September 27.") == {
        ("Tehrik-i-Taliban Pakistan", "TTP", "attributed")}


def test_a_site_named_after_its_owners_possessive_leaves_the_owner_out(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "QUETTA: A grenade attack on a shop in Quetta's Sariab area on Sunday wounded five "
        "people, police said.")
    assert incident["place"]["name"] == "Sariab"


def test_forces_that_rushed_to_militants_hiding_began_the_fight(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A woman CPI Maoist cadre was killed in an encounter with Police at a village in "
        "Dhanora tehsil of Gadchiroli District early on May 10, reports NDTV. After coming to "
        "know that some Naxals were hiding in a house located in deep forests of Murekasa "
        "village, police rushed there last evening, he said. The Police patrol party was "
        "attacked by Naxals and they retaliated.", published=None)
    assert incident["attack_type"] is None
    assert [p["kind"] for p in incident["perpetrators"]] == ["state"]


def test_an_attack_craft_is_no_attack(resources: Resources) -> None:
    assert _extract(
        resources,
        "The Border Security Force (BSF) is set to increase patrolling in Sir Creek in "
        "Gujarat s Rann of Kutch on the India Pakistan border with the help of fast attack "
        "craft (FAC), The Times of India reports on June 24. Early this month (June), BSF "
        "received an input that a group of men in boats were trying to cross into India from "
        "Pakistan in boats. Though unmanned aerial vehicles (UAVs) were mounted for "
        "surveillance soon after, the BSF, which has three battalions to man the creeks, could "
        "send out a patrol only a day later.", published=None) == []


def test_the_arrested_men_told_after_their_arrest_are_no_new_figure() -> None:
    text = ("Frontier Corps personnel arrested six suspected militants in Mastung on November "
            "6. An FC spokesperson said that four of the arrested men belonged to the LeJ.")
    sentence = Sentence(0, text.index("An FC"), len(text), text[text.index("An FC"):], False)
    assert [f for f in find_figures(text, sentence) if f.measure == "arrested"] == []


def test_the_detained_named_with_no_arrest_before_still_count() -> None:
    # guards the rule's reach: no arrest told before, the words tell of one
    assert _figures("One of the detained terrorists was identified as Abid, son of Younas.") \
        == [("arrested", 2)]


def test_the_militants_arrested_are_at_least_two_and_an_arrest_not_made_none() -> None:
    assert _sides("Police arrested the militants in the raid.") == [
        ("arrested", 2, {"militants": 2})]
    assert _figures("Police said that militants had kidnapped the man.") == [("kidnapped", 1)]
    assert _figures("The Security Forces (SFs) could not arrest the kidnappers.") == []


def test_injuries_caused_to_people_wound_them() -> None:
    assert _sides("The explosion outside the office caused injuries to three passers by.") == [
        ("wounded", 3, {"civilians": 3})]


def test_news_words_for_killing_and_hostages() -> None:
    assert _sides("The attack claimed the lives of three policemen.") == [
        ("killed", 3, {"security_forces": 3})]
    assert _figures("Four soldiers embraced shahadat in the attack.") == [("killed", 4)]
    assert _figures("Three terrorists were neutralised by the forces.") == [("killed", 3)]
    assert _figures("Militants held 30 passengers hostage.") == [("kidnapped", 30)]
    assert _figures("Afghan Taliban took the seven people onboard hostage.") == [
        ("kidnapped", 7)]


def test_a_thing_neutralised_and_a_past_toll_told_in_a_clause_kill_no_one() -> None:
    # guards the reach of the words added in stop 28
    assert _figures("Security Forces neutralised a transit Maoist camp.") == []
    assert _figures("A racket has been neutralized with arrest of four persons.") == [
        ("arrested", 4)]
    assert _figures("He condemned the August 8 suicide bombing in Quetta which had claimed the "
                    "lives of over 74 people.") == []


def test_people_among_the_dead_break_the_toll_down(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "QUETTA: At least 12 people were killed and 30 injured when a suicide bomber targeted a "
        "police truck near the Quetta Press Club on Monday, officials said. Deputy Inspector "
        "General of Police Fida Hussain said that eight policemen were among the dead.")
    assert incident["killed"]["low"] == 12
    assert incident["killed"]["by_category"] == {"security_forces": 8, "unknown": 4}


def test_the_other_sides_dead_told_within_the_fight_are_more(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "PESHAWAR: Security forces killed 10 terrorists in an intelligence-based operation "
        "(IBO) in North Waziristan's Mir Ali area on Tuesday, the Inter-Services Public "
        "Relations (ISPR) said. During the exchange of fire, two soldiers embraced shahadat, "
        "the military's media wing said.")
    assert incident["killed"]["best"] == 12
    assert incident["killed"]["by_category"] == {"militants": 10, "security_forces": 2}
