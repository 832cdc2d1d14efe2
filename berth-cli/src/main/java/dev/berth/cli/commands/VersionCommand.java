package dev.berth.cli.commands;

import dev.berth.api.json.ServerVersion;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.format.GoTemplate;
import dev.berth.cli.format.RuneWidth;
import dev.berth.cli.format.TabWriter;
import dev.berth.cli.format.TemplateException;
import dev.berth.cli.format.TemplateFunctions;
import dev.berth.engine.SystemInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth version}: docker's layout (a table writer with min width 20, padding 1). */
@Command(name = "version")
public final class VersionCommand extends BaseCommand {
  @Option(names = {"-f", "--format"})
  String format;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("Version", SystemInfo.VERSION);
    client.put("ApiVersion", SystemInfo.API_VERSION);
    client.put("DefaultAPIVersion", SystemInfo.API_VERSION);
    client.put("GitCommit", "");
    client.put("GoVersion", "java" + Runtime.version().feature());
    client.put("Os", "linux");
    client.put("Arch", SystemInfo.goArch());
    client.put("BuildTime", "");
    client.put("Context", "default");
    ServerVersion v = ctx.system().version();
    Map<String, Object> server = new LinkedHashMap<>();
    server.put("Version", v.version());
    server.put("ApiVersion", v.apiVersion());
    server.put("MinAPIVersion", v.minApiVersion());
    server.put("Os", v.os());
    server.put("Arch", v.arch());
    server.put("KernelVersion", v.kernelVersion());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("Client", client);
    data.put("Server", server);
    if (format != null && !format.isEmpty()) {
      try {
        GoTemplate t = GoTemplate.parse("version", format.equals("json") ? "{{json .}}" : format, TemplateFunctions.docker());
        ctx.out().println(t.execute(data, TemplateFunctions.docker(), false));
      } catch (TemplateException.Parse e) {
        throw new CommandFailed("template parsing error: " + e.getMessage(), 64);
      } catch (TemplateException.Exec e) {
        throw new CommandFailed("template parsing error: " + e.getMessage(), 1);
      }
      return 0;
    }
    String text = "Client:\n Version:\t" + SystemInfo.VERSION + "\n API version:\t" + SystemInfo.API_VERSION
        + "\n Go version:\tjava" + Runtime.version().feature() + "\n OS/Arch:\tlinux/" + SystemInfo.goArch()
        + "\n Context:\tdefault\n\nServer:" + (v.platformName().isEmpty() ? "" : " " + v.platformName()) + "\n Engine:\n  Version:\t" + v.version()
        + "\n  API version:\t" + v.apiVersion() + " (minimum version " + v.minApiVersion() + ")"
        + "\n  OS/Arch:\t" + v.os() + "/" + v.arch() + "\n  Experimental:\t" + v.experimental() + "\n";
    ctx.out().print(new TabWriter(20, 1, ' ', RuneWidth.fromEnvironment(System.getenv())).format(text));
    return 0;
  }
}
