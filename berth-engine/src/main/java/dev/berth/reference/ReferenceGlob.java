package dev.berth.reference;

import dev.berth.errors.SystemException;
import java.util.Objects;

/**
 * A {@code reference=<pattern>} filter of {@code docker images}: Go's {@code path.Match} against
 * the familiar full string ({@code app:1}, {@code localhost:5731/dg@sha256:…}) or, failing that,
 * against the familiar name ({@code app}). Normalised forms ({@code docker.io/library/app}) are
 * never tried.
 *
 * <p>Pattern syntax ({@code path.Match}): {@code *} any run of characters except {@code /}; {@code
 * ?} one character except {@code /}; {@code [abc]}, {@code [a-z]}, {@code [^a-z]} a class (only
 * {@code ^} negates; a class may match {@code /}); {@code \c} the character c. A malformed pattern
 * is reported only when some reference is actually tested: 500 {@code syntax error in pattern}.
 */
public record ReferenceGlob(String pattern) {
  public static final String BAD_PATTERN = "syntax error in pattern";

  public ReferenceGlob {
    Objects.requireNonNull(pattern, "pattern");
  }

  /**
   * Docker's {@code FamiliarMatch}.
   *
   * @throws SystemException {@code syntax error in pattern}
   */
  public boolean matches(Reference ref) {
    if (pathMatch(pattern, ref.familiarString())) {
      return true;
    }
    try {
      return pathMatch(pattern, ref.familiarName());
    } catch (SystemException e) {
      // Docker ignores the error of the second attempt (the first one already reported it).
      return false;
    }
  }

  /**
   * Go's {@code path.Match(pattern, name)} (Go 1.16+, which checks the whole pattern even after a
   * mismatch).
   *
   * @throws SystemException {@code syntax error in pattern}
   */
  public static boolean pathMatch(String pattern, String name) {
    return new GoPathMatch(pattern.codePoints().toArray(), name.codePoints().toArray()).run();
  }

  /** One run of the matcher over code points; positions index into the two arrays. */
  private static final class GoPathMatch {
    private final int[] pat;
    private final int[] name;

    GoPathMatch(int[] pat, int[] name) {
      this.pat = pat;
      this.name = name;
    }

    boolean run() {
      int p = 0;
      int n = 0;
      pattern:
      while (p < pat.length) {
        boolean star = false;
        while (p < pat.length && pat[p] == '*') {
          p++;
          star = true;
        }
        int chunkEnd = scanChunkEnd(p);
        if (star && chunkEnd == p) {
          // A trailing star matches the rest unless it has a slash.
          return indexOfSlash(n) < 0;
        }
        int rest = matchChunk(p, chunkEnd, n);
        if (rest >= 0 && (rest == name.length || chunkEnd < pat.length)) {
          n = rest;
          p = chunkEnd;
          continue;
        }
        if (star) {
          for (int i = n; i < name.length && name[i] != '/'; i++) {
            rest = matchChunk(p, chunkEnd, i + 1);
            if (rest >= 0) {
              if (chunkEnd == pat.length && rest < name.length) {
                continue;
              }
              n = rest;
              p = chunkEnd;
              continue pattern;
            }
          }
        }
        // Before answering "no match", make sure the rest of the pattern is well formed.
        p = chunkEnd;
        while (p < pat.length) {
          while (p < pat.length && pat[p] == '*') {
            p++;
          }
          int end = scanChunkEnd(p);
          matchChunk(p, end, name.length);
          p = end;
        }
        return false;
      }
      return n == name.length;
    }

    private int indexOfSlash(int from) {
      for (int i = from; i < name.length; i++) {
        if (name[i] == '/') {
          return i;
        }
      }
      return -1;
    }

    /** End of the chunk starting at p: up to the next {@code *} outside a class. */
    private int scanChunkEnd(int p) {
      boolean inRange = false;
      int i = p;
      for (; i < pat.length; i++) {
        int c = pat[i];
        if (c == '\\') {
          if (i + 1 < pat.length) {
            i++;
          }
        } else if (c == '[') {
          inRange = true;
        } else if (c == ']') {
          inRange = false;
        } else if (c == '*' && !inRange) {
          break;
        }
      }
      return i;
    }

    /**
     * Matches pat[p, end) at name[n...]; returns the name position after the chunk, or -1 when it
     * does not match. Once failed, it keeps reading the chunk only to find syntax errors.
     */
    private int matchChunk(int p, int end, int n) {
      boolean failed = false;
      while (p < end) {
        if (!failed && n >= name.length) {
          failed = true;
        }
        int c = pat[p];
        if (c == '[') {
          int r = 0;
          if (!failed) {
            r = name[n++];
          }
          p++;
          boolean negated = false;
          if (p < end && pat[p] == '^') {
            negated = true;
            p++;
          }
          boolean match = false;
          int ranges = 0;
          while (true) {
            if (p < end && pat[p] == ']' && ranges > 0) {
              p++;
              break;
            }
            p = escapedCharEnd(p, end);
            int lo = escapedCharValue(p);
            int hi = lo;
            if (pat[p] == '-') {
              p = escapedCharEnd(p + 1, end);
              hi = escapedCharValue(p);
            }
            if (lo <= r && r <= hi) {
              match = true;
            }
            ranges++;
          }
          if (match == negated) {
            failed = true;
          }
        } else if (c == '?') {
          if (!failed) {
            if (name[n] == '/') {
              failed = true;
            }
            n++;
          }
          p++;
        } else {
          if (c == '\\') {
            p++;
            if (p >= end) {
              throw badPattern();
            }
          }
          if (!failed) {
            if (pat[p] != name[n]) {
              failed = true;
            }
            n++;
          }
          p++;
        }
      }
      return failed ? -1 : n;
    }

    /**
     * Go's {@code getEsc}: reads one (possibly escaped) class character at p and returns the
     * position just after it; there must be more pattern after it.
     */
    private int escapedCharEnd(int p, int end) {
      if (p >= end || pat[p] == '-' || pat[p] == ']') {
        throw badPattern();
      }
      if (pat[p] == '\\') {
        p++;
        if (p >= end) {
          throw badPattern();
        }
      }
      p++;
      if (p >= end) {
        throw badPattern();
      }
      return p;
    }

    /** The character {@link #escapedCharEnd} just read (the one before {@code after}). */
    private int escapedCharValue(int after) {
      return pat[after - 1];
    }
  }

  private static SystemException badPattern() {
    return new SystemException(BAD_PATTERN);
  }
}
