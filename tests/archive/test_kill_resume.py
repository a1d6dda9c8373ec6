"""Issue 10, batch durability: SIGKILL the index job at random points, resume, lose nothing.

The job runs as a real subprocess of the CLI, killed five times without warning; after the
last resume its index must equal that of an uninterrupted run: no loss, no duplicates, no
half-written record, on SQLite and on PostgreSQL.
"""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from plan_parser.archive import open_store

from .conftest import TEXT_PROCESSOR, make_archive

KILLS = 5


def index_command(folder, db) -> list[str]:
    return [sys.executable, "-m", "plan_parser.cli", "index", str(folder), "--db", db, "--workers", "2",
            "--processor", TEXT_PROCESSOR, "--quiet"]  # fmt: skip


@pytest.fixture
def kill_archive(tmp_path):
    folder = make_archive(tmp_path / "archive")
    for i in range(20):  # ~30 small files in all
        (folder / f"gen-{i:02d}.txt").write_text(f"KẾ HOẠCH\nSố: {i}/KH-UBND\nNội dung số {i} về chuyển đổi số\n")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_killed_and_resumed_index_equals_an_uninterrupted_one(kill_archive, tmp_path, backend, request):
    if backend == "sqlite":
        reference_db, killed_db = str(tmp_path / "reference.db"), str(tmp_path / "killed.db")
    else:
        make = request.getfixturevalue("new_postgres_database")
        reference_db, killed_db = make(), make()
    env = {**os.environ, "PLAN_PARSER_TEST_DELAY": "0.03"}

    subprocess.run(index_command(kill_archive, reference_db), env=env, check=True, capture_output=True)

    rng = random.Random(7)
    stored_after_kill = []
    for _ in range(KILLS):
        # Its own process group, so the kill takes the job and its workers down together.
        proc = subprocess.Popen(
            index_command(kill_archive, killed_db), env=env, stderr=subprocess.DEVNULL, start_new_session=True
        )
        with open_store(killed_db) as watch:
            done = len(watch.known())
            target = rng.randint(done, 29) if done < 29 else 29
            # Kill at a random moment once `target` documents are in: mid-write, mid-file, anywhere.
            deadline = time.monotonic() + 30
            while len(watch.known()) < target and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0, 0.05))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        with open_store(killed_db) as partial:
            stored_after_kill.append(len(partial.known()))
    subprocess.run(index_command(kill_archive, killed_db), env=env, check=True, capture_output=True)

    # The test means something only if some kill landed in the middle of the work.
    assert any(n < 30 for n in stored_after_kill), stored_after_kill
    with open_store(reference_db) as reference, open_store(killed_db) as resumed:
        expected = reference.snapshot()
        assert resumed.snapshot() == expected
        assert len(expected["documents"]) == 30 and len(expected["files"]) == 31
