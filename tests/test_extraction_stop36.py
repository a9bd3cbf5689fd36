"""Stop 36's rules, on hand-written reports.

Places: a town is named as English-language reports name it where GeoNames' ASCII name is a
transliteration no report writes ("Jenin", not "Janin"; "Kobani", not "'Ayn al 'Arab");
GeoNames' name is still found; a town before Nepal's "Sub-Metropolitan City" is the town.

Each case failed on the code of stop 35 (commit cbc0ef3)."""

from __future__ import annotations

from eventwatch.resources import Resources
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
