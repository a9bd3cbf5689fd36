"""Fusion at scale: time and peak memory to fuse N synthetic mentions on one core.

Generates mentions from a seeded RNG (``--seed``), as news arrives: incidents happen at a
fixed rate (``--per-day``, spread over 10 countries x 6 provinces x 5 districts x 8 towns),
each is reported 1-6 times over the following days by different outlets, with the noise real
reports have: places at town, district or province precision, dates a day off or missing,
sub-event types of the same family or a vague "attack", tolls that rise in follow-up reports
("rose to"), perpetrators named by some reports only, times of day, paraphrased wording; and
hard negatives (a second, different attack in the same town on the same day).  Each report
becomes a real :class:`~eventwatch.models.Incident`, then features, then goes through
:class:`~eventwatch.fuse.Fuser` one by one (the incremental path; bulk fusion is the same loop
in publication order).  Only the features stay in memory.

Each size runs in a fresh process pinned to one CPU so that its peak RSS is its own.  Reports
seconds (total, and generation apart from fusion), mentions per second, peak RSS, the number
of comparisons, and pairwise / B-cubed scores against the generator's labels.  With
``--reconcile N`` the first N mentions are kept and their incidents reconciled, timed apart.

    .venv/bin/python benchmarks/bench_fusion.py 100000 1000000 [--json]
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

COUNTRIES = ("PK", "AF", "IN", "NG", "SO", "IQ", "SY", "ML", "YE", "CD")
TYPES = {  # event type -> (weight, same-family variant)
    "suicide_bomb": (10, "remote_explosive_landmine_ied"),
    "remote_explosive_landmine_ied": (20, "suicide_bomb"),
    "grenade": (5, "remote_explosive_landmine_ied"),
    "attack": (30, "armed_clash"),
    "armed_clash": (20, "attack"),
    "abduction_forced_disappearance": (8, "attack"),
    "air_drone_strike": (4, "shelling_artillery_missile_attack"),
    "arrests": (3, "arrests"),
}
TOD = ("in the morning", "in the afternoon", "in the evening", "at night")
START = date(2015, 1, 1).toordinal()


def pseudo_word(n: int) -> str:
    """A distinct made-up word of letters only (the matcher ignores digits)."""
    consonants, vowels = "bcdfghjklmnprstvz", "aeiou"
    out = []
    for _ in range(3):
        n, c = divmod(n, len(consonants))
        n, v = divmod(n, len(vowels))
        out.append(consonants[c] + vowels[v])
    return "".join(out) + "n"


class World:
    """A synthetic geography and vocabulary, fixed by the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.places: list[tuple[str, str, str, str, float, float]] = []
        for c in COUNTRIES:
            for a in range(6):
                for d in range(5):
                    lat, lon = rng.uniform(0, 40), rng.uniform(0, 80)
                    for t in range(8):
                        self.places.append((c, f"{c} Province {a}", f"{c} District {a}-{d}",
                                            f"Town {c}{a}{d}{t}", lat + rng.uniform(-0.4, 0.4),
                                            lon + rng.uniform(-0.4, 0.4)))
        self.words = [pseudo_word(n) for n in range(5000)]
        self.actors = [f"Group {n}" for n in range(40)]
        types = list(TYPES)
        self.type_weights = [TYPES[t][0] for t in types]
        self.types = types


def day_str(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def incidents(world: World, rng: random.Random, per_day: float) -> Iterator[dict[str, Any]]:
    """Ground-truth incidents in date order (label, day, place, type, toll, ...)."""
    label = 0
    day = START
    while True:
        for _ in range(int(per_day) + (rng.random() < per_day % 1)):
            place = rng.choice(world.places)
            etype = rng.choices(world.types, world.type_weights)[0]
            base = {"label": label, "day": day, "place": place, "type": etype,
                    "killed": rng.choice((0, 1, 1, 2, 3, 4, 5, 7, 10, 15, 25, 40)),
                    "wounded": rng.randint(0, 30), "actor": rng.choice(world.actors)
                    if rng.random() < 0.4 else None,
                    "tod": rng.randrange(4) if rng.random() < 0.3 else None,
                    "words": rng.sample(world.words, 8)}
            label += 1
            yield base
            if rng.random() < 0.05:  # a different attack, same town, same day
                other = rng.choice([t for t in world.types if t != etype])
                tod = None if base["tod"] is None else (base["tod"] + 2) % 4
                yield {**base, "label": label, "type": other, "tod": tod,
                       "killed": rng.randint(0, 6), "words": rng.sample(world.words, 8)}
                label += 1
        day += 1


def reports(world: World, rng: random.Random, truth: dict[str, Any]) -> list[tuple]:
    """(published ordinal, label, Incident) for each report of one incident."""
    from eventwatch.models import Count, DateValue, Evidence, Incident, Perpetrator, Place

    out = []
    c, a1, a2, town, lat, lon = truth["place"]
    n = min(6, 1 + int(rng.expovariate(0.45)))
    killed = truth["killed"]
    for i in range(n):
        delay = 0 if i == 0 else rng.choice((0, 0, 1, 1, 1, 2, 3))
        published = truth["day"] + delay
        follow_up = i > 0 and delay > 0 and rng.random() < 0.3
        if follow_up:
            killed = killed + rng.randint(1, 5)
        r = rng.random()
        if follow_up:
            when = DateValue(*date.fromordinal(published).timetuple()[:3])
        elif r < 0.03:
            when = None
        elif r < 0.08:
            when = DateValue(*date.fromordinal(truth["day"] + rng.choice((-1, 1)))
                             .timetuple()[:3])
        else:
            when = DateValue(*date.fromordinal(truth["day"]).timetuple()[:3])
        r = rng.random()
        if r < 0.7:
            place = Place(c, a1, a2, town, "locality", lat, lon)
        elif r < 0.9:
            place = Place(c, a1, a2, a2, "district")
        elif r < 0.98:
            place = Place(c, a1, None, a1, "admin1")
        else:
            place = Place(c, None, None, c, "country")
        etype = truth["type"]
        r = rng.random()
        if r < 0.1:
            etype = TYPES[etype][1]
        elif r < 0.15:
            etype = "attack"
        words = [w for w in truth["words"] if rng.random() < 0.7]
        words += rng.sample(world.words, 3)
        text = " ".join(words)
        if truth["tod"] is not None and rng.random() < 0.6:
            text += " " + TOD[truth["tod"]]
        if follow_up:
            text = f"The death toll rose to {killed} " + text
        qualifier = rng.choice(("exact", "exact", "exact", "at_least"))
        count = (Count(low=killed, qualifier="at_least") if qualifier == "at_least"
                 else Count.exact(killed)) if killed or rng.random() < 0.5 else Count()
        perps = [Perpetrator(truth["actor"], truth["actor"], "non_state", "claimed")] \
            if truth["actor"] and rng.random() < 0.6 else []
        incident = Incident(
            date=when, place=place, event_type=etype, killed=count,
            wounded=Count.exact(truth["wounded"]) if rng.random() < 0.5 else Count(),
            perpetrators=perps, evidence=[Evidence("incident", 0, len(text), text)],
            confidence=0.8, summary=text)
        out.append((published, truth["label"], incident))
    return out


def arrivals(n: int, seed: int, per_day: float) -> Iterator[tuple[int, int, int, Any]]:
    """(published, label, article number, Incident) in publication order, n of them."""
    rng = random.Random(seed)
    world = World(rng)
    pending: list[tuple[int, int, int, Any]] = []
    article = 0
    emitted = 0
    for truth in incidents(world, rng, per_day):
        # Everything published before this incident's day has arrived by now.
        while pending and pending[0][0] < truth["day"]:
            yield heapq.heappop(pending)
            emitted += 1
            if emitted >= n:
                return
        for published, label, incident in reports(world, rng, truth):
            heapq.heappush(pending, (published, article, label, incident))
            article += 1


def run_one(n: int, seed: int, per_day: float, keep: int) -> dict[str, Any]:
    from eventwatch.fuse import Fuser, Mention, features, reconcile, score_clusters
    from eventwatch.fuse import score as score_module

    calls = [0]
    real = score_module.similarity

    def counted(a: Any, b: Any, p: Any = score_module.DEFAULT) -> float:
        calls[0] += 1
        return real(a, b, p)

    import eventwatch.fuse.cluster as cluster_module

    cluster_module.similarity = counted  # type: ignore[assignment]
    fuser = Fuser()
    labels: dict[tuple[str, int], int] = {}
    kept: list[Mention] = []
    gen_seconds = 0.0
    t0 = time.perf_counter()
    stream = arrivals(n, seed, per_day)
    while True:
        g0 = time.perf_counter()
        item = next(stream, None)
        if item is None:
            break
        published, article, label, incident = item
        mention = Mention((f"a{article}", 0), incident, day_str(published), "synthetic", None)
        gen_seconds += time.perf_counter() - g0
        labels[mention.key] = label
        fuser.add(features(mention))
        if len(kept) < keep:
            kept.append(mention)
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    predicted = {k: fuser.cluster_of[k] for k in labels}
    scores = score_clusters(labels, predicted)
    result: dict[str, Any] = {
        "mentions": len(labels), "incidents_true": len(set(labels.values())),
        "incidents_fused": len(fuser.clusters), "seconds": seconds,
        "generation_seconds": gen_seconds, "fusion_seconds": seconds - gen_seconds,
        "mentions_per_s": len(labels) / seconds, "comparisons": calls[0],
        "comparisons_per_mention": calls[0] / max(1, len(labels)), "peak_rss_mib": rss,
        "scores": scores.to_dict(),
    }
    if kept:
        groups: dict[int, list[Mention]] = {}
        for m in kept:
            groups.setdefault(fuser.cluster_of[m.key], []).append(m)
        r0 = time.perf_counter()
        for members in groups.values():
            reconcile(members)
        result["reconcile"] = {"mentions": len(kept), "incidents": len(groups),
                               "seconds": time.perf_counter() - r0}
    return result


def pin_to_one_cpu() -> int | None:
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def render(r: dict[str, Any]) -> str:
    s = r["scores"]
    lines = [
        f"{r['mentions']:>9} mentions -> {r['incidents_fused']} incidents "
        f"({r['incidents_true']} true)  one CPU",
        f"  {r['seconds']:.1f} s total ({r['generation_seconds']:.1f} s generating reports, "
        f"{r['fusion_seconds']:.1f} s features + fusion), {r['mentions_per_s']:.0f} mentions/s",
        f"  peak RSS {r['peak_rss_mib']:.0f} MiB; {r['comparisons_per_mention']:.1f} "
        f"comparisons per mention",
        f"  synthetic labels: pairwise P {s['pairwise_precision']:.3f} R "
        f"{s['pairwise_recall']:.3f}; B-cubed P {s['bcubed_precision']:.3f} R "
        f"{s['bcubed_recall']:.3f} F1 {s['bcubed_f1']:.3f}",
    ]
    if "reconcile" in r:
        c = r["reconcile"]
        lines.append(f"  reconcile: {c['incidents']} incidents from {c['mentions']} mentions "
                     f"in {c['seconds']:.2f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("sizes", nargs="*", type=int, default=[100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--per-day", type=float, default=150.0,
                    help="true incidents per day over all countries [150]")
    ap.add_argument("--reconcile", type=int, default=20_000, metavar="N",
                    help="keep the first N mentions and time their reconciliation")
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process
    args = ap.parse_args(argv)
    if args.one:
        cpu = pin_to_one_cpu()
        result = run_one(args.one, args.seed, args.per_day, args.reconcile)
        result["cpu"] = cpu
        print(json.dumps(result))
        return
    results = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed),
               "--per-day", str(args.per_day), "--reconcile", str(args.reconcile)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"size {n} failed:\n{proc.stderr[-2000:]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(result)
        if not args.json:
            print(render(result), flush=True)
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
