# Shared helpers of the berth benchmark scripts. Source it: `. "$(dirname "$0")/lib.sh"`.
#
# Engines: berth (bin/berth on its own --root), docker (a private dockerd started here on its own
# data root and socket, overlay2 when it works, else vfs) and podman (isolated --root/--runroot).
# BENCH_ENGINES="berth docker" restricts the set; BENCH_ROUNDS / BENCH_RUNS tune the repetitions.
# Timing: hyperfine (installed from apt when missing) or, failing that, a date-based loop; every
# row runs the engines in alternation (round 1: berth, docker, podman; round 2: ...) and reports
# the median over all rounds.
set -u

BENCH_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_HOME/.." && pwd)
BENCH_TMP=${BENCH_TMP:-/tmp/bench}
BENCH_DATA=${BENCH_DATA:-/tmp/bench-data}
DOCKERD_DIR=${DOCKERD_DIR:-/tmp/bench-dockerd}
PODMAN_DIR=${PODMAN_DIR:-/tmp/bench-podman}
BENCH_ENGINES=${BENCH_ENGINES:-berth docker podman}
BENCH_ROUNDS=${BENCH_ROUNDS:-3}
BENCH_RUNS=${BENCH_RUNS:-3}
RESULTS_TSV=""          # set by bench_begin
WORKLOAD=""
DOCKERD_STARTED=0
STORAGE_DRIVER=""
NOTES=()

log() { echo "[bench] $*" >&2; }

have_engine() { case " $BENCH_ENGINES " in *" $1 "*) return 0 ;; esac; return 1; }

ensure_tools() {
  local missing=()
  command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
  if have_engine podman && ! command -v podman >/dev/null 2>&1; then missing+=(podman); fi
  if have_engine docker && ! command -v dockerd >/dev/null 2>&1; then missing+=(docker.io); fi
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from Debian packages"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1 \
      || log "could not install ${missing[*]}"
  fi
  if have_engine podman && ! command -v podman >/dev/null 2>&1; then
    log "podman is not available: its column stays empty"
    BENCH_ENGINES=${BENCH_ENGINES//podman/}
    NOTES+=("podman: not available on this machine")
  fi
  command -v python3 >/dev/null 2>&1 || { log "python3 is required"; exit 1; }
}

# ---------- engines ----------

berth_java() { echo "$(cat "$REPO/target/.jdk-home")/bin/java"; }

# Builds the jar and its AOT cache once, before anything is measured.
berth_warm() {
  "$REPO/bin/berth" --root "$BENCH_TMP/warm" version >/dev/null || { log "bin/berth does not run"; exit 1; }
  rm -rf "$BENCH_TMP/warm"
}

# The command prefix of an engine (word-split on purpose by the callers).
engine() {
  case "$1" in
    berth) echo "$REPO/bin/berth --root $BENCH_TMP/berth-root --runroot $BENCH_TMP/berth-run" ;;
    docker) echo "docker -H unix://$DOCKERD_DIR/docker.sock" ;;
    podman) echo "podman --root $PODMAN_DIR/root --runroot $PODMAN_DIR/run --cgroup-manager=cgroupfs --events-backend=file --storage-driver=$PODMAN_DRIVER" ;;
  esac
}

dockerd_start() {
  have_engine docker || return 0
  if [ -S "$DOCKERD_DIR/docker.sock" ] && docker -H "unix://$DOCKERD_DIR/docker.sock" version >/dev/null 2>&1; then
    log "reusing the running private dockerd on $DOCKERD_DIR"
  else
    local driver
    for driver in overlay2 vfs; do
      mkdir -p "$DOCKERD_DIR"
      dockerd --storage-driver="$driver" --iptables=false --ip6tables=false --bridge=none \
        --host "unix://$DOCKERD_DIR/docker.sock" --data-root "$DOCKERD_DIR/root" --exec-root "$DOCKERD_DIR/exec" \
        --pidfile "$DOCKERD_DIR/pid" >"$DOCKERD_DIR/log" 2>&1 &
      local i
      for i in $(seq 1 60); do
        docker -H "unix://$DOCKERD_DIR/docker.sock" version >/dev/null 2>&1 && break
        kill -0 $! 2>/dev/null || break
        sleep 0.5
      done
      if docker -H "unix://$DOCKERD_DIR/docker.sock" version >/dev/null 2>&1; then
        DOCKERD_STARTED=1
        break
      fi
      log "dockerd with $driver did not start; see $DOCKERD_DIR/log"
      [ -f "$DOCKERD_DIR/pid" ] && kill "$(cat "$DOCKERD_DIR/pid")" 2>/dev/null
      sleep 1
      rm -rf "$DOCKERD_DIR"
    done
  fi
  STORAGE_DRIVER=$(docker -H "unix://$DOCKERD_DIR/docker.sock" info --format '{{.Driver}}' 2>/dev/null)
  [ -n "$STORAGE_DRIVER" ] || { log "no dockerd: docker column stays empty"; BENCH_ENGINES=${BENCH_ENGINES//docker/}; NOTES+=("docker: dockerd did not start"); }
}

dockerd_stop() {
  [ "$DOCKERD_STARTED" = 1 ] || return 0
  [ "${BENCH_KEEP_DOCKERD:-0}" = 1 ] && { log "leaving dockerd running (BENCH_KEEP_DOCKERD=1)"; return 0; }
  local pid
  pid=$(cat "$DOCKERD_DIR/pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null
  local i
  for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  DOCKERD_STARTED=0
}

podman_setup() {
  have_engine podman || return 0
  mkdir -p "$PODMAN_DIR"
  # This sandbox may not raise rlimits (no CAP_SYS_RESOURCE): podman's root defaults
  # (nofile/nproc 1048576) make runc fail, so containers get modest limits instead.
  cat >"$PODMAN_DIR/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
EOF
  export CONTAINERS_CONF="$PODMAN_DIR/containers.conf"
  PODMAN_DRIVER=${PODMAN_DRIVER:-$([ "${STORAGE_DRIVER:-overlay2}" = vfs ] && echo vfs || echo overlay)}
}
PODMAN_DRIVER=${PODMAN_DRIVER:-overlay}

# Empties one engine's store (not measured).
engine_reset() {
  case "$1" in
    berth) rm -rf "$BENCH_TMP/berth-root" "$BENCH_TMP/berth-run" ;;
    docker)
      local d
      d=$(engine docker)
      $d ps -aq | xargs -r $d rm -f >/dev/null 2>&1
      $d images -aq | sort -u | xargs -r $d rmi -f >/dev/null 2>&1
      ;;
    podman)
      local p
      p=$(engine podman)
      $p rm -af >/dev/null 2>&1
      $p rmi -af >/dev/null 2>&1
      ;;
  esac
}

# Loads a docker-archive into an engine (set-up, not measured). berth uses `berth load` when it
# exists, else the engine's own load commit path in one JVM (bench/tools/Populate.java).
engine_load() {
  local e=$1 archive=$2
  case "$e" in
    berth)
      if berth_has load; then
        $(engine berth) load -q -i "$archive" >/dev/null
      else
        "$(berth_java)" --enable-native-access=ALL-UNNAMED -Dorg.sqlite.lib.path="$REPO/target/native" \
          -Dorg.sqlite.lib.name=libsqlitejdbc.so -cp "$REPO/target/berth.jar" \
          "$BENCH_HOME/tools/Populate.java" "$BENCH_TMP/berth-root" "$BENCH_TMP/berth-run" "$archive" >/dev/null
      fi
      ;;
    *) $(engine "$e") load -q -i "$archive" >/dev/null ;;
  esac
}

# engines_for N: the engines that take a store of N images. podman 4.3 needs minutes per
# `images`/`load` once ~1,000 images share one layer (measured here: load of 1,000 in 4 min 23 s,
# one `images -q` over them > 3 min), so it is capped at BENCH_PODMAN_MAX_IMAGES (default 200).
engines_for() {
  local e out=""
  for e in $BENCH_ENGINES; do
    if [ "$e" = podman ] && [ "$1" -gt "${BENCH_PODMAN_MAX_IMAGES:-200}" ]; then continue; fi
    out="$out $e"
  done
  echo $out
}

# Whether this berth build knows a command (its help exits 0).
berth_has() {
  "$REPO/bin/berth" --root "$BENCH_TMP/probe" "$@" --help >/dev/null 2>&1
  local rc=$?
  rm -rf "$BENCH_TMP/probe"
  return $rc
}

# A tiny busybox image (the static /usr/bin/busybox) for run/create rows.
busybox_tar() {
  local t="$BENCH_DATA/busybox.tar"
  if [ ! -f "$t" ]; then
    command -v busybox >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null 2>&1
    local d
    d=$(mktemp -d)
    mkdir -p "$d/bin" && cp "$(command -v busybox)" "$d/bin/busybox"
    ln -s busybox "$d/bin/true" && ln -s busybox "$d/bin/sh"
    mkdir -p "$BENCH_DATA" && tar -C "$d" --mtime=@1700000000 --owner=0 --group=0 -cf "$t.tmp" . && mv "$t.tmp" "$t"
    rm -rf "$d"
  fi
  echo "$t"
}

gen() { python3 "$BENCH_HOME/gen_archives.py" "$@"; }

# ---------- timing ----------

# time_cmd JSON_OUT RUNS WARMUP PREPARE COMMAND: times COMMAND (a shell string) RUNS times.
time_cmd() {
  local out=$1 runs=$2 warmup=$3 prepare=$4 cmd=$5
  if command -v hyperfine >/dev/null 2>&1; then
    local args=(--shell bash --runs "$runs" --warmup "$warmup" --export-json "$out" --style none)
    [ -n "$prepare" ] && args+=(--prepare "$prepare")
    hyperfine "${args[@]}" "$cmd" >/dev/null 2>"$out.err"
    return $?
  fi
  # Fallback: a small loop, one `date` pair per run.
  local i times=()
  for i in $(seq 1 "$warmup"); do [ -n "$prepare" ] && bash -c "$prepare"; bash -c "$cmd" >/dev/null 2>&1; done
  for i in $(seq 1 "$runs"); do
    [ -n "$prepare" ] && bash -c "$prepare" >/dev/null 2>&1
    local s e
    s=$(date +%s%N)
    bash -c "$cmd" >/dev/null 2>"$out.err" || return 1
    e=$(date +%s%N)
    times+=("$(( e - s ))")
  done
  python3 -c 'import json,sys; print(json.dumps({"results":[{"times":[int(t)/1e9 for t in sys.argv[1:]]}]}))' "${times[@]}" >"$out"
}

# measure ROW ENGINE COMMAND [PREPARE] [RUNS] [WARMUP]: one round of one engine; appends the
# run times to the row's record. A failing command marks the row "failed" for that engine.
measure() {
  local row=$1 e=$2 cmd=$3 prepare=${4:-} runs=${5:-$BENCH_RUNS} warmup=${6:-1}
  local j="$BENCH_TMP/hf.json"
  rm -f "$j"
  if time_cmd "$j" "$runs" "$warmup" "$prepare" "$cmd"; then
    python3 - "$j" "$row" "$e" >>"$RESULTS_TSV" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
for t in d["results"][0]["times"]:
    print("%s\t%s\t%.6f" % (sys.argv[2], sys.argv[3], t))
EOF
  else
    local why
    why=$(grep -v '^\s*$' "$j.err" 2>/dev/null | grep -iv 'warning' | tail -1 | cut -c1-160)
    printf '%s\t%s\tFAIL\t%s\n' "$row" "$e" "$why" >>"$RESULTS_TSV"
    log "$row / $e failed: $why"
  fi
}

# mark ROW ENGINE TEXT: records why a row could not run for an engine.
mark() { printf '%s\t%s\tFAIL\t%s\n' "$1" "$2" "$3" >>"$RESULTS_TSV"; }

# ---------- report ----------

bench_begin() {
  WORKLOAD=$1
  mkdir -p "$BENCH_TMP" "$BENCH_DATA" "$BENCH_HOME/results"
  RESULTS_TSV="$BENCH_TMP/$WORKLOAD.tsv"
  : >"$RESULTS_TSV"
  ensure_tools
  berth_warm
  trap 'dockerd_stop' EXIT INT TERM
  dockerd_start
  podman_setup
  log "engines: $BENCH_ENGINES; docker storage driver: ${STORAGE_DRIVER:-none}; podman driver: $PODMAN_DRIVER"
}

machine_facts() {
  local mem fs
  mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
  fs=$(df -T /tmp | awk 'NR==2 {print $2}')
  echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $mem RAM, /tmp on $fs, kernel $(uname -r); $(date -u +'%Y-%m-%d %H:%M UTC')."
  echo "Engines: berth $(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null) (bin/berth, JVM start included);" \
    "docker $(docker -H "unix://$DOCKERD_DIR/docker.sock" version --format '{{.Server.Version}}' 2>/dev/null || echo n/a) (storage driver ${STORAGE_DRIVER:-n/a});" \
    "podman $(podman --version 2>/dev/null | awk '{print $3}') (driver $PODMAN_DRIVER). Rounds: $BENCH_ROUNDS x $BENCH_RUNS runs (alternating engines)."
}

# Prints the Markdown table and appends it to bench/results/<date>-<workload>.md.
bench_end() {
  local out="$BENCH_HOME/results/$(date -u +%F)-$WORKLOAD.md"
  {
    echo "### $WORKLOAD"
    echo
    machine_facts
    echo
    python3 "$BENCH_HOME/table.py" "$RESULTS_TSV"
    local n
    for n in "${NOTES[@]+"${NOTES[@]}"}"; do echo "- $n"; done
    echo
  } | tee -a "$out"
  log "appended to $out"
}
