"""Where the batches run: this process, local worker processes, or a Dask cluster.

Every engine is a `concurrent.futures` executor — the standard library's process pool for
local workers, Dask's own `Client.get_executor()` for a cluster — so the build submits
batches and collects their reports the same way on each. No scheduling is written here.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager

DASK_CONNECT_TIMEOUT = "30s"


class EngineFailed(RuntimeError):
    """A batch could not be run: a worker was lost, the cluster went away, the lake could not
    be written. The message names the batch and the cause."""


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def open_engine(workers: int = 1, dask: str | None = None) -> Iterator[tuple[str, Executor | None]]:
    """(a description for the log, an executor) for `workers` local processes, or for the Dask
    scheduler at `dask` ("tcp://host:8786", or a `distributed.Client` a test already holds);
    no executor for one worker: the batches run in this process."""
    if dask is not None:
        from distributed import Client

        try:
            client = dask if isinstance(dask, Client) else Client(dask, timeout=DASK_CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as err:
            raise EngineFailed(f"cannot reach the Dask scheduler at {dask}: {err}") from err
        try:
            n = len(client.scheduler_info().get("workers", {}))
            yield f"Dask cluster at {client.scheduler.address} ({n} workers)", client.get_executor()
        finally:
            if client is not dask:
                client.close()
        return
    if workers <= 1:
        yield "1 worker (this process)", None
        return
    # forkserver: workers start from a clean process that has imported the extractor once,
    # never from a copy of a caller that may hold threads or open databases
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["etl.batches"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_exit_with_build,
                             initargs=(os.getpid(),)) as pool:
        try:
            yield f"{workers} local worker processes", pool
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


BUILD_WATCH_SECONDS = 1.0


def _exit_with_build(build_pid: int) -> None:
    """A worker's watch on the build that started it: a build killed outright (SIGKILL, out of
    memory) cannot tell its workers to stop, and they would wait for work forever. (Their
    parent is the fork server, not the build, so the parent-death signal cannot tell them.)"""
    def watch() -> None:
        while True:
            time.sleep(BUILD_WATCH_SECONDS)
            try:
                os.kill(build_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass  # alive, another user's (a reused id): keep watching
    threading.Thread(target=watch, name="build-watch", daemon=True).start()


def run_all(executor: Executor | None, fn: Callable, items: Iterable, describe: Callable[[object], str]) -> Iterator:
    """fn(item) for every item on `executor` (None: here, one at a time), yielded as each
    finishes (any order). The first batch that fails stops the run: the rest are cancelled and
    EngineFailed names it."""
    items = list(items)
    if executor is None:
        for item in items:
            try:
                result = fn(item)
            except Exception as error:
                raise EngineFailed(f"{describe(item)} failed: {type(error).__name__}: {error}") from error
            yield result
        return
    futures = {executor.submit(fn, item): item for item in items}
    try:
        for future in as_completed(futures):
            _raise_if_failed(future, futures[future], describe)
            yield future.result()
    finally:
        for future in futures:
            future.cancel()


def _raise_if_failed(future: Future, item, describe) -> None:
    error = future.exception()
    if error is not None:
        raise EngineFailed(f"{describe(item)} failed on its worker: {type(error).__name__}: {error}") from error
