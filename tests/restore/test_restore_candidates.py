"""The numpy candidate scorer (decoder._fast_costs) must agree with the channel's weighted edit distance."""

from __future__ import annotations

import pytest

from plan_parser.restore.decoder import _fast_costs
from plan_parser.restore.model_files import get_model
from plan_parser.restore.text import fold


@pytest.mark.parametrize(
    ("seen", "true"),
    [
        ("s6", "số"),  # same length: the diagonal
        ("chuyén", "chuyển"),
        ("chirc", "chức"),  # one shorter: ư read as two letters
        ("nghe¢", "nghệ"),  # one shorter: a mark read as a stray symbol
        ("truog", "trường"),  # one longer: a letter lost
    ],
)
def test_fast_costs_match_the_edit_distance(seen, true):
    model = get_model()
    scored, _ = _fast_costs(model.inventory, model.channel, {fold(true)}, seen, careful_above=1e9, beam=1e9)
    fast = dict((w, c) for c, w in scored)[true]
    assert fast == pytest.approx(model.channel.token_cost(true, seen), abs=1e-6)


def test_regression_badly_damaged_token_goes_to_the_full_edit_distance():
    # Past `careful_above` nothing is scored on the fast path: the caller runs the weighted edit distance.
    model = get_model()
    scored, slow = _fast_costs(model.inventory, model.channel, {"chuc"}, "chirc", careful_above=-1.0, beam=9.0)
    assert scored == [] and slow == {"chuc"}
