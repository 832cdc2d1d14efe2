# source: berth (a classic build's RUN containers are on the build's default network; --rm=false
# leaves them, and ps/inspect show them as any container given no --network)
# fixtures: busybox
mkctx ctx <<'EOF'
FROM busybox
RUN echo one > /one
RUN echo two > /two
EOF
sh_d 'DOCKER_BUILDKIT=0 engine build -q --rm=false -t left ctx >/dev/null && echo built'
d ps -a --format '{{.Networks}} {{.Status}}'
sh_d 'engine ps -aq | while read id; do engine inspect -f "{{.HostConfig.NetworkMode}} {{json .NetworkSettings.Networks}}" $id; done'
