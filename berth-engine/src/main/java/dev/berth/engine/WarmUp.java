package dev.berth.engine;

/**
 * One-time library set-up done on a second thread while the command line is parsed, so that it
 * overlaps that work instead of following it: the sqlite driver (~40 ms), then, for commands that
 * read JSON, Jackson and the BigDecimal tables its parser initialises (~30 ms). Nothing here
 * touches the store; a failure is left for the real use to report.
 */
public final class WarmUp {
  private WarmUp() {}

  public static void start(boolean json) {
    Thread.ofPlatform().daemon().name("warm-up").start(() -> {
      try {
        dev.berth.store.Database.warmUpDriver();
        if (json) {
          var mapper = dev.berth.image.ImageConfig.MAPPER;
          mapper.writeValueAsString(mapper.readTree("{\"warm-up\":[1.5]}"));
        }
      } catch (Exception | LinkageError ignored) {
        // the command itself meets and reports the same problem
      }
    });
  }
}
