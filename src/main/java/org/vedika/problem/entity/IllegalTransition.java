package org.vedika.problem.entity;

/**
 * A status change the lifecycle does not allow, or one missing its note or reason. Carries the
 * bundle key of the message the member sees.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class IllegalTransition extends RuntimeException {

  private final String bundleKey;

  public IllegalTransition(String bundleKey, String detail) {
    super(detail);
    this.bundleKey = bundleKey;
  }

  public String bundleKey() {
    return bundleKey;
  }
}
