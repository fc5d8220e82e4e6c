"""How busy a GPU run kept the GPU, per job: nvidia-smi polled beside the training processes.

Recorded every run (logs/gpu-util.csv in report.tar, per-job means in metrics.json), so a change to the training
steps is measured, not guessed.
"""
from __future__ import annotations

import shutil
import subprocess
import threading
import time
from pathlib import Path

QUERY = ["--query-gpu=utilization.gpu,memory.used", "--format=csv,noheader,nounits"]


class GpuWatch:
    """Polls nvidia-smi every `every` seconds on a thread; a no-op where there is no nvidia-smi (CPU runs)."""

    def __init__(self, csv: Path, every: float = 5.0, smi: str = "nvidia-smi"):
        self.csv, self.every, self.smi = csv, every, shutil.which(smi)
        self.samples: list[tuple[float, float, float]] = []  # (time, % busy, MiB used)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True) if self.smi else None

    def start(self) -> "GpuWatch":
        if self._thread:
            self.csv.parent.mkdir(parents=True, exist_ok=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread:
            self._stop.set()
            self._thread.join(timeout=self.every + 10)
            self.csv.write_text("time,utilization_gpu_percent,memory_used_mib\n" +
                                "".join(f"{t:.1f},{u:g},{m:g}\n" for t, u, m in self.samples))

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                line = subprocess.run([self.smi, *QUERY], capture_output=True, text=True, timeout=10).stdout
                util, mem = (float(v) for v in line.strip().splitlines()[0].split(","))
                self.samples.append((time.time(), util, mem))
            except (OSError, ValueError, IndexError, subprocess.SubprocessError):
                pass  # a missed sample must never disturb the run
            self._stop.wait(self.every)

    def summary(self, windows: dict[str, tuple[float, float]]) -> dict:
        """Per named (start, end) window: samples, mean % busy, most memory; None for a window without samples."""
        out = {}
        for name, (t0, t1) in windows.items():
            inside = [(u, m) for t, u, m in self.samples if t0 <= t <= t1]
            out[name] = {"samples": len(inside), "mean_util_percent": round(sum(u for u, _ in inside) / len(inside), 1),
                         "max_memory_mib": max(m for _, m in inside)} if inside else None
        return out
