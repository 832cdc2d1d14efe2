#!/usr/bin/env bash
# `image prune -f` of 200 and 1,000 dangling images (one shared tiny layer). Each round and
# engine gets a fresh store of exactly N dangling images (set-up not measured); one timed prune.
. "$(dirname "$0")/lib.sh"
bench_begin prune
for n in ${BENCH_SIZES:-200 1000}; do
  archive="$BENCH_DATA/dangling-$n.tar"
  gen many "$archive" "$n" "$n" bench/dangling
  engines=$(engines_for "$n")
  case " $engines " in *" podman "*) ;; *) have_engine podman && NOTES+=("podman skipped at $n images (see BENCH_PODMAN_MAX_IMAGES in lib.sh)") ;; esac
  for e in $engines; do engine_reset "$e"; done
  for r in $(seq 1 "$BENCH_ROUNDS"); do
    for e in $engines; do
      log "round $r: $n dangling images into $e"
      engine_load "$e" "$archive" || { mark "image prune -f ($n dangling)" "$e" "set-up load failed"; continue; }
      measure "image prune -f ($n dangling)" "$e" "$(engine "$e") image prune -f" "" 1 0
      engine_reset "$e"
    done
  done
done
bench_end
