# source: integration-cli/docker_cli_build_test.go TestBuildContainerWithCgroupParent (build --cgroup-parent puts the step containers under that parent)
# fixtures: busybox
C=$(mkctx cg <<'DF'
FROM busybox
RUN grep ':memory:' /proc/self/cgroup | sed 's|^[0-9]*:memory:.*/test/[0-9a-f]\{64\}$|memory: .../test/CID|'
DF
)
d build --cgroup-parent test -t buildcgroupparent "$C"
