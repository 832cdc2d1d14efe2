package dev.berth.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.BerthCli;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The daemon's answers as the docker CLI reports them, and the request encoding. */
class ApiClientTest {
  @Test
  void jsonErrorsKeepTheDaemonsMessageAndKind() {
    BerthException e = ApiClient.errorOf(404, "{\"message\":\"No such image: nosuch:latest\"}\n");
    assertThat(e).isInstanceOf(dev.berth.errors.NotFoundException.class);
    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(BerthCli.daemonError(e)).isEqualTo("Error response from daemon: No such image: nosuch:latest");
    BerthException conflict = ApiClient.errorOf(409, "{\"message\":\"conflict: unable to remove repository reference"
        + " \\\"busybox\\\" (must force) - container 0123456789ab is using its referenced image 3ab8\"}");
    assertThat(conflict.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(conflict.getMessage()).startsWith("conflict: unable to remove repository reference \"busybox\"");
  }

  @Test
  void textErrorsAndUnknownStatuses() {
    BerthException e = ApiClient.errorOf(400, "client version 1.12 is too old. Minimum supported API version is 1.24\n");
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
    assertThat(e.getMessage()).isEqualTo("client version 1.12 is too old. Minimum supported API version is 1.24");
    assertThat(ApiClient.errorOf(502, "bad gateway").kind()).isEqualTo(ErrorKind.SYSTEM);
    assertThat(ApiClient.errorOf(500, "{\"message\":\"boom\"}").kind()).isEqualTo(ErrorKind.SYSTEM);
  }

  @Test
  void pathsAndQueriesAreEncodedLikeGo() {
    assertThat(ApiClient.escapePath("/v1.41/images/localhost:5000/a b@sha256:x/json"))
        .isEqualTo("/v1.41/images/localhost:5000/a%20b@sha256:x/json");
    assertThat(ApiClient.escapePath("/images/a?b#c%")).isEqualTo("/images/a%3Fb%23c%25");
    assertThat(ApiClient.queryString(Map.of("names", List.of("a:1", "b c"), "all", List.of("1"))))
        .isEqualTo("?all=1&names=a%3A1&names=b+c");
    assertThat(ApiClient.queryString(Map.of())).isEmpty();
  }

  @Test
  void versionsCompareAsNumbers() {
    assertThat(ApiClient.compare("1.9", "1.41")).isNegative();
    assertThat(ApiClient.compare("1.41", "1.41")).isZero();
    assertThat(ApiClient.compare("1.50", "1.41")).isPositive();
  }
}
