# source: integration/build/build_test.go TestBuildLabelWithTargets (--label applies to the --target stage together with its own LABEL)
# fixtures: busybox
C=$(mkctx lwt <<'DF'

		FROM busybox AS target-a
		CMD ["/dev"]
		LABEL label-a=inline-a
		FROM busybox AS target-b
		CMD ["/dist"]
		LABEL label-b=inline-b
		
DF
)
d build --rm --force-rm -t testbuildlabelwithtargets-a --label foo=bar --label dead=beef --target target-a "$C"
d image inspect --format '{{json .Config.Labels}} {{json .Config.Cmd}}' testbuildlabelwithtargets-a
d build --rm --force-rm -t testbuildlabelwithtargets-b --label foo=bar --label dead=beef --target target-b "$C"
d image inspect --format '{{json .Config.Labels}} {{json .Config.Cmd}}' testbuildlabelwithtargets-b
d history --format '{{.Size}}|{{.CreatedBy}}' testbuildlabelwithtargets-b
