# source: integration-cli/docker_cli_commit_test.go TestCommitChange
# fixtures: busybox
d run --network none --name test busybox true
d commit \
  --change 'EXPOSE 8080' \
  --change 'ENV DEBUG true' \
  --change 'ENV test 1' \
  --change 'ENV PATH /foo' \
  --change 'LABEL foo bar' \
  --change 'CMD ["/bin/sh"]' \
  --change 'WORKDIR /opt' \
  --change 'ENTRYPOINT ["/bin/sh"]' \
  --change 'USER testuser' \
  --change 'VOLUME /var/lib/docker' \
  --change 'ONBUILD /usr/local/bin/python-build --dir /app/src' \
  test test-commit
for f in Config.ExposedPorts Config.Env Config.Labels Config.Cmd Config.WorkingDir Config.Entrypoint Config.User Config.Volumes Config.OnBuild; do
  d inspect --format "{{.$f}}" test-commit
done
d history --no-trunc --format '{{.CreatedBy}}|{{.Comment}}' test-commit
