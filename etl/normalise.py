"""Money into US dollars, at the yearly average rate of the article's publication year."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_RATES = Path(__file__).resolve().parent.parent / "data" / "fx_rates.csv"


@dataclass
class FxRates:
    """Units of each currency per US dollar, by year (`data/fx_rates.csv`)."""

    by_currency: dict[str, dict[int, float]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # rows that were skipped, and why

    @classmethod
    def load(cls, path: Path | str = DEFAULT_RATES) -> FxRates:
        """The table in `path`; a row that is not a currency, a year and a positive rate is
        skipped and named in `problems` (a zero would divide by zero in every conversion)."""
        rates: dict[str, dict[int, float]] = {}
        problems: list[str] = []
        try:
            with open(path, newline="", encoding="utf-8") as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError) as err:
            return cls({}, [f"{path}: cannot be read ({err}); amounts are not converted to US dollars"])
        numbered = [(n, line) for n, line in enumerate(lines, start=1) if not line.startswith("#")]
        rows = csv.DictReader(line for _, line in numbered)
        for (n, _), row in zip(numbered[1:], rows, strict=False):
            try:
                currency = (row.get("currency") or "").strip().upper()
                year = int((row.get("year") or "").strip())
                rate = float((row.get("units_per_usd") or "").strip())
                if not currency or not rate > 0 or rate == float("inf"):
                    raise ValueError
            except (ValueError, AttributeError):
                problems.append(f"{path} line {n}: {row.get('currency')!r}, {row.get('year')!r}, "
                                f"{row.get('units_per_usd')!r} is not a currency, a year and a positive rate; "
                                "row skipped")
                continue
            rates.setdefault(currency, {})[year] = rate
        return cls(rates, problems)

    def to_usd(self, value: float, currency: str, year: int | None) -> float | None:
        """`value` in `currency` as US dollars; None for a currency the table lacks."""
        if currency == "USD":
            return value
        table = self.by_currency.get(currency)
        if not table:
            return None
        years = sorted(table)
        if year is None:
            year = years[-1]
        # the nearest year listed: the table may not reach an old or very recent article
        nearest = min(years, key=lambda y: (abs(y - year), -y))
        return value / table[nearest]
