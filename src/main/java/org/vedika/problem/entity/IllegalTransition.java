package org.vedika.problem.entity;

/**
 * A status change the lifecycle does not allow, or one missing its note or reason. Carries the
 * bundle key of the message the member sees.
 */
public class IllegalTransition extends org.vedika.Refusal {

  public IllegalTransition(String bundleKey, String detail) {
    super(bundleKey, detail);
  }
}
