package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.errors.InvalidArgumentException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandResolverTest {
  private static ImageProcessConfig image(List<String> entrypoint, List<String> cmd) {
    return new ImageProcessConfig(null, cmd, entrypoint, null, null, null, null);
  }

  @Test
  void imageCmdIsUsedWhenNoCommandGiven() {
    assertThat(CommandResolver.resolve(image(null, List.of("sh")), RunOptions.defaults()))
        .containsExactly("sh");
  }

  @Test
  void userCommandReplacesImageCmdAndKeepsEntrypoint() {
    ImageProcessConfig img = image(List.of("/bin/echo", "ep"), List.of("default-cmd"));
    assertThat(CommandResolver.resolve(img, RunOptions.defaults()))
        .containsExactly("/bin/echo", "ep", "default-cmd");
    assertThat(CommandResolver.resolve(img, RunOptions.defaults().withCmd(List.of("user-arg"))))
        .containsExactly("/bin/echo", "ep", "user-arg");
  }

  @Test
  void entrypointFlagDiscardsImageCmd() {
    ImageProcessConfig img = image(List.of("/bin/echo", "ep"), List.of("default-cmd"));
    assertThat(CommandResolver.resolve(img, RunOptions.defaults().withEntrypoint(List.of("ls"))))
        .containsExactly("ls");
    assertThat(CommandResolver.resolve(img,
        RunOptions.defaults().withEntrypoint(List.of("ls")).withCmd(List.of("-l"))))
        .containsExactly("ls", "-l");
  }

  @Test
  void emptyEntrypointFlagClearsEntrypoint() {
    ImageProcessConfig img = image(List.of("/bin/echo", "ep"), List.of("default-cmd"));
    assertThat(CommandResolver.resolve(img,
        RunOptions.defaults().withEntrypoint(List.of("")).withCmd(List.of("true"))))
        .containsExactly("true");
    assertThatThrownBy(() ->
        CommandResolver.resolve(img, RunOptions.defaults().withEntrypoint(List.of(""))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("No command specified");
  }

  @Test
  void nothingToRunIsDockersError() {
    assertThatThrownBy(() -> CommandResolver.resolve(ImageProcessConfig.empty(),
        RunOptions.defaults()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("No command specified");
  }
}
