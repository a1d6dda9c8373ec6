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


def _fresh_model():
    """The shipped model with an empty candidate cache (and a channel of its own, so its caches are cold)."""
    from plan_parser.restore.channel import Channel
    from plan_parser.restore.model_files import RestorerModel

    base = get_model()
    return RestorerModel(base.lm, Channel(base.channel.counts), base.inventory, base.meta)


def test_document_batch_gives_the_same_readings_as_one_token_at_a_time(seed_text):
    # The new tokens of a document are scored together (fast_costs_batch); grouping them by length must
    # not mix up whose rows are whose: every reading and cost must equal the one-token result.
    from plan_parser.restore.decoder import DecodeOptions, candidates, candidates_many
    from plan_parser.restore.text import split_line, word_like

    cores = [p.core for line in seed_text("002").split("\n") for p in split_line(line) if word_like(p.core)][:900]
    opts = DecodeOptions()
    together = candidates_many(_fresh_model(), cores, opts)
    single_model = _fresh_model()
    for core, batch in zip(cores, together):
        one = candidates(single_model, core, opts)
        assert [(c.word, c.lm_id, c.cost) for c in batch] == [(c.word, c.lm_id, c.cost) for c in one], core


def test_restored_tokens_are_what_validation_would_build():
    # Tokens skip pydantic validation (restorer._built); they must equal validated ones field for field.
    from plan_parser.model import RestoredToken
    from plan_parser.restore import restore

    tokens = restore("Ké hoach sé 150/KH-UBND cua Pang ty xa, chuyén d6i s6").tokens
    assert any(t.alternatives for t in tokens)
    for t in tokens:
        assert RestoredToken.model_validate(t.model_dump()) == t
        assert t.model_fields_set == set(RestoredToken.model_fields)


def test_batched_edit_distance_is_bit_identical_to_the_one_pair_version():
    # edit_batch aligns all pairs of a document at once; the limits are replayed on its exact costs, so
    # it must give the very same floats (mixed lengths: padding must not leak into shorter pairs).
    from plan_parser.restore.edit_batch import edit_costs

    ch = get_model().channel
    trues = ["chức", "trường", "nghệ", "số", "nước", "ư", "người", "khuyến"]
    seens = ["chirc", "nuée", "gilr", "nhí€em", "ngirời", "s", "dude", "truong", "tmg"]
    pairs = [(t, s) for t in trues for s in seens]
    assert edit_costs(ch, pairs, folded=False) == [ch.token_cost(t, s) for t, s in pairs]
    folded = [(fold(t), s) for t, s in pairs]
    assert edit_costs(ch, folded, folded=True) == [ch.fold_cost(f, s) for f, s in folded]
