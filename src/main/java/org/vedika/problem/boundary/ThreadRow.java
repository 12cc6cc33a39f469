package org.vedika.problem.boundary;

import java.time.Instant;
import org.vedika.i18n.control.PlainText;
import org.vedika.problem.entity.Reply;

/**
 * One reply of a thread as the page shows it to everyone, rendered once per change by {@link
 * RenderedThreads}: its author, badge and notices (around the "… ago" that {@link #meta} puts in
 * per request) and its text as safe HTML ({@link #getBody}). What differs per reader — "report" or
 * the author's own edit and delete — the page adds beside it. Immutable: one row serves every
 * reader at once. (A class with getters, not a record: Jakarta EL 5 reads properties by getter.)
 */
public final class ThreadRow {

  private final long id;
  private final long authorId;
  private final boolean official;
  private final boolean solution;
  private final int helpfulCount;
  private final boolean hidden;
  private final Instant createdAt;
  private final String metaStart;
  private final String metaEnd;
  private final String body;

  ThreadRow(
      long id,
      long authorId,
      boolean official,
      boolean solution,
      int helpfulCount,
      boolean hidden,
      Instant createdAt,
      String metaStart,
      String metaEnd,
      String body) {
    this.id = id;
    this.authorId = authorId;
    this.official = official;
    this.solution = solution;
    this.helpfulCount = helpfulCount;
    this.hidden = hidden;
    this.createdAt = createdAt;
    this.metaStart = metaStart;
    this.metaEnd = metaEnd;
    this.body = body;
  }

  /** The meta line and notices, with the reply's age ("3 hours ago") as this reader's page says. */
  public String meta(String ago) {
    return metaStart + PlainText.escape(ago) + metaEnd;
  }

  /** The reply's author, who alone may edit it, and only for {@link Reply#EDIT_WINDOW}. */
  public boolean editableBy(Long memberId, Instant now) {
    return !hidden && memberId != null && memberId == authorId && Reply.editable(createdAt, now);
  }

  public long getId() {
    return id;
  }

  public long getAuthorId() {
    return authorId;
  }

  public boolean isOfficial() {
    return official;
  }

  /** The reply its problem's author or official marked as the one that solved it. */
  public boolean isSolution() {
    return solution;
  }

  /** Members who marked it helpful. */
  public int getHelpfulCount() {
    return helpfulCount;
  }

  public boolean isHidden() {
    return hidden;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The text as safe HTML in its {@code <div class="body">}; empty for a hidden reply. */
  public String getBody() {
    return body;
  }

  /** The characters this row keeps in memory, for the cache's bound. */
  int weight() {
    return metaStart.length() + metaEnd.length() + body.length() + 64;
  }
}
