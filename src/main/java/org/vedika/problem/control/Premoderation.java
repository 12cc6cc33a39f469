package org.vedika.problem.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.problem.entity.ModerationState;

/**
 * Which new posts wait for a moderator before anyone else sees them: the first posts of a member (2
 * by default, {@code VEDIKA_MODERATION_FIRST_POSTS}; 0 turns it off) and any post containing a word
 * of a configured list ({@code VEDIKA_MODERATION_WORDS}, comma-separated; matched inside the text,
 * since Khmer has no spaces between words). Members holding any role are trusted.
 */
@ApplicationScoped
public class Premoderation {

  @Inject
  @ConfigProperty(name = "vedika.moderation.first-posts", defaultValue = "2")
  int firstPosts;

  @Inject
  @ConfigProperty(name = "vedika.moderation.words")
  Optional<String> words;

  @PersistenceContext EntityManager em;

  private List<String> wordList;

  /** Whether this post by this author waits for review. */
  public boolean holds(Member author, String text) {
    if (WritingLimits.isExempt() || hasRole(author.getId())) {
      return false;
    }
    return containsListedWord(text) || publishedPosts(author.getId()) < firstPosts;
  }

  boolean containsListedWord(String text) {
    var lower = text.toLowerCase(Locale.ROOT);
    return words().stream().anyMatch(lower::contains);
  }

  private List<String> words() {
    if (wordList == null) {
      wordList =
          Arrays.stream(words.orElse("").split(","))
              .map(word -> word.strip().toLowerCase(Locale.ROOT))
              .filter(word -> !word.isEmpty())
              .toList();
    }
    return wordList;
  }

  private long publishedPosts(long memberId) {
    if (firstPosts <= 0) {
      return Long.MAX_VALUE;
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM problem WHERE author_id = ?1 AND moderation = ?2)"
                        + " + (SELECT COUNT(*) FROM reply WHERE author_id = ?1 AND moderation = ?2)")
                .setParameter(1, memberId)
                .setParameter(2, ModerationState.VISIBLE.name())
                .getSingleResult())
        .longValue();
  }

  private boolean hasRole(long memberId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM role_grant WHERE member_id = ? AND role <> ? LIMIT 1")
        .setParameter(1, memberId)
        .setParameter(2, Role.CITIZEN.name())
        .getResultList()
        .isEmpty();
  }
}
