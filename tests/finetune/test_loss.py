import math

import pytest
import torch
import torch.nn.functional as F

from bot.finetune.loss import IGNORE, LossWeights, multitask_loss


def test_weighted_sum_matches_each_cross_entropy():
    torch.manual_seed(0)
    lm_logits, lm_t = torch.randn(5, 11), torch.tensor([1, 2, 3, 4, 5])
    it_logits, it_l = torch.randn(3, 4), torch.tensor([0, IGNORE, 2])
    ner_logits, ner_l = (
        torch.randn(2, 6, 5),
        torch.tensor([[0, 1, 2, IGNORE, IGNORE, IGNORE], [3, 4, 0, 0, 1, IGNORE]]),
    )
    ro_logits, ro_l = torch.randn(3, 7), torch.tensor([IGNORE, 6, 1])
    w = LossWeights(lm=1.0, intent=0.3, ner=0.2, routing=0.7)
    out = multitask_loss(w, lm_logits, lm_t, it_logits, it_l, ner_logits, ner_l, ro_logits, ro_l)
    expected = {
        "lm": F.cross_entropy(lm_logits, lm_t),
        "intent": F.cross_entropy(it_logits[[0, 2]], it_l[[0, 2]]),
        "ner": F.cross_entropy(ner_logits.reshape(-1, 5), ner_l.reshape(-1), ignore_index=IGNORE),
        "routing": F.cross_entropy(ro_logits[[1, 2]], ro_l[[1, 2]]),
    }
    for k, v in expected.items():
        assert out[k].item() == pytest.approx(v.item(), rel=1e-6)
    total = (
        1.0 * expected["lm"]
        + 0.3 * expected["intent"]
        + 0.2 * expected["ner"]
        + 0.7 * expected["routing"]
    )
    assert out["total"].item() == pytest.approx(total.item(), rel=1e-6)
    assert set(out) == {"lm", "intent", "ner", "routing", "total"}


def test_head_without_targets_is_zero_but_keeps_gradient_path():
    logits = torch.randn(4, 3, requires_grad=True)
    lm = torch.randn(2, 5, requires_grad=True)
    out = multitask_loss(LossWeights(), lm, torch.tensor([1, 2]), logits, torch.full((4,), IGNORE))
    assert out["intent"].item() == 0.0
    assert out["ner"].item() == 0.0 and out["routing"].item() == 0.0
    out["total"].backward()
    assert logits.grad is not None and torch.count_nonzero(logits.grad) == 0
    assert torch.count_nonzero(lm.grad) > 0


def test_zero_weight_removes_a_head_and_no_heads_is_an_error():
    lm = torch.randn(2, 5)
    it = torch.randn(2, 3)
    out = multitask_loss(
        LossWeights(lm=0.0, intent=1.0), lm, torch.tensor([0, 1]), it, torch.tensor([0, 1])
    )
    assert out["total"].item() == pytest.approx(out["intent"].item())
    assert math.isfinite(out["lm"].item()) and out["lm"].item() > 0
    with pytest.raises(ValueError):
        multitask_loss(LossWeights())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("total", 9.0),
        ("lm", 4.0),
        ("heads", 0.5 * 2 + 0.5 * 3 + 0.25 * 8),
        ("nlu", 0.5 * 2 + 0.5 * 3),
        ("nlu_error", 1 - (0.8 + 0.6) / 2),
    ],
)
def test_early_stopping_watches_the_named_dev_loss(name, expected):
    from bot.finetune.trainer import stop_metric

    metrics = {
        "loss_total": 9.0,
        "loss_lm": 4.0,
        "loss_intent": 2.0,
        "loss_ner": 3.0,
        "loss_routing": 8.0,
        "intent_accuracy": 0.8,
        "entity_f1": 0.6,
    }
    weights = LossWeights(1.0, 0.5, 0.5, 0.25)
    assert stop_metric(name, weights, metrics) == pytest.approx(expected)
