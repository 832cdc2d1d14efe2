# source: docker commit -c/--change on dockerd 20.10 (daemon/commit.go BuildFromConfig + merge): the allowed instructions, the messages of rejected and malformed changes, the committed config, container config and history
# fixtures: busybox
d create --network none --name c1 busybox sh -c 'echo hi'
d commit -c 'RUN x' c1
d commit -c 'FROM busybox' c1
d commit -c 'BOGUS x' c1
d commit -c 'STOPSIGNAL 9' c1
d commit -c '' c1
d commit -c 'ENV' c1
d commit -c 'ENV x' c1
d commit -c 'ENV a=1 b' c1
d commit -c 'LABEL =1' c1
d commit -c 'USER' c1
d commit -c 'CMD --foo x' c1
d commit -c 'ONBUILD FROM x' c1
d commit -c 'EXPOSE 80/xyz' c1
d commit -c 'EXPOSE abc' c1
d commit -c 'HEALTHCHECK --interval=x CMD a' c1
d commit -c 'RUN x' -c 'ENV x' c1
d commit -c 'EXPOSE abc' -c 'ENV' c1
d commit -c $'CMD a\nRUN b' c1
d commit -c 'RUN x' nosuch
d commit -c 'CMD ["/bin/sh","-c","echo hi"]' -c 'ENV A=1 B=$A' -c 'EXPOSE 80 90/udp' -c 'LABEL x=y' -c 'WORKDIR /w' -c 'WORKDIR sub' -c 'USER nobody' -c 'VOLUME /v' -c 'ONBUILD RUN echo' -c 'ENTRYPOINT ["/bin/echo"]' -c 'HEALTHCHECK --interval=5s CMD true' -m msg -a me c1 cc:1
d image inspect cc:1
d inspect --format '{{.Comment}}|{{.Author}}|{{.Parent}}|{{.Size}}|{{len .RootFS.Layers}}' cc:1
d history --no-trunc --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}' cc:1
d commit -c 'ENTRYPOINT x' c1 cc:2
d inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' cc:2
d commit -c 'ENTRYPOINT' c1 cc:3
d inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' cc:3
d commit -c 'CMD' -c 'cmd echo a \' -c 'b' c1 cc:4
d inspect --format '{{json .Config.Cmd}}' cc:4
d run --network none --name r1 busybox sh -c 'echo data > /f'
d commit --change 'CMD ["cat","/f"]' r1 cc:5
d run --rm --network none cc:5
d history --format '{{.CreatedBy}}|{{.Size}}' cc:5
