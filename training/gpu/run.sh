#!/usr/bin/env bash
# GPU session entry point (device tool: run with command `bash training/gpu/run.sh`, see training/README.md).
# TOON_TINY=1 bash training/gpu/run.sh  -> the same flow on CPU with tiny configs and synthetic data (dry run).
# TOON_JOBS=clip,gan (any of clip,depth,gan,ldm) runs a subset; see training/gpu/carry.sh slim.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PYTHONUNBUFFERED=1
PY="${TOON_PYTHON:-python3}"
# Debian keeps torch in its own python3; a pyenv python3 first on PATH would not find it.
if ! "$PY" -c 'import torch' 2>/dev/null && [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; fi
OUT_DIR="${OUT:-out/gpu-run}"
# 6.5 training minutes + data (<1 min) + process start, export and packing fit the device tool's 600 s per command
args=(--out "$OUT_DIR" --minutes "${TOON_MINUTES:-6.5}" --clip-share "${TOON_CLIP_SHARE:-0.4}")
if [ "${TOON_TINY:-0}" = "1" ]; then
  args=(--out "${OUT:-out/gpu-tiny}" --minutes "${TOON_MINUTES:-1.5}" --clip-share "${TOON_CLIP_SHARE:-0.4}" --tiny)
else
  command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
  # 16 cores shared by five training processes: keep each process's CPU threads small
  export OMP_NUM_THREADS=3
fi
[ -n "${TOON_DATA:-}" ] && args+=(--data "$TOON_DATA")
# TOON_GAN_BATCH=64: the DCGAN's batch (at the config's 256 it drifted on the GPU; training/LOG.md)
[ -n "${TOON_GAN_BATCH:-}" ] && args+=(--gan-batch "$TOON_GAN_BATCH")
# TOON_LDM_RESTART=1: the VAE trains again and the UNet starts fresh (automatic when the kept VAE has another image size)
[ "${TOON_LDM_RESTART:-0}" = "1" ] && args+=(--ldm-restart)
# which models train: TOON_JOBS, else the selection `training/gpu/carry.sh slim` carried along, else all
jobs="${TOON_JOBS:-$(cat .gpu-data/jobs 2>/dev/null || true)}"
[ -n "$jobs" ] && args+=(--jobs "$jobs")
"$PY" -c 'import torch, sys; print("torch", torch.__version__, "cuda", torch.cuda.is_available(), "python", sys.version.split()[0])'
exec "$PY" -m training.gpu.run "${args[@]}"
