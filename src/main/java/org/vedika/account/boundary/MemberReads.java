package org.vedika.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.RoleGrant;

/**
 * The reader's member row and role grants, asked once per request a member makes ({@link
 * CurrentMember}), without a transaction (the transaction rule: a class that only reads says so
 * once, here). A CDI bean, not a stateless EJB: a call through Weld's proxy to a no-interface EJB
 * costs Payara an exception every time (docs/benchmarks.md, issue 17). {@link Members} reads the
 * same rows inside the transactions that change them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MemberReads {

  @PersistenceContext EntityManager em;

  public Optional<Member> find(long id) {
    return Optional.ofNullable(em.find(Member.class, id));
  }

  public List<RoleGrant> grants(long memberId) {
    return em.createNamedQuery(RoleGrant.FOR_MEMBER, RoleGrant.class)
        .setParameter("member", memberId)
        .getResultList();
  }
}
