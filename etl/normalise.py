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

    @classmethod
    def load(cls, path: Path | str = DEFAULT_RATES) -> FxRates:
        rates: dict[str, dict[int, float]] = {}
        with open(path, newline="", encoding="utf-8") as f:
            rows = csv.DictReader(line for line in f if not line.startswith("#"))
            for row in rows:
                rates.setdefault(row["currency"].strip().upper(), {})[int(row["year"])] = float(row["units_per_usd"])
        return cls(rates)

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
