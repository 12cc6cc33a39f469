package org.vedika.account.entity;

/** A suspended member can read but not log in. */
public enum MemberStatus {
  ACTIVE,
  SUSPENDED
}
