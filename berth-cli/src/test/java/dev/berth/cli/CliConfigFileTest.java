package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliConfigFileTest {
  @Test
  void readsTheFormatsAndPruneFiltersOfConfigJson(@TempDir Path dir) throws Exception {
    // the config of moby's TestImagesFormatDefaultFormat, plus prune filters
    Files.writeString(dir.resolve("config.json"),
        "{\n\t\t\"imagesFormat\": \"{{ .ID }} default\", \"psFormat\": \"{{.Names}}\",\n"
            + " \"volumesFormat\": \"{{ .Name }} default\","
            + " \"pruneFilters\": [\"label=foobar\"]}");
    CliConfigFile c = CliConfigFile.read(dir);
    assertThat(c.imagesFormat()).isEqualTo("{{ .ID }} default");
    assertThat(c.psFormat()).isEqualTo("{{.Names}}");
    assertThat(c.volumesFormat()).isEqualTo("{{ .Name }} default");
    assertThat(c.pruneFilters()).containsExactly("label=foobar");
  }

  @Test
  void aMissingOrBrokenFileIsTheEmptyConfig(@TempDir Path dir) throws Exception {
    assertThat(CliConfigFile.read(dir)).isEqualTo(CliConfigFile.EMPTY);
    Files.writeString(dir.resolve("config.json"), "{not json");
    assertThat(CliConfigFile.read(dir)).isEqualTo(CliConfigFile.EMPTY);
  }

  @Test
  void theFlagWinsOverDockerConfigWhichWinsOverHome() {
    Map<String, String> env = Map.of("DOCKER_CONFIG", "/env/cfg", "HOME", "/home/u");
    assertThat(CliConfigFile.directory("/flag", env)).isEqualTo(Path.of("/flag"));
    assertThat(CliConfigFile.directory(null, env)).isEqualTo(Path.of("/env/cfg"));
    assertThat(CliConfigFile.directory(null, Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.docker"));
  }

  @Test
  void configuredPruneFiltersAddToTheCommandLineUnlessItNegatesThem() {
    CliConfigFile c = new CliConfigFile("", "", "", List.of("label=foobar", "until=10m", "label!=keep"));
    assertThat(c.pruneFilters(List.of())).containsExactly("label=foobar", "until=10m", "label!=keep");
    assertThat(c.pruneFilters(List.of("label!=foobar")))
        .containsExactly("label!=foobar", "until=10m", "label!=keep");
    assertThat(c.pruneFilters(List.of("label=keep"))).containsExactly("label=keep", "label=foobar", "until=10m");
  }

  @Test
  void detachKeysComeFromTheFile(@TempDir Path dir) throws Exception {
    assertThat(CliConfigFile.detachKeys(dir)).isEmpty();
    Files.writeString(dir.resolve("config.json"), "{\"detachKeys\": \"ctrl-a,a\"}");
    assertThat(CliConfigFile.detachKeys(dir)).isEqualTo("ctrl-a,a");
    assertThat(CliConfigFile.detachKeysOf("not json")).isEmpty();
  }
}
