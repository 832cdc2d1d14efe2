#!/usr/bin/env bash
# Classic build of a 20-step Dockerfile (4 RUN steps, a COPY of 10,000 small files, metadata
# steps), cold (no cache: every step runs and commits) and cached (every step a cache hit, which
# still hashes the whole context). berth against `DOCKER_BUILDKIT=0 docker build`. podman's build
# is buildah, a different builder, so it is not part of this workload.
. "$(dirname "$0")/lib.sh"
BENCH_ENGINES=${BENCH_BUILD_ENGINES:-berth docker}
export DOCKER_BUILDKIT=0
bench_begin build
tar=$(busybox_tar)
ctx="$BENCH_DATA/build-context"
if [ ! -f "$ctx/Dockerfile" ]; then
  rm -rf "$ctx"
  python3 - "$ctx/files" <<'PY'
import os, random, sys
root = sys.argv[1]
rnd = random.Random(20261128)
for d in range(100):
    os.makedirs(os.path.join(root, "d%02d" % d), exist_ok=True)
    for f in range(100):
        with open(os.path.join(root, "d%02d" % d, "f%03d.txt" % f), "wb") as fh:
            fh.write(bytes(rnd.getrandbits(8) for _ in range(rnd.randint(1024, 4096))))
PY
  cat >"$ctx/Dockerfile" <<'DF'
FROM bench/busybox:latest
LABEL bench=build
ENV APP=/app MODE=bench
WORKDIR /app
COPY files/ /app/files/
RUN echo one > /app/one
RUN echo two > /app/two
ARG VERSION=1
RUN echo "$VERSION" > /app/version
EXPOSE 8080
VOLUME /data
USER 0:0
COPY Dockerfile /app/Dockerfile
RUN echo done > /app/done
ENV READY=1
LABEL stage=final
STOPSIGNAL SIGTERM
HEALTHCHECK CMD true
ENTRYPOINT ["/bin/sh"]
CMD ["-c", "true"]
DF
  find "$ctx" -exec touch -h -d @1700000000 {} +
fi
for e in $BENCH_ENGINES; do
  engine_reset "$e"
  $(engine "$e") import "$tar" bench/busybox:latest >/dev/null || mark "build cold" "$e" "set-up import failed"
done
for r in $(seq 1 "$BENCH_ROUNDS"); do
  for e in $BENCH_ENGINES; do
    x=$(engine "$e")
    # cold: the previous result and its intermediate images are removed first (not timed)
    measure "build cold (20 steps, 10,000 files)" "$e" "$x build -q --no-cache -t bench/built $ctx" \
      "$x rmi -f bench/built >/dev/null 2>&1; $x ps -aq | xargs -r $x rm -f >/dev/null 2>&1; true"
    measure "build cached (20 steps, 10,000 files)" "$e" "$x build -q -t bench/built $ctx"
  done
done
for e in $BENCH_ENGINES; do engine_reset "$e"; done
bench_end
