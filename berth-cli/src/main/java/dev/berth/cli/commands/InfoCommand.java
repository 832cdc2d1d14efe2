package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.format.GoTemplate;
import dev.berth.cli.format.TemplateException;
import dev.berth.cli.format.TemplateFunctions;
import dev.berth.cli.format.Units;
import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cli.JsonText;
import dev.berth.engine.SystemInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth info}: docker's layout with berth's facts. */
@Command(name = "info")
public final class InfoCommand extends BaseCommand {
  @Option(names = {"-f", "--format"})
  String format;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    GoTemplate template = null;
    if (format != null && !format.isEmpty()) {
      try {
        template = GoTemplate.parse(format.equals("json") ? "{{json .}}" : format);
      } catch (TemplateException.Parse e) {
        throw new CommandFailed("template parsing error: " + e.getMessage(), 64);
      }
    }
    JsonNode info = ctx.system().info();
    if (template != null) {
      try {
        ctx.out().println(template.execute(JsonText.decode(info), TemplateFunctions.docker(), false));
      } catch (TemplateException.Exec e) {
        throw new CommandFailed("template parsing error: " + e.getMessage(), 1);
      }
      return 0;
    }
    ctx.out().print(text(info));
    return 0;
  }

  /** The docker CLI's text of an info answer: its client section, then the server's facts. */
  static String text(JsonNode i) {
    StringBuilder sb = new StringBuilder();
    sb.append("Client:\n Version:    ").append(SystemInfo.VERSION).append("\n Context:    default\n Debug Mode: false\n\n");
    sb.append("Server:\n");
    line(sb, " Containers: ", i.path("Containers").asLong());
    line(sb, "  Running: ", i.path("ContainersRunning").asLong());
    line(sb, "  Paused: ", i.path("ContainersPaused").asLong());
    line(sb, "  Stopped: ", i.path("ContainersStopped").asLong());
    line(sb, " Images: ", i.path("Images").asLong());
    line(sb, " Server Version: ", text(i, "ServerVersion"));
    line(sb, " Storage Driver: ", text(i, "Driver"));
    for (JsonNode pair : i.path("DriverStatus")) {
      line(sb, "  " + pair.path(0).asText() + ": ", pair.path(1).asText());
    }
    line(sb, " Logging Driver: ", text(i, "LoggingDriver"));
    line(sb, " Cgroup Driver: ", text(i, "CgroupDriver"));
    if (!text(i, "CgroupVersion").isEmpty()) {
      line(sb, " Cgroup Version: ", text(i, "CgroupVersion"));
    }
    sb.append(" Plugins:\n");
    line(sb, "  Volume: ", joined(i.path("Plugins").path("Volume")));
    line(sb, "  Network: ", joined(i.path("Plugins").path("Network")));
    if (!i.path("Plugins").path("Authorization").isEmpty()) {
      line(sb, "  Authorization: ", joined(i.path("Plugins").path("Authorization")));
    }
    line(sb, "  Log: ", joined(i.path("Plugins").path("Log")));
    line(sb, " Swarm: ", i.path("Swarm").path("LocalNodeState").asText("inactive"));
    List<String> runtimes = new ArrayList<>();
    i.path("Runtimes").fieldNames().forEachRemaining(runtimes::add);
    java.util.Collections.sort(runtimes);
    line(sb, " Runtimes: ", String.join(" ", runtimes));
    line(sb, " Default Runtime: ", text(i, "DefaultRuntime"));
    line(sb, " Init Binary: ", text(i, "InitBinary"));
    for (String c : List.of("containerd", "runc", "init")) {
      JsonNode commit = i.path(c.equals("containerd") ? "ContainerdCommit" : c.equals("runc") ? "RuncCommit" : "InitCommit");
      line(sb, " " + c + " version: ", commit.path("ID").asText(""));
    }
    if (!i.path("SecurityOptions").isEmpty()) {
      sb.append(" Security Options:\n");
      for (JsonNode o : i.path("SecurityOptions")) {
        line(sb, "  ", o.asText().startsWith("name=") ? o.asText().substring(5) : o.asText());
      }
    }
    line(sb, " Kernel Version: ", text(i, "KernelVersion"));
    line(sb, " Operating System: ", text(i, "OperatingSystem"));
    line(sb, " OSType: ", text(i, "OSType"));
    line(sb, " Architecture: ", text(i, "Architecture"));
    line(sb, " CPUs: ", i.path("NCPU").asLong());
    line(sb, " Total Memory: ", Units.bytesSize(i.path("MemTotal").asLong()));
    line(sb, " Name: ", text(i, "Name"));
    line(sb, " ID: ", text(i, "ID"));
    line(sb, " Docker Root Dir: ", text(i, "DockerRootDir"));
    line(sb, " Debug Mode: ", i.path("Debug").asBoolean(false));
    for (String[] proxy : new String[][] {{"HttpProxy", "HTTP Proxy"}, {"HttpsProxy", "HTTPS Proxy"}, {"NoProxy", "No Proxy"}}) {
      if (!text(i, proxy[0]).isEmpty()) {
        line(sb, " " + proxy[1] + ": ", text(i, proxy[0]));
      }
    }
    if (!i.path("Labels").isEmpty()) {
      sb.append(" Labels:\n");
      i.path("Labels").forEach(l -> line(sb, "  ", l.asText()));
    }
    line(sb, " Experimental: ", i.path("ExperimentalBuild").asBoolean(false));
    JsonNode registry = i.path("RegistryConfig");
    List<String> insecure = new ArrayList<>();
    registry.path("IndexConfigs").forEach(c -> {
      if (!c.path("Secure").asBoolean(true)) {
        insecure.add(c.path("Name").asText());
      }
    });
    registry.path("InsecureRegistryCIDRs").forEach(c -> insecure.add(c.asText()));
    if (!insecure.isEmpty()) {
      sb.append(" Insecure Registries:\n");
      insecure.forEach(r -> line(sb, "  ", r));
    }
    if (!registry.path("Mirrors").isEmpty()) {
      sb.append(" Registry Mirrors:\n");
      registry.path("Mirrors").forEach(m -> line(sb, "  ", m.asText()));
    }
    line(sb, " Live Restore Enabled: ", i.path("LiveRestoreEnabled").asBoolean(false));
    sb.append('\n');
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, Object value) {
    sb.append(label).append(value).append('\n');
  }

  private static String text(JsonNode i, String field) {
    return i.path(field).asText("");
  }

  private static String joined(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return String.join(" ", out);
  }
}
