"""toon-mini: models, data readers and export helpers for the Toonsmith model suite.

Import as `toon` with the `training/` folder on sys.path (the train_*.py scripts live there,
so `python3 training/train_clip.py` finds it; tests add it in test/training/conftest.py).
"""
