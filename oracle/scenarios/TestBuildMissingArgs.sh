# source: integration-cli/docker_cli_build_test.go TestBuildMissingArgs (every instruction but CMD, RUN, ENTRYPOINT needs arguments)
# fixtures: busybox
C=$(mkctx missingfrom <<'DF'
FROM
DF
)
d build -t args "$C"
for cmd in ADD ARG COPY ENV EXPOSE HEALTHCHECK LABEL MAINTAINER ONBUILD SHELL STOPSIGNAL USER VOLUME WORKDIR; do
  C=$(printf 'FROM busybox\n%s' "$cmd" | mkctx "missing$cmd")
  d build -t args "$C"
done
d images -a
