# source: integration-cli/docker_cli_build_test.go TestBuildEnvironmentReplacementAddCopy (ENV substitution in ADD/COPY sources and destinations, ${a:-b} defaults)
# fixtures: busybox
C=$(mkctx envaddcopy <<'DF'

  FROM scratch
  ENV baz foo
  ENV quux bar
  ENV dot .
  ENV fee fff
  ENV gee ggg

  ADD ${baz} ${dot}
  COPY ${quux} ${dot}
  ADD ${zzz:-${fee}} ${dot}
  COPY ${zzz:-${gee}} ${dot}
  
DF
)
ctxfile envaddcopy foo test1
ctxfile envaddcopy bar test2
ctxfile envaddcopy fff test3
ctxfile envaddcopy ggg test4
d build -t testbuildenvironmentreplacement "$C"
d history --format '{{.CreatedBy}} {{.Size}}' testbuildenvironmentreplacement
