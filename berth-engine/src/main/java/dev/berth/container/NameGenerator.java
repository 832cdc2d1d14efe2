package dev.berth.container;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Docker-style generated container names: {@code adjective_surname}. The word lists are berth's own. */
public final class NameGenerator {
  private NameGenerator() {}

  private static final List<String> ADJECTIVES =
      List.of(
          "able", "amber", "ardent", "bold", "brave", "bright", "calm", "clever", "cosmic", "crisp",
          "daring", "deft", "eager", "earnest", "fair", "fearless", "fond", "gentle", "glad", "golden",
          "hardy", "humble", "jolly", "keen", "kind", "lively", "lucid", "merry", "mellow", "modest",
          "nimble", "noble", "patient", "plucky", "polite", "proud", "quick", "quiet", "rapid", "ready",
          "serene", "sharp", "shy", "silent", "sleek", "steady", "sunny", "swift", "tender", "tidy",
          "upbeat", "vivid", "warm", "wise", "witty", "zealous");

  private static final List<String> SURNAMES =
      List.of(
          "agnesi", "archimedes", "babbage", "banach", "bernoulli", "bohr", "boole", "cantor", "carson",
          "curie", "darwin", "dijkstra", "euclid", "euler", "faraday", "fermat", "feynman", "fourier",
          "franklin", "galileo", "gauss", "germain", "hamilton", "hopper", "hypatia", "joule", "kepler",
          "knuth", "lamarr", "laplace", "leibniz", "lovelace", "maxwell", "meitner", "mendel", "napier",
          "newton", "noether", "pascal", "planck", "poincare", "ramanujan", "riemann", "shannon",
          "tesla", "turing", "volta", "wiles", "wright", "yalow");


  public static String next(int attempt) {
    // not a secret, as in Docker (math/rand); a SecureRandom would cost ~20 ms to set up
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "_" + SURNAMES.get(random.nextInt(SURNAMES.size()));
    return attempt > 0 ? name + random.nextInt(10) : name;
  }
}
