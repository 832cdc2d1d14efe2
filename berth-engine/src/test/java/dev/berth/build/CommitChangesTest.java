package dev.berth.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code commit --change}: the expected configs and messages are the real dockerd 20.10's for the
 * same container configs and changes (POST /commit, then the image's Config).
 */
class CommitChangesTest {
  /** {@code docker create --health-cmd true --health-timeout 3s --health-retries 2 -e X=1
   * --entrypoint /bin/echo -l l1=a --expose 99 -w /wd -u 1:1 busybox a b}. */
  private static final String H1 = "{\"Hostname\":\"c42507882e99\",\"Domainname\":\"\",\"User\":\"1:1\","
      + "\"AttachStdin\":false,\"AttachStdout\":true,\"AttachStderr\":true,\"ExposedPorts\":{\"99/tcp\":{}},"
      + "\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":[\"X=1\","
      + "\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],\"Cmd\":[\"a\",\"b\"],"
      + "\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"true\"],\"Timeout\":3000000000,\"Retries\":2},"
      + "\"Image\":\"busybox\",\"Volumes\":null,\"WorkingDir\":\"/wd\",\"Entrypoint\":[\"/bin/echo\"],"
      + "\"OnBuild\":null,\"Labels\":{\"l1\":\"a\"}}";
  /** {@code docker create busybox sh -c 'echo hi'}. */
  private static final String C1 = "{\"Hostname\":\"5c1b0b07d45a\",\"Domainname\":\"\",\"User\":\"\","
      + "\"AttachStdin\":false,\"AttachStdout\":true,\"AttachStderr\":true,\"Tty\":false,\"OpenStdin\":false,"
      + "\"StdinOnce\":false,\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],"
      + "\"Cmd\":[\"sh\",\"-c\",\"echo hi\"],\"Image\":\"busybox\",\"Volumes\":null,\"WorkingDir\":\"\","
      + "\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":{}}";

  private static JsonNode json(String s) throws Exception {
    return ImageConfig.MAPPER.readTree(s);
  }

  private static String apply(String container, String... changes) throws Exception {
    return CommitChanges.apply(null, json(container), List.of(changes)).toString();
  }

  /** H1 with one part replaced. */
  private static String h1(String from, String to) {
    assertThat(H1).contains(from);
    return H1.replace(from, to);
  }

  @Test
  void anAbsoluteWorkdirIsKeptAsWrittenARelativeOneIsJoinedAndCleaned() throws Exception {
    assertThat(json(apply(C1, "WORKDIR /tmp/")).path("WorkingDir").asText()).isEqualTo("/tmp/");
    assertThat(json(apply(C1, "WORKDIR /a/../b/")).path("WorkingDir").asText()).isEqualTo("/a/../b/");
    assertThat(json(apply(C1, "WORKDIR /tmp/", "WORKDIR sub/")).path("WorkingDir").asText()).isEqualTo("/tmp/sub");
    assertThat(json(apply(C1, "WORKDIR a/../b/")).path("WorkingDir").asText()).isEqualTo("/b");
  }

  @Test
  void withoutChangesTheConfigIsTheContainers() throws Exception {
    assertThat(apply(H1)).isEqualTo(H1);
    assertThat(apply(C1)).isEqualTo(C1);
  }

  @Test
  void manyChangesInOrder() throws Exception {
    assertThat(apply(C1, "CMD [\"/bin/sh\",\"-c\",\"echo hi\"]", "ENV A=1 B=$A", "EXPOSE 80 90/udp", "LABEL x=y",
        "WORKDIR /w", "WORKDIR sub", "USER nobody", "VOLUME /v", "ONBUILD RUN echo", "ENTRYPOINT [\"/bin/echo\"]",
        "HEALTHCHECK --interval=5s CMD true")).isEqualTo("{\"Hostname\":\"5c1b0b07d45a\",\"Domainname\":\"\","
            + "\"User\":\"nobody\",\"AttachStdin\":false,\"AttachStdout\":true,\"AttachStderr\":true,"
            + "\"ExposedPorts\":{\"80/tcp\":{},\"90/udp\":{}},\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,"
            + "\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"A=1\",\"B=\"],"
            + "\"Cmd\":[\"/bin/sh\",\"-c\",\"echo hi\"],\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"true\"],"
            + "\"Interval\":5000000000},\"Image\":\"busybox\",\"Volumes\":{\"/v\":{}},\"WorkingDir\":\"/w/sub\","
            + "\"Entrypoint\":[\"/bin/echo\"],\"OnBuild\":[\"RUN echo\"],\"Labels\":{\"x\":\"y\"}}");
  }

  @Test
  void whatAChangeLeavesEmptyComesFromTheContainer() throws Exception {
    assertThat(apply(H1, "ENTRYPOINT []")).as("an empty entrypoint is none: both come back").isEqualTo(H1);
    assertThat(apply(H1, "CMD []")).isEqualTo(h1("\"Cmd\":[\"a\",\"b\"]", "\"Cmd\":[]"));
    assertThat(apply(H1, "ENTRYPOINT x")).isEqualTo(h1("\"Cmd\":[\"a\",\"b\"]", "\"Cmd\":null")
        .replace("\"Entrypoint\":[\"/bin/echo\"]", "\"Entrypoint\":[\"/bin/sh\",\"-c\",\"x\"]"));
    assertThat(apply(H1, "USER \"\"")).isEqualTo(H1);
    assertThat(apply(H1, "HEALTHCHECK --interval=5s CMD false")).isEqualTo(
        h1("{\"Test\":[\"CMD-SHELL\",\"true\"],", "{\"Test\":[\"CMD-SHELL\",\"false\"],\"Interval\":5000000000,"));
    assertThat(apply(H1, "HEALTHCHECK NONE")).isEqualTo(h1("[\"CMD-SHELL\",\"true\"]", "[\"NONE\"]"));
    assertThat(apply(H1, "ENV X=2 Y=3")).isEqualTo(
        h1("\"X=1\",\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"",
            "\"X=2\",\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"Y=3\""));
    assertThat(apply(H1, "EXPOSE 80")).isEqualTo(h1("{\"99/tcp\":{}}", "{\"80/tcp\":{},\"99/tcp\":{}}"));
    assertThat(apply(H1, "LABEL l2=b")).isEqualTo(h1("{\"l1\":\"a\"}", "{\"l1\":\"a\",\"l2\":\"b\"}"));
  }

  @Test
  void emptyShellFormsAndCaseAndContinuations() throws Exception {
    assertThat(json(apply(C1, "CMD")).get("Cmd").toString()).isEqualTo("[\"/bin/sh\",\"-c\"]");
    assertThat(json(apply(C1, "ENTRYPOINT")).get("Cmd").toString()).isEqualTo("[\"sh\",\"-c\",\"echo hi\"]");
    assertThat(json(apply(C1, "cmd echo hi")).get("Cmd").toString()).isEqualTo("[\"/bin/sh\",\"-c\",\"echo hi\"]");
    assertThat(json(apply(C1, "CMD a \\\n b")).get("Cmd").toString()).isEqualTo("[\"/bin/sh\",\"-c\",\"a  b\"]");
    assertThat(json(apply(C1, "CMD [\"a\"")).get("Cmd").toString())
        .as("not JSON: the shell form").isEqualTo("[\"/bin/sh\",\"-c\",\"[\\\"a\\\"\"]");
    assertThat(json(apply(C1, "EXPOSE 80-82/UDP 1:2")).get("ExposedPorts").toString())
        .isEqualTo("{\"2/tcp\":{},\"80/udp\":{},\"81/udp\":{},\"82/udp\":{}}");
    assertThat(json(apply(C1, "ONBUILD BOGUS x")).get("OnBuild").toString()).isEqualTo("[\"BOGUS x\"]");
  }

  @Test
  void theDaemonsMessages() {
    String[][] cases = {
        {"RUN x", "run is not a valid change command"},
        {"FROM x", "from is not a valid change command"},
        {"MAINTAINER me", "maintainer is not a valid change command"},
        {"STOPSIGNAL 9", "stopsignal is not a valid change command"},
        {"SHELL [\"a\"]", "shell is not a valid change command"},
        {"ARG x", "arg is not a valid change command"},
        {"BOGUS x", "bogus is not a valid change command"},
        {"ENV", "ENV requires at least one argument"},
        {"ENV x", "ENV must have two arguments"},
        {"LABEL", "LABEL requires at least one argument"},
        {"LABEL a", "LABEL must have two arguments"},
        {"LABEL =1", "LABEL names can not be blank"},
        {"USER", "USER requires exactly one argument"},
        {"WORKDIR", "WORKDIR requires exactly one argument"},
        {"EXPOSE", "EXPOSE requires at least one argument"},
        {"VOLUME", "VOLUME requires at least one argument"},
        {"VOLUME ''", "VOLUME specified can not be an empty string"},
        {"ONBUILD", "ONBUILD requires at least one argument"},
        {"ONBUILD FROM x", "FROM isn't allowed as an ONBUILD trigger"},
        {"ONBUILD ONBUILD x", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"},
        {"", "file with no instructions"},
        {"# comment", "file with no instructions"},
        {"EXPOSE 80/xyz", "Invalid proto: xyz"},
        {"EXPOSE 80/XYZ", "Invalid proto: XYZ"},
        {"EXPOSE abc", "Invalid containerPort: abc"},
        {"EXPOSE abc/xyz", "Invalid containerPort: abc"},
        {"EXPOSE 80-70", "Invalid containerPort: 80-70"},
        {"EXPOSE 70000", "Invalid containerPort: 70000"},
        {"EXPOSE /tcp", "No port specified: /tcp<empty>"},
        {"ENV a=1 b", "Syntax error - can't find = in \"b\". Must be of the form: name=value"},
        {"CMD --foo x", "Unknown flag: foo"},
        {"HEALTHCHECK", "HEALTHCHECK requires at least one argument"},
        {"HEALTHCHECK --interval=x CMD a", "time: invalid duration \"x\""},
        {"healthcheck --retries=0 CMD x", "--retries must be at least 1 (not 0)"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> apply(C1, c[0])).as(c[0]).isInstanceOf(InvalidArgumentException.class)
          .hasMessage(c[1]);
    }
  }

  @Test
  void everyLineIsParsedBeforeAnyIsChecked() {
    assertThatThrownBy(() -> apply(C1, "RUN x", "ENV x")).hasMessage("ENV must have two arguments");
    assertThatThrownBy(() -> apply(C1, "ENV a b", "bogus x")).hasMessage("bogus is not a valid change command");
    assertThatThrownBy(() -> apply(C1, "CMD a\nRUN b")).hasMessage("run is not a valid change command");
    assertThatThrownBy(() -> apply(C1, "EXPOSE abc", "ENV")).hasMessage("ENV requires at least one argument");
  }

  @Test
  void aRequestConfigIsTheBaseTheContainersFillsIn() throws Exception {
    // POST /commit?changes=ENV Z=2&changes=LABEL k=v with the body {"Cmd":["x"],"Env":["Q=1"]}
    JsonNode out = CommitChanges.apply(json("{\"Cmd\":[\"x\"],\"Env\":[\"Q=1\"]}"), json(H1),
        List.of("ENV Z=2", "LABEL k=v"));
    assertThat(out.toString()).isEqualTo("{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"1:1\","
        + "\"AttachStdin\":false,\"AttachStdout\":false,\"AttachStderr\":false,\"ExposedPorts\":{\"99/tcp\":{}},"
        + "\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":[\"Q=1\",\"Z=2\",\"X=1\","
        + "\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],\"Cmd\":[\"x\"],"
        + "\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"true\"],\"Timeout\":3000000000,\"Retries\":2},"
        + "\"Image\":\"\",\"Volumes\":null,\"WorkingDir\":\"/wd\",\"Entrypoint\":[\"/bin/echo\"],\"OnBuild\":null,"
        + "\"Labels\":{\"k\":\"v\",\"l1\":\"a\"}}");
  }

  @Test
  void importChangesFillAnEmptyConfigInTheDaemonsFieldOrder() {
    // docker import -c 'ENTRYPOINT ["/bin/sh", "-c"]' -c 'ENV A=b' -c 'LABEL x=y' (dockerd 20.10's image config)
    var config = CommitChanges.forImport(java.util.List.of("ENTRYPOINT [\"/bin/sh\", \"-c\"]", "ENV A=b", "LABEL x=y"));
    org.assertj.core.api.Assertions.assertThat(config.toString()).isEqualTo(
        "{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"\",\"AttachStdin\":false,\"AttachStdout\":false,"
            + "\"AttachStderr\":false,\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":[\"A=b\"],"
            + "\"Cmd\":null,\"Image\":\"\",\"Volumes\":null,\"WorkingDir\":\"\",\"Entrypoint\":[\"/bin/sh\",\"-c\"],"
            + "\"OnBuild\":null,\"Labels\":{\"x\":\"y\"}}");
    org.assertj.core.api.Assertions.assertThat(CommitChanges.forImport(java.util.List.of())).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommitChanges.forImport(java.util.List.of("FROM x")))
        .hasMessage("from is not a valid change command");
  }
}
