"""Extraction speed on one core, next to spaCy's bare tokenizer on the same texts.

Reads the SATP TSV (default ``../shared/data/satp/train.tsv`` beside the checkout; column 1 is
the text).  Runs, in one process pinned to one CPU:

1. ``extract_article`` over every text with one ``Resources`` object (a warm-up on the first
   texts loads resources and is not timed), and ``spacy.blank("en").make_doc`` over the same
   texts, the two passes alternating ``--repeat`` times (default 3) so that both see the same
   machine load, each pass cold (fresh resources, a fresh spaCy pipeline: both keep caches of
   what they have tokenized); the medians are reported, and the ratio is the median of the
   paired runs' ratios (on a shared machine one pass can vary by 20% or more);
2. a last pass under ``tracemalloc`` for the peak of Python allocations during extraction
   (kept apart so tracing does not slow the timed passes);
3. the best (fastest) passes too, as ``timeit`` would report them;
4. ``eventwatch extract`` end to end on a temporary JSON Lines file of the same texts (a
   subprocess, so start-up and JSON input/output are included), plus a one-line run to show
   the fixed start-up cost.

Prints a table, or JSON with ``--json``.  Words are whitespace tokens.

    .venv/bin/python benchmarks/bench_extract.py [TSV] [--limit N] [--repeat N] [--json]
        [--no-cli]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

DEFAULT_TSV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "satp" / "train.tsv"


def read_texts(path: Path, limit: int | None) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [row[0] for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if row]
    return texts[:limit] if limit else texts


def pin_to_one_cpu() -> int | None:
    """Run on a single CPU so the numbers are per core whatever libraries do with threads."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def bench_extraction(texts: list[str], warmup: int, repeat: int) -> dict[str, Any]:
    import spacy

    from eventwatch.extract import extract_article
    from eventwatch.models import Article
    from eventwatch.resources import Resources

    rss_before = maxrss_mib()
    articles = [Article(text=t) for t in texts]
    extract_runs: list[float] = []
    tokenizer_runs: list[float] = []
    # CPU seconds as well as wall seconds: on a shared virtual machine the host takes the CPU
    # away at times ("steal"), which wall time counts and the process's CPU time does not.
    extract_cpu: list[float] = []
    tokenizer_cpu: list[float] = []
    warm = rss_loaded = 0.0
    incidents = 0
    resources = Resources()
    for n in range(repeat):
        # Every pass starts cold, as a new stream of articles would: fresh resources (their
        # tokenizations of recurring chunks start empty) and a fresh spaCy pipeline (its
        # vocabulary and chunk cache too); only the first ``warmup`` texts run before timing.
        t0 = time.perf_counter()
        resources = Resources()
        for text in texts[:warmup]:
            extract_article(Article(text=text), resources)
        if n == 0:
            warm, rss_loaded = time.perf_counter() - t0, maxrss_mib()
        incidents = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for article in articles:
            incidents += len(extract_article(article, resources).incidents)
        extract_runs.append(time.perf_counter() - t0)
        extract_cpu.append(time.process_time() - c0)
        nlp = spacy.blank("en")
        for text in texts[:warmup]:
            nlp.make_doc(text)
        t0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            nlp.make_doc(text)
        tokenizer_runs.append(time.perf_counter() - t0)
        tokenizer_cpu.append(time.process_time() - c0)
    tracemalloc.start()
    for article in articles:
        extract_article(article, resources)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"seconds": statistics.median(extract_runs), "best_seconds": min(extract_runs),
            "runs": extract_runs, "tokenizer_seconds": statistics.median(tokenizer_runs),
            "tokenizer_best_seconds": min(tokenizer_runs), "tokenizer_runs": tokenizer_runs,
            "ratio": statistics.median(e / t for e, t in zip(extract_runs, tokenizer_runs,
                                                              strict=True)),
            "cpu_seconds": statistics.median(extract_cpu), "cpu_runs": extract_cpu,
            "tokenizer_cpu_seconds": statistics.median(tokenizer_cpu),
            "tokenizer_cpu_runs": tokenizer_cpu,
            "warmup_seconds": warm, "incidents": incidents,
            "tracemalloc_peak_mib": peak / 2**20,
            "maxrss_before_resources_mib": rss_before, "maxrss_after_warmup_mib": rss_loaded}


def maxrss_mib() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS; this benchmark targets Linux).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_cli(texts: list[str]) -> dict[str, Any]:
    cmd = [sys.executable, "-c", "from eventwatch.cli import main; main()", "extract"]
    with tempfile.TemporaryDirectory() as tmp:
        src, one, out = Path(tmp, "in.jsonl"), Path(tmp, "one.jsonl"), Path(tmp, "out.jsonl")
        with src.open("w", encoding="utf-8") as fh:
            for n, text in enumerate(texts):
                fh.write(json.dumps({"id": n, "text": text}) + "\n")
        one.write_text(json.dumps({"id": 0, "text": texts[0]}) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run([*cmd, str(one), "-o", os.devnull], check=True, capture_output=True)
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        proc = subprocess.run([*cmd, str(src), "-o", str(out)], capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        lines = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    messages = proc.stderr.strip().splitlines()
    # Rejected lines (e.g. an empty text: E004) are reported by the CLI and make it exit 1.
    rejected = [m for m in messages if m.startswith("[E")]
    return {"seconds": seconds, "startup_seconds": startup, "output_lines": lines,
            "exit_status": proc.returncode, "summary": messages[-1:], "rejected": rejected[:5]}


def run(path: Path, limit: int | None, warmup: int, with_cli: bool,
        repeat: int = 3) -> dict[str, Any]:
    texts = read_texts(path, limit)
    if not texts:
        raise SystemExit(f"{path}: no texts")
    cpu = pin_to_one_cpu()
    words = sum(len(t.split()) for t in texts)
    ext = bench_extraction(texts, warmup, repeat)
    tok = ext["tokenizer_seconds"]
    result: dict[str, Any] = {
        "input": str(path), "articles": len(texts), "words": words, "cpu": cpu,
        "repeat": repeat,
        "extract": {**ext, "articles_per_s": len(texts) / ext["seconds"],
                    "words_per_s": words / ext["seconds"],
                    "best_words_per_s": words / ext["best_seconds"],
                    "words_per_cpu_s": words / ext["cpu_seconds"]},
        "spacy_tokenizer": {"seconds": tok, "articles_per_s": len(texts) / tok,
                            "words_per_s": words / tok,
                            "best_words_per_s": words / ext["tokenizer_best_seconds"],
                            "words_per_cpu_s": words / ext["tokenizer_cpu_seconds"]},
        "slowdown_vs_tokenizer": ext["ratio"],
        "maxrss_mib": maxrss_mib(),
    }
    if with_cli:
        cli = bench_cli(texts)
        net = cli["seconds"] - cli["startup_seconds"]
        result["cli"] = {**cli, "articles_per_s": len(texts) / cli["seconds"],
                         "articles_per_s_after_startup": len(texts) / net if net > 0 else None}
    return result


def render(r: dict[str, Any]) -> str:
    e, t = r["extract"], r["spacy_tokenizer"]
    cpu = "" if r["cpu"] is None else f" #{r['cpu']}"
    rows = [
        f"input: {r['input']}  ({r['articles']} articles, {r['words']} words, one CPU{cpu}; "
        f"median of {r['repeat']} alternating passes)",
        f"{'':<28}{'seconds':>9}{'articles/s':>12}{'words/s':>12}{'best words/s':>14}"
        f"{'words/CPU-s':>13}",
        f"{'extract_article':<28}{e['seconds']:>9.2f}{e['articles_per_s']:>12.1f}"
        f"{e['words_per_s']:>12.0f}{e['best_words_per_s']:>14.0f}{e['words_per_cpu_s']:>13.0f}",
        f"{'spacy.blank(en) make_doc':<28}{t['seconds']:>9.2f}{t['articles_per_s']:>12.1f}"
        f"{t['words_per_s']:>12.0f}{t['best_words_per_s']:>14.0f}{t['words_per_cpu_s']:>13.0f}",
    ]
    if "cli" in r:
        c = r["cli"]
        rows.append(f"{'eventwatch extract (CLI)':<28}{c['seconds']:>9.2f}"
                    f"{c['articles_per_s']:>12.1f}{r['words'] / c['seconds']:>12.0f}")
        net = c["seconds"] - c["startup_seconds"]
        if net > 0:
            rows.append(f"  after start-up: {r['words'] / net:.0f} words/s")
        rows.append(f"  CLI start-up (one article) {c['startup_seconds']:.2f} s; "
                    f"{c['output_lines']} output lines, exit status {c['exit_status']}"
                    + (f"; rejected: {'; '.join(c['rejected'])}" if c["rejected"] else ""))
    rows += [
        f"extraction is {r['slowdown_vs_tokenizer']:.1f}x the tokenizer's time (median of the "
        f"paired passes); "
        f"{e['incidents']} incidents; warm-up {e['warmup_seconds']:.2f} s (not timed)",
        f"peak memory: max RSS {r['maxrss_mib']:.0f} MiB (before resources "
        f"{e['maxrss_before_resources_mib']:.0f} MiB, after loading and warm-up "
        f"{e['maxrss_after_warmup_mib']:.0f} MiB); tracemalloc peak during extraction "
        f"{e['tracemalloc_peak_mib']:.1f} MiB",
    ]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("tsv", nargs="?", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--limit", type=int, help="only the first N texts")
    ap.add_argument("--warmup", type=int, default=20, help="texts run before timing")
    ap.add_argument("--repeat", type=int, default=3,
                    help="alternating extraction/tokenizer passes (median reported)")
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--no-cli", action="store_true", help="skip the `eventwatch extract` run")
    args = ap.parse_args(argv)
    if not args.tsv.is_file():
        raise SystemExit(f"{args.tsv}: no such file (give the SATP TSV path)")
    if args.repeat < 1:
        raise SystemExit("--repeat must be at least 1")
    result = run(args.tsv, args.limit, args.warmup, not args.no_cli, args.repeat)
    print(json.dumps(result, indent=1) if args.json else render(result))


if __name__ == "__main__":
    main()
