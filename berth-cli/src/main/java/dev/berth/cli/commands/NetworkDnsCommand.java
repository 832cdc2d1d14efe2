package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.network.dns.DnsServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code berth container network-dns}: the store's embedded DNS process (Docker's 127.0.0.11 for
 * containers on user-defined networks). A container start launches it, in a session of its own,
 * when none runs; it exits when no running container is on a user network.
 */
@Command(name = "network-dns")
public final class NetworkDnsCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>(); // none used; every command takes positionals (GeneratedCommandSpecTest)

  @Override
  protected int execute() {
    try {
      new DnsServer(ctx.engine().store()).run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      System.err.println("berth: embedded DNS: " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
