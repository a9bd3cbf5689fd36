"""Extraction stages on hand-written sentences, and the seed article end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.extract import extract_article
from eventwatch.extract.casualties import find_figures
from eventwatch.extract.dateline import find_dateline
from eventwatch.extract.lexicon import TRIGGER_RE
from eventwatch.extract.numbers import find_numbers, words_to_int
from eventwatch.extract.segment import split_run_ons, split_sentences
from eventwatch.extract.temporal import find_dates
from eventwatch.models import Article
from eventwatch.resources import Resources

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_b1c9e467b0ad7324.txt"


# -- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high", "qualifier"), [
    ("at least 70 people", 70, 70, "at_least"),
    ("more than 165 others", 165, 165, "more_than"),
    ("twenty-five killed", 25, 25, "exact"),
    ("dozens of people", 24, None, "vague"),
    ("several others", 3, None, "vague"),
    ("up to 12 people", None, 12, "up_to"),
    ("some 30 people", 30, 30, "about"),
])
def test_numbers(text: str, low: int | None, high: int | None, qualifier: str) -> None:
    q = find_numbers(text)[0]
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)


def test_number_words() -> None:
    assert words_to_int("one hundred and five") == 105
    assert words_to_int("forty-two") == 42
    assert words_to_int("militants") is None


# -- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "precision"), [
    ("on August 8, 2016 when", "2016-08-08", "day"),
    ("on 24 October, 2016, targeting", "2016-10-24", "day"),
    ("this January, compared", "2019-01", "month"),
    ("last July at the embassy", "2018-07", "month"),
    ("in the country last year", "2018", "year"),
    ("emerged in mid-2014 when", "2014", "mid-year"),
    ("on Monday militants", "2019-03-11", "day"),
    ("yesterday in Quetta", "2019-03-14", "day"),
    ("earlier this month the", "2019-03", "month"),
    ("on May 17 reports", "2018-05-17", "day"),
])
def test_dates_resolve_against_publication(text: str, value: str, precision: str) -> None:
    found = find_dates(text, "2019-03-15")
    assert found, text
    assert (found[0].date.value, found[0].date.precision) == (value, precision)


def test_the_month_before_is_relative_to_the_month_named() -> None:
    found = find_dates("26 attacks this January, compared to 11 in the month before",
                       "2019-03-15")
    assert [d.date.value for d in found] == ["2019-01", "2018-12"]


def test_unknown_year_stays_unknown() -> None:
    d = find_dates("on May 17 reports Dawn")[0].date
    assert (d.year, d.month, d.day, d.value) == (None, 5, 17, "--05-17")


def test_no_day_is_invented() -> None:
    d = find_dates("in November 2014 a report", "2019-03-15")[0].date
    assert d.day is None and d.precision == "month"


# -- segmentation and dateline ---------------------------------------------------------------

def test_sentences_match_spacy_sentencizer(resources: Resources) -> None:
    text = 'Mr. Khan said "Stop." Then he left! (Really.) U.S. troops stayed. Next one'
    ours = [s.text for s in split_sentences(resources.nlp, text, resources.sentence_final)]
    ref = [s.text.strip() for s in resources.nlp(text).sents]
    assert ours == ref


def test_run_on_narratives_are_split_at_attributions(resources: Resources) -> None:
    text = ("Two militants were killed in two separate encounters in Kupwara and Shopian "
            "Districts on May 17 reports Daily Excelsior A senior Police officer said that "
            "one militant was killed in an encounter in Zunrishi forest area in Kupwara District "
            "In the meantime one militant was also killed in a brief gun battle in Pehlipora "
            "village in Shopian District")
    pieces = split_run_ons(split_sentences(resources.nlp, text))
    assert len(pieces) == 3
    assert pieces[1].text.startswith("A senior Police officer")
    assert pieces[2].text.startswith("In the meantime")


def test_dateline() -> None:
    found = find_dateline("ISLAMABAD, March 15 (Reuters) - Militants attacked", "2019-03-20")
    assert found is not None and found.place == "ISLAMABAD"
    assert found.date is not None and found.date.value == "2019-03-15"


# -- casualties ------------------------------------------------------------------------------

def _figures(resources: Resources, text: str) -> dict[str, tuple[int | None, str, dict[str, int]]]:
    out = {}
    for s in split_sentences(resources.nlp, text):
        for f in find_figures(text, s):
            out.setdefault(f.measure, (f.count.low, f.count.qualifier, f.count.by_category))
    return out


@pytest.mark.parametrize(("text", "measure", "expected"), [
    ("Three heavily armed terrorists attacked sleeping cadets, killing 61 of them.",
     "killed", (61, "exact", {"security_forces": 61})),
    ("At least two Policemen were killed and 10 others, including five Policemen, were "
     "injured.", "wounded", (10, "exact", {"security_forces": 5, "unknown": 5})),
    ("at least six LI militants and a volunteer of the lashkar were killed in clashes.",
     "killed", (7, "at_least", {"militants": 6, "unknown": 1})),
    ("A suicide bomber killed 43 persons and injured another 52 others.", "wounded",
     (52, "exact", {})),
    ("A man, identified as Meskin Awan (50), was killed in a grenade attack.", "killed",
     (1, "exact", {"civilians": 1})),
    ("Unidentified militants opened fire at a levies official, killing him on the spot.",
     "killed", (1, "exact", {"security_forces": 1})),
    # (one more of the first victims' side: stop 25)
    ("Two militants were killed and another was arrested during a gun battle.", "arrested",
     (1, "exact", {"militants": 1})),
    ("The death toll from Friday's bombing at a market rose to 19 on Saturday.", "killed",
     (19, "exact", {})),
])
def test_casualty_phrases(resources: Resources, text: str, measure: str,
                          expected: tuple[int, str, dict[str, int]]) -> None:
    assert _figures(resources, text)[measure] == expected


def test_dates_ages_and_durations_are_not_counts(resources: Resources) -> None:
    text = ("Arshad Khan who was injured in a blast on December 31 in Landi Kotal succumbed "
            "to his injuries. They had abducted him two months ago.")
    figures = _figures(resources, text)
    assert figures.get("killed", (1,))[0] == 1
    assert "kidnapped" not in figures or figures["kidnapped"][0] == 1


# -- whole articles --------------------------------------------------------------------------

def _extract(resources: Resources, text: str, published: str | None = None) -> list[dict]:
    article = Article(text=text, published=published, published_source="input")
    return [i.to_dict() for i in extract_article(article, resources).incidents]


def test_background_and_aggregates_are_not_incidents(resources: Resources) -> None:
    text = ("As many as 18 terrorist attacks took place in Khyber Pakhtunkhwa last month, "
            "killing 22 people, according to a think tank. In the past, the group carried out "
            "several such blasts in Quetta. Separately, a bomb exploded near a school in Swabi "
            "on Friday, wounding a watchman.")
    incidents = _extract(resources, text, "2019-02-02")
    assert len(incidents) == 1
    assert incidents[0]["place"]["name"] == "Swabi"
    assert _extract(resources, "At least 31 militants were killed and over 766 arrested by "
                    "Security Forces in Operation All Out in the state over the past one year, "
                    "officials said on January 2.", "2016-01-03") == []
    assert incidents[0]["date"]["value"] == "2019-02-01"
    # "It may be recalled that ..." retells; a victim "planning to surrender" is no plan of
    # an attack
    text = ("Maoists killed a former cadre planning to surrender before the Police in "
            "Malkangiri on Monday. It may be recalled that his brother was killed in a "
            "drone attack in 2005.")
    (incident,) = _extract(resources, text, "2019-02-02")
    assert (incident["date"]["value"], incident["event_type"]) == ("2019-01-28", "attack")
    # a store of explosives destroyed, explosives that may be there: no bomb went off
    text = ("Twelve militants were killed and four soldiers injured in a clash with Security "
            "Forces in Orakzai on Monday. A store of explosive material was also destroyed. "
            "The site was sanitised due to the possibility of the presence of explosives.")
    (incident,) = _extract(resources, text, "2019-02-02")
    assert (incident["event_type"], incident["attack_type"]) == ("armed_clash", "armed_assault")


def test_acts_named_as_a_frame_or_a_record_are_no_incidents(resources: Resources) -> None:
    """A blast named as the time of a meeting or the cause of a strike, acts to be prevented or
    avenged, a trend of cases, a case heard, an arrested man's record, an act someone is
    suspected of: none is reported (an arrest for one is); the cues reach no further than the
    act they name; bombs found and destroyed were defused."""
    for text in [
        "Separately, in the wake of the improvised explosive device (IED) blast at "
        "Williamnagar on January 9, Chief Minister Mukul Sangma held a meeting in Shillong on "
        "January 11.",
        "The students union announced a general strike on March 12 in connection with the "
        "killing of a student, Ipham Salman Khan in the blast that occurred at Khwairamband "
        "Keithel on March 11.",
        "The Khyber Pakhtunkhwa Police have set up a counter kidnapping cell to pre empt and "
        "prevent kidnapping for ransom incidents, an official said on October 23. Kidnapping "
        "for ransom cases have significantly increased in Peshawar.",
        # a dated attack after "post", an aside inside the name, a threat
        "Post November 26, 2008 (26 11) terror attacks, the Mumbai Police arsenal has been "
        "strengthened with rocket launchers and grenade launchers, officials said on June 29.",
        "Prosecutors on December 5 sought contempt proceedings against the lawyer of the seven "
        "accused charged with involvement in the Mumbai 2008 terror (also known 26 11) attacks.",
        "Intelligence agencies have warned of a possible threat of an Islamic State inspired "
        "lone wolf attack in Hyderabad, officials said on November 28.",
        # a court hearing of a case
        "Maoist leaders were produced on September 26 in the court of the Sessions Judge in "
        "the Gunukurayi encounter case.",
        # a trend; explosives' purpose is no explosion
        "The number of terrorist attacks each year has more than quadrupled in the decade, a "
        "study released on December 4 said.",
        "Maoist literature, ammonium nitrate and battery connectors, used for explosions, "
        "were recovered by Police in Kathikund in Dumka District on January 24.",
        # the act avenged
        "The minister said on Monday the latest attacks in Peshawar were in reprisal for the "
        "US drone strikes in the tribal areas.",
    ]:
        assert _extract(resources, text, "2014-03-13") == [], text
    (incident,) = _extract(resources, "A cadre of the LAEF, who orchestrated several "
                           "kidnappings in East Garo Hills, was arrested after Police raided "
                           "his house in West Garo Hills District on February 19.", "2014-02-20")
    assert incident["event_type"] == "arrests"
    # a solved case reports the arrests, not the shooting it is about
    (incident,) = _extract(resources, "Police on June 21 arrested two persons and cracked the "
                           "Wadwan shootout case in which a policeman was killed by militants "
                           "last month.", "2018-06-22")
    assert (incident["event_type"], incident["arrested"]["low"], incident["killed"]["low"]) == (
        "arrests", 2, None)
    (incident,) = _extract(resources, "A militant suspected of detonating a car bomb near the "
                           "security agency office in Faisalabad District on March 8 was "
                           "arrested on March 17.", "2014-03-18")
    assert incident["event_type"] == "arrests"
    (incident,) = _extract(resources, "Police arrested a man suspected of planting the bomb "
                           "that killed five people in Quetta on Monday.", "2014-03-18")
    assert (incident["event_type"], incident["killed"]["low"]) == ("arrests", None)
    # ... but the cues do not reach past the act they name
    (incident,) = _extract(resources, "Two men suspected of being militants were shot dead by "
                           "unidentified gunmen in Quetta on Monday.", "2014-03-18")
    assert (incident["attack_type"], incident["killed"]["low"]) == ("armed_assault", 2)
    (incident,) = _extract(resources, "Security forces prevented a major attack by killing "
                           "three militants in Kupwara on Monday.", "2014-03-18")
    assert (incident["event_type"], incident["killed"]["low"]) == ("armed_clash", 3)
    (incident,) = _extract(resources, "Security Forces detected and destroyed 125 IEDs planted "
                           "along a road in Lohardaga District on June 21.", "2014-06-22")
    assert incident["event_type"] == "disrupted_weapons_use"


def test_security_operation_has_a_state_perpetrator(resources: Resources) -> None:
    text = ("Security forces killed four militants during an intelligence-based operation in "
            "the Zhob district of Balochistan on Saturday. Weapons and explosives were "
            "recovered from the hideout.")
    (incident,) = _extract(resources, text, "2021-05-09")
    assert incident["attack_type"] is None
    assert incident["event_type"] == "armed_clash"
    assert [p["kind"] for p in incident["perpetrators"]] == ["state"]
    assert incident["killed"]["by_category"] == {"militants": 4}


def test_what_explosive_air_and_fighting_words_name(resources: Resources) -> None:
    """A cache seized on a given day opens no incident, even when an official says what the
    explosives could do; IEDs found after a shooting name no method; an explosive thrown by
    hand is a grenade; gunships only deployed strike nothing; "a bomb making expert" is a
    trade, not a bomb; "fighting between" two armed groups is a clash."""
    assert _extract(resources, "Police on February 20 busted a den of a banned outfit in "
                    "Dhaka and recovered a large cache of bombs and explosives. Police said "
                    "the explosives were so powerful that if those are blasted about 100 "
                    "people within 30 yards will be killed.") == []
    (incident,) = _extract(resources, "Suspected Maoists fired at a party rally in Jhargram on "
                           "November 6 and injured one party worker. A pistol and four IEDs were "
                           "found in the forest nearby during the combing operation following "
                           "the attack.", "2013-11-07")
    assert (incident["event_type"], incident["attack_type"]) == ("attack", "armed_assault")
    (thrown,) = _extract(resources, "Militants threw explosive material in front of the house "
                         "of a government official in Peshawar on April 27, damaging the "
                         "house.", "2013-04-28")
    assert (thrown["event_type"], thrown["attack_type"]) == ("grenade", "bombing")
    air = TRIGGER_RE["air"]
    assert not air.search("reinforcements and helicopter gunships had been moved into the area")
    assert air.search("helicopter gunships pounded militant hideouts")
    explosive = TRIGGER_RE["explosive"]
    assert not explosive.search("a Pakistani bomb making expert and a bomb-maker")
    assert explosive.search("a bomb went off")
    (incident,) = _extract(resources, "Three militants and a tribesman were killed in fresh "
                           "fighting between Lashkar-e-Islam and the Zakhakhel tribe in "
                           "Tirah on Monday.", "2013-05-07")
    assert incident["event_type"] == "armed_clash"


def test_a_headline_present_and_a_group_of_members_name_the_doer(resources: Resources,
                                                                  ) -> None:
    """ "a group of X militants attack a post": X is the doer (a headline's present tense,
    which the pattern takes only before an object, not the noun "X attacks")."""
    text = ("Two soldiers were killed when a group of Tehreek-e-Taliban Pakistan militants "
            "attack a roadside military post near Ladha in South Waziristan on Monday.")
    (incident,) = _extract(resources, text, "2019-03-20")
    assert [(p["actor"], p["status"]) for p in incident["perpetrators"]] == [
        ("Tehrik-i-Taliban Pakistan", "attributed")]


def test_victims_named_before_a_participle_are_not_the_doers(resources: Resources) -> None:
    """ "five persons abducted at gun point by the Maoists": the agent after "by" acted; "shot
    dead two men by the roadside" is active, its subject acted."""
    (incident,) = _extract(resources, "Suba was among five persons abducted at gun point by "
                           "the Maoists from Potteru village in Malkangiri District on July "
                           "5.", "2012-07-09")
    assert [(p["mention"], p["kind"]) for p in incident["perpetrators"]] == [
        ("the Maoists", "non_state")]
    (incident,) = _extract(resources, "Gunmen shot dead two men by the roadside in Quetta on "
                           "Monday.", "2012-07-10")
    assert [p["mention"] for p in incident["perpetrators"]] == ["Gunmen"]
    # "the kidnapped persons" are the victims; "in <region> (FATA) on <date>" sits between a
    # doer and its verb
    (incident,) = _extract(resources, "The tribesmen of Orakzai Agency in Federally "
                           "Administered Tribal Areas (FATA) on August 29 abducted eight people "
                           "from a refugee camp in Kohat District. Police said that the "
                           "kidnapped persons had entered the area of the tribe.", "2012-08-30")
    assert [(p["mention"], p["kind"]) for p in incident["perpetrators"]] == [
        ("The tribesmen of Orakzai Agency", "non_state")]


def test_a_lead_counting_victims_of_several_places(resources: Resources) -> None:
    """ "Police found three men shot dead from different parts of Karachi": the two bodies the
    story places are one incident, the third man is coded from the lead; a summary whose
    places the story never describes keeps its whole toll."""
    text = ("Police found three men shot dead from different parts of Karachi on June 3, while "
            "an MQM activist was shot at and injured. The "
            "bodies of two young men were found from Sector 8 L within the jurisdiction of "
            "Orangi Town Police Station. Police officials said unidentified men killed them "
            "after kidnapping.")
    incidents = sorted(_extract(resources, text, "2014-06-04"),
                       key=lambda i: (i["killed"]["low"] or 0, i["wounded"]["low"] or 0))
    # the activist of the while-clause is an incident of their own
    assert [(i["killed"]["low"], i["wounded"]["low"], i["place"]["name"]) for i in incidents] == [
        (None, 1, "Karachi"), (1, None, "Karachi"), (2, None, "Orangi")]
    # the activist's target is read in the activist's part of the lead (GTD files party
    # members under Government (General)); the victims left over keep the summary's side
    assert [(i["target_type"], i["killed"]["by_category"], i["wounded"]["by_category"])
            for i in incidents[:2]] == [("government_general", {}, {"civilians": 1}),
                                        ("private_citizens", {"civilians": 1}, {})]
    # "killed them after kidnapping": the two dead were the hostages
    assert incidents[-1]["kidnapped"]["low"] == 2
    incidents = _extract(resources, "Five dead bodies were recovered from different parts of "
                         "Kalat District on June 9. Levies said the victims had been abducted "
                         "a month ago by militants.", "2014-06-10")
    assert [i["killed"]["low"] for i in incidents if i["killed"]["low"]] == [5]


def test_ages_are_not_counts(resources: Resources) -> None:
    (incident,) = _extract(resources, "Two unidentified persons, aged 30 and 40, were shot "
                           "dead by unidentified assailants in Karachi on July 16.",
                           "2014-07-17")
    assert incident["killed"]["low"] == 2
    (incident,) = _extract(resources, "A youth, Ali aged 25, was shot dead by unidentified "
                           "militants near Jinnah Square in Malir on July 16.", "2014-07-17")
    assert incident["killed"]["low"] == 1


def test_a_group_named_as_the_attacks_owner_is_the_doer(resources: Resources) -> None:
    """ "killed in a Taliban attack" names the doer (the attack names no method, so without
    the doer it would go unrecorded); a donation for the victims of one reports nothing."""
    (incident,) = _extract(resources, "Two Policemen were killed in a Taliban attack in "
                           "Ghazni Province on February 19.", "2016-02-20")
    assert [(p["actor"], p["status"]) for p in incident["perpetrators"]] == [
        ("Taliban", "attributed")]
    assert incident["killed"]["by_category"] == {"security_forces": 2}
    assert _extract(resources, "The CRPF chief appreciated the gesture of a badminton star "
                    "contributing INR 600,000 for the next of kin of martyrs who were killed "
                    "in a CPI Maoist attack in Chhattisgarh on April 19.", "2017-04-30") == []


def test_a_groups_long_name_and_a_woman_among_its_cadres(resources: Resources) -> None:
    """ "Three Communist Party of India Maoist (CPI Maoist) cadres, including a woman": three
    militants (the woman is one of them, not a fourth victim nor a civilian); a plain noun
    phrase keeps its three-word limit ("a fierce gun battle with Security Forces" counts no
    security forces)."""
    (incident,) = _extract(resources, "Three Communist Party of India Maoist (CPI Maoist) "
                           "cadres, including a woman, were killed in an encounter with the "
                           "Kerala Police in Malappuram District on November 24.", "2016-11-25")
    assert incident["killed"]["low"] == 3
    assert incident["killed"]["by_category"] == {"militants": 3}
    (incident,) = _extract(resources, "Two militants of Lashkar-e-Toiba were killed in a fierce "
                           "gun battle with Security Forces (SFs) at Nowpora in Kulgam District "
                           "on May 25.", "2017-05-26")
    assert incident["killed"]["by_category"] == {"militants": 2}


def test_follow_up_reports_stay_mentions_of_their_attack(resources: Resources) -> None:
    """Reports that fusion needs as mentions: a claim of a dated bombing with no toll in the
    sentence, the identification of a bomber whose attack the sentence dates and counts, and
    an attack on a base by "fighters" (militants, who began the gun battle)."""
    (claim,) = _extract(resources, "Islamic State Khorasan Province has claimed the suicide "
                        "bombing at a political gathering in Bajaur on Sunday, according to a "
                        "statement released on Monday. Police said the bomber detonated about "
                        "10 kilograms of explosives near the stage.", "2023-07-31")
    assert claim["event_type"] == "suicide_bomb"
    (named,) = _extract(resources, "Police in Karachi have identified the woman who carried out "
                        "Tuesday's suicide attack on a university van that killed four people.",
                        "2022-04-27")
    assert (named["event_type"], named["killed"]["low"]) == ("suicide_bomb", 4)
    (raid,) = _extract(resources, "Islamic State West Africa Province fighters attacked a "
                       "military base in Monguno on Tuesday, killing four soldiers in a gun "
                       "battle that lasted several hours.", "2022-06-14")
    assert [p["kind"] for p in raid["perpetrators"]] == ["non_state"]


def test_the_force_that_found_or_told_is_not_the_target(resources: Resources) -> None:
    """ "Police found ...", "a Police source said": the reporter, not the target; the men shot
    dead are private citizens, and so civilians."""
    (incident,) = _extract(resources, "Police found three men shot dead in Orangi Town of "
                           "Karachi on June 3. A Police source said the victims were "
                           "labourers.", "2014-06-04")
    assert incident["target_type"] == "private_citizens"
    assert incident["killed"]["by_category"] == {"civilians": 3}
    # a report that says the aim is not known: GTD's unknown, whoever was hurt
    (incident,) = _extract(resources, "A police constable was killed and six civilians were "
                           "injured in a roadside bomb blast in Peshawar on June 30. “Exact "
                           "target of the bomb has not been determined,” a police official "
                           "said.", "2014-07-01")
    assert incident["target_type"] == "unknown"


def test_who_acted_is_read_past_places_and_attributions(resources: Resources) -> None:
    """A grenade fired and later defused was used; militants who attacked an Army camp near
    the Line of Control began the fight (no cross-border fire); "As per preliminary
    investigation" does not make a sentence background."""
    cases = [
        ("Militants on Tuesday fired a rifle grenade at the Civil Secretariat in Srinagar. "
         "The grenade landed inside the premises but did not explode and was defused later.",
         ("grenade", "bombing")),
        ("Three militants and a civilian were killed in an encounter when a group of heavily "
         "armed militants attacked an Army camp near the Line of Control in Kupwara District "
         "on Tuesday.", ("armed_clash", "armed_assault")),
        ("A villager was killed by Maoists in Narayanpur District on Tuesday. A group of armed "
         "cadres stormed the village and dragged him out of his house They shot at him and fled "
         "As per preliminary investigation the Maoists had branded him a police informer.",
         ("attack", "armed_assault")),
    ]
    for text, types in cases:
        (incident,) = _extract(resources, text, "2016-07-20")
        assert (incident["event_type"], incident["attack_type"]) == types, text


def test_reference_cues_leave_the_act_a_lead_reports(resources: Resources) -> None:
    """ "died after the bomb exploded" tells the blast; "since the terror attacks of Brussels"
    and "after the January 2 terror attack" refer to attacks told elsewhere.  The reference
    and background cues must not swallow the act a lead sentence reports."""
    told = [
        ("Three people died after the bomb exploded in a crowded market in Quetta on Monday.",
         "bombing"),
        ("Two policemen were killed on Monday after the militants ambushed their patrol in "
         "Bannu.", "armed_assault"),
        ("A shopkeeper was injured in Peshawar on Monday following the grenade attack on his "
         "shop.", "bombing"),
        # a series framing the act, a group that "carried out" it, a target's history
        ("Amid a spate of targeted killings, gunmen shot dead a shopkeeper in Quetta on "
         "Monday.", "armed_assault"),
        ("Militants who carried out a suicide attack on a police station in Bannu on Monday "
         "killed five policemen.", "bombing"),
        ("The police station, which has been the target of attacks before, was attacked on "
         "Monday by gunmen who killed two constables in Bannu.", "armed_assault"),
        ("Despite a decline in violence, militants shot dead two soldiers in North Waziristan "
         "on Monday.", "armed_assault"),
    ]
    for text, attack_type in told:
        (incident,) = _extract(resources, text, "2016-07-20")
        assert incident["attack_type"] == attack_type, text
    referred = ("An engineer who had been missing since the terror attacks of Brussels on "
                "March 22 was confirmed dead on March 28. Security was raised at the air base "
                "after the January 2 terror attack.")
    assert _extract(resources, referred, "2016-03-30") == []
    # a second act joined to one referred to is referred to as well
    joined = ("The suspected LeT militant who was arrested in connection with Mecca Masjid "
              "blast and Mumbai serial train blasts escaped from Police custody from a running "
              "train near Raigarh railway station in Chhattisgarh on August 25.")
    assert [i["event_type"] for i in _extract(resources, joined, "2016-08-26")] != [
        "remote_explosive_landmine_ied"]
    # an attack dated without an article, and one whose helpers are named by it
    (incident,) = _extract(resources, "Security forces killed five terrorists in Lahore on "
                           "March 29 following March 27, 2016, suicide attack in the city.",
                           "2016-03-30")
    assert (incident["event_type"], incident["attack_type"]) == ("armed_clash", None)
    (incident,) = _extract(resources, "Two facilitators of the suicide attack on the District "
                           "Police Officer of Killa Abdullah on July 9, 2017 had been arrested "
                           "from Chaman, the minister said on December 5.", "2017-12-06")
    assert incident["event_type"] == "arrests"


def test_a_meanwhile_account_restates_only_the_same_act(resources: Resources) -> None:
    """ "Meanwhile, X said that ... had" updates the open incident (the fixture
    ``restatement-and-vehicles``) unless it names a place of its own."""
    text = ("Gunmen shot dead a shopkeeper in Peshawar on Monday. Meanwhile, police said that "
            "gunmen had shot dead a trader in Quetta.")
    incidents = _extract(resources, text, "2016-07-20")
    assert [i["place"]["name"] for i in incidents] == ["Peshawar", "Quetta"]


def test_every_field_points_at_text(resources: Resources) -> None:
    text = ("PESHAWAR: Three policemen were killed when a roadside bomb struck their van in "
            "Bannu district on Monday. The Tehrik-i-Taliban Pakistan claimed the attack.")
    (incident,) = _extract(resources, text, "2019-03-20")
    fields = {e["field"] for e in incident["evidence"]}
    assert {"incident", "date", "place", "killed", "event_type", "perpetrators"} <= fields
    for e in incident["evidence"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert incident["place"]["name"] == "Bannu"  # the dateline is not the site


@pytest.mark.skipif(not SEED.exists(), reason="../shared not available")
def test_seed_article(resources: Resources) -> None:
    from eventwatch.ingest import read_inputs

    article = next(iter(read_inputs([str(SEED)])))
    assert isinstance(article, Article)
    result = extract_article(article, resources)
    assert result.published == "2019-03-15"
    incidents = [i.to_dict() for i in result.incidents]
    assert [i["date"]["value"] for i in incidents] == ["2016-08-08", "2016-10-24"]
    first, second = incidents
    for inc in incidents:
        assert (inc["place"]["country"], inc["place"]["admin1"], inc["place"]["name"]) == (
            "PK", "Balochistan", "Quetta")
    assert (first["killed"]["low"], first["killed"]["qualifier"]) == (70, "at_least")
    assert (first["wounded"]["low"], first["wounded"]["qualifier"]) == (100, "more_than")
    assert first["attack_type"] == "unknown" and first["target_type"] == "unknown"
    assert [(p["actor"], p["status"]) for p in first["perpetrators"]] == [
        ("Islamic State", "claimed"), (None, "claimed")]
    assert first["perpetrators"][1]["mention"] == "a Taliban faction"
    assert (second["killed"]["low"], second["killed"]["by_category"]) == (
        61, {"security_forces": 61})
    assert (second["wounded"]["low"], second["wounded"]["qualifier"]) == (165, "more_than")
    assert (second["attack_type"], second["target_type"]) == ("armed_assault", "police")
    assert second["attackers"] == 3 and second["facility"] == "police training college"
    assert sorted(p["actor"] for p in second["perpetrators"]) == [
        "Islamic State", "Lashkar-e-Jhangvi"]
    assert len(result.statistics) == 8
    assert {(r.a, r.b, r.kind) for r in result.relations} == {
        ("Lashkar-e-Jhangvi", "Islamic State", "affiliate"),
        ("Jamaat-ul-Ahrar", "Islamic State", "affiliate"),
        ("Lashkar-e-Jhangvi", "Islamic State", "sympathy"),
        ("Sipah-e-Sahaba Pakistan", "Islamic State", "sympathy"),
        ("Islamic State", "Lashkar-e-Jhangvi", "joint_claim"),
    }


@pytest.mark.parametrize(("text", "measure", "expected"), [
    ("A local councillor and his nephew were shot dead on Tuesday.", "killed",
     (2, "exact", {"civilians": 2})),
    ("Three police officials and a civilian lost their lives when gunmen attacked.", "killed",
     (4, "exact", {"security_forces": 3, "civilians": 1})),
    ("Two other police personnel were injured.", "wounded",
     (2, "exact", {"security_forces": 2})),
    # a companion after a single victim: an aide of the victim's side, kin of a civilian
    ("Gunmen shot dead a militant ‘commander’ along with his aide on Tuesday.", "killed",
     (2, "exact", {"militants": 2})),
    ("Gunmen shot dead a policeman along with his son on Tuesday.", "killed",
     (2, "exact", {"security_forces": 1, "civilians": 1})),
    # a singular verb whose subject is not the number before it counts one ...
    ("Naiding, who laid down arms along with over 2,000 cadres of the outfit, was gunned "
     "down on January 9.", "killed", (1, "exact", {})),
    # ... but a number that opens the clause is its subject, whatever the grammar
    ("Two people, including Awami National Party leader Aziz Khan, was injured.", "wounded",
     (2, "exact", {})),
    ("Akram, along with his eight accomplices, was arrested on Monday.", "arrested",
     (9, "exact", {})),
    # money is not people
    ("Seven Maoists including a top cadre carrying a reward of INR 100,000 on her head was "
     "arrested.", "arrested", (7, "exact", {"militants": 7})),
    ("Two cadres each carrying a reward of INR 800 000 on their head were killed.", "killed",
     (2, "exact", {"militants": 2})),
])
def test_more_casualty_phrases(resources: Resources, text: str, measure: str,
                               expected: tuple[int, str, dict[str, int]]) -> None:
    assert _figures(resources, text)[measure] == expected


def test_wire_story_details(resources: Resources) -> None:
    text = ("BANNU, Aug 8 (Frontier Wire) - Nine people were killed when attackers armed with "
            "rifles and hand grenades stormed a police post on Monday.\n\n"
            "The dead included seven policemen and two civilians, officials said. Two other "
            "police personnel were injured.\n\n"
            "The Tehreek-e-Taliban Pakistan said on Tuesday that its fighters had carried out "
            "Monday's attack.")
    (incident,) = _extract(resources, text, "2023-08-08")
    assert incident["date"]["value"] == "2023-08-07"  # the weekday, not the dateline's date
    assert incident["event_type"] == "attack"  # grenades carried, not thrown
    assert incident["killed"]["by_category"] == {"security_forces": 7, "civilians": 2}
    assert incident["wounded"]["low"] == 2
    assert [(p["actor"], p["status"]) for p in incident["perpetrators"]] == [
        ("Tehrik-i-Taliban Pakistan", "claimed")]


def _methods(resources: Resources, text: str, published: str) -> tuple[str | None, list[str]]:
    """(attack_type, secondary_attack_types) of the one incident ``text`` reports."""
    (incident,) = extract_article(Article(text=text, published=published), resources).incidents
    return incident.attack_type, incident.secondary_attack_types


def test_further_methods_of_one_attack_are_secondary_attack_types(resources: Resources) -> None:
    """GTD attacktype2/3: the grenade is the primary method (GTD's hierarchy), the gunfire
    that followed a second one; generic words ("attacked") name no method."""
    text = ("Militants lobbed a grenade at a police station in Pulwama on Monday and then "
            "opened fire, injuring three policemen.")
    assert _methods(resources, text, "2020-06-09") == ("bombing", ["armed_assault"])
    plain = ("Militants attacked a police station in Pulwama on Monday, injuring three "
             "policemen with gunfire.")
    assert _methods(resources, plain, "2020-06-09")[1] == []
    # The police firing back says nothing of the attackers' arms.
    replied = ("Two policemen were injured when militants hurled a hand grenade at a police "
               "van in Karachi on Tuesday. The police retaliated and the attackers fled.")
    assert _methods(resources, replied, "2020-06-10") == ("bombing", [])
    # Nor does the fire of the force attacked, told with its own verb ...
    guards = ("Ten people were injured when a suicide bomber rammed his explosives laden "
              "vehicle into a house near a police station in Bannu on Monday. The policemen "
              "guarding the police station opened fire on the vehicle.")
    assert _methods(resources, guards, "2020-06-10") == ("bombing", [])
    # ... while the attackers' fire after a force named as the object is theirs.
    camp = ("Three CRPF personnel were injured on Monday when two militants lobbed a grenade "
            "inside the joint camp of the CRPF and the Special Operation Group of Police at "
            "Litter in Pulwama and then opened indiscriminate fire.")
    assert _methods(resources, camp, "2020-06-10")[1] == ["armed_assault"]
    # An ambush is a tactic, not a weapon; "with automatic weapons" names guns.
    ambush = ("NSCN K militants ambushed an Assam Rifles foot patrol in Changlang District on "
              "May 13, injuring two soldiers. The militants detonated four IEDs during the "
              "ambush.")
    assert _methods(resources, ambush, "2020-05-14") == ("bombing", [])
    guns = ("Two soldiers were killed when militants laid an ambush on a patrol party in "
            "Kupwara on May 13 with automatic weapons and rocket propelled grenades.")
    assert _methods(resources, guns, "2020-05-14")[1] == ["armed_assault"]
    # "fired at least 20 rockets" is no gunfire, nor is "fired rockets at".
    rockets = ("A soldier was injured when militants fired at least 20 rockets at Fort Salop "
               "in Bara on Tuesday.")
    assert _methods(resources, rockets, "2020-05-14") == ("bombing", [])
    rockets = "Militants fired rockets at a check post in Bannu on Tuesday, injuring two soldiers."
    assert _methods(resources, rockets, "2020-05-14") == ("bombing", [])
    # Soldiers "captured by terrorists" were taken: a kidnapping with the assault (GTD's
    # hierarchy puts the kidnapping first).
    taken = ("Seven soldiers were killed when a group of 40 TTP militants attacked a checkpost "
             "in Kurram Agency on February 3 and opened fire; four others were captured by "
             "the terrorists.")
    assert _methods(resources, taken, "2020-02-04") == ("kidnapping", ["armed_assault"])
    # The fire a bomb lit is its damage, not an arson.
    lit = ("Three militants blew themselves up during a raid in Chapainawabganj on Tuesday. "
           "The explosion put the house on fire and it burned down with the bodies inside.")
    assert _methods(resources, lit, "2020-05-14")[1] == []


def test_each_secondary_attack_type_has_its_evidence(resources: Resources) -> None:
    """The words that name a further method are its evidence, a span of the article."""
    text = ("Militants lobbed a grenade at a police station in Pulwama on Monday and then "
            "opened fire, injuring three policemen.")
    (incident,) = extract_article(Article(text=text, published="2020-06-09"),
                                  resources).incidents
    (evidence,) = [e for e in incident.evidence if e.field == "secondary_attack_types"]
    assert (evidence.text, text[evidence.start:evidence.end]) == ("opened fire", "opened fire")


def test_a_suicide_squad_with_guns_is_an_armed_assault(resources: Resources) -> None:
    """GTD codes a fidayeen raid an armed assault with its suicide flag set; ACLED's suicide
    bomb needs a bomb.  A squad that also used grenades stays a bombing."""
    text = ("Two soldiers were killed when a fidayeen squad of the Jaish e Mohammad stormed an "
            "Army camp in Kupwara on Tuesday and opened fire.")
    (incident,) = extract_article(Article(text=text, published="2020-06-10"),
                                  resources).incidents
    assert (incident.event_type, incident.attack_type, incident.suicide,
            incident.secondary_attack_types) == ("attack", "armed_assault", True, [])
    grenades = text.replace("opened fire", "lobbed grenades")
    (incident,) = extract_article(Article(text=grenades, published="2020-06-10"),
                                  resources).incidents
    assert (incident.event_type, incident.attack_type) == ("suicide_bomb", "bombing")


def test_the_number_of_attackers(resources: Resources) -> None:
    """GTD's nperps: a number stated for the attackers, read past an unnumbered mention; of a
    range, its low end."""
    text = ("At least 20 people were killed when unidentified militants opened fire at "
            "kidnapped passengers in Mastung District on May 29. Officials said that 15 to 20 "
            "militants had abducted around 35 passengers.")
    (incident,) = extract_article(Article(text=text, published="2015-05-30"),
                                  resources).incidents
    assert incident.attackers == 15


def test_doers_read_in_a_reduced_passive_and_a_burst_of_bullets(resources: Resources) -> None:
    """ "another nine injured by six Taliban militants": nine wounded, the Taliban the doers;
    "armed men sprayed a vehicle with bullets" tells the shooting the next sentence counts."""
    text = ("Officials confirmed on January 21 that seventeen people had been killed and "
            "another nine injured by six Taliban militants in the attack on a hotel in Kabul.")
    (incident,) = _extract(resources, text, "2018-01-22")
    assert (incident["killed"]["low"], incident["wounded"]["low"]) == (17, 9)
    assert [p["actor"] for p in incident["perpetrators"]] == ["Taliban"]
    text = ("Armed men sprayed a vehicle with bullets in Mashkel on Monday. Resultantly, one "
            "woman was killed and another passenger sustained injuries.")
    (incident,) = _extract(resources, text, "2018-01-23")
    assert (incident["attack_type"], incident["killed"]["low"]) == ("armed_assault", 1)


def test_a_killing_avenged_is_no_incident_of_its_own(resources: Resources) -> None:
    """ "suspected to be a revenge killing as five cadres were killed by Maoists on May 15":
    the May 15 killing explains the one reported."""
    text = ("A group of PLFI cadres shot dead three persons at Jamgai village of Gumla District "
            "on June 6. The incident is suspected to be a revenge killing as five PLFI cadres "
            "were killed by Maoists during a marriage reception at Loki village on May 15.")
    assert [i["killed"]["low"] for i in _extract(resources, text, "2015-06-07")] == [3]


def test_an_encounter_told_again_from_the_night_it_began(resources: Resources) -> None:
    """ "killed in an encounter ... on February 8. The exchange of fire took place late
    Wednesday February 7 evening": one incident, not two."""
    text = ("A Maoist commander was killed in an encounter with Security Forces near Hiroli "
            "village in Dantewada District on February 8. The exchange of fire took place late "
            "Wednesday February 7 evening in Dokapara forest.")
    assert len(_extract(resources, text, "2018-02-09")) == 1


def test_a_firebomb_is_thrown_by_hand(resources: Resources) -> None:
    """A petrol bomb, in one word or two, is ACLED's grenade sub-event and GTD's bombing."""
    text = ("A driver and a passenger were injured when miscreants attacked a bus with a "
            "firebomb in Dhaka on Tuesday.")
    (incident,) = extract_article(Article(text=text, published="2015-02-04"),
                                  resources).incidents
    assert (incident.event_type, incident.attack_type) == ("grenade", "bombing")
    assert incident.wounded.low == 2


def test_a_district_named_in_the_sentence_rules_out_a_namesake_town(resources: Resources,
                                                                    ) -> None:
    """Rustam is also a town of Mardan; "in South Waziristan Agency" says which Rustam."""
    text = ("Four passers-by were injured in an IED blast in Rustam Bazaar in South Waziristan "
            "Agency on Tuesday, officials said.")
    (incident,) = extract_article(Article(text=text, published="2014-05-07"),
                                  resources).incidents
    assert (incident.place.admin2, incident.place.name) == ("South Waziristan", "Rustam Bazaar")


def test_a_road_named_after_a_town_is_not_in_it(resources: Resources) -> None:
    """ "on Charsadda Road in the jurisdiction of Daudzai Police Station in Peshawar": the
    road runs in Peshawar, not in Charsadda district."""
    text = ("A Frontier Corps Subedar was shot dead on Charsadda Road in the jurisdiction of "
            "Daudzai Police Station in Peshawar on December 18.")
    (incident,) = extract_article(Article(text=text, published="2012-12-19"),
                                  resources).incidents
    assert incident.place.admin2 == "Peshawar"
    # nor is a crossing named after one, and the crossing is the site
    text = ("A man was killed in a hand grenade attack near Chaman rail crossing on Jaffar Khan "
            "Jamali Road in Quetta on April 7.")
    (incident,) = extract_article(Article(text=text, published="2012-04-08"),
                                  resources).incidents
    assert (incident.place.admin2, incident.place.name) == ("Quetta", "Chaman rail crossing")
