"""ETL throughput on every engine: build a varied corpus of at least 50 MB from the seed
articles, build it with 1 worker, 2 local workers and a local Dask cluster, and print MB/s,
the speed-up over one worker, and the peak memory of every process.

The corpus is not copies: each generated article shuffles sentences drawn from all seed
articles and rewrites every number (so caches and repeated text do not flatter the result).

    .venv/bin/python bench/etl_throughput.py [--mb 50] [--workers 1 2] [--dask] [--keep DIR]
    .venv/bin/python bench/etl_throughput.py --mb 500 --workers 2      # the 500 MB build
"""
from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.build import build  # noqa: E402
from etl.segment import sentence_spans  # noqa: E402

SEEDS = ROOT / "data" / "articles"


def seed_sentences() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(text[s:e] for s, e in sentence_spans(text))
    return out


def vary(sentence: str, rng: random.Random) -> str:
    def new_number(m: re.Match) -> str:
        digits = m.group()
        return "".join(str(rng.randint(1 if i == 0 else 0, 9)) if ch.isdigit() else ch
                       for i, ch in enumerate(digits))
    return re.sub(r"\d[\d,.]*\d|\d", new_number, sentence)


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    rng = random.Random(seed)
    sentences = seed_sentences()
    target = int(megabytes * 1_000_000)
    written = files = 0
    with open(folder.parent / "sources.csv", "w", encoding="utf-8") as manifest:
        manifest.write("file,title,publisher,published\n")
        while written < target:
            body = []
            size = rng.randint(4_000, 16_000)
            n = 0
            while n < size:
                s = vary(rng.choice(sentences), rng)
                body.append(s)
                n += len(s) + 1
            text = "\n".join(body) + "\n"
            name = f"gen_{files:05d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            month = rng.randint(1, 12)
            manifest.write(f"{name},Generated {files},Bench Wire,20{rng.randint(20, 24)}-{month:02d}-01\n")
            written += len(text.encode("utf-8"))
            files += 1
    return files, written


@contextlib.contextmanager
def bench_corpus(keep: Path | None, megabytes: float, prefix: str):
    """(work folder, articles folder, corpus bytes): the corpus kept in `keep` when there is
    one, else generated (in a temporary folder removed afterwards unless `keep` is given)."""
    work = Path(tempfile.mkdtemp(prefix=prefix)) if keep is None else keep
    articles = work / "articles"
    try:
        if articles.is_dir() and any(articles.iterdir()):
            size = sum(p.stat().st_size for p in articles.iterdir())
            print(f"corpus: {len(os.listdir(articles))} articles, {size / 1e6:.1f} MB (kept in {work})")
        else:
            articles.mkdir(parents=True, exist_ok=True)
            t = time.perf_counter()
            files, size = make_corpus(articles, megabytes)
            print(f"corpus: {files} articles, {size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")
        yield work, articles, size
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


class ProcessUse:
    """Samples the resident memory and CPU time of this process and all its descendants (local
    workers, Dask's nannies and workers) every 0.2 s; keeps each process's peak memory and its
    last CPU time (a worker's last 0.2 s may be missed; this process's own is read at the end)."""

    def __init__(self) -> None:
        self.peaks: dict[int, tuple[str, int]] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._me = psutil.Process()
        self._cpu_before = self._cpu(self._me)

    def __enter__(self) -> ProcessUse:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.cpu[self._me.pid] = self._cpu(self._me) - self._cpu_before

    @staticmethod
    def _cpu(p: psutil.Process) -> float:
        times = p.cpu_times()
        return times.user + times.system

    def _run(self) -> None:
        while not self._stop.is_set():
            for p in [self._me, *self._me.children(recursive=True)]:
                try:
                    rss = p.memory_info().rss
                    if p.pid != self._me.pid:
                        self.cpu[p.pid] = self._cpu(p)
                    role = "driver" if p.pid == self._me.pid else _role(p)
                except psutil.Error:
                    continue
                if rss > self.peaks.get(p.pid, ("", 0))[1]:
                    self.peaks[p.pid] = (role, rss)
            self._stop.wait(0.2)

    def cpu_seconds(self) -> float:
        """CPU time of this process and every descendant seen, user and system."""
        return sum(self.cpu.values())

    def report(self) -> str:
        rows = sorted(self.peaks.items(), key=lambda kv: (kv[1][0] != "driver", -kv[1][1]))
        return "; ".join(f"{role} {pid}: {rss / 2**20:,.0f} MiB" for pid, (role, rss) in rows
                         if rss > 60 * 2**20)  # helpers (resource trackers, forkserver) use little


def _role(p: psutil.Process) -> str:
    cmd = " ".join(p.cmdline())
    parent = p.parent()
    if parent is not None and "forkserver" in " ".join(parent.cmdline()):
        return "local worker"  # forked by the forkserver: a process of the pool
    if "forkserver" in cmd:
        return "forkserver"
    if "spawn_main" in cmd:
        return "dask worker or nanny"
    return "helper"


def run(label: str, articles: Path, work: Path, size: int, **engine) -> float:
    db = work / f"claims-{label.replace(' ', '-')}.duckdb"
    with ProcessUse() as memory:
        t = time.perf_counter()
        report = build(articles, work / "sources.csv", db, log=None, full=True, **engine)  # no reuse: each engine extracts all
        seconds = time.perf_counter() - t
    mb = size / 1e6
    print(f"{label}: {mb / seconds:.2f} MB/s, {report.claims / seconds:,.0f} claims/s "
          f"({seconds:.1f} s for {mb:.1f} MB; {report.articles} articles, {report.claims} claims, "
          f"{report.groups} groups)")
    print(f"  peak memory: {memory.report()}")
    return mb / seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="local worker counts to run (default: 1 2)")
    ap.add_argument("--dask", action="store_true", help="also build on a local Dask cluster of 2 worker processes")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpus and databases here (reused when present)")
    args = ap.parse_args()
    with bench_corpus(args.keep, args.mb, "etl-bench-") as (work, articles, size):
        speeds = {}
        for n in args.workers:
            speeds[n] = run(f"{n} worker{'s' if n > 1 else ''}", articles, work, size, workers=n)
        if 1 in speeds:
            for n in speeds:
                if n > 1:
                    print(f"speed-up of {n} workers over 1: {speeds[n] / speeds[1]:.2f}x")
        if args.dask:
            from distributed import Client, LocalCluster
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                    Client(cluster) as client:
                run("dask 2 workers", articles, work, size, dask=client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
