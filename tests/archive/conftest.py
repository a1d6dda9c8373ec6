"""Archive fixtures: small archives on disk, and every store test run on SQLite and PostgreSQL.

PostgreSQL is a throwaway server started from the Debian binaries in a temporary folder,
listening only on a unix socket; each test gets a fresh database in it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from plan_parser.archive import open_store

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path("/usr/lib/postgresql/15/bin")
# The archive tests exercise indexing, not the parser: a stand-in that reads text files quickly.
TEXT_PROCESSOR = "tests.archive.text_processor:process"

PARENT_PLAN = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Số: 153/KH-UBND
Quảng Ninh, ngày 6 tháng 6 năm 2025
KẾ HOẠCH
Phát động phong trào thi đua đổi mới sáng tạo và chuyển đổi số
Thực hiện Quyết định số 923/QĐ-TTg của Thủ tướng Chính phủ.
Đảng ủy, chính quyền các cấp triển khai chuyển đổi số; nền tảng Cô Tô số hóa toàn diện.
"""

CHILD_PLAN = """ỦY BAN NHÂN DÂN PHƯỜNG UÔNG BÍ, xã
Số: 53/KH-UBND
Uông Bí, ngày 14 tháng 8 năm 2025
KẾ HOẠCH
Triển khai phong trào thi đua chuyển đổi số trên địa bàn phường
Thực hiện Kế hoạch số l53/KH-UBND của Ủy ban nhân dân tỉnh Quảng Ninh và Kế hoạch số 999/KH-UBND.
Phấn đấu hoàn thành mục tiêu về kinh tế số, xã hội số.
"""

OTHER_PLAN = """ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Số: 190/KH-UBND
Hà Nội, ngày 2 tháng 7 năm 2024
KẾ HOẠCH
Tổ chức hội nghị về cải cách hành chính
Nội dung: rà soát thủ tục hành chính, nâng cao chỉ số hài lòng.
"""


def make_archive(folder: Path, *, seeds: bool = True, bad: bool = True) -> Path:
    """A small archive: three synthetic plans, the corpus seeds, a duplicate and two bad files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tinh").mkdir(exist_ok=True)
    (folder / "tinh" / "153-KH-UBND.txt").write_text(PARENT_PLAN, encoding="utf-8")
    (folder / "phuong-53.txt").write_text(CHILD_PLAN, encoding="utf-8")
    (folder / "hanoi-190.txt").write_text(OTHER_PLAN, encoding="utf-8")
    (folder / "copy-of-153.txt").write_text(PARENT_PLAN, encoding="utf-8")
    (folder / "notes.csv").write_text("not,a,plan\n", encoding="utf-8")
    if seeds:
        for seed in sorted((ROOT / "corpus" / "seeds").glob("*.txt")):
            shutil.copy(seed, folder / seed.name)
    if bad:
        (folder / "empty.txt").write_bytes(b"")
        (folder / "latin1.txt").write_bytes("Kế hoạch".encode("utf-16")[:7] + b"\xff\xfe\x00")
    return folder


@pytest.fixture
def archive_dir(tmp_path) -> Path:
    return make_archive(tmp_path / "archive")


@pytest.fixture(autouse=True)
def _importable_test_processor(monkeypatch):
    # Worker processes and CLI subprocesses must import tests.archive.text_processor too.
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    monkeypatch.syspath_prepend(str(ROOT))


# ---------------------------------------------------------------------- PostgreSQL


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL 15 server on a unix socket; yields a URL template with {db}."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN} (apt-get install postgresql)")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("running as root without runuser: cannot start PostgreSQL as another user")
    base = Path(tempfile.mkdtemp(prefix="plan-parser-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                      "--locale=C", "--no-sync"]),
        check=True, capture_output=True,
    )  # fmt: skip
    options = f"-k {base} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start"]),
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql://postgres@/{{db}}?host={base}"
    finally:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


_db_numbers = itertools.count()


@pytest.fixture
def new_postgres_database(postgres_server):
    """Make a fresh, empty database on the throwaway server; returns its URL."""
    import psycopg

    def make() -> str:
        name = f"archive_test_{os.getpid()}_{next(_db_numbers)}"
        with psycopg.connect(postgres_server.format(db="postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return postgres_server.format(db=name)

    return make


@pytest.fixture
def postgres_url(new_postgres_database) -> str:
    return new_postgres_database()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """The same test on both backends: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "index.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(db_url):
    with open_store(db_url) as s:
        yield s
