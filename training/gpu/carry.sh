#!/usr/bin/env bash
# Get the tree a device call copies under its 64 MiB cap (see training/README.md, "The GPU run").
#   TOON_JOBS=ldm bash training/gpu/carry.sh pack DATASET
#       -> .gpu-data/toonscenes.tar.xz of a built dataset, only the image sizes the jobs train at (clip, gan: 64 px,
#          1.4 KB a scene; ldm, depth: 128 px, 2.8 KB; all four: both, ~4.2 KB)
#   bash training/gpu/carry.sh runner          -> .gpu-data/node.xz + runner.tar.xz (37 MB, any scene count)
#   TOON_JOBS=clip,gan bash training/gpu/carry.sh slim
#       -> takes every path the selected jobs do not need out of git's INDEX only (files stay on disk), lists them
#          in .git/info/exclude so they do not travel either, writes .gpu-data/jobs for gpu/run.sh; refuses (and
#          undoes itself) when the carry would pass 62 MiB
#   bash training/gpu/carry.sh restore         -> puts the index entries back exactly, drops the exclude block
#   bash training/gpu/carry.sh size            -> prints what a device call would carry now
# TOON_JOBS: comma list from clip,depth,gan,ldm (default all). ldm reads clip/text.pt + tokenizer; gan reads clip.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode="${1:?usage: training/gpu/carry.sh pack DATASET_DIR | runner | slim | restore | size}"
CAP=$((62 * 1048576))
EXCLUDE="$(git rev-parse --git-path info/exclude)"
BACKUP="$(git rev-parse --git-path toon-carry-index)"
BEGIN="# >>> toonsmith gpu carry: training/gpu/carry.sh slim (restore removes this block)"
END="# <<< toonsmith gpu carry"

carried_bytes() {  # what the device tool copies: tracked + untracked-not-ignored files, plus .gpu-data and shared/
  local tree extra
  tree=$(git ls-files -co --exclude-standard -z | xargs -0 stat -c %s 2>/dev/null | awk '{s+=$1} END {print s+0}')
  extra=$(du -scb .gpu-data shared 2>/dev/null | tail -1 | cut -f1)
  echo "working tree $((tree / 1024)) KiB + .gpu-data/shared $((extra / 1024)) KiB = $(((tree + extra) / 1024)) KiB" \
    "($(((tree + extra) / 1048576)) MiB; refused above $((CAP / 1048576)) MiB, the tool's cap is 64 MiB)" >&2
  echo $((tree + extra))
}

dropped_paths() {  # one exclude line per path the selected jobs do not need
  local jobs=",$1,"
  has() { [[ "$jobs" == *",$1,"* ]]; }
  # app assets and test data derived from the checkpoints, reports of earlier runs: never needed to train
  printf '%s\n' /public/gallery /public/models/toon-mini /test/fixtures /bench /docs /training/runs
  # sample grids belong to runs and the model card; the online UNet is never kept (resume uses the EMA)
  printf '%s\n' '/training/checkpoints/**/*.png' /training/checkpoints/ldm/ldm-unet.pt
  if ! has clip && ! has gan; then
    if has ldm; then echo /training/checkpoints/clip/vision.pt; else echo /training/checkpoints/clip; fi
  fi
  for j in depth gan ldm; do has "$j" || echo "/training/checkpoints/$j"; done
}

pack_sizes() {  # the image sizes the selected jobs' full configs read: CLIP and the DCGAN 64 px, depth and the LDM 128
  local jobs=",$1," sizes=()
  [[ "$jobs" == *,clip,* || "$jobs" == *,gan,* ]] && sizes+=(64)
  [[ "$jobs" == *,depth,* || "$jobs" == *,ldm,* ]] && sizes+=(128)
  local IFS=,; echo "${sizes[*]}"
}

block_paths() { sed -n "/^$BEGIN\$/,/^$END\$/p" "$EXCLUDE" 2>/dev/null | grep -v '^#' || true; }

restore() {
  mapfile -t lines < <(block_paths)
  [ "${#lines[@]}" -gt 0 ] || { echo "nothing to restore: no slim block in $EXCLUDE" >&2; rm -f "$BACKUP"; return 0; }
  specs=(); for l in "${lines[@]}"; do specs+=(":(glob)${l#/}" ":(glob)${l#/}/**"); done
  if [ -f "$BACKUP" ]; then
    # the exact entries the index had before slim (staged changes included), for those paths only
    GIT_INDEX_FILE="$BACKUP" git ls-files -s -z -- "${specs[@]}" | git update-index -z --index-info
  else
    git reset -q HEAD -- "${specs[@]}"
  fi
  git update-index -q --refresh >/dev/null || true
  sed -i "/^$BEGIN\$/,/^$END\$/d" "$EXCLUDE"
  rm -f "$BACKUP" .gpu-data/jobs
  echo "restored ${#lines[@]} paths into the index; exclude block removed" >&2
}

slim() {
  local jobs="${TOON_JOBS:-clip,depth,gan,ldm}" j
  for j in ${jobs//,/ }; do
    case "$j" in clip|depth|gan|ldm) ;; *) echo "TOON_JOBS: unknown job '$j' (clip,depth,gan,ldm)" >&2; exit 2 ;; esac
  done
  [ -z "$(block_paths)" ] || { echo "already slimmed: run 'training/gpu/carry.sh restore' first" >&2; exit 1; }
  mapfile -t lines < <(dropped_paths "$jobs")
  cp "$(git rev-parse --git-path index)" "$BACKUP"
  mkdir -p "$(dirname "$EXCLUDE")" .gpu-data
  [ ! -s "$EXCLUDE" ] || [ -z "$(tail -c1 "$EXCLUDE")" ] || echo >> "$EXCLUDE"  # the block starts on its own line
  { echo "$BEGIN"; printf '%s\n' "${lines[@]}"; echo "$END"; } >> "$EXCLUDE"
  specs=(); for l in "${lines[@]}"; do specs+=(":(glob)${l#/}" ":(glob)${l#/}/**"); done
  git rm -r -q --cached -f --ignore-unmatch -- "${specs[@]}"
  echo "$jobs" > .gpu-data/jobs
  echo "slim for jobs $jobs: out of the index (files kept on disk): ${lines[*]}" >&2
}

case "$mode" in
  runner)
    rm -f .gpu-data/toonscenes.tar.xz; mkdir -p .gpu-data
    npx tsx tools/dataset/pack.ts out/toonscenes-runner
    tar -cf - -C out toonscenes-runner --transform 's,^toonscenes-runner,runner,' | xz -T0 -6 > .gpu-data/runner.tar.xz
    xz -T0 -6 -c "$(command -v node)" > .gpu-data/node.xz
    carried_bytes >/dev/null ;;
  pack)
    rm -f .gpu-data/node.xz .gpu-data/runner.tar.xz
    PY=python3; "$PY" -c 'import numpy' 2>/dev/null || PY=/usr/bin/python3
    "$PY" -m training.gpu.pack_dataset "${2:?pack needs DATASET_DIR}" --sizes "$(pack_sizes "${TOON_JOBS:-clip,depth,gan,ldm}")" \
      --out .gpu-data/toonscenes.tar.xz
    carried_bytes >/dev/null ;;
  slim)
    slim
    total=$(carried_bytes)
    if [ "$total" -gt "$CAP" ]; then
      echo "OVER $((CAP / 1048576)) MiB: undoing the slim. Select fewer jobs or pack fewer scenes." >&2
      restore; exit 1
    fi ;;
  restore) restore ;;
  size) total=$(carried_bytes); [ "$total" -le "$CAP" ] || { echo "OVER: a device call would be refused" >&2; exit 1; } ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
