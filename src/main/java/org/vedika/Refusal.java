package org.vedika;

import jakarta.ejb.ApplicationException;

/**
 * A request refused for a reason the member is told in their language: carries the bundle key of
 * that reason. Thrown from a facade it rolls the transaction back and reaches the page as itself
 * (an application exception, inherited by every subclass), so the page can say why and keep the
 * form as typed.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

  private final String bundleKey;

  public Refusal(String bundleKey, String detail) {
    super(detail);
    this.bundleKey = bundleKey;
  }

  public String bundleKey() {
    return bundleKey;
  }
}
