"""Tests of the relation and milestone stages on small texts written for these tests, and on
the seed article (read from ``../shared``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.extract.milestones import Milestone, find_milestones
from eventwatch.extract.relations import find_relations
from eventwatch.extract.segment import split_run_ons, split_sentences
from eventwatch.extract.temporal import find_dates
from eventwatch.models import DateValue, Evidence, Incident, Perpetrator, Relation
from eventwatch.resources import Resources

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_b1c9e467b0ad7324.txt"
SEED_GOLD = SHARED / "gold" / "000_b1c9e467b0ad7324.gold.json"


def relations(resources: Resources, text: str,
              incidents: list[Incident] | None = None) -> list[Relation]:
    sentences = split_run_ons(split_sentences(resources.nlp, text))
    return find_relations(text, sentences, resources.actors.scan(text), resources.actors,
                          incidents or [])


def keys(found: list[Relation]) -> set[tuple[str, str, str]]:
    return {(r.a, r.b, r.kind) for r in found}


def milestones(resources: Resources, text: str, published: str | None,
               incidents: list[Incident] | None = None) -> list[Milestone]:
    sentences = split_run_ons(split_sentences(resources.nlp, text))
    return find_milestones(text, sentences, find_dates(text, published),
                           resources.actors.scan(text), incidents or [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Hizbul Ahrar, an affiliate of Tehrik-i-Taliban Pakistan, claimed the blast.",
     ("Hizbul Ahrar", "Tehrik-i-Taliban Pakistan", "affiliate")),
    ("Hizbul Ahrar broke away from Jamaat-ul-Ahrar in 2017.",
     ("Hizbul Ahrar", "Jamaat-ul-Ahrar", "splinter_of")),
    ("Ahrar-ul-Hind, a splinter group of Tehrik-i-Taliban Pakistan, is small.",
     ("Ahrar-ul-Hind", "Tehrik-i-Taliban Pakistan", "splinter_of")),
    ("Jamaat-ul-Ahrar merged into Tehrik-i-Taliban Pakistan in 2020.",
     ("Jamaat-ul-Ahrar", "Tehrik-i-Taliban Pakistan", "merged_into")),
    ("Clashes between the Islamic State and the Taliban left dozens dead.",
     ("Islamic State", "Taliban", "rival")),
    ("Police believe Lashkar-e-Islam has a soft corner for the Islamic State.",
     ("Lashkar-e-Islam", "Islamic State", "sympathy")),
    ("Officials say Ansar-ul-Islam is sympathetic to al-Qaeda.",
     ("Ansar-ul-Islam", "al-Qaeda", "sympathy")),
    ("The Baloch Liberation Army and the Balochistan Liberation Front jointly claimed "
     "responsibility for the attack.",
     ("Baloch Liberation Army", "Balochistan Liberation Front", "joint_claim")),
    ("Islamic State Khorasan Province, the Islamic State's branch in Afghanistan, grew fast.",
     ("Islamic State Khorasan Province", "Islamic State", "branch_of")),
    ("Jaish-e-Mohammed pledged allegiance to al-Qaeda, the statement said.",
     ("Jaish-e-Mohammed", "al-Qaeda", "affiliate")),
])
def test_one_pattern_each(resources: Resources, text: str,
                          expected: tuple[str, str, str]) -> None:
    found = relations(resources, text)
    assert keys(found) == {expected}
    for rel in found:
        assert rel.evidence and 0 < rel.confidence <= 1
        assert all(text[e.start:e.end] == e.text for e in rel.evidence)


def test_its_affiliates_belong_to_the_actor_named_before(resources: Resources) -> None:
    text = ("Investigators believe the Islamic State now works through its local affiliates "
            "including Jundallah and Lashkar-e-Islam. Most attacks were claimed by the Islamic "
            "State and its affiliates including Lashkar-e-Islam.")
    found = relations(resources, text)
    # The second sentence repeats one relation (more evidence) and claims nothing jointly.
    assert keys(found) == {("Jundallah (Pakistan)", "Islamic State", "affiliate"),
                           ("Lashkar-e-Islam", "Islamic State", "affiliate")}
    repeated = next(r for r in found if r.a == "Lashkar-e-Islam")
    assert len(repeated.evidence) == 2
    assert repeated.evidence[0].text.startswith("its local affiliates")


def test_no_relation_without_a_stated_link(resources: Resources) -> None:
    text = ("The Islamic State and a Taliban faction claimed responsibility. The Islamic State "
            "outsources attacks to groups such as Lashkar-e-Taiba. Police fought the "
            "Taliban near the border.")
    assert relations(resources, text) == []


def test_joint_claim_from_incidents_is_not_duplicated(resources: Resources) -> None:
    text = "The Islamic State along with Lashkar-e-Jhangvi claimed responsibility for it."
    a, b = text.index("Islamic State"), text.index("Lashkar-e-Jhangvi")
    incident = Incident(
        date=DateValue(2020, 5, 1, "day"),
        perpetrators=[Perpetrator("Islamic State", "Islamic State", "non_state", "claimed"),
                      Perpetrator("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi", "non_state",
                                  "claimed")],
        evidence=[Evidence("perpetrators", a, a + 13, "Islamic State"),
                  Evidence("perpetrators", b, b + 17, "Lashkar-e-Jhangvi")])
    found = relations(resources, text, [incident])
    assert keys(found) == {("Islamic State", "Lashkar-e-Jhangvi", "joint_claim")}
    assert len(found[0].evidence) == 3
    # From the incident alone (no sentence states it): one relation with the claim spans.
    only = relations(resources, "Nothing is said here about claims at all.", [incident])
    assert keys(only) == {("Islamic State", "Lashkar-e-Jhangvi", "joint_claim")}


def test_milestones_keep_precision_and_the_first_of_each_kind(resources: Resources) -> None:
    text = ("The Islamic State first appeared in Libya in mid-2014. Jamaat-ul-Ahrar was formed "
            "in August 2014 by breakaway commanders. In May 2015 officials warned that the "
            "Islamic State was emerging as a threat in the region. In 2018 a minister again "
            "said the Islamic State was emerging as a serious threat. “The Taliban first "
            "appeared here in 1994,” he said. The Taliban appeared strong.")
    found = milestones(resources, text, "2021-01-01")
    got = [(m.actor, m.date.value, m.date.precision, m.kind) for m in found]
    assert got == [("Islamic State", "2014", "mid-year", "emergence"),
                   ("Jamaat-ul-Ahrar", "2014-08", "month", "founded"),
                   ("Islamic State", "2015-05", "month", "threat")]
    assert found[0].what == "The Islamic State first appeared in Libya in mid-2014"
    for m in found:
        assert all(text[e.start:e.end] == e.text for e in m.evidence)
        assert m.to_dict()["date"]["precision"] == m.date.precision


def test_milestone_names_the_place_of_a_same_day_incident(resources: Resources) -> None:
    text = "The Islamic State marked its entry into Nigeria on May 2, 2015 with a bombing."
    incident = Incident(date=DateValue(2015, 5, 2, "day"),
                        perpetrators=[Perpetrator("Islamic State", "Islamic State",
                                                  "non_state", "claimed")])
    incident.place.name = "Maiduguri"
    found = milestones(resources, text, "2020-01-01", [incident])
    assert [(m.kind, m.date.value) for m in found] == [("entry", "2015-05-02")]
    assert found[0].what.endswith("(attack in Maiduguri)")


@pytest.mark.skipif(not SEED.exists(), reason="../shared (seed article) is not available")
def test_seed_article_relations_and_milestones(resources: Resources) -> None:
    from eventwatch.extract.pipeline import extract_article
    from eventwatch.models import Article

    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    published = gold["article"]["published"]
    incidents = extract_article(Article(text=text, published=published), resources).incidents
    found = relations(resources, text, incidents)
    symmetric = {"joint_claim", "rival"}

    def norm(a: str, b: str, kind: str) -> tuple[str, str, str]:
        return (min(a, b), max(a, b), kind) if kind in symmetric else (a, b, kind)

    assert {norm(*k) for k in keys(found)} == {
        norm(r["a"], r["b"], r["kind"]) for r in gold["relations"]}
    for rel in found:
        gold_evidence = next(r["evidence"] for r in gold["relations"]
                             if norm(r["a"], r["b"], r["kind"]) == norm(rel.a, rel.b, rel.kind))
        assert any(gold_evidence in e.text or e.text in gold_evidence for e in rel.evidence)
    got = [(m.actor, m.date.value, m.date.precision)
           for m in milestones(resources, text, published, incidents)]
    assert got == [(m["actor"], m["date"], m["date_precision"]) for m in gold["milestones"]]
