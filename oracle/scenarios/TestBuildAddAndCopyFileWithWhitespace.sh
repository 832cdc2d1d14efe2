# source: integration-cli/docker_cli_build_test.go TestBuildAddAndCopyFileWithWhitespace (JSON-form ADD/COPY with spaces in source and destination)
# fixtures: busybox
for command in ADD COPY; do
C=$(mkctx ws$command <<DF
FROM busybox
RUN mkdir "/test dir"
RUN mkdir "/test_dir"
$command [ "test file1", "/test_file1" ]
$command [ "test_file2", "/test file2" ]
$command [ "test file3", "/test file3" ]
$command [ "test dir/test_file4", "/test_dir/test_file4" ]
$command [ "test_dir/test_file5", "/test dir/test_file5" ]
$command [ "test dir/test_file6", "/test dir/test_file6" ]
RUN [ \$(cat "/test_file1") = 'test1' ]
RUN [ \$(cat "/test file2") = 'test2' ]
RUN [ \$(cat "/test file3") = 'test3' ]
RUN [ \$(cat "/test_dir/test_file4") = 'test4' ]
RUN [ \$(cat "/test dir/test_file5") = 'test5' ]
RUN [ \$(cat "/test dir/test_file6") = 'test6' ]
DF
)
ctxfile ws$command 'test file1' test1
ctxfile ws$command 'test_file2' test2
ctxfile ws$command 'test file3' test3
ctxfile ws$command 'test dir/test_file4' test4
ctxfile ws$command 'test_dir/test_file5' test5
ctxfile ws$command 'test dir/test_file6' test6
d build -t testaddfilewithwhitespace "$C"
d history --format '{{.CreatedBy}}' testaddfilewithwhitespace
d rmi testaddfilewithwhitespace
done
