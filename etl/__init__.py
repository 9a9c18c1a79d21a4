"""Impact Claims ETL: find every figure and forecast in news articles, normalise it, store it."""

__version__ = "0.1.0"
