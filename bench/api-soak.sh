#!/bin/bash
# The API concurrency soak (issue 5): docker CLI processes against `berth serve` and berth CLI
# processes on the same store, tagging, removing, loading, listing and pruning at the same time.
#
#   bench/api-soak.sh [SECONDS=60] [DOCKER_WORKERS=8] [BERTH_WORKERS=8]
#
# Each worker owns the repository w<N> and tags/removes only there; loads of the shared fixture
# and dangling-image prunes race across all of them. A container holds image `held:1` and the tag
# `keep:1` points at the base image. Afterwards it asserts: no command failed (none of these can
# fail on Docker either), every worker's repository holds exactly the tags it believes it made,
# `keep:1` and `held:1` (and the container) survived, and `berth system check` is clean.
# Prints ops/s per kind of client. Needs root, the docker CLI, /usr/bin/busybox, python3.
set -u
SECONDS_TO_RUN=${1:-60}
DOCKER_WORKERS=${2:-8}
BERTH_WORKERS=${3:-8}
REPO=$(cd "$(dirname "$0")/.." && pwd -P)
W=$(mktemp -d /tmp/berth-api-soak.XXXXXX)
ROOT=$W/root RUN=$W/run SOCK=$W/berth.sock
BERTH="$REPO/bin/berth --root $ROOT --runroot $RUN"
DOCKER="docker -H unix://$SOCK"
export DOCKER_CONFIG=$W/.docker DOCKER_CLI_HINTS=false
FIX=$W/fix
python3 "$REPO/oracle/fixtures/make-fixtures.py" "$FIX" >/dev/null || exit 2
$BERTH version >/dev/null 2>&1 || { echo "berth does not run" >&2; exit 2; }

$BERTH serve --host "unix://$SOCK" >"$W/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do [ -S "$SOCK" ] && break; sleep 0.1; done
[ -S "$SOCK" ] || { echo "berth serve did not start" >&2; cat "$W/serve.log" >&2; exit 2; }

cleanup() {
  ids=$($BERTH ps -aq 2>/dev/null); [ -z "$ids" ] || $BERTH rm -f $ids >/dev/null 2>&1
  kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null
  [ "${KEEP:-0}" = 1 ] && echo "kept $W" >&2 || rm -rf "$W"
}
trap cleanup EXIT

$BERTH load -i "$FIX/busybox.tar" >/dev/null
$BERTH tag busybox:latest keep:1
$BERTH load -i "$FIX/labeled.tar" >/dev/null
HELD_SRC=$($BERTH images -q | grep -v "$($BERTH images -q busybox:latest)" | head -1)
$BERTH tag "$HELD_SRC" held:1
$BERTH create --name holder held:1 true >/dev/null
HELD_ID=$($BERTH inspect -f '{{.Id}}' held:1)
KEEP_ID=$($BERTH inspect -f '{{.Id}}' keep:1)

# worker KIND N: loops until the deadline; logs "op rc" lines and its final belief of its tags
worker() {
  local kind=$1 n=$2 cli deadline i=0 op rc tag
  if [ "$kind" = docker ]; then cli=$DOCKER; else cli=$BERTH; fi
  deadline=$(( $(date +%s) + SECONDS_TO_RUN ))
  declare -A have=()
  RANDOM=$n
  while [ "$(date +%s)" -lt "$deadline" ]; do
    i=$((i + 1))
    case $((RANDOM % 10)) in
      0|1|2) tag="w$kind$n:t$((RANDOM % 6))"; op="tag $tag"
         $cli tag keep:1 "$tag" >/dev/null 2>>"$W/err-$kind-$n"; rc=$?
         [ $rc = 0 ] && have[$tag]=1 ;;
      3|4) if [ ${#have[@]} -eq 0 ]; then continue; fi
         tag=$(printf '%s\n' "${!have[@]}" | head -1); op="rmi $tag"
         $cli rmi "$tag" >/dev/null 2>>"$W/err-$kind-$n"; rc=$?
         [ $rc = 0 ] && unset "have[$tag]" ;;
      5) op=load; $cli load -i "$FIX/busybox.tar" >/dev/null 2>>"$W/err-$kind-$n"; rc=$? ;;
      6) op=prune; $cli image prune -f >/dev/null 2>>"$W/err-$kind-$n"; rc=$? ;;
      *) op=images; $cli images -q >/dev/null 2>>"$W/err-$kind-$n"; rc=$? ;;
    esac
    echo "$op $rc" >>"$W/ops-$kind-$n"
  done
  printf '%s\n' "${!have[@]}" | sort | grep . >"$W/have-$kind-$n"
}

START=$(date +%s.%N)
for n in $(seq 1 "$DOCKER_WORKERS"); do worker docker "$n" & done
for n in $(seq 1 "$BERTH_WORKERS"); do worker berth "$n" & done
wait $(jobs -p | grep -v "^$SERVER$") 2>/dev/null
END=$(date +%s.%N)

fail=0
failed_ops=$(cat "$W"/ops-* 2>/dev/null | awk '$NF != 0' | wc -l)
if [ "$failed_ops" -gt 0 ]; then
  echo "FAIL: $failed_ops commands failed; their errors:"; cat "$W"/err-* | sort | uniq -c | head -20; fail=1
fi
for f in "$W"/have-*; do
  kind_n=${f##*/have-}; kind=${kind_n%-*}; n=${kind_n##*-}
  actual=$($BERTH images --format '{{.Repository}}:{{.Tag}}' "w$kind$n" | sort)
  if [ "$actual" != "$(cat "$f")" ]; then
    echo "FAIL: w$kind$n holds [$(echo $actual)] but its worker made [$(echo $(cat "$f"))]"; fail=1
  fi
done
[ "$($BERTH inspect -f '{{.Id}}' keep:1 2>&1)" = "$KEEP_ID" ] || { echo "FAIL: keep:1 lost"; fail=1; }
[ "$($BERTH inspect -f '{{.Id}}' held:1 2>&1)" = "$HELD_ID" ] || { echo "FAIL: held:1 lost"; fail=1; }
[ "$($BERTH ps -a --format '{{.Names}}')" = holder ] || { echo "FAIL: container holder lost"; fail=1; }
check=$($BERTH system check 2>&1); rc=$?
[ $rc = 0 ] || { echo "FAIL: system check: $check"; fail=1; }

secs=$(python3 -c "print($END - $START)")
for kind in docker berth; do
  ops=$(cat "$W"/ops-$kind-* 2>/dev/null | wc -l)
  python3 -c "print('%s: %d ops in %.1f s = %.1f ops/s' % ('$kind', $ops, $secs, $ops / $secs))"
done
cat "$W"/ops-* | awk '{print $1}' | sort | uniq -c | awk '{printf "  %s %s\n", $2, $1}'
[ $fail = 0 ] && echo "OK: no failed command, no lost tag, held image and container kept, system check clean"
exit $fail
