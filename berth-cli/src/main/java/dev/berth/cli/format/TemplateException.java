package dev.berth.cli.format;

/** An error of Go's text/template; the message is exactly Go's error text. */
public sealed class TemplateException extends Exception
    permits TemplateException.Parse, TemplateException.Exec {
  TemplateException(String message) {
    super(message);
  }

  /** The template text could not be parsed ({@code template: :1: unclosed action}). */
  public static final class Parse extends TemplateException {
    public Parse(String message) {
      super(message);
    }
  }

  /** Executing the template failed ({@code template: :1:2: executing "" at <.X>: ...}). */
  public static final class Exec extends TemplateException {
    public Exec(String message) {
      super(message);
    }
  }
}
