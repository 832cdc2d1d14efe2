#!/usr/bin/env bash
# remote-cli.sh [-d] [-o OUTDIR] [SCENARIO...]
#
# berth's CLI in remote mode: runs each SCENARIO (default: all) in cli mode with
# BERTH="bin/berth -H unix://SOCKET" and compares its normalised transcript with the committed
# one (oracle/transcripts/NAME.txt). Prints PASS/FAIL per scenario and the counts; diffs go to
# OUTDIR (default: a new /tmp dir).
#
#   (default)  against `berth serve`, restarted on an empty root before every scenario
#   -d         against a real dockerd (start-dockerd.sh in a private dir; the engine is wiped
#              between scenarios by run-scenario.sh's generic reset, through berth -H itself)
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
TARGET=serve
OUTDIR=
while getopts "do:" opt; do
  case $opt in
    d) TARGET=dockerd ;;
    o) OUTDIR=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ -n "$OUTDIR" ] || OUTDIR=$(mktemp -d /tmp/remote-cli-out.XXXXXX)
mkdir -p "$OUTDIR"
[ $# -gt 0 ] || set -- $(cd "$HERE/scenarios" && ls *.sh | sed 's/\.sh$//' | LC_ALL=C sort)

STATE=$(mktemp -d /tmp/remote-cli-state.XXXXXX)
SOCK=$STATE/engine.sock
BERTH_BIN=$ROOT/bin/berth
"$BERTH_BIN" version >/dev/null 2>&1 # build the jar once, before anything is timed
export BERTH_NO_REBUILD=1

if [ "$TARGET" = dockerd ]; then
  eval "$("$HERE/start-dockerd.sh" "$STATE/dockerd")"
  SOCK=${DOCKER_HOST#unix://}
  unset DOCKER_HOST
  RESET=
  stop_target() { kill "$(cat "$STATE/dockerd/pid")" 2>/dev/null; }
else
  # The reset: remove what runs, stop the server, start it again on an empty root.
  cat >"$STATE/reset.sh" <<RESET
#!/usr/bin/env bash
B="$BERTH_BIN -H unix://$SOCK"
if [ -f "$STATE/serve.pid" ]; then
  ids=\$(\$B ps -aq 2>/dev/null); [ -z "\$ids" ] || \$B rm -f \$ids >/dev/null 2>&1
  kill "\$(cat "$STATE/serve.pid")" 2>/dev/null
  while kill -0 "\$(cat "$STATE/serve.pid")" 2>/dev/null; do sleep 0.1; done
fi
rm -rf "$STATE/root" "$SOCK"; mkdir -p "$STATE/root"
"$BERTH_BIN" --root "$STATE/root" --runroot "$STATE/run" serve --host "unix://$SOCK" >>"$STATE/serve.log" 2>&1 &
echo \$! >"$STATE/serve.pid"
for i in \$(seq 100); do [ -S "$SOCK" ] && exit 0; sleep 0.1; done
echo "berth serve did not start" >&2; exit 1
RESET
  chmod +x "$STATE/reset.sh"
  RESET=$STATE/reset.sh
  stop_target() {
    local ids; ids=$("$BERTH_BIN" -H "unix://$SOCK" ps -aq 2>/dev/null)
    [ -z "$ids" ] || "$BERTH_BIN" -H "unix://$SOCK" rm -f $ids >/dev/null 2>&1
    kill "$(cat "$STATE/serve.pid")" 2>/dev/null
  }
fi
trap 'stop_target; rm -rf "$STATE"' EXIT

pass=0; fail=0; failed=()
for s in "$@"; do
  raw=$OUTDIR/$s.raw
  BERTH="$BERTH_BIN -H unix://$SOCK" ENGINE_RESET=$RESET "$HERE/run-scenario.sh" cli "$s" "$raw" 2>"$OUTDIR/$s.stderr"
  if python3 "$HERE/normalize.py" --prog berth "$raw" | diff -u "$HERE/transcripts/$s.txt" - >"$OUTDIR/$s.diff"; then
    echo "PASS $s"; pass=$((pass + 1)); rm -f "$OUTDIR/$s.diff"
  else
    echo "FAIL $s"; fail=$((fail + 1)); failed+=("$s")
  fi
done
echo "$pass passed, $fail failed (target: $TARGET; diffs in $OUTDIR)"
[ "$fail" -eq 0 ]
