"""The packaged gazetteer: lookup, scanning, disambiguation and data-file errors."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from eventwatch.errors import DataError, EventWatchError
from eventwatch.resources import DATA_DIR
from eventwatch.resources.gazetteer import GazEntry, Gazetteer, PlaceMatch

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
HEADER = "kind\tname\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tformer\taliases\n"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def names(matches: list[PlaceMatch]) -> list[str]:
    return [m.text for m in matches]


def first(gaz: Gazetteer, text: str) -> GazEntry:
    found = gaz.scan(text)
    assert len(found) == 1, names(found)
    return found[0].entries[0]


def test_quetta_is_in_balochistan_with_coordinates(gaz: Gazetteer) -> None:
    e = gaz.lookup("Quetta")[0]
    assert (e.kind, e.country, e.admin1, e.admin2) == ("locality", "PK", "Balochistan", "Quetta")
    assert e.lat is not None and e.lon is not None
    assert abs(e.lat - 30.19) < 0.1 and abs(e.lon - 67.01) < 0.1
    assert e.population > 1_000_000


def test_agency_suffix_gives_the_district_in_todays_province(gaz: Gazetteer) -> None:
    text = "A blast in Kurram Agency killed four."
    [m] = gaz.scan(text)
    assert (m.text, m.start, m.end) == ("Kurram Agency", 11, 24)
    e = m.entries[0]
    assert (e.name, e.kind, e.admin1, e.admin2) == ("Kurram", "admin2", "Khyber Pakhtunkhwa",
                                                    "Kurram")


def test_historical_units_resolve_to_khyber_pakhtunkhwa(gaz: Gazetteer) -> None:
    text = ("Militants fled the Federally Administrative Tribal Areas (FATA) for the NWFP, "
            "formerly known as North-West Frontier Province.")
    found = gaz.scan(text)
    assert names(found) == ["Federally Administrative Tribal Areas", "FATA", "NWFP",
                            "North-West Frontier Province"]
    for m in found:
        e = m.entries[0]
        assert (e.name, e.kind, e.country) == ("Khyber Pakhtunkhwa", "admin1", "PK")
    assert found[0].entries[0].former == "Federally Administered Tribal Areas"
    assert found[1].entries[0].former == "Federally Administered Tribal Areas"
    assert found[2].entries[0].former == "North-West Frontier Province"
    kp = gaz.admin1_entry("PK", "Khyber Pakhtunkhwa")
    assert kp is not None and kp.former is None


@pytest.mark.parametrize("text,district", [
    ("Khyber Agency", "Khyber"), ("North Waziristan", "North Waziristan"),
    ("South Waziristan Agency", "South Waziristan"), ("Bajaur", "Bajaur"),
    ("Orakzai", "Orakzai"), ("Mohmand Agency", "Mohmand"), ("Hangu District", "Hangu"),
])
def test_former_tribal_agencies_and_districts(gaz: Gazetteer, text: str, district: str) -> None:
    e = first(gaz, f"Troops moved into {text} on Monday.")
    assert (e.kind, e.name, e.country, e.admin1) == ("admin2", district, "PK",
                                                     "Khyber Pakhtunkhwa")
    assert e.lat is not None and 32 < e.lat < 36


@pytest.mark.parametrize("name,admin1", [
    ("Peshawar", "Khyber Pakhtunkhwa"), ("Karachi", "Sindh"), ("Hangu", "Khyber Pakhtunkhwa"),
    ("Gilgit", "Gilgit-Baltistan"), ("Parachinar", "Khyber Pakhtunkhwa"),
    ("Torkham", "Khyber Pakhtunkhwa"),  # UCDP's "Torkham Border Crossing"
])
def test_pakistani_towns(gaz: Gazetteer, name: str, admin1: str) -> None:
    e = gaz.resolve(gaz.lookup(name), countries=["PK"])
    assert (e.country, e.admin1) == ("PK", admin1)
    assert e.kind in ("locality", "admin2")


def test_indian_kashmir_districts(gaz: Gazetteer) -> None:
    for name in ("Kupwara", "Shopian", "Kupwara District", "Baramulla", "Poonch District"):
        e = gaz.resolve(gaz.lookup(name), countries=["IN"])
        assert (e.country, e.admin1) == ("IN", "Jammu and Kashmir"), name
    assert gaz.lookup("Kupwara District")[0].kind == "admin2"
    shopian = gaz.admin2_entry("IN", "Shopian")
    assert shopian is not None and shopian.name == "Shupiyan"


@pytest.mark.parametrize(("text", "country", "admin1", "district"), [
    # districts GeoNames' admin2 table lacks (newer ones), placed at their seat towns
    ("Sukma District", "IN", "Chhattisgarh", "Sukma"),
    ("East Garo Hills District", "IN", "Meghalaya", "East Garo Hills"),
    ("Imphal West District", "IN", "Manipur", "Imphal West"),
    ("Gumla District", "IN", "Jharkhand", "Gumla"),
    # the press's names for GeoNames' long or older ones
    ("Dantewada District", "IN", "Chhattisgarh", "Dantewada"),
    ("West Singhbhum District", "IN", "Jharkhand", "Pashchim Singhbhum"),
    ("Sivasagar District", "IN", "Assam", "Sibsagar"),
    ("Kutch District", "IN", "Gujarat", "Kachchh"),
    ("Nalagonda District", "IN", "Telangana", "Nalgonda"),
    # renamed or split districts under their former names
    ("Sadar Hills District", "IN", "Manipur", "Kangpokpi"),
    # Bangladesh's and Sri Lanka's districts (ISO 3166-2), old spellings too
    ("Chittagong District", "BD", "Chittagong", "Chattogram"),
    ("Bogra District", "BD", "Rajshahi", "Bogura"),
    ("Jaffna District", "LK", "Northern Province", "Jaffna"),
    # districts whose seat GeoNames' extract lacks, at their curated seat points
    ("Senapati District", "IN", "Manipur", "Senapati"),
    ("South Garo Hills District", "IN", "Meghalaya", "South Garo Hills"),
    ("Rajnandgaon District", "IN", "Chhattisgarh", "Rajnandgaon"),
    ("Jhenidah District", "BD", "Khulna", "Jhenaidah"),
    ("Kurigram District", "BD", "Rangpur Division", "Kurigram"),
])
def test_south_asian_districts(gaz: Gazetteer, text: str, country: str, admin1: str,
                               district: str) -> None:
    e = first(gaz, text)
    assert (e.kind, e.country, e.admin1, e.name) == ("admin2", country, admin1, district)
    assert e.lat is not None and e.lon is not None


def test_district_names_carry_no_kind(gaz: Gazetteer) -> None:
    """GeoNames writes some Indian districts with their kind ("Dima Hasao District"); the
    gazetteer names them bare, as the rest (Sikkim's "East District" is a name)."""
    with_kind = sorted({e.admin2 for e in gaz.entries() if e.country == "IN" and e.admin2 and
                        e.admin2.lower().endswith(" district")})
    assert with_kind == ["East District", "North District", "South District", "West District"]
    town = next(e for e in gaz.lookup("Haflong") if e.country == "IN")
    assert town.admin2 == "Dima Hasao"


def test_the_capital_territory_is_one_district(gaz: Gazetteer) -> None:
    """UCDP leaves the Islamabad Capital Territory's adm_2 empty; the territory is one
    district, Islamabad, and the city lies in it (stop 26)."""
    city = next(e for e in gaz.lookup("Islamabad") if e.country == "PK" and
                e.kind == "locality")
    assert city.admin1 == "Islamabad Capital Territory"
    assert city.admin2 == "Islamabad"
    assert any(e.kind == "admin2" and e.country == "PK" for e in gaz.lookup("Islamabad"))


def test_namesake_districts_of_other_states(gaz: Gazetteer) -> None:
    """Chhattisgarh's Bijapur is a district of its own, not Karnataka's (Vijayapura)."""
    states = {e.admin1 for e in gaz.lookup("Bijapur") if e.kind == "admin2"}
    assert {"Chhattisgarh", "Karnataka"} <= states
    assert {"Chhattisgarh", "Uttar Pradesh"} <= {e.admin1 for e in gaz.lookup("Balrampur")
                                                 if e.kind == "admin2"}


def test_afghan_province_and_iraqi_city(gaz: Gazetteer) -> None:
    [takhar] = gaz.lookup("Takhar")
    assert (takhar.kind, takhar.country) == ("admin1", "AF")
    assert gaz.lookup("Mosul")[0].country == "IQ"
    e = first(gaz, "Fighting in Takhar province spread.")
    assert (e.kind, e.name) == ("admin1", "Takhar")


def test_common_words_are_not_places(gaz: Gazetteer) -> None:
    text = ("Police said the Security Forces reported on March 3 that the Army had killed a "
            "Government official on Sunday, Reports said. Khan, Ali and Shah were arrested. "
            "Islamic State claimed the attack, Daily Times and Dawn reported.")
    assert gaz.scan(text) == []
    # lookup() still knows these tiny places; only scan() stops them.
    assert gaz.lookup("Police")


def test_personal_names_are_not_places(gaz: Gazetteer) -> None:
    text = ("Colonel Arif, Idrees Khan, Abu Bakar, Kamal Naseem and P. Chidambaram met in "
            "Gulshan e Iqbal, reports The Times of India.")
    # only the Karachi town named whole is a place, not "Iqbal" (nor "Arif", "Kamal")
    assert names(gaz.scan(text)) == ["Gulshan e Iqbal"]


@pytest.mark.parametrize("text, name", [
    ("was shot dead on Mewa Shah Road in Lyari Town on October 3.", "Lyari"),
    ("opened fire on a vehicle near Gharibabad Underpass in Malir Town.", "Malir"),
    ("arrested during an encounter in SITE Town on March 9.", "SITE Town"),
    ("found in the Old Sabzi Mandi locality of Jamshed Town.", "Jamshed Town"),
    ("a raid on a building in Kiamari Town.", "Kemari"),
])
def test_sections_of_a_city(gaz: Gazetteer, text: str, name: str) -> None:
    """Karachi's towns, which reports name without the city, are localities of Karachi."""
    e = next(m.entries[0] for m in gaz.scan(text) if m.entries[0].name == name)
    assert (e.kind, e.country, e.admin1, e.admin2) == ("locality", "PK", "Sindh", "Karachi")
    assert e.lat is not None and 24.7 < e.lat < 25.2 and 66.9 < (e.lon or 0) < 67.4


def test_section_names_that_are_common_words(gaz: Gazetteer) -> None:
    """A town whose name is also a word or a personal name is a place only with "Town" (a
    guard of the Karachi towns' reach: it passed before they were added)."""
    text = ("According to the SITE Intelligence Group, a militant identified as Jamshed was "
            "killed; Shah Faisal and Gulberg police said.")
    assert not any(m.entries[0].admin2 == "Karachi" for m in gaz.scan(text))


def test_spelling_variants_and_offsets(gaz: Gazetteer) -> None:
    text = "From Dera-Ismail-Khan to D.I. Khan, D I Khan and DERA ISMAIL KHAN via Peshāwar."
    found = gaz.scan(text)
    assert names(found) == ["Dera-Ismail-Khan", "D.I. Khan", "D I Khan", "DERA ISMAIL KHAN",
                            "Peshāwar"]
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.entries[0].name in ("Dera Ismail Khan", "Peshawar")
    assert gaz.lookup("dera-ismail-khan")[0].name == "Dera Ismail Khan"


def test_acronyms_need_their_exact_case(gaz: Gazetteer) -> None:
    assert names(gaz.scan("The Fata and nwfp, and the SWAT team.")) == []
    assert names(gaz.scan("FLOODS IN SWAT VALLEY")) == ["SWAT"]  # a headline
    # short capitals in a row: an acronym written twice, no 'Ar'ar (Saudi Arabia)
    assert "AR AR" not in names(gaz.scan("Assam Rifles AR AR Field Intelligence Unit"))


def test_lower_case_words_and_word_boundaries(gaz: Gazetteer) -> None:
    assert gaz.scan("the quetta road and Quettas") == []
    assert names(gaz.scan("Quetta's police")) == ["Quetta"]


def test_suffix_prefers_its_kind(gaz: Gazetteer) -> None:
    assert gaz.scan("near Quetta")[0].entries[0].kind == "locality"
    [m] = gaz.scan("in Quetta District")
    assert m.text == "Quetta District" and m.entries[0].kind == "admin2"
    [m] = gaz.scan("in Punjab Province")
    assert m.entries[0].kind == "admin1" and m.entries[0].country == "PK"
    [m] = gaz.scan("in Kabul province")
    assert m.entries[0].kind == "admin1"
    assert gaz.scan("in Kabul")[0].entries[0].kind == "locality"  # the big city first


def test_resolve_uses_context(gaz: Gazetteer) -> None:
    punjab = gaz.lookup("Punjab")
    assert {e.country for e in punjab} >= {"PK", "IN"}
    assert gaz.resolve(punjab).country == "PK"  # the prior: larger
    assert gaz.resolve(punjab, countries=["IN", "PK"]).country == "IN"
    hyderabad = gaz.lookup("Hyderabad")
    assert gaz.resolve(hyderabad, countries=["PK"]).admin1 == "Sindh"
    bara = gaz.lookup("Bara")
    e = gaz.resolve(bara, countries=["PK"], admin1s=["NWFP"])
    assert (e.country, e.admin1, e.admin2) == ("PK", "Khyber Pakhtunkhwa", "Khyber")
    with pytest.raises(EventWatchError):
        gaz.resolve([])


def test_countries_and_units(gaz: Gazetteer) -> None:
    assert gaz.country_name("PK") == "Pakistan"
    assert gaz.country_name("ir") == "Iran"
    assert gaz.country_name("ZZ") is None
    for alias, iso in [("Iran", "IR"), ("Syria", "SY"), ("Russia", "RU"), ("US", "US"),
                       ("UK", "GB"), ("Burma", "MM")]:
        assert gaz.lookup(alias)[0].country == iso, alias
    e = gaz.admin1_entry("PK", "Baluchistan")
    assert e is not None and e.name == "Balochistan"
    nwfp = gaz.admin1_entry("PK", "NWFP")
    assert nwfp is not None and nwfp.former == "North-West Frontier Province"
    for name in ("Sindh", "Punjab", "Gilgit-Baltistan", "Azad Kashmir",
                 "Islamabad Capital Territory"):
        assert gaz.admin1_entry("PK", name) is not None, name
    for name in ("Jammu and Kashmir", "Jammu & Kashmir", "J&K", "Jharkhand", "Manipur", "Assam"):
        assert gaz.admin1_entry("IN", name) is not None, name
    kurram = gaz.admin2_entry("PK", "Kurram district")
    assert kurram is not None and kurram.admin1 == "Khyber Pakhtunkhwa"
    assert gaz.admin2_entry("IN", "Kurram") is None


def test_custom_gazetteer_from_entries() -> None:
    town = GazEntry("Springfield", "locality", "US", "Illinois", None, 39.8, -89.6, 114_000)
    gaz = Gazetteer.from_entries([(town, ["Springfield City", "SPI"])], stoplist=["Shelbyville"])
    assert names(gaz.scan("From Springfield City to SPI and spi.")) == ["Springfield City",
                                                                        "SPI"]
    assert gaz.lookup("springfield") == (town,)


def _write_places(tmp_path: Path, body: str) -> Path:
    with gzip.open(tmp_path / "places.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write(body)
    return tmp_path


def test_data_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"places\.tsv\.gz"):
        Gazetteer.load(tmp_path)  # missing
    _write_places(tmp_path, HEADER + "town\tX\tPK\t\t\t1\t2\t0\t\t\n")
    with pytest.raises(DataError, match=r"places\.tsv\.gz:2.*bad kind"):
        Gazetteer.load(tmp_path)
    _write_places(tmp_path, HEADER + "locality\tX\tPK\n")
    with pytest.raises(DataError, match="3 columns"):
        Gazetteer.load(tmp_path)
    _write_places(tmp_path, "name\tkind\n")
    with pytest.raises(DataError, match="unexpected header"):
        Gazetteer.load(tmp_path)
    (tmp_path / "places.tsv.gz").write_bytes(b"not gzip")
    with pytest.raises(DataError, match="cannot read"):
        Gazetteer.load(tmp_path)
    _write_places(tmp_path, HEADER + "locality\tX\tPK\t\t\tnorth\t2\t0\t\t\n")
    gaz = Gazetteer.load(tmp_path)
    with pytest.raises(DataError, match=r"places\.tsv\.gz:2.*could not convert"):
        gaz.lookup("X")


def test_packaged_data_has_readme_with_sources() -> None:
    readme = (DATA_DIR / "gazetteer" / "README.md").read_text(encoding="utf-8")
    for needle in ("GeoNames", "CC BY 4.0", "UCDP GED", "pycountry"):
        assert needle in readme


def test_satp_sentences() -> None:
    path = SHARED / "data" / "satp" / "dev.tsv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    gaz = Gazetteer.load()
    texts = [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
    stop = {w.lower() for w in ("Police", "Security", "March", "Sunday", "Army", "Government",
                                "Daily", "Islamic", "State", "Central", "Said", "Khan", "Ali",
                                "Shah", "Reports", "May", "Taliban")}
    found = 0
    for text in texts:
        for m in gaz.scan(text):
            assert text[m.start:m.end] == m.text
            assert m.text.lower() not in stop, m.text
            found += 1
    assert found > 2000
    khyber = next(t for t in texts if "Landi Kotal tehsil (revenue unit) in Khyber Agency" in t)
    by_text = {m.text: m.entries[0] for m in gaz.scan(khyber)}
    assert by_text["Khyber Agency"].admin2 == "Khyber"
    assert by_text["Landi Kotal tehsil"].admin1 == "Khyber Pakhtunkhwa"


def test_rail_is_a_word(gaz: Gazetteer) -> None:
    """"Rail" names a village of Punjab in GeoNames; in news it is a word (stop 26)."""
    assert not [m for m in gaz.scan("a house in Rail Gate area of Siliguri")
                if m.text == "Rail"]
