package com.scorecardstudio.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The certificates of the tests' TLS server, made at test time with the JDK alone: the CI machine
 * has a JDK and no openssl. keytool makes a root and a server key pair in a PKCS12 store, and signs
 * the server's certificate with the root (subject alternative name IP 127.0.0.1, the host the tests
 * connect to, so that {@code verify-full} can pass); the server's key is read back through
 * {@link KeyStore} and written as the unencrypted PKCS#8 PEM that PostgreSQL reads. A second root
 * that signed nothing is made for the "not trusted" case. The server trusts the root for client
 * certificates too ({@code ssl_ca_file}); {@link #client} makes one for a user, signed by the root or
 * by the stranger, its key as the unencrypted PKCS#8 DER ({@code .pk8}) the driver reads, and both
 * together as a PKCS#12 file with an empty password.
 */
final class TestCertificates {
    private static final String STORE_PASSWORD = "test-keystore";
    private static final String VALID_DAYS = "7";

    private TestCertificates() {
    }

    /**
     * Writes {@code server.crt} and {@code server.key} into the server's data folder (owned by
     * {@code serverUid} when it is not -1: PostgreSQL runs as that user and refuses a key that others
     * may read) and returns the roots, in a temporary folder of their own.
     */
    static TestPostgres.Certificates make(Path data, int serverUid) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("scorecard-pg-tls");
        Path store = work.resolve("keys.p12");
        Path request = work.resolve("server.csr");
        Path serverCrt = data.resolve("server.crt");
        Path serverKey = data.resolve("server.key");
        Path root = work.resolve("root.crt");
        Path stranger = work.resolve("stranger-root.crt");
        try {
            keytool("-genkeypair", "-alias", "root", "-dname", "CN=Scorecard Studio test root", "-ext", "bc:c",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", VALID_DAYS, "-keystore", store.toString());
            keytool("-genkeypair", "-alias", "server", "-dname", "CN=127.0.0.1",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", VALID_DAYS, "-keystore", store.toString());
            keytool("-genkeypair", "-alias", "stranger", "-dname", "CN=Someone else's root", "-ext", "bc:c",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", VALID_DAYS, "-keystore", store.toString());
            keytool("-certreq", "-alias", "server", "-file", request.toString(), "-keystore", store.toString());
            keytool("-gencert", "-alias", "root", "-infile", request.toString(), "-outfile", serverCrt.toString(), "-rfc",
                    "-validity", VALID_DAYS, "-ext", "san=ip:127.0.0.1", "-ext", "ku:c=digitalSignature",
                    "-ext", "eku=serverAuth", "-keystore", store.toString());
            keytool("-exportcert", "-alias", "root", "-rfc", "-file", root.toString(), "-keystore", store.toString());
            keytool("-exportcert", "-alias", "stranger", "-rfc", "-file", stranger.toString(), "-keystore", store.toString());
            Files.writeString(serverKey, pem("PRIVATE KEY", privateKey(store, "server").getEncoded()), StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(serverKey, PosixFilePermissions.fromString("rw-------"));
            // the CA the server checks client certificates against (ssl_ca_file)
            Files.copy(root, data.resolve("root.crt"));
            if (serverUid >= 0) {
                for (Path p : List.of(serverCrt, serverKey, data.resolve("root.crt"))) {
                    Files.setAttribute(p, "unix:uid", serverUid);
                    Files.setAttribute(p, "unix:gid", serverUid);
                }
            }
        } finally {
            // the key store (the roots' private keys) stays for client certificates, in a folder deleted with the server
            Files.deleteIfExists(request);
        }
        // the test JVM reads the roots; the server never does
        return new TestPostgres.Certificates(root, stranger);
    }

    /**
     * A client certificate made out to {@code user} (its CN, which pg_hba {@code cert} compares with the
     * user name), signed by the test root or, with {@code byStranger}, by the root the server does not
     * trust; in {@code roots}, the folder {@link #make} returned the roots in.
     */
    static synchronized TestPostgres.ClientCertificate client(Path roots, String user, boolean byStranger)
            throws IOException, InterruptedException {
        Path store = roots.resolve("keys.p12");
        String alias = "client-" + CLIENTS.incrementAndGet();
        Path request = roots.resolve(alias + ".csr");
        Path crt = roots.resolve(alias + ".crt");
        Path key = roots.resolve(alias + ".pk8");
        keytool("-genkeypair", "-alias", alias, "-dname", "CN=" + user, "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", VALID_DAYS, "-keystore", store.toString());
        keytool("-certreq", "-alias", alias, "-file", request.toString(), "-keystore", store.toString());
        keytool("-gencert", "-alias", byStranger ? "stranger" : "root", "-infile", request.toString(), "-outfile", crt.toString(),
                "-rfc", "-validity", VALID_DAYS, "-ext", "ku:c=digitalSignature", "-ext", "eku=clientAuth",
                "-keystore", store.toString());
        Files.delete(request);
        PrivateKey privateKey = privateKey(store, alias);
        Files.write(key, privateKey.getEncoded());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        // the same key and certificate as one PKCS#12 file with an empty password, the other form the driver reads
        Path p12 = roots.resolve(alias + ".p12");
        try (InputStream in = Files.newInputStream(crt); var out = Files.newOutputStream(p12)) {
            KeyStore one = KeyStore.getInstance("PKCS12");
            one.load(null, null);
            one.setKeyEntry("user", privateKey, new char[0],
                    new java.security.cert.Certificate[] {java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in)});
            one.store(out, new char[0]);
        } catch (GeneralSecurityException e) {
            throw new IOException("The PKCS#12 file could not be made", e);
        }
        Files.setPosixFilePermissions(p12, PosixFilePermissions.fromString("rw-------"));
        return new TestPostgres.ClientCertificate(crt, key, p12);
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    private static PrivateKey privateKey(Path store, String alias) throws IOException {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, STORE_PASSWORD.toCharArray());
            return (PrivateKey) ks.getKey(alias, STORE_PASSWORD.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IOException("The test key store could not be read", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-noprompt"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
    }

    /** Removes a folder of roots made by {@link #make}. */
    static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: left for the OS
        }
    }
}
