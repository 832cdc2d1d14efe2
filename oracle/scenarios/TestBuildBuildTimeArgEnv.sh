# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgEnv (the unused build-args of the warning are listed in Go map order: sorted here)
# fixtures: busybox
C=$(mkctx argenv <<'DF'
FROM busybox
		ARG FOO1=fromfile
		ARG FOO2=fromfile
		ARG FOO3=fromfile
		ARG FOO4=fromfile
		ARG FOO5
		ARG FOO6
		ARG FO10
		RUN env | grep -E '^(FOO|FO1)' | sort
		RUN [ "$FOO1" = "fromcmd" ]
		RUN [ "$FOO2" = "" ]
		RUN [ "$FOO3" = "fromenv" ]
		RUN [ "$FOO4" = "fromfile" ]
		RUN [ "$FOO5" = "fromcmd" ]
		# The following should not exist at all in the env
		RUN [ "$(env | grep FOO6)" = "" ]
		RUN [ "$(env | grep FOO7)" = "" ]
		RUN [ "$(env | grep FOO8)" = "" ]
		RUN [ "$(env | grep FOO9)" = "" ]
		RUN [ "$FO10" = "" ]
	    
DF
)
cat > "$TMP/sortargs.pl" <<'PL'
s/(build-args \[)([^\]]*)(\])/$1 . join(" ", sort split(" ", $2)) . $3/e;
PL
sh_d "unset FOO4 FO10; FOO1=fromenv FOO2=fromenv FOO3=fromenv engine build -t testbuildtimeargenv --build-arg FOO1=fromcmd --build-arg FOO2= --build-arg FOO3 --build-arg FOO4 --build-arg FOO5=fromcmd --build-arg FOO7=fromcmd --build-arg FOO8= --build-arg FOO9 --build-arg FO10 '$C' | perl -p '$TMP/sortargs.pl'"
