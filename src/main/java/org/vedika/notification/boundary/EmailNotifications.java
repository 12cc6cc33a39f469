package org.vedika.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.mail.control.Mailer;
import org.vedika.problem.entity.ProblemEvent;

/**
 * Official answers and status changes also go by e-mail to the followers who chose it in their
 * profile, once the change has committed, on a managed thread (a slow mail server never slows the
 * official's page; a failed e-mail is logged, the in-app notification is there regardless).
 */
@ApplicationScoped
public class EmailNotifications {

  private static final Logger LOG = Logger.getLogger(EmailNotifications.class.getName());

  @Inject Mailer mailer;
  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "vedika.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Resource ManagedExecutorService executor;

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProblemEvent event) {
    var official = event instanceof ProblemEvent.Replied replied && replied.official();
    if (!mailer.isConfigured() || !(official || event instanceof ProblemEvent.StatusChanged)) {
      return;
    }
    executor.execute(
        () -> {
          for (var email : notifications.emails(event, publicUrl)) {
            try {
              mailer.send(email.to(), email.subject(), email.body());
            } catch (Exception failed) {
              LOG.log(
                  Level.WARNING,
                  "E-mail to a follower of problem " + event.problemId() + " failed",
                  failed);
            }
          }
        });
  }
}
