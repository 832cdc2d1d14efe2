# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoringWildDirs (** patterns at any depth, ? and escaped \? in .dockerignore)
# fixtures: busybox
C=$(mkctx wilddirs <<'DF'

        FROM busybox
		COPY . /
		#RUN sh -c "[[ -e /.dockerignore ]]"
		RUN sh -c "[[ -e /Dockerfile ]]           && \
		           [[ ! -e /file0 ]]              && \
		           [[ ! -e /dir1/file0 ]]         && \
		           [[ ! -e /dir2/file0 ]]         && \
		           [[ ! -e /file1 ]]              && \
		           [[ ! -e /dir1/file1 ]]         && \
		           [[ ! -e /dir1/dir2/file1 ]]    && \
		           [[ ! -e /dir1/file2 ]]         && \
		           [[   -e /dir1/dir2/file2 ]]    && \
		           [[ ! -e /dir1/dir2/file4 ]]    && \
		           [[ ! -e /dir1/dir2/file5 ]]    && \
		           [[ ! -e /dir1/dir2/file6 ]]    && \
		           [[ ! -e /dir1/dir3/file7 ]]    && \
		           [[ ! -e /dir1/dir3/file8 ]]    && \
		           [[   -e /dir1/dir3 ]]          && \
		           [[   -e /dir1/dir4 ]]          && \
		           [[ ! -e 'dir1/dir5/fileAA' ]]  && \
		           [[   -e 'dir1/dir5/fileAB' ]]  && \
		           [[   -e 'dir1/dir5/fileB' ]]"   # "." in pattern means nothing

		RUN echo all done!
DF
)
ctxfile wilddirs .dockerignore '
**/file0
**/*file1
**/dir1/file2
dir1/**/file4
**/dir2/file5
**/dir1/dir2/file6
dir1/dir3/**
**/dir4/**
**/file?A
**/file\?B
**/dir5/file.
'
for f in dir1/file0 dir1/dir2/file0 file1 dir1/file1 dir1/dir2/file1 dir1/file2 dir1/dir2/file2 dir1/dir2/file4 dir1/dir2/file5 dir1/dir2/file6 dir1/dir3/file7 dir1/dir3/file8 dir1/dir4/file9 dir1/dir5/fileAA dir1/dir5/fileAB dir1/dir5/fileB; do
  ctxfile wilddirs $f ''
done
d build -t noname "$C"
d run --rm --network none noname sh -c 'find /dir1 /file* | sort'
