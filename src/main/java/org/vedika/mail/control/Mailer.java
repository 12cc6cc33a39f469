package org.vedika.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sends plain-text e-mail through Jakarta Mail when an SMTP server is configured ({@code
 * VEDIKA_MAIL_HOST}, and optionally {@code _PORT}, {@code _USER}, {@code _PASSWORD}, {@code _FROM},
 * {@code _STARTTLS}); without a host, Vedika sends no e-mail at all.
 */
@ApplicationScoped
public class Mailer {

  /** Operators' metric: e-mails handed to the SMTP server, and those it refused. */
  static final String SENT = "vedika.emails";

  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "vedika.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "vedika.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "vedika.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "vedika.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "vedika.mail.from", defaultValue = "Vedika <noreply@vedika.example>")
  String from;

  @Inject
  @ConfigProperty(name = "vedika.mail.starttls", defaultValue = "false")
  boolean startTls;

  private Session session;

  @PostConstruct
  void init() {
    if (host.filter(h -> !h.isBlank()).isEmpty()) {
      return;
    }
    var properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
    var authenticator =
        user.filter(u -> !u.isBlank())
            .map(
                u -> {
                  properties.put("mail.smtp.auth", "true");
                  return (Authenticator)
                      new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                          return new PasswordAuthentication(u, password.orElse(""));
                        }
                      };
                })
            .orElse(null);
    session = Session.getInstance(properties, authenticator);
  }

  public boolean isConfigured() {
    return session != null;
  }

  /** Sends one message; does nothing when no SMTP server is configured. */
  public void send(String to, String subject, String text) throws MessagingException {
    if (session == null) {
      return;
    }
    var message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(text, StandardCharsets.UTF_8.name());
    try {
      Transport.send(message);
      metrics.counter(SENT, new Tag("result", "sent")).inc();
    } catch (MessagingException e) {
      metrics.counter(SENT, new Tag("result", "failed")).inc();
      throw e;
    }
  }
}
