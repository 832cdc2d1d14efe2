package dev.berth.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default IPAM's pool turns, host overlaps and gateways (Network_PoolChoice, Network_CreateErrors). */
class DefaultIpamTest {
  @Test
  void predefinedPoolsAreTheDaemonsThirtyOne() {
    assertThat(DefaultIpam.LOCAL_POOLS).hasSize(31);
    assertThat(DefaultIpam.LOCAL_POOLS.get(0).canonical()).isEqualTo("172.17.0.0/16");
    assertThat(DefaultIpam.LOCAL_POOLS.get(15).canonical()).isEqualTo("192.168.0.0/20");
    assertThat(DefaultIpam.LOCAL_POOLS.get(30).canonical()).isEqualTo("192.168.240.0/20");
  }

  @Test
  void turnsSkipTakenPoolsAndHostRoutes() {
    DefaultIpam ipam = new DefaultIpam(c -> c.overlaps(Cidr.parse("172.17.0.1/16")));
    DefaultIpam.Given g = ipam.predefined(0, List.of(Cidr.parse("172.18.0.0/24")));
    assertThat(g.pool().canonical()).isEqualTo("172.19.0.0/16");
    assertThat(g.startIndex()).isEqualTo(3);
    // the index goes back to 0 when it passes the end, not to the pool after the wrap
    assertThat(DefaultIpam.next(30, List.of(Cidr.parse("192.168.240.0/20"))).startIndex()).isZero();
  }

  @Test
  void gatewaysAvoidNetworkAndBroadcast() {
    Cidr pool = Cidr.parse("10.1.2.3/16");
    assertThat(pool.canonical()).isEqualTo("10.1.0.0/16");
    assertThat(DefaultIpam.gateway(pool, "", "")).isEqualTo("10.1.0.1");
    assertThat(DefaultIpam.gateway(pool, "10.1.5.0/24", "")).isEqualTo("10.1.5.0");
    assertThatThrownBy(() -> DefaultIpam.gateway(pool, "", "10.1.255.255"))
        .hasMessage("failed to allocate gateway (10.1.255.255): Address already in use");
    assertThat(DefaultIpam.v6String(Cidr.parse("fd80:24e2:f998:72d6::/64").base().add(java.math.BigInteger.ONE)))
        .isEqualTo("fd80:24e2:f998:72d6::1");
  }

  @Test
  void cidrsParseAsGo() {
    assertThatThrownBy(() -> Cidr.parse("10.1.0.0/33")).hasMessage("invalid CIDR address: 10.1.0.0/33");
    assertThatThrownBy(() -> Cidr.parse("bad")).hasMessage("invalid CIDR address: bad");
    assertThat(Cidr.parse("192.168.0.0/16").overlaps(Cidr.parse("192.168.128.0/17"))).isTrue();
    assertThat(Cidr.parse("192.168.0.0/16").overlaps(Cidr.parse("192.169.0.0/16"))).isFalse();
  }
}
