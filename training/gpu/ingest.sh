#!/usr/bin/env bash
# Bring a GPU run's files (metrics.json, report.tar, ckpt.tar.NN from $OUT) into the repo:
#   bash training/gpu/ingest.sh DIR
# -> training/checkpoints/{clip,gan,depth,ldm}/, training/runs/<stamp>/ (logs, metrics, grids),
#    re-exported ONNX + fixtures, suite.json, manifest.json, and a training-log row in the model card.
#   bash training/gpu/ingest.sh DIR --checkpoints-only
# -> only the checkpoints (between two device calls of one session: the second resumes from the first's).
set -euo pipefail
cd "$(dirname "$0")/../.."
SRC="${1:?usage: bash training/gpu/ingest.sh DIR_WITH_RETURNED_FILES}"
PY="${TOON_PYTHON:-python3}"
if ! "$PY" -c 'import torch' 2>/dev/null && [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; fi
[ -f "$SRC/metrics.json" ] || { echo "no $SRC/metrics.json: is $SRC a training/gpu/run.sh \$OUT?" >&2; exit 1; }
stamp="$("$PY" -c 'import json,sys,time; print(time.strftime("%Y%m%d-%H%M%S", time.gmtime()))')"
run_dir="training/runs/$stamp"
mkdir -p "$run_dir" training/checkpoints
cp "$SRC/metrics.json" "$run_dir/metrics.json"
[ -f "$SRC/report.tar" ] && tar -xf "$SRC/report.tar" -C "$run_dir" --wildcards 'ckpt/*' 'logs/*' 2>/dev/null || true
# warnings print absolute paths of the device machine; the repo keeps them relative (training/…, site-packages/…)
find "$run_dir" -name '*.log' -o -name 'log.txt' | while read -r f; do
  sed -i -e 's#/[^ "'"'"':]*/site-packages/#site-packages/#g' -e 's#/[^ "'"'"':]*/\(training/\)#\1#g' "$f"
done
if compgen -G "$SRC/ckpt.tar.*" >/dev/null; then
  # chunks are one tar split by size; members are <model>/<file>, the repo's checkpoint layout
  cat "$SRC"/ckpt.tar.* | tar -x -C training/checkpoints
  echo "checkpoints: $(cat "$SRC"/ckpt.tar.* | tar -t | tr '\n' ' ')"
fi
# resume continues the UNet from its EMA (ldm/train_unet.py load_unet): the online copy is never kept (11.8 MB per carry)
rm -f training/checkpoints/ldm/ldm-unet.pt training/checkpoints/*/samples*.png
# the UNet and DCGAN must have learned the CLIP towers kept beside them (the app feeds them the exported ones);
# pytest enforces it on the committed checkpoints, so a mismatch here means: train ldm/gan on the new tower first
"$PY" -m training.suite.check || echo "ingest: WARNING: the generators and CLIP are out of step (above); do not land yet" >&2
if [ "${2:-}" = "--checkpoints-only" ]; then
  echo "checkpoints only: unpacked into training/checkpoints/ (no export, eval or log row)"
  exit 0
fi
failed=0
if [ -f training/checkpoints/ldm/ldm-unet-ema.pt ]; then
  "$PY" -m training.ldm.export --ckpt training/checkpoints/ldm --out public/models/toon-mini \
    --fixtures test/fixtures/toon-mini || failed=1
  mkdir -p public/models/toon-mini/samples
  for g in samples samples-styles; do
    [ -f "$run_dir/ckpt/ldm/$g.png" ] && cp "$run_dir/ckpt/ldm/$g.png" "public/models/toon-mini/samples/ldm-$g.png"
  done
fi
# the GAN's grid goes beside the LDM's, not into its checkpoint folder (which every GPU call carries)
if [ -f "$run_dir/ckpt/gan/samples.png" ]; then
  mkdir -p public/models/toon-mini/samples && cp "$run_dir/ckpt/gan/samples.png" public/models/toon-mini/samples/gan-samples.png
fi
# the core part's exporter (towers, DCGAN, depth) from the same checkpoint folders
if [ -d training/checkpoints/clip ] && [ -d training/checkpoints/gan ] \
   && [ -d training/checkpoints/depth ]; then
  "$PY" -m training.suite.export_core --clip training/checkpoints/clip --gan training/checkpoints/gan \
    --depth training/checkpoints/depth || failed=1
fi
"$PY" -m training.suite.merge_parts public/models/toon-mini || failed=1
if command -v npm >/dev/null; then npm run --silent manifest || failed=1; fi
ds="${TOON_DATA:-out/toonscenes-gpu}"; if command -v npm >/dev/null && [ -f "$ds/dataset.json" ]; then npm run --silent clip-report -- --dataset "$ds" || failed=1; fi  # thesis Tables 3-12 on the new towers
# the DCGAN on the test split, EN and KO captions, beside the real images (setting accuracy, IS in CLIP space, diversity)
if [ -f "$ds/test/images_64.npy" ]; then
  "$PY" -m training.gan.eval --gan training/checkpoints/gan --clip training/checkpoints/clip --data "$ds" \
    --out public/models/toon-mini/report/gan-eval.json >/dev/null || failed=1
fi
# the LDM as the app runs it (CLIP retrieval, depth, guidance, the app's strength), per language, with and without the text
if [ -f "$ds/test/images_128.npy" ] && [ -f training/checkpoints/ldm/ldm-unet-ema.pt ]; then
  "$PY" -m training.ldm.eval --ldm training/checkpoints/ldm --clip training/checkpoints/clip --data "$ds" \
    --out public/models/toon-mini/report/ldm-eval.json >/dev/null || failed=1
fi
"$PY" -m training.gpu.log_row "$run_dir/metrics.json" public/models/toon-mini/README.md || failed=1
echo "ingested into $run_dir (failed steps: $failed)"
exit "$failed"
