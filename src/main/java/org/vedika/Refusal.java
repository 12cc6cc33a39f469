package org.vedika;

/**
 * A request refused for a reason the member is told in their language: carries the bundle key of
 * that reason. Thrown from a facade it rolls the transaction back (as every runtime exception does
 * through {@code @Transactional}) and reaches the page as itself, so the page can say why and keep
 * the form as typed. The one vocabulary of refusals: every refusal a member can meet is one of
 * these, and a page shows it with {@code Messages.refused}.
 */
public class Refusal extends RuntimeException {

  private final String bundleKey;
  private final Object[] arguments;

  /**
   * @param bundleKey the message the member reads, in {@code text_km/_en.properties}
   * @param detail for the log only, never shown
   * @param arguments the message's parameters ({@code {0}}, …)
   */
  public Refusal(String bundleKey, String detail, Object... arguments) {
    super(detail);
    this.bundleKey = bundleKey;
    this.arguments = arguments.clone();
  }

  public String bundleKey() {
    return bundleKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
