#!/usr/bin/env bash
# The Engine API: the real docker CLI against `berth serve` and against dockerd, on the same data
# (1,000 images, a tenth dangling; 20 created containers). Rows: `docker images`, `docker ps -a`
# (latency of one CLI call), and 50 concurrent keep-alive clients (bench/tools/ApiLoad.java) each
# sending BENCH_API_REQUESTS (default 20) GETs of /_ping, /containers/json?all=1 and /images/json:
# the time for all of them (throughput = 50 x requests / time). podman's service is not measured.
. "$(dirname "$0")/lib.sh"
BENCH_ENGINES=${BENCH_ENGINES//podman/}
bench_begin api
N=${BENCH_API_IMAGES:-1000}
CLIENTS=${BENCH_API_CLIENTS:-50}
REQUESTS=${BENCH_API_REQUESTS:-20}
archive="$BENCH_DATA/many-$N.tar"
gen many "$archive" "$N" $((N / 10))
tar=$(busybox_tar)
SOCK="$BENCH_TMP/berth-api.sock"
SERVE_PID=""
stop_serve() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  SERVE_PID=""
}
trap 'stop_serve; dockerd_stop' EXIT INT TERM
for e in $BENCH_ENGINES; do
  log "set-up: $N images and 20 containers into $e"
  engine_reset "$e"
  engine_load "$e" "$archive" || mark "docker images ($N images)" "$e" "set-up load failed"
  x=$(engine "$e")
  $x import "$tar" bench/busybox:latest >/dev/null
  net=""; [ "$e" = berth ] || net="--network none"
  for i in $(seq 1 20); do $x create $net bench/busybox:latest true >/dev/null; done
done
if have_engine berth; then
  $(engine berth) serve --host "unix://$SOCK" >"$BENCH_TMP/serve.log" 2>&1 &
  SERVE_PID=$!
  for i in $(seq 1 100); do [ -S "$SOCK" ] && break; sleep 0.1; done
  [ -S "$SOCK" ] || { log "berth serve did not start: $(tail -3 "$BENCH_TMP/serve.log")"; exit 1; }
fi
sock() { case "$1" in berth) echo "$SOCK" ;; docker) echo "$DOCKERD_DIR/docker.sock" ;; esac; }
JAVA=$(berth_java)
# ApiLoad's own JVM start and compilation stay outside the figure: it times its requests itself.
load_row() { # load_row ROW ENGINE PATH
  local r
  r=$("$JAVA" "$BENCH_HOME/tools/ApiLoad.java" "$(sock "$2")" "$3" "$CLIENTS" "$REQUESTS" 2>"$BENCH_TMP/apiload.err")
  case "$r" in
    *"failed=0 "*) printf '%s\t%s\t%s\n' "$1" "$2" "$(echo "$r" | sed 's/.*seconds=\([0-9.]*\).*/\1/')" >>"$RESULTS_TSV" ;;
    *) mark "$1" "$2" "ApiLoad: ${r:-$(tail -1 "$BENCH_TMP/apiload.err")}" ;;
  esac
}
# Warm-up (not recorded): a long-running server's steady state, JIT-compiled for berth, is what
# clients meet.
for e in $BENCH_ENGINES; do
  for p in /_ping "/v1.41/containers/json?all=1" /v1.41/images/json; do
    "$JAVA" "$BENCH_HOME/tools/ApiLoad.java" "$(sock "$e")" "$p" "$CLIENTS" "$REQUESTS" >/dev/null 2>&1
  done
done
for r in $(seq 1 "$BENCH_ROUNDS"); do
  for e in $BENCH_ENGINES; do
    d="docker -H unix://$(sock "$e")"
    measure "docker images ($N images)" "$e" "$d images"
    measure "docker ps -a (20 containers)" "$e" "$d ps -a"
    for i in $(seq 1 "$BENCH_RUNS"); do
      load_row "$CLIENTS clients x $REQUESTS GET /_ping" "$e" /_ping
      load_row "$CLIENTS clients x $REQUESTS GET /containers/json?all=1" "$e" "/v1.41/containers/json?all=1"
      load_row "$CLIENTS clients x $REQUESTS GET /images/json ($N images)" "$e" /v1.41/images/json
    done
  done
done
stop_serve
for e in $BENCH_ENGINES; do engine_reset "$e"; done
bench_end
