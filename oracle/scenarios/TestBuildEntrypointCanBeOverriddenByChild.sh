# source: integration-cli/docker_cli_build_test.go TestBuildEntrypointCanBeOverriddenByChild
# fixtures: busybox
C=$(mkctx epparent <<'DF'

    FROM busybox
    ENTRYPOINT exit 130
    
DF
)
d build -t parent "$C"
d run --rm --network none parent
C2=$(mkctx epchild <<'DF'

    FROM parent
    ENTRYPOINT exit 5
    
DF
)
d build -t child "$C2"
d run --rm --network none child
