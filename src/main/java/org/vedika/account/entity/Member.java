package org.vedika.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.vedika.Refusal;

/** Someone with an account: a login (phone number or e-mail), a display name and a home village. */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.FIND_BY_LOGIN, query = "SELECT m FROM Member m WHERE m.login = :login")
@NamedQuery(
    name = Member.SEARCH,
    query =
        "SELECT m FROM Member m WHERE m.login LIKE :login OR m.displayName LIKE :name"
            + " ORDER BY m.displayName, m.id")
public class Member {

  public static final int SUSPENSION_DAYS_MAX = 365;

  public static final String FIND_BY_LOGIN = "Member.findByLogin";
  public static final String SEARCH = "Member.search";
  public static final int LOGIN_MAX = 254;
  public static final int DISPLAY_NAME_MIN = 2;
  public static final int DISPLAY_NAME_MAX = 60;
  public static final int PASSWORD_MIN = 8;
  public static final int PASSWORD_MAX = 128;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = LOGIN_MAX)
  private String login;

  /** Where e-mail notifications go (may differ from an e-mail login; a phone login has none). */
  @Column(length = LOGIN_MAX)
  private String email;

  @Column(name = "email_notifications", nullable = false)
  private boolean emailNotifications;

  /** Hears of each workshop planned in their home village's commune (issue 20, item 7). */
  @Column(name = "workshop_notices", nullable = false)
  private boolean workshopNotices;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "home_village", nullable = false, length = 8)
  private String homeVillage;

  @Column(nullable = false, length = 2)
  private String language = "km";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MemberStatus status = MemberStatus.ACTIVE;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Until when a moderator suspended the member ({@link #suspend}, {@link #lift}). */
  @Column(name = "suspended_until", insertable = false)
  private Instant suspendedUntil;

  /** When the member deleted their account ({@link #erase}); null for every other member. */
  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected Member() {}

  public Member(String login, String displayName, String passwordHash, String homeVillage) {
    this.login = Objects.requireNonNull(login, "A login is required.");
    this.displayName = Objects.requireNonNull(displayName, "A display name is required.");
    this.passwordHash = Objects.requireNonNull(passwordHash, "A password hash is required.");
    this.homeVillage = Objects.requireNonNull(homeVillage, "A home village is required.");
    this.email = login.contains("@") ? login : null;
    this.createdAt = Instant.now();
  }

  /**
   * The member's profile choices: their name, an e-mail address (blank: none) and whether official
   * answers and status changes on problems they follow are also sent there.
   *
   * @throws IllegalArgumentException when e-mail is wanted but there is no address
   */
  public void describe(
      String displayName, String email, boolean emailNotifications, boolean workshopNotices) {
    var address = email == null || email.isBlank() ? null : email.strip();
    if (emailNotifications && address == null) {
      throw new IllegalArgumentException("E-mail notifications need an address.");
    }
    this.displayName = Objects.requireNonNull(displayName, "A display name is required.").strip();
    this.email = address;
    this.emailNotifications = emailNotifications;
    this.workshopNotices = workshopNotices;
  }

  /** A moderator suspends the member for 1 to {@value #SUSPENSION_DAYS_MAX} days from now. */
  public void suspend(int days, Instant now) {
    if (days < 1 || days > SUSPENSION_DAYS_MAX) {
      throw new Refusal("moderation.days.invalid", "suspension of " + days + " days");
    }
    suspendedUntil = now.plus(java.time.Duration.ofDays(days));
  }

  /**
   * A moderator lifts the member's suspension.
   *
   * @throws Refusal when the member is not suspended (nobody is told of a lift that lifts nothing)
   */
  public void lift(Instant now) {
    if (!isSuspended(now)) {
      throw new Refusal("moderation.notSuspended", "member " + id + " is not suspended");
    }
    suspendedUntil = null;
  }

  /** Suspended now: may read, not post, vote or report. */
  public boolean isSuspended(Instant now) {
    return suspendedUntil != null && now.isBefore(suspendedUntil);
  }

  public Instant getSuspendedUntil() {
    return suspendedUntil;
  }

  public boolean isActive() {
    return status == MemberStatus.ACTIVE;
  }

  /**
   * The member deleted their account: the row stays (what others wrote, and every counter, stay
   * whole) but holds nothing of the person. The login becomes one nobody can type or log in with,
   * the name empty (pages say "a former member", {@link #isFormer}), the e-mail address gone, the
   * password an unknown one's hash.
   *
   * @param unusableHash the hash of a random password nobody knows
   */
  public void erase(String unusableHash, Instant now) {
    login = "deleted-" + id + "@former.invalid";
    displayName = "";
    email = null;
    emailNotifications = false;
    workshopNotices = false;
    passwordHash = Objects.requireNonNull(unusableHash);
    suspendedUntil = null;
    status = MemberStatus.DELETED;
    deletedAt = now;
  }

  /** A former member: their account is deleted, their posts say so instead of a name. */
  public boolean isFormer() {
    return status == MemberStatus.DELETED;
  }

  /** The name pages show: the member's, or "a former member" in the reader's language. */
  public String shownName(java.util.ResourceBundle text) {
    return isFormer() ? text.getString("member.former") : displayName;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  /** A hash with stronger parameters replaces the old one after a successful login. */
  public void rehash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public void speak(String language) {
    this.language = language;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public boolean isWorkshopNotices() {
    return workshopNotices;
  }

  public boolean isEmailNotifications() {
    return emailNotifications;
  }

  public String getLogin() {
    return login;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getHomeVillage() {
    return homeVillage;
  }

  public String getLanguage() {
    return language;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
