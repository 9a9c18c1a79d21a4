"""Downloads of exactly the filtered rows: CSV, Excel, Parquet, JSON. Pure: DataFrame in, bytes out."""
from __future__ import annotations

import datetime
import io

import pandas as pd

from etl.metadata import is_http_url

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


# Columns written as clickable links in Excel; a worksheet holds at most 65,530 links of at
# most 2,079 characters each (Excel's own limits; the rest stay text).
LINK_COLUMNS = ("permalink", "url")
EXCEL_MAX_LINKS = 65_530
EXCEL_MAX_URL = 2_079
UTF8_BOM = "\ufeff"  # Excel reads a CSV as UTF-8 only with it; other readers skip it
WIDEST = 60  # characters: a sentence column is wrapped at this width, not drawn across the screen


def to_bytes(df: pd.DataFrame, fmt: str, about: dict[str, str] | None = None) -> bytes:
    """`df` as a file. An Excel file has real dates, sized columns, a frozen header with
    filters, and (given `about`) a second sheet saying what the file holds."""
    if fmt == "CSV":
        # RFC 4180 line ends: a cell holding a carriage return is then quoted, not a broken row
        return (UTF8_BOM + inert(df).to_csv(index=False, lineterminator="\r\n")).encode("utf-8")
    if fmt == "Excel":
        return _excel(df.head(EXCEL_MAX_ROWS), about)
    if fmt == "Parquet":
        buf = io.BytesIO()
        df.to_parquet(buf, index=False)
        return buf.getvalue()
    if fmt == "JSON":
        return df.to_json(orient="records", date_format="iso", force_ascii=False, indent=1).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}")


def _excel(df: pd.DataFrame, about: dict[str, str] | None) -> bytes:
    frame = df.copy()
    for col in frame.select_dtypes(include=["datetimetz"]).columns:
        frame[col] = frame[col].dt.tz_localize(None)
    for col in frame.columns:  # DuckDB hands dates over as datetime.date objects: Excel wants datetimes
        if frame[col].dtype == object:
            first = frame[col].dropna().head(1)  # a column's type shows in its first value: no scan of every row
            if len(first) and isinstance(first.iloc[0], datetime.date):
                frame[col] = pd.to_datetime(frame[col])
    buf = io.BytesIO()
    # strings are written as strings: never turned into formulas or links by what they begin with
    with pd.ExcelWriter(buf, engine="xlsxwriter", date_format="yyyy-mm-dd", datetime_format="yyyy-mm-dd",
                        engine_kwargs={"options": {"strings_to_formulas": False, "strings_to_urls": False}}) as writer:
        frame.to_excel(writer, index=False, sheet_name="figures")
        sheet = writer.sheets["figures"]
        sheet.freeze_panes(1, 0)
        if len(frame.columns):
            sheet.autofilter(0, 0, len(frame), len(frame.columns) - 1)
        wrap = writer.book.add_format({"text_wrap": True, "valign": "top"})
        for n, col in enumerate(frame.columns):
            sample = frame[col].head(200).map(lambda v: len(str(v)) if v is not None else 0)
            width = min(WIDEST, max(len(str(col)), int(sample.max()) if len(sample) else 0) + 2)
            sheet.set_column(n, n, width, wrap if width == WIDEST else None)
        link = writer.book.add_format({"font_color": "blue", "underline": 1})
        columns = [n for n, col in enumerate(frame.columns) if col in LINK_COLUMNS]
        for n in columns:  # real hyperlinks, http(s) only; anything else stays text
            for row, value in enumerate(frame.iloc[:EXCEL_MAX_LINKS // len(columns), n], start=1):
                if isinstance(value, str) and is_http_url(value) and len(value) <= EXCEL_MAX_URL:
                    sheet.write_url(row, n, value, link, string=value)
        if about:
            info = pd.DataFrame({"": list(about), " ": list(about.values())})
            info.to_excel(writer, index=False, header=False, sheet_name="about")
            writer.sheets["about"].set_column(0, 0, 18)
            writer.sheets["about"].set_column(1, 1, 100)
    return buf.getvalue()
