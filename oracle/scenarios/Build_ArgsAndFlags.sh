# source: docker build reference (--build-arg, unused build-arg warning, ARG scoping, --label, -q, --no-cache, --rm=false, --force-rm, --cache-from)
# fixtures: busybox
C=$(mkctx args <<'DF'
FROM busybox
ARG ONE
ARG TWO=default
ENV TWO=env-wins
RUN echo "one=$ONE two=$TWO three=$THREE" > /args
ARG THREE=3
LABEL a=$ONE
RUN cat /args; echo "three=$THREE http=$HTTP_PROXY"
DF
)
d build --build-arg ONE=1 --build-arg ALSO_UNUSED --build-arg HTTP_PROXY=http://proxy -t args "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' args | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
d inspect --format '{{json .Config.Env}} {{json .Config.Labels}}' args
d build --build-arg ONE=1 --build-arg HTTP_PROXY=http://proxy -t args "$C"
d build --build-arg ONE=2 --build-arg HTTP_PROXY=http://other -t args "$C"
C=$(mkctx flags <<'DF'
FROM busybox
RUN echo a > /a
LABEL from=file
DF
)
d build -q --label z=last --label a=first --label from=cli -t flags "$C"
d inspect --format '{{json .Config.Labels}}' flags
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' flags | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
d build -q -t flags "$C"
d build --no-cache --rm=false -t flags2 "$C"
d ps -a --format '{{.Status}} {{.Command}}'
sh_d 'engine rm -f $(engine ps -aq) >/dev/null'
d build --force-rm --no-cache -t flags3 "$C"
d ps -a --format '{{.Status}} {{.Command}}'
d build --cache-from flags2 -t flags4 "$C"
d build --cache-from nosuch:img -t flags4 "$C"
d build -q --iidfile "$TMP/iid" "$C"
sh_d 'cut -c1-7 "$TMP/iid"'
d build --label z=last --label a=first -t flags5 "$C"
d build -t 'Bad:Tag' "$C"
d build --label "$C"
C=$(mkctx warn <<'DF'
FROM busybox
ARG USED
DF
)
d build -q --build-arg USED=1 --build-arg B=2 "$C"
d build --build-arg B=2 "$C"
d build --build-arg USED=x --build-arg UNUSED=y "$C"
