"""Interfaces and definitions of the CLIP towers, the DCGAN and the depth estimator, checked without a dataset."""
import math

import numpy as np
import torch

from training.clip.eval import retrieval_metrics
from training.clip.image_metrics import frechet_distance, inception_score
from training.clip.model import Clip, ClipConfig, clip_loss
from training.depth.model import DepthConfig, DepthNet, depth_loss, depth_metrics
from training.gan.model import Discriminator, GanConfig, Generator, d_loss, g_loss, mode_seeking, paired_conditions

TINY = ClipConfig(vocab_size=50, max_len=16, text_dim=32, text_layers=2, text_heads=2, vision_dim=32,
                  vision_layers=1, vision_heads=2, embed_dim=24, dropout=0.0)


def test_text_tower_outputs_and_padding_invariance():
    torch.manual_seed(0)
    tower = Clip(TINY).text.eval()
    ids = torch.tensor([[2, 7, 9, 11, 3, 0, 0, 0]])
    hidden, pooled, emb = tower(ids)
    assert hidden.shape == (1, 8, 32) and pooled.shape == (1, 32) and emb.shape == (1, 24)
    assert torch.allclose(emb.norm(dim=-1), torch.ones(1), atol=1e-5)
    # more [PAD] must not change the sentence: the derived mask hides padded positions
    _, pooled16, _ = tower(torch.cat([ids, torch.zeros(1, 8, dtype=torch.long)], 1))
    assert torch.allclose(pooled, pooled16, atol=1e-5)


def test_clip_loss_is_symmetric_and_accuracy_counts_both_directions():
    logits = torch.tensor([[5.0, 0.0], [6.0, 1.0]])  # text→image: row 0 right, row 1 wrong
    loss, acc = clip_loss(logits)
    assert math.isclose(float(acc), 0.5)  # text→image 1/2, image→text (columns) 1/2
    assert float(clip_loss(torch.eye(2) * 20)[1]) == 1.0 and float(loss) > 0


def test_retrieval_metrics_follow_their_definition():
    text = torch.eye(3)
    image = torch.tensor([[1.0, 0, 0], [0.9, 0.8, 0], [0, 0, 1.0]])
    m = retrieval_metrics(text, image, torch.tensor([0, 1, 2]))
    assert m["mrr@1"] == 1.0 and m["mean_rank"] == 1.0  # every query's own image is its best match
    # targets swapped: query0's own image scores 0.9 < 1.0 → rank 2; query1's scores 0 < 0.8 → rank 2
    m = retrieval_metrics(text, image, torch.tensor([1, 0, 2]))
    assert math.isclose(m["mrr@1"], 1 / 3, rel_tol=1e-6) and math.isclose(m["mrr@5"], 2 / 3, rel_tol=1e-6)
    assert math.isclose(m["r@1"], 1 / 3, rel_tol=1e-6) and m["r@5"] == 1.0
    assert math.isclose(m["mean_rank"], 5 / 3, rel_tol=1e-6)


def test_frechet_distance_zero_for_same_set_and_mean_shift_for_shifted():
    rng = np.random.default_rng(0)
    a = rng.normal(size=(400, 6))
    assert abs(frechet_distance(a, a)) < 1e-6
    assert math.isclose(frechet_distance(a, a + 2.0), 6 * 4.0, rel_tol=1e-6)


def test_inception_score_bounds():
    k = 6
    sure_and_even = torch.eye(k).repeat(3, 1)  # every image certain, classes used equally: the maximum, k
    assert math.isclose(inception_score(sure_and_even), k, rel_tol=1e-6)
    one_class = torch.zeros(10, k); one_class[:, 2] = 1  # every image the same class: 1
    assert math.isclose(inception_score(one_class), 1.0, rel_tol=1e-6)
    unsure = torch.full((10, k), 1 / k)  # no image says anything: 1
    assert math.isclose(inception_score(unsure), 1.0, rel_tol=1e-6)
    mixed = torch.softmax(torch.randn(50, k, generator=torch.Generator().manual_seed(0)) * 3, 1)
    assert 1 < inception_score(mixed) < k


def test_gan_shapes_and_losses():
    cfg = GanConfig(sentence_dim=32, ngf=4, ndf=4, cond_dim=8)
    g, d = Generator(cfg), Discriminator(cfg)
    s, z = torch.randn(3, 32), torch.randn(3, 100)
    img = g(s, z)
    assert img.shape == (3, 3, 64, 64) and float(img.abs().max()) <= 1.0
    logit, feats = d(img, s)
    assert logit.shape == (3,) and feats.shape[0] == 3
    real = torch.rand(3, 3, 64, 64) * 2 - 1
    ld, d_real = d_loss(d, real, img, s, s.roll(1, 0))
    lg, adv, fm, ratio = g_loss(d, real, img, s)
    assert ld.requires_grad and lg.requires_grad and fm >= 0 and math.isnan(ratio)
    # the logged figures stay detached tensors: a training step must not wait on the GPU to read them
    assert all(isinstance(v, torch.Tensor) and not v.requires_grad for v in (d_real, adv, fm, ratio))


def test_mode_seeking_pairs_and_penalises_ignored_noise():
    s = torch.randn(4, 32)
    paired = paired_conditions(s)
    assert torch.equal(paired[:2], s[:2]) and torch.equal(paired[2:], s[:2])
    noise = torch.randn(4, 100)
    same = torch.rand(2, 3, 8, 8).repeat(2, 1, 1, 1)  # both halves alike: the noise was ignored
    loss_same, ratio_same = mode_seeking(same, noise)
    varied = torch.rand(4, 3, 8, 8)
    loss_varied, ratio_varied = mode_seeking(varied, noise)
    assert ratio_same == 0 and float(loss_same) > 1e4
    expected = float((varied[:2] - varied[2:]).abs().mean() / (noise[:2] - noise[2:]).abs().mean())
    assert math.isclose(ratio_varied, expected, rel_tol=1e-6) and math.isclose(float(loss_varied), 1 / (expected + 1e-5), rel_tol=1e-5)
    # descending the term alone moves a generator's images for one sentence apart
    torch.manual_seed(0)
    g = GanConfig(sentence_dim=32, ngf=4, ndf=4, cond_dim=8)
    gen = Generator(g)
    opt = torch.optim.Adam(gen.parameters(), lr=1e-3)
    ratios = []
    for _ in range(6):
        loss, ratio = mode_seeking(gen(paired, noise), noise)
        opt.zero_grad(); loss.backward(); opt.step()
        ratios.append(ratio)
    assert ratios[-1] > ratios[0]


def test_depth_net_any_multiple_of_8_and_metrics():
    net = DepthNet(DepthConfig(channels=(4, 8, 8, 8))).eval()
    out = net(torch.rand(2, 3, 48, 64) * 2 - 1)
    assert out.shape == (2, 48, 64) and float(out.min()) >= 0 and float(out.max()) <= 1
    t = torch.rand(2, 48, 64) * 0.9 + 0.1
    m = depth_metrics(t, t)
    assert m["mae"] == 0 and m["delta1"] == 1.0 and m["within_0.05"] == 1.0
    assert float(depth_loss(t, t)) == 0.0
