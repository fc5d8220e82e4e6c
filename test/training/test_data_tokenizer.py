"""common/data.py readers and the WordPiece tokenizer on a dataset from the real builder."""
import numpy as np
import torch

from training.common import vocab
from training.common.data import LANGS, SceneSplit, ToonScenesDataset, encode_captions, load_meta
from training.common.tokenizer import CLS_ID, PAD_ID, SEP_ID, UNK_ID, WordPieceTokenizer


def test_scene_split_reads_rows_images_and_depth(toonscenes96):
    meta = load_meta(toonscenes96)
    total = 0
    for split in ("train", "val", "test"):
        s = SceneSplit(toonscenes96, split)
        assert len(s) == meta["splits"][split]
        assert s.images(64).shape == (len(s), 64, 64, 3) and s.depth(128).shape == (len(s), 128, 128)
        assert set(s.setting_ids()) <= set(range(len(meta["settings"])))
        total += len(s)
    assert total == meta["count"] == 96


def test_dataset_items_have_the_documented_shapes_and_ranges(toonscenes96):
    tok = WordPieceTokenizer(vocab.build_vocab(SceneSplit(toonscenes96, "train").all_captions()))
    ds = ToonScenesDataset(toonscenes96, "train", 64, depth_size=128, encode=tok.encode_padded)
    item = ds[3]
    assert item["image"].shape == (3, 64, 64) and item["image"].dtype == torch.float32
    assert -1.0 <= float(item["image"].min()) and float(item["image"].max()) <= 1.0
    assert item["depth"].shape == (1, 128, 128) and 0.0 <= float(item["depth"].min()) <= float(item["depth"].max()) <= 1.0
    assert item["input_ids"].shape == (tok.max_length,) and int(item["input_ids"][0]) == CLS_ID
    assert int(item["attention_mask"].sum()) == int((item["input_ids"] != PAD_ID).sum())
    assert item["caption"] in ds.data.captions(3, LANGS[item["lang"]])
    torch.manual_seed(0)
    seen = {ds[3]["caption"] for _ in range(60)}
    assert len(seen) > 3  # random caption choice across the 10


def test_tokenizer_has_no_unknowns_on_unseen_test_captions(toonscenes96):
    tok = WordPieceTokenizer(vocab.build_vocab(SceneSplit(toonscenes96, "train").all_captions()))
    test_caps = SceneSplit(toonscenes96, "test").all_captions()
    assert test_caps and all(UNK_ID not in tok.encode(c, 10**9) for c in test_caps)
    assert 4000 <= len(tok) <= 8000


def test_tokenizer_roundtrip_and_korean_particles(tmp_path, toonscenes96):
    # Attest the stem 아기 with several particles so the check does not hang on what the sampler drew.
    attested = ["아기가 웃는다.", "아기는 잔다.", "아기를 본다.", "아기와 개가 있다."] * 2
    caps = list(SceneSplit(toonscenes96, "train").all_captions()) + attested
    vocab.save(vocab.build_vocab(caps), str(tmp_path))
    tok = WordPieceTokenizer.from_file(str(tmp_path))
    assert [tok.vocab[s] for s in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")] == [0, 1, 2, 3, 4]
    ids = tok.encode("A baby in the BEDROOM.")
    assert ids[0] == CLS_ID and ids[-1] == SEP_ID and tok.decode(ids) == "a baby in the bedroom ."
    # particles become '##' pieces after the attested stem: 아기가 = 아기 + ##가
    assert tok.tokenize("아기가 침실에 있다") [:2] == ["아기", "##가"]
    assert tok.encode("x " * 100)[-1] != SEP_ID and len(tok.encode("x " * 100)) == tok.max_length


def test_encode_captions_gives_ten_per_scene(toonscenes96):
    s = SceneSplit(toonscenes96, "val")
    tok = WordPieceTokenizer(vocab.build_vocab(s.all_captions()))
    ids, mask, lang = encode_captions(s, tok.encode_padded)
    assert ids.shape == (len(s), 10, tok.max_length) and mask.shape == ids.shape
    assert list(lang) == [0] * 5 + [1] * 5
    assert np.all(ids[..., 0] == CLS_ID)


def test_limit_keeps_the_first_rows_of_every_array(toonscenes96):
    full, few = SceneSplit(toonscenes96, "train"), SceneSplit(toonscenes96, "train", limit=5)
    assert len(few) == 5 and few.images(64).shape[0] == 5 and few.depth(128).shape[0] == 5
    assert np.array_equal(few.images(64)[4], full.images(64)[4]) and few.scenes[4] == full.scenes[4]
