# source: integration/build/build_cgroupns_linux_test.go TestCgroupNamespacesBuildDaemonHostMode (on cgroup v1 the daemon's default cgroup namespace mode is host: RUN shares the daemon's cgroup namespace)
# fixtures: busybox
C=$(mkctx ns <<'DF'
FROM busybox
ARG HOSTNS
RUN if [ "$(readlink /proc/self/ns/cgroup)" = "$HOSTNS" ]; then echo same cgroup namespace as the daemon; else echo a cgroup namespace of its own; fi
DF
)
sh_d 'engine build --build-arg HOSTNS="$(readlink /proc/self/ns/cgroup)" -t buildcgroupns "$TMP/ns"'
