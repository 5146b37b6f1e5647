package com.scorecardstudio.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The certificates' files travel in the address ({@code sslrootcert}, {@code sslcert}, {@code sslkey})
 * to the driver and back to the settings.
 */
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

    @Test
    void aClientCertificateAndKeyReachTheJdbcUrlAndAreRememberedWithTheRoot() {
        ServerAddress a = ServerAddress.parse("postgresql://anna@db.example.org/scorecard?sslmode=verify-full"
                + "&sslrootcert=/etc/team/root.crt&sslcert=/home/anna/my%20certs/anna.crt&sslkey=~/anna.pk8", Optional.empty());
        assertThat(a.sslCert()).contains("/home/anna/my certs/anna.crt");
        assertThat(a.sslKey()).contains(System.getProperty("user.home") + "/anna.pk8");
        assertThat(a.hasClientCertificate()).isTrue();
        assertThat(a.jdbcUrl()).contains("&sslcert=%2Fhome%2Fanna%2Fmy+certs%2Fanna.crt&sslkey=")
                .doesNotContain("sslpassword");
        assertThat(a.toString()).isEqualTo("postgresql://anna@db.example.org:5432/scorecard?sslmode=verify-full"
                + "&sslrootcert=/etc/team/root.crt&sslcert=/home/anna/my+certs/anna.crt&sslkey="
                + System.getProperty("user.home") + "/anna.pk8");
        assertThat(ServerAddress.parse(a.toString(), Optional.empty())).isEqualTo(a);
    }

    @Test
    void aPkcs12FileAloneIsTheKeyAndNoCertificateLeavesTheAddressAsItWas() {
        ServerAddress p12 = ServerAddress.parse("postgresql://anna@db/s?sslmode=verify-full&sslkey=/certs/anna.p12", Optional.empty());
        assertThat(p12.sslCert()).isEmpty();
        assertThat(p12.sslKey()).contains("/certs/anna.p12");
        assertThat(p12.hasClientCertificate()).isTrue();
        assertThat(ServerAddress.parse(p12.toString(), Optional.empty())).isEqualTo(p12);
        ServerAddress plain = ServerAddress.parse("postgresql://anna@db/s?sslmode=require&sslcert=", Optional.empty());
        assertThat(plain.hasClientCertificate()).isFalse();
        assertThat(plain.jdbcUrl()).doesNotContain("sslcert").doesNotContain("sslkey");
    }

    @Test
    void aKeyPasswordInTheAddressIsRefusedLikeAPassword() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerAddress.parse(
                "postgresql://anna@db/s?sslmode=verify-full&sslkey=/certs/anna.p12&sslpassword=secret", Optional.empty()))
                .isInstanceOfSatisfying(ServerAddress.InvalidAddressException.class,
                        e -> assertThat(e.problem()).isEqualTo(ServerAddress.Problem.KEY_PASSWORD_IN_ADDRESS));
    }
}
