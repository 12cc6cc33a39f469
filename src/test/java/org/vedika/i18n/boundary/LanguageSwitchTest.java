package org.vedika.i18n.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vedika.LocalPath;

class LanguageSwitchTest {

  @Test
  void goesBackOnlyToPathsInsideVedika() {
    assertThat(LocalPath.orHome("/place/05")).isEqualTo("/place/05");
    assertThat(LocalPath.orHome("/find?q=x")).isEqualTo("/find?q=x");
    assertThat(LocalPath.orHome(null)).isEqualTo("/");
    assertThat(LocalPath.orHome("https://evil.example/")).isEqualTo("/");
    assertThat(LocalPath.orHome("//evil.example/")).isEqualTo("/");
    assertThat(LocalPath.orHome("/\\evil.example/")).isEqualTo("/");
    assertThat(LocalPath.orHome("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
  }

  @Test
  void knowsKhmerAndEnglishOnly() {
    assertThat(Language.supported("km")).hasValue(Language.KHMER);
    assertThat(Language.supported("en")).hasValue(Language.ENGLISH);
    assertThat(Language.supported("fr")).isEmpty();
    assertThat(Language.supported(null)).isEmpty();
  }
}
