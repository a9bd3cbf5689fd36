"""The actor base covers what the issue asks for (shipped data only, no analyst's file).

"At least 150 organisations, covering every group on the US State Department's Foreign
Terrorist Organization list and the UN 1267/1988 sanctions lists that is active in South and
Central Asia and the Middle East, the groups active in Pakistan and Afghanistan (...), and the
state forces of the region (army, Frontier Corps, Levies, police, counter-terrorism
departments, coalition forces) with kind state."

"Middle East" here is Egypt to Iran, Turkey to Yemen; groups of the Maghreb, the Sahel, East
Africa and South-East Asia are outside the requirement.  Names are written as the lists and
the issue write them, so each check is also a spelling check.  Defunct groups (Islamic Army
of Aden, Jund al-Aqsa, Kahane Chai) and the lists' charities and money exchanges are not
required.
"""

from __future__ import annotations

import pytest

from eventwatch.resources.actors import SHIPPED_PATH, ActorBase, read_actor_file


@pytest.fixture(scope="module")
def base() -> ActorBase:
    entries, not_actors = read_actor_file(SHIPPED_PATH)
    return ActorBase(entries, not_actors, str(SHIPPED_PATH))


# (name as the issue writes it, canonical name, acronyms the issue or press use for it)
ISSUE_GROUPS: list[tuple[str, str, tuple[str, ...]]] = [
    ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", ("TTP",)),
    ("Tehreek-e-Taliban Swat", "Tehreek-e-Taliban Swat", ()),
    ("Tariq Geedar Group", "Tariq Gidar Group", ("TGG",)),
    ("Hafiz Gul Bahadur Group", "Hafiz Gul Bahadur Group", ("HGB",)),
    ("Punjabi Taliban", "Punjabi Taliban", ()),
    ("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", ("JuA",)),
    ("Hizbul Ahrar", "Hizbul Ahrar", ("HuA",)),
    ("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi", ("LeJ", "LJ")),
    ("Sipah-e-Sahaba", "Sipah-e-Sahaba Pakistan", ("SSP", "ASWJ")),
    ("Ahle Sunnat Wal Jamaat", "Sipah-e-Sahaba Pakistan", ("ASWJ",)),
    ("Lashkar-e-Islam", "Lashkar-e-Islam", ("LeI",)),
    ("Baloch Liberation Army", "Baloch Liberation Army", ("BLA",)),
    ("Balochistan Liberation Front", "Balochistan Liberation Front", ("BLF",)),
    ("Baloch Republican Army", "Baloch Republican Army", ("BRA",)),
    ("Baloch Raji Aajoi Sangar", "Baloch Raji Aajoi Sangar", ("BRAS",)),
    ("Jaish-e-Mohammed", "Jaish-e-Mohammed", ("JeM",)),
    ("Lashkar-e-Taiba", "Lashkar-e-Taiba", ("LeT",)),
    ("al-Qaeda", "al-Qaeda", ("AQ",)),
    ("al-Qaeda in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", ("AQIS",)),
    ("Islamic State", "Islamic State", ("IS", "ISIS", "ISIL")),
    ("Islamic State Khorasan Province", "Islamic State Khorasan Province", ("ISKP", "IS-K")),
    ("Haqqani Network", "Haqqani Network", ("HQN",)),
    ("Afghan Taliban", "Taliban", ()),
]

# The US State Department's FTO list, groups active in South and Central Asia and the Middle
# East, spelt as on the list.  Plain "Jundallah" is the Pakistani group in our base (see
# data/actors/README.md); the FTO's Jundallah is "Jundallah (Iran)", now Jaish al-Adl.
FTO_REGION: list[tuple[str, str, tuple[str, ...]]] = [
    ("Harakat ul-Mujahidin", "Harkat-ul-Mujahideen", ("HUM",)),
    ("Hizballah", "Hezbollah", ()),
    ("HAMAS", "Hamas", ()),
    ("Gama'a al-Islamiyya", "al-Gama'a al-Islamiyya", ()),
    ("Kurdistan Workers Party", "Kurdistan Workers' Party", ("PKK",)),
    ("Liberation Tigers of Tamil Elam", "Liberation Tigers of Tamil Eelam", ("LTTE",)),
    ("Palestine Liberation Front", "Palestine Liberation Front", ("PLF",)),
    ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", ("PIJ",)),
    ("Popular Front for the Liberation of Palestine",
     "Popular Front for the Liberation of Palestine", ("PFLP",)),
    ("PFLP-General Command", "Popular Front for the Liberation of Palestine-General Command",
     ("PFLP-GC",)),
    ("Revolutionary People's Liberation Party/Front",
     "Revolutionary People's Liberation Party-Front", ("DHKP/C",)),
    ("al-Qa'ida", "al-Qaeda", ("AQ",)),
    ("Islamic Movement of Uzbekistan", "Islamic Movement of Uzbekistan", ("IMU",)),
    ("Jaish-e-Mohammed", "Jaish-e-Mohammed", ("JeM",)),
    ("Lashkar-e Tayyiba", "Lashkar-e-Taiba", ("LeT",)),
    ("Al-Aqsa Martyrs Brigade", "al-Aqsa Martyrs' Brigades", ("AAMB",)),
    ("Asbat al-Ansar", "Asbat al-Ansar", ()),
    ("Ansar al-Islam", "Ansar al-Islam", ()),
    ("Islamic State of Iraq and the Levant", "Islamic State", ("ISIL",)),
    ("Islamic Jihad Union", "Islamic Jihad Union", ("IJU",)),
    ("Harakat ul-Jihad-i-Islami/Bangladesh", "Harkat-ul-Jihad al-Islami Bangladesh",
     ("HUJI-B",)),
    ("Kata'ib Hizballah", "Kata'ib Hezbollah", ("KH",)),
    ("al-Qa'ida in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", ("AQAP",)),
    ("Harakat ul-Jihad-i-Islami", "Harkat-ul-Jihad al-Islami", ("HUJI",)),
    ("Tehrik-e Taliban Pakistan", "Tehrik-i-Taliban Pakistan", ("TTP",)),
    ("Jundallah (Iran)", "Jundallah (Iran)", ("PRMI",)),
    ("Jaish al-Adl", "Jaish al-Adl", ()),
    ("Army of Islam", "Army of Islam", ()),
    ("Indian Mujahedeen", "Indian Mujahideen", ("IM",)),
    ("Abdallah Azzam Brigades", "Abdallah Azzam Brigades", ()),
    ("Haqqani Network", "Haqqani Network", ("HQN",)),
    ("ISIL Sinai Province", "Islamic State Sinai Province", ()),
    ("Mujahidin Shura Council in the Environs of Jerusalem",
     "Mujahidin Shura Council in the Environs of Jerusalem", ("MSC",)),
    ("Jaysh Rijal al-Tariq al Naqshabandi", "Jaysh Rijal al-Tariq al-Naqshabandi", ("JRTN",)),
    ("ISIL-Khorasan", "Islamic State Khorasan Province", ("ISIS-K",)),
    ("al-Qa'ida in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", ("AQIS",)),
    ("Hizbul Mujahideen", "Hizbul Mujahideen", ("HM",)),
    ("ISIS-Bangladesh", "Islamic State Bangladesh", ()),
    ("al-Ashtar Brigades", "al-Ashtar Brigades", ()),
    ("Harakat Sawa'd Misr", "Harakat Sawa'd Misr", ("HASM",)),
    ("Asa'ib Ahl al-Haq", "Asa'ib Ahl al-Haq", ("AAH",)),
    ("Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps", ("IRGC",)),
    ("Ansarallah", "Ansar Allah", ()),
    ("The Resistance Front", "The Resistance Front", ("TRF",)),
    ("Baloch Liberation Army", "Baloch Liberation Army", ("BLA",)),
    ("Majeed Brigade", "Majeed Brigade", ()),
    ("Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba", ("HHN",)),
    ("Kata'ib Sayyid al-Shuhada", "Kata'ib Sayyid al-Shuhada", ("KSS",)),
    ("Harakat Ansar Allah al-Awfiya", "Harakat Ansar Allah al-Awfiya", ()),
    ("Kata'ib al-Imam Ali", "Kata'ib al-Imam Ali", ()),
]

# The UN Security Council's 1267 (ISIL and al-Qaida) and 1988 (Taliban) lists: armed groups
# active in the region, spelt as on the lists.
UN_REGION: list[tuple[str, str, tuple[str, ...]]] = [
    ("Al-Qaida", "al-Qaeda", ("AQ",)),
    ("Lashkar i Jhangvi", "Lashkar-e-Jhangvi", ("LJ",)),
    ("Jaish-i-Mohammed", "Jaish-e-Mohammed", ("JeM",)),
    ("Lashkar-e-Tayyiba", "Lashkar-e-Taiba", ("LeT",)),
    ("Jamaat-ud-Dawa", "Lashkar-e-Taiba", ("JuD",)),
    ("Harakat ul-Mujahidin", "Harkat-ul-Mujahideen", ("HUM",)),
    ("Harakat-ul Jihad Islami", "Harkat-ul-Jihad al-Islami", ("HUJI",)),
    ("Tehrik-e Taliban Pakistan", "Tehrik-i-Taliban Pakistan", ("TTP",)),
    ("Jama'at-ul-Ahrar", "Jamaat-ul-Ahrar", ("JuA",)),
    ("Tariq Gidar Group", "Tariq Gidar Group", ("TGG",)),
    ("Islamic Movement of Uzbekistan", "Islamic Movement of Uzbekistan", ("IMU",)),
    ("Islamic Jihad Group", "Islamic Jihad Union", ("IJU",)),
    ("Eastern Turkistan Islamic Movement", "Turkistan Islamic Party", ("ETIM",)),
    ("Islamic State in Iraq and the Levant - Khorasan", "Islamic State Khorasan Province",
     ("ISIL-K",)),
    ("Khatiba Imam al-Bukhari", "Katibat Imam al-Bukhari", ("KIB",)),
    ("Katibat al Tawhid wal Jihad", "Katibat al-Tawhid wal-Jihad", ("KTJ",)),
    ("Al-Nusrah Front for the People of the Levant", "al-Nusra Front", ()),
    ("Abdallah Azzam Brigades", "Abdallah Azzam Brigades", ()),
    ("Asbat al-Ansar", "Asbat al-Ansar", ()),
    ("Ansar al-Islam", "Ansar al-Islam", ()),
    ("Egyptian Islamic Jihad", "Egyptian Islamic Jihad", ("EIJ",)),
    ("Al-Qaida in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", ("AQAP",)),
    ("Haqqani Network", "Haqqani Network", ("HQN",)),
    ("Taliban", "Taliban", ()),
]

# The region's state forces, by the issue's categories.
STATE_FORCES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "army": [("Pakistan Army", ()), ("Special Service Group", ("SSG",)),
             ("Afghan National Army", ("ANA",)), ("Indian Army", ()), ("Iraqi Army", ()),
             ("Bangladesh Army", ()), ("Syrian Arab Army", ("SAA",))],
    "Frontier Corps": [("Frontier Corps", ("FC",)), ("Frontier Constabulary", ()),
                       ("Pakistan Rangers", ())],
    "Levies": [("Levies", ()), ("Balochistan Levies", ()), ("Khasadar Force", ())],
    "police": [("Punjab Police", ()), ("Sindh Police", ()), ("Khyber Pakhtunkhwa Police", ()),
               ("Balochistan Police", ()), ("Islamabad Police", ()),
               ("Gilgit-Baltistan Police", ()), ("Afghan National Police", ()),
               ("Afghan Local Police", ("ALP",)), ("Jammu and Kashmir Police", ("JKP",))],
    "counter-terrorism departments": [("Counter Terrorism Department", ("CTD",)),
                                      ("Iraqi Counter Terrorism Service", ("CTS",))],
    "coalition forces": [("North Atlantic Treaty Organization", ("NATO",)),
                         ("International Security Assistance Force", ("ISAF",)),
                         ("Resolute Support Mission", ()),
                         ("United States Armed Forces", ()), ("US-led coalition", ()),
                         ("Combined Joint Task Force-Operation Inherent Resolve",
                          ("CJTF-OIR",)),
                         ("Saudi-led coalition", ())],
    "intelligence and other forces": [("Inter-Services Intelligence", ("ISI",)),
                                      ("National Directorate of Security", ("NDS",)),
                                      ("Afghan National Defense and Security Forces",
                                       ("ANDSF",))],
}


def _check(base: ActorBase, name: str, canonical: str, acronyms: tuple[str, ...]) -> None:
    actor = base.get(name)
    assert actor is not None, f"{name!r} is not in the actor base"
    assert actor.name == canonical, f"{name!r} resolves to {actor.name!r}, not {canonical!r}"
    for acronym in acronyms:
        by_acronym = base.get(acronym)
        assert by_acronym is not None and by_acronym.name == canonical, (acronym, by_acronym)
    # In running text too: the name, then each acronym in an organisation context.
    text = f"Officials blamed {name} for the attack."
    assert [m.actor.name for m in base.scan(text)] == [canonical], (text, base.scan(text))
    for acronym in acronyms:
        text = f"Officials blamed {name}. Later {acronym} militants attacked a post."
        assert [m.actor.name for m in base.scan(text)] == [canonical, canonical], text


def test_at_least_150_organisations(base: ActorBase) -> None:
    assert len(base) >= 150
    assert sum(a.kind == "non_state" for a in base) >= 150


@pytest.mark.parametrize(("name", "canonical", "acronyms"), ISSUE_GROUPS,
                         ids=[g[0] for g in ISSUE_GROUPS])
def test_pakistan_and_afghanistan_groups(base: ActorBase, name: str, canonical: str,
                                         acronyms: tuple[str, ...]) -> None:
    _check(base, name, canonical, acronyms)
    assert base.get(canonical).kind == "non_state"  # type: ignore[union-attr]
    assert {"PK", "AF"} & set(base.get(canonical).countries)  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "canonical", "acronyms"), FTO_REGION,
                         ids=[g[0] for g in FTO_REGION])
def test_fto_list_groups_of_the_region(base: ActorBase, name: str, canonical: str,
                                       acronyms: tuple[str, ...]) -> None:
    _check(base, name, canonical, acronyms)
    actor = base.get(canonical)
    assert actor is not None
    # The entry says it is listed (an alias such as Jamaat-ud-Dawa counts for its group).
    assert "US State Department FTO list" in actor.sources, actor.sources


# The FTO list's groups active in the Philippines, Africa and Latin America, spelt as on the
# list (stop 30; the FARC's designation was revoked in 2021, its splinters' made).
FTO_BEYOND: list[tuple[str, str, tuple[str, ...]]] = [
    ("Abu Sayyaf Group", "Abu Sayyaf Group", ("ASG",)),
    ("Communist Party of the Philippines/New People's Army", "New People's Army",
     ("CPP-NPA",)),
    ("ISIS-Philippines", "Islamic State East Asia Province", ()),
    ("Boko Haram", "Boko Haram", ()),
    ("ISIS-West Africa", "Islamic State West Africa Province", ("ISWAP",)),
    ("ISIS-Greater Sahara", "Islamic State Sahel Province", ("ISGS",)),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin", ("JNIM",)),
    ("Ansaru", "Ansaru", ()),
    ("al-Shabaab", "al-Shabaab", ()),
    ("ISIS-DRC", "Allied Democratic Forces", ("ADF",)),
    ("ISIS-Mozambique", "Islamic State Mozambique Province", ()),
    ("Segunda Marquetalia", "Segunda Marquetalia", ()),
    ("National Liberation Army (Colombia)", "National Liberation Army (Colombia)", ("ELN",)),
    # (stop 31: the cartels and gangs designated in 2025)
    ("Cartel de Jalisco Nueva Generacion", "Jalisco New Generation Cartel", ("CJNG",)),
    ("Cartel de Sinaloa", "Sinaloa Cartel", ()),
    ("Tren de Aragua", "Tren de Aragua", ()),
    ("Viv Ansanm", "Viv Ansanm", ()),
    ("Gran Grif", "Gran Grif", ()),
]


@pytest.mark.parametrize(("name", "canonical", "acronyms"), FTO_BEYOND,
                         ids=[g[0] for g in FTO_BEYOND])
def test_fto_list_groups_beyond_the_region(base: ActorBase, name: str, canonical: str,
                                           acronyms: tuple[str, ...]) -> None:
    _check(base, name, canonical, acronyms)
    actor = base.get(canonical)
    assert actor is not None and actor.kind == "non_state"
    assert "US State Department FTO list" in actor.sources, actor.sources


@pytest.mark.parametrize(("name", "canonical", "acronyms"), UN_REGION,
                         ids=[g[0] for g in UN_REGION])
def test_un_sanctions_list_groups_of_the_region(base: ActorBase, name: str, canonical: str,
                                                acronyms: tuple[str, ...]) -> None:
    _check(base, name, canonical, acronyms)
    actor = base.get(canonical)
    assert actor is not None
    assert {"UN 1267 list", "UN 1988 list"} & set(actor.sources) or \
        "US State Department FTO list" in actor.sources, actor.sources


@pytest.mark.parametrize("category", list(STATE_FORCES))
def test_state_forces_have_kind_state(base: ActorBase, category: str) -> None:
    for name, acronyms in STATE_FORCES[category]:
        actor = base.get(name)
        assert actor is not None, f"{category}: {name!r} is not in the actor base"
        assert actor.kind == "state", f"{name!r} ({actor.name}) has kind {actor.kind}"
        for acronym in acronyms:
            assert base.get(acronym) is actor, (acronym, base.get(acronym))


def test_descriptions_are_not_actors(base: ActorBase) -> None:
    # Generic words name no organisation: they must not resolve to one.
    for text in ("police", "security forces", "the army", "coalition forces", "militants"):
        assert base.get(text) is None, text


# Groups of Nepal and India's north-east that SATP's narratives name as doers (stop 20).
NEPAL_AND_NORTH_EAST = [
    ("Communist Party of Nepal Maoist", "Communist Party of Nepal-Maoist (Baidya)", ()),
    ("Netra Bikram Chand led Communist Party of Nepal Maoist",
     "Communist Party of Nepal (Chand)", ()),
    ("CPN Maoist Centre", "Communist Party of Nepal (Maoist Centre)", ("UCPN-M",)),
    ("Janatantrik Terai Mukti Morcha", "Janatantrik Terai Mukti Morcha", ("JTMM",)),
    ("Terai Madhesh Mukti Tigers", "Terai Madhes Mukti Tigers", ("TMMT",)),
    ("A'chik Matgrik Elite Force", "A'chik Matgrik Elite Force", ("AMEF",)),
    ("A’chik Songna An’pachakgipa Kotok", "A'chik Songna An'pachakgipa Kotok", ("ASAK",)),
    ("Liberation of Achik Elite Force", "Liberation of A'chik Elite Force", ("LAEF",)),
    ("United Peoples Democratic Solidarity", "United People's Democratic Solidarity",
     ("UPDS",)),
    ("Revolutionary People’s Front", "Revolutionary People's Front", ("RPF",)),
    ("Peoples Amn Committee", "Peoples Amn Committee", ("PAC",)),
]


@pytest.mark.parametrize(("name", "canonical", "acronyms"), NEPAL_AND_NORTH_EAST,
                         ids=[g[0] for g in NEPAL_AND_NORTH_EAST])
def test_nepal_and_north_east_groups(base: ActorBase, name: str, canonical: str,
                                     acronyms: tuple[str, ...]) -> None:
    _check(base, name, canonical, acronyms)


def test_an_acronym_that_is_mostly_something_else_needs_the_name_first(
        base: ActorBase) -> None:
    # "RPF" alone is the Railway Protection Force, "PAC" a committee (guards the reach of the
    # groups added above: it held before they were)
    assert base.scan("RPF personnel and the PAC met on Monday.") == []
