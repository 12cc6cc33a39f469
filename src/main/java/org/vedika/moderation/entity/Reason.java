package org.vedika.moderation.entity;

/** Why a post is reported or a moderator acts: the list members and moderators choose from. */
public enum Reason {
  SPAM,
  ABUSE,
  PERSONAL_DATA,
  OFF_TOPIC,
  FALSE_INFORMATION,
  /** something else: the note says what */
  OTHER,
  /** Vedika held it after enough members reported it; a moderator decides */
  AUTO_HOLD;

  /** The reasons a member or moderator may choose (the automatic hold is Vedika's own). */
  public static Reason[] choosable() {
    return new Reason[] {SPAM, ABUSE, PERSONAL_DATA, OFF_TOPIC, FALSE_INFORMATION, OTHER};
  }
}
