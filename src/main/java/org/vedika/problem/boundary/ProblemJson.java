package org.vedika.problem.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.Reply;
import org.vedika.problem.entity.StatusChange;

/** A published problem as the open-data API shows it; replies only in the single-problem answer. */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "title",
  "body",
  "category",
  "status",
  "placeCode",
  "communeCode",
  "votes",
  "people",
  "sessionReports",
  "replies",
  "createdAt",
  "lastActivityAt",
  "answeredAt",
  "resolvedAt",
  "solved",
  "solution",
  "solvedAt",
  "thread",
  "timeline"
})
@Schema(name = "Problem", description = "A problem raised in a village or commune forum")
public record ProblemJson(
    @Schema(type = SchemaType.INTEGER, format = "int64") long id,
    String title,
    String body,
    @Schema(description = "Category key, e.g. nssf-health-workers") String category,
    @Schema(enumeration = {"open", "acknowledged", "in-progress", "resolved", "closed"})
        String status,
    String placeCode,
    String communeCode,
    @Schema(description = "Online votes: members who said \"this affects me too\"") int votes,
    @Schema(
            description =
                "People affected: its author and its voters, each once (what the pages and the"
                    + " dashboard show)")
        int people,
    @Schema(description = "People who reported it at a trainer's awareness session (not votes)")
        int sessionReports,
    int replies,
    Instant createdAt,
    Instant lastActivityAt,
    @Schema(nullable = true, description = "First official answer") Instant answeredAt,
    @Schema(nullable = true) Instant resolvedAt,
    @Schema(description = "A reply solved it, marked by its author or the commune's official")
        boolean solved,
    @Schema(
            nullable = true,
            description = "The id of the reply that solved it",
            type = SchemaType.INTEGER,
            format = "int64")
        Long solution,
    @Schema(nullable = true, description = "When the solution was marked") Instant solvedAt,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = ReplyJson.class,
            nullable = true,
            description = "The replies, oldest first (single problem only)")
        List<ReplyJson> thread,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = StepJson.class,
            nullable = true,
            description = "The status changes, oldest first (single problem only)")
        List<StepJson> timeline) {

  /** The API speaks English: a former member's posts say so in English. */
  private static final java.util.ResourceBundle ENGLISH =
      java.util.ResourceBundle.getBundle(
          org.vedika.i18n.boundary.Messages.BUNDLE, java.util.Locale.ENGLISH);

  /** A status change on the problem's public timeline. */
  @JsonbPropertyOrder({"from", "to", "reason", "note", "by", "official", "at"})
  @Schema(name = "StatusChange")
  public record StepJson(
      String from,
      String to,
      @Schema(nullable = true, description = "Why it was closed, e.g. referred-nssf") String reason,
      @Schema(nullable = true) String note,
      String by,
      @Schema(description = "Made by the commune's official (else the author reopening)")
          boolean official,
      Instant at) {
    static StepJson of(StatusChange step) {
      return new StepJson(
          step.getFrom().key(),
          step.getTo().key(),
          step.getReason() == null ? null : step.getReason().key(),
          step.getNote(),
          step.getActor().shownName(ENGLISH),
          step.isOfficial(),
          step.getCreatedAt());
    }
  }

  /** A reply; the author is shown by display name only. */
  @JsonbPropertyOrder({"id", "author", "official", "body", "helpful", "createdAt"})
  @Schema(name = "Reply")
  public record ReplyJson(
      @Schema(type = SchemaType.INTEGER, format = "int64") long id,
      String author,
      boolean official,
      String body,
      @Schema(description = "Members who marked it helpful") int helpful,
      Instant createdAt) {
    static ReplyJson of(Reply reply) {
      return new ReplyJson(
          reply.getId(),
          reply.getAuthor().shownName(ENGLISH),
          reply.isOfficial(),
          reply.getBody(),
          reply.getHelpfulCount(),
          reply.getCreatedAt());
    }
  }

  static ProblemJson of(Problem problem) {
    return of(problem, null, null);
  }

  static ProblemJson of(Problem problem, List<Reply> thread, List<StatusChange> timeline) {
    return new ProblemJson(
        problem.getId(),
        problem.getTitle(),
        problem.getBody(),
        problem.getCategory().key(),
        problem.getStatus().key(),
        problem.getPlace().getCode(),
        problem.getCommuneCode(),
        problem.getVoteCount(),
        problem.getPeople(),
        problem.getSessionReports(),
        problem.getReplyCount(),
        problem.getCreatedAt(),
        problem.getLastActivityAt(),
        problem.getAnsweredAt(),
        problem.getResolvedAt(),
        problem.isSolved(),
        problem.getSolutionId(),
        problem.getSolvedAt(),
        thread == null ? null : thread.stream().map(ReplyJson::of).toList(),
        timeline == null ? null : timeline.stream().map(StepJson::of).toList());
  }
}
