# source: integration-cli/docker_cli_history_test.go TestHistoryImageWithComment
# fixtures: busybox
d run --network none --name testhistoryimagewithcomment busybox true
d wait testhistoryimagewithcomment
d commit -m=This_is_a_comment testhistoryimagewithcomment testhistoryimagewithcomment
d history testhistoryimagewithcomment
