"""Tests of the statistics stage on small texts written for these tests, and on the seed
article and the SATP gold narrative that has a statistic (read from ``../shared``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwatch.errors import EventWatchError
from eventwatch.extract.doc_places import document_places
from eventwatch.extract.segment import split_run_ons, split_sentences
from eventwatch.extract.statistics import find_statistics
from eventwatch.extract.temporal import find_dates
from eventwatch.models import Statistic
from eventwatch.resources import Resources

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_b1c9e467b0ad7324.txt"
SEED_GOLD = SHARED / "gold" / "000_b1c9e467b0ad7324.gold.json"
SATP_GOLD = SHARED / "gold" / "satp-dev" / "train-1685.gold.json"


def stats(resources: Resources, text: str, published: str | None) -> list[Statistic]:
    sentences = split_run_ons(split_sentences(resources.nlp, text))
    matches = resources.actors.scan(text)
    places = document_places(text, resources.gazetteer, [(m.start, m.end) for m in matches])
    return find_statistics(text, sentences, find_dates(text, published), places, matches,
                           resources.gazetteer, published)


def find(found: list[Statistic], measure: str, period: str | None, **scope: Any) -> Statistic:
    """The one statistic with this measure, period value and scope (other keys ignored)."""
    hits = [s for s in found if s.measure == measure
            and (s.period.value if s.period else None) == period
            and all(s.scope.get(k) == v for k, v in scope.items())]
    assert len(hits) == 1, (measure, period, scope, [s.to_dict() for s in found])
    return hits[0]


REPORT = (
    "KABUL: A study released by the Afghanistan Analysts Network in February showed a drop "
    "[around 15%] in militant attacks across Afghanistan last year. The study said that 1,200 "
    "civilians were killed in militant violence in the country in 2020, of which 40% were "
    "killed in six suicide attacks claimed by the Taliban in Kandahar and Helmand provinces. "
    "At least 300 people were killed in Helmand alone – 25% of the 2020 toll.")


def test_report_change_value_share_and_source(resources: Resources) -> None:
    found = stats(resources, REPORT, "2021-03-10")
    assert len(found) == 4
    change = find(found, "attacks", "2020", country="AF")
    # "in February" dates the study, not the figure: the period is "last year".
    assert change.change_pct == -15 and change.qualifier == "about" and change.value is None
    assert change.source == "Afghanistan Analysts Network"
    total = find(found, "killed", "2020", country="AF", admin1=None, actor=None)
    assert total.value == 1200 and total.period is not None and total.period.precision == "year"
    share = find(found, "killed", "2020", actor="Taliban")
    assert share.share_pct == 40 and share.value is None and share.attacks == 6
    assert share.scope["admin1"] == ["Kandahar", "Helmand"]
    assert share.of == total.id and share.of_measure == "killed"
    part = find(found, "killed", "2020", admin1="Helmand", actor=None)
    assert (part.value, part.share_pct, part.qualifier) == (300, 25, "at_least")
    assert part.of == total.id
    assert {s.source for s in found} == {"Afghanistan Analysts Network"}
    for s in found:
        assert s.evidence and all(REPORT[e.start:e.end] == e.text for e in s.evidence)


MONTHLY = (
    "A report compiled by the home ministry said militancy rose again in March. As many as 41 "
    "terrorist attacks took place in Nigeria this March, compared to 19 in the month before, "
    "which claimed 52 lives and wounded 80 others. Among those killed were 12 soldiers, 30 "
    "civilians and ten militants, and the injured included 20 policemen and 60 civilians.")


def test_comparison_relative_month_and_breakdown(resources: Resources) -> None:
    found = stats(resources, MONTHLY, "2021-04-05")
    assert len(found) == 4
    assert find(found, "attacks", "2021-03", country="NG").value == 41
    # "the month before" is the month before the one just named, not before publication.
    assert find(found, "attacks", "2021-02", country="NG").value == 19
    killed = find(found, "killed", "2021-03", country="NG")
    assert killed.value == 52
    assert killed.by_category == {"security_forces": 12, "civilians": 30, "militants": 10}
    wounded = find(found, "wounded", "2021-03", country="NG")
    assert wounded.value == 80
    assert wounded.by_category == {"security_forces": 20, "civilians": 60}
    assert {s.source for s in found} == {"home ministry"}


def test_incident_tolls_are_not_statistics(resources: Resources) -> None:
    text = ("On June 3, 2021, a suicide bomber attacked a market in Kabul, killing at least 12 "
            "people and wounding 30 others. Gunmen stormed a police post in Herat in March, "
            "killing five officers. The attack that killed 40 people in Kunduz last year was "
            "claimed by the Taliban. Police said these three incidents were linked.")
    assert stats(resources, text, "2021-06-04") == []


def test_ordinal_with_breakdown_by_province(resources: Resources) -> None:
    text = ("Ahmed Ali was the third journalist killed in India this year, two in Bihar and one "
            "in Assam, Reporters Without Borders said.")
    undated = stats(resources, text, None)
    assert len(undated) == 1
    stat = undated[0]
    # No publication date: "this year" cannot be resolved, so the period stays unknown.
    assert stat.period is None and stat.value == 3 and stat.measure == "killed"
    assert stat.scope == {"country": "IN", "victims": "journalists"}
    assert stat.by_admin1 == {"Bihar": 2, "Assam": 1}
    assert stat.source == "Reporters Without Borders"
    dated = stats(resources, text, "2021-07-01")
    assert [s.period.value if s.period else None for s in dated] == ["2021"]


def test_report_source_carries_to_follow_up_paragraph(resources: Resources) -> None:
    text = ("A survey published by the Global Peace Institute in May found that 75 bombings "
            "were recorded in Iraq in 2020.\n\nThe report stated that 410 people were killed "
            "in those bombings in 2020.")
    found = stats(resources, text, "2021-06-01")
    assert find(found, "attacks", "2020", country="IQ").value == 75
    killed = find(found, "killed", "2020", country="IQ")
    assert killed.value == 410 and killed.source == "Global Peace Institute"


def test_to_dict_keeps_the_added_fields(resources: Resources) -> None:
    found = stats(resources, REPORT, "2021-03-10")
    data = found[2].to_dict()
    assert data["id"] == found[2].id and data["of"] == found[1].id
    assert data["period"]["value"] == "2020" and data["by_admin1"] == {}
    json.dumps(data)


def test_malformed_publication_date_is_reported(resources: Resources) -> None:
    with pytest.raises(EventWatchError, match="published"):
        stats(resources, "Nothing here.", "15/03/2019")


# -- the shared gold files --------------------------------------------------------------------

def _gold_period(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _matches_gold(pred: Statistic, gold: dict[str, Any]) -> bool:
    admin1 = gold["scope"].get("admin1")
    pred_admin1 = pred.scope.get("admin1")
    return (pred.measure == gold["measure"]
            and (pred.period.value if pred.period else None) == _gold_period(gold.get("period"))
            and pred.scope.get("country") == gold["scope"].get("country")
            and (sorted(pred_admin1) if isinstance(pred_admin1, list) else pred_admin1)
            == (sorted(admin1) if isinstance(admin1, list) else admin1)
            and pred.scope.get("actor") == gold["scope"].get("actor"))


def _check_values(pred: Statistic, gold: dict[str, Any]) -> None:
    for name in ("value", "share_pct", "change_pct", "attacks"):
        assert getattr(pred, name) == gold.get(name), (name, gold["id"])
    if "by_category" in gold:
        assert pred.by_category == gold["by_category"], gold["id"]
    if "qualifier" in gold:
        assert pred.qualifier == gold["qualifier"], gold["id"]
    source = (pred.source or "").replace("’", "'").lower()
    assert gold["source"].lower().split(" (")[0] in source, (gold["id"], pred.source)


@pytest.mark.skipif(not SEED.exists(), reason="../shared (seed article) is not available")
def test_seed_article_statistics(resources: Resources) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    found = stats(resources, text, gold["article"]["published"])
    assert len(found) == len(gold["statistics"]) == 8
    for stat in found:
        assert all(text[e.start:e.end] == e.text for e in stat.evidence), stat.id
    ids = {}
    for g in gold["statistics"]:
        hits = [p for p in found if _matches_gold(p, g)]
        assert len(hits) == 1, (g["id"], [p.to_dict() for p in found])
        _check_values(hits[0], g)
        ids[g["id"]] = hits[0].id
    for g in gold["statistics"]:
        if g.get("of"):
            pred = next(p for p in found if p.id == ids[g["id"]])
            assert pred.of == ids[g["of"]]


@pytest.mark.skipif(not SATP_GOLD.exists(), reason="../shared (SATP gold) is not available")
def test_satp_gold_statistic(resources: Resources) -> None:
    gold = json.loads(SATP_GOLD.read_text(encoding="utf-8"))
    found = stats(resources, gold["text"], gold.get("published"))
    assert len(found) == 1
    stat, expected = found[0], gold["statistics"][0]
    assert _matches_gold(stat, expected)
    assert stat.value == expected["value"] and stat.qualifier == expected["qualifier"]
    assert stat.by_admin1 == expected["by_admin1"]
    assert stat.scope.get("victims") == expected["scope"]["victims"]
    assert stat.source is not None and stat.source in expected["source"]
