package dev.berth.image;

import dev.berth.reference.ImageIndex;
import dev.berth.reference.ImageResolver;
import dev.berth.reference.Reference;
import dev.berth.reference.ReferenceGlob;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The image store's bridge to the reference rules: resolving user arguments against the database
 * and converting stored (fully normalised) names to the familiar forms Docker prints.
 */
public final class Names {
  private Names() {}

  /** Resolves an image argument as the daemon does (daemon-semantics §1.2). */
  public static String resolve(Connection c, String arg) throws SQLException {
    return ImageResolver.resolve(arg, index(c)).imageId();
  }

  /** Resolution for create/run (same rules). */
  public static String resolveForRun(Connection c, String arg) throws SQLException {
    return resolve(c, arg);
  }

  public static boolean isIdMode(String arg, String imageId) {
    return ImageResolver.isImageIdPrefix(imageId, arg);
  }

  /**
   * References are stored under their familiar string ({@code app:1}, {@code x@sha256:...}), as
   * Docker's reference store keys them; this is that key.
   */
  public static String key(Reference r) {
    return r.familiarString();
  }

  /** A stored key is already the familiar form Docker prints. */
  public static String familiar(String key) {
    return key;
  }

  public static String repository(String key) {
    return Reference.parse(key).canonical().repository();
  }

  /** The store key an rmi/load argument names ({@code :latest} added when it has no tag or digest). */
  public static String normalizeWithDefaultTag(String typed) {
    return key(Reference.parse(typed).withDefaultTag());
  }

  /** The store key a {@code tag} target names (validated as CLI and daemon do). */
  public static String tagTarget(String target) {
    return key(Reference.parseTagTarget(target));
  }

  /** The daemon's check of the tag API parameters {@code repo} and {@code tag}. */
  public static String tagTarget(String repo, String tag) {
    return key(dev.berth.reference.TagTarget.forApi(repo, tag));
  }

  /** Sorts references as Docker lists them: by their full normalised string. */
  public static java.util.Comparator<ImageRef> order() {
    return REF_ORDER;
  }

  /** The same order over stored names. */
  public static java.util.Comparator<String> nameOrder() {
    return NAME_ORDER;
  }

  // Classes rather than lambdas: linking a lambda's call site at class initialisation costs a
  // short command ~10 ms that the AOT cache does not save.
  private static final java.util.Comparator<String> NAME_ORDER = new java.util.Comparator<>() {
    @Override
    public int compare(String a, String b) {
      return Reference.parse(a).canonical().compareTo(Reference.parse(b).canonical());
    }
  };
  private static final java.util.Comparator<ImageRef> REF_ORDER = new java.util.Comparator<>() {
    @Override
    public int compare(ImageRef a, ImageRef b) {
      return NAME_ORDER.compare(a.name(), b.name());
    }
  };

  public static boolean matchesAny(List<String> patterns, String key) {
    Reference r = Reference.parse(key);
    for (String p : patterns) {
      if (new ReferenceGlob(p).matches(r)) {
        return true;
      }
    }
    return false;
  }

  static ImageIndex index(Connection c) {
    return new ImageIndex() {
      @Override
      public Optional<String> imageIdForReference(String normalizedRef) {
        try {
          return ImageStore.imageForRef(c, normalizedRef);
        } catch (SQLException e) {
          throw new dev.berth.errors.SystemException("store database: " + e.getMessage(), e);
        }
      }

      @Override
      public List<String> imageIdsWithHexPrefix(String hexPrefix, int limit) {
        try {
          return ImageStore.idsWithPrefix(c, hexPrefix, limit);
        } catch (SQLException e) {
          throw new dev.berth.errors.SystemException("store database: " + e.getMessage(), e);
        }
      }

      @Override
      public boolean hasImage(String imageId) {
        try {
          return ImageStore.find(c, imageId).isPresent();
        } catch (SQLException e) {
          throw new dev.berth.errors.SystemException("store database: " + e.getMessage(), e);
        }
      }
    };
  }
}
