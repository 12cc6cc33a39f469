package org.vedika.recurring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vedika.problem.entity.ModerationState;
import org.vedika.recurring.control.Similarity;

/**
 * How often the forum uses each word, for {@link Similarity}: read from the latest {@value #SAMPLE}
 * published problems (title and description), at most once an hour, by whichever background task (a
 * new problem's suggestions, the periodic pass) needs it first.
 */
@ApplicationScoped
public class ForumVocabulary {

  static final int SAMPLE = 20_000;
  static final Duration FRESH = Duration.ofHours(1);

  @PersistenceContext EntityManager em;

  private volatile Similarity.Vocabulary vocabulary;
  private volatile Instant readAt = Instant.EPOCH;

  public Similarity.Vocabulary current() {
    if (vocabulary == null || readAt.plus(FRESH).isBefore(Instant.now())) {
      synchronized (this) {
        if (vocabulary == null || readAt.plus(FRESH).isBefore(Instant.now())) {
          vocabulary = read();
          readAt = Instant.now();
        }
      }
    }
    return vocabulary;
  }

  private Similarity.Vocabulary read() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT category, title, body FROM problem WHERE moderation = ?"
                    + " ORDER BY id DESC LIMIT "
                    + SAMPLE)
            .setParameter(1, ModerationState.VISIBLE.name())
            .getResultList();
    var texts = new ArrayList<Similarity.Text>(rows.size());
    for (var row : rows) {
      texts.add(new Similarity.Text((String) row[0], (String) row[1], (String) row[2]));
    }
    return Similarity.Vocabulary.of(texts);
  }
}
