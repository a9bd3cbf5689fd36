"""Stop 38's rules, on hand-written reports in the shapes the earlier groups' fixtures left
wrong (tests/fixtures/world31 ... world37d; the hostages counted least of all) and the
twenty-fifth to twenty-eighth groups (world38, world38b, world38c, world38d; written by
separate coders who never read the extraction code, scored held out before any rule was made
from them) showed.

Hostages: people "taken away by the attackers", taken off "with them", "took away five of
them" or "a dozen others"; soldiers killed and others "captured" by their killers; an arrest in
scare quotes (the captors' word); a priest, a headteacher, an administrator are people.

Places: "Musakhel district" is the district of Musa Khel; a village the attackers "stormed"
is the site where the lead told only "a village near" a town.

Types and counting: a march "held" holds no one; a school the victims were leaving for is no
target.

Each case failed on the code of stop 37 (commit 765d9a5)."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import one_incident as _one

# --- hostages --------------------------------------------------------------------------------


def test_people_taken_away_by_the_attackers_or_with_them_are_hostages(
        resources: Resources) -> None:
    text = ("MINGORA: Two policemen were martyred when militants attacked a police checkpost in "
            "Kabal on Tuesday night, while four policemen were taken away by the attackers, "
            "police said.")
    assert _one(resources, text, "2026-03-11")["kidnapped"]["low"] == 4
    text = ("MINGORA: Militants attacked a police checkpost in Kabal on Tuesday night, taking "
            "four constables with them.")
    assert _one(resources, text, "2026-03-11")["kidnapped"]["low"] == 4
    text = ("BENI, Congo (AP) — Rebels killed at least 23 people in a raid on a village near "
            "Oicha on Monday and took away a dozen others, officials said.")
    assert _one(resources, text, "2026-05-06")["kidnapped"]["low"] == 12
    text = ("LORALAI: Armed men blocked the highway near Kingri on Sunday night, offloaded "
            "passengers from several vehicles and took away five of them.")
    assert _one(resources, text, "2026-02-24")["kidnapped"]["low"] == 5


def test_soldiers_captured_by_their_killers_and_an_arrest_in_scare_quotes(
        resources: Resources) -> None:
    text = ("ADDIS ABABA (Reuters) - Fano militiamen ambushed an army convoy near Debre Markos "
            "over the weekend, killing 18 soldiers and capturing six, a spokesman said.")
    found = _one(resources, text, "2026-03-24")
    assert (found["kidnapped"]["low"], found["arrested"].get("low")) == (6, None)
    text = ("MINGORA: Militants attacked a police checkpost in Kabal on Tuesday night. The TTP "
            "claimed responsibility, saying its fighters had \"arrested\" four policemen.")
    found = _one(resources, text, "2026-03-11")
    assert (found["kidnapped"]["low"], found["arrested"].get("low")) == (4, None)
    # (the forces' own capture stays an arrest)
    text = ("Troops raided a hideout near Tank on Monday, killing two militants and capturing "
            "three others.")
    assert _one(resources, text, "2026-03-11")["arrested"]["low"] == 3


def test_a_priest_a_headteacher_and_an_administrator_are_people(resources: Resources) -> None:
    text = ("Armed men abducted a Catholic priest and his driver on the road near Thomazeau on "
            "Friday evening.")
    assert _one(resources, text, "2026-05-24")["kidnapped"]["low"] == 2
    text = ("In the South West Region, gunmen on Monday abducted the headteacher of a "
            "government primary school in Mamfe.")
    found = _one(resources, text, "2026-09-16")
    assert (found["kidnapped"]["low"], found["target_type"]) == (1, "educational_institution")
    text = ("Gunmen killed a kebele administrator and two local militia members near Nejo "
            "last week.")
    assert _one(resources, text, "2026-03-04")["killed"]["low"] == 3


# --- places ----------------------------------------------------------------------------------


def test_a_town_told_with_its_district_in_the_press_spelling(resources: Resources) -> None:
    text = "Gunmen on Monday abducted five passengers from a bus near Kingri in Musakhel district."
    place = _one(resources, text, "2026-03-04")["place"]
    assert (place["name"], place["admin1"], place["admin2"]) == ("Kingri", "Balochistan",
                                                                 "Musa Khel")


def test_the_village_stormed_is_the_site_of_a_raid_near_a_town(resources: Resources) -> None:
    text = ("BENI, Congo (AP) — Rebels killed at least 23 people in a nighttime raid on a "
            "farming village near Oicha in North Kivu province and took away a dozen others, "
            "officials said Wednesday.\n\nFighters of the Allied Democratic Forces stormed the "
            "village of Kyanzaba late Monday, going from house to house with machetes.")
    assert _one(resources, text, "2026-05-06")["place"]["name"] == "Kyanzaba"


# --- types and counting ----------------------------------------------------------------------


def test_a_march_held_holds_no_one_and_the_school_left_for_is_no_target(
        resources: Resources) -> None:
    text = ("MINGORA: Two brothers were injured when a bomb planted outside their house "
            "exploded in Charbagh on Wednesday morning as they left for school.\n\nHundreds of "
            "residents held a peace march in Mingora on Wednesday evening.")
    found = _one(resources, text, "2026-03-12")
    assert found["arrested"].get("low") is None
    assert found["target_type"] == "private_citizens"
