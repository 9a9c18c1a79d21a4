"""Load: N concurrent sessions against the app on localhost, for a bounded time.

Two kinds of session:

- `--mode websocket` (the default): each session speaks Streamlit's own protocol over its
  websocket, as the browser does, without drawing anything. It opens the app with a link
  carrying filters (`?type=survey&forecast=forecast`, ...), then, until time runs out,
  picks at random: type a new search into "Sentence contains" (a rerun with that widget's
  new value), open another filtered link (a new page load), or download the filtered CSV
  (the deferred download request, then the file over HTTP). This measures the server.
- `--mode browser`: each session is a real page in Debian's Chromium (Playwright): search,
  forecast/reported, tabs, the Impacts page, CSV download. On this two-core machine twenty
  browsers drawing plotly charts load the machine far more than the server does, so use it
  with few sessions, to see the whole path.

A rerun's latency runs from the message that starts it to the server's "script finished";
a download's to the file's last byte. An error is an action that fails or times out, a run
that ends in anything but success, an exception shown by the app, or a failed download.
The app is served by `streamlit run` on a free port (or --url), against --db.

    .venv/bin/python bench/load.py [--sessions 20] [--seconds 60] [--think 2] [--mode websocket|browser] [--db PATH]

Only localhost is ever contacted; every loop is bounded by --seconds.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import websockets
from playwright.async_api import async_playwright
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
SEARCHES = ["jobs", "AI", "Hollywood", "survey", "billion", "director", "box office", "", "Sora", "cost"]
LINKS = ["", "type=survey", "type=jobs&type=cost", "forecast=forecast", "forecast=reported&view=Table",
         "family=money", "publisher=Global+Times", "corroboration=corroborated", "view=Corroboration",
         "q=Hollywood&view=Table", "hmin=2027", "qualifier=approx&qualifier=more_than", "review=all"]
ACTION_TIMEOUT_S = 30


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(db: Path, log: Path | None = None, **environment: str):
    """`streamlit run` on a free port against `db`; yields the base URL. The server's output
    goes to `log` when given (what a failing browser test shows), else nowhere."""
    port = free_port()
    env = dict(os.environ, IMPACT_CLAIMS_DB=str(db.resolve()), **environment)
    out = open(log, "wb") if log is not None else subprocess.DEVNULL  # closed when the server stops
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT if log is not None else subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.25)
        else:
            raise SystemExit("streamlit did not start")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:  # still writing a large download
            proc.kill()
            proc.wait(timeout=20)
        if log is not None:
            out.close()


class Session:
    """One browser page: its websocket tells when each script run finishes."""

    def __init__(self, page, name: str):
        self.page = page
        self.name = name
        self.finished: asyncio.Queue[str] = asyncio.Queue()
        # what the page shows now, so every action changes something and starts a run
        self.forecast, self.tab, self.search = "all", "Charts", ""
        page.on("websocket", self._watch)

    def _watch(self, ws) -> None:
        def frame(payload) -> None:
            if not isinstance(payload, bytes | bytearray):
                return
            msg = ForwardMsg()
            try:
                msg.ParseFromString(bytes(payload))
            except Exception:  # not every frame is a ForwardMsg we can read
                return
            if msg.WhichOneof("type") == "script_finished":
                self.finished.put_nowait(ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished))
        ws.on("framereceived", frame)

    def drain(self) -> None:
        while not self.finished.empty():
            self.finished.get_nowait()

    async def run_finished(self) -> str:
        """The status of the next run that is not cut short by another rerun."""
        while True:
            status = await asyncio.wait_for(self.finished.get(), ACTION_TIMEOUT_S)
            if status != "FINISHED_EARLY_FOR_RERUN":
                return status


async def act(session: Session, rng: random.Random, base: str) -> tuple[str, float, bool]:
    """Do one action; return its name, latency in ms and whether it succeeded."""
    page = session.page
    choice = rng.random()
    session.drain()
    t = time.perf_counter()
    if choice < 0.10:
        name = "download CSV"
        async with page.expect_download(timeout=ACTION_TIMEOUT_S * 1000) as info:
            await page.get_by_role("button", name="CSV", exact=True).first.click(timeout=ACTION_TIMEOUT_S * 1000)
        download = await info.value
        path = await download.path()
        ok = path is not None and Path(path).stat().st_size > 0
        return name, 1000 * (time.perf_counter() - t), ok
    if choice < 0.45:
        name = "search"
        box = page.get_by_label("Sentence contains")
        session.search = rng.choice([w for w in SEARCHES if w != session.search])
        await box.fill(session.search, timeout=ACTION_TIMEOUT_S * 1000)
        await box.press("Enter")
    elif choice < 0.70:
        name = "forecast filter"
        session.forecast = rng.choice([f for f in ("forecast", "reported", "all") if f != session.forecast])
        await page.get_by_role("radio", name=session.forecast, exact=True).click(timeout=ACTION_TIMEOUT_S * 1000)
    elif choice < 0.90:
        name = "switch tab"
        session.tab = rng.choice([t for t in ("Charts", "Table", "Corroboration") if t != session.tab])
        await page.get_by_role("tab", name=session.tab, exact=True).click(timeout=ACTION_TIMEOUT_S * 1000)
    else:
        name = "open Impacts and come back"
        await page.goto(f"{base}/impacts", timeout=ACTION_TIMEOUT_S * 1000)
        await session.run_finished()
        await page.goto(base, timeout=ACTION_TIMEOUT_S * 1000)
        session.forecast, session.tab, session.search = "all", "Charts", ""
    status = await session.run_finished()
    ms = 1000 * (time.perf_counter() - t)
    shown_error = await page.locator('[data-testid="stException"]').count()
    return name, ms, status == "FINISHED_SUCCESSFULLY" and shown_error == 0


async def user(n: int, browser, base: str, deadline: float, results: list, errors: list, think: float) -> None:
    rng = random.Random(n)
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = await context.new_page()
    session = Session(page, f"session {n}")
    try:
        await page.goto(base, timeout=60_000)
        await session.run_finished()
        while time.monotonic() < deadline:
            if think:
                await asyncio.sleep(min(think * rng.uniform(0.5, 1.5), max(0.0, deadline - time.monotonic())))
            try:
                name, ms, ok = await act(session, rng, base)
            except Exception as e:  # every failure is counted and reported
                errors.append((n, type(e).__name__, str(e).splitlines()[0][:160]))
                continue
            results.append((name, ms))
            if not ok:
                errors.append((n, name, f"run failed or an exception was shown ({ms:.0f} ms)"))
    except Exception as e:
        errors.append((n, "start", f"{type(e).__name__}: {str(e).splitlines()[0][:160]}"))
    finally:
        await context.close()


class SocketSession:
    """One Streamlit session over a websocket: no browser, the server's work only."""

    def __init__(self, base: str, rng: random.Random):
        self.base, self.rng = base, rng
        self.ws = None
        self.query = ""
        self.widgets: dict[str, str] = {}  # label -> widget id
        self.downloads: dict[str, str] = {}  # label -> deferred file id
        self.request_id = 0
        self.session_id = ""

    async def open(self, query: str) -> str:
        if self.ws is not None:
            await self.ws.close()
        url = self.base.replace("http://", "ws://") + "/_stcore/stream"
        self.ws = await websockets.connect(url, subprotocols=["streamlit"], max_size=None, open_timeout=30)
        self.query = query
        return await self.rerun()

    async def rerun(self, widget_id: str | None = None, text: str | None = None) -> str:
        msg = BackMsg()
        msg.rerun_script.query_string = self.query
        msg.rerun_script.page_script_hash = ""
        if widget_id is not None:
            state = msg.rerun_script.widget_states.widgets.add()
            state.id, state.string_value = widget_id, text
        await self.ws.send(msg.SerializeToString())
        return await self._until_finished()

    async def _until_finished(self) -> str:
        problem = ""
        self.downloads = {}  # only this run's buttons can be clicked
        while True:
            fm = ForwardMsg()
            fm.ParseFromString(await asyncio.wait_for(self.ws.recv(), ACTION_TIMEOUT_S))
            kind = fm.WhichOneof("type")
            if kind == "new_session" and fm.new_session.initialize.session_id:
                self.session_id = fm.new_session.initialize.session_id
            if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                element = fm.delta.new_element
                name = element.WhichOneof("type")
                if name == "exception":
                    problem = f"exception shown: {element.exception.message[:120]}"
                elif name == "text_input":
                    self.widgets[element.text_input.label] = element.text_input.id
                elif name == "download_button" and element.download_button.deferred_file_id \
                        and not element.download_button.disabled:
                    self.downloads[element.download_button.label] = element.download_button.deferred_file_id
            elif kind == "script_finished":
                status = ForwardMsg.ScriptFinishedStatus.Name(fm.script_finished)
                if status != "FINISHED_EARLY_FOR_RERUN":
                    return problem or ("" if status == "FINISHED_SUCCESSFULLY" else status)

    async def download(self, label: str) -> tuple[int, str]:
        self.request_id += 1
        msg = BackMsg()
        msg.backend_operation_request.request_id = str(self.request_id)
        msg.backend_operation_request.session_id = self.session_id
        msg.backend_operation_request.deferred_file.file_id = self.downloads[label]
        await self.ws.send(msg.SerializeToString())
        while True:
            fm = ForwardMsg()
            fm.ParseFromString(await asyncio.wait_for(self.ws.recv(), ACTION_TIMEOUT_S))
            if fm.WhichOneof("type") == "backend_operation_response":
                response = fm.backend_operation_response
                if response.error_msg:
                    return 0, response.error_msg
                url = response.deferred_file.url
                body = await asyncio.to_thread(_fetch, self.base + url if url.startswith("/") else url)
                # the button then reruns the page, as a click in the browser does: a deferred
                # file is generated once, and the rerun offers fresh ones
                problem = await self.rerun()
                return len(body), problem


def _fetch(url: str) -> bytes:
    if not url.startswith(("http://127.0.0.1", "http://localhost")):
        raise ValueError(f"not a local URL: {url}")
    with urllib.request.urlopen(url, timeout=ACTION_TIMEOUT_S) as r:
        return r.read()


async def socket_user(n: int, base: str, deadline: float, results: list, errors: list, think: float) -> None:
    rng = random.Random(n)
    session = SocketSession(base, rng)
    try:
        t = time.perf_counter()
        problem = await session.open(rng.choice(LINKS))
        results.append(("open a link", 1000 * (time.perf_counter() - t)))
        if problem:
            errors.append((n, "open a link", problem))
        while time.monotonic() < deadline:
            if think:  # a person reads the result before the next change
                await asyncio.sleep(min(think * rng.uniform(0.5, 1.5), max(0.0, deadline - time.monotonic())))
                if time.monotonic() >= deadline:
                    break
            choice = rng.random()
            t = time.perf_counter()
            try:
                if choice < 0.15 and "CSV" in session.downloads:  # disabled when nothing matches
                    name = "download CSV"
                    size, problem = await session.download("CSV")
                    problem = problem or ("" if size > 0 else "empty file")
                elif choice < 0.35:
                    name = "open a link"
                    problem = await session.open(rng.choice(LINKS))
                else:
                    name = "search"
                    problem = await session.rerun(session.widgets["Sentence contains"], rng.choice(SEARCHES))
            except Exception as e:  # every failure is counted and reported
                errors.append((n, type(e).__name__, str(e).splitlines()[0][:160] if str(e) else ""))
                with contextlib.suppress(Exception):
                    await session.open("")
                continue
            results.append((name, 1000 * (time.perf_counter() - t)))
            if problem:
                errors.append((n, name, problem))
    except Exception as e:
        errors.append((n, "start", f"{type(e).__name__}: {str(e).splitlines()[0][:160] if str(e) else ''}"))
    finally:
        if session.ws is not None:
            await session.ws.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def load(base: str, sessions: int, seconds: float, mode: str, think: float) -> int:
    results: list[tuple[str, float]] = []
    errors: list[tuple] = []
    started = time.monotonic()
    deadline = started + seconds
    if mode == "websocket":
        await asyncio.gather(*(socket_user(n, base, deadline, results, errors, think) for n in range(sessions)))
    else:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            await asyncio.gather(*(user(n, browser, base, deadline, results, errors, think) for n in range(sessions)))
            await browser.close()
    elapsed = time.monotonic() - started
    pause = f", {think:g} s think time on average" if think else ", no think time"
    print(f"{sessions} {mode} sessions for {seconds:g} s{pause} (ran {elapsed:.0f} s): {len(results)} actions, "
          f"{len(errors)} errors")
    by_name: dict[str, list[float]] = {}
    for name, ms in results:
        by_name.setdefault(name, []).append(ms)
    everything = [ms for _, ms in results]
    if everything:
        print(f"  all actions: median {statistics.median(everything):.0f} ms, "
              f"p95 {percentile(everything, 0.95):.0f} ms, max {max(everything):.0f} ms")
    for name, values in sorted(by_name.items()):
        print(f"  {name}: {len(values)} actions, median {statistics.median(values):.0f} ms, "
              f"p95 {percentile(values, 0.95):.0f} ms")
    for error in errors[:20]:
        print("  error:", *error)
    return 1 if errors else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--db", type=Path, default=ROOT / "data" / "claims.duckdb")
    ap.add_argument("--mode", choices=("websocket", "browser"), default="websocket")
    ap.add_argument("--think", type=float, default=2.0, metavar="SECONDS",
                    help="average pause between a session's actions (0: each starts as the last ends)")
    ap.add_argument("--url", help="an app already running on localhost (default: start one)")
    args = ap.parse_args()
    if args.url:
        if not args.url.startswith(("http://127.0.0.1", "http://localhost")):
            raise SystemExit("--url must be on localhost")
        return asyncio.run(load(args.url.rstrip("/"), args.sessions, args.seconds, args.mode, args.think))
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no database; build it with `make build`")
    with serve(args.db) as url:
        return asyncio.run(load(url, args.sessions, args.seconds, args.mode, args.think))


if __name__ == "__main__":
    sys.exit(main())
