"""Stop 36's rules, on hand-written reports in the shapes the seventeenth to twentieth groups
(tests/fixtures/world36, world36b, world36c, world36d; written by separate coders who never
read the extraction code) left wrong.

Round-ups and leads: a wire dateline with its country and day ("BUNIA, Congo, March 9 (Reuters)
- ") opens the sentence as the shorter ones do; a place line in capitals opens its part also
after an incident whose first sentence had none, may carry its country ("TEBNINE, Lebanon - "),
and names the unit, not the site ("KHUSHAB: ... near Jauharabad" is Jauharabad, in the line's
district); a round-up's lead that joins two harms with "while" keeps its first clause where a
part below tells the second under its own place line; a summary lead's part in which "troops
of Operation Fansan Yamma ... killed 13 bandits" is the state's operation.

The forces' follow-up: the operation launched "Following the attack", or on a later day, with
its dead told next, is an incident of its own, and so are the forces' operation against the
militants "involved in the attack" a day after it and soldiers "searching for the attackers"
who "clashed with a group of gunmen" late that day; a second device found and made safe the
next day is one too.

Days: the day a fight went on "until the early hours of", the day and town a spokesman was
"speaking to reporters" on and in, and the day the attackers' bodies "were found" are no days
of another act.

Counting: soldiers killed "and others wounded in the fighting", attackers the troops
"neutralized" after a toll of the forces' own men, and attackers "killed as troops fought back"
are more dead of another side; "37 extortion-related grenade attacks ... since January" is a
tally; passengers "seized" and worshippers "whisked away" are kidnapped; cartel and gang members
are militants; a group's word of its own dead ("the group said in a statement mourning him") is
no claimant's toll; a landmine "left over from decades of fighting" is no attack.

Places: a town is named as English-language reports name it ("Jenin", not "Janin"; "Kobani",
not "'Ayn al 'Arab"); a town before Nepal's "Sub-Metropolitan City" is the town; a town's own
district where a later sentence tells where the shells fell ("Mogadishu's Hodan district"), and
those shells are the incident's; a town told later "in Nioro du Sahel, a town in the Kayes
region"; a sector of the Line of Control, a township, a Local Government Area, a displacement
site and a slum are sites; not where a force is deployed, where a supply goes, nor "National
Road 1".

Doers: only the nations the incident's paragraph names make "the army" another nation's; a
nation's own army by its possessive ("Uganda's army", "South Sudan's army", the SSPDF) is that
nation's; aircraft the army tells of are the country's armed forces, drones it blames on a group
the group's, a junta's airstrike the armed forces', and a state's aircraft named by its
adjective its air force's (actor key ``air_force_of``); soldiers a witness tells "that" they
killed civilians, forces that "foiled an attempt" to infiltrate "and killed", and troops that
"recaptured" a village (government regains territory) acted; militants who "attempted to
target" a post "with an explosive-laden quadcopter" flew it; an attack the soldiers "repulsed"
was begun by the attackers; each force of "a joint team of" forces that acted is a doer, a
unit's owner named after it none apart; unnamed men "of the" group that acted are its; a group
"believed" to have ordered the attack, or whose "involvement ... could not be ruled out", is
suspected; an act "attributed ... to the Jaime Martinez front of the Estado Mayor Central" is
that faction's; a group that "captured a junta outpost" took territory; the arrested men's
record ("accused of") is no background, and police who "said on Tuesday they had arrested" men
arrested them; victims "hailing from" a province are no praise of an act referred to.

Types: an airstrike on a monastery targets a religious institution; a pharmacy is a business;
the victims' own camp is no military target.

Each case failed on the code of stop 35 (commit cbc0ef3)."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import doers as _perps
from extraction_cases import incidents as _extract
from extraction_cases import one_incident as _one

# --- places ----------------------------------------------------------------------------------


def test_towns_carry_the_name_the_press_writes(resources: Resources) -> None:
    jenin = _one(resources, "Israeli troops killed two Palestinian gunmen during a raid in the "
                            "northern West Bank city of Jenin on Tuesday, the army said.",
                 "2026-03-12")
    assert (jenin["place"]["name"], jenin["place"]["country"]) == ("Jenin", "PS")
    kobani = _one(resources, "A Turkish drone struck a car near the Syrian town of Kobani on "
                             "Monday, killing two SDF fighters, the SDF said.", "2026-03-12")
    assert (kobani["place"]["name"], kobani["place"]["admin1"]) == ("Kobani", "Aleppo")
    # (GeoNames' transliteration is still a name of the town)
    assert resources.gazetteer.lookup("'Ayn al 'Arab")[0].name == "Kobani"


def test_a_town_before_its_sub_metropolitan_city(resources: Resources) -> None:
    # (Nepal's "Sub-Metropolitan City" is a unit word, not a personal name's second part)
    found = _one(resources, "A pressure-cooker bomb exploded at a mobile tower in Itahari "
                            "Sub-Metropolitan City-6 on Monday night, police said.", "2026-09-08")
    assert (found["place"]["name"], found["place"]["country"]) == ("Itahari", "NP")


# --- datelines -------------------------------------------------------------------------------


def test_a_wire_dateline_with_its_country_and_day(resources: Resources) -> None:
    # (the doer after "BUNIA, Congo, March 9 (Reuters) - " opens the sentence: an incident)
    found = _one(resources, "BUNIA, Congo, March 9 (Reuters) - Soldiers killed four militiamen "
                            "in Ituri province on Sunday.", "2026-03-09")
    assert found["event_type"] == "armed_clash"
    assert _perps(found) == [("Armed Forces of the Democratic Republic of the Congo", "state",
                              "attributed")]


# --- doers -----------------------------------------------------------------------------------


def test_another_nation_in_a_background_paragraph_leaves_the_army_the_countrys(
        resources: Resources) -> None:
    text = ("Army kills four rebels after raid on Ituri village\n\n"
            "BUNIA, Congo, March 9 (Reuters) - Army troops tracked down a group of militiamen "
            "in hills near Fataki on Sunday and killed four of them, an army spokesman said."
            "\n\nThe group was founded by Ugandan exiles in the 1990s, officials say.")
    found = _one(resources, text, "2026-03-09")
    assert _perps(found) == [("Armed Forces of the Democratic Republic of the Congo", "state",
                              "attributed")]


def test_a_nations_own_army_by_its_possessive_is_not_the_scenes(resources: Resources) -> None:
    found = _one(resources, "BENI, Congo, June 16 (Reuters) - Uganda's army said on Sunday that "
                            "its fighter jets had pounded rebel camps in the Mwalika valley west "
                            "of Beni, killing 13 fighters.", "2026-06-16")
    assert found["perpetrators"][0]["actor"] is None


def test_aircraft_the_army_tells_of_are_its_own(resources: Resources) -> None:
    text = ("GAO, Mali, May 4 (AP) - Air force drones struck fleeing fighters near the village "
            "of Tessit on Sunday, killing \"several terrorists,\" the army said.")
    found = _one(resources, text, "2026-05-04")
    assert _perps(found) == [("Malian Armed Forces", "state", "attributed")]


def test_soldiers_a_witness_tells_of_killing_civilians(resources: Resources) -> None:
    text = ("Separately, traders from Dioura, a town in the Segou region, told Reuters that "
            "Malian soldiers killed at least nine herders near the town's cattle market on "
            "Friday.")
    found = _one(resources, text, "2026-02-02")
    assert (found["event_type"], found["killed"]["low"]) == ("attack", 9)
    assert _perps(found) == [("Malian Armed Forces", "state", "attributed")]


def test_south_sudans_army_is_not_sudans(resources: Resources) -> None:
    found = _one(resources, "JUBA (Eye Radio) - South Sudan's army said on Monday that its "
                            "soldiers had killed seven rebels in Pibor on Sunday.",
                 "2026-04-14")
    assert _perps(found) == [("South Sudan People's Defence Forces", "state", "attributed")]


# --- fights and tolls ------------------------------------------------------------------------


def test_an_attack_the_soldiers_repulsed_with_its_toll_told_from_the_capital(
        resources: Resources) -> None:
    text = ("Army says 12 attackers killed in raid on Akobo barracks\n\n"
            "JUBA (Eye Radio) - Soldiers repulsed an attack by armed youth on their barracks in "
            "Akobo town on Monday, killing 12 of the attackers, the army said.\n\n"
            "Speaking to reporters in Juba on Tuesday, the army spokesman said three soldiers "
            "were killed and four others wounded in the fighting.")
    found = _one(resources, text, "2026-04-15")
    assert (found["event_type"], found["attack_type"]) == ("armed_clash", "armed_assault")
    assert found["killed"]["low"] == 15 and found["wounded"]["low"] == 4
    assert found["killed"]["by_category"] == {"militants": 12, "security_forces": 3}
    assert [p["mention"] for p in found["perpetrators"]] == ["armed youth"]
    assert (found["place"]["name"], found["date"]["value"]) == ("Akobo", "2026-04-13")


def test_where_the_shells_fell_and_the_next_place_line(resources: Resources) -> None:
    text = ("Somalia: security round-up\n\n"
            "MOGADISHU - Al-Shabaab militants fired mortar shells toward the airport on "
            "Saturday night. Two of the shells struck houses in Mogadishu's Hodan district, "
            "killing a boy and wounding three other people, police said.\n\n"
            "AFGOYE - Soldiers killed six al-Shabaab fighters in an operation outside Afgoye "
            "on Sunday, the army said.")
    shelling, operation = _extract(resources, text, "2026-03-02")
    assert (shelling["place"]["name"], shelling["killed"]["low"],
            shelling["wounded"]["low"]) == ("Hodan", 1, 3)
    assert (operation["place"]["name"], operation["killed"]["low"]) == ("Afgooye", 6)


def test_the_operation_launched_after_the_attack_is_its_own(resources: Resources) -> None:
    text = ("RAWALPINDI: Khwarij attacked a check post in the Spinwam area of North Waziristan "
            "district on Tuesday, injuring three soldiers, the ISPR said. Following the attack, "
            "a clearance operation was launched and the attackers were traced to a nearby "
            "village. In the ensuing exchange of fire, four khwarij were killed.")
    attack, operation = _extract(resources, text, "2026-03-11")
    assert (attack["killed"]["low"], attack["wounded"]["low"]) == (None, 3)
    assert operation["killed"] == {**operation["killed"], "low": 4,
                                   "by_category": {"militants": 4}}
    assert operation["date"]["value"] == "2026-03-10"


def test_militants_who_tried_to_hit_a_post_with_a_quadcopter(resources: Resources) -> None:
    text = ("RAWALPINDI: Khwarij attempted to target a security forces' post in the Tiarza area "
            "of South Waziristan district with an explosive-laden quadcopter on Thursday, "
            "injuring two soldiers, the ISPR said.")
    found = _one(resources, text, "2026-03-13")
    assert (found["event_type"], found["attack_type"]) == ("air_drone_strike", "bombing")
    assert [p["kind"] for p in found["perpetrators"]] == ["non_state"]


def test_the_next_days_operation_with_its_dead_told_after_it(resources: Resources) -> None:
    text = ("PARACHINAR: Gunmen opened fire on a convoy of goods vehicles near Sadda in Lower "
            "Kurram on Monday, killing two drivers, officials said.\n\n"
            "On Tuesday, security forces launched an operation in Ochat and adjoining villages "
            "to clear the hills along the road. Four militants were killed and nine suspects "
            "were taken into custody after an exchange of fire, police said.")
    attack, operation = _extract(resources, text, "2026-01-21")
    assert (attack["killed"]["low"], attack["date"]["value"]) == (2, "2026-01-19")
    assert (operation["killed"]["low"], operation["arrested"]["low"]) == (4, 9)
    assert operation["date"]["value"] == "2026-01-20"


def test_the_forces_operation_against_the_attacks_doers_a_day_later(
        resources: Resources) -> None:
    text = ("KHUZDAR: Militants blocked the highway near Wadh on Friday night and abducted "
            "three travellers, officials said on Saturday.\n\n"
            "On Saturday, security forces launched an operation in the mountains near Wadh and "
            "killed two of the militants involved in the attack after an exchange of fire, "
            "the ISPR said.")
    abduction, operation = _extract(resources, text, "2026-03-01")
    assert abduction["kidnapped"]["low"] == 3
    assert (operation["event_type"], operation["killed"]["low"]) == ("armed_clash", 2)
    assert [p["kind"] for p in operation["perpetrators"]] == ["state"]


def test_a_round_ups_part_with_victims_hailing_from_elsewhere(resources: Resources) -> None:
    text = ("QUETTA: Gunmen shot dead two coal miners in the Shahrag area of Harnai late on "
            "Sunday, police said.\n\n"
            "KECH: Three labourers hailing from Punjab were shot dead when gunmen stormed their "
            "camp near Buleda on Monday evening.")
    harnai, kech = _extract(resources, text, "2025-09-02")
    assert (harnai["killed"]["low"], kech["killed"]["low"]) == (2, 3)
    assert kech["date"]["value"] == "2025-09-01"


def test_where_the_gas_went_is_no_scene(resources: Resources) -> None:
    found = _one(resources, "DERA BUGTI: Unidentified men blew up a gas pipeline in the Pir Koh "
                            "area of Dera Bugti early on Tuesday, suspending gas supply from the "
                            "Sui field to parts of Punjab.", "2025-09-02")
    assert found["place"]["admin1"] == "Balochistan"


def test_the_day_a_fight_went_on_till_is_no_new_incident(resources: Resources) -> None:
    text = ("LANDI KOTAL: Two Frontier Corps personnel were injured when Pakistani and Afghan "
            "border forces exchanged fire at Torkham late on Sunday, officials said. The "
            "exchange of fire with heavy weapons continued intermittently until the early hours "
            "of Monday, they said.")
    found = _one(resources, text, "2026-07-01")
    assert found["date"]["value"] == "2026-06-28"


def test_forces_that_foiled_an_infiltration_bid_and_killed(resources: Resources) -> None:
    text = ("PESHAWAR: Security forces foiled an attempt by a group of khwarij to infiltrate "
            "through the Pak-Afghan border in the Kodakhel area of Mohmand district on Monday "
            "night and killed four of them after an exchange of fire, the ISPR said.")
    found = _one(resources, text, "2026-06-30")
    assert (found["event_type"], found["attack_type"]) == ("armed_clash", None)
    assert [p["kind"] for p in found["perpetrators"]] == ["state"]


def test_a_group_believed_to_have_ordered_the_attack_is_suspected(
        resources: Resources) -> None:
    text = ("Gunmen shot dead a constable near Latambar in Karak district on Monday, police "
            "said. A police official said investigators believed the attack had been carried "
            "out on the orders of a local commander of the Hafiz Gul Bahadur group.")
    found = _one(resources, text, "2026-06-10")
    assert ("Hafiz Gul Bahadur Group", "non_state", "suspected") in _perps(found)


def test_a_group_whose_involvement_could_not_be_ruled_out_is_suspected(
        resources: Resources) -> None:
    text = ("JACOBABAD: A bomb damaged the railway track near Jacobabad early on Thursday, "
            "police said. The Sindhudesh Revolutionary Army claimed responsibility, but a police "
            "officer said the involvement of the banned Baloch Liberation Army could not be "
            "ruled out.")
    found = _one(resources, text, "2025-12-05")
    assert sorted(_perps(found)) == [("Baloch Liberation Army", "non_state", "suspected"),
                                     ("Sindhudesh Revolutionary Army", "non_state", "claimed")]


# --- tallies and targets ---------------------------------------------------------------------


def test_a_tally_of_hyphenated_attacks_and_a_pharmacy(resources: Resources) -> None:
    text = ("PESHAWAR: A hand grenade was thrown at a pharmacy on Ring Road in Chamkani on Sunday "
            "evening, damaging its shutter. According to police figures, 37 extortion-related "
            "grenade attacks and firing incidents have been reported in Peshawar since January, "
            "while 19 suspects have been arrested.")
    found = _one(resources, text, "2026-05-18")
    assert found["target_type"] == "business"
    assert found["arrested"]["low"] is None


def test_a_sector_of_the_line_of_control_is_the_site(resources: Resources) -> None:
    found = _one(resources, "SRINAGAR: Troops foiled an infiltration bid in the Machil sector of "
                            "Kupwara district late on Saturday, killing two intruders, the Army "
                            "said.", "2026-05-05")
    assert (found["place"]["name"], found["place"]["admin2"]) == ("Machil", "Kupwara")
    # (not where a force is deployed: the scene is told after it)
    posted = _one(resources, "The Army deployed along the LoC in Uri sector targeted two "
                             "Pakistani soldiers near the Sallan village of PoK on June 30, "
                             "killing them.", "2026-07-01")
    assert posted["place"]["name"] != "Uri"


def test_drones_the_army_blamed_on_a_group_are_the_groups(resources: Resources) -> None:
    text = ("BOGOTA, Nov 18 (Reuters) - Drones carrying explosives attacked an army base in the "
            "town of Tibu on Monday, wounding seven soldiers, the army said, blaming the National "
            "Liberation Army (ELN) guerrilla group.")
    found = _one(resources, text, "2026-11-18")
    assert _perps(found) == [("National Liberation Army (Colombia)", "non_state", "attributed")]
    assert found["attack_type"] == "bombing"
    text = ("CAIRO (Reuters) - Before dawn on Saturday, drones struck the main power station in "
            "the city of Kosti in White Nile state, the state government said. The army blamed "
            "the Rapid Support Forces, which has repeatedly attacked power plants with drones "
            "since the start of the year.")
    found = _one(resources, text, "2025-08-18")
    assert _perps(found) == [("Rapid Support Forces", "non_state", "attributed")]


def test_the_act_attributed_to_a_front_of_a_named_faction(resources: Resources) -> None:
    text = ("POPAYAN, Colombia (Reuters) - FARC dissidents hurled homemade explosives at the "
            "police station in the town of Suarez late on Sunday, killing a police officer, "
            "police said. "
            "Authorities attributed the attack to the Jaime Martinez front of the Estado Mayor "
            "Central (EMC), the largest dissident faction.")
    found = _one(resources, text, "2026-11-18")
    assert _perps(found) == [("Estado Mayor Central", "non_state", "attributed")]


def test_a_junta_airstrike_in_a_township(resources: Resources) -> None:
    text = ("A junta airstrike on a Buddhist monastery sheltering displaced villagers in Kanbalu "
            "Township, Sagaing Region, killed 17 people on Saturday afternoon, residents said.")
    found = _one(resources, text, "2026-07-27")
    assert _perps(found) == [("Myanmar Armed Forces", "state", "attributed")]
    assert (found["place"]["name"], found["place"]["admin1"]) == ("Kanbalu", "Sagaing")


def test_a_group_that_captured_an_outpost_took_territory(resources: Resources) -> None:
    text = ("In Rakhine State, the Arakan Army said on Sunday that it had captured a junta outpost "
            "on a hill overlooking Kyaukpyu town on Friday after two days of fighting.")
    found = _one(resources, text, "2026-07-27")
    assert found["event_type"] == "non_state_actor_overtakes_territory"
    assert _perps(found) == [("Arakan Army", "non_state", "claimed")]


def test_the_troops_part_of_a_round_up_of_bandits_attacks(resources: Resources) -> None:
    text = ("Bandits and suspected Lakurawa militants killed at least 17 people in separate "
            "attacks in Katsina and Sokoto states between Thursday and Saturday, residents said."
            "\n\nIn Katsina State, gunmen stormed a village in Faskari Local Government Area on "
            "Friday night, killing nine residents.\n\n"
            "In Sokoto State, suspected Lakurawa militants attacked farmers at Kaideji on "
            "Saturday, killing eight of them.\n\n"
            "Meanwhile, troops of Operation Fansan Yamma on Sunday killed 13 bandits after a gun "
            "battle in Tsafe Local Government Area of Zamfara State, the army said.")
    found = _extract(resources, text, "2026-03-02")
    assert found[0]["place"]["name"] == "Faskari"
    operation = found[-1]
    assert (operation["event_type"], operation["place"]["name"]) == ("armed_clash", "Tsafe")
    assert _perps(operation) == [("Nigerian Army", "state", "attributed")]


def test_the_attackers_the_troops_neutralized_and_the_town_told_later(
        resources: Resources) -> None:
    text = ("BAMAKO, Mali (AP) - Jihadi fighters attacked a gendarmerie camp in western Mali at "
            "dawn on Tuesday, killing four gendarmes before soldiers repelled the assault, the "
            "army said.\n\n"
            "In a statement read on state television on Tuesday evening, the army said troops "
            "had \"neutralized\" 21 attackers in Nioro du Sahel, a town in the Kayes region.")
    found = _one(resources, text, "2026-01-22")
    assert found["killed"]["low"] == 25
    assert found["killed"]["by_category"] == {"security_forces": 4, "militants": 21}
    assert (found["place"]["name"], found["place"]["admin1"]) == ("Nioro", "Kayes")


def test_passengers_seized_from_a_bus_near_a_town(resources: Resources) -> None:
    found = _one(resources, "Gunmen from the Gran Grif gang seized 11 passengers from a bus on "
                            "National Road 1 near Saint-Marc on Saturday, a police official "
                            "said.", "2026-03-10")
    assert (found["event_type"], found["attack_type"]) == ("abduction_forced_disappearance",
                                                           "kidnapping")
    assert (found["kidnapped"]["low"], found["place"]["name"]) == (11, "Saint-Marc")


def test_a_displacement_site_and_a_slum_are_sites(resources: Resources) -> None:
    text = ("BUNIA, Congo (Reuters) - Militiamen killed at least 17 people in an attack late on "
            "Sunday on a camp for displaced people in Congo's Ituri province, a civil society "
            "leader said. The assailants stormed the Lala displacement site in Djugu territory "
            "and set dozens of shelters on fire.")
    assert _one(resources, text, "2025-11-04")["place"]["name"] == "Lala"
    found = _one(resources, "PORT-AU-PRINCE, Haiti (AP) - A police drone strike killed eight gang "
                            "members in the Cite Soleil slum of Port-au-Prince on Monday, police "
                            "said.",
                 "2026-03-10")
    assert found["place"]["name"] == "Cite Soleil"


def test_soldiers_searching_for_the_attackers_clashed_late_that_day(
        resources: Resources) -> None:
    text = ("MEXICO CITY (AP) - Gunmen ambushed a convoy of state police officers near the city of "
            "Apatzingan on Tuesday, killing six officers, authorities said.\n\n"
            "Late Tuesday, soldiers searching for the attackers clashed with a group of gunmen "
            "near Aguililla, killing four suspected cartel members and arresting two, the "
            "Defense Department said.")
    ambush, pursuit = _extract(resources, text, "2026-10-07")
    assert ambush["killed"]["low"] == 6
    assert pursuit["event_type"] == "armed_clash"
    assert pursuit["killed"]["by_category"] == {"militants": 4}
    assert _perps(pursuit) == [("Mexican Army", "state", "attributed")]


def test_police_who_said_on_tuesday_they_had_arrested_men_accused_of_a_plot(
        resources: Resources) -> None:
    text = ("Separately, police in Medellin said on Tuesday they had arrested five suspected "
            "members of the Clan del Golfo, accused of offering bounties for the killing of "
            "police officers.")
    found = _one(resources, text, "2026-11-18")
    assert (found["event_type"], found["arrested"]["low"]) == ("arrests", 5)
    assert found["date"]["value"] == "2026-11-17"


def test_attackers_killed_as_troops_fought_back_and_worshippers_whisked_away(
        resources: Resources) -> None:
    text = ("ADEN (AFP) - Al-Qaeda militants attacked a military post near the town of Nisab on "
            "Thursday evening, killing five soldiers, officials said. Nine soldiers were wounded "
            "and three attackers were killed as troops fought back, one of them said.")
    found = _one(resources, text, "2026-05-16")
    assert found["killed"]["by_category"] == {"security_forces": 5, "militants": 3}
    found = _one(resources, "GUSAU - Bandits on Saturday stormed a mosque in Kakin Dawa village "
                            "of Zurmi Local Government Area and whisked away 23 worshippers.",
                 "2026-04-02")
    assert found["kidnapped"]["low"] == 23


def test_the_victims_own_camp_is_no_military_target(resources: Resources) -> None:
    text = ("KECH: Four labourers were shot dead when gunmen stormed their camp near a dam "
            "construction site in the Buleda area on Monday evening.")
    assert _one(resources, text, "2025-09-02")["target_type"] != "military"


def test_a_round_ups_lead_of_two_harms_joined_by_while(resources: Resources) -> None:
    text = ("KABUL — A local police chief was killed in northeastern Takhar province, while three "
            "civilians were wounded by Pakistani shelling in eastern Kunar, officials said.\n\n"
            "TAKHAR — The police chief of Taloqan city was shot dead by unidentified gunmen near "
            "his home on Saturday evening, local sources said.\n\n"
            "KUNAR — Three civilians were wounded when Pakistani forces fired mortar shells into "
            "Sarkani district on Sunday afternoon, the provincial spokesman said.")
    killing, shelling = _extract(resources, text, "2026-08-17")
    assert (killing["killed"]["low"], killing["wounded"]["low"]) == (1, None)
    assert shelling["wounded"]["low"] == 3


def test_each_force_of_a_joint_team_that_acted(resources: Resources) -> None:
    text = ("SRINAGAR: Two soldiers and two terrorists were killed in a gunfight in the Guddar "
            "forest area of Kulgam district on Sunday, officials said. A joint team of the Army's "
            "9 Rashtriya Rifles, the CRPF and the Special Operations Group (SOG) of J&K Police "
            "launched a cordon-and-search operation in the forest on Sunday evening.")
    found = _one(resources, text, "2026-05-05")
    assert {p["actor"] for p in found["perpetrators"]} == {
        "Rashtriya Rifles", "Central Reserve Police Force", "Special Operations Group"}


def test_an_airstrike_on_a_monastery(resources: Resources) -> None:
    found = _one(resources, "A junta airstrike on a Buddhist monastery in Kanbalu Township, "
                            "Sagaing Region, killed 17 people on Saturday, residents said.",
                 "2026-07-27")
    assert found["target_type"] == "religious_figures_institutions"


def test_a_states_aircraft_are_its_air_force(resources: Resources) -> None:
    text = ("KABUL — Pakistani military aircraft bombed a house in the Gurbuz district of "
            "southeastern Khost province late on Monday, killing eight civilians, the Taliban's "
            "spokesman said.")
    found = _one(resources, text, "2026-11-25")
    assert _perps(found) == [("Pakistan Air Force", "state", "attributed")]
    # (its troops are still its army)
    found = _one(resources, "KOTLI: Pakistani troops fired mortar rounds at Indian posts in the "
                            "Nakyal sector on Sunday, injuring two soldiers.", "2026-02-10")
    assert found["perpetrators"][0]["actor"] != "Pakistan Air Force"


def test_unnamed_men_of_a_group_the_base_lacks_are_non_state(resources: Resources) -> None:
    text = ("JUBA (Eye Radio) - Armed youth of the White Army attacked an army garrison in Nasir "
            "town on Tuesday, killing five soldiers, the army said.")
    found = _one(resources, text, "2026-05-01")
    assert [(p["actor"], p["kind"]) for p in found["perpetrators"]] == [(None, "non_state")]


def test_troops_who_recaptured_a_village_regained_territory(resources: Resources) -> None:
    text = ("MOGADISHU (Reuters) - On Tuesday, government troops backed by clan militias "
            "recaptured the village of Bula Burde from al Shabaab after a day of fighting in "
            "which five militants and two soldiers were killed, a regional official said.")
    found = _one(resources, text, "2026-06-18")
    assert found["event_type"] == "government_regains_territory"
    assert found["killed"]["by_category"] == {"militants": 5, "security_forces": 2}
    assert [p["kind"] for p in found["perpetrators"]] == ["state"]


def test_a_second_device_made_safe_the_next_day(resources: Resources) -> None:
    text = ("NAIROBI, March 5 (Xinhua) -- Two Kenyan police officers were killed on Wednesday "
            "when their vehicle ran over an improvised explosive device in Lafey, police said. "
            "A second explosive device, apparently meant for police vehicles sent to the "
            "scene, was found buried about two km from the blast site on Thursday morning and "
            "was defused by a bomb disposal team.")
    blast, device = _extract(resources, text, "2026-03-05")
    assert (blast["killed"]["low"], blast["date"]["value"]) == (2, "2026-03-04")
    assert (device["event_type"], device["date"]["value"]) == ("disrupted_weapons_use",
                                                              "2026-03-05")


def test_a_landmine_left_over_from_decades_of_fighting(resources: Resources) -> None:
    text = ("HAKKARI, Turkey - A Turkish soldier was killed on Wednesday when a landmine left over "
            "from decades of fighting with Kurdish militants exploded during a patrol in the "
            "Semdinli district, the defence ministry said.")
    assert _extract(resources, text, "2026-03-28") == []


def test_the_day_the_attackers_bodies_were_found_is_no_new_act(resources: Resources) -> None:
    text = ("TANK: Three policemen were martyred and four others injured when dozens of "
            "militants stormed the Kot Azam police station in Tank district late on Wednesday, "
            "police said.\n\nThe district police officer said around 40 militants attacked the "
            "station from three sides. \"Our men put up stiff resistance and the exchange of "
            "fire continued for nearly two hours,\" he said. Two of the attackers were killed; "
            "their bodies were found in the fields near the station on Thursday morning.\n\n"
            "The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack.")
    (found,) = _extract(resources, text, "2026-11-06")
    assert found["date"]["value"] == "2026-11-04"
    assert _perps(found) == [("Tehrik-i-Taliban Pakistan", "non_state", "claimed")]


def test_a_round_ups_place_line_names_the_district_of_the_town_its_part_names(
        resources: Resources) -> None:
    text = ("LAHORE: The CTD said on Thursday it had conducted 58 operations across the province "
            "during the past week.\n\n"
            "KHUSHAB: Two policemen were injured when terrorists opened fire on a police patrol "
            "near Jauharabad late on Tuesday, police said.")
    found = _one(resources, text, "2026-05-29")
    assert (found["place"]["name"], found["place"]["admin2"]) == ("Jauharabad", "Khushab")


def test_a_place_line_with_its_country_and_a_groups_word_of_its_own_dead(
        resources: Resources) -> None:
    text = ("Syria, Lebanon: security round-up\n\n"
            "SUWAYDA, Syria - Clashes between Druze fighters and Bedouin tribal gunmen in the "
            "village of Tell Hadid on Thursday killed five fighters, a monitor said.\n\n"
            "TEBNINE, Lebanon - An Israeli drone strike on a motorcycle on the outskirts of "
            "Tebnine on Thursday killed a member of Hezbollah, the group said in a statement "
            "mourning him.")
    clash, strike = _extract(resources, text, "2026-03-28")
    assert (strike["place"]["name"], strike["killed"]["low"]) == ("Tebnine", 1)
    assert clash["killed"]["low"] == 5
