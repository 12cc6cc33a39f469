package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.vedika.account.entity.Member;

/** Who is reading this request, if anyone is logged in. */
@Named
@RequestScoped
public class CurrentMember {

  @Inject SecurityContext security;
  @Inject Members members;

  private Optional<Member> member;

  public Optional<Member> get() {
    if (member == null) {
      var caller = security.getCallerPrincipal();
      member =
          caller == null
              ? Optional.empty()
              : members.find(Long.parseLong(caller.getName())).filter(Member::isActive);
    }
    return member;
  }

  public boolean isLoggedIn() {
    return get().isPresent();
  }

  public String getDisplayName() {
    return get().map(Member::getDisplayName).orElse("");
  }

  public Long getId() {
    return get().map(Member::getId).orElse(null);
  }
}
