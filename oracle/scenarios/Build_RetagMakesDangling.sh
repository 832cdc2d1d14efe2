# source: daemon-semantics §5.3 (build -t onto an existing tag moves it; the old image becomes dangling; prune removes it)
# fixtures: busybox
C=$(mkctx ctx <<'DF'
FROM busybox
RUN echo one > /v
DF
)
d build -t app:1 -t keep:1 "$C"
tick
cat > "$C/Dockerfile" <<'DF'
FROM busybox
RUN echo two > /v
DF
d build -t app:1 "$C"
d images
d images -f dangling=true
d rmi keep:1
d images
d images -f dangling=true
d image prune -f
d images -a
