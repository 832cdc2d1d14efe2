# source: integration-cli/docker_cli_build_test.go TestBuildWithVolumeOwnership
# fixtures: busybox
C=$(mkctx volowner <<'DF'
FROM busybox:latest
        # (berth oracle) the busybox fixture has no daemon user and group
        RUN echo 'daemon:x:1:1:daemon:/usr/sbin:/bin/false' >> /etc/passwd && echo 'daemon:x:1:' >> /etc/group
        RUN mkdir /test && chown daemon:daemon /test && chmod 0600 /test
        VOLUME /test
DF
)
d build -t testbuildimg "$C"
d run --rm --network none testbuildimg stat -c '%A %U %G %n' /test
