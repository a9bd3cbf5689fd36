"""Stop 32's rules, on hand-written reports in the shapes the fifth and sixth held-out groups
showed and the seventh (Pakistan and its neighbours first) tested.

Incidents: a wire lead that tells "a separate" second act keeps each act's method to its own
clause. Doers: a state's forces after a wire dateline ("BAMAKO, March 18 (Reuters) - Malian
soldiers killed ...") and beside a burning the same raid did. Counts: the people killed by a
state's strike from afar on a civilian site it names are civilians, also where some of them are
named ("four people, including a 7-year-old girl"); a toll update keeps the side of the toll it
replaced when a later "also" figure adds another side; "two of the injured ... succumbed" moves
two; a toll "risen to 26, after eight of the wounded died" holds those eight; "A, B and one
more" is a named list's last member; men "rounded up ... and shot" are no arrest.

Each case failed on the code of stop 31 (commit d9863f6), except where a comment says it
guards a rule's reach."""

from __future__ import annotations

from eventwatch.resources import Resources
from extraction_cases import incidents as _extract


def _one(resources: Resources, text: str, published: str = "2026-05-13") -> dict:
    (incident,) = _extract(resources, text, published)
    return incident


def _perps(incident: dict) -> list[tuple[str | None, str, str]]:
    return [(p["actor"], p["kind"], p["status"]) for p in incident["perpetrators"]]


def _count(incident: dict, measure: str) -> tuple[int | None, dict[str, int]]:
    c = incident[measure]
    return c["low"], {k: (v["best"] if isinstance(v, dict) else v)
                      for k, v in (c.get("by_category") or {}).items()}


# --- a wire lead of two acts ---------------------------------------------------------------

def test_second_act_of_a_lead_keeps_its_method(resources: Resources) -> None:
    text = ("KYIV (Reuters) - A Russian missile strike on the central Ukrainian city of Poltava "
            "on Monday evening killed at least nine people and wounded 30, regional officials "
            "said, and a separate drone attack overnight damaged port facilities in the "
            "southern region of Mykolaiv.\n\nIn Mykolaiv, Russian drones struck port "
            "infrastructure overnight into Tuesday, starting a fire at a grain terminal and "
            "wounding four workers, the regional administration said.")
    poltava, mykolaiv = _extract(resources, text, "2026-02-17")
    assert poltava["event_type"] == "shelling_artillery_missile_attack"
    assert mykolaiv["event_type"] == "air_drone_strike"


# --- doers -----------------------------------------------------------------------------------

def test_state_forces_after_a_wire_dateline(resources: Resources) -> None:
    one = _one(resources, "BAMAKO, March 18 (Reuters) - Malian soldiers killed 20 civilians "
               "during a raid on a village near the central town of Djenne on Monday, "
               "residents said on Wednesday.", "2026-03-18")
    assert _perps(one) == [("Malian Armed Forces", "state", "attributed")]
    assert one["event_type"] == "attack" and one["attack_type"] is None


def test_burning_told_beside_the_states_killing_is_its_raid(resources: Resources) -> None:
    one = _one(resources, "NIAMEY (Reuters) - Nigerien soldiers killed 14 civilians during a "
               "raid on a village near Tillaberi on Sunday, residents said on Tuesday. The "
               "troops rounded up men at the village market and shot them at the edge of a "
               "riverbed, one resident said. Several shops and grain stores were burned, he "
               "said.", "2026-03-17")
    assert _perps(one) == [("Armed Forces of Niger", "state", "attributed")]
    assert one["attack_type"] is None
    assert one["arrested"]["low"] is None  # gathered to be shot, not arrested


# --- counts ----------------------------------------------------------------------------------

def test_people_killed_by_a_strike_on_a_block_of_flats_are_civilians(
        resources: Resources) -> None:
    one = _one(resources, "KYIV, Ukraine (AP) - Russian drones slammed into a nine-story "
               "apartment building in Kharkiv overnight, killing four people, including a "
               "7-year-old girl, and wounding 17 others, Ukrainian officials said Wednesday.",
               "2026-03-04")
    assert _count(one, "killed") == (4, {"civilians": 4})


def test_a_bombings_people_of_no_side_stay_unknown(resources: Resources) -> None:
    # guards the rule's reach: only a state's strike from afar; a bombing's man at a jirga
    # whose role is not told stays unknown (the shared gold's dev-417)
    one = _one(resources, "A bomb exploded at a jirga in Landi Kotal of Khyber District on "
               "Monday, killing five people, including four schoolchildren, police said.")
    assert _count(one, "killed") == (5, {"civilians": 4, "unknown": 1})


def test_an_also_figure_after_an_update_of_one_side_adds(resources: Resources) -> None:
    one = _one(resources, "QUETTA: At least six Frontier Corps personnel were martyred and 11 "
               "others injured when a suicide bomber rammed an explosives-laden vehicle into "
               "the gate of an FC camp in Mastung district on Tuesday, officials said. Later in "
               "the evening, an official said two of the injured FC personnel had succumbed to "
               "their wounds, raising the death toll among the soldiers to eight. A passer-by "
               "was also killed in the blast, he said.", "2026-02-11")
    assert _count(one, "killed") == (9, {"security_forces": 8, "civilians": 1})
    assert one["wounded"]["low"] == 9


def test_a_toll_risen_after_the_wounded_died_holds_them(resources: Resources) -> None:
    one = _one(resources, "On Sunday, military aircraft bombed a crowded morning market in "
               "the township of Ramree in Myanmar's Rakhine state, killing at least 18 "
               "civilians and wounding more than 30, residents said. By Monday evening a "
               "rescue group said the death toll from the market strike had risen to 26, after "
               "eight of the wounded died in hospital.", "2026-02-02")
    assert one["killed"]["low"] == 26
    assert one["wounded"]["low"] == 22


def test_one_more_is_the_last_of_a_named_list(resources: Resources) -> None:
    one = _one(resources, "Two CRPF personnel were killed and 11 CRPF troopers were injured "
               "when militants attacked a CRPF bus on the highway in Pampore on February 20, "
               "reports Times of India. Three of the injured troopers identified as head "
               "Constable Bhola Prasad, Constable driver RK Raina and one more succumbed to "
               "their injuries.")
    assert one["killed"]["low"] == 5
    assert one["wounded"]["low"] == 8


def test_one_of_the_injured_is_read_by_his_title(resources: Resources) -> None:
    # guards the rule's reach: "One of the injured, a head constable" keeps his side
    one = _one(resources, "Ranchi: Two CoBRA commandos were killed and three others injured "
               "when Maoists triggered IED blasts in the Saranda forest of West Singhbhum "
               "district on Friday, police said. One of the injured, a head constable, "
               "succumbed to his injuries at a hospital in Ranchi on Friday night, taking the "
               "toll to three.", "2026-03-28")
    assert _count(one, "killed") == (3, {"security_forces": 3})
