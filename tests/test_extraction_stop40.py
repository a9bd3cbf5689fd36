"""Stop 40's rules, on hand-written reports in the shapes the thirty-seventh to fortieth
groups (world42, world42b, world42c, world42d; written by separate coders who never read the
extraction code, scored held out on stop 39's code before any rule was made from them) and
the earlier groups' fixtures showed.

Doers: the state's forces that clashed with rebels, killing some; a group's statement of
what its fighters did; investigators' finding of the doers; a spokesman who "told AFP"; a
force's own word of its killing; drones a group is suspected of; a doer's verb after an
apposition on its group; gendarmes; witnesses who blamed the army; a group "was suspected."
with its act understood; an unknown claimant that is "a faction of" a known group; a
suspected group's record told in a clause on it.

Counting and targets: members of a group of the actor base; fighters of the PMF; members of
"the forces"; peacekeepers; labourers at a firm's work; an interior ministry's security
forces; a tribal elder's killing, and an official's named by his office after his name.

Incidents: a round-up's part opened by its district that tells the lead's first act again.

Each case failed on the code of stop 39 (commit 29a71a1)."""

from __future__ import annotations

from eventwatch.evaluate.satp import incident_labels
from eventwatch.resources import Resources
from extraction_cases import doers as _perps
from extraction_cases import incidents as _extract
from extraction_cases import one_incident as _one

# --- the state's side of a fight --------------------------------------------------------


def test_forces_that_clashed_with_rebels_killing_some(resources: Resources) -> None:
    text = ("In Davao de Oro, soldiers of the Army's 71st Infantry Battalion clashed with "
            "about 20 New People's Army rebels in a village in the uplands of Maragusan town "
            "on Tuesday, killing three rebels, the brigade commander said. Two soldiers were "
            "wounded.")
    found = _one(resources, text, "2026-03-12")
    assert found["target_type"] == "terrorists_non_state_militia"
    assert found["attack_type"] is None
    assert [p[1] for p in _perps(found)] == ["state"]
    text = ("On Friday evening, pursuing troops clashed with a band of gunmen in the forest "
            "near Maragusan town, killing two of them, the army said.")
    found = _one(resources, text, "2026-03-14")
    assert [p[1] for p in _perps(found)] == ["state"]


def test_members_of_a_group_of_the_base_are_militants(resources: Resources) -> None:
    text = ("Soldiers killed four suspected members of the Clan del Golfo in a firefight in "
            "rural Tierralta on Sunday, the army said. One soldier was slightly wounded.")
    found = _one(resources, text, "2026-03-03")
    assert found["killed"]["by_category"] == {"militants": 4}
    assert found["target_type"] == "terrorists_non_state_militia"


def test_fighters_of_the_pmf_are_security_forces(resources: Resources) -> None:
    text = ("KIRKUK, Iraq — Three fighters of the Popular Mobilization Forces (PMF) were "
            "killed on Tuesday when a roadside bomb hit their vehicle near Hawija, a security "
            "source said.")
    found = _one(resources, text, "2026-04-08")
    assert found["killed"]["by_category"] == {"security_forces": 3}
    assert found["target_type"] == "military"


def test_an_interior_ministry_s_security_forces_are_police(resources: Resources) -> None:
    text = ("DAMASCUS — Gunmen opened fire on a checkpoint of Syria's internal security forces "
            "near the town of Saraqib on Monday night, killing two members of the forces, "
            "the Interior Ministry said.")
    found = _one(resources, text, "2026-04-08")
    assert found["target_type"] == "police"
    assert found["killed"]["by_category"] == {"security_forces": 2}


def test_peacekeepers_and_an_acronym_before_armed(resources: Resources) -> None:
    text = ("BANGUI — A United Nations peacekeeper was killed when his patrol was ambushed "
            "near Paoua on Sunday, the mission said, blaming the 3R armed group.")
    found = _one(resources, text, "2026-04-08")
    assert found["killed"]["by_category"] == {"security_forces": 1}
    assert _perps(found) == [("Return, Reclamation and Rehabilitation", "non_state",
                              "attributed")]


# --- targets ------------------------------------------------------------------------------


def test_labourers_at_a_firm_s_work_are_business(resources: Resources) -> None:
    for text in ("KHARAN: Gunmen abducted six labourers working on a road construction project "
                 "near Sarawan on Monday, Levies officials said.",
                 "Dacoits abducted two labourers from a brick kiln near Kandhkot on Sunday, "
                 "police said.",
                 "Separatists abducted three workers of the state-owned Sonara Development "
                 "Corporation from a plantation near Buea on Friday, the company said."):
        assert _one(resources, text, "2026-04-08")["target_type"] == "business", text


# --- a round-up's parts -------------------------------------------------------------------


def test_a_part_opened_by_its_district_tells_the_lead_s_first_act(resources: Resources) -> None:
    text = ("HYDERABAD: A Rangers soldier was injured when a cracker was thrown at a Rangers "
            "vehicle near Gharo on Monday night, while gunmen fired on a bus near Jhimpir on "
            "Tuesday, police said.\n\n"
            "In Thatta district, two men on a motorcycle threw a cracker at a Rangers vehicle "
            "parked near Gharo at around 11pm. The banned Sindhudesh Revolutionary Army (SRA) "
            "claimed the attack.\n\n"
            "In Jhimpir, unidentified gunmen opened fire on a passenger bus on Tuesday morning, "
            "injuring the driver.")
    found = _extract(resources, text, "2026-04-08")
    assert len(found) == 2
    gharo = next(i for i in found if i["place"]["name"] == "Gharo")
    assert ("Sindhudesh Revolutionary Army", "non_state", "claimed") in _perps(gharo)


# --- claims and blames --------------------------------------------------------------------


def test_a_group_s_statement_of_what_its_fighters_did(resources: Resources) -> None:
    text = ("QUETTA: Armed men blocked the highway near Mach on Sunday and took away three "
            "passengers. The banned Baloch Liberation Army (BLA) said in a statement that its "
            "fighters had set up a checkpoint on the highway and detained three \"agents of the "
            "state\".")
    found = _extract(resources, text, "2026-04-06")
    assert len(found) == 1
    assert ("Baloch Liberation Army", "non_state", "claimed") in _perps(found[0])
    text = ("Gunmen shot dead two soldiers guarding a bridge near Ilaga on Thursday. A "
            "spokesman for the West Papua National Liberation Army (TPNPB) told AFP its "
            "fighters had carried out the attack.")
    assert _perps(_one(resources, text, "2026-04-10")) == [
        ("West Papua National Liberation Army", "non_state", "claimed")]


def test_investigators_finding_of_the_doers(resources: Resources) -> None:
    text = ("Gunmen ambushed a police patrol near Apatzingan on Tuesday, killing four officers. "
            "No group claimed the attack, but officials said investigators believed it was "
            "carried out by La Familia Michoacana.")
    assert ("La Familia Michoacana", "non_state", "suspected") in _perps(
        _one(resources, text, "2026-04-08"))
    text = ("Gunmen shot dead a municipal councilman in the town of Tixtla on Friday. "
            "Prosecutors said they were investigating whether members of Los Ardillos, a local "
            "gang, were behind the killing.")
    assert ("Los Ardillos", "non_state", "suspected") in _perps(
        _one(resources, text, "2026-04-11"))


def test_drones_a_group_is_suspected_of_are_no_state_s(resources: Resources) -> None:
    text = ("Explosives dropped from drones killed two farmworkers near Tancitaro on Friday, "
            "prosecutors said. Prosecutors said they believed the attack was carried out by "
            "the Jalisco New Generation Cartel.")
    found = _one(resources, text, "2026-04-11")
    assert _perps(found) == [("Jalisco New Generation Cartel", "non_state", "suspected")]
    assert found["attack_type"] == "bombing"


def test_a_doer_s_verb_after_an_apposition_on_its_group(resources: Resources) -> None:
    text = ("Two soldiers were killed when members of the Militarized Communist Party of Peru "
            "(MPCP), the Shining Path remnant that operates in the Valley of the Apurimac, Ene "
            "and Mantaro Rivers (VRAEM), ambushed an army patrol near Llochegua on Sunday.")
    assert _perps(_one(resources, text, "2026-04-13")) == [
        ("Militarized Communist Party of Peru", "non_state", "attributed")]


def test_a_group_was_suspected_with_its_act_understood(resources: Resources) -> None:
    text = ("A magnetic bomb attached to a police pick-up exploded in Jalalabad on Saturday, "
            "killing one policeman. No group claimed responsibility, but an official said a "
            "cell of the Islamic State Khorasan Province was suspected.")
    assert _perps(_one(resources, text, "2026-04-12")) == [
        ("Islamic State Khorasan Province", "non_state", "suspected")]


def test_an_unknown_claimant_that_is_a_faction_of_a_known_group(resources: Resources) -> None:
    text = ("MIRAMSHAH: A suicide bomber rammed an explosives-laden car into the gate of a "
            "security forces' camp in Datta Khel on Monday, injuring four soldiers. "
            "Jaish-ul-Fursan, a faction of the Hafiz Gul Bahadur group, claimed responsibility "
            "for the attack.")
    assert _perps(_one(resources, text, "2026-04-14")) == [
        ("Hafiz Gul Bahadur Group", "non_state", "claimed")]


def test_a_suspected_group_s_record_told_in_a_clause_on_it(resources: Resources) -> None:
    text = ("In Sui, unidentified men blew up a gas pipeline late on Sunday night. The banned "
            "Baloch Republican Army (BRA), which had claimed several attacks on gas "
            "installations last year, was suspected to be behind the blast.")
    assert ("Baloch Republican Army", "non_state", "suspected") in _perps(
        _one(resources, text, "2026-04-14"))
    text = ("A roadside bomb struck a military vehicle near Mudiyah on Sunday, killing two "
            "soldiers. He said security officials suspected al-Qaeda in the Arabian Peninsula "
            "(AQAP), which has carried out similar attacks on government forces.")
    assert _perps(_one(resources, text, "2026-04-14")) == [
        ("al-Qaeda in the Arabian Peninsula", "non_state", "suspected")]


# --- the state's doers ----------------------------------------------------------------------


def test_gendarmes_and_a_force_s_own_word(resources: Resources) -> None:
    text = ("DOSSO – Gendarmes on Saturday arrested four men in Dogondoutchi suspected of "
            "selling fuel to armed groups, a security source said.")
    assert [p[1] for p in _perps(_one(resources, text, "2026-04-12"))] == ["state"]
    text = ("MOSCOW, April 8 (Reuters) - Russia's Federal Security Service (FSB) said on "
            "Wednesday it had shot dead a man in the city of Nalchik who was plotting to bomb a "
            "police station.")
    found = _extract(resources, text, "2026-04-08")
    assert len(found) == 1
    assert _perps(found[0]) == [("Federal Security Service", "state", "attributed")]


def test_witnesses_who_blamed_the_army(resources: Resources) -> None:
    text = ("On Monday, a drone strike hit a market in Mellit, killing nine civilians, "
            "residents said. They blamed the army, which did not comment.")
    assert _perps(_one(resources, text, "2026-04-08")) == [
        ("Sudanese Armed Forces", "state", "attributed")]


# --- assassinations -------------------------------------------------------------------------


def test_a_killing_aimed_at_an_office_named_after_the_name(resources: Resources) -> None:
    text = ("Unknown gunmen shot dead Mohammad Nabi Sadiq, the Taliban-appointed governor of "
            "Dangam district, as he left a mosque in Kunar on Thursday evening.")
    found = _one(resources, text, "2026-04-10")
    assert found["attack_type"] == "assassination"
    assert found["target_type"] == "government_general"
    assert found["killed"]["by_category"] == {"civilians": 1}


def test_a_tribal_elder_s_killing_is_an_assassination(resources: Resources) -> None:
    text = ("TANK: Unidentified gunmen shot dead a tribal elder, Malik Noor Badshah, near his "
            "hujra in Gomal Bazaar on Tuesday evening, police said.")
    found = _one(resources, text, "2026-04-08")
    assert found["attack_type"] == "assassination"
    assert found["target_type"] == "private_citizens"
    assert incident_labels(found) == frozenset({"armed_assault"})  # as SATP labels it


# --- places, clashes and the Taliban's men ------------------------------------------------


def test_a_lead_naming_only_the_state_takes_the_later_town(resources: Resources) -> None:
    text = ("MEXICO CITY (AP) - Gunmen ambushed a convoy of state police officers in the "
            "southern Mexican state of Guerrero on Thursday, killing six officers, authorities "
            "said.\n\n"
            "The convoy was returning from a patrol on a rural road near Teloloapan when "
            "attackers opened fire from the hillsides, a spokesman said.")
    found = _one(resources, text, "2026-04-10")
    assert found["place"]["name"] == "Teloloapan"
    assert found["place"]["admin1"] == "Guerrero"


def test_a_reply_within_the_paragraph_makes_a_clash(resources: Resources) -> None:
    text = ("PESHAWAR: A policeman was martyred when militants attacked a police post in "
            "Matani on Sunday night, police said.\n\n"
            "Militants attacked the post with heavy weapons from the surrounding fields late "
            "on Sunday. Constable Gul Nawaz was martyred on the spot, while two constables "
            "were injured. The policemen returned fire and the attackers fled.")
    assert _one(resources, text, "2026-04-13")["event_type"] == "armed_clash"
    text = ("MAZAR-I-SHARIF: Unknown armed men attacked a checkpoint in Chahar Bolak district "
            "on Tuesday night, wounding a guard, officials said. The attackers fled after a "
            "brief exchange of fire with the guards.")
    assert _one(resources, text, "2026-04-15")["event_type"] == "armed_clash"


def test_the_taliban_s_men_hit_are_security_forces(resources: Resources) -> None:
    text = ("KABUL: Three Taliban fighters were killed when unknown armed men attacked a "
            "checkpoint in Almar district of Faryab province on Tuesday night, officials said.")
    found = _one(resources, text, "2026-04-15")
    assert found["killed"]["by_category"] == {"security_forces": 3}
    assert found["target_type"] in ("military", "police")
    text = ("KHOST: A magnetic bomb exploded in Tani district on Saturday, killing one Taliban "
            "soldier.")
    assert _one(resources, text, "2026-04-13")["killed"]["by_category"] == {
        "security_forces": 1}


# --- after the two groups written at the stop's end were scored -----------------------


def test_a_blame_before_a_long_name_its_acronym_follows(resources: Resources) -> None:
    text = ("BOGOTA, Feb 16 (Reuters) - A police officer was killed when gunmen fired rifles at "
            "the police station in Ricaurte on Monday, the police said. Police commanders "
            "blamed the Southwestern War Front of the National Liberation Army (ELN) guerrilla "
            "group.")
    assert _perps(_one(resources, text, "2026-02-17")) == [
        ("National Liberation Army (Colombia)", "non_state", "attributed")]


def test_the_regime_s_air_strike(resources: Resources) -> None:
    text = ("Lashio: A regime air strike hit the town's main market on Wednesday morning, "
            "killing seven civilians, rescue workers in Shan State said.")
    assert _perps(_one(resources, text, "2026-02-17")) == [
        ("Myanmar Armed Forces", "state", "attributed")]


def test_posters_signed_by_an_area_committee(resources: Resources) -> None:
    text = ("Maoists blew up a portion of the railway track near Latehar late on Tuesday night. "
            "No one was hurt. Posters signed by the Bihar-Jharkhand Special Area Committee of "
            "the CPI (Maoist), calling for a bandh against \"fake encounters\", were found near "
            "the site, railway officials said.")
    assert _perps(_one(resources, text, "2026-02-17")) == [
        ("Communist Party of India (Maoist)", "non_state", "claimed")]


def test_the_forces_operation_and_their_own_word_of_the_killing(resources: Resources) -> None:
    text = ("On Tuesday, security forces launched an operation in the Sadda area of Kurram on "
            "information that the attackers had taken refuge there. Four militants were killed "
            "and two soldiers were injured in an exchange of fire, officials said.")
    found = _one(resources, text, "2026-03-12")
    assert found["attack_type"] is None
    assert [p[1] for p in _perps(found)] == ["state"]
    text = ("On Monday, the Guards' ground forces said they had killed three members of the "
            "\"terrorist team\" in a clash near the village of Rask. One Guard was killed in "
            "the clash, the statement said.")
    assert [p[1] for p in _perps(_one(resources, text, "2026-03-12"))] == ["state"]


def test_forces_that_came_under_fire_from_a_group(resources: Resources) -> None:
    text = ("N'DJAMENA, Oct 8 (Reuters) - Chad's army said on Wednesday it had killed 20 rebels "
            "in fighting near Bardai, in which three soldiers also died. The fighting began on "
            "Monday when an army patrol came under fire from fighters of the Military Command "
            "Council for the Salvation of the Republic (CCMSR), an armed group based in Libya.")
    found = _one(resources, text, "2025-10-08")
    assert found["attack_type"] == "armed_assault"
    assert ("Military Command Council for the Salvation of the Republic", "non_state",
            "attributed") in _perps(found)


def test_a_state_s_strike_whose_dead_are_named_as_a_group_s_men(resources: Resources) -> None:
    text = ("A suspected U.S. drone strike hit a vehicle near the town of Mudiyah on Wednesday, "
            "killing two men whom local tribal officials described as al-Qaida members.")
    found = _one(resources, text, "2026-03-12")
    assert found["killed"]["by_category"] == {"militants": 2}
    assert found["target_type"] == "terrorists_non_state_militia"


def test_an_official_s_house_and_labourers_at_a_kiln(resources: Resources) -> None:
    text = ("Terrorists lobbed a grenade at a Sarpanch's house in Mankote village late last "
            "night, injuring two members of his family.")
    assert _one(resources, text, "2026-03-12")["target_type"] == "government_general"
    text = ("Armed men abducted three labourers working at a brick kiln in the Shah Wali area "
            "of Rajanpur on Saturday morning.")
    assert _one(resources, text, "2026-03-12")["target_type"] == "business"


def test_another_act_on_the_first_incident_s_day_is_its_own(resources: Resources) -> None:
    text = ("Ranchi: A CoBRA commando was killed when Maoists triggered an IED in the forests "
            "of Goilkera in West Singhbhum district on Monday afternoon, police said.\n\n"
            "Meanwhile, security forces killed two Maoists in an encounter in the Tonto area "
            "of the district on Tuesday morning.\n\n"
            "On Monday night, Maoists blew up a portion of the railway track between Manoharpur "
            "and Jaraikela stations, disrupting trains for six hours. No one was hurt.")
    assert len(_extract(resources, text, "2025-10-29")) == 3


def test_a_barrage_a_station_and_a_site_before_its_range(resources: Resources) -> None:
    text = ("KASHMORE: Dacoits ambushed a police mobile patrolling the road near the Guddu "
            "barrage on Tuesday night, killing a constable.")
    assert _one(resources, text, "2026-03-12")["place"]["name"] == "Guddu"
    text = ("DERA GHAZI KHAN: Two personnel of the Border Military Police were martyred when "
            "militants attacked a check post near Fort Munro in the Koh-e-Suleman range on "
            "Sunday night, officials said.")
    assert _one(resources, text, "2026-03-12")["place"]["name"] == "Fort Munro"


def test_a_group_that_struck_with_drones(resources: Resources) -> None:
    text = ("ED DUEIM - The Rapid Support Forces (RSF) struck the town of Kosti with drones on "
            "Saturday, hitting its power station and causing a fire, residents said.")
    found = _one(resources, text, "2026-03-12")
    assert _perps(found) == [("Rapid Support Forces", "non_state", "attributed")]
    assert found["attack_type"] == "bombing"
