package dev.berth.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile references (issue 6): strings from the reference grammar (daemon-semantics §1.1) that
 * must parse and round-trip, and the same strings broken in one way each, which must fail with
 * the daemon's text for that kind of break (the {@code invalid reference format} family, §1.1).
 * Seeded, so a failure names a reproducible example.
 */
class ReferenceMutationPropertiesTest {
  private static final long SEED = 0x0bad_2ef5L;
  static final String FORMAT = "invalid reference format";
  static final String LOWERCASE = "invalid reference format: repository name must be lowercase";
  static final String TOO_LONG = "repository name must not be more than 255 characters";

  private static QuickTheory qtSeeded(int examples) {
    return qt().withFixedSeed(SEED).withExamples(examples);
  }

  private static Gen<String> from(String alphabet, int min, int max) {
    List<String> chars = alphabet.codePoints().mapToObj(Character::toString).toList();
    return lists().of(Generate.pick(chars)).ofSizeBetween(min, max).map(l -> String.join("", l));
  }

  private static final Gen<String> RUN = from("abz09", 1, 5);
  private static final Gen<String> COMPONENT = lists()
      .of(RUN.zip(Generate.pick(List.of(".", "_", "__", "-", "--")), (r, sep) -> sep + r))
      .ofSizeBetween(0, 2)
      .zip(RUN, (tail, head) -> head + String.join("", tail));
  /** A first component without a dot: it can never be read as a domain. */
  private static final Gen<String> FIRST = lists()
      .of(RUN.zip(Generate.pick(List.of("_", "__", "-", "--")), (r, sep) -> sep + r))
      .ofSizeBetween(0, 2)
      .zip(RUN, (tail, head) -> head + String.join("", tail));
  /** Path of one to three components, no domain: upper case anywhere in it is a path error. */
  private static final Gen<String> PATH = FIRST.zip(lists().of(COMPONENT).ofSizeBetween(0, 2),
      (first, more) -> more.isEmpty() ? first : first + "/" + String.join("/", more));
  private static final Gen<String> TAG = from("abAZ09_", 1, 1).zip(from("abAZ09_.-", 0, 20), String::concat);
  private static final Gen<String> VALID = PATH.zip(TAG.toOptionals(50), (p, t) -> p + t.map(x -> ":" + x).orElse(""));

  private static String failure(String s) {
    Throwable t = catchThrowable(() -> Reference.parse(s));
    assertThat(t).as("parsing %s", s).isExactlyInstanceOf(InvalidReferenceException.class);
    return t.getMessage();
  }

  private static int nameEnd(String s) {
    int colon = s.indexOf(':');
    return colon < 0 ? s.length() : colon;
  }

  @Test
  void grammarStringsParseAndRoundTrip() {
    qtSeeded(3000).forAll(VALID).checkAssert(s -> {
      Reference ref = Reference.parse(s);
      assertThat(Reference.parse(ref.normalizedString())).isEqualTo(ref);
      assertThat(Reference.parse(ref.familiarString())).isEqualTo(ref.canonical());
      assertThat(ref.normalizedString()).startsWith("docker.io/");
    });
  }

  @Test
  void anUpperCaseLetterInThePathIsTheLowercaseError() {
    qtSeeded(2000).forAll(VALID, integers().between(0, 1000), Generate.pick(List.of("A", "Z", "Q"))).checkAssert((s, at, c) -> {
      int i = at % nameEnd(s);
      String mutated = s.substring(0, i) + c + s.substring(i);
      // an upper-case letter before a separator at the very start of a component is still a path letter
      assertThat(failure(mutated)).as(mutated).isEqualTo(LOWERCASE);
    });
  }

  @Test
  void aCharacterOutsideTheGrammarIsAFormatError() {
    qtSeeded(2000).forAll(VALID, integers().between(0, 1000), Generate.pick(List.of("!", " ", "$", "%", "&", "(", "\"", ",", ";", "=", "\u00e9", "\t")))
        .checkAssert((s, at, c) -> {
          int i = at % (s.length() + 1);
          String mutated = s.substring(0, i) + c + s.substring(i);
          assertThat(failure(mutated)).as(mutated).isEqualTo(FORMAT);
        });
  }

  @Test
  void brokenSeparatorsAreFormatErrors() {
    qtSeeded(1000).forAll(VALID, Generate.pick(List.of("lead-dash", "lead-underscore", "lead-dot", "double-slash", "trailing-slash",
        "trailing-colon", "empty-tag-then-digest", "triple-underscore", "double-dot"))).checkAssert((s, how) -> {
          String name = s.substring(0, nameEnd(s));
          String rest = s.substring(nameEnd(s));
          String mutated = switch (how) {
            case "lead-dash" -> "-" + s;
            case "lead-underscore" -> "_" + s;
            case "lead-dot" -> "." + s;
            case "double-slash" -> name + "//x" + rest;
            case "trailing-slash" -> name + "/" + rest;
            case "trailing-colon" -> name + ":";
            case "empty-tag-then-digest" -> name + ":@sha256:" + "a".repeat(64);
            case "triple-underscore" -> name + "___x" + rest;
            default -> name + "..x" + rest;
          };
          assertThat(failure(mutated)).as(mutated).isEqualTo(FORMAT);
        });
  }

  @Test
  void overlongTagsAndShortDigestsAreFormatErrors() {
    qtSeeded(500).forAll(PATH, integers().between(129, 400), integers().between(1, 31)).checkAssert((p, tagLength, hexLength) -> {
      assertThat(failure(p + ":" + "t".repeat(tagLength))).isEqualTo(FORMAT);
      assertThat(failure(p + "@sha256:" + "a".repeat(hexLength))).isEqualTo(FORMAT);
      assertThat(Reference.parse(p + ":" + "t".repeat(128)).tag()).contains("t".repeat(128));
    });
  }

  @Test
  void namesOver255CharactersAreRefused() {
    qtSeeded(300).forAll(integers().between(256, 600), TAG.toOptionals(50)).checkAssert((length, tag) -> {
      String name = "a".repeat(length);
      assertThat(failure(name + tag.map(t -> ":" + t).orElse(""))).isEqualTo(TOO_LONG);
    });
  }
}
