"""toon-mini: the Toonsmith model suite's training, evaluation and export code (PyTorch).

One package per model (clip, gan, depth, ldm), common/ for what they share, gpu/ for the device runs and
suite/ for what spans the models. Entry points run from the repository root: `python3 -m training.clip.train`.
"""
