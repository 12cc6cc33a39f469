package org.vedika.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginNameTest {

  @Test
  void cambodianPhoneNumbersInEveryUsualShapeAreOneLogin() {
    for (var typed :
        new String[] {
          "012345678",
          "012 345 678",
          "012-345-678",
          "(012) 345.678",
          "+855 12 345 678",
          "+85512345678",
          "855 12 345 678",
          "០១២ ៣៤៥ ៦៧៨",
          "+៨៥៥ ១២ ៣៤៥ ៦៧៨"
        }) {
      assertThat(LoginName.normalise(typed)).as(typed).hasValue("012345678");
    }
    assertThat(LoginName.normalise("096 345 6789")).hasValue("0963456789");
  }

  @Test
  void emailAddressesAreLowerCased() {
    assertThat(LoginName.normalise(" Sokha@Example.ORG ")).hasValue("sokha@example.org");
  }

  @Test
  void anythingElseIsRefused() {
    for (var typed :
        new String[] {
          "",
          "   ",
          "12345",
          "0012345678",
          "01234567890",
          "abc",
          "sokha@",
          "@x.org",
          "a b@x.org",
          "012345678x"
        }) {
      assertThat(LoginName.normalise(typed)).as(typed).isEmpty();
    }
    assertThat(LoginName.normalise(null)).isEmpty();
  }
}
