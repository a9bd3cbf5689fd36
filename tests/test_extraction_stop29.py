"""Stop 29's rules, each on a hand-written report.

Incidents: a toll that names no means and no day, told right after a strike, is the strike's; a
foiling that names no bomb tells the encounter the lead told; a toll "during this period" is a
tally; a search that found nothing is no incident; a bare noun of abduction in what someone
observed is no act; an intention to strike is none. Counts: a toll update in a death's own
sentence holds that death; "but they were also taken hostage" counts the clause's subject; a
first person with "former" for his article, his gloss and his name before "and". Sides:
Odisha's village guards, a civilian driver joined to forces. Kidnapping: the wounded taken away
by their own side are no hostages. Places: the district a site is "of" beats a unit named with
a force; a national adjective before "capital" names the country ("the Somali capital"). Doers:
the Maoist Communist Party under its short name, Al-Nasirin. Targets: a ceasefire group's
designated camp is no army's; a landmark near which civilians were hurt is no target. Arrests:
"recently arrested" recruits and "the earlier arrested" militants are people held before.
Dates: the report's day in a run-on whose act is told after it, the day of a tip about the
doers and the day a victim's work began date no act; "A day earlier" opening a sentence opens
an incident of the day before (none where the day cannot be counted; a week, a month at most);
"a month ago" and "two years ago" count back from the publication date to the month and the
year. Counts: the attackers the troops "responded" to, killed; terrorists "sent to hell" (the
ISPR's word). Doers: a part of a summary lead that names none is the lead's; a datelined lead's
forces that killed ("RAWALPINDI: Security forces killed"). Incidents: a later part told by its
rank ("In the second, ..."), not one a total told before holds; two parts of a summary told
across a while-clause, each placed by its clause. Types: attackers who "used heavy weapons"
made an armed assault; aerial raids are air strikes; a headmaster killed at home is an
educational target; the police force of the actor base whose men were hurt, also beside their
civilian driver, is the target, a police district is no police target. Riots: "pelting stones".
Clashes: forces that "exchanged heavy firing"; "Soldiers" and "Troops" opening a sentence are
its doers. Sides: a chief of an armed group's chapter is a militant. Segmentation: a full stop
glued after an acronym ("reports UNB.In Kotchandpur").

Each case failed on the code of stop 28 (commit eaf22b0), except where a comment says it
guards a rule's reach."""

from __future__ import annotations

import pytest

from eventwatch.extract.segment import split_run_ons, split_sentences
from eventwatch.extract.temporal import DAYS_BEFORE_RE, day_told_back, find_dates
from eventwatch.models import DateValue
from eventwatch.resources import Resources
from extraction_cases import incidents as _extract


def test_a_toll_with_no_means_after_a_strike_is_the_strikes(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Three missiles hit a pickup carrying suspected militants near Datta Khel in North "
        "Waziristan Agency on March 4. All six militants travelling in the pickup were killed.")
    assert incident["event_type"] == "shelling_artillery_missile_attack"
    assert incident["killed"]["best"] == 6


def test_a_toll_told_apart_from_a_new_method_still_opens_its_own_incident(
        resources: Resources) -> None:
    # guards the rule's reach: a sentence that names its own means is another incident
    found = _extract(
        resources,
        "An IED exploded near a school in Datta Khel in North Waziristan Agency on March 4. "
        "Unidentified gunmen shot dead two traders in Miranshah.")
    assert len(found) == 2


def test_a_toll_raised_in_the_deaths_own_sentence_already_holds_that_death(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A shopkeeper who was injured in a bomb blast in Hangu on April 3 succumbed to his "
        "injuries on April 9, raising the death toll from the blast to three, reports Dawn. "
        "The bomb planted in a handcart had gone off on April 3 near the main bazaar. Two "
        "people were killed and seven others were injured in the blast.")
    assert incident["killed"]["best"] == 3
    assert incident["wounded"]["best"] == 6


def test_a_foiled_infiltration_told_again_is_the_leads_encounter(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Army killed two militants in an encounter in Keran sector of Kupwara District on "
        "August 14, reports Daily Excelsior. A Brigade Commander told reporters that troops "
        "foiled an attempt by a group of militants to infiltrate during the night intervening "
        "August 11 and 12 and that two militants were killed in the firing that followed.",
        published=None)
    assert incident["event_type"] == "armed_clash"
    assert incident["killed"]["best"] == 2


def test_a_toll_during_this_period_is_a_tally(resources: Resources) -> None:
    found = _extract(
        resources,
        "Troops thwarted an infiltration attempt along the LoC in Krishna Ghati sector of "
        "Poonch District on March 3, reports Daily Excelsior. Eleven soldiers were killed in "
        "cross border firing reported in 2014 and 2015. Besides, three civilian porters were "
        "killed in firing along the LoC during this period.", published=None)
    assert all(not (i["killed"]["best"] or 0) for i in found)


def test_a_search_that_found_nothing_is_no_incident(resources: Resources) -> None:
    found = _extract(
        resources,
        "Troops in the night of May 4 thwarted an infiltration attempt by militants along the "
        "LoC in Mendhar sector of Poonch District, reports Daily Excelsior. In the morning of "
        "May 5, troops conducted a search operation in the forward areas but no trace of the "
        "militants was found. There were no casualties on the Indian side in firing by the "
        "militants and Pakistan Army, sources said.", published=None)
    assert [i["date"]["value"] for i in found] == ["--05-04"]


def test_a_search_that_found_militants_is_an_operation(resources: Resources) -> None:
    # guards the rule's reach: a search that held someone is the forces' operation
    (incident,) = _extract(
        resources,
        "In the morning of May 5, troops conducted a search operation in the forward areas of "
        "Mendhar sector in Poonch District and arrested two militants.", published=None)
    assert incident["event_type"] == "arrests"


def test_a_bare_noun_of_abduction_in_what_an_official_observed_is_no_act(
        resources: Resources) -> None:
    assert _extract(
        resources,
        "Chief Minister Tarun Gogoi observed on April 2 that insurgency in the region now "
        "survives in the form of kidnapping and extortion, which has become an industry. "
        "Today kidnapping for ransom is a business in the hills, he said.",
        published=None) == []


def test_an_abduction_told_with_its_article_on_a_statement_day_is_an_act(
        resources: Resources) -> None:
    # guards the rule's reach: the noun with its article and hostage names one act
    (incident,) = _extract(
        resources,
        "Police said on April 2 that the kidnapping of a trader from Tura in West Garo Hills "
        "District was carried out by GNLA militants.", published=None)
    assert incident["event_type"] == "abduction_forced_disappearance"


def test_the_wounded_taken_away_by_their_accomplices_are_no_hostages(
        resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least four persons were killed in gang clashes in Lyari town of Karachi on May 2, "
        "reports The News. A gangster was killed and another was injured in an exchange of fire "
        "near Chakiwara. Both the victims were taken away by their accomplices.")
    assert incident["attack_type"] != "kidnapping"
    assert "kidnapping" not in (incident.get("secondary_attack_types") or [])


def test_they_after_but_counts_the_subject_of_the_clause_before(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Six gramrakshis went to Jantri village in Malkangiri District to look for the missing "
        "men but they were also taken hostage by Maoists on October 3.", published=None)
    assert incident["kidnapped"]["best"] == 6
    assert incident["kidnapped"]["by_category"] == {"security_forces": 6}


def test_a_former_sarpanch_named_before_and_is_one_more(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "On March 12, former Sarpanch (head of the village council) Budra Madkami and a Naib "
        "Sarpanch (deputy head) Sukra Podiami were abducted by Maoists in Sukma District.",
        published=None)
    assert incident["kidnapped"]["best"] == 2


def test_the_district_a_site_is_of_beats_a_forces_unit(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Deputy Superintendent of Police of the Elite Force (Kohat), Gul Zaman, was shot "
        "dead on June 4 in Shewa Adda area of Swabi District, reports Dawn.", published=None)
    assert incident["place"]["admin2"] == "Swabi"


def test_a_district_named_in_beats_one_a_site_is_of(resources: Resources) -> None:
    # guards the rule's reach: the district "in" which the act happened comes first
    (incident,) = _extract(
        resources,
        "GNLA militants shot dead a trader in Goalpara District on March 2 after taking him "
        "from Damra area of North Garo Hills District.", published=None)
    assert incident["place"]["admin2"] == "Goalpara"


def test_an_intention_to_conduct_strikes_is_no_incident(resources: Resources) -> None:
    assert _extract(
        resources,
        "Every month the agency sends a list of areas where the United States intends to "
        "conduct strikes with drone aircraft, US officials were quoted as saying on May 3.",
        published=None) == []


def test_the_maoist_communist_party_claims_under_its_short_name(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Militants of the Maoist Communist Party (MCP) on June 9 claimed responsibility for the "
        "Sunday (June 7) night attack on a designated camp of surrendered militants in Imphal "
        "West District, reports The Sangai Express. Though the designated camp was attacked "
        "with automatic rifles and hand grenades, no inmate was injured.", published=None)
    (doer,) = incident["perpetrators"]
    assert (doer["actor"], doer["status"]) == ("Maoist Communist Party of Manipur", "claimed")
    assert incident["target_type"] != "military"  # a ceasefire group's camp, no army's


def test_al_nasirin_is_an_actor(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Police constable was shot dead by militants in Sopore town of Baramulla District on "
        "May 2. A militant outfit Al Nasireen has claimed responsibility for the attack.",
        published=None)
    assert [(p["actor"], p["status"]) for p in incident["perpetrators"]] == [
        ("Al-Nasirin", "claimed")]


def test_a_landmark_near_which_a_civilian_was_shot_is_no_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoist cadres shot dead a villager near a primary school in Bandgaon village of "
        "Latehar District on June 3.", published=None)
    assert incident["target_type"] == "private_citizens"



def test_recently_arrested_recruits_are_no_arrest(resources: Resources) -> None:
    assert _extract(
        resources,
        "Disclosures of recently arrested Islamic State (IS) recruits revealed that the group's "
        "recruiters are looking for youths on social media, India Today reports on May 13.",
        published=None) == []


def test_the_earlier_arrested_militants_are_no_one_held_now(resources: Resources) -> None:
    # guards the rule's reach: the participle the rule above reads as no act is no count
    # either (it had been counted once it no longer opened an arrest of its own)
    (incident,) = _extract(
        resources,
        "A security guard was shot dead in an armed attack on a shop in Karachi on January 31. "
        "Police started an investigation with the earlier arrested militants in jail.",
        published=None)
    assert not incident["arrested"]["best"]


def test_a_run_on_told_after_the_report_day_is_of_its_own_day(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least three Taliban commanders have been killed during an operation of the Afghan "
        "Forces in Kunar province reports Khaama Press on March 4 The Ministry of Interior MoI "
        "in a statement said the commanders were killed late on March 3 night in Asadabad "
        "District", published=None)
    assert incident["date"]["value"] == "--03-03"


def test_aerial_raids_are_air_strikes(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "At least 12 terrorists were killed in aerial raids conducted by the Security Forces in "
        "Datta Khel area of North Waziristan Agency on March 9, reports The News.",
        published=None)
    assert incident["event_type"] == "air_drone_strike"


def test_a_headmaster_killed_at_home_is_an_educational_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Suspected militants killed the headmaster of a primary school in a village of West "
        "Garo Hills District on May 6. The headmaster, Jonal Sangma, was at home when the "
        "militants came and shot him dead.", published=None)
    assert incident["target_type"] == "educational_institution"


def test_the_day_of_a_tip_about_the_doers_dates_no_act(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A Maoist cadre was killed and two others were arrested after an encounter with the "
        "Security Forces in Bano area of Simdega District on June 4 reports The Telegraph "
        "Acting on a tip off that a Maoist 'zonal commander' was seen in the dense forests some "
        "60 kilometres from Simdega District headquarters on June 3 night Police formed special "
        "teams to corner the rebels The operation claimed the life of a rebel while another "
        "sustained bullet wounds", published=None)
    assert incident["date"]["value"] == "--06-04"


def test_the_day_a_victims_work_began_dates_no_act(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoist cadres killed a road contractor and set ablaze four vehicles in Sukma District "
        "on March 9 reports The Pioneer The SP said around a dozen armed Maoists stormed the "
        "construction site and attacked the contractor with sharp weapons leaving him dead on "
        "the spot and two labourers were also injured The contractor had been advised by Police "
        "not to carry out construction work but he ignored it and started work on Monday March "
        "8 the SP said", published=None)
    assert incident["date"]["value"] == "--03-09"


def test_a_full_stop_glued_after_an_acronym_ends_the_sentence(resources: Resources) -> None:
    text = ("Two militants were killed in Jhenidah District on July 12, reports UNB.In "
            "Kotchandpur sub District, Police conducted a drive. The U.S.Army said so.")
    sentences = split_run_ons(split_sentences(resources.nlp, text))
    assert [s.text for s in sentences] == [
        "Two militants were killed in Jhenidah District on July 12, reports UNB.",
        "In Kotchandpur sub District, Police conducted a drive.", "The U.S.Army said so."]


def test_a_day_earlier_opens_an_incident_of_the_day_before(resources: Resources) -> None:
    found = _extract(
        resources,
        "QUETTA: At least 10 people, including six policemen, were killed and over 30 injured "
        "when a suicide bomber targeted a police truck near the Quetta Press Club on Monday "
        "evening. A day earlier, two Levies personnel were shot dead by unidentified gunmen in "
        "Kalat district.", published="2023-01-10")
    assert [(i["date"]["value"], i["killed"]["low"]) for i in found] == [
        ("2023-01-09", 10), ("2023-01-08", 2)]


def test_days_told_back_give_no_day_they_cannot_count(resources: Resources) -> None:
    # no year, and the count crosses 29 February; a week is a round figure: a month at most
    found = _extract(
        resources,
        "At least ten people were killed when a suicide bomber targeted a police truck in Quetta "
        "on March 1. Two days earlier, two Levies personnel were shot dead by gunmen in Kalat "
        "District. A week before, a trader was shot dead by gunmen in Mastung District.",
        published=None)
    assert [i["date"]["value"] if i["date"] else None for i in found] == [
        "--03-01", None, "--02"]


@pytest.mark.parametrize(("day", "month"), [
    ((2023, 2, 11), "2023-02"), ((2023, 1, 4), "2022-12"), ((2023, 2, 6), None)])
def test_a_week_earlier_is_a_month_where_the_days_it_may_mean_lie_in_one(
        day: tuple[int, int, int], month: str | None) -> None:
    told = DAYS_BEFORE_RE.match("A week earlier, two constables were shot dead.")
    assert told is not None
    found = day_told_back(DateValue(*day), told)
    assert (found.value if found else None) == month


@pytest.mark.parametrize(("words", "value", "precision"), [
    ("a month ago", "2022-12", "month"),
    ("two months ago", "2022-11", "month"),
    ("three years ago", "2020", "year"),
])
def test_months_and_years_ago_count_back_from_the_publication(words: str, value: str,
                                                              precision: str) -> None:
    (mention,) = find_dates(f"The engineers had been kidnapped {words}.", "2023-01-06")
    assert (mention.date.value, mention.date.precision) == (value, precision)


def test_months_ago_without_a_publication_date_are_no_date() -> None:
    # guards the rule's reach: nothing to count back from
    assert find_dates("The engineers had been kidnapped a month ago.", None) == []


def test_the_attackers_the_troops_responded_to_are_more_dead(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "QUETTA: At least four Frontier Corps personnel were martyred and six others injured in "
        "an attack on an FC post in Panjgur's Parom area late Sunday, the ISPR said. The "
        "terrorists attacked the post from multiple directions, and the troops responded "
        "swiftly, killing three of the attackers, the military's media wing said.",
        published="2023-02-14")
    assert incident["killed"]["low"] == 7
    assert incident["killed"]["by_category"] == {"security_forces": 4, "militants": 3}


def test_attackers_who_used_heavy_weapons_made_an_armed_assault(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "DERA ISMAIL KHAN: Three policemen were martyred when militants attacked a police "
        "checkpost in Kulachi tehsil late on Sunday night. According to the DPO, the attackers "
        "used heavy weapons.", published="2023-02-07")
    assert incident["attack_type"] == "armed_assault"


def test_a_civilian_driver_joined_to_forces_is_a_civilian(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "RAIPUR: Ten jawans of the District Reserve Guard and their civilian driver were killed "
        "when Maoists blew up their vehicle with an IED in Dantewada district on Wednesday.",
        published="2023-04-27")
    assert incident["killed"]["by_category"] == {"security_forces": 10, "civilians": 1}
    assert incident["target_type"] == "police"  # the DRG is a police force (GTD)


def test_the_police_force_whose_men_were_hurt_is_the_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Maoists killed two CRPF jawans in an IED blast in Sukma District on May 3.",
        published=None)
    assert incident["target_type"] == "police"


def test_a_national_adjective_before_capital_names_the_country(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "MOGADISHU: A car bomb exploded near a hotel in the Somali capital on Sunday, killing "
        "at least eight people, police said. Al-Shabaab claimed responsibility for the attack.",
        published="2023-06-05")
    assert incident["place"]["country"] == "SO"  # not Ethiopia's Somali Region


def test_a_province_before_capital_stays_the_province(resources: Resources) -> None:
    # guards the rule's reach: "Manipur" is no country's adjective
    (incident,) = _extract(
        resources,
        "A bomb exploded near a market in the Manipur capital on May 2, injuring three people.",
        published=None)
    assert (incident["place"]["country"], incident["place"]["admin1"]) == ("IN", "Manipur")


def test_a_police_district_is_no_police_target(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Suspected Maoists abducted a CPI M supporter at gunpoint from Sapdhara village in West "
        "Midnapore District on February 1 and killed him. His body was recovered near the "
        "village in Jhargram Police District.", published=None)
    assert incident["target_type"] != "police"


def test_pelting_stones_is_a_riot(resources: Resources) -> None:
    assert _extract(
        resources,
        "The clashes in Rainawari area went on for hours and later spread to nearby "
        "neighbourhoods One youth was detained by police while he was pelting stones",
        published=None) == []


def test_forces_that_exchanged_heavy_firing_fought_a_clash(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "A combined team of Central Reserve Police Force (CRPF), Commando Battalion for "
        "Resolute Action (CoBRA) and District Police exchanged heavy firing with Communist "
        "Party of India Maoist (CPI Maoist) cadres in Latehar District on September 2, reports "
        "The Pioneer. The Superintendent of Police confirmed the encounter with the Maoists.",
        published=None)
    assert (incident["event_type"], incident["attack_type"]) == ("armed_clash", None)


def test_a_chief_of_an_armed_groups_chapter_is_a_militant(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Qari Abdul Hayye, a former chief of Sindh chapter of Lashkar e Jhangvi (LeJ), was "
        "arrested by Rangers in Karachi on March 3.", published=None)
    assert incident["arrested"]["by_category"] == {"militants": 1}


def test_soldiers_opening_a_sentence_are_the_operations_doers(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "Soldiers killed four militants in a clash in Kupwara District on May 3.",
        published=None)
    assert [(p["mention"], p["kind"]) for p in incident["perpetrators"]] == [
        ("Soldiers", "state")]


def test_a_part_of_a_summary_that_names_no_doer_is_the_leads(resources: Resources) -> None:
    first, second = _extract(
        resources,
        "Security Forces on September 19 arrested two militants on charges of extortion at "
        "Dimapur in two separate incidents. In the first incident, a cadre of the NSCN IM was "
        "arrested while extorting money from vendors at Golaghat road. In another incident, "
        "SFs arrested a cadre of the NSCN R while he was extorting money from shopkeepers.",
        published=None)
    assert [p["mention"] for p in first["perpetrators"]] == ["Security Forces"]
    assert [p["mention"] for p in second["perpetrators"]] == ["SFs"]


def test_terrorists_sent_to_hell_were_killed(resources: Resources) -> None:
    (incident,) = _extract(
        resources,
        "QUETTA: Two Frontier Corps soldiers embraced martyrdom and three terrorists were sent "
        "to hell during an exchange of fire in Balochistan's Kech district on Tuesday, the ISPR "
        "said.", published="2023-06-14")
    assert incident["killed"]["by_category"] == {"security_forces": 2, "militants": 3}


def test_a_later_part_told_by_its_rank_is_another_incident(resources: Resources) -> None:
    found = _extract(
        resources,
        "RAWALPINDI: Security forces killed six terrorists in two separate operations in North "
        "Waziristan and Khyber districts, the ISPR said on Monday. In the first engagement in "
        "Mir Ali, four terrorists were killed. In the second, two terrorists were killed in "
        "Tirah valley of Khyber district.", published="2023-06-13")
    assert [(i["place"]["name"], i["killed"]["low"], i["event_type"]) for i in found] == [
        ("Mir Ali", 4, "armed_clash"), ("Tirah", 2, "armed_clash")]


def test_a_part_a_total_told_before_holds_is_no_other_incident(resources: Resources) -> None:
    # guards the rule's reach: the lead's eight hold the second part's four
    (incident,) = _extract(
        resources,
        "Eight suspected Maoists were arrested from separate places in Bastar Division on "
        "April 4. In the first incident, a team of District Force arrested four persons in "
        "Kanker District. In the second incident, a joint squad of the CRPF and the District "
        "Police arrested four Maoists from Sukma District.", published=None)
    assert incident["arrested"]["low"] == 8


def test_two_parts_of_a_summary_told_across_a_while_clause(resources: Resources) -> None:
    found = _extract(
        resources,
        "RAWALPINDI: Security forces killed six terrorists in two separate operations in North "
        "Waziristan and Khyber districts, the ISPR said on Monday. In the first engagement in "
        "Mir Ali, four terrorists were killed, while two were killed in Tirah valley of Khyber "
        "district.", published="2023-06-13")
    assert [(i["place"]["name"], i["place"]["admin2"], i["killed"]["low"]) for i in found] == [
        ("Mir Ali", "North Waziristan", 4), ("Tirah", "Khyber", 2)]
