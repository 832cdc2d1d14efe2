# source: Dockerfile reference (HEALTHCHECK, SHELL, STOPSIGNAL, VOLUME, EXPOSE, MAINTAINER, LABEL/ENV forms, WORKDIR, USER, ENTRYPOINT)
# fixtures: busybox
C=$(mkctx ins <<'DF'
FROM busybox
MAINTAINER Jane Doe <jane@example.com>
ENV A=1 B="two words" C=3\ 4
ENV LEGACY value with  spaces
LABEL one=1 "two"="2 2" three=
LABEL legacy label value
EXPOSE 80 443/udp 8080/TCP
EXPOSE 9000-9001
VOLUME /data
VOLUME ["/v1", "/v2"]
VOLUME /a /b
STOPSIGNAL SIGUSR1
HEALTHCHECK --interval=5s --timeout=3s --start-period=1m --retries=4 CMD wget -q localhost || exit 1
WORKDIR /work/dir
WORKDIR sub
WORKDIR $A
USER nobody:nogroup
SHELL ["/bin/sh", "-ec"]
RUN echo shell
ENTRYPOINT echo hi
CMD ["a", "b"]
DF
)
d build -t ins "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' ins | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
d inspect --format '{{json .Config.ExposedPorts}} {{json .Config.Env}} {{json .Config.Volumes}} {{json .Config.Labels}}' ins
d inspect --format '{{.Config.User}} {{.Config.WorkingDir}} {{.Config.StopSignal}} {{json .Config.Shell}} {{json .Config.Entrypoint}} {{json .Config.Cmd}} {{json .Config.Healthcheck}}' ins
d inspect --format '{{json .ContainerConfig.Cmd}} {{.Author}}' ins
sh_d "engine run --rm --network none --entrypoint ls ins -ldn /work/dir/sub/1 /work/dir/sub /work/dir | awk '{print \$1, \$3, \$4, \$NF}'"
C=$(mkctx hc <<'DF'
FROM ins
HEALTHCHECK NONE
ENTRYPOINT ["/bin/sh", "-c"]
HEALTHCHECK --interval=1500ms --retries=65 CMD ["true"]
DF
)
d build -t hc "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' hc | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
d inspect --format '{{json .Config.Healthcheck}} {{json .Config.Cmd}} {{json .Config.Entrypoint}}' hc
C=$(mkctx hcbad <<'DF'
FROM busybox
HEALTHCHECK --interval=0.5ms CMD true
DF
)
d build "$C"
C=$(mkctx hcbad2 <<'DF'
FROM busybox
HEALTHCHECK --retries=-1 CMD true
DF
)
d build "$C"
C=$(mkctx hcbad3 <<'DF'
FROM busybox
HEALTHCHECK FOO true
DF
)
d build "$C"
C=$(mkctx hcbad4 <<'DF'
FROM busybox
HEALTHCHECK NONE extra
DF
)
d build "$C"
C=$(mkctx hcbad5 <<'DF'
FROM busybox
HEALTHCHECK --interval=1s CMD-SHELL true
DF
)
d build "$C"
C=$(mkctx hcbad6 <<'DF'
FROM busybox
HEALTHCHECK --interval=1x CMD true
DF
)
d build "$C"
C=$(mkctx stopbad <<'DF'
FROM busybox
STOPSIGNAL SIGNOPE
DF
)
d build "$C"
