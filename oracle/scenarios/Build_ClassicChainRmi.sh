# source: daemon-semantics §3.8 (classic build chain: intermediates hidden, child conflicts, rmi prunes the untagged ancestry)
# fixtures: busybox
C=$(mkctx app <<'DF'
FROM busybox
RUN echo a > /a
RUN echo bb > /b
LABEL stage=one
CMD ["sh"]
DF
)
d build -q -t app:1 "$C"
d images
dsort images -a
d history app:1
d rmi busybox
d rmi -f "${FIX_BUSYBOX_ID:7:12}"
d images
d images -f dangling=true
d images -a -f label=stage=one
d system df
d rmi app:1
d images -a
