"""The public API: plan_parser.read/restore/parse/compare stay callable however they are reached."""

import plan_parser as pp
from conftest import CORPUS

SEED_003 = CORPUS / "seeds" / "003_137b158b223d4912.txt"


def test_stage_functions_stay_callable_after_their_subpackage_is_imported():
    # Regression: importing plan_parser.read replaced the function pp.read with the subpackage,
    # so the second call of pp.read(...) raised "'module' object is not callable".
    for _ in range(2):
        document = pp.read(SEED_003)
        plan = pp.parse(document)
        assert plan.issuer == "Ủy ban nhân dân phường Lê Đại Hành"
        assert pp.restore("ke hoach trien khai").text == "kế hoạch triển khai"
        assert pp.compare(plan, plan).coverage == 1.0


def test_from_imports_give_the_functions():
    from plan_parser.parse import parse
    from plan_parser.read import read

    assert callable(read) and read.__name__ == "read"
    assert callable(parse) and parse.__name__ == "parse"
