package org.vedika.schema.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The replica's pool settings; where reads go is ReplicaReadsIT's. */
class ReplicaReadsTest {

  @Test
  void theReplicaGetsASmallPoolAndShortTimeoutsUnlessItsUrlSaysOtherwise() {
    assertThat(ReplicaReads.pooled("jdbc:mariadb://replica:3306/vedika"))
        .isEqualTo(
            "jdbc:mariadb://replica:3306/vedika?maxPoolSize=8&minPoolSize=0"
                + "&connectTimeout=2000&socketTimeout=10000");
    assertThat(ReplicaReads.pooled("jdbc:mariadb://replica/vedika?maxPoolSize=20&useSsl=true"))
        .isEqualTo(
            "jdbc:mariadb://replica/vedika?maxPoolSize=20&useSsl=true&minPoolSize=0"
                + "&connectTimeout=2000&socketTimeout=10000");
  }
}
