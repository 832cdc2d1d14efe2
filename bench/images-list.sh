#!/usr/bin/env bash
# `images` and `images -f dangling=true` over stores of 1,000 and 5,000 images (a tenth of them
# dangling, all sharing one tiny layer). Sizes: BENCH_SIZES="1000 5000".
. "$(dirname "$0")/lib.sh"
bench_begin images-list
for n in ${BENCH_SIZES:-1000 5000}; do
  archive="$BENCH_DATA/many-$n.tar"
  gen many "$archive" "$n" $((n / 10))
  engines=$(engines_for "$n")
  case " $engines " in *" podman "*) ;; *) have_engine podman && NOTES+=("podman skipped at $n images (see BENCH_PODMAN_MAX_IMAGES in lib.sh)") ;; esac
  for e in $engines; do
    log "set-up: $n images into $e"
    engine_reset "$e"
    engine_load "$e" "$archive" || mark "images ($n images)" "$e" "set-up load failed"
  done
  for r in $(seq 1 "$BENCH_ROUNDS"); do
    for e in $engines; do
      measure "images ($n images)" "$e" "$(engine "$e") images"
      measure "images -f dangling=true ($n images)" "$e" "$(engine "$e") images -f dangling=true"
    done
  done
  for e in $engines; do engine_reset "$e"; done
done
bench_end
