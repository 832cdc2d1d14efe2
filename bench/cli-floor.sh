#!/usr/bin/env bash
# The CLI floor: `version` (berth: JVM start + picocli; docker/podman: client + daemon round
# trip or library start), and `images` on an empty store.
. "$(dirname "$0")/lib.sh"
bench_begin cli-floor
for e in $BENCH_ENGINES; do engine_reset "$e"; done
for r in $(seq 1 "$BENCH_ROUNDS"); do
  for e in $BENCH_ENGINES; do
    measure "version" "$e" "$(engine "$e") version"
    measure "images (empty store)" "$e" "$(engine "$e") images"
  done
done
bench_end
