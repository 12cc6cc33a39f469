package org.vedika.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.vedika.account.control.LoginName;
import org.vedika.account.control.LoginThrottle;
import org.vedika.account.control.PasswordHashing;
import org.vedika.account.entity.Member;

/**
 * Checks a login and password against MariaDB. The caller's name is the member's id; their groups
 * are the roles they hold. Unknown logins and wrong passwords cost the same and answer the same.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

  @Inject Members members;
  @Inject PasswordHashing hashing;
  @Inject LoginThrottle throttle;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    var login = LoginName.normalise(given.getCaller()).orElse(given.getCaller());
    if (throttle.retryAfter(login).isPresent()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    var password = given.getPasswordAsString();
    var member = members.findByLogin(login);
    var valid = hashing.verify(password, member.map(Member::getPasswordHash).orElse(null));
    if (!valid || !member.get().isActive()) {
      throttle.failed(login);
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(login);
    var id = member.get().getId();
    if (hashing.needsRehash(member.get().getPasswordHash())) {
      members.upgradeHash(id, password);
    }
    var groups = members.roles(id).stream().map(Enum::name).collect(Collectors.toSet());
    return new CredentialValidationResult(String.valueOf(id), groups);
  }
}
