package org.vedika.i18n.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

  @Test
  void goesBackOnlyToPathsInsideVedika() {
    assertThat(LanguageSwitch.localPath("/place/05")).isEqualTo("/place/05");
    assertThat(LanguageSwitch.localPath("/find?q=x")).isEqualTo("/find?q=x");
    assertThat(LanguageSwitch.localPath(null)).isEqualTo("/");
    assertThat(LanguageSwitch.localPath("https://evil.example/")).isEqualTo("/");
    assertThat(LanguageSwitch.localPath("//evil.example/")).isEqualTo("/");
    assertThat(LanguageSwitch.localPath("/\\evil.example/")).isEqualTo("/");
    assertThat(LanguageSwitch.localPath("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
  }

  @Test
  void knowsKhmerAndEnglishOnly() {
    assertThat(Language.supported("km")).hasValue(Language.KHMER);
    assertThat(Language.supported("en")).hasValue(Language.ENGLISH);
    assertThat(Language.supported("fr")).isEmpty();
    assertThat(Language.supported(null)).isEmpty();
  }
}
