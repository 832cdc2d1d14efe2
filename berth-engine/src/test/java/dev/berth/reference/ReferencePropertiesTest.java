package dev.berth.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.berth.errors.BerthException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.SystemException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Seeded property tests: round trips, consistency of the forms, and only typed failures. */
class ReferencePropertiesTest {
  private static final long SEED = 0x5eed_2010L;

  private static QuickTheory qtSeeded(int examples) {
    return qt().withFixedSeed(SEED).withExamples(examples);
  }

  /** Strings of 0..max characters from the given alphabet. */
  private static Gen<String> from(String alphabet, int min, int max) {
    List<String> chars = alphabet.codePoints().mapToObj(Character::toString).toList();
    return lists().of(Generate.pick(chars)).ofSizeBetween(min, max).map(l -> String.join("", l));
  }

  private static final Gen<String> ALNUM_RUN = from("abcz0189", 1, 4);
  private static final Gen<String> PATH_COMPONENT =
      lists()
          .of(ALNUM_RUN.zip(Generate.pick(List.of(".", "_", "__", "-", "---")), (run, sep) -> sep + run))
          .ofSizeBetween(0, 3)
          .zip(ALNUM_RUN, (tail, head) -> head + String.join("", tail));
  private static final Gen<String> PATH =
      lists().of(PATH_COMPONENT).ofSizeBetween(1, 3).map(l -> String.join("/", l));
  private static final Gen<String> DOMAIN =
      Generate.pick(
          List.of("", "", "docker.io", "index.docker.io", "localhost", "localhost:5000", "Localhost:5000",
              "my.registry.example.com:443", "a-b.c", "10.0.0.1:5731", "Ab.C", "a_b.c", "x.y"));
  private static final Gen<String> TAG =
      from("abAZ09_", 1, 1).zip(from("abAZ09_.-", 0, 12), String::concat);
  private static final Gen<String> DIGEST = from("0123456789abcdef", 64, 64).map(h -> "sha256:" + h);
  private static final Gen<String> VALID =
      DOMAIN.zip(PATH, TAG.toOptionals(40), DIGEST.toOptionals(70), (d, p, t, g) ->
          (d.isEmpty() ? "" : d + "/") + p + t.map(x -> ":" + x).orElse("") + g.map(x -> "@" + x).orElse(""));
  /** Mostly reference-like noise: the characters the grammar cares about, plus some others. */
  private static final Gen<String> NOISE =
      from("aZ09:/@._-[]*?\\^ sh256K\u212a\u0130é", 0, 24)
          .mix(strings().allPossible().ofLengthBetween(0, 16), 20)
          .mix(VALID.map(v -> v.toUpperCase()), 10);

  @Test
  void validReferencesRoundTrip() {
    qtSeeded(3000).forAll(VALID).checkAssert(s -> {
      Reference ref = Reference.parse(s);
      assertThat(Reference.parse(ref.normalizedString())).isEqualTo(ref);
      assertThat(Reference.parse(ref.repository())).isEqualTo(ref.nameOnly());
      // The familiar form is what Docker stores: it round-trips up to canonical().
      Reference canonical = ref.canonical();
      assertThat(Reference.parse(ref.familiarString())).isEqualTo(canonical);
      assertThat(canonical.familiarString()).isEqualTo(ref.familiarString());
      assertThat(canonical.canonical()).isEqualTo(canonical);
      assertThat(Reference.parse(ref.familiarName())).isEqualTo(canonical.nameOnly());
      boolean hubNameLikeADomain = ref.domain().equals("docker.io")
          && ref.familiarName().contains("/")
          && ref.familiarName().substring(0, ref.familiarName().indexOf('/')).matches(".*[.:].*|localhost");
      if (!hubNameLikeADomain) {
        assertThat(canonical).isEqualTo(ref);
      }
    });
  }

  @Test
  void theFormsAgree() {
    qtSeeded(3000).forAll(VALID).checkAssert(s -> {
      Reference ref = Reference.parse(s);
      String suffix = ref.tag().map(t -> ":" + t).orElse("") + ref.digest().map(d -> "@" + d).orElse("");
      assertThat(ref.normalizedString()).isEqualTo(ref.repository() + suffix);
      assertThat(ref.familiarString()).isEqualTo(ref.familiarName() + suffix);
      assertThat(ref.repository()).endsWith(ref.familiarName());
      assertThat(ref.familiarString().startsWith("docker.io/")).isFalse();
      Reference tagged = ref.withDefaultTag();
      assertThat(tagged.isNameOnly()).isFalse();
      assertThat(tagged.withDefaultTag()).isEqualTo(tagged);
      assertThat(tagged.tag().isPresent() || tagged.digest().isPresent()).isTrue();
      if (!ref.isNameOnly()) {
        assertThat(tagged).isEqualTo(ref);
      }
      // What the daemon accepts the CLI's newer library accepts the same way.
      assertThat(Reference.parse(s, ReferenceDialect.CLI_28)).isEqualTo(ref);
    });
  }

  @Test
  void orderIsTheNormalisedStringOrder() {
    qtSeeded(2000).forAll(VALID, VALID).checkAssert((a, b) -> {
      Reference ra = Reference.parse(a);
      Reference rb = Reference.parse(b);
      assertThat(Integer.signum(ra.compareTo(rb)))
          .isEqualTo(Integer.signum(ra.normalizedString().compareTo(rb.normalizedString())));
      assertThat(ra.compareTo(rb) == 0).isEqualTo(ra.equals(rb));
    });
  }

  @Test
  void anyStringParsesOrFailsWithTheTypedException() {
    qtSeeded(5000).forAll(NOISE).checkAssert(s -> {
      for (ReferenceDialect dialect : ReferenceDialect.values()) {
        Throwable thrown = catchThrowable(() -> {
          Reference ref = Reference.parse(s, dialect);
          assertThat(Reference.parse(ref.normalizedString(), dialect)).isEqualTo(ref);
        });
        if (thrown != null) {
          assertThat(thrown).isExactlyInstanceOf(InvalidReferenceException.class);
          assertThat(thrown.getMessage()).isNotBlank();
        }
      }
    });
  }

  @Test
  void resolutionFailsOnlyWithTypedErrors() {
    InMemoryImageIndex index = new InMemoryImageIndex()
        .image("sha256:" + "a".repeat(64), "busybox:local")
        .image("sha256:" + "ab".repeat(32), "x/y:1");
    qtSeeded(3000).forAll(NOISE.mix(VALID, 30)).checkAssert(s -> {
      Throwable thrown = catchThrowable(() -> {
        ResolvedImage r = ImageResolver.resolve(s, index);
        assertThat(index.hasImage(r.imageId())).isTrue();
      });
      if (thrown != null) {
        assertThat(thrown).isInstanceOfAny(NotFoundException.class, InvalidReferenceException.class);
        if (thrown instanceof NotFoundException) {
          assertThat(thrown.getMessage()).startsWith("No such image: ");
        }
      }
    });
  }

  @Test
  void tagChecksFailOnlyWithTypedErrors() {
    qtSeeded(3000).forAll(NOISE.mix(VALID, 30), TAG.toOptionals(50)).checkAssert((s, tag) -> {
      Throwable cli = catchThrowable(() -> TagTarget.forCli("src:1", s));
      assertThat(cli).satisfiesAnyOf(
          e -> assertThat(e).isNull(), e -> assertThat(e).isExactlyInstanceOf(ClientReferenceException.class));
      Throwable api = catchThrowable(() -> {
        Reference ref = TagTarget.forApi(s, tag.orElse(""));
        assertThat(ref.isTagged()).isTrue();
        assertThat(ref.isDigest()).isFalse();
      });
      if (api != null) {
        assertThat(api).isInstanceOfAny(SystemException.class, InvalidArgumentException.class);
        assertThat(((BerthException) api).httpStatus()).isIn(400, 500);
      }
    });
  }

  @Test
  void globsFailOnlyWithSyntaxErrors() {
    Gen<String> pattern = from("ab/:*?[]^-\\!", 0, 10).mix(strings().allPossible().ofLengthBetween(0, 8), 20);
    qtSeeded(5000).forAll(pattern, from("ab/:-]\\", 0, 8)).checkAssert((p, name) -> {
      Throwable thrown = catchThrowable(() -> ReferenceGlob.pathMatch(p, name));
      if (thrown != null) {
        assertThat(thrown).isExactlyInstanceOf(SystemException.class).hasMessage("syntax error in pattern");
      }
    });
  }

  @Test
  void anEscapedNameMatchesItselfOnly() {
    qtSeeded(2000).forAll(VALID, VALID).checkAssert((a, b) -> {
      String name = Reference.parse(a).familiarString();
      String other = Reference.parse(b).familiarString();
      String escaped = name.codePoints().mapToObj(c -> "\\" + Character.toString(c)).collect(Collectors.joining());
      assertThat(ReferenceGlob.pathMatch(escaped, name)).isTrue();
      assertThat(ReferenceGlob.pathMatch(escaped, other)).isEqualTo(name.equals(other));
      assertThat(new ReferenceGlob(escaped).matches(Reference.parse(a))).isTrue();
      assertThat(new ReferenceGlob(Reference.parse(a).familiarName()).matches(Reference.parse(a))).isTrue();
    });
  }

  @Test
  void everyIdPrefixResolvesWhenUnique() {
    Gen<String> hex = from("0123456789abcdef", 64, 64);
    qtSeeded(1000).forAll(hex, Generate.range(1, 64), Generate.booleans()).checkAssert((h, len, withAlg) -> {
      String id = "sha256:" + h;
      InMemoryImageIndex index = new InMemoryImageIndex().image(id);
      String argument = (withAlg ? "sha256:" : "") + h.substring(0, len);
      ResolvedImage r = ImageResolver.resolve(argument, index);
      assertThat(r.imageId()).isEqualTo(id);
      assertThat(r.idMode()).isTrue();
      assertThat(r.reference().isPresent()).isEqualTo(!(len == 64));
    });
  }

  @Test
  void optionalTagGeneratorProducesBoth() {
    // Guards the generators above: both shapes really occur.
    List<Optional<String>> seen = new java.util.ArrayList<>();
    qtSeeded(200).forAll(TAG.toOptionals(50)).checkAssert(seen::add);
    assertThat(seen).anyMatch(Optional::isPresent).anyMatch(Optional::isEmpty);
  }
}
