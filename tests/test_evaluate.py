"""Tests of the evaluation side: gold loading, matching, field rules, SATP metrics, the CLI."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwatch.cli import main
from eventwatch.errors import DataError
from eventwatch.evaluate import (
    align,
    check_gates,
    compare_incident,
    evaluate,
    example_based_f1,
    flat_scores,
    incident_labels,
    load_gold,
    load_gold_file,
    load_satp,
    render_text,
    score_satp,
    to_json,
)
from eventwatch.evaluate.compare import attackers_match, location_matches, names_equal
from eventwatch.evaluate.gold import GoldDocument, GoldIncident, _locate, parse_gold_date
from eventwatch.evaluate.matching import hungarian
from eventwatch.evaluate.satp import (
    example_based_accuracy,
    example_based_precision,
    example_based_recall,
)
from eventwatch.evaluate.scoring import score_relations, score_statistics
from eventwatch.models import Article, DateValue, Relation, Statistic

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

TEXT = ("Gunmen killed three policemen in Dashat area of Mastung District on May 16. "
        "Separately, a bomb wounded two people in Quetta on May 17. "
        "Police later launched a search operation in the area.")


def identity(name: str) -> str:
    return name


def span_of(text: str, part: str) -> list[int]:
    start = text.index(part)
    return [start, start + len(part)]


def gold_incident(ident: str, evidence: str, **fields: Any) -> dict[str, Any]:
    return {"id": ident, "evidence": evidence, "evidence_span": span_of(TEXT, evidence),
            **fields}


GOLD_A = gold_incident(
    "mastung", "Gunmen killed three policemen in Dashat area of Mastung District on May 16.",
    date={"year": None, "month": 5, "day": 16, "precision": "day"}, country="PK",
    admin1="Balochistan", admin2="Mastung", location="Dashat", attack_type="armed_assault",
    event_type="attack", suicide=False, target_type="police",
    killed={"low": 3, "high": 3, "best": 3, "qualifier": "exact"}, wounded=None,
    killed_by_category={"security_forces": 3},
    perpetrators=[{"actor": None, "mention": "Gunmen", "status": "attributed",
                   "kind": "non_state"}])
GOLD_B = gold_incident(
    "quetta", "a bomb wounded two people in Quetta on May 17.",
    date={"year": None, "month": 5, "day": 17, "precision": "day"}, country="PK",
    admin1="Balochistan", admin2="Quetta", location="Quetta", attack_type="bombing",
    event_type="remote_explosive_landmine_ied", suicide=False, target_type="unknown",
    killed=None, wounded={"low": 2, "high": 2, "best": 2, "qualifier": "exact"},
    killed_by_category={}, perpetrators=[])


def to_prediction(raw: dict[str, Any], text: str) -> dict[str, Any]:
    """A prediction that says exactly what the gold incident says (Incident.to_dict shape)."""
    date = parse_gold_date(raw, "test")
    gold = GoldIncident("g", raw, None, _locate(text, raw))
    assert gold.span is not None, raw["id"]
    start, end = gold.span

    def count(value: dict[str, Any] | None, cats: dict[str, int] | None = None) -> dict[str, Any]:
        value = value or {}
        return {"low": value.get("low"), "high": value.get("high"), "best": value.get("best"),
                "qualifier": value.get("qualifier") or "exact", "by_category": cats or {}}

    attackers = raw.get("attackers")
    if isinstance(attackers, dict):  # a range in the gold; extraction gives one number
        attackers = attackers["low"]
    perps = []
    for p in raw.get("perpetrators") or []:
        status = p.get("status") or ("claimed" if p.get("claimed") else "attributed")
        perps.append({"actor": p.get("actor"), "mention": p.get("mention") or "",
                      "kind": p.get("kind") or "unknown", "status": status})
    return {
        "date": None if date is None or date.empty else {
            "value": None, "year": date.year, "month": date.month, "day": date.day,
            "precision": date.precision},
        "place": {"country": raw.get("country"), "admin1": raw.get("admin1"),
                  "admin2": raw.get("admin2"), "name": raw.get("location"),
                  "precision": "locality"},
        "event_type": raw.get("event_type", "attack"), "attack_type": raw.get("attack_type"),
        "suicide": bool(raw.get("suicide")), "target_type": raw.get("target_type", "unknown"),
        "killed": count(raw.get("killed"), raw.get("killed_by_category")),
        "wounded": count(raw.get("wounded")), "kidnapped": count(raw.get("kidnapped")),
        "arrested": count(raw.get("arrested")), "attackers": attackers,
        "perpetrators": perps,
        "evidence": [{"field": "incident", "start": start, "end": end, "text": text[start:end]}],
    }


def make_doc(incidents: list[dict[str, Any]], **extra: Any) -> GoldDocument:
    gold = [GoldIncident(g["id"], g, parse_gold_date(g, "t"), tuple(g["evidence_span"]))
            for g in incidents]
    optional = [GoldIncident(o["id"], o, parse_gold_date(o, "t"),
                             tuple(o["evidence_span"]) if "evidence_span" in o else None)
                for o in extra.pop("optional", [])]
    return GoldDocument(id="doc", path=Path("doc.gold.json"), text=TEXT,
                        article=Article(text=TEXT), incidents=gold, optional=optional, **extra)


# --- SATP metrics -------------------------------------------------------------------------

def test_example_based_f1_skips_rows_where_both_are_empty() -> None:
    y_true = [[0, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0], [1, 1, 0, 0]]
    y_pred = [[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], [1, 0, 0, 0]]
    # rows 2-4 count: 1, 0 and 2*1/(2+1); the both-empty first row is skipped
    assert example_based_f1(y_true, y_pred) == pytest.approx((1 + 0 + 2 / 3) / 3)
    assert example_based_f1([[0, 0, 0, 0]], [[0, 0, 0, 0]]) == 0.0


def test_example_based_precision_recall_accuracy_use_their_own_rows() -> None:
    y_true = [[1, 0, 0, 0], [0, 0, 0, 0], [1, 1, 0, 0]]
    y_pred = [[0, 0, 0, 0], [0, 1, 0, 0], [1, 0, 0, 0]]
    assert example_based_precision(y_true, y_pred) == pytest.approx((0 + 1) / 2)
    assert example_based_recall(y_true, y_pred) == pytest.approx((0 + 0.5) / 2)
    assert example_based_accuracy(y_true, y_pred) == pytest.approx((0 + 0 + 0.5) / 3)


def test_incident_labels_map_gtd_attack_types_to_satp_classes() -> None:
    assert incident_labels({"attack_type": "armed_assault"}) == {"armed_assault"}
    assert incident_labels({"attack_type": "hostage_barricade"}) == {"kidnapping"}
    assert incident_labels({"attack_type": "assassination", "event_type": "attack"}) == {"other"}
    assert incident_labels({"attack_type": "assassination",
                            "event_type": "remote_explosive_landmine_ied"}) == {"bombing"}
    assert incident_labels({"attack_type": None, "event_type": "armed_clash"}) == set()
    state = {"attack_type": "armed_assault", "perpetrators": [{"actor": None, "kind": "state"}]}
    assert incident_labels(state) == set()


def test_load_and_score_satp(tmp_path: Path) -> None:
    tsv = tmp_path / "dev.tsv"
    tsv.write_text("A bomb went off \"near\" a school.\t0\t1\t0\t0\n"
                   "Leaders met.\t0\t0\t0\t0\n"
                   "Gunmen abducted two.\t1\t0\t1\t0\n", encoding="utf-8")
    examples = load_satp(tsv)
    assert [e.id for e in examples] == ["dev-0", "dev-1", "dev-2"]
    assert examples[0].text.startswith('A bomb went off "near"')
    preds = {"dev-0": {"incidents": [{"attack_type": "bombing"}]},
             "dev-1": {"incidents": []},
             "dev-2": {"incidents": [{"attack_type": "kidnapping"}]}}
    rep = score_satp(examples, preds)
    assert rep.scored == 2
    assert rep.f1 == pytest.approx((1 + 2 / 3) / 2)
    assert rep.per_class["armed_assault"]["fn"] == 1
    assert rep.confusion["gold_empty_pred_empty"] == 1
    assert rep.confusion["gold_labels_pred_labels"] == 2
    assert [m["id"] for m in rep.mismatches] == ["dev-2"]


def test_bad_satp_row_names_file_and_line(tmp_path: Path) -> None:
    tsv = tmp_path / "x.tsv"
    tsv.write_text("ok\t0\t0\t0\t0\nbroken\t0\t2\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"E015.*x\.tsv:2"):
        load_satp(tsv)


# --- matching and field rules --------------------------------------------------------------

def test_perfect_predictions_in_any_order_score_one() -> None:
    doc = make_doc([GOLD_A, GOLD_B])
    preds = [to_prediction(GOLD_B, TEXT), to_prediction(GOLD_A, TEXT)]
    report = evaluate([doc], {"doc": {"incidents": preds}}, identity)
    assert (report.incidents.tp, report.incidents.fp, report.incidents.fn) == (2, 0, 0)
    assert {(p.gold_id, p.pred_index) for p in report.documents[0].pairs} == {("mastung", 1),
                                                                              ("quetta", 0)}
    assert all(t.correct == t.gold for t in report.fields.values())


def test_unrelated_prediction_is_a_false_positive_not_a_match() -> None:
    doc = make_doc([GOLD_A])
    other = to_prediction(GOLD_B, TEXT)
    report = evaluate([doc], {"doc": {"incidents": [other]}}, identity)
    assert report.incidents.tp == 0
    assert report.documents[0].false_positives == [0]
    assert report.documents[0].missed == ["mastung"]
    # misses count as wrong in the all-gold accuracy, and not at all over matched ones
    assert report.fields["date"].accuracy_all == 0.0
    assert report.fields["date"].accuracy_matched is None


def test_optional_incident_is_neither_rewarded_nor_penalised() -> None:
    optional = {"id": "opt-quetta", "country": "PK", "location": "Quetta",
                "evidence": "a bomb wounded two people in Quetta on May 17."}
    doc = make_doc([GOLD_A], optional=[optional])
    preds = [to_prediction(GOLD_A, TEXT), to_prediction(GOLD_B, TEXT)]
    report = evaluate([doc], {"doc": {"incidents": preds}}, identity)
    assert (report.incidents.tp, report.incidents.fp, report.incidents.fn) == (1, 0, 0)
    assert report.incidents.precision == 1.0
    assert report.optional == 1
    # without the optional entry the same prediction is a false positive
    plain = evaluate([make_doc([GOLD_A])], {"doc": {"incidents": preds}}, identity)
    assert plain.incidents.fp == 1


def test_must_not_predictions_are_counted_as_violations() -> None:
    must_not = [{"what": "any incident dated 2021-09-19", "why": "crawl date"},
                {"what": "liberation of Mosul", "why": "a military operation"},
                {"what": "the Police search operation in the area", "why": "no clash"}]
    doc = make_doc([GOLD_A], must_not=must_not)
    crawl = to_prediction(GOLD_B, TEXT)
    crawl["date"] = {"value": "2021-09-19", "year": 2021, "month": 9, "day": 19,
                     "precision": "day"}
    crawl["evidence"] = []
    mosul = to_prediction(GOLD_B, TEXT)
    mosul["place"] = {"country": "IQ", "admin1": None, "admin2": None, "name": "Mosul"}
    mosul["evidence"] = []
    search = {"place": {}, "evidence": [{"field": "incident", "start": 0, "end": 0,
                                         "text": "Police later launched a search operation "
                                                 "in the area."}]}
    preds = [to_prediction(GOLD_A, TEXT), crawl, mosul, search]
    report = evaluate([doc], {"doc": {"incidents": preds}}, identity)
    res = report.documents[0]
    assert [i for i, _ in res.violations] == [1, 2, 3]
    assert report.violations == 3
    assert res.false_positives == []
    assert report.incidents.precision == pytest.approx(1 / 4)  # violations are wrong too


def test_a_must_not_site_is_not_every_place_named_after_it() -> None:
    """A prediction in the town "Malir" is not "the protest at Malir City Police Station";
    one at that station, or in "Malir City" itself, is."""
    must_not = [{"what": "the protest and stone-pelting at Malir City Police Station"}]
    doc = make_doc([GOLD_A], must_not=must_not)
    town = to_prediction(GOLD_B, TEXT)
    town["place"] = {"country": "PK", "admin1": "Sindh", "admin2": "Karachi", "name": "Malir"}
    town["evidence"] = []
    station = to_prediction(GOLD_B, TEXT)
    station["place"] = {"country": "PK", "admin1": "Sindh", "admin2": "Karachi",
                        "name": "Malir City Police Station"}
    station["evidence"] = []
    preds = [to_prediction(GOLD_A, TEXT), town, station]
    res = evaluate([doc], {"doc": {"incidents": preds}}, identity).documents[0]
    assert [i for i, _ in res.violations] == [2]
    assert res.false_positives == [1]


def test_dates_compare_month_day_when_gold_year_is_null() -> None:
    gold = GoldIncident("g", GOLD_A, parse_gold_date(GOLD_A, "t"))
    pred = to_prediction(GOLD_A, TEXT)
    pred["date"] = {"value": "2014-05-16", "year": 2014, "month": 5, "day": 16,
                    "precision": "day"}
    checks = {c.field: c.correct for c in compare_incident(gold, pred, identity)}
    assert checks["date"] and checks["date_precision"]
    pred["date"]["day"] = 15
    checks = {c.field: c.correct for c in compare_incident(gold, pred, identity)}
    assert not checks["date"]


def test_seed_style_gold_fields() -> None:
    raw = {"id": "q", "date": "2016-08-08", "date_precision": "day", "country": "PK",
           "location": "Quetta", "killed": {"low": 70, "qualifier": "at_least"},
           "perpetrators": [{"actor": "Islamic State", "claimed": True},
                            {"actor": None, "mention": "a Taliban faction", "claimed": True}]}
    gold = GoldIncident("q", raw, parse_gold_date(raw, "t"))
    pred = {"date": {"value": "2016-08", "year": 2016, "month": 8, "day": None,
                     "precision": "month"},
            "place": {"country": "PK", "name": "southwestern city of Quetta"},
            "killed": {"low": 70, "qualifier": "exact", "by_category": {}},
            "perpetrators": [{"actor": "Islamic State Khorasan Province", "status": "claimed"},
                             {"actor": None, "mention": "a Taliban faction",
                              "status": "claimed"}]}
    family = {"Islamic State Khorasan Province": "Islamic State"}.get
    checks = {c.field: c.correct
              for c in compare_incident(gold, pred, lambda n: family(n) or n)}
    assert not checks["date"] and not checks["date_precision"]
    assert checks["location"] and checks["country"]
    assert not checks["killed"] and checks["killed_low"]
    assert checks["perpetrator"] and checks["perpetrator_status"]
    assert "perpetrator_kind" not in checks and "event_type" not in checks
    pred["perpetrators"] = pred["perpetrators"][:1]  # the unnamed claimant is missing
    checks = {c.field: c.correct
              for c in compare_incident(gold, pred, lambda n: family(n) or n)}
    assert not checks["perpetrator"] and not checks["perpetrator_status"]


def test_null_counts_equal_empty_predicted_counts() -> None:
    gold = GoldIncident("g", GOLD_B, parse_gold_date(GOLD_B, "t"))
    pred = to_prediction(GOLD_B, TEXT)
    pred["killed"] = {"low": 0, "high": 0, "best": 0, "qualifier": "exact", "by_category": {}}
    checks = {c.field: c.correct for c in compare_incident(gold, pred, identity)}
    assert checks["killed"] and checks["killed_by_category"]
    pred["killed"]["low"] = 1
    checks = {c.field: c.correct for c in compare_incident(gold, pred, identity)}
    assert not checks["killed"]


def test_location_is_fuzzy_but_admin_units_are_not() -> None:
    raw = dict(GOLD_A, location="Pehlipora village", admin2="Shopian")
    gold = GoldIncident("g", raw, None)
    pred = to_prediction(GOLD_A, TEXT)
    pred["place"] = {"country": "PK", "admin1": "Balochistan", "admin2": "Shopian District",
                     "name": "Pehlipora"}
    checks = {c.field: c.correct for c in compare_incident(gold, pred, identity)}
    assert checks["location"] and checks["admin2"]
    pred["place"]["admin2"] = "Pulwama"
    pred["place"]["name"] = "Pulwama"
    checks = {c.field: c.correct for c in compare_incident(gold, pred, identity)}
    assert not checks["location"] and not checks["admin2"]


def test_place_names_tolerate_transliteration_but_not_other_places() -> None:
    assert names_equal("Shopian", "Shupiyan District")
    assert names_equal("Naseerabad", "Nasirabad")
    assert not names_equal("Dir", "Dera")
    assert not names_equal("Kurram", "Karak")
    assert location_matches("Khwaja Ghar", "Khwajah Ghar")
    assert not location_matches("Dir", "Dera Ismail Khan")
    assert not location_matches("Chaman", "Quetta")
    # one name written apart or together, with or without the Arabic article
    assert location_matches("Tchintabaraden", "Tchin Tabaraden")
    assert location_matches("Zawiya", "Az Zawiyah")
    assert not location_matches("Zawiya", "Az Zarqa")
    # (run together and spelled apart at once: GeoNames' "Dum Duma", the press's "Doomdooma")
    assert location_matches("Dum Duma", "Doomdooma")
    assert not location_matches("Dum Duma", "Dumka")


def test_attackers_range() -> None:
    assert attackers_match({"low": 15, "high": 20, "qualifier": "range"}, 18)
    assert not attackers_match({"low": 15, "high": 20}, 21)
    assert attackers_match(3, 3) and not attackers_match(3, None)


def test_hungarian_finds_the_best_assignment() -> None:
    rng = random.Random(7)
    for rows, cols in [(1, 1), (2, 3), (3, 2), (4, 4), (5, 3)]:
        for _ in range(20):
            m = [[rng.random() for _ in range(cols)] for _ in range(rows)]
            pairs = hungarian(m)
            assert len(pairs) == min(rows, cols)
            best = max(sum(m[r][c] for r, c in zip(rs, cs, strict=False))
                       for rs in itertools.permutations(range(rows), min(rows, cols))
                       for cs in [range(cols)] if cols <= rows
                       ) if cols <= rows else max(
                sum(m[r][c] for r, c in zip(range(rows), cs, strict=False))
                for cs in itertools.permutations(range(cols), rows))
            assert sum(m[r][c] for r, c in pairs) == pytest.approx(best)


def test_align_respects_minimum_similarity() -> None:
    doc = make_doc([GOLD_A])
    al = align(doc.incidents, [{"place": {"name": "Mosul"}}], TEXT)
    assert al.pairs == [] and al.false_positives == [0]


def test_statistics_and_relations_from_model_records() -> None:
    gold_stats = [
        {"scope": {"country": "PK"}, "period": "2018", "measure": "killed", "value": 595,
         "source": "Pakistan Institute of Peace Studies"},
        {"scope": {"country": "PK", "admin1": ["Balochistan", "Khyber Pakhtunkhwa"],
                   "actor": "Islamic State"}, "period": "2018", "measure": "killed",
         "share_pct": 38},
        {"scope": {"country": "PK"}, "period": "2019-01", "measure": "wounded", "value": 69,
         "by_category": {"security_forces": 31, "civilians": 36, "militants": 2}},
    ]
    preds = [
        Statistic("killed", DateValue(2018, precision="year"), {"country": "PK"}, value=595,
                  source="the Pakistan Institute of Peace Studies").to_dict(),
        Statistic("killed", DateValue(2018, precision="year"),
                  {"country": "PK", "admin1": ["Khyber Pakhtunkhwa", "Balochistan"],
                   "actor": "ISKP"}, share_pct=38.0).to_dict(),
        Statistic("wounded", DateValue(2019, 1, precision="month"), {"country": "PK"},
                  value=69, by_category={"security_forces": 31, "civilians": 36}).to_dict(),
        Statistic("attacks", DateValue(2019, 1, precision="month"), {"country": "PK"},
                  value=26).to_dict(),
    ]
    prf, checks = score_statistics(gold_stats, preds,
                                   lambda n: {"ISKP": "Islamic State"}.get(n, n))
    assert (prf.tp, prf.fp, prf.fn) == (3, 1, 0)
    assert {(c.field, c.correct) for c in checks} == {
        ("value", True), ("source", True), ("share_pct", True), ("by_category", False)}
    gold_rels = [{"a": "Lashkar-e-Jhangvi", "b": "Islamic State", "kind": "affiliate"},
                 {"a": "Islamic State", "b": "Lashkar-e-Jhangvi", "kind": "joint_claim"}]
    pred_rels = [Relation("Lashkar-e-Jhangvi", "Islamic State", "joint_claim").to_dict(),
                 Relation("Islamic State", "Lashkar-e-Jhangvi", "affiliate").to_dict()]
    prf, diff = score_relations(gold_rels, pred_rels)
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 1)  # joint_claim is unordered, affiliate is not
    assert diff["missed"] == ["lashkar e jhangvi islamic state affiliate"]


# --- gold files, gates and the CLI ----------------------------------------------------------

def write_gold(tmp_path: Path, name: str = "doc-1") -> Path:
    data = {"text": TEXT, "published": None, "incidents": [GOLD_A, GOLD_B],
            "must_not": [{"what": "liberation of Mosul"}]}
    path = tmp_path / "gold" / f"{name}.gold.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_gold_directory_and_bad_files(tmp_path: Path) -> None:
    write_gold(tmp_path, "doc-1")
    write_gold(tmp_path / "gold", "doc-2")  # gold/gold/doc-2.gold.json: found recursively
    docs = load_gold([tmp_path / "gold", tmp_path / "gold" / "gold" / "doc-2.gold.json"])
    assert [d.id for d in docs] == ["doc-1", "doc-2"]
    write_gold(tmp_path / "other", "doc-1")
    with pytest.raises(DataError, match="also used by"):
        load_gold([tmp_path / "gold", tmp_path / "other"])
    assert docs[0].incidents[0].span == tuple(GOLD_A["evidence_span"])
    bad = tmp_path / "bad.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match=r"E014.*bad\.gold\.json"):
        load_gold_file(bad)
    no_seed = tmp_path / "gold" / "article.gold.json"
    no_seed.write_text(json.dumps({"incidents": []}), encoding="utf-8")
    with pytest.raises(DataError, match="no seed article"):
        load_gold_file(no_seed)


def test_full_article_gold_reads_its_seed(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "art.txt").write_text("Header line\n\n" + TEXT, encoding="utf-8")
    gold = {"article": {"published": "2019-03-15", "boilerplate_lines": ["Header line"]},
            "incidents": [{k: v for k, v in GOLD_A.items() if k != "evidence_span"}]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "art.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    doc = load_gold_file(tmp_path / "gold" / "art.gold.json")
    assert doc.incidents[0].span is not None
    start, end = doc.incidents[0].span
    assert doc.text[start:end] == GOLD_A["evidence"]
    pred = {"published": "2019-03-15",
            "incidents": [to_prediction(doc.incidents[0].raw, doc.text)]}
    report = evaluate([doc], {"art": pred}, identity)
    assert report.article["published"].correct == 1
    assert report.incidents.tp == 1


def test_gates() -> None:
    doc = make_doc([GOLD_A, GOLD_B])
    report = evaluate([doc], {"doc": {"incidents": [to_prediction(GOLD_A, TEXT)]}}, identity)
    scores = flat_scores(report)
    assert scores["incidents.recall"] == 0.5
    assert scores["date"] == 0.5 and scores["date.matched"] == 1.0
    assert check_gates(report, {"date.matched": 0.9}) == []
    assert len(check_gates(report, {"date": 0.9, "nonsense": 0.1})) == 2
    assert json.loads(json.dumps(to_json(report)))["scores"]["incidents.f1"] == pytest.approx(2 / 3)
    assert "MISSED quetta" in render_text(report, verbose=1)


def test_cli_eval_with_predictions_file(tmp_path: Path) -> None:
    gold = write_gold(tmp_path)
    preds = tmp_path / "pred.jsonl"
    wrong = to_prediction(GOLD_B, TEXT)
    wrong["target_type"] = "police"
    lines = [{"id": "doc-1", "incidents": [to_prediction(GOLD_A, TEXT), wrong]}]
    preds.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["eval", str(gold), "--predictions", str(preds), "-v"])
    assert res.exit_code == 0, res.output
    assert 'target_type: gold "unknown"  pred "police"' in res.output
    res = runner.invoke(main, ["eval", str(gold.parent), "-p", str(preds), "--json",
                               "--min-score", "target_type=0.9"])
    assert res.exit_code == 1
    report = json.loads(res.stdout)
    assert report["fields"]["target_type"]["correct"] == 1
    assert report["incidents"]["f1"] == 1.0
    res = runner.invoke(main, ["eval", str(gold), "-p", str(preds), "--min-score", "oops"])
    assert res.exit_code == 2


def test_cli_dump_inputs(tmp_path: Path) -> None:
    gold = write_gold(tmp_path)
    out = tmp_path / "in.jsonl"
    res = CliRunner().invoke(main, ["eval", str(gold), "--dump-inputs", str(out)])
    assert res.exit_code == 0, res.output
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert records == [{"id": "doc-1", "text": TEXT}]


# --- the shared gold set (../shared beside the checkout) ------------------------------------

def test_shared_gold_scores_one_against_itself() -> None:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared/gold is not available")
    docs = load_gold([SHARED / "gold"])
    assert len(docs) >= 2
    assert all(g.span is not None for d in docs for g in d.incidents)
    predictions = {d.id: {"incidents": [to_prediction(g.raw, d.text) for g in d.incidents]}
                   for d in docs}
    report = evaluate(docs, predictions, identity)
    assert report.incidents.tp == sum(len(d.incidents) for d in docs)
    assert report.incidents.fp == 0 and report.violations == 0
    for name, tally in report.fields.items():
        assert tally.correct == tally.matched, name
