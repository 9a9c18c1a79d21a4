"""Downloads of exactly the filtered rows: CSV, Excel, Parquet, JSON. Pure: DataFrame in, bytes out."""
from __future__ import annotations

import io

import pandas as pd

FORMATS = {
    "CSV": ("csv", "text/csv"),
    "Excel": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "Parquet": ("parquet", "application/vnd.apache.parquet"),
    "JSON": ("json", "application/json"),
}
EXCEL_MAX_ROWS = 1_048_575  # a worksheet's limit, less the header row


def file_name(slug: str, fmt: str) -> str:
    return f"impact-claims_{slug}.{FORMATS[fmt][0]}"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells that a spreadsheet would run as a formula, with a leading apostrophe (OWASP's
    advice for CSV); numbers stay numbers (-2.5 in a value column is a number, not text)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v)
    return out


def to_bytes(df: pd.DataFrame, fmt: str) -> bytes:
    if fmt == "CSV":
        return inert(df).to_csv(index=False).encode("utf-8")
    if fmt == "Excel":
        buf = io.BytesIO()
        frame = df.head(EXCEL_MAX_ROWS).copy()
        for col in frame.select_dtypes(include=["datetimetz"]).columns:
            frame[col] = frame[col].dt.tz_localize(None)
        # strings are written as strings: never turned into formulas or links by what they begin with
        with pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": {
                "strings_to_formulas": False, "strings_to_urls": False}}) as writer:
            frame.to_excel(writer, index=False, sheet_name="figures")
        return buf.getvalue()
    if fmt == "Parquet":
        buf = io.BytesIO()
        df.to_parquet(buf, index=False)
        return buf.getvalue()
    if fmt == "JSON":
        return df.to_json(orient="records", date_format="iso", force_ascii=False, indent=1).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}")
