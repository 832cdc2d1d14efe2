package dev.berth.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiltersArgsTest {
  @Test
  void keysAreLowerCasedAndBothSidesTrimmedAsTheDockerCliDoes() {
    // moby's TestImagesFilterSpaceTrimCase: all five spellings list the dangling images
    for (String arg : List.of("dangling=true", "Dangling=true", " dangling=true", "dangling=true ", "dangling = true")) {
      assertThat(Filters.ofArgs(List.of(arg)).get("dangling")).as(arg).containsExactly("true");
    }
  }

  @Test
  void spacesInsideAValueStay() {
    assertThat(Filters.ofArgs(List.of("label=match=me too")).get("label")).containsExactly("match=me too");
  }
}
