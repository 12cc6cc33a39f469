package org.vedika.archfixture.place.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Planted: a transaction attribute on one method, against the transaction rule (rule 5). */
@Stateless
public class Places {

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String name(String code) {
    return code;
  }
}
