package org.vedika.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The e-mail the shared server sent (to GreenMail, {@link VedikaServer#mail}), by recipient. */
public final class Mailbox {

  private Mailbox() {}

  /** Waits (20 s at most) until this address has {@code count} messages, and returns them. */
  public static List<MimeMessage> await(String to, int count) throws InterruptedException {
    var deadline = Instant.now().plus(Duration.ofSeconds(20));
    var messages = received(to);
    while (messages.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      messages = received(to);
    }
    assertThat(messages).hasSize(count);
    return messages;
  }

  /** The messages this address received so far. */
  public static List<MimeMessage> received(String to) {
    return Arrays.stream(VedikaServer.mail().getReceivedMessages())
        .filter(message -> recipients(message).contains(to))
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> subjects(List<MimeMessage> messages) {
    return messages.stream().map(Mailbox::subject).toList();
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(MimeMessage message) {
    try {
      return (String) message.getContent();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
