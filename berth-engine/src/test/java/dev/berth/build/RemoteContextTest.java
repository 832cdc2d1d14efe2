package dev.berth.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker CLI's remote build contexts; expected texts are the CLI 28's (oracle TestBuildFrom* scenarios). */
class RemoteContextTest {
  @TempDir Path tmp;

  @Test
  void gitUrlsAreThoseTheCliClones() {
    assertThat(RemoteContext.isGitUrl("http://127.0.0.1:18110/repo.git")).isTrue();
    assertThat(RemoteContext.isGitUrl("http://127.0.0.1:18111/repo.git#master:docker")).isTrue();
    assertThat(RemoteContext.isGitUrl("github.com/docker/v1.10-migrator.git")).isTrue();
    assertThat(RemoteContext.isGitUrl("git@github.com:docker/docker.git")).isTrue();
    assertThat(RemoteContext.isGitUrl("git://host/x")).isTrue();
    assertThat(RemoteContext.isGitUrl("http://127.0.0.1:18113/testT.tar")).isFalse();
    assertThat(RemoteContext.isUrl("http://127.0.0.1:18113/testT.tar")).isTrue();
    assertThat(RemoteContext.isUrl("github.com/docker/x.git")).isFalse();
  }

  @Test
  void theFragmentNamesRefAndSubdirectory() {
    assertThat(RemoteContext.GitRepo.parse("http://h/repo.git#master:docker"))
        .isEqualTo(new RemoteContext.GitRepo("http://h/repo.git", "master", "docker"));
    assertThat(RemoteContext.GitRepo.parse("http://h/repo.git"))
        .isEqualTo(new RemoteContext.GitRepo("http://h/repo.git", "master", ""));
    assertThat(RemoteContext.GitRepo.parse("github.com/docker/x.git#v1"))
        .isEqualTo(new RemoteContext.GitRepo("https://github.com/docker/x.git", "v1", ""));
    assertThatThrownBy(() -> RemoteContext.GitRepo.parse("http://h/repo.git#-x"))
        .hasMessageEndingWith("invalid refspec: -x");
  }

  @Test
  void withoutGitOnThePathTheCloneFailsAsTheCliDoes() {
    assertThatThrownBy(() -> RemoteContext.findGit(tmp.toString()))
        .hasMessage("unable to find 'git': exec: \"git\": executable file not found in $PATH");
  }

  @Test
  void downloadsReportProgressAndFailWithTheServersStatusLine() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", x -> {
      byte[] b = "FROM busybox\n".getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(200, b.length);
      x.getResponseBody().write(b);
      x.close();
    });
    server.createContext("/missing", x -> {
      byte[] b = "  gone\n".getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(404, b.length);
      x.getResponseBody().write(b);
      x.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      long[] seen = new long[2];
      RemoteContext.Download d = RemoteContext.download(base + "/ok", (cur, total) -> {
        seen[0] = cur;
        seen[1] = total;
      });
      assertThat(new String(d.body(), StandardCharsets.UTF_8)).isEqualTo("FROM busybox\n");
      assertThat(seen).containsExactly(13, 13);
      assertThatThrownBy(() -> RemoteContext.download(base + "/missing", (c, t) -> {}))
          .hasMessage("unable to download remote context " + base + "/missing: failed to GET " + base
              + "/missing with status 404 Not Found: gone");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aRefusedConnectionIsGosDialError() {
    assertThatThrownBy(() -> RemoteContext.download("http://127.0.0.1:1/ctx.tar", (c, t) -> {}))
        .hasMessage("unable to download remote context http://127.0.0.1:1/ctx.tar: Get \"http://127.0.0.1:1/ctx.tar\":"
            + " dial tcp 127.0.0.1:1: connect: connection refused");
  }
}
