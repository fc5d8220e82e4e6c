#!/usr/bin/env bash
# Make .gpu-data/ (git-ignored; name it in the device call's carry list) and print the carried size.
#   bash training/prepare_gpu_carry.sh runner          -> node.xz + runner.tar.xz (37 MB, any scene count)
#   bash training/prepare_gpu_carry.sh pack DATASET    -> toonscenes.tar.xz of a built dataset (~4.2 KB/scene)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:?usage: prepare_gpu_carry.sh runner | pack DATASET_DIR}"
mkdir -p .gpu-data
case "$mode" in
  runner)
    rm -f .gpu-data/toonscenes.tar.xz
    npx tsx tools/dataset/pack.ts out/toonscenes-runner
    tar -cf - -C out toonscenes-runner --transform 's,^toonscenes-runner,runner,' | xz -T0 -6 > .gpu-data/runner.tar.xz
    xz -T0 -6 -c "$(command -v node)" > .gpu-data/node.xz ;;
  pack)
    rm -f .gpu-data/node.xz .gpu-data/runner.tar.xz
    PY=python3; "$PY" -c 'import numpy' 2>/dev/null || PY=/usr/bin/python3
    "$PY" training/pack_dataset.py "${2:?pack needs DATASET_DIR}" --out .gpu-data/toonscenes.tar.xz ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
# what the device call carries: tracked + untracked-not-ignored files, plus .gpu-data
tree=$(git ls-files -co --exclude-standard -z | xargs -0 stat -c %s 2>/dev/null | awk '{s+=$1} END {print s+0}')
extra=$(du -sb .gpu-data | cut -f1)
echo "working tree $((tree / 1048576)) MiB + .gpu-data $((extra / 1048576)) MiB = $(((tree + extra) / 1048576)) MiB (cap 64 MiB, shared/ adds a little)"
if [ $((tree + extra)) -gt $((63 * 1048576)) ]; then
  echo "OVER the device tool's 64 MiB carry cap: the call would be refused. See training/README.md (carry budget)." >&2
  exit 1
fi
