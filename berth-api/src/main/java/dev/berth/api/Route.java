package dev.berth.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint: a method and a path template. {@code {name}} matches one segment; {@code {name*}}
 * matches the rest greedily including slashes (image names), so {@code /images/{name*}/json} takes
 * everything between {@code /images/} and the last {@code /json}, as the daemon's router does.
 */
record Route(String method, Pattern pattern, Endpoint endpoint) {
  @FunctionalInterface
  interface Endpoint {
    void handle(Exchange x) throws Exception;
  }

  static Route of(String method, String template, Endpoint endpoint) {
    StringBuilder re = new StringBuilder("^");
    Matcher m = Pattern.compile("\\{([a-z]+)(\\*?)}").matcher(template);
    int last = 0;
    while (m.find()) {
      re.append(Pattern.quote(template.substring(last, m.start())));
      re.append(m.group(2).isEmpty() ? "([^/]+)" : "(.+)");
      last = m.end();
    }
    re.append(Pattern.quote(template.substring(last))).append('$');
    return new Route(method, Pattern.compile(re.toString(), Pattern.DOTALL), endpoint);
  }

  /** The path parameters when {@code path} matches, else null. */
  List<String> match(String path) {
    Matcher m = pattern.matcher(path);
    if (!m.matches()) {
      return null;
    }
    List<String> params = new ArrayList<>();
    for (int i = 1; i <= m.groupCount(); i++) {
      params.add(m.group(i));
    }
    return params;
  }
}
