package dev.berth.cli.format;

/** A --format failure, carrying Go's message and whether parsing or executing failed. */
public final class FormatException extends Exception {
  /** Which phase failed. */
  public enum Kind {
    PARSE,
    EXEC
  }

  private final Kind kind;
  private final String goMessage;

  public FormatException(Kind kind, String goMessage) {
    super("template parsing error: " + goMessage);
    this.kind = kind;
    this.goMessage = goMessage;
  }

  public Kind kind() {
    return kind;
  }

  /** The bare text/template message, e.g. {@code template: :1: unclosed action}. */
  public String goMessage() {
    return goMessage;
  }

  /**
   * The wording of {@code docker ps}: {@code failed to parse template: ...} / {@code failed to
   * execute template: ...}. {@link #getMessage()} is the wording of images, history, df, inspect:
   * {@code template parsing error: ...} for both kinds.
   */
  public String psMessage() {
    return (kind == Kind.PARSE ? "failed to parse template: " : "failed to execute template: ") + goMessage;
  }
}
