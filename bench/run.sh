#!/usr/bin/env bash
# `run --rm busybox true` and `create` + `rm` of one container, on a store holding only a tiny
# static-busybox image. docker and podman get `--network none` (the private dockerd has no
# bridge); berth has no network of its own.
. "$(dirname "$0")/lib.sh"
bench_begin run
tar=$(busybox_tar)
for e in $BENCH_ENGINES; do
  engine_reset "$e"
  $(engine "$e") import "$tar" bench/busybox:latest >/dev/null || mark "run --rm busybox true" "$e" "set-up import failed"
done
net() { [ "$1" = berth ] || echo "--network none"; }
berth_run=1
berth_has run || berth_run=0
for r in $(seq 1 "$BENCH_ROUNDS"); do
  for e in $BENCH_ENGINES; do
    x=$(engine "$e")
    if [ "$e" = berth ] && [ $berth_run = 0 ]; then
      [ "$r" = 1 ] && mark "run --rm busybox true" berth "berth has no 'run' command yet"
    else
      measure "run --rm busybox true" "$e" "$x run --rm $(net "$e") bench/busybox:latest true"
    fi
    measure "create + rm" "$e" "id=\$($x create $(net "$e") bench/busybox:latest true) && $x rm \$id"
  done
done
for e in $BENCH_ENGINES; do engine_reset "$e"; done
bench_end
