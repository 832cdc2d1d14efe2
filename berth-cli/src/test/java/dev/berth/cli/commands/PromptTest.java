package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PromptTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void onlyYConfirms() {
    assertThat(Prompt.ask(new ByteArrayInputStream(" Y \n".getBytes()), out, "Sure?")).isTrue();
    assertThat(Prompt.ask(new ByteArrayInputStream("yes\n".getBytes()), out, "Sure?")).isFalse();
    assertThat(Prompt.ask(new ByteArrayInputStream(new byte[0]), out, "Sure?")).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Sure? [y/N] Sure? [y/N] Sure? [y/N] ");
  }

  @Test
  @SuppressWarnings("restriction")
  void anInterruptWhileWaitingIsANoAfterANewline() throws Exception {
    try (PipedOutputStream never = new PipedOutputStream(); PipedInputStream in = new PipedInputStream(never)) {
      Thread signal = new Thread(() -> {
        try {
          while (!bytes.toString(StandardCharsets.UTF_8).endsWith("[y/N] ")) {
            Thread.sleep(10);
          }
          Thread.sleep(100);
          sun.misc.Signal.raise(new sun.misc.Signal("INT"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      signal.start();
      assertThat(Prompt.ask(in, out, "Sure?")).isFalse();
      signal.join();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Sure? [y/N] \n");
  }
}
