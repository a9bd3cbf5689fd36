"""Fusion in memory: hard constraints, matching, blocking, reconciliation, analyst
constraints, scores, and the corpus floor (B-cubed F1 >= 0.95, see docs/fusion.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.fuse import (
    DEFAULT,
    Constraints,
    Fuser,
    Mention,
    features,
    fuse,
    reconcile,
    score_clusters,
    similarity,
    veto,
)
from eventwatch.fuse.cluster import fuse_features
from eventwatch.fuse.features import time_of_day
from eventwatch.models import Count, DateValue, Evidence, Incident, Perpetrator, Place

CORPUS = Path(__file__).parent / "fixtures" / "fusion" / "corpus.jsonl"

DIK = Place("PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", "Dera Ismail Khan", "locality",
            31.83, 70.90)
DIK_DISTRICT = Place("PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", "Dera Ismail Khan",
                     "district", 31.85, 70.65)
PESHAWAR = Place("PK", "Khyber Pakhtunkhwa", "Peshawar", "Peshawar", "locality", 34.01, 71.58)
QUETTA = Place("PK", "Balochistan", "Quetta", "Quetta", "locality", 30.18, 67.00)
MONDAY = DateValue(2019, 3, 11)


def report(article: str, text: str, *, published: str = "2019-03-11", place: Place = DIK,
           date: DateValue | None = MONDAY, event_type: str = "suicide_bomb",
           killed: Count | None = None, wounded: Count | None = None,
           actors: tuple[str, ...] = (), index: int = 0, facility: str | None = None,
           ) -> Mention:
    incident = Incident(
        date=date, place=place, event_type=event_type, killed=killed or Count(),
        wounded=wounded or Count(), facility=facility,
        perpetrators=[Perpetrator(a, a, "non_state", "claimed") for a in actors],
        evidence=[Evidence("incident", 0, len(text), text)], confidence=0.8, summary=text)
    return Mention((article, index), incident, published, f"outlet-{article}",
                   f"https://news.example/{article}")


def blast_reports() -> list[Mention]:
    return [
        report("a1", "At least 12 people were killed on Monday morning when a suicide bomber "
                     "struck a police checkpoint in Dera Ismail Khan.",
               killed=Count(low=12, qualifier="at_least"), wounded=Count.exact(30)),
        report("a2", "A suicide attack on a police post in D.I. Khan killed ten people on "
                     "Monday.", place=DIK_DISTRICT, killed=Count.exact(10),
               actors=("Tehrik-i-Taliban Pakistan",)),
        report("a3", "The death toll from Monday's suicide bombing at a police checkpoint in "
                     "DI Khan rose to 19 on Tuesday.", published="2019-03-12",
               place=DIK_DISTRICT, killed=Count.exact(19)),
    ]


def night_shooting() -> list[Mention]:
    return [
        report("b1", "Gunmen shot dead three policemen on Circular Road in Dera Ismail Khan "
                     "late on Monday night.", published="2019-03-12", event_type="attack",
               killed=Count.exact(3)),
        report("b2", "Three police constables were gunned down in D.I. Khan on Monday night.",
               published="2019-03-12", event_type="attack", place=DIK_DISTRICT,
               killed=Count.exact(3)),
    ]


def clusters_of(groups: list[list[Mention]]) -> set[frozenset[str]]:
    return {frozenset(m.key[0] for m in g) for g in groups}


# -- matching ---------------------------------------------------------------------------------

def test_reports_of_one_blast_fuse_and_a_night_shooting_stays_apart() -> None:
    groups = fuse(blast_reports() + night_shooting())
    assert clusters_of(groups) == {frozenset({"a1", "a2", "a3"}), frozenset({"b1", "b2"})}


def test_arrival_order_does_not_change_the_result() -> None:
    mentions = blast_reports() + night_shooting()
    for order in (mentions, mentions[::-1], mentions[2:] + mentions[:2]):
        fuser = Fuser()
        for m in order:
            fuser.add(features(m))
        groups = {frozenset(k[0] for k in keys) for keys in fuser.groups().values()}
        assert groups == {frozenset({"a1", "a2", "a3"}), frozenset({"b1", "b2"})}


def test_follow_up_joins_the_right_incident() -> None:
    """A toll update dated the day it was written (two days after the event) joins the
    blast, not a different attack in the same city on the day it was written."""
    later_blast = report("c1", "A roadside bomb killed one policeman in Dera Ismail Khan on "
                               "Wednesday.", published="2019-03-13",
                         date=DateValue(2019, 3, 13),
                         event_type="remote_explosive_landmine_ied", killed=Count.exact(1))
    update = report("c2", "The death toll from the suicide bombing at the police checkpoint "
                          "in Dera Ismail Khan rose to 21, officials said on Wednesday.",
                    published="2019-03-13", date=DateValue(2019, 3, 13),
                    killed=Count.exact(21))
    groups = fuse([*blast_reports(), later_blast, update])
    assert clusters_of(groups) == {frozenset({"a1", "a2", "a3", "c2"}), frozenset({"c1"})}


def test_same_place_a_week_apart_stays_apart() -> None:
    first = report("q1", "A bomb killed two people in Quetta on Friday.", place=QUETTA,
                   date=DateValue(2020, 1, 10), published="2020-01-10",
                   event_type="remote_explosive_landmine_ied", killed=Count.exact(2))
    second = report("q2", "A bomb killed two people in Quetta on Friday.", place=QUETTA,
                    date=DateValue(2020, 1, 17), published="2020-01-17",
                    event_type="remote_explosive_landmine_ied", killed=Count.exact(2))
    assert veto(features(first), features(second)) == "date"
    assert len(fuse([first, second])) == 2


@pytest.mark.parametrize(("change", "reason"), [
    ({"place": PESHAWAR}, "place"),
    ({"place": QUETTA}, "place"),
    ({"date": DateValue(2019, 3, 15), "published": "2019-03-15"}, "date"),
    ({"index": 1, "article": "a1"}, "same-article"),
])
def test_hard_constraints(change: dict[str, object], reason: str) -> None:
    base = blast_reports()[0]
    kwargs: dict[str, object] = {"killed": Count.exact(12)}
    article = str(change.pop("article", "x9"))
    kwargs.update(change)
    other = report(article, base.incident.summary, **kwargs)  # type: ignore[arg-type]
    assert veto(features(base), features(other)) == reason
    assert similarity(features(base), features(other)) == -1.0


def test_time_of_day_and_type_constraints() -> None:
    morning = report("t1", "A grenade exploded near a shop in Quetta on Monday morning.",
                     place=QUETTA, event_type="grenade")
    evening = report("t2", "A grenade exploded near a shop in Quetta on Monday evening.",
                     place=QUETTA, event_type="grenade")
    assert veto(features(morning), features(evening)) == "time"
    site_a = report("s1", "Gunmen kidnapped two engineers from their site office.",
                    place=QUETTA, event_type="abduction_forced_disappearance",
                    facility="site office")
    site_b = report("s2", "A bomb went off at the bus stand.", place=QUETTA,
                    event_type="remote_explosive_landmine_ied", facility="bus stand")
    assert veto(features(site_a), features(site_b)) == "type"
    assert time_of_day("late on Monday night") == (19, 24)
    assert time_of_day("late at night") == (21, 24)
    assert time_of_day("at about 9 am on Monday") == (8, 11)
    assert time_of_day("hours after a morning blast, a night attack") is None


def bridge_reports() -> tuple[Mention, Mention, Mention]:
    """x and y are too different to link; z, arriving last, matches both."""
    x = report("x", "A suicide bomber struck a police checkpoint killing twelve officers.",
               killed=Count.exact(12), actors=("Tehrik-i-Taliban Pakistan",))
    y = report("y", "Mourners buried the victims of the Kotla Saidan bombing as traders shut "
                    "their shops in protest.", date=DateValue(2019, 3, 12),
               published="2019-03-12", place=DIK_DISTRICT)
    z = report("z", "Mourners buried twelve officers killed by a suicide bomber at the Kotla "
                    "Saidan checkpoint; traders shut their shops.", published="2019-03-12",
               place=DIK_DISTRICT, killed=Count.exact(12))
    return x, y, z


def test_a_report_that_matches_two_incidents_joins_them() -> None:
    x, y, z = (features(m) for m in bridge_reports())
    assert similarity(x, y) < DEFAULT.threshold
    assert similarity(x, z) >= DEFAULT.threshold and similarity(y, z) >= DEFAULT.threshold
    fuser = Fuser()
    assert fuser.add(x) != fuser.add(y)
    fuser.add(z)
    assert len(fuser.clusters) == 1 and len(fuser.merged) == 1
    # An analyst's split between x and y is never undone by a bridging report.
    cons = Constraints()
    cons.split([y.key], [x.key])
    fuser = Fuser(constraints=cons)
    for f in (x, y, z):
        fuser.add(f)
    assert len(fuser.clusters) == 2 and not fuser.merged


def test_spellings_of_one_place_match() -> None:
    a, b, c = (features(m) for m in blast_reports())
    assert veto(a, b) is None and similarity(a, b) > DEFAULT.threshold
    # "D.I. Khan" resolved to the district: the finest common level is the district.
    assert similarity(b, c) > similarity(a, c) - 0.3


# -- blocking ---------------------------------------------------------------------------------

def test_blocking_only_compares_nearby_incidents() -> None:
    fuser = Fuser()
    for day in range(1, 29):  # one incident a day in each of two provinces
        for place, name in ((DIK, "k"), (QUETTA, "q")):
            m = report(f"{name}{day}", f"A bomb exploded on day {day}.", place=place,
                       date=DateValue(2019, 2, day), published=f"2019-02-{day:02d}",
                       event_type="remote_explosive_landmine_ied", killed=Count.exact(day))
            fuser.seed([features(m)])
    assert len(fuser.clusters) == 56
    probe = features(report("new", "A bomb exploded.", date=DateValue(2019, 2, 14),
                            published="2019-02-14", event_type="remote_explosive_landmine_ied"))
    found = fuser.candidates([probe])
    days = sorted(int(fuser.clusters[c].members[0].key[0][1:]) for c in found)
    names = {fuser.clusters[c].members[0].key[0][0] for c in found}
    assert names == {"k"} and days == [12, 13, 14, 15, 16]


def test_undated_report_uses_its_publication_days() -> None:
    undated = report("u1", "At least 30 worshippers were killed when a suicide bomber attacked "
                           "a mosque in Peshawar during Friday prayers.", place=PESHAWAR,
                     date=None, published="2022-03-04", killed=Count(low=30,
                                                                      qualifier="at_least"))
    dated = report("u2", "A suicide bombing at a mosque in Peshawar killed 56 people on Friday.",
                   place=PESHAWAR, date=DateValue(2022, 3, 4), published="2022-03-04",
                   killed=Count.exact(56))
    assert len(fuse([undated, dated])) == 1
    never = report("u3", "A bomb exploded.", place=PESHAWAR, date=None, published=None)
    assert len(fuse([never, dated])) == 2


# -- analyst constraints ----------------------------------------------------------------------

def test_constraints_replay_in_order() -> None:
    cons = Constraints()
    cons.merge([("a", 0), ("b", 0)])
    cons.merge([("b", 0), ("c", 0)])
    assert cons.group(("a", 0)) == {("a", 0), ("b", 0), ("c", 0)}
    cons.split([("c", 0)], [("a", 0), ("b", 0)])
    assert cons.group(("a", 0)) == {("a", 0), ("b", 0)}
    assert cons.forbidden(("c", 0)) == {("a", 0), ("b", 0)}
    cons.merge([("c", 0), ("a", 0)])  # a later merge overrides the split
    assert cons.forbidden(("c", 0)) == set()
    assert cons.group(("c", 0)) == {("a", 0), ("b", 0), ("c", 0)}


def test_must_and_cannot_links_override_matching() -> None:
    blast, shooting = blast_reports(), night_shooting()
    cons = Constraints()
    cons.split([("a3", 0)], [("a1", 0), ("a2", 0)])  # an analyst says a3 is another event
    cons.merge([("b1", 0), ("a1", 0)])               # ... and b1 belongs with a1
    fuser = fuse_features([features(m) for m in blast + shooting], constraints=cons)
    groups = {frozenset(k[0] for k in keys) for keys in fuser.groups().values()}
    assert frozenset({"a1", "a2", "b1"}) in groups or frozenset({"a1", "b1"}) in groups
    assert not any({"a3", "a1"} <= g for g in groups)


# -- reconciliation ---------------------------------------------------------------------------

def test_reconciled_figures_follow_ucdp() -> None:
    fused = reconcile(blast_reports())
    killed = fused.incident.killed
    # Low: the lowest figure reported; high: the highest; best: the latest report's.
    assert (killed.low, killed.high, killed.best) == (10, 19, 19)
    assert fused.incident.wounded.to_dict()["low"] == 30
    assert [s.figures["killed"].low for s in fused.sources] == [12, 10, 19]
    assert fused.sources[0].url == "https://news.example/a1"
    assert set(fused.disagreements()) == {"killed"}
    assert [p.actor for p in fused.incident.perpetrators] == ["Tehrik-i-Taliban Pakistan"]
    assert fused.incident.place.precision == "locality"
    assert fused.incident.date == MONDAY


def test_an_open_later_figure_keeps_the_range_open() -> None:
    first = report("r1", "Twelve were killed.", killed=Count.exact(12))
    later = report("r2", "At least 19 were killed.", published="2019-03-12",
                   killed=Count(low=19, qualifier="at_least"))
    killed = reconcile([first, later]).incident.killed
    # 12 is below the latest report's floor, so no best; the high end is open.
    assert (killed.low, killed.high, killed.best, killed.qualifier) == (12, None, None,
                                                                       "at_least")


def test_every_method_a_report_names_is_kept() -> None:
    """One report tells the bomb, another the gunfire that followed: the fused incident keeps
    the primary method and the others as secondary attack types (GTD attacktype2/3)."""
    first, second, third = blast_reports()
    first.incident.attack_type = second.incident.attack_type = "bombing"
    third.incident.attack_type = "armed_assault"
    second.incident.secondary_attack_types = ["kidnapping"]
    fused = reconcile([first, second, third]).incident
    assert fused.attack_type == "bombing"
    assert fused.secondary_attack_types == ["kidnapping", "armed_assault"]  # GTD's order


def test_single_report_is_unchanged() -> None:
    m = blast_reports()[0]
    fused = reconcile([m]).incident
    assert fused.killed == m.incident.killed and fused.wounded == m.incident.wounded
    with pytest.raises(ValueError):
        reconcile([])


# -- scores -----------------------------------------------------------------------------------

def test_cluster_scores() -> None:
    gold = {1: "a", 2: "a", 3: "a", 4: "b", 5: "b"}
    perfect = score_clusters(gold, gold)
    assert perfect.bcubed_f1 == perfect.pairwise_f1 == 1.0
    pred = {1: "x", 2: "x", 3: "y", 4: "y", 5: "y"}
    s = score_clusters(gold, pred)
    # Pairs: gold {12,13,23,45}, predicted {12,34,35,45}: 2 in common.
    assert (s.pairwise_precision, s.pairwise_recall) == (0.5, 0.5)
    # B-cubed precision: (1 + 1 + 1/3 + 2/3 + 2/3) / 5; recall: (2/3 + 2/3 + 1/3 + 1 + 1) / 5.
    assert s.bcubed_precision == pytest.approx(11 / 15)
    assert s.bcubed_recall == pytest.approx(11 / 15)
    with pytest.raises(ValueError):
        score_clusters(gold, {1: "x"})


# -- the corpus -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_results() -> dict[str, object]:
    from eventwatch.fuse.corpus import evaluate_corpus
    from eventwatch.resources import Resources

    return {r.mode: r for r in evaluate_corpus(CORPUS, Resources())}


def test_corpus_fusion_alone_meets_the_target(corpus_results: dict[str, object]) -> None:
    result = corpus_results["gold_mentions"]
    assert result.scores.bcubed_f1 >= 0.95, result.to_dict()  # type: ignore[attr-defined]
    assert result.scores.pairwise_precision >= 0.95  # type: ignore[attr-defined]


def test_corpus_end_to_end_floor(corpus_results: dict[str, object]) -> None:
    """Real extraction, then fusion, pinned at the measured score (B-cubed F1 1.000 since
    stop 30, 0.982 before; the issue's target is 0.95), so that an extraction rule that costs
    fusion a report fails here.  A loss is an extraction miss or a place in the wrong
    country (docs/fusion.md); fusion merging different incidents shows up as lost
    precision."""
    result = corpus_results["end_to_end"]
    scores = result.scores  # type: ignore[attr-defined]
    assert scores.bcubed_f1 >= 0.999, result.to_dict()  # type: ignore[attr-defined]
    assert scores.bcubed_precision >= 0.999 and scores.pairwise_precision >= 0.999


def test_corpus_errors_name_the_line(tmp_path: Path) -> None:
    from eventwatch.errors import DataError
    from eventwatch.fuse.corpus import load_corpus

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "t", "gold": [{}]}\n', encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_corpus(bad)
    assert f"{bad}:1" in str(info.value) and "incident" in str(info.value)
