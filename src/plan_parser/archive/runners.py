"""Where the files are processed: in this process, a local process pool, or a Dask cluster.

Every runner hands back (task, IndexRecord) pairs as they finish; the parent alone writes to
the index, so workers need no database access and a killed worker loses nothing written.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ..errors import ClusterUnavailable, WorkerCrashed
from .records import process_file
from .store import IndexRecord


@dataclass(frozen=True)
class Task:
    path: str
    sha256: str


class Runner:
    """Runs `process_file` over tasks; `workers` is how many files are in flight at once."""

    workers = 1

    def run(self, tasks: Iterable[Task], processor: str) -> Iterator[tuple[Task, IndexRecord]]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class InlineRunner(Runner):
    """No worker processes: for debugging and the smallest jobs."""

    def run(self, tasks, processor):
        for task in tasks:
            yield task, process_file(task.path, task.sha256, processor)


class PoolRunner(Runner):
    """A local ProcessPoolExecutor; a crashed worker is replaced and its file recorded as E603."""

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self._pool: cf.ProcessPoolExecutor | None = None

    def _new_pool(self) -> cf.ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        # forkserver: workers start from a clean interpreter, not a copy of the parent's threads.
        self._pool = cf.ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("forkserver"))
        return self._pool

    def run(self, tasks, processor):
        # A pool outlives one run: its workers keep their loaded models (OCR, restorer, parser).
        pool = self._pool or self._new_pool()
        queue = list(tasks)
        queue.reverse()
        suspects: list[Task] = []  # files in flight when a worker died: retried one at a time
        window = self.workers * 2  # enough to keep workers busy without holding every result
        pending: dict[cf.Future, Task] = {}
        while queue or suspects or pending:
            limit = 1 if suspects else window
            while len(pending) < limit and (suspects or queue):
                task = suspects.pop() if suspects else queue.pop()
                pending[pool.submit(process_file, task.path, task.sha256, processor)] = task
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            broken: list[Task] = []
            for future in done:
                task = pending.pop(future)
                try:
                    yield task, future.result()
                except BrokenProcessPool:
                    broken.append(task)
            if broken:
                in_flight = broken + list(pending.values())
                pending.clear()
                pool = self._new_pool()
                if limit == 1:  # the file ran alone, so the crash is its own
                    for task in in_flight:
                        error = WorkerCrashed(f"a worker process died while processing {task.path}")
                        record = IndexRecord(sha256=task.sha256, path=task.path, status="error", error=error.to_dict())
                        yield task, record
                else:
                    suspects.extend(in_flight)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskRunner(Runner):
    """Files spread over Dask workers: `local` starts a LocalCluster, `dask://HOST:PORT` joins one."""

    def __init__(self, cluster: str, workers: int = 2):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ClusterUnavailable("Dask is not installed") from exc
        self._cluster = None
        try:
            if cluster == "local":
                self._cluster = LocalCluster(
                    n_workers=max(1, workers), threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=50,
                )  # fmt: skip
                self.client = Client(self._cluster)
            elif cluster.startswith(("dask://", "tcp://", "tls://")):
                address = cluster.replace("dask://", "tcp://", 1)
                self.client = Client(address, timeout=20)
            else:
                raise ClusterUnavailable(f"unknown cluster address {cluster!r}")
        except ClusterUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure to reach the scheduler is one clear error
            raise ClusterUnavailable(f"cannot reach the Dask cluster {cluster}: {exc}") from exc
        self.workers = max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values()))

    def run(self, tasks, processor):
        from distributed import as_completed
        from distributed.client import FutureCancelledError

        queue = list(tasks)
        queue.reverse()
        window = self.workers * 2
        pending = {}
        stream = as_completed()
        while queue and len(pending) < window:
            task = queue.pop()
            future = self.client.submit(process_file, task.path, task.sha256, processor, pure=False)
            pending[future.key] = task
            stream.add(future)
        for future in stream:
            task = pending.pop(future.key)
            try:
                yield task, future.result()
            except (FutureCancelledError, Exception) as exc:  # noqa: BLE001 - KilledWorker and kin
                error = WorkerCrashed(f"the Dask task for {task.path} failed: {type(exc).__name__}: {exc}")
                yield task, IndexRecord(sha256=task.sha256, path=task.path, status="error", error=error.to_dict())
            if queue:
                nxt = queue.pop()
                nf = self.client.submit(process_file, nxt.path, nxt.sha256, processor, pure=False)
                pending[nf.key] = nxt
                stream.add(nf)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_runner(workers: int, cluster: str | None) -> Runner:
    if cluster:
        return DaskRunner(cluster, workers=workers or 2)
    if workers <= 0:
        return InlineRunner()
    return PoolRunner(workers)
