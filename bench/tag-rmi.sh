#!/usr/bin/env bash
# Latency of one `tag` and one `rmi` of that tag on stores of 100 and 5,000 images: the cost of
# a tag must not grow with the store. Sizes: BENCH_SIZES="100 5000".
. "$(dirname "$0")/lib.sh"
bench_begin tag-rmi
for n in ${BENCH_SIZES:-100 5000}; do
  archive="$BENCH_DATA/many-$n.tar"
  gen many "$archive" "$n" 0 bench/img
  engines=$(engines_for "$n")
  case " $engines " in *" podman "*) ;; *) have_engine podman && NOTES+=("podman skipped at $n images (see BENCH_PODMAN_MAX_IMAGES in lib.sh)") ;; esac
  for e in $engines; do
    log "set-up: $n images into $e"
    engine_reset "$e"
    engine_load "$e" "$archive" || mark "tag ($n images)" "$e" "set-up load failed"
  done
  for r in $(seq 1 "$BENCH_ROUNDS"); do
    for e in $engines; do
      x=$(engine "$e")
      # tag: each run re-creates a tag that the prepare step removed.
      $x tag bench/img:0 bench/t:x >/dev/null 2>&1
      measure "tag ($n images)" "$e" "$x tag bench/img:0 bench/t:x" "$x rmi bench/t:x"
      # rmi: each run removes a tag that the prepare step created.
      $x rmi bench/t:x >/dev/null 2>&1
      measure "rmi of a tag ($n images)" "$e" "$x rmi bench/t:x" "$x tag bench/img:0 bench/t:x"
    done
  done
  for e in $engines; do engine_reset "$e"; done
done
bench_end
