package org.vedika.account.entity;

/** What a member may do, each over the place its grant covers. */
public enum Role {
  /** posts, replies, votes; every member is one */
  CITIZEN,
  /** keeps forums civil in a district, province or the country */
  MODERATOR,
  /** answers for a commune and moves its problems through their status */
  OFFICIAL,
  /** reads the ranked dashboard, nationally or for a province */
  POLICYMAKER,
  /** accounts and roles */
  ADMIN,
  /**
   * a union trainer or community volunteer: raises problems heard at awareness sessions in the
   * places they cover, with how many people reported each there
   */
  TRAINER
}
