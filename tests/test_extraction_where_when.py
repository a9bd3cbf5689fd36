"""Where and when an incident happened: a section of a city the report names without the
city, a place written before the town it lies in, a day told without its year before a
month of a past year, a district written after a town, the day of a statement.  Hand-written
reports; each case failed before the rule it tests (stop 16's code; the cases added in stops 18,
19 and 20 on the code of the stop before theirs), except where a comment says it guards a rule's
reach."""

from __future__ import annotations

import pytest

from eventwatch.resources import Resources
from extraction_cases import incidents, where


def _place(resources: Resources, text: str) -> tuple[str | None, str | None, str | None,
                                                      str | None]:
    (incident,) = incidents(resources, text, published=None)
    return where(incident)


@pytest.mark.parametrize(("text", "expected"), [
    # a town of Karachi named without the city (the SATP narratives drop it)
    ("Two cadres of PAC were shot dead on Mir Mohammed Baloch Road in Lyari Town on October "
     "3.", ("PK", "Sindh", "Karachi", "Mir Mohammed Baloch Road")),
    ("A man was killed when unidentified assailants opened fire on him near Jinnah Square in "
     "Malir on February 27.", ("PK", "Sindh", "Karachi", "Malir")),
    ("Police arrested a TTP extortionist during an encounter in SITE Town on March 9.",
     ("PK", "Sindh", "Karachi", "SITE Town")),
    # a section of the town named first: the section is the site, in Karachi
    ("A suspected gangster was shot dead in an encounter on April 14 in Kalakot area of Lyari "
     "town in Karachi.", ("PK", "Sindh", "Karachi", "Kalakot")),
])
def test_a_section_of_a_city_is_in_the_city(resources: Resources, text: str,
                                            expected: tuple) -> None:
    assert _place(resources, text) == expected


def test_a_town_written_as_its_owner_says_the_province(resources: Resources) -> None:
    # guards the new Karachi towns' reach (stop 16 had no Saddar): Karachi has a Saddar
    # too; "of Peshawar" says which Saddar (the capital "B" of Bazaar had hidden the owner)
    country, admin1, admin2, _ = _place(
        resources, "A doctor was shot dead by unidentified assailants in his clinic on Liaquat "
        "Street in Saddar Bazaar of Peshawar, the provincial capital of Khyber Pakhtunkhwa, on "
        "January 22.")
    assert (country, admin1, admin2) == ("PK", "Khyber Pakhtunkhwa", "Peshawar")


def test_a_city_owner_is_the_city_of_millions(resources: Resources) -> None:
    # "Dhaka city" is Bangladesh's capital, not the village of Dhaka in Bihar, though India
    # (Hazaribagh in Jharkhand) gets more votes from the names alone
    country, admin1, admin2, name = _place(
        resources, "Police arrested 14 cadres of Islami Chhatra Shibir from Dhaka city s "
        "Hazaribagh area on August 3.")
    assert (country, admin1, admin2, name) == ("BD", "Dhaka", "Dhaka", "Hazaribagh")


def test_a_place_after_a_persons_name_can_be_the_scene(resources: Resources) -> None:
    # a man named Jamshed is neither Jamshed Town nor the reason to set Quetta aside: "in"
    # after the name begins the scene ("identified as Abha Deka" stays a name)
    (incident,) = incidents(resources, "Unidentified assailants shot dead a man identified as "
                            "Jamshed in Quetta on May 2.", published=None)
    assert incident["place"]["admin2"] == "Quetta"


def test_a_day_earlier_in_the_year_than_a_past_month_comes_after_it(
        resources: Resources) -> None:
    # "last month December 2015" makes "January 16" the next January
    (incident,) = incidents(
        resources, "An exchange of fire between the Police and the Maoists was reported in "
        "Tapdole forest in Angul District on January 16. The forest is adjacent to Satkosia "
        "sanctuary where an armed encounter occurred last month December 2015.", published=None)
    assert incident["date"]["value"] == "2016-01-16"


def test_a_country_as_the_subject_of_its_fire_is_no_place(resources: Resources) -> None:
    # "Pakistan ... violated the ceasefire" is an actor: the posts are India's, in Poonch
    (incident,) = incidents(
        resources, "Pakistan in the morning of October 31 violated the ceasefire by firing "
        "unprovoked at forward Indian posts on the Line of Control (LoC) in Poonch District. "
        "Pakistan early this morning fired unprovoked at forward posts in Balakote sector of "
        "Mendhar in Poonch, official sources said. Pakistan fired 80 mm mortars.", published=None)
    assert (incident["place"]["country"], incident["place"]["admin1"]) == (
        "IN", "Jammu and Kashmir")


def test_a_district_named_as_such_takes_its_province(resources: Resources) -> None:
    # the gazetteer's only Aurangabad district is Bihar's; Maharashtra's Aurangabad is a
    # bigger city, but "Aurangabad District" names the district
    (incident,) = incidents(
        resources, "A villager was shot dead by suspected Maoists near a canal in Dalelbigha "
        "village under Madanpur Police Station in Aurangabad District on June 8.",
        published=None)
    assert (incident["place"]["admin1"], incident["place"]["admin2"]) == ("Bihar", "Aurangabad")


def test_an_arrest_from_a_place_after_a_long_list_of_names(resources: Resources) -> None:
    # where people were arrested from is the last resort for a story with no other place;
    # the list of names had put "arrested" out of its reach
    (incident,) = incidents(
        resources, "Police arrested five persons, identified as Abdul Karim, Md Rafiq Islam, "
        "Md Jahangir Alam, Nur Hossain and Sirajul Haque along with two country made pistols "
        "from Bhatipara in Kokrajhar District on May 3.", published=None)
    assert (incident["place"]["admin1"], incident["place"]["admin2"]) == ("Assam", "Kokrajhar")


@pytest.mark.parametrize(("text", "expected"), [
    # the gazetteer lists "Sibsagar" among the alternate names of the bigger town of Jorhat
    ("Police arrested a youth for demanding money from a tea garden manager on behalf of "
     "ULFA I from Demow in Sibsagar District on August 9.", ("Assam", "Sibsagar")),
    # ... and "Visakhapatnam" among those of Rasapudipalem, a bigger namesake in no district
    ("Maoist cadres killed a tribal man after branding him a police informer in G. Madugula "
     "mandal in Visakhapatnam District on December 21.", ("Andhra Pradesh", "Vishakhapatnam")),
])
def test_a_district_named_as_such_is_not_another_towns_alias(resources: Resources, text: str,
                                                            expected: tuple) -> None:
    # a name written as a district is the district, and so are its towns
    (incident,) = incidents(resources, text, published=None)
    assert (incident["place"]["admin1"], incident["place"]["admin2"]) == expected


def test_a_record_told_without_an_act_of_its_own_lends_no_date(resources: Resources) -> None:
    # the arrest is not dated; November 12 is the day of the torching the two were involved in
    (incident,) = incidents(
        resources, "Security Forces arrested two Maoists after an encounter in Gangaloor area "
        "of Bijapur District. The two were involved in the incident of torching 12 trucks on a "
        "road near Gangaloor on November 12, Police said.", published=None)
    assert incident["arrested"]["low"] == 2
    assert incident["date"] is None


@pytest.mark.parametrize(("text", "expected"), [
    # the gazetteer knows only Khyber Pakhtunkhwa's Nowshera: the site is as written, in the
    # district written after it
    ("Pakistani troops fired mortars at Indian posts in Nowshera sector of Rajouri District "
     "on January 2.", ("IN", "Jammu and Kashmir", "Rajauri", "Nowshera")),
    # West Bengal's Shantipur is a bigger namesake
    ("A trader was shot and injured by suspected militants at Shantipur in Imphal West "
     "District on April 22.", ("IN", "Manipur", "Imphal West", "Shantipur")),
    # a town of another district (FR Tank) named like the area
    ("Two militants were killed in an operation by Security Forces in Jandola area of South "
     "Waziristan Agency on March 31.",
     ("PK", "Khyber Pakhtunkhwa", "South Waziristan", "Jandola")),
])
def test_a_place_before_its_district_lies_in_it(resources: Resources, text: str,
                                                expected: tuple) -> None:
    assert _place(resources, text) == expected


def test_a_village_in_its_district_keeps_its_name(resources: Resources) -> None:
    # guards the kind word the gazetteer's match takes in: the site is "Katra", not
    # "Katra village" (a Katra elsewhere is set aside for Garhwa District)
    assert _place(resources, "Police arrested a suspected woman Maoist and recovered "
                  "explosives from her house at Katra village in Garhwa District on September "
                  "18.") == ("IN", "Jharkhand", "Garhwa", "Katra")


def test_a_country_in_a_sites_name_is_no_country(resources: Resources) -> None:
    # "Mali Colony" is a neighbourhood of Mirpur Khas, not the country of Mali
    assert _place(resources, "A doctor was shot dead by two gunmen in Mali Colony of "
                  "Mirpurkhas District on September 23.") == (
        "PK", "Sindh", "Mirpur Khas", "Mali Colony")
    # "Pakistan Bazaar" is in Karachi, the city the lead names
    second = incidents(
        resources, "Five people were killed in separate incidents in Karachi on September "
        "16. A trader was shot dead by two unidentified armed assailants near a chowk in "
        "Pakistan Bazaar.", published=None)[-1]
    assert (second["place"]["admin1"], second["place"]["admin2"]) == ("Sindh", "Karachi")


def test_an_investigation_officer_who_tells_the_story_makes_no_background(
        resources: Resources) -> None:
    # the sentence that names where they were held is the arrest's, not an investigation's:
    # the arrest is in Thatta, not in Bhuj, where the men had crossed the border
    (incident,) = incidents(
        resources, "The Counter Terrorism Department on April 16 arrested two fishermen over "
        "their alleged links to a foreign spy agency. Acting on a tip off, the Police detained "
        "Saddam Ali and Bachal Khan in the Shah Bander area in Thatta, said CTD Investigation "
        "officer Naveed Khan. The two men had crossed the border near Bhuj and met their "
        "handlers there.", published=None)
    assert (incident["place"]["country"], incident["place"]["admin2"]) == ("PK", "Thatta")


def test_where_hostages_were_taken_from_reaches_past_an_aside(resources: Resources) -> None:
    # "from Zhob District" after a long aside is where the nine were taken; "travelling to
    # Quetta from Islamabad" is where four of them came from, not the scene
    first, second = incidents(
        resources, "TTP militants abducted nine people, including four Government officials, "
        "in two separate incidents from Zhob District on January 4. In the second incident, "
        "the militants abducted four other people, who were travelling to Quetta from "
        "Islamabad.", published=None)
    assert first["place"]["admin2"] == second["place"]["admin2"] == "Zhob"


def test_a_storys_armed_group_says_its_country_where_no_country_is_named(
        resources: Resources) -> None:
    # Bhutan has a Chirang district too; the NDFB operates in India
    assert _place(resources, "The Army launched a joint operation with Chirang Police at "
                  "Samugaon area in Chirang District and arrested an NDFB IKS cadre on April "
                  "18.")[:3] == ("IN", "Assam", "Chirang")


def test_a_countrys_fire_and_its_act_on_a_day_are_no_place(resources: Resources) -> None:
    # "Pakistan on March 27 violated", "Pakistan shelling": an actor and its fire; the
    # story is on the Indian side, in Poonch District of Jammu and Kashmir
    (incident,) = incidents(
        resources, "Pakistan on March 27 violated ceasefire by shelling forward posts on the "
        "Line of Control in Poonch sector of Poonch District, injuring two villagers. The "
        "Indian side retaliated Pakistan shelling and firing. Pakistan shelling continued for "
        "an hour.", published=None)
    assert (incident["place"]["country"], incident["place"]["admin1"]) == (
        "IN", "Jammu and Kashmir")


def test_a_town_at_the_end_of_a_compound_name_is_no_town(resources: Resources) -> None:
    # "Gulshan e Shiraz" is a neighbourhood of Karachi, not Shiraz in Iran
    assert _place(resources, "Police arrested two suspects during an operation in Gulshan e "
                  "Shiraz area of Surjani Town in Gadap Town on May 22.")[:3] == (
        "PK", "Sindh", "Karachi")


def test_a_district_taken_as_written_names_the_place(resources: Resources) -> None:
    # the gazetteer lists no Nepali districts: the place is Nepal's point, named Dang
    (incident,) = incidents(resources, "Cadres of the CPN Maoist vandalised an election "
                            "campaign vehicle in Dang District of Nepal on October 25.",
                            published=None)
    place = incident["place"]
    assert (place["country"], place["admin2"], place["name"], place["precision"]) == (
        "NP", "Dang", "Dang", "country")


@pytest.mark.parametrize(("text", "day"), [
    ("Ansumwi Boro on July 27 denied his involvement in the killing of Manaj Das who was shot "
     "and killed on July 23 in Baksa District.", "--07-23"),
    ("The Revolutionary People's Front on June 2 claimed responsibility for the ambush on Assam "
     "Rifles troopers in Ukhrul District on June 1.", "--06-01"),
    # guards the rule's reach: a day set off by a comma before the verb stays the event's
    ("Abdul Subhan Qureshi, a LeT operative arrested by Delhi Police on July 20, revealed "
     "details about indoctrination in Tihar jail, reports Business Standard on July 29.",
     "--07-20"),
])
def test_the_day_of_a_statement_is_not_the_events(resources: Resources, text: str,
                                                  day: str) -> None:
    (incident,) = incidents(resources, text, published=None)
    assert incident["date"]["value"] == day


def test_a_park_named_after_a_town_is_not_in_it(resources: Resources) -> None:
    # "Askari Park" is named after a town ('Askari, Iran); Jamshed Town says where it is
    assert _place(resources, "An unidentified body of a man was recovered from a gunny bag near "
                  "Askari Park in the Old Sabzi Mandi locality of Jamshed Town on September 1. "
                  "Police said militants had kidnapped the man and shot him dead.")[:3] == (
        "PK", "Sindh", "Karachi")


def test_a_countrys_people_and_missions_vote_for_no_country(resources: Resources) -> None:
    # "US personnel", "a US consulate vehicle": whose people and vehicle, not where; the
    # blast was in Peshawar
    assert _place(resources, "One passerby was killed when a bomb hit a US consulate vehicle "
                  "on Abdarra Road in Peshawar, the capital of Khyber Pakhtunkhwa, on May 20. "
                  "Two US personnel in the car were hurt. A US embassy spokesman in Islamabad "
                  "said no US personnel were badly injured. The Taliban said their first enemy "
                  "was the United States.")[:3] == (
        "PK", "Khyber Pakhtunkhwa", "Peshawar")


def test_a_name_written_as_a_district_elsewhere_is_that_district(resources: Resources) -> None:
    # "Chirang Police" is the police of Chirang District, Assam, not Bhutan's Chirang
    assert _place(resources, "Chirang Police on July 2 arrested four NDFB cadres, including "
                  "a linkman from Chirang District. Chirang Police said the cadres ran a "
                  "camp.")[:3] == ("IN", "Assam", "Chirang")


def test_a_place_told_again_with_its_district_is_in_it(resources: Resources) -> None:
    # Janikhel is known to the gazetteer only in Afghanistan; the story tells it again as
    # "Janikhel area, Frontier Region Bannu"
    assert _place(resources, "Unidentified gunmen on November 28 shot dead a retired soldier "
                  "in Janikhel area. Police said the gunmen fired at him in Janikhel area, "
                  "Frontier Region Bannu, when he was on his way to a shop.") == (
        "PK", "Khyber Pakhtunkhwa", "FR Bannu", "Janikhel")


def test_a_place_after_from_them_is_the_scene(resources: Resources) -> None:
    # "recovered explosives from them in Bastar District": where, not where they came from
    assert _place(resources, "The Chhattisgarh Police arrested two suspects and recovered a "
                  "haul of explosives from them in Bastar District. Chhattisgarh is on "
                  "high alert owing to Martyrs week.")[:3] == (
        "IN", "Chhattisgarh", "Bastar")


def test_the_day_a_blast_is_told_again_with_dates_it_not_the_statements(
        resources: Resources) -> None:
    (incident,) = incidents(resources, "A powerful bomb was detonated along the Manipur "
                            "Myanmar boundary, officials said on October 3. Official sources "
                            "said the blast took place near boundary pillar No.79 at 8 p.m. on "
                            "October 2.", published=None)
    assert incident["date"]["value"] == "--10-02"


def test_a_persons_name_is_his_all_through_the_story(resources: Resources) -> None:
    # "Khalil" (al-Khalil, Hebron) is the victim's name, told again alone
    (incident,) = incidents(resources, "A teenager shot dead an Ahmadi man, identified as "
                            "Khalil Ahmad, inside a Police Station on May 16. They told us the "
                            "person who shot Khalil is just a boy, a spokesman said.",
                            published=None)
    assert incident["place"]["country"] is None


def test_a_colony_named_after_a_town_is_not_the_town(resources: Resources) -> None:
    (incident,) = incidents(resources, "In Madina Colony, unidentified armed assailants shot dead "
                            "an electrician at a shop on November 5.", published=None)
    assert incident["place"]["country"] != "SA"


def test_a_journeys_destination_is_no_scene(resources: Resources) -> None:
    (incident,) = incidents(
        resources, "The train was on its way to Quetta from Karachi when a bomb exploded near "
        "Marri Farm village in Dera Allah Yar town of Jaffarabad District on May 3, injuring "
        "three passengers.")
    assert (incident["place"]["name"], incident["place"]["admin2"]) == ("Marri Farm",
                                                                        "Jafarabad")


def test_a_force_named_for_its_province_says_the_country(resources: Resources) -> None:
    (incident,) = incidents(
        resources, "The Sindh Rangers on May 15 raided sector offices of the Muttahida Qaumi "
        "Movement (MQM) in Hyderabad District and arrested three senior party members.")
    assert (incident["place"]["admin1"], incident["place"]["country"]) == ("Sindh", "PK")


def test_a_country_in_a_groups_name_is_where_when_the_story_names_no_place(
        resources: Resources) -> None:
    (incident,) = incidents(
        resources, "Following a bomb blast in Arrahs Civil Court on January 23, where three "
        "persons were killed, Police said that Communist Party of India Maoists (CPI Maoist) "
        "involvement in the blast cannot be ruled out.")
    assert (incident["place"]["country"], incident["place"]["admin1"]) == ("IN", None)


def test_a_province_in_a_groups_name_is_no_place(resources: Resources) -> None:
    # guards the reach of the rule above: the NSCN "of Nagaland" acts in Manipur too
    (incident,) = incidents(
        resources, "A cadre of National Socialist Council of Nagaland Khaplang (NSCN K), who "
        "came for extortion at Thangmeiband Sinam Leikai, was detained by local people who "
        "handed him over to Police on April 10.")
    assert incident["place"]["admin1"] != "Nagaland"


@pytest.mark.parametrize(("text", "admin2"), [
    # an arrest's scene is where the arrested were taken from ...
    ("An ASAK cadre, identified as Barush Sangma, was arrested by Special Forces 10 commandos "
     "from Baghmara in South Garo Hills District on December 8. Also, a senior GNLA cadre "
     "surrendered to the Police in Rongsak in East Garo Hills District on December 8.",
     "South Garo Hills"),
    ("Two agents of Pakistan's ISI were arrested from Kutch in Gujarat on October 12.",
     "Kachchh"),
    # ... not where the arrested came from (guards the rule's reach)
    ("The Delhi Police Special Cell arrested a 28 year old man from Mumbai, identified as "
     "Mohsin Sayyed, from ISBT at Kashmere Gate in Delhi on February 6.", "North Delhi"),
])
def test_where_the_arrested_were_taken_from(resources: Resources, text: str,
                                            admin2: str) -> None:
    (incident,) = incidents(resources, text)
    assert incident["place"]["admin2"] == admin2
