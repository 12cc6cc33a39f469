package org.vedika.problem.entity;

/** The social-protection topic of a problem: the 11 categories of DOMAIN.md §3.2. */
public enum Category {
  IDPOOR_REGISTRATION("idpoor-registration"),
  HEF_HEALTH_CARE("hef-health-care"),
  NSSF_HEALTH_WORKERS("nssf-health-workers"),
  NSSF_SELF_EMPLOYED("nssf-self-employed"),
  EMPLOYMENT_INJURY("employment-injury"),
  NSSF_PENSION("nssf-pension"),
  MOTHER_CHILD_CASH("mother-child-cash"),
  DISABILITY_ALLOWANCE("disability-allowance"),
  FAMILY_PACKAGE_OTHER("family-package-other"),
  PAYMENT_DELIVERY("payment-delivery"),
  LOCAL_SERVICE_INFO("local-service-info");

  private final String key;

  Category(String key) {
    this.key = key;
  }

  /** The stable key used in URLs and the API, e.g. {@code nssf-health-workers}. */
  public String key() {
    return key;
  }

  /** The category with this key or enum name, if any. */
  public static java.util.Optional<Category> of(String keyOrName) {
    for (var category : values()) {
      if (category.key.equals(keyOrName) || category.name().equals(keyOrName)) {
        return java.util.Optional.of(category);
      }
    }
    return java.util.Optional.empty();
  }
}
