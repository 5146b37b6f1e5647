package com.scorecardstudio.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The root certificate's file travels in the address ({@code sslrootcert}) to the driver and back to the settings. */
class ServerAddressTlsTest {
    @Test
    void aRootCertificateInTheAddressReachesTheJdbcUrlAndIsRemembered() {
        ServerAddress a = ServerAddress.parse("postgresql://anna@db.example.org/scorecard?sslmode=verify-full"
                + "&sslrootcert=/etc/team%20certs/root.crt", Optional.empty());
        assertThat(a.sslMode()).isEqualTo("verify-full");
        assertThat(a.sslRootCert()).contains("/etc/team certs/root.crt");
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/scorecard?sslmode=verify-full"
                + "&sslrootcert=%2Fetc%2Fteam+certs%2Froot.crt");
        assertThat(a.toString()).isEqualTo("postgresql://anna@db.example.org:5432/scorecard?sslmode=verify-full"
                + "&sslrootcert=/etc/team+certs/root.crt");
        assertThat(ServerAddress.parse(a.toString(), Optional.empty())).isEqualTo(a);
    }

    @Test
    void aHomeFolderTildeIsExpandedAndNoRootCertificateLeavesTheDriversDefault() {
        ServerAddress a = ServerAddress.parse("jdbc:postgresql://db:5432/s?sslmode=verify-ca&sslrootcert=~/team/root.crt",
                Optional.of("anna"));
        assertThat(a.sslRootCert()).contains(System.getProperty("user.home") + "/team/root.crt");
        ServerAddress plain = ServerAddress.parse("postgresql://anna@db/s?sslmode=require", Optional.empty());
        assertThat(plain.sslRootCert()).isEmpty();
        assertThat(plain.jdbcUrl()).doesNotContain("sslrootcert");
        assertThat(plain.toString()).isEqualTo("postgresql://anna@db:5432/s?sslmode=require");
    }
}
