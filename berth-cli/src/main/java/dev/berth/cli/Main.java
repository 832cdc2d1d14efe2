package dev.berth.cli;

/** Entry point of the berth CLI. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(BerthCli.run(args, System.in, System.out, System.err));
  }
}
