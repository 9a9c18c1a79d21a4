"""Does the extractor stay linear on hostile text? Times one article's whole extraction (the
function every build runs: sentences, names, attribution, figures, impacts) on pathological
inputs at 1x, 2x and 4x their size, and says for each whether time grows linearly.

    .venv/bin/python bench/pathological.py [--scale 1.0] [--only NAME ...]

A kind is linear when doubling its size at most about doubles its time (the 4x/2x ratio is
checked, with room for noise: at most 2.6). Exit code 1 when any kind is not.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.batches import extract_article  # noqa: E402
from etl.normalise import FxRates  # noqa: E402
from etl.read import RawArticle, html_main_text  # noqa: E402

# name -> (what it is, text of size n). n is the base size at 1x.
KINDS = {
    "digits": ("a run of digits", lambda n: "The studio paid $" + "7" * n + " for it."),
    "commas": ("a run of commas", lambda n: "Costs rose 5%" + "," * n + " in May."),
    "spaces": ("spaces inside a sentence", lambda n: "A survey found" + " " * n + "75% of workers agree."),
    "dollars": ("a run of dollar signs", lambda n: "It cost " + "$" * n + "5 million."),
    "bangs": ("a run of exclamation marks", lambda n: "Jobs fell 5%" + "!" * n),
    "more-than": ('"more than more than …"', lambda n: "The studio cut " + "more than " * (n // 10) + "40 jobs."),
    "no-punctuation": ("one long line without punctuation",
                       lambda n: " ".join(f"studio {i} cut jobs" for i in range(n // 20))),
    "numbers": ("numbers and nothing else", lambda n: " ".join(str(i) for i in range(n // 6))),
    "figures-in-a-sentence": ("figures in one sentence",
                              lambda n: "Shares were " + ", ".join(f"{i % 90 + 1}%" for i in range(n // 6)) + "."),
    "list-items": ("a list of short items", lambda n: "Figures:\n" + "".join(f"- {i % 90 + 1}% of studios\n"
                                                                             for i in range(n // 17))),
    "full-width": ("full-width digits", lambda n: "The budget was " + "１２３，" * (n // 4) + "元."),
    "arabic-indic": ("Arabic-Indic digits", lambda n: "Budget " + "١٢٣ " * (n // 4) + "jobs."),
    "zero-width": ("zero-width and right-to-left marks",
                   lambda n: "The studio cut " + "\u200b\u200f4\u200e0" * (n // 5) + " jobs."),
    "combining": ("combining characters", lambda n: "Cost e\u0301" * (n // 7) + " rose 5%."),
    "nul": ("NUL bytes", lambda n: "Jobs fell 5%\x00" * (n // 13)),
    "html-spans": ("HTML of <span>5%</span> (read as a page)", lambda n: "<html><body><p>"
                   + "<span>5%</span>" * (n // 15) + "</p></body></html>"),
}
BASE = 8_000  # characters at 1x: the size the issue found already slow
RATIO_LIMIT = 2.6  # 4x over 2x: linear is 2.0


def run_once(kind: str, n: int, rates: FxRates) -> tuple[float, int]:
    text = KINDS[kind][1](n)
    t = time.perf_counter()
    if kind == "html-spans":
        text, _ = html_main_text(text)
    raw = RawArticle("bench.txt", text, "0" * 64, {})
    rows = extract_article(raw, {}, rates)
    return time.perf_counter() - t, len(rows["claims"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every base size (default 1)")
    ap.add_argument("--only", nargs="*", default=None, help="kinds to run (default: all)")
    args = ap.parse_args()
    rates = FxRates.load()
    base = int(BASE * args.scale)
    print(f"{'input':<44} {'1x':>8} {'2x':>8} {'4x':>8}  {'4x/2x':>6}  claims at 4x")
    bad = []
    for kind in args.only or KINDS:
        run_once(kind, 200, rates)  # warm up: first calls load libraries and compile patterns
        times, claims = [], 0
        for factor in (1, 2, 4):
            seconds, claims = run_once(kind, base * factor, rates)
            times.append(seconds)
        ratio = times[2] / max(times[1], 1e-4)
        linear = ratio <= RATIO_LIMIT or times[2] < 0.05  # under 50 ms, noise decides the ratio
        bad += [] if linear else [kind]
        label = f"{KINDS[kind][0]} ({base:,} chars)"
        print(f"{label:<44} {times[0]:7.3f}s {times[1]:7.3f}s {times[2]:7.3f}s  {ratio:6.2f}  {claims:>6}"
              + ("" if linear else "  NOT LINEAR"))
    print("all linear" if not bad else f"not linear: {', '.join(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
