package dev.berth.cli.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables, headers and string helpers against the transcripts of cli-format.md. */
class FormatterTest {
  private static final RuneWidth NARROW = new RuneWidth(false);

  private static final String IMAGES_TABLE =
      "table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}\\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\\t{{.Size}}";
  private static final Map<String, Object> IMAGES_HEADER =
      Map.of("Repository", "REPOSITORY", "Tag", "TAG", "ID", "IMAGE ID", "CreatedSince", "CREATED", "Size", "SIZE",
          "Digest", "DIGEST");

  private static Map<String, Object> image(String repo, String tag, String since) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Repository", repo);
    m.put("Tag", tag);
    m.put("ID", "5ab5b79d5ed8");
    m.put("CreatedSince", since);
    m.put("Size", "1.98MB");
    m.put("Digest", "<none>");
    return m;
  }

  private static String render(String format, List<?> rows, Object header) throws FormatException {
    return new Formatter(FormatSpec.of(format), NARROW).render(rows, header);
  }

  /**
   * Tables of simple templates are fed to the tab writer cell by cell; the output must be the text
   * path's: every row through the general executor, the header through docker's header functions,
   * the lot through the general tab writer. Values hold TABs, newlines, vertical tabs, form feeds,
   * wide characters, nothing, or are missing or not strings (the general executor's cases).
   */
  @Test
  void tablesCellByCellAsTheTextPath() {
    String[] pieces = {"{{.A}}", "{{.B}}", "\\t", "\\n", " ", "|", "{{if .A}}a{{else}}none{{end}}", "{{.C}}", "x\\ty"};
    Object[] values = {"", "v", "a\tb", "line\nnext", "v\u000bt", "f\ff", "日本語", "longer-than-ten-cells", 42, null};
    org.quicktheories.QuickTheory.qt().withFixedSeed(20261128L).withExamples(3000)
        .forAll(org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, pieces.length - 1)).ofSizeBetween(0, 7),
            org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, values.length - 1)).ofSizeBetween(0, 13))
        .checkAssert((picks, cells) -> {
          StringBuilder format = new StringBuilder("table ");
          for (int p : picks) {
            format.append(pieces[p]);
          }
          List<Object> rows = new java.util.ArrayList<>();
          for (int i = 0; i + 2 < cells.size(); i += 3) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int k = 0; k < 3; k++) {
              if (values[cells.get(i + k)] != null) {
                row.put(String.valueOf((char) ('A' + k)), values[cells.get(i + k)]);
              }
            }
            rows.add(row);
          }
          Map<String, Object> header = new LinkedHashMap<>(Map.of("A", "AAA", "B", "B\tB", "C", "C"));
          try {
            FormatSpec spec = FormatSpec.of(format.toString());
            GoTemplate t = GoTemplate.parse(spec.template());
            StringBuilder text = new StringBuilder();
            try {
              t.execute(header, TemplateFunctions.dockerHeader(), false, text);
            } catch (TemplateException.Exec e) {
              // docker keeps what the header wrote
            }
            text.append('\n');
            for (Object row : rows) {
              t.execute(row, TemplateFunctions.docker(), false, text);
              text.append('\n');
            }
            String expected = TabWriter.dockerTable(NARROW).formatGeneral(text.toString());
            assertThat(render(format.toString(), rows, header)).as(format.toString()).isEqualTo(expected);
          } catch (TemplateException | FormatException e) {
            // a row the general executor fails on fails both paths alike
            assertThatThrownBy(() -> render(format.toString(), rows, header)).isInstanceOf(FormatException.class);
          }
        });
  }

  @Test
  void emptyImagesTable() throws Exception {
    assertThat(render(IMAGES_TABLE, List.of(), IMAGES_HEADER))
        .isEqualTo("REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n");
  }

  @Test
  void imagesTable() throws Exception {
    List<Object> rows = List.of(image("busybox", "local", "27 seconds ago"), image("foo", "latest", "27 seconds ago"),
        image("example.com/team/app", "1.0", "27 seconds ago"), image("notime", "1", ""));
    assertThat(render(IMAGES_TABLE, rows, IMAGES_HEADER))
        .isEqualTo(
            """
            REPOSITORY             TAG       IMAGE ID       CREATED          SIZE
            busybox                local     5ab5b79d5ed8   27 seconds ago   1.98MB
            foo                    latest    5ab5b79d5ed8   27 seconds ago   1.98MB
            example.com/team/app   1.0       5ab5b79d5ed8   27 seconds ago   1.98MB
            notime                 1         5ab5b79d5ed8   N/A              1.98MB
            """);
  }

  @Test
  void oneColumnTableIsNotPadded() throws Exception {
    assertThat(render("table {{.Repository}}", List.of(image("busybox", "local", "x")), IMAGES_HEADER))
        .isEqualTo("REPOSITORY\nbusybox\n");
  }

  @Test
  void emptyTrailingCellLeavesPaddedColumn() throws Exception {
    Map<String, Object> h = Map.of("Size", "SIZE", "Comment", "COMMENT");
    Map<String, Object> row = Map.of("Size", "0B", "Comment", "");
    assertThat(render("table {{.Size}}\\t{{.Comment}}", List.of(row), h)).isEqualTo("SIZE      COMMENT\n0B        \n");
  }

  @Test
  void leadingTabKeepsEmptyColumnAndTablePrefixNeedsNoSpace() throws Exception {
    assertThat(render("table\\t{{.ID}}\\t{{.Tag}}", List.of(), IMAGES_HEADER)).isEqualTo("          IMAGE ID   TAG\n");
    assertThat(render("tablefoo {{.ID}}", List.of(image("a", "b", "c")), IMAGES_HEADER))
        .isEqualTo("foo IMAGE ID\nfoo 5ab5b79d5ed8\n");
  }

  @Test
  void headerFunctionsAndMissingHeaderField() throws Exception {
    assertThat(render("table {{.Bogus}}\\t{{.ID}}", List.of(), IMAGES_HEADER)).isEqualTo("<no value>   IMAGE ID\n");
    assertThat(render("table {{upper .Repository}}|{{json .Size}}|{{split .Tag \"x\"}}|{{truncate .ID 5}}|{{len .ID}}",
            List.of(), IMAGES_HEADER))
        .isEqualTo("REPOSITORY|SIZE|TAG|IMAGE ID|8\n");
  }

  @Test
  void nonTableFormats() throws Exception {
    List<Object> rows = List.of(image("busybox", "local", "x"));
    assertThat(render("  {{.Repository}}  ", rows, IMAGES_HEADER)).isEqualTo("busybox\n");
    assertThat(render("{{.Repository}}\\t{{.Tag}}\\n", rows, IMAGES_HEADER)).isEqualTo("busybox\tlocal\n\n");
    assertThat(render("{{.Repository}}", List.of(), IMAGES_HEADER)).isEmpty();
  }

  @Test
  void jsonKeywordAndDigestNone() throws Exception {
    assertThat(FormatSpec.of("json")).isEqualTo(new FormatSpec("{{json .}}", false));
    assertThat(render("{{json .Digest}}", List.of(image("a", "b", "c")), IMAGES_HEADER)).isEqualTo("\"<none>\"\n");
  }

  @Test
  void selectBuiltins() {
    FormatSpec.Builtins b = new FormatSpec.Builtins("table {{.ID}}\\t{{.Tag}}", "{{.ID}}", "raw", "image_id: {{.ID}}");
    assertThat(FormatSpec.select("table", true, b)).isEqualTo("{{.ID}}");
    assertThat(FormatSpec.select("raw", true, b)).isEqualTo("image_id: {{.ID}}");
    assertThat(FormatSpec.select("{{.X}}", true, b)).isEqualTo("{{.X}}");
  }

  @Test
  void errorsCarryDockerWording() {
    assertThatThrownBy(() -> render("{{.ID", List.of(), IMAGES_HEADER))
        .isInstanceOf(FormatException.class)
        .hasMessage("template parsing error: template: :1: unclosed action")
        .satisfies(e -> assertThat(((FormatException) e).psMessage())
            .isEqualTo("failed to parse template: template: :1: unclosed action"));
    TemplateObject row = new GoTemplateGoldenTest.Row(Map.of("ID", "x"));
    assertThatThrownBy(() -> render("{{.Bogus}}", List.of(row), IMAGES_HEADER))
        .hasMessage("template parsing error: template: :1:2: executing \"\" at <.Bogus>: can't evaluate field Bogus in type *formatter.imageContext")
        .satisfies(e -> assertThat(((FormatException) e).kind()).isEqualTo(FormatException.Kind.EXEC));
  }

  @Test
  void wideCharactersUseDisplayWidth() throws Exception {
    Map<String, Object> h = Map.of("Command", "COMMAND", "Names", "NAMES");
    List<Object> rows = List.of(
        Map.of("Command", Strings.quote(Strings.ellipsis("sh -c 'echo \"quoted\" \\ttab'", 20)), "Names", "q1"),
        Map.of("Command", Strings.quote(Strings.ellipsis("echo 日本語テキストです長い", 20)), "Names", "wide"));
    assertThat(render("table {{.Command}}\\t{{.Names}}", rows, h))
        .isEqualTo("COMMAND                   NAMES\n"
            + "\"sh -c 'echo \\\"quoted…\"   q1\n"
            + "\"echo 日本語テキスト…\"    wide\n");
  }

  @Test
  void eastAsianLocaleWidensTheEllipsis() {
    assertThat(RuneWidth.fromEnvironment(Map.of("LANG", "ja_JP.UTF-8")).stringWidth("a…")).isEqualTo(3);
    assertThat(RuneWidth.fromEnvironment(Map.of("LANG", "en_US.UTF-8")).stringWidth("a…")).isEqualTo(2);
    assertThat(RuneWidth.fromEnvironment(Map.of("RUNEWIDTH_EASTASIAN", "1")).stringWidth("…")).isEqualTo(2);
    assertThat(RuneWidth.fromEnvironment(Map.of("LC_ALL", "C", "LANG", "ja_JP.UTF-8")).stringWidth("…")).isEqualTo(1);
    assertThat(NARROW.stringWidth("e\u0301日")).isEqualTo(3);
  }

  @Test
  void truncateIdEllipsisQuote() {
    assertThat(Strings.truncateId("sha256:5ab5b79d5ed86651507dae10da8c77d1221d06b74055ded36f740cbbd89ebfe4"))
        .isEqualTo("5ab5b79d5ed8");
    assertThat(Strings.truncateId("abc")).isEqualTo("abc");
    assertThat(Strings.ellipsis("abcdef", 0)).isEmpty();
    assertThat(Strings.ellipsis("abcdef", 1)).isEqualTo("a");
    assertThat(Strings.ellipsis("abcdef", 6)).isEqualTo("abcdef");
    assertThat(Strings.ellipsis("abcdef", 5)).isEqualTo("abcd…");
    assertThat(Strings.ellipsis("日本語", 6)).isEqualTo("日本語");
    assertThat(Strings.ellipsis("日本語", 5)).isEqualTo("日本…");
    assertThat(Strings.quote("sh -c 'echo \"quoted\" \ttab'")).isEqualTo("\"sh -c 'echo \\\"quoted\\\" \\ttab'\"");
    assertThat(Strings.quote("a\u0001\u007f日\u200b")).isEqualTo("\"a\\x01\\x7f日\\u200b\"");
    assertThat(Strings.title("hello world-foo_bar")).isEqualTo("Hello World-Foo_bar");
    assertThat(Strings.pad("1.0", 2, 3)).isEqualTo("  1.0   ");
    assertThat(Strings.truncate("5ab5b79d5ed8", 5)).isEqualTo("5ab5b");
  }

  @Test
  void timestamps() {
    Instant t = Instant.parse("2026-11-28T01:24:49Z");
    assertThat(GoTime.timeString(t, ZoneOffset.UTC)).isEqualTo("2026-11-28 01:24:49 +0000 UTC");
    assertThat(GoTime.timeString(t, ZoneId.of("Europe/Berlin"))).isEqualTo("2026-11-28 02:24:49 +0100 CET");
    assertThat(GoTime.timeString(Instant.parse("2026-11-28T01:31:25Z"), ZoneId.of("America/New_York")))
        .isEqualTo("2026-11-27 20:31:25 -0500 EST");
    // the tz database's abbreviations (date +%Z, as Go prints them), also with the launcher's
    // java.locale.providers=FALLBACK,CLDR (surefire runs with it), whose fallback names differ
    assertThat(GoTime.timeString(t, ZoneId.of("America/Argentina/Buenos_Aires")))
        .isEqualTo("2026-11-27 22:24:49 -0300 -03");
    assertThat(GoTime.timeString(t, ZoneId.of("Asia/Kolkata"))).isEqualTo("2026-11-28 06:54:49 +0530 IST");
    assertThat(GoTime.timeString(Instant.parse("0001-01-01T00:00:00Z"), ZoneId.of("UTC")))
        .isEqualTo("0001-01-01 00:00:00 +0000 UTC");
    assertThat(GoTime.rfc3339(t, ZoneOffset.UTC)).isEqualTo("2026-11-28T01:24:49Z");
    assertThat(GoTime.rfc3339(t, ZoneId.of("Asia/Kolkata"))).isEqualTo("2026-11-28T06:54:49+05:30");
    Instant logs = Instant.parse("2026-11-28T01:28:20.3357956Z");
    assertThat(GoTime.rfc3339NanoFixed(logs, ZoneOffset.UTC)).isEqualTo("2026-11-28T01:28:20.335795600Z");
    assertThat(GoTime.rfc3339Nano(logs, ZoneOffset.UTC)).isEqualTo("2026-11-28T01:28:20.3357956Z");
    assertThat(GoTime.ansic(Instant.parse("2026-05-07T21:09:36Z"), ZoneOffset.UTC)).isEqualTo("Thu May  7 21:09:36 2026");
  }
}
