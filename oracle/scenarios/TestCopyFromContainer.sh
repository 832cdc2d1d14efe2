# source: integration/container/copy_test.go TestCopyFromContainer (moby v20.10.24)
# fixtures: busybox
ctx=$(mkctx cpctx <<'DF'
FROM busybox
COPY foo /foo
COPY baz /bar/quux/baz
RUN ln -s notexist /bar/notarget && ln -s quux/baz /bar/filesymlink && ln -s quux /bar/dirsymlink && ln -s / /bar/root
CMD /fake
DF
)
ctxfile cpctx foo hello
ctxfile cpctx baz world
q build -q -t cpimg $ctx >/dev/null
d create --network none --name cpsrc cpimg
for p in /foo /bar/root /bar/root/foo /bar/dirsymlink /bar/dirsymlink/. /bar/dirsymlink/baz /bar/filesymlink /bar/notarget /bar/quux/baz /bar/quux /bar/quux/ /bar/quux/. /bar/quux/.. /bar/notarget/; do
  sh_d "engine cp cpsrc:$p - | tar -t | LC_ALL=C sort | head -5"
done
sh_d 'engine cp cpsrc:/bar/filesymlink - | tar -xO'
sh_d 'engine cp cpsrc:/bar/dirsymlink/baz - | tar -xO'
