package org.vedika.account.entity;

/** A suspended member can read but not log in; a deleted account is a former member's. */
public enum MemberStatus {
  ACTIVE,
  SUSPENDED,
  /** the member deleted their account (Member#erase) */
  DELETED
}
