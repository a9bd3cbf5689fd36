"""Records that agree with themselves and with the words around a name: a place read with the
unit written after it or its owner before it, the place of an arrest when a story names no
other, a person's alias that is no place, a month abbreviation inside a name, a date-name
that is no count, and categories that add up to their totals after a death told later.
Hand-written reports; each case failed before the rule it tests, except the former-province
case, a guard against the province rule's over-reach."""

from __future__ import annotations

import pytest

from eventwatch.extract import extract_article
from eventwatch.models import Article
from eventwatch.resources import Resources
from extraction_cases import incidents as _extract


def _place(incident: dict) -> tuple[str | None, str | None, str | None]:
    place = incident["place"]
    return place["country"], place["admin1"], place["admin2"]


@pytest.mark.parametrize(("text", "expected"), [
    # the province written after a district picks the namesake (Karnataka has a Bijapur too)
    ("Two jawans were injured when Maoists triggered an IED blast in Bijapur District of "
     "Chhattisgarh on June 12.", ("IN", "Chhattisgarh", "Bijapur")),
    ("Maoists shot dead a villager in Aurangabad District of Bihar on June 3.",
     ("IN", "Bihar", "Aurangabad")),
    # a name written as a district is not a province (Myanmar's Mon State, though the story
    # names Myanmar)
    ("Security Forces arrested an NSCN K militant from Santam Ward in Mon town in Mon "
     "District on June 14. He had returned from a camp in Myanmar.",
     ("IN", "Nagaland", "Mon")),
    # a district the gazetteer does not know under the province written after it
    ("Taliban militants killed four policemen in Kohistan District of Badakhshan Province on "
     "June 4.", ("AF", "Badakhshan", "Kohistan")),
    # a region read inside the country written after it, and a city inside that region
    ("A cleric was shot dead by unidentified gunmen in Kabul city in the Capital region of "
     "Afghanistan on June 2.", ("AF", "Kabul", None)),
    # the only place named is where the arrest was made
    ("Police arrested a militant of the ULFA I, identified as Ranjit Gogoi, from Dillighat "
     "in Sivasagar District on June 8.", ("IN", "Assam", "Sibsagar")),
    # a weapon's maker is no place ("(USA made)"), so the arrest's place stands
    ("Security Forces arrested two militants with arms from Noney in Tamenglong District on "
     "June 28. One 7.65 pistol (USA made) was recovered from them.",
     ("IN", "Manipur", "Tamenglong")),
    # a colony named after a country or a city is not in it
    ("A doctor was shot dead in Mali Colony of Mirpurkhas District on June 23.",
     ("PK", "Sindh", "Mirpur Khas")),
    ("A man was injured when militants opened fire on him near Old Muzafarabad Colony in "
     "Landhi Town on June 22.", ("PK", "Sindh", "Karachi")),
])
def test_place_as_written(resources: Resources, text: str,
                          expected: tuple[str, str, str | None]) -> None:
    (incident,) = _extract(resources, text)
    assert _place(incident) == expected


def test_a_district_keeps_its_state_when_the_text_names_the_former_one(
        resources: Resources) -> None:
    """Khammam has been in Telangana since 2014; an older report says Andhra Pradesh."""
    (incident,) = _extract(resources, "A former cadre was arrested by the Police in Khammam "
                           "District of Andhra Pradesh on June 17.")
    assert _place(incident) == ("IN", "Telangana", "Khammam")


def test_an_alias_is_no_place(resources: Resources) -> None:
    """"alias Sagar" (a town of Madhya Pradesh) does not vote for India in a Dhaka story."""
    (incident,) = _extract(resources, "RAB arrested two JMB militants from Dhaka city's "
                           "Uttara area on June 14. The arrestees are Kamrul alias Sagar and "
                           "Rashid alias Babu.")
    assert _place(incident)[0] == "BD"


def test_a_month_abbreviation_inside_a_name_is_no_date(resources: Resources) -> None:
    """"member of Jan Militia" gave "The other two arrested" a January period: a statistic."""
    result = extract_article(Article(text=(
        "Police arrested three CPI Maoist cadres in Dantewada District on May 30. The other "
        "two arrested were Lakhma Kunjam and Hidma Kunjam member of Jan Militia People's "
        "Militia.")), resources)
    assert result.statistics == []
    (incident,) = result.incidents
    assert (incident.date.month, incident.date.day) == (5, 30)


def test_a_date_named_attack_is_no_count(resources: Resources) -> None:
    """"26 11" is 26/11 with its slash lost (a run-on text): the Mumbai attacks, not 11."""
    result = extract_article(Article(text=(
        "The Minister said 209 incidents of ceasefire violations were reported along the LoC "
        "in January while the number was 142 in the first 12 days of February To a separate "
        "question she said since the 26 11 Mumbai attacks inputs from various agencies "
        "indicate the continued likelihood of such strikes")), resources)
    assert [s.value for s in result.statistics if s.measure == "attacks"] == [209]


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # one of the wounded died later: the wounded's side loses one, the dead's gains one
    ("Militants attacked a check post of volunteers in Mohmand Agency on June 5. Eight "
     "volunteers were injured and taken to hospital where one succumbed to his injuries.",
     {"civilians": 1}, {"civilians": 7}),
    ("Militants fired at a mobile phone shop in Sopore town of Baramulla District on June 6. "
     "Three employees of the shop were injured. One of them, Rafiq Ahmad, later succumbed "
     "to his injuries.", {"civilians": 1}, {"civilians": 2}),
])
def test_categories_add_up_after_a_death_told_later(resources: Resources, text: str,
                                                    killed: dict, wounded: dict) -> None:
    (incident,) = _extract(resources, text)
    assert incident["killed"]["by_category"] == killed
    assert incident["wounded"]["by_category"] == wounded
    assert sum(wounded.values()) == incident["wounded"]["low"]


def test_a_breakdown_larger_than_its_exact_total_is_not_kept(resources: Resources) -> None:
    (incident,) = _extract(resources, "Four persons including an Army soldier and four "
                           "civilians were killed when militants opened fire in Kupwara "
                           "District on June 11.")
    assert incident["killed"]["low"] == 4
    assert sum(incident["killed"]["by_category"].values()) <= 4


def test_a_place_written_after_its_owner_and_a_name_before_alias(resources: Resources) -> None:
    # "Dhaka city s Mirpur area" is in Dhaka, not in Pakistan's Mirpur; "Murad alias ..." is
    # a man, no town in India that votes for the country
    (incident,) = _extract(
        resources, "A militant commander was killed during a raid in Dhaka city s Mirpur area "
        "on June 2. Before being shot dead Murad alias Jahangir Alam attacked the Policemen "
        "trying to capture him.")
    assert _place(incident)[:2] == ("BD", "Dhaka")
