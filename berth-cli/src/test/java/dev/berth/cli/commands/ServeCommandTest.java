package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.BerthCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth serve} refuses what it cannot serve safely, before listening, with its own error prefix. */
class ServeCommandTest {
  @TempDir Path tmp;

  private String[] serveFails(String... extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = new String[extra.length + 5];
    args[0] = "--root";
    args[1] = tmp.resolve("root").toString();
    args[2] = "--runroot";
    args[3] = tmp.resolve("run").toString();
    args[4] = "serve";
    System.arraycopy(extra, 0, args, 5, extra.length);
    int exit = BerthCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), null);
    return new String[] {Integer.toString(exit), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void nonLoopbackTcpWithoutTlsIsRefused() {
    String[] r = serveFails("--host", "tcp://0.0.0.0:2375");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).startsWith("berth serve: refusing to serve the API on tcp://0.0.0.0:2375 without TLS client verification");
  }

  @Test
  void caWithoutCertificateAndKeyIsRefused() {
    String[] r = serveFails("--host", "tcp://127.0.0.1:0", "--tlscacert", tmp.resolve("ca.pem").toString());
    assertThat(r).containsExactly("1", "berth serve: --tlscert and --tlskey must be given together\n");
  }

  @Test
  void missingCertificateFileIsNamed() {
    String[] r = serveFails("--host", "tcp://127.0.0.1:0", "--tlscert", tmp.resolve("c.pem").toString(),
        "--tlskey", tmp.resolve("k.pem").toString());
    assertThat(r).containsExactly("1", "berth serve: open " + tmp.resolve("c.pem") + ": no such file or directory\n");
  }
}
