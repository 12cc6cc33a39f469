package org.vedika.guide.entity;

/**
 * What happened to a guide, fired inside the transaction that did it: a published version shows on
 * the guides' pages, in search, on the raise page and on the pages of its category's problems.
 */
public sealed interface GuideEvent {

  long guideId();

  /** A second person published a version; readers see it from now on. */
  record Published(long guideId, long versionId, long publisherId) implements GuideEvent {}

  /** A writer saved a new version, waiting for a second person. */
  record Written(long guideId, long versionId, long writerId) implements GuideEvent {}
}
