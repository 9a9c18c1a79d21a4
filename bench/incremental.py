"""Incremental builds: a full build of the 50 MB bench corpus, then the same corpus with one
article added, rebuilt; prints both times and their ratio (target: at most 5 %), in elapsed
seconds and in CPU seconds of every process (workers included).

    .venv/bin/python bench/incremental.py [--mb 50] [--workers 2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.etl_throughput import ProcessUse, bench_corpus  # noqa: E402
from etl.build import build  # noqa: E402
from etl.engine import default_workers  # noqa: E402

NEW_ARTICLE = ("A survey of 1,200 visual effects artists by the Animation Guild found 41 percent expect "
               "fewer jobs by 2027, and the studio said it would spend $35 million on AI tools.\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="local workers (default: all cores)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpus, lake and database here")
    args = ap.parse_args()
    with bench_corpus(args.keep, args.mb, "etl-incremental-") as (work, articles, _):
        (articles / "zz_added.txt").unlink(missing_ok=True)
        db = work / "claims.duckdb"
        with ProcessUse() as use:
            t = time.perf_counter()
            full = build(articles, work / "sources.csv", db, log=None, workers=args.workers, full=True)
            full_s = time.perf_counter() - t
        full_cpu = use.cpu_seconds()
        print(f"full build: {full_s:.1f} s, {full_cpu:.1f} CPU-s ({full.articles} articles, {full.claims} claims, "
              f"{args.workers} workers)")
        (articles / "zz_added.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        with ProcessUse() as use:
            t = time.perf_counter()
            added = build(articles, work / "sources.csv", db, log=None, workers=args.workers)
            added_s = time.perf_counter() - t
        added_cpu = use.cpu_seconds()
        print(f"one article added: {added_s:.1f} s, {added_cpu:.1f} CPU-s ({added.reused} articles reused, "
              f"{added.articles - added.reused} extracted, {added.claims} claims)")
        print(f"incremental / full: {100 * added_s / full_s:.1f} % of the time, {100 * added_cpu / full_cpu:.1f} % of the CPU")
        (articles / "zz_added.txt").unlink()  # the kept corpus stays the bench corpus
    return 0


if __name__ == "__main__":
    sys.exit(main())
