"""ETL throughput: build a varied corpus of at least 50 MB from the seed articles, time the
build, print MB/s and claims/s.

The corpus is not copies: each generated article shuffles sentences drawn from all seed
articles and rewrites every number (so caches and repeated text do not flatter the result).

    .venv/bin/python bench/etl_throughput.py [--mb 50] [--keep DIR]
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpus and database here")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="etl-bench-")) if args.keep is None else args.keep
    articles = work / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    files, size = make_corpus(articles, args.mb)
    print(f"corpus: {files} articles, {size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")
    try:
        report = build(articles, work / "sources.csv", work / "claims.duckdb", log=None)
        mb = size / 1e6
        print(report.summary(work / "claims.duckdb"))
        print(f"throughput: {mb / report.seconds:.2f} MB/s, {report.claims / report.seconds:,.0f} claims/s "
              f"(one process, {report.seconds:.1f} s for {mb:.1f} MB)")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
