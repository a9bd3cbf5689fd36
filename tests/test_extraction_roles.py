"""Who did what to whom: a perpetrator's name is not the target, a victim's force is not the
perpetrator, and a figure belongs to the clause whose verb counts it.  Hand-written reports;
each case failed before the rule it tests (stop 14's code; the cases added since, on the code
of the stop before theirs), except where a comment says it guards a rule's reach."""

from __future__ import annotations

import pytest

from eventwatch.extract import extract_article
from eventwatch.extract.casualties import find_figures
from eventwatch.extract.segment import split_sentences
from eventwatch.models import Article
from eventwatch.resources import Resources
from extraction_cases import figures, measured
from extraction_cases import incidents as _extract


def test_a_mine_near_the_line_of_control_is_no_cross_border_fire(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "An Army trooper was injured in a landmine blast along the Line of Control "
        "(LoC) near Mandi in Poonch District on June 12.")
    assert incident["event_type"] == "remote_explosive_landmine_ied"
    assert incident["attack_type"] == "bombing"
    assert incident["target_type"] == "military"
    assert incident["perpetrators"] == []  # the Army was hurt; it did nothing


def test_shelling_across_the_line_of_control_stays_the_states(resources: Resources) -> None:
    # guards the rule's reach: fire across the line is still a state's act
    (incident,) = _extract(
        resources, "Pakistani troops resorted to unprovoked firing along the Line of Control "
        "in Poonch District on June 12, injuring two civilians.")
    assert incident["perpetrators"][0]["kind"] == "state"


@pytest.mark.parametrize(("text", "expected"), [
    # "Party" of a militant group's name is no political party
    ("Over half a dozen tribal people were abducted by cadres of the Communist Party of India "
     "Maoist (CPI Maoist) from Pega village in East Godavari District on June 12.",
     "private_citizens"),
    # "Lashkar" of the doer's name is no militia aimed at
    ("Lashkar-e-Jhangvi militants shot dead two Hazara shopkeepers in Quetta on June 12.",
     "business"),
    # the doers ("tribesmen") are not the target; the refugees are (a guard: "tribesmen"
    # had been the target, of the same type)
    ("Tribesmen of Orakzai Agency abducted eight people from an Afghan refugee camp in Kohat "
     "District on June 12.", "private_citizens"),
    # a village council's head is a government target (GTD), a refugee camp no military one
    ("Maoists shot dead a sarpanch in Sukma District on June 12.", "government_general"),
    ("Militants of Lashkar-e-Islam attacked an Afghan refugee camp near Peshawar on June 12.",
     "private_citizens"),
])
def test_the_doers_words_are_not_the_target(resources: Resources, text: str,
                                             expected: str) -> None:
    (incident,) = _extract(resources, text)
    assert incident["target_type"] == expected


@pytest.mark.parametrize(("text", "measure", "low", "qualifier"), [
    ("About half a dozen people were abducted by Maoists in Sukma District on June 12.",
     "kidnapped", 6, "about"),
    ("Over a dozen people were injured when militants hurled a grenade at a market in "
     "Quetta on June 12.", "wounded", 12, "more_than"),
    # the verb of a relative clause counts the noun it follows
    ("Six villagers, who were reportedly abducted by Maoists from Pega village in Sukma "
     "District on June 12, returned home on June 15.", "kidnapped", 6, "exact"),
    ("Four levies personnel, who were kidnapped by militants from Quetta on June 12, were "
     "recovered from Awaran District on June 18.", "kidnapped", 4, "exact"),
])
def test_counts(resources: Resources, text: str, measure: str, low: int,
                qualifier: str) -> None:
    (incident,) = _extract(resources, text)
    assert (incident[measure]["low"], incident[measure]["qualifier"]) == (low, qualifier)


def test_held_captive_is_a_kidnapping_not_an_arrest(resources: Resources) -> None:
    # guards the relative-clause rule's reach ("who were held captive" had become arrested)
    incidents = _extract(
        resources, "Militants abducted nine fishermen near Moreh in Chandel District on June "
        "12. Seven of them, who were held captive by the militants, were released on June 15.")
    assert all(i["arrested"]["low"] is None for i in incidents)


def test_a_relative_clause_of_another_time_is_not_counted(resources: Resources) -> None:
    # guards the relative-clause rule's reach
    # "who was killed in August 2015" tells of an old death; the recovery has no victims
    incidents = _extract(
        resources, "SFs on June 12 recovered arms and ammunition of a militant, who was killed "
        "in August 2015, from a canal in Baramulla District.")
    assert all(i["killed"]["low"] is None for i in incidents)


def test_leaving_him_dead_counts_one(resources: Resources) -> None:
    # guards the reach of "over a dozen" as a count ("a dozen armed Maoists" had been killed)
    (incident,) = _extract(
        resources, "Around a dozen armed Maoists stormed a construction site in Sukma District "
        "on June 12 and attacked a contractor with sharp weapons and fled leaving him dead")
    assert incident["killed"]["low"] == 1
    assert incident["killed"]["by_category"].get("militants") is None


def test_the_doer_after_by_gives_the_victim_no_side(resources: Resources) -> None:
    # "... abducted along with a dozen villagers by CPI Maoist cadres ... was killed": the
    # one killed is not a cadre (guards the reach of "more than a dozen" as a count)
    incidents = _extract(
        resources, "A candidate who was abducted along with more than a dozen other villagers "
        "by Communist Party of India Maoist (CPI Maoist) cadres on June 10 was killed on "
        "June 12 in Parcheli village in Dantewada District.")
    killed = [i["killed"] for i in incidents if i["killed"]["low"]]
    assert killed and all("militants" not in k["by_category"] for k in killed)


@pytest.mark.parametrize(("text", "low", "by_category"), [
    # the comma closes the "including" phrase: the commando is one more, not a terrorist
    ("Three terrorists, including two women, and one Police commando were killed during an "
     "encounter in Jorian village in Rawalpindi District on June 12.",
     4, {"militants": 3, "security_forces": 1}),
    # victims of another side told "also" add to the first figure
    ("Eight BLA militants were killed in an encounter with Security Forces in Sibi District "
     "on June 12. Two Frontier Corps (FC) personnel were also killed during the gun battle.",
     10, {"militants": 8, "security_forces": 2}),
])
def test_victims_of_another_side(resources: Resources, text: str, low: int,
                                 by_category: dict[str, int]) -> None:
    (incident,) = _extract(resources, text)
    assert (incident["killed"]["low"], incident["killed"]["by_category"]) == (low, by_category)


def test_an_including_list_without_the_closing_comma_stays_a_breakdown(
        resources: Resources) -> None:
    # guards the closing-comma rule: the constable and the driver are the two abductors
    incidents = _extract(
        resources, "Police arrested two alleged abductors including a constable of the SSB "
        "and a driver in Kamrup District on June 12.")
    assert incidents[0]["arrested"]["low"] == 2


def test_also_told_of_the_same_side_is_not_added(resources: Resources) -> None:
    # guards the "also" rule: the same people told again are not counted twice
    (incident,) = _extract(
        resources, "Five people, including two policemen, were killed when militants opened "
        "fire on a market in Quetta on June 12. Two policemen were also killed in the attack.")
    assert incident["killed"]["low"] == 5


def test_a_death_and_an_also_figure_are_applied_in_the_order_told(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Gunmen killed five people in Orangi Town in Karachi on June 12. A Police "
        "team opened fire at them. Two policemen were injured in the shootout and one of them "
        "succumbed to injuries. Two attackers were also injured.")
    wounded = incident["wounded"]
    assert wounded["low"] == 3
    assert sum(wounded["by_category"].values()) == 3


def test_a_river_bank_is_no_bank(resources: Resources) -> None:
    incidents = _extract(
        resources, "Militants opened fire on a CTD team near Nawabpur village on the bank of "
        "river Chenab in Multan District on June 12, injuring two policemen.")
    assert incidents[0]["facility"] is None
    assert incidents[0]["target_type"] != "business"


def test_a_plan_is_no_attack(resources: Resources) -> None:
    # "two suicide bombers to plan attack on a university" names no suicide bombing
    incidents = _extract(
        resources, "Eight terrorists were killed in an encounter with the CTD near Multan on "
        "June 12. A CTD official said that al Qaeda commanders were meeting with others "
        "including two suicide bombers to plan attack on a university in Multan.")
    assert all(i["event_type"] != "suicide_bomb" for i in incidents)


def test_a_victim_released_on_bail_is_no_court_story(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "A gang leader, identified as Hemayet Hossain (38), was killed by "
        "unidentified armed assailants at the Jessore Central Jail gate in Jessore District on "
        "June 12 soon after his release on bail.")
    assert incident["killed"]["low"] == 1


def test_an_arrest_told_as_earlier_is_no_new_incident(resources: Resources) -> None:
    # guards the bail rule's reach: "had earlier been arrested ... released on bail" is a
    # record, not a second arrest
    incidents = _extract(
        resources, "Police arrested a GNLA cadre, identified as Barush Sangma, from Baghmara "
        "in South Garo Hills District on June 12. Mogo had earlier been arrested by the "
        "Police but was released on bail.")
    assert len(incidents) == 1


@pytest.mark.parametrize(("text", "measure", "low"), [
    ("Police arrested squad member Madhu and two other Maoists in Warangal District on June "
     "12.", "arrested", 3),
    ("Police arrested him and two other suspects in Karachi on June 12.", "arrested", 3),
    # a headline's reduced passive counts every phrase "and" joins
    ("Three militants and one soldier killed during a clash in Swat District on June 12.",
     "killed", 4),
])
def test_one_and_others(resources: Resources, text: str, measure: str, low: int) -> None:
    (incident,) = _extract(resources, text)
    assert incident[measure]["low"] == low


def test_a_member_of_an_earlier_total_is_not_joined_to_the_next(resources: Resources) -> None:
    # guards the "and" rule: the constable is one of the three killed, not of the wounded
    (incident,) = _extract(
        resources, "A bomb blast in the Civil Court of Arrah on June 12, where three persons "
        "were killed including a Police Constable and 16 injured, was blamed on Maoists.")
    assert (incident["killed"]["low"], incident["wounded"]["low"]) == (3, 16)


def test_a_kangaroo_courts_sentence_is_no_court_story(resources: Resources) -> None:
    # the abduction told with the rebels' "sentence" is the attack's method
    (incident,) = _extract(
        resources, "The Maoists killed Jaleshwar Prajapati (38), a councillor of Tilaiya "
        "panchayat in Bokaro District. Prajapati was abducted in the night of June 12 by a "
        "gang of around 48 Maoists and later, sentenced to death in a kangaroo court.")
    assert incident["attack_type"] == "kidnapping"
    assert incident["killed"]["low"] == 1


@pytest.mark.parametrize("text", [
    "Rangers Director General said on June 12 that 848 target killers involved in 7 224 cases "
    "have been arrested since September 4 2013 in Karachi.",
    "A Sindh Rangers report issued on June 12 claimed that a total of 446 target killers were "
    "arrested in 2015, mostly belonging to the militant wings of political groups in Karachi.",
    "The Director General of the CRPF on June 12 said that this year 2016 Security Forces "
    "killed 195 militants in encounters in Kashmir.",
])
def test_a_tally_over_a_period_is_no_incident(resources: Resources, text: str) -> None:
    assert _extract(resources, text) == []


def test_a_clash_in_a_feud_that_began_years_ago_is_still_told(resources: Resources) -> None:
    # guards the "since" rule: the period is the feud's, not a count's
    incidents = _extract(
        resources, "Two tribes have been engaged in a bitter fight over a land dispute in "
        "Tuensang town since November 2014 and in a recent clash two people were killed on "
        "June 6.")
    assert [i["killed"]["low"] for i in incidents] == [2]


def test_a_mistyped_year_is_no_count(resources: Resources) -> None:
    incidents = _extract(
        resources, "A Ukrainian woman, allegedly kidnapped in 21013 from Rawalpindi District, "
        "was recovered by Police from Tharparkar District on June 12.")
    assert all((i["kidnapped"] or {}).get("low") != 21013 for i in incidents)


def test_a_number_is_no_modifier_and_groups_are_no_count(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Two tribes have been engaged in a bitter fight over a land dispute in "
        "Tuensang town and in a recent clash two people were killed on June 6.")
    assert incident["killed"]["low"] == 2


@pytest.mark.parametrize(("text", "low"), [
    # one person arrested, whatever the noun: only people are arrested
    ("Border Security Force troops arrested a Bangladeshi national, identified as Shamin Noor "
     "Islam (28), in Cooch Behar District on June 12.", 1),
    ("Police arrested a linkman of the NDFB IKS from Kokrajhar District on June 12.", 1),
    # a person named, with aliases, or with a title after a comma
    ("Security Forces on June 12 arrested Edmond Marandi alias Prem Mardi alias Munna Murmu, "
     "one of the accused, in Dumka District.", 1),
    ("Police arrested Opiar Rahman, President of the Dimla unit of ICS, in Nilphamari District "
     "on June 12.", 1),
    # a date between "were" and the verb
    ("Two CPI Maoist cadres were on June 12 arrested from Bacheli town in Dantewada District.",
     2),
    # arrests told "also" are more people
    ("Police arrested an arms dealer, identified as Paonam Shantikumar (48), in Imphal East "
     "District on June 12. On his disclosure, three of his associates were also arrested from "
     "their residences.", 4),
])
def test_arrests_counted(resources: Resources, text: str, low: int) -> None:
    incidents = _extract(resources, text)
    assert incidents[0]["arrested"]["low"] == low
    by_category = incidents[0]["arrested"]["by_category"]
    assert not by_category or sum(by_category.values()) == low


def test_a_number_after_another_verb_is_its_object(resources: Resources) -> None:
    # "... blowing up an ambulance killing five CRPF personnel and two civilians ..., was on
    # June 12 killed": one killed, not the seven of the old attack (guards the reach of a
    # date between "was" and the verb)
    text = ("A hardcore Maoist, who was allegedly involved in blowing up an ambulance killing "
            "five CRPF personnel and two civilians during the 2014 polls in Bastar District, "
            "was on June 12 killed in an encounter with SFs in Bastar District.")
    (sentence,) = split_sentences(resources.nlp, text)
    killed = [f.count.low for f in find_figures(text, sentence) if f.measure == "killed"]
    assert killed == [7, 1]  # the old attack's toll, then this incident's


@pytest.mark.parametrize(("text", "measure", "low"), [
    # one object for both verbs
    ("Maoists abducted and later killed two traders in Gadchiroli District on June 12.",
     "kidnapped", 2),
    # "its" is a determiner like "his"
    ("Maoists set ablaze a truck and abducted its helper in Narayanpur District on June 12.",
     "kidnapped", 1),
])
def test_an_abductions_object(resources: Resources, text: str, measure: str,
                              low: int) -> None:
    (incident,) = _extract(resources, text)
    assert incident[measure]["low"] == low


def test_an_abduction_only_named_leaves_the_release_its_incident(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Six tribal people, who were reportedly abducted by Maoists from Pega "
        "village in East Godavari District on June 10, returned home on June 12. The tribals, "
        "however, were silent about their abduction.")
    assert incident["attack_type"] == "kidnapping"
    assert incident["kidnapped"]["low"] == 6


@pytest.mark.parametrize(("text", "measure", "low", "qualifier"), [
    # the doers before an active verb with an object are not its victims
    ("Two AMEF militants killed a gatekeeper, Entison Sangma (30), at Ronkhugre in West Khasi "
     "Hills District on June 12.", "killed", 1, "exact"),
    ("Police arrested a couple, identified as Khanin Swargiari and Roushmi Boro, in Guwahati "
     "on June 12.", "arrested", 2, "exact"),
    # a number of people is a vague count, not one
    ("Militants killed a number of villagers in Chirang District on June 12.", "killed", 3,
     "vague"),
])
def test_an_object_with_an_article(resources: Resources, text: str, measure: str, low: int,
                                   qualifier: str) -> None:
    (incident,) = _extract(resources, text)
    assert (incident[measure]["low"], incident[measure]["qualifier"]) == (low, qualifier)


@pytest.mark.parametrize("text", [
    "Three Maoists arrived at a village headman's house in Malkangiri District on June 12. "
    "They entered his house and then killed him with an axe.",
    "A shopkeeper was attacked with sharp objects and killed by Maoists in Bijapur District "
    "on June 12.",
    "Maoists killed a suspected member of a rival group in Palamu District on June 12. They "
    "fired several times at him and escaped.",
])
def test_the_method_told_after_a_generic_killing(resources: Resources, text: str) -> None:
    (incident,) = _extract(resources, text)
    assert incident["attack_type"] == "armed_assault"  # a blade or a gun, not "unknown"


@pytest.mark.parametrize(("text", "expected"), [
    # a police station named as a jurisdiction is not what was attacked
    ("Unidentified militants shot dead a man at Molandubi village under Kajigaon Police "
     "Station in Kokrajhar District on June 12.", "private_citizens"),
    # an armed group's name is no target; its men killed are a militia target (GTD)
    ("Two cadres of Purba Banglar Communist Party were killed in a clash with a rival group in "
     "Jhenaidah District on June 12.", "terrorists_non_state_militia"),
    # an informer is a civilian, not the police
    ("A tribal was beaten to death by Maoists, branding him a 'Police informer', in Lohardaga "
     "District on June 12.", "private_citizens"),
    # a way home is no home attacked
    ("Unidentified militants shot dead a Levies official in Bajaur Agency on June 12. He was "
     "on his way home when the militants opened fire on him.", "police"),
    # the officer who told it, named, is not the target
    ("A man was shot dead in PIB Colony in Karachi on June 12. Sub Divisional Police Officer "
     "Nasir Lodhi said the victim was a member of a criminal group.", "private_citizens"),
    # a displaced person is a civilian
    ("Unidentified militants shot dead an Internally Displaced Person (IDP) in Bannu on June "
     "12.", "private_citizens"),
])
def test_words_that_are_no_target(resources: Resources, text: str, expected: str) -> None:
    (incident,) = _extract(resources, text)
    assert incident["target_type"] == expected


def test_a_bare_year_does_not_date_a_day(resources: Resources) -> None:
    # no publication date: the day keeps an unknown year, not the year of a past event
    article = Article(text="Police detained an Afghan national at the Pathankot Railway "
                      "Station in Punjab on January 29. The man came to India in 2013.")
    (incident,) = extract_article(article, resources).incidents
    assert incident.to_dict()["date"]["value"] == "--01-29"


def test_a_list_headed_without_a_number(resources: Resources) -> None:
    # the SHO, written first without a number, is one of the three; the assailants'
    # motorcycle is their ride, not the target
    (incident,) = _extract(
        resources, "The Station House Officer (SHO) of New Saryab Police Station, a constable "
        "and a driver were shot dead in Quetta on June 12. According to the Police, the SHO "
        "was returning home in a Police van when unidentified assailants on a motorcycle "
        "opened fire at him.")
    assert incident["killed"]["low"] == 3
    assert incident["target_type"] == "police"


@pytest.mark.parametrize(("text", "measure", "low"), [
    # "them" stands for the group counted before as an object, not for the doers
    ("Suspecting three villagers to be acting as Police informers, cadres of the CPI Maoist "
     "abducted them from their homes in Sukma District on June 12.", "kidnapped", 3),
    ("The gunmen opened fire on three Policemen in Orangi Town in Karachi on June 12, killing "
     "them all.", "killed", 3),
])
def test_them_counts_the_group_told_before(resources: Resources, text: str, measure: str,
                                           low: int) -> None:
    (incident,) = _extract(resources, text)
    assert incident[measure]["low"] == low


def test_them_is_not_the_doers(resources: Resources) -> None:
    # guards the "them" rule: seven to eight militants came and killed the couple
    incidents = _extract(
        resources, "NDFB IKS militants killed a couple in Chirang District on June 12. Police "
        "said a group of seven to eight militants came to the couple's house and tied their "
        "limbs before killing them with sharp weapons.")
    assert all(i["killed"]["low"] in (None, 2) for i in incidents)


def test_militants_fallen_in_an_operation_make_it_the_states(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Three terrorists and one Police commando were killed during an "
        "intelligence based operation in Jorian village in Rawalpindi District on June 12.")
    assert incident["event_type"] == "armed_clash"
    assert incident["attack_type"] is None


def test_the_next_clause_of_another_side_adds(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "At least six militants were killed while a soldier embraced martyrdom "
        "during a search operation in Awaran District on June 12.")
    assert incident["killed"]["low"] == 7
    assert incident["killed"]["by_category"] == {"militants": 6, "security_forces": 1}


def test_a_target_word_that_acts_is_the_doer(resources: Resources) -> None:
    # the peace committee shot the man dead; it was not attacked
    (incident,) = _extract(
        resources, "A pro Government peace committee, Tauheedul Islam (TI) shot dead one of "
        "its opponents in Landi Kotal on June 12 over suspicions that he was a spy.")
    assert incident["target_type"] != "terrorists_non_state_militia"


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # how the toll given came about, already in it
    ("At least three people were killed and two others injured in an IED blast in Bajaur "
     "Agency on June 12. Initially, three others were injured, however, one of them "
     "succumbed to injuries in the hospital.", 3, 2),
    # guards the rule: two more who died later are more dead
    ("Three people were killed in an IED blast in Bajaur Agency on June 12. Initially three "
     "were injured, and two more succumbed later.", 5, 1),
])
def test_a_death_told_as_how_the_toll_came_about(resources: Resources, text: str,
                                                 killed: int, wounded: int) -> None:
    (incident,) = _extract(resources, text)
    assert (incident["killed"]["low"], incident["wounded"]["low"]) == (killed, wounded)


# --- stop 17: each case failed on stop 16's code, except the guard ----------------------------

def _doers(resources: Resources, text: str) -> list[tuple[str, str]]:
    (incident,) = _extract(resources, text)
    return [(p["mention"], p["status"]) for p in incident["perpetrators"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a misspelt long name: its bracketed acronym is the doer
    ("Five militants and a security official were killed when Tehreek e Taliban Paksitan "
     "(TTP) attacked a security checkpost in Upper Dir District on September 27.",
     [("TTP", "attributed")]),
    # "suspected" before the long name the base does not know holds for its acronym
    ("Three Policemen were killed when suspected militants of Hmar Peoples Convention "
     "(Democrats) (HPC D) opened fire on a convoy near Zokhawthiang in Aizawl District on "
     "March 28.", [("HPC D", "suspected")]),
    # the group named in a faction's long name is the faction, not a second doer
    ("Militants belonging to IK Songbijit faction National Democratic Front of Bodoland "
     "(NDFB IKS) killed 48 Adivasis in Sonitpur District on December 23.",
     [("NDFB IKS", "attributed")]),
])
def test_a_bracketed_acronym_names_the_doer(resources: Resources, text: str,
                                            expected: list) -> None:
    assert _doers(resources, text) == expected


def test_an_acronym_after_its_known_name_keeps_the_names_status(resources: Resources) -> None:
    # guards the rule's reach: "Suspected ULFA" stays suspected, not attributed by "lobbed"
    assert _doers(resources, "Suspected United Liberation Front of Asom (ULFA) militants "
                  "lobbed a grenade at the residence of a businessman in Tinsukia District "
                  "on May 3.") == [("United Liberation Front of Asom", "suspected")]


def test_an_age_before_a_count_is_no_count(resources: Resources) -> None:
    # a run-on story: "Uzzal 35" is an age, "Two RAB personnel" the wounded
    text = ("The victims were identified as Fazal Driver 40 and Uzzal 35 Two RAB personnel "
            "Corporal Mohammed Ali and Lance Corporal Nuruzzaman were also injured during the "
            "gunfight")
    assert figures(resources, text, "wounded") == [2]


def test_people_named_by_their_arrest_are_counted_by_their_fate(resources: Resources) -> None:
    text = ("Three detained militants and two soldiers were killed in a shootout at a "
            "detention centre in Peshawar in the night of August 6.")
    assert figures(resources, text, "killed") == [5]
    assert figures(resources, text, "arrested") == []


def test_an_arrest_on_a_day_still_counts(resources: Resources) -> None:
    # guards the rule's reach: "October 15 arrested" is no adjective
    text = ("Police on October 15 arrested the key suspect behind the June 2013 bombing which "
            "killed nine people.")
    assert figures(resources, text, "arrested") == [1]


def test_one_named_hostage_set_off_by_commas_is_one_kidnapped(resources: Resources) -> None:
    text = ("A trader, identified as Ali Khan, kidnapped three years ago was recovered from "
            "Quetta on May 9.")
    assert figures(resources, text, "kidnapped") == [1]


def test_an_age_after_an_arrested_persons_name_keeps_the_count(resources: Resources) -> None:
    # the age's brackets stripped, a dash after it: one person arrested
    text = ("The Police on March 2 arrested Rafiqul Hasan 24 —a suspected cadre of JMB and "
            "recovered explosives from his house in Sahebganj.")
    assert figures(resources, text, "arrested") == [1]


def test_the_source_of_the_news_is_not_counted(resources: Resources) -> None:
    # "an FC spokesman" tells who said it; 13 were arrested, not 14 with a soldier among them
    text = ("According to an FC spokesman 13 suspects were arrested in Kharotabad area of "
            "Quetta on Monday.")
    assert figures(resources, text, "arrested") == [13]


def test_people_named_before_sustained_injuries_are_counted(resources: Resources) -> None:
    # "sustained injuries" has no auxiliary: the people before it, their names set off by
    # commas, are the wounded
    text = ("A driver was killed and two Policemen, identified as Zafarullah and Hilal, "
            "sustained injuries when militants opened fire at a checkpoint.")
    assert figures(resources, text, "wounded") == [2]


def test_the_guise_of_the_doers_is_not_the_victims_side(resources: Resources) -> None:
    # "him" is the headman, not one of the "Police officers" the Maoists posed as
    text = ("Three Maoists arrived at the headman's house and introduced themselves as Police "
            "officers. They entered his house and then killed him with an axe.")
    (incident,) = _extract(resources, text)
    assert incident["killed"]["by_category"] == {"civilians": 1}


@pytest.mark.parametrize(("text", "measure", "side"), [
    ("Four woman cadres of the CPI Maoist were killed in an encounter with Security Forces.",
     "killed", {"militants": 4}),
    ("Police arrested a woman cadre of the KYKL at Nambol in Bishnupur District.",
     "arrested", {"militants": 1}),
])
def test_the_head_after_a_sex_word_decides_the_side(resources: Resources, text: str,
                                                    measure: str, side: dict) -> None:
    (figure,) = measured(resources, text, measure)
    assert figure.count.by_category == side


def test_a_police_informer_is_a_civilian(resources: Resources) -> None:
    text = "A Police informer and a juice vendor were shot dead at Faqeera Goth on March 9."
    (figure,) = measured(resources, text, "killed")
    assert figure.count.by_category == {"civilians": 2}


def test_the_doers_after_by_are_not_the_victims_side(resources: Resources) -> None:
    # the owner was shot by a militant outfit: she is not a militant
    text = ("The owner of a restaurant who was allegedly shot by militant outfit KCP on "
            "February 19 succumbed to her injuries on March 16.")
    (figure,) = measured(resources, text, "killed")
    assert "militants" not in figure.count.by_category


def test_people_held_in_captivity_are_not_arrested(resources: Resources) -> None:
    text = ("As per information received from the embassy, 39 Indians are held under the "
            "captivity of Islamic State in Mosul.")
    assert figures(resources, text, "arrested") == []


def test_an_officer_of_a_force_named_before_him_is_of_the_force(resources: Resources) -> None:
    text = ("A CoBRA trooper was killed and a Central Reserve Police Force (CRPF) officer "
            "injured during an encounter with the CPI Maoist.")
    (figure,) = measured(resources, text, "wounded")
    assert figure.count.by_category == {"security_forces": 1}


@pytest.mark.parametrize("text", [
    # the person arrested, then what he is suspected of
    "Officials arrested a Sri Lankan national suspected of having links to the LTTE in Pune.",
    # a long group name before the member's noun (13 words)
    "Police arrested a wanted IK Songbijit faction of the National Democratic Front of "
    "Bodoland (NDFB IKS) militant, identified as Lwithwi Brahma, from his hideout.",
    # the member's name right after the noun, its commas lost (and the group's first letter)
    "Security Forces arrested a nationalist Socialist Council of Nagaland Khaplang NSCN K "
    "militant Yogpei Konyak from Santam Ward in Mon town.",
])
def test_one_person_arrested_described_at_length(resources: Resources, text: str) -> None:
    assert figures(resources, text, "arrested") == [1]


def test_a_former_cadre_is_a_civilian(resources: Resources) -> None:
    text = ("Unidentified assailants shot dead a former cadre of the PCJSS at his house in "
            "Dolubanya village on January 23.")
    (figure,) = measured(resources, text, "killed")
    assert figure.count.by_category == {"civilians": 1}


@pytest.mark.parametrize(("text", "measure", "side"), [
    # a force's acronym before "men": Assam Rifles men
    ("Two troopers were killed and three AR men were injured when militants attacked them.",
     "wounded", {"security_forces": 3}),
    # an adjective before a group's long name: the members are militants
    ("Two suspected Communist Party of India Maoist (CPI Maoist) cadres were arrested during "
     "a search operation.", "arrested", {"militants": 2}),
])
def test_the_words_before_a_person_noun_say_the_side(resources: Resources, text: str,
                                                     measure: str, side: dict) -> None:
    (figure,) = measured(resources, text, measure)
    assert figure.count.by_category == side


def test_a_second_object_after_what_the_first_is_of(resources: Resources) -> None:
    text = ("Unidentified militants abducted a driver of a mini truck and a labourer from near "
            "Kanglatongbi temple on January 17.")
    assert figures(resources, text, "kidnapped") == [2]


def test_the_people_an_arrest_relative_clause_is_about(resources: Resources) -> None:
    text = ("Police on March 4 made public the six people it had arrested after the bomb "
            "detonated at Babarmahal on February 27.")
    assert figures(resources, text, "arrested") == [6]


def test_a_first_person_without_a_number_joined_by_and(resources: Resources) -> None:
    text = ("In Feni District, the driver of a covered van and a day labourer were injured in "
            "crude bomb attacks.")
    assert figures(resources, text, "wounded") == [2]


@pytest.mark.parametrize(("text", "killed"), [
    # adjectives or nouns joined by "and" inside one counted phrase add no one
    ("ISPR said 28 local and foreign militants were killed in air strikes.", [28]),
    ("Twenty four AL leaders and workers were killed and 300 others were injured.", [24]),
    # guards the rule's reach: one more person's noun after "and" is one more
    ("The Station House Officer (SHO) of New Saryab Police Station, a constable and driver "
     "were shot dead in Killi Shahnawaz.", [3]),
])
def test_and_inside_a_counted_phrase_adds_no_one(resources: Resources, text: str,
                                                 killed: list[int]) -> None:
    assert figures(resources, text, "killed") == killed


# --- stop 19: each case failed on stop 18's code -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # "open fired", a slip for "opened fire", is the doers' act
    ("Four policemen were shot when Tehreek e Taliban Pakistan (TTP) militants open fired at "
     "them in Quetta on January 28.", [("Tehreek e Taliban Pakistan", "attributed")]),
    # a spokesman who says the group's commandos "successfully carried out" the attack claims it
    ("Four policemen were shot dead in Quetta on January 28. TTP spokesperson Mohammad "
     "Khorasani said, \u201cThe TTP\u2019s special unit commandos successfully carried out "
     "the attack.\u201d", [("TTP", "claimed")]),
])
def test_the_doers_slips_and_spokesmen(resources: Resources, text: str,
                                       expected: list) -> None:
    assert _doers(resources, text) == expected


@pytest.mark.parametrize(("text", "by_category"), [
    # the person before a relative clause is who died, not the foe its operation was against
    ("A CRPF jawan who had stepped on a pressure bomb during an anti-Maoist operation in Sukma "
     "District died on April 12.", {"security_forces": 1}),
    # the group an operation is "anti" is no victim's side (the officer is too far to read)
    ("A CRPF officer who had suffered severe IED splinter injuries during an anti Communist "
     "Party of India Maoist (CPI Maoist) operation on March 11 in Sukma District died on "
     "April 12.", {}),
])
def test_who_died_after_an_operation_against_a_group(resources: Resources, text: str,
                                                     by_category: dict) -> None:
    (figure,) = measured(resources, text, "killed")
    assert (figure.count.low, figure.count.by_category) == (1, by_category)


@pytest.mark.parametrize(("text", "measure", "low"), [
    # "in twin bomb blasts" is no object of "injured": the 22 before it are counted
    ("At least seven people were killed and 22 others injured in twin bomb blasts in North "
     "Nazimabad on September 18.", "wounded", 22),
    ("Six militants were killed and two others injured in a gunfight with Security Forces in "
     "Orakzai Agency on May 3.", "wounded", 2),
    # a member's name after the member does not end an including list: seven, not eight
    ("At least seven people, including a three month old baby Shabbir, a 12 year old girl "
     "Umema and a woman, were killed in twin bomb blasts in Karachi on September 18.",
     "killed", 7),
    # "today" after the day between the auxiliary and the verb, without brackets
    ("Three District Reserve Group personnel were on June 14 today injured in a fierce "
     "encounter with Maoists in Narayanpur District.", "wounded", 3),
])
def test_counted_past_a_preposition_a_name_and_today(resources: Resources, text: str,
                                                     measure: str, low: int) -> None:
    assert figures(resources, text, measure) == [low]


def test_a_breakdowns_closing_comma_before_a_verb_without_auxiliary(
        resources: Resources) -> None:
    assert figures(resources, "10 persons, including five Policemen, sustained injuries when a "
                   "suicide bomber rammed his vehicle into a house in Bannu District.",
                   "wounded") == [10]


@pytest.mark.parametrize(("text", "low"), [
    # an aim, no arrest
    ("Two civilians were shot dead in Kulgam on June 4. A manhunt was launched to arrest the "
     "attackers.", []),
    # guards the rule's reach: succeeding to arrest is an arrest
    ("SFs cordoned off the village on June 4. The team succeeded to arrest one militant.", [1]),
    # ... and being unable to arrest is none
    ("Two civilians were shot dead in Kulgam on June 4. Police were unable to arrest the "
     "attackers.", []),
])
def test_to_arrest(resources: Resources, text: str, low: list) -> None:
    assert figures(resources, text, "arrested") == low


def test_doers_armed_with_their_weapons(resources: Resources) -> None:
    assert _doers(resources, "The group of seven Garo National Liberation Army (GNLA) cadres "
                  "armed with AK 47 rifles and SLR rifles shot dead two gate keepers of Songsak "
                  "village in West Khasi Hills District on January 19.") == [
        ("Garo National Liberation Army", "attributed")]


def test_a_death_told_after_the_toll_with_no_one_wounded_before(resources: Resources) -> None:
    (incident,) = _extract(resources, "Alfu, the leader of an outlawed group, was killed in a "
                           "gunfight with Police in Magura District on June 22. Police fired "
                           "back that left Alfu wounded. He succumbed to his injuries later. "
                           "Two Police officials were also injured in the gunfight.")
    assert (incident["killed"]["low"], incident["wounded"]["low"]) == (1, 2)


def test_a_place_where_only_security_forces_were_hurt_is_not_the_aim(
        resources: Resources) -> None:
    (incident,) = _extract(resources, "A Special Police Officer (SPO) was shot dead by Maoist "
                           "cadres in Dantewada District on May 17. About a dozen Maoist cadres "
                           "cornered SPO Koasalal Markam at a weekly market at Chintagarh "
                           "village and shot him dead.")
    assert incident["target_type"] == "police"
    # guards the rule's reach: a grenade hurled at a shop aimed at the shop
    (incident,) = _extract(resources, "Unidentified assailants hurled a hand grenade at the shop "
                           "of a trader in Baldia Town on May 3. Two Policemen were killed.")
    assert incident["target_type"] == "business"


def test_the_killing_of_a_couple_is_two(resources: Resources) -> None:
    assert figures(resources, "The NSCN IM claimed responsibility for the killing of a couple "
                   "at Lungpha village in Ukhrul District on July 24.", "killed") == [2]


def test_a_rebel_army_the_base_does_not_know_is_no_military_target(
        resources: Resources) -> None:
    (incident,) = _extract(resources, "Bosco Chermaco was killed by militants at Jakobpur in "
                           "Kokrajhar District on February 22. The arrestee is a member of the "
                           "Adivasi Peoples\u2019 Army (APA), a lesser known militant outfit.")
    assert incident["target_type"] != "military"


def test_who_found_the_body_is_no_target(resources: Resources) -> None:
    (incident,) = _extract(resources, "Fifteen bullet riddled bodies were discovered by the "
                           "Levies Force personnel in Buleda Tehsil of Kech District on November "
                           "15.")
    assert incident["target_type"] != "police"


@pytest.mark.parametrize(("text", "expected"), [
    # a monk is a religious figure
    ("Unidentified attackers stabbed a Buddhist monk in Chennai on March 18.",
     "religious_figures_institutions"),
    # where the victim was going is no target: CRPF troopers on their way to a polling station
    ("Two Central Reserve Police Force (CRPF) troopers were killed when Maoists triggered an "
     "explosive, when they were on way to a polling station in Jamui District on April 10.",
     "police"),
])
def test_a_monk_and_a_way_to(resources: Resources, text: str, expected: str) -> None:
    (incident,) = _extract(resources, text)
    assert incident["target_type"] == expected


def test_a_death_told_after_the_toll_counted_again_as_it_was(resources: Resources) -> None:
    (incident,) = _extract(resources, "At least two Police Officers were killed and another was "
                           "injured in a grenade attack on their police mobile in Karachi on "
                           "November 10. According to details, one Police Official was killed "
                           "and two others were injured. Later one of them succumbed to his "
                           "injuries.")
    assert (incident["killed"]["low"], incident["wounded"]["low"]) == (2, 1)


@pytest.mark.parametrize(("text", "measure", "low"), [
    # demonyms and "nationals" count people
    ("All the 39 Indians held hostage in Mosul by Islamic State militants over a year ago were "
     "safe, the government said on July 22.", "kidnapped", 39),
    ("The BSF arrested nine Bangladeshis and two Indian nationals near village Noketgre on May "
     "12.", "arrested", 11),
    ("An Iranian national, identified as Muhammad Ameer, kidnapped three years ago was "
     "recovered from Dalbandin area of Chagai District on May 6.", "kidnapped", 1),
    # soldiers "captured by terrorists" are hostages, not arrested
    ("The spokesman said 12 Frontier Corps soldiers were killed and four others captured by "
     "terrorists.", "kidnapped", 4),
])
def test_nationals_and_captives(resources: Resources, text: str, measure: str,
                                low: int) -> None:
    assert figures(resources, text, measure) == [low]


def test_a_national_liberation_army_is_no_national(resources: Resources) -> None:
    # guards the rule's reach: "National" in a group's name counts no civilian
    (figure,) = measured(resources, "An unidentified Garo National Liberation Army (GNLA) "
                         "militant was killed in an encounter in East Garo Hills on May 3.",
                         "killed")
    assert figure.count.by_category == {"militants": 1}


@pytest.mark.parametrize("text", [
    # a quoted role, then "of" its group
    "The Anti Extortion Team of Dimapur Police arrested a \u2018sergeant major\u2019 of the "
    "Khaplang faction of NSCN, identified as Vikheto Awomi, in Dimapur District on November 30.",
    # a middle initial in the arrested man's name
    "West Garo Hills Police on November 12, arrested Rohilbirth J Sangma, the alleged kingpin "
    "behind the abduction of a teacher from near Dalu.",
])
def test_one_arrested_by_a_quoted_role_or_a_name_with_an_initial(resources: Resources,
                                                                text: str) -> None:
    assert figures(resources, text, "arrested") == [1]


def test_a_police_station_chief_is_of_the_security_forces(resources: Resources) -> None:
    (figure,) = measured(resources, "Nawabad Police Station Chief was killed by unidentified "
                         "assailants in Kapisa Province on February 19.", "killed")
    assert figure.count.by_category == {"security_forces": 1}


@pytest.mark.parametrize(("text", "measure", "expected"), [
    # "the death of" counts the people after it, with those "and" joins
    ("Unidentified militants on October 24 carried out a grenade attack leading to the death of "
     "one person while three others were injured in Chirang District.", "killed", [1]),
    ("The clash continued till September 27, resulting in death of a security official and "
     "five militants.", "killed", [6]),
    # an unspecified number is no count
    ("Twenty nine Taliban militants were killed and an unspecified number of militants were "
     "injured after militants attacked administrative installations.", "wounded", []),
])
def test_the_death_of_and_an_unspecified_number(resources: Resources, text: str, measure: str,
                                                expected: list) -> None:
    assert figures(resources, text, measure) == expected


def test_abducted_and_killed_in_the_passive_counts_both(resources: Resources) -> None:
    text = ("A former village sarpanch, identified as Hadma Ram (45), was abducted and killed by "
            "CPI Maoist cadres in Dantewada District on December 23.")
    assert (figures(resources, text, "kidnapped"), figures(resources, text, "killed")) == (
        [1], [1])


def test_a_khasdar_is_of_the_security_forces(resources: Resources) -> None:
    # "Khasdar", a common spelling of khasadar (tribal police)
    (figure,) = measured(resources, "One Khasdar official was killed in a landmine blast at "
                         "Karkanai in Mohmand Agency on November 23.", "killed")
    assert figure.count.by_category == {"security_forces": 1}


def test_a_dead_body_with_an_article_is_one_killed(resources: Resources) -> None:
    assert figures(resources, "A bullet riddled dead body, identified as that of Wali Mohammad, "
                   "was recovered from a water tank in Sohbat Pur on May 3.", "killed") == [1]


def test_a_members_acronym_does_not_end_an_including_list(resources: Resources) -> None:
    assert figures(resources, "Two Policemen, including an Assistant Sub Inspector (ASI) and a "
                   "Constable, involved in the shooting incident have been arrested.",
                   "arrested") == [2]


@pytest.mark.parametrize(("text", "measure", "low"), [
    # "and his helper": one more, as "along with his aide" is
    ("GNLA militants shot dead a truck driver and his helper near Mendipather on August 16.",
     "killed", 2),
    # "one of India's 20 most wanted terrorists" is the one
    ("Abdul Karim Tunda, one of India s 20 most wanted terrorists, was arrested on August 16.",
     "arrested", 1),
])
def test_and_his_helper_and_one_of_many(resources: Resources, text: str, measure: str,
                                        low: int) -> None:
    assert figures(resources, text, measure) == [low]


def test_a_factions_name_with_the_wholes_name_in_brackets_is_one_doer(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Netra Bikram Chand led Communist Party of Nepal Maoist (CPN Maoist) cadres "
        "on June 11 attacked the World Vision International office in Nuwakot District.")
    assert [p["actor"] for p in incident["perpetrators"]] == ["Communist Party of Nepal (Chand)"]


def test_doers_from_across_the_border(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Four militants were killed and five others sustained injuries when "
        "militants across the border attacked Bhittai checkpost in Shabak area of Alizai "
        "sector in Kurram Agency, reports Daily Times.", published=None)
    assert [p["mention"] for p in incident["perpetrators"]] == ["militants"]


def test_who_rescued_a_witness_is_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "On April 21, the body of a taxi driver, who was shot and killed, was "
        "recovered from a river below Phuktong village in Mon District. His friend, who was "
        "rescued by the police at Tuimei village, said two men hired the vehicle and shot the "
        "driver in the jungle.")
    assert incident["target_type"] != "police"


@pytest.mark.parametrize(("text", "doers"), [
    # a group named as the victim's, after the harm: no doer, "suspected" or not
    ("Suspected militants of the NSCN K shot dead two persons, identified as the ZSU "
     "general secretary and a suspected NSCN IM cadre, at Nungkao in Tamenglong District on "
     "August 17.", ["National Socialist Council of Nagaland-Khaplang"]),
    ("A CPI Maoist hit squad killed a suspected member of a rival group Tritiya Prastuti "
     "Committee (TPC) on April 20 night in Palamu District.",
     ["Communist Party of India (Maoist)"]),
    # guards the rule's reach: "allegedly by" names the doer
    ("Three villagers were killed allegedly by Communist Party of India Maoist (CPI Maoist) "
     "cadres in Kondagaon District on April 6.", ["Communist Party of India (Maoist)"]),
])
def test_a_group_named_as_the_victims_is_no_doer(resources: Resources, text: str,
                                                 doers: list[str]) -> None:
    (incident,) = _extract(resources, text)
    assert [p["actor"] for p in incident["perpetrators"]] == doers


def test_foreign_forces_are_a_state_doer(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "Sixteen Taliban militants were killed in a joint operation conducted by "
        "Afghan and Foreign Forces in Dand e Ghori area of Baghlan Province on November 7.")
    assert [(p["mention"], p["kind"]) for p in incident["perpetrators"]] == [
        ("Foreign Forces", "state")]


def test_a_group_that_claimed_that_it_shot_dead(resources: Resources) -> None:
    (incident,) = _extract(
        resources, "The Tehrik e Taliban Pakistan (TTP) claimed on February 19 that it shot dead "
        "a retired Pakistani spy who once sided with the US against the Soviet occupation.")
    assert [(p["actor"], p["status"]) for p in incident["perpetrators"]] == [
        ("Tehrik-i-Taliban Pakistan", "claimed")]
    assert incident["place"]["country"] != "US"  # an ally named, not where it happened


@pytest.mark.parametrize(("text", "doers"), [
    # more verbs of the doers, and two bracketed names between a group and its men
    ("Armed Communist Party of India Maoist (CPI Maoist) cadres orchestrated two ambushes in "
     "Khunti District on July 23, killing two CRPF personnel.",
     [("Communist Party of India (Maoist)", "attributed")]),
    ("National Democratic Front of Bodoland (NDFB) (Songbijit faction) militants on August 14 "
     "lobbed two grenades at a market in Chirang District, injuring three people.",
     [("National Democratic Front of Bodoland", "attributed")]),
    # the members right after their group's name are that group, not a second doer (guards
    # the reach of "triggered" as a doer's verb: it held before that verb was read)
    ("At least three Policemen were injured when suspected Communist Party of India Maoist "
     "(CPI Maoist) cadres triggered a landmine blast in Khunti District on May 4.",
     [("Communist Party of India (Maoist)", "suspected")]),
])
def test_a_groups_men_and_their_acts(resources: Resources, text: str,
                                     doers: list[tuple[str, str]]) -> None:
    (incident,) = _extract(resources, text)
    assert [(p["actor"], p["status"]) for p in incident["perpetrators"]] == doers
