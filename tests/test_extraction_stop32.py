"""Stop 32's rules, on hand-written reports in the shapes the fifth and sixth held-out groups
showed, and the seventh (Pakistan and its neighbours first) and eighth (India's regional press
first) tested.

Incidents: a wire lead that tells "a separate" second act, a round-up lead that sums up acts at
several places, and a bulleted round-up keep each act apart; a monthly review's counts, a
record of repeated attacks and a war's leftover landmine are no incidents; a doer's act
"earlier this month" is one, of that month; the forces' hunt for the doers on a later day is
its own; a headline above the dateline tells none. Doers: a state's forces after a wire or PTI
dateline, a connective, a long opener or a spokesman; a joint team that launched the
operation; a named force's units; militants who flew the drone; "khwarij"; "rebels of the"
group; armed groups' own fight. Counts: civilians of a state's strike on a named site; a toll
update's side; "two of the injured ... succumbed"; sides as parts of a total; "lost his life";
"embraced shahadat" of a ranked soldier. Places: "Noshki", "Sistan-Baluchestan", a landmark
before "graveyard", the towns a route joins, a province's capital, a block number, unit words
of one country, a month's short name, a group's branch, a big city reached by another name.

The seventh and eighth groups were written by a separate coder who never read the extraction
code (tests/fixtures/world32 and world32b); the cases below are the project's own wording of
the shapes they showed.

Each case failed on the code of stop 31 (commit d9863f6), except where a comment says it
guards a rule's reach."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import doers as _perps
from extraction_cases import incidents as _extract
from extraction_cases import one_incident as _one


def _count(incident: dict, measure: str) -> tuple[int | None, dict[str, int]]:
    c = incident[measure]
    return c["low"], {k: (v["best"] if isinstance(v, dict) else v)
                      for k, v in (c.get("by_category") or {}).items()}


# --- a wire lead of two acts ---------------------------------------------------------------

def test_second_act_of_a_lead_keeps_its_method(resources: Resources) -> None:
    text = ("KYIV (Reuters) - A Russian missile strike on the central Ukrainian city of Poltava "
            "on Monday evening killed at least nine people and wounded 30, regional officials "
            "said, and a separate drone attack overnight damaged port facilities in the "
            "southern region of Mykolaiv.\n\nIn Mykolaiv, Russian drones struck port "
            "infrastructure overnight into Tuesday, starting a fire at a grain terminal and "
            "wounding four workers, the regional administration said.")
    poltava, mykolaiv = _extract(resources, text, "2026-02-17")
    assert poltava["event_type"] == "shelling_artillery_missile_attack"
    assert mykolaiv["event_type"] == "air_drone_strike"


# --- doers -----------------------------------------------------------------------------------

def test_state_forces_after_a_wire_dateline(resources: Resources) -> None:
    one = _one(resources, "BAMAKO, March 18 (Reuters) - Malian soldiers killed 20 civilians "
               "during a raid on a village near the central town of Djenne on Monday, "
               "residents said on Wednesday.", "2026-03-18")
    assert _perps(one) == [("Malian Armed Forces", "state", "attributed")]
    assert one["event_type"] == "attack" and one["attack_type"] is None


def test_burning_told_beside_the_states_killing_is_its_raid(resources: Resources) -> None:
    one = _one(resources, "NIAMEY (Reuters) - Nigerien soldiers killed 14 civilians during a "
               "raid on a village near Tillaberi on Sunday, residents said on Tuesday. The "
               "troops rounded up men at the village market and shot them at the edge of a "
               "riverbed, one resident said. Several shops and grain stores were burned, he "
               "said.", "2026-03-17")
    assert _perps(one) == [("Armed Forces of Niger", "state", "attributed")]
    assert one["attack_type"] is None
    assert one["arrested"]["low"] is None  # gathered to be shot, not arrested


# --- counts ----------------------------------------------------------------------------------

def test_people_killed_by_a_strike_on_a_block_of_flats_are_civilians(
        resources: Resources) -> None:
    one = _one(resources, "KYIV, Ukraine (AP) - Russian drones slammed into a nine-story "
               "apartment building in Kharkiv overnight, killing four people, including a "
               "7-year-old girl, and wounding 17 others, Ukrainian officials said Wednesday.",
               "2026-03-04")
    assert _count(one, "killed") == (4, {"civilians": 4})


def test_a_bombings_people_of_no_side_stay_unknown(resources: Resources) -> None:
    # guards the rule's reach: only a state's strike from afar; a bombing's man at a jirga
    # whose role is not told stays unknown (the shared gold's dev-417)
    one = _one(resources, "A bomb exploded at a jirga in Landi Kotal of Khyber District on "
               "Monday, killing five people, including four schoolchildren, police said.")
    assert _count(one, "killed") == (5, {"civilians": 4, "unknown": 1})


def test_an_also_figure_after_an_update_of_one_side_adds(resources: Resources) -> None:
    one = _one(resources, "QUETTA: At least six Frontier Corps personnel were martyred and 11 "
               "others injured when a suicide bomber rammed an explosives-laden vehicle into "
               "the gate of an FC camp in Mastung district on Tuesday, officials said. Later in "
               "the evening, an official said two of the injured FC personnel had succumbed to "
               "their wounds, raising the death toll among the soldiers to eight. A passer-by "
               "was also killed in the blast, he said.", "2026-02-11")
    assert _count(one, "killed") == (9, {"security_forces": 8, "civilians": 1})
    assert one["wounded"]["low"] == 9


def test_a_toll_risen_after_the_wounded_died_holds_them(resources: Resources) -> None:
    one = _one(resources, "On Sunday, military aircraft bombed a crowded morning market in "
               "the township of Ramree in Myanmar's Rakhine state, killing at least 18 "
               "civilians and wounding more than 30, residents said. By Monday evening a "
               "rescue group said the death toll from the market strike had risen to 26, after "
               "eight of the wounded died in hospital.", "2026-02-02")
    assert one["killed"]["low"] == 26
    assert one["wounded"]["low"] == 22


def test_one_more_is_the_last_of_a_named_list(resources: Resources) -> None:
    one = _one(resources, "Two CRPF personnel were killed and 11 CRPF troopers were injured "
               "when militants attacked a CRPF bus on the highway in Pampore on February 20, "
               "reports Times of India. Three of the injured troopers identified as head "
               "Constable Bhola Prasad, Constable driver RK Raina and one more succumbed to "
               "their injuries.")
    assert one["killed"]["low"] == 5
    assert one["wounded"]["low"] == 8


def test_one_of_the_injured_is_read_by_his_title(resources: Resources) -> None:
    # guards the rule's reach: "One of the injured, a head constable" keeps his side
    one = _one(resources, "Ranchi: Two CoBRA commandos were killed and three others injured "
               "when Maoists triggered IED blasts in the Saranda forest of West Singhbhum "
               "district on Friday, police said. One of the injured, a head constable, "
               "succumbed to his injuries at a hospital in Ranchi on Friday night, taking the "
               "toll to three.", "2026-03-28")
    assert _count(one, "killed") == (3, {"security_forces": 3})


# --- found on the seventh group (Pakistan and its neighbours first), held out, after its
# first score --------------------------------------------------------------------------------

def test_khwarij_sent_to_hell_are_militants(resources: Resources) -> None:
    one = _one(resources, "RAWALPINDI: Security forces conducted an intelligence-based "
               "operation in the Mir Ali area of North Waziristan district on Tuesday, the ISPR "
               "said. After an intense exchange of fire, six khwarij were sent to hell.",
               "2026-03-04")
    assert _count(one, "killed") == (6, {"militants": 6})
    assert [p[1] for p in _perps(one)] == ["state"] and one["event_type"] == "armed_clash"


def test_a_soldier_who_embraced_shahadat_in_the_forces_operation(resources: Resources) -> None:
    incidents = _extract(
        resources, "RAWALPINDI: Security forces killed three khwarij in the Datta Khel area of "
        "North Waziristan district on Monday, the ISPR said.\n\nIn another engagement on "
        "Tuesday in the Ladha area of South Waziristan district, troops killed two more "
        "khwarij, while Sepoy Aslam Khan, 23, a resident of Karak, having fought gallantly, "
        "embraced shahadat, the ISPR said.", "2026-03-04")
    assert len(incidents) == 2
    assert _count(incidents[1], "killed") == (3, {"militants": 2, "security_forces": 1})
    assert [p[1] for p in _perps(incidents[1])] == ["state"]


def test_a_state_killing_after_meanwhile(resources: Resources) -> None:
    incidents = _extract(
        resources, "BANNU: Two policemen were martyred when terrorists attacked a police "
        "post in Bannu on Monday, police said. Meanwhile, security forces killed four khwarij "
        "in an intelligence-based operation in the Kot Azam area of Tank district on Monday, "
        "the ISPR said.", "2026-05-12")
    assert len(incidents) == 2
    assert _count(incidents[1], "killed") == (4, {"militants": 4})
    assert [p[1] for p in _perps(incidents[1])] == ["state"]


def test_a_round_ups_parts_opened_by_their_places(resources: Resources) -> None:
    incidents = _extract(
        resources, "PESHAWAR: Policemen were attacked in two districts on Monday.\n\nIn "
        "Lakki Marwat, terrorists dropped explosives from a quadcopter on a police post on "
        "Monday, injuring two constables, a police spokesman said.\n\nIn Wana, South "
        "Waziristan, a tribal elder and his nephew were killed when an improvised explosive "
        "device planted on a motorcycle exploded on Monday morning.", "2026-05-12")
    lakki, wana = incidents[-2:]
    assert lakki["event_type"] == "air_drone_strike" and lakki["attack_type"] == "bombing"
    assert _perps(lakki) == [(None, "non_state", "attributed")]
    assert wana["killed"]["low"] == 2 and wana["place"]["name"] == "Wana"


def test_a_lead_that_sums_up_acts_at_several_places(resources: Resources) -> None:
    incidents = _extract(
        resources, "QUETTA: Three Frontier Corps soldiers were martyred in an ambush in "
        "Noshki, a barber was shot dead in Mastung and a railway track was blown up in Kachhi "
        "district on Monday, officials said.\n\nTerrorists opened fire on an FC vehicle in "
        "the Kishingi area of Noshki district. Three soldiers were martyred and four others "
        "injured. Troops responded and, in the exchange of fire that followed, two "
        "terrorists were killed.\n\nIn Mastung's Kanak area, unidentified gunmen shot dead a "
        "barber belonging to Punjab's Multan district near his home.\n\nIn Kachhi district, "
        "an explosive device planted on the railway track near Mach went off early on Monday. "
        "No one was hurt.", "2026-04-07")
    assert [i["place"]["admin2"] for i in incidents] == ["Nushki", "Mastung", "Kachhi"]
    assert _count(incidents[0], "killed") == (5, {"security_forces": 3, "militants": 2})
    assert incidents[0]["event_type"] == "armed_clash"


def test_an_army_post_is_no_person_and_sides_are_parts_of_the_total(
        resources: Resources) -> None:
    one = _one(resources, "N'DJAMENA (Reuters) - Boko Haram fighters attacked an army post "
               "near Lake Chad on Saturday, leaving 23 people dead, Chad's army said. Soldiers "
               "repelled the assault after three hours of fighting. Seven soldiers were killed, "
               "he said, while 16 of the attackers were killed. The region has been plagued by "
               "attacks by Boko Haram and Islamic State West Africa Province for more than a "
               "decade.", "2026-01-25")
    assert _count(one, "killed") == (23, {"security_forces": 7, "militants": 16})
    assert one["event_type"] == "armed_clash"
    assert [p[0] for p in _perps(one)] == ["Boko Haram"]


def test_a_monthly_reviews_counts_are_no_incidents_toll(resources: Resources) -> None:
    incidents = _extract(
        resources, "ISLAMABAD: The think tank recorded 96 militant attacks across the country "
        "in March. At least 148 people were killed in these attacks, while 187 others were "
        "injured. Security forces also intensified operations during the month, killing 127 "
        "suspected militants.\n\nThe deadliest attack of the month took place on March 11, "
        "when a suicide bomber rammed an explosives-laden car into a Frontier Corps convoy "
        "near Turbat, martyring nine soldiers and two civilians. In another major attack on "
        "March 24, five terrorists stormed a police training centre in Dera Ismail Khan. "
        "Seven policemen were martyred before all five attackers were killed in a clearance "
        "operation.", "2026-04-02")
    turbat, dik = incidents
    assert _count(turbat, "killed") == (11, {"security_forces": 9, "civilians": 2})
    assert turbat["wounded"]["low"] is None
    assert _count(dik, "killed") == (12, {"security_forces": 7, "militants": 5})
    assert dik["event_type"] == "armed_clash"


def test_a_landmark_named_like_a_town_abroad(resources: Resources) -> None:
    one = _one(resources, "KARACHI: Three suspected militants were killed in an encounter "
               "with the CTD in the Manghopir area on Sunday evening, officials said. A team "
               "signalled a car to stop near the Sultanabad graveyard, but its occupants "
               "opened fire. A head constable suffered a bullet wound in the leg.",
               "2026-06-08")
    assert (one["place"]["country"], one["place"]["admin2"]) == ("PK", "Karachi")
    assert _count(one, "wounded") == (1, {"security_forces": 1})


def test_a_province_written_with_a_hyphen_and_the_attackers_killed_after(
        resources: Resources) -> None:
    one = _one(resources, "DUBAI (Reuters) - Gunmen killed four Iranian police officers in an "
               "attack on a patrol outside the town of Saravan in the province of "
               "Sistan-Baluchestan, which borders Pakistan, on Monday. Two of the assailants "
               "were killed in the ensuing gunfight.", "2026-02-03")
    assert one["place"]["admin1"] == "Sistan and Baluchestan"
    assert _count(one, "killed") == (6, {"security_forces": 4, "militants": 2})


def test_a_named_forces_units_and_its_had_arrested(resources: Resources) -> None:
    for text in ("The Revolutionary Guards' ground forces arrested five members of a "
                 "terrorist team near the town of Rask on Sunday.",
                 "Tasnim said the Revolutionary Guards had arrested five members of a "
                 "terrorist team near the town of Rask on Sunday."):
        one = _one(resources, text, "2026-02-03")
        assert _perps(one) == [("Islamic Revolutionary Guard Corps", "state", "attributed")]


def test_the_motorcycle_a_bomb_was_planted_on_is_no_target(resources: Resources) -> None:
    one = _one(resources, "ZHOB: Two Levies personnel were martyred and three others, "
               "including a passer-by, were injured when an improvised explosive device "
               "planted on a motorcycle went off near their vehicle in Zhob district on "
               "Monday.", "2026-07-07")
    assert one["target_type"] == "police"


def test_a_soldier_lost_his_life_and_a_joint_team_launched(resources: Resources) -> None:
    one = _one(resources, "JAMMU, Sep 15: Two terrorists were killed and a soldier lost his "
               "life in an encounter in Kishtwar district on Monday. A joint team of the "
               "Army's Rashtriya Rifles and the Jammu and Kashmir Police launched a cordon and "
               "search operation in the upper reaches of the village.", "2026-09-15")
    assert _count(one, "killed") == (3, {"militants": 2, "security_forces": 1})
    assert [p[0] for p in _perps(one)] == ["Rashtriya Rifles", "Jammu and Kashmir Police"]


def test_an_act_earlier_this_month_told_with_its_place(resources: Resources) -> None:
    text = ("QUETTA: Gunmen shot dead two passengers near Kalat on Monday, officials said. "
            "Earlier this month, armed men torched two passenger buses on the same highway "
            "near Khuzdar after ordering the passengers off.")
    assert len(_extract(resources, text, "2026-09-16")) == 2
    # guards the rule's reach: one told as like this one is background
    similar = ("IMPHAL: Two soldiers were killed when militants ambushed an Assam Rifles "
               "patrol in Chandel district on Friday. Earlier this month, three policemen "
               "were injured in a similar ambush in Tengnoupal district.")
    assert len(_extract(resources, similar, "2026-09-16")) == 1


def test_a_routes_towns_and_the_hunt_for_the_doers(resources: Resources) -> None:
    incidents = _extract(
        resources, "QUETTA, Sept 16: At least nine passengers were shot dead after armed men "
        "blocked the Quetta-Karachi highway near Surab on Monday night, officials said.\n\nOn "
        "Tuesday afternoon, the ISPR said security forces had tracked down the terrorists "
        "involved in the attack in the Gidar area of Surab and killed four of them.",
        "2026-09-16")
    surab, gidar = incidents
    assert surab["place"]["name"] == "Surab"
    assert _count(gidar, "killed") == (4, {"militants": 4})
    assert [p[1] for p in _perps(gidar)] == ["state"] and gidar["date"]["value"] == "2026-09-15"


def test_a_record_of_repeated_attacks_lends_no_method(resources: Resources) -> None:
    one = _one(resources, "KABUL, Afghanistan (AP) - A magnetic bomb attached to a minibus "
               "exploded in western Kabul on Monday evening, killing four passengers. IS-K has "
               "repeatedly attacked the Hazara community, including a suicide bombing at an "
               "education centre in 2022 that killed dozens of students.", "2026-11-03")
    assert one["event_type"] == "remote_explosive_landmine_ied" and not one["suicide"]


def test_a_pti_dateline_without_a_dash(resources: Resources) -> None:
    one = _one(resources, "Raipur, Oct 14 (PTI) Two personnel of the District Reserve Guard "
               "were injured in a pressure IED blast triggered by Naxalites in Chhattisgarh's "
               "Bijapur district on Tuesday, police said.", "2026-10-14")
    assert one["date"]["value"] == "2026-10-13"
    assert one["place"]["admin2"] == "Bijapur"


def test_guards_taken_away_are_hostages(resources: Resources) -> None:
    one = _one(resources, "TURBAT: Unidentified armed men set a mobile phone tower on fire in "
               "the Tump area of Kech district on Sunday night and took away its two security "
               "guards, Levies officials said.", "2026-05-26")
    assert one["event_type"] == "abduction_forced_disappearance"
    assert one["kidnapped"]["low"] == 2


def test_a_doers_act_earlier_this_month_is_property_destruction_of_that_month(
        resources: Resources) -> None:
    _, buses = _extract(
        resources, "QUETTA: Gunmen shot dead two passengers near Kalat on Monday, officials "
        "said. Earlier this month, armed men torched two passenger buses on the same highway "
        "near Khuzdar after ordering the passengers off.", "2026-09-16")
    assert (buses["event_type"], buses["attack_type"]) == ("looting_property_destruction",
                                                           "facility_attack")
    assert (buses["date"]["value"], buses["date"]["precision"]) == ("2026-09", "month")


def test_a_wars_leftover_landmine_is_no_attack(resources: Resources) -> None:
    incidents = _extract(
        resources, "BEIRUT (Reuters) - Three soldiers were killed when gunmen attacked a "
        "checkpoint in Deir ez-Zor province on Sunday. In Aleppo province, two farmers were "
        "killed when a landmine left over from years of fighting exploded as they were "
        "ploughing their land near Maskanah on Monday.", "2026-11-10")
    assert len(incidents) == 1


def test_a_bulleted_round_up_and_a_provinces_capital(resources: Resources) -> None:
    incidents = _extract(
        resources, "ISLAMABAD/KABUL, Sept 29 (Reuters) - The following are security incidents "
        "reported in Pakistan, Afghanistan and India.\n\nPAKISTAN\n- Gunmen opened fire on a "
        "customs vehicle near Landi Kotal in Khyber district on Monday, killing two customs "
        "officials.\n\nAFGHANISTAN\n- A bomb attached to a vehicle exploded in Faizabad, the "
        "capital of northeastern Badakhshan province, on Monday, killing an official.\n- "
        "Unidentified gunmen shot dead a former army officer near his home in Kunduz city on "
        "Sunday night.\n\nINDIA\n- Maoist insurgents set fire to three vehicles near "
        "Jagargunda in Sukma district of Chhattisgarh on Monday night, police said.",
        "2026-09-29")
    assert [(i["place"]["country"], i["place"]["admin1"]) for i in incidents] == [
        ("PK", "Khyber Pakhtunkhwa"), ("AF", "Badakhshan"), ("AF", "Kunduz"),
        ("IN", "Chhattisgarh")]


# --- found on the eighth group (India's regional press first), held out, after its first
# score --------------------------------------------------------------------------------------

def test_a_pti_story_of_the_previous_night_by_rebels_of_a_group(resources: Resources) -> None:
    one = _one(resources, "Latehar, Feb 10 (PTI) Armed rebels of the JJMP set fire to a "
               "government school building in a remote village of Jharkhand's Latehar district "
               "the previous night, police said on Tuesday.", "2026-02-10")
    assert one["date"]["value"] == "2026-02-09"
    assert one["event_type"] == "looting_property_destruction"
    assert _perps(one) == [("Jharkhand Jan Mukti Parishad", "non_state", "attributed")]


def test_a_weeks_abduction_told_by_its_day_and_the_bodies_found(resources: Resources) -> None:
    one = _one(resources, "Malkangiri, Aug 28 (PTI) The bodies of two tribal youths, who were "
               "allegedly abducted by Maoists from their village in Odisha's Malkangiri district "
               "last week, were recovered from a forest on Thursday, police said.\n\nThe two "
               "were taken away from their homes by a group of armed men on Sunday night, the "
               "Superintendent of Police said.\n\nVillagers grazing cattle found the bodies, "
               "with bullet injuries, near a stream on Thursday morning.", "2026-08-28")
    assert one["date"]["value"] == "2026-08-23" and one["killed"]["low"] == 2


def test_two_of_the_injured_named_after_a_comma(resources: Resources) -> None:
    # guards the reach of "two of the injured ... succumbed" (stop 32): the part's members
    # named after a comma are counted as they were (stop 32's first reading lost them)
    one = _one(resources, "PESHAWAR: Six security personnel were martyred and four others "
               "injured when militants attacked a check-post in Bara tehsil on Tuesday night. "
               "Two of the injured, a police constable and an FC sepoy, succumbed to their "
               "wounds on Wednesday afternoon, raising the death toll to eight.", "2026-06-11")
    assert _count(one, "killed") == (8, {"security_forces": 8})
    assert one["wounded"]["low"] == 2


def test_a_claimants_relative_clause_dates_no_tally(resources: Resources) -> None:
    one = _one(resources, "PESHAWAR: Six security personnel were martyred when militants "
               "attacked a check-post in Bara tehsil on Tuesday night. The Ittehad-ul-Mujahideen "
               "Pakistan (IMP), an alliance of militant factions that announced its formation "
               "last year, claimed responsibility for the attack.", "2026-06-11")
    assert _perps(one) == [("Ittehad-ul-Mujahideen Pakistan", "non_state", "claimed")]


def test_unit_words_month_names_and_a_groups_branch_are_no_places(
        resources: Resources) -> None:
    gopalganj = _one(resources, "At least 15 people were injured when unidentified assailants "
                     "hurled crude bombs at an election rally in Kotalipara upazila of Gopalganj "
                     "on Sunday afternoon.", "2026-01-27")
    assert gopalganj["place"]["country"] == "BD"
    niger = _one(resources, "NIAMEY, July 20 (Reuters) - Gunmen believed to be members of "
                 "Islamic State's Sahel branch killed 11 civilians in an attack on a village in "
                 "western Niger's Tillaberi region on Friday.", "2026-07-20")
    assert (niger["place"]["country"], niger["place"]["admin1"]) == ("NE", "Tillaberi")
    saptari = _one(resources, "SAPTARI, Nov 20: A socket bomb went off at a polling centre in "
                   "Rajbiraj on Thursday morning, injuring an Armed Police Force constable.",
                   "2026-11-20")
    assert saptari["place"]["country"] != "TJ"


def test_a_block_number_after_a_town(resources: Resources) -> None:
    one = _one(resources, "KARACHI: A mobile phone shopkeeper was shot dead when unknown "
               "assailants opened fire at his shop in Liaquatabad No 10 on Wednesday evening.",
               "2026-04-16")
    assert one["place"]["name"] == "Liaquatabad"


def test_armed_groups_own_fight(resources: Resources) -> None:
    one = _one(resources, "IMPHAL, Mar 6: Two cadres of the Kuki National Army (KNA) were "
               "killed in a gunfight with cadres of the Zomi Revolutionary Army (ZRA) near "
               "Singngat in Churachandpur district on Wednesday, police said.", "2026-03-06")
    assert one["attack_type"] == "armed_assault"
    # (since stop 33 the victims' own group is a side too, as world32b's gold codes it)
    assert _perps(one) == [("Kuki National Army", "non_state", "attributed"),
                           ("Zomi Revolutionary Army", "non_state", "attributed")]


def test_a_headline_above_the_dateline_and_a_shell_that_exploded(resources: Resources) -> None:
    incidents = _extract(
        resources, "Pak shells villages in Nowshera; 2 terrorists killed in Udhampur\n\nJAMMU, "
        "May 13: Two civilians were injured when Pakistan Army resorted to unprovoked mortar "
        "shelling on villages along the Line of Control in Nowshera sector of Rajouri district "
        "late Monday night. A mortar shell exploded in the courtyard of a house, injuring the "
        "woman.\n\nIn another operation, two terrorists were killed in an encounter in "
        "Udhampur district on Tuesday.", "2026-05-13")
    shelling = incidents[0]
    assert shelling["event_type"] == "shelling_artillery_missile_attack"
    assert _perps(shelling) == [("Pakistan Army", "state", "attributed")]
    assert shelling["killed"]["low"] is None and shelling["place"]["admin2"] == "Rajauri"


def test_a_militia_named_after_its_land_and_a_territory_named_like_a_city(
        resources: Resources) -> None:
    clash, mambasa = _extract(
        resources, "BUNIA, Congo, Oct 19 (Reuters) - Fighting between CODECO militiamen and "
        "fighters of the rival Zaire self-defence group killed at least eight combatants near "
        "Pimbo in Ituri province on Thursday.\n\nIn Mambasa territory, rescuers on Saturday "
        "recovered the bodies of 14 civilians killed in an attack by suspected Allied "
        "Democratic Forces rebels. The attack took place on Wednesday afternoon, but fear of "
        "further attacks had delayed the search.", "2026-10-19")
    assert clash["place"]["country"] == "CD"
    assert (mambasa["place"]["country"], mambasa["date"]["value"]) == ("CD", "2026-10-14")
