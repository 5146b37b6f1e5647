package com.scorecardstudio.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a team workspace lives: a PostgreSQL server, database and user, as a user types it
 * ({@code postgresql://user@host:port/db?sslmode=require}, {@code postgres://…} or a
 * {@code jdbc:postgresql://…} URL). Never holds a password: one typed into the address is refused
 * (it would end up in the shell history, the settings and the log); it comes from a password file,
 * {@code PGPASSWORD} or the connect dialog.
 *
 * <p>{@code sslrootcert} names the file of the CA certificate that {@code verify-ca} and
 * {@code verify-full} check the server against (a leading {@code ~/} is the home folder); without it
 * the driver looks in {@code ~/.postgresql/root.crt}, as libpq does.
 *
 * <p>{@code sslcert} and {@code sslkey} name the files of a client certificate and its key, for a
 * server that asks for one (pg_hba {@code cert}, {@code clientcert=verify-full}). The key is read
 * without a password: an unencrypted PKCS#8 DER file ({@code .pk8}) or a PKCS#12 file with an
 * empty password ({@code .p12}/{@code .pfx}, given as {@code sslkey} alone). A key password would
 * have to be typed into the address, which keeps no password.
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode, Optional<String> sslRootCert,
        Optional<String> sslCert, Optional<String> sslKey) {
    public static final int DEFAULT_PORT = 5432;
    /** PostgreSQL's own TLS modes (libpq's {@code sslmode}), which the JDBC driver takes as they are. */
    public static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Why an address was refused; the key of its message in the bundle is {@code team.address.<key>}. */
    public enum Problem {
        EMPTY, NOT_AN_ADDRESS, NO_HOST, BAD_PORT, NO_DATABASE, NO_USER, PASSWORD_IN_ADDRESS, KEY_PASSWORD_IN_ADDRESS, BAD_SSL_MODE;

        public String messageKey() {
            return "team.address." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** An address that could not be read, with the reason in the user's words (its message key). */
    public static final class InvalidAddressException extends IllegalArgumentException {
        private final Problem problem;

        public InvalidAddressException(Problem problem) {
            super(problem.messageKey());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Whether {@code text} is meant as a server address rather than a database file's path. */
    public static boolean looksLikeServer(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://") || t.startsWith("jdbc:postgresql://");
    }

    /**
     * Reads an address. A user may be left out only when {@code defaultUser} gives one (the OS user,
     * as psql does); the port defaults to 5432 and TLS to {@code prefer}.
     */
    public static ServerAddress parse(String text, Optional<String> defaultUser) {
        if (text == null || text.isBlank()) {
            throw new InvalidAddressException(Problem.EMPTY);
        }
        String t = text.strip();
        if (!looksLikeServer(t)) {
            throw new InvalidAddressException(Problem.NOT_AN_ADDRESS);
        }
        if (t.regionMatches(true, 0, "jdbc:", 0, 5)) {
            t = t.substring(5);
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new InvalidAddressException(Problem.NOT_AN_ADDRESS);
        }
        Map<String, String> query = query(uri.getRawQuery());
        if (query.containsKey("password") || uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new InvalidAddressException(Problem.PASSWORD_IN_ADDRESS);
        }
        if (query.containsKey("sslpassword")) {
            throw new InvalidAddressException(Problem.KEY_PASSWORD_IN_ADDRESS);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new InvalidAddressException(uri.getRawAuthority() != null && uri.getRawAuthority().contains(":")
                    && uri.getPort() < 0 ? Problem.BAD_PORT : Problem.NO_HOST);
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (port < 1 || port > 65535) {
            throw new InvalidAddressException(Problem.BAD_PORT);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) {
            throw new InvalidAddressException(Problem.NO_DATABASE);
        }
        String user = uri.getUserInfo() != null ? uri.getUserInfo() : query.get("user");
        if (user == null || user.isBlank()) {
            user = defaultUser.filter(u -> !u.isBlank()).orElseThrow(() -> new InvalidAddressException(Problem.NO_USER));
        }
        String ssl = query.getOrDefault("sslmode", "prefer").toLowerCase(Locale.ROOT);
        if (!SSL_MODES.contains(ssl)) {
            throw new InvalidAddressException(Problem.BAD_SSL_MODE);
        }
        return new ServerAddress(host, port, path, user, ssl, file(query, "sslrootcert"), file(query, "sslcert"),
                file(query, "sslkey"));
    }

    /** The same address without a root certificate of its own (the driver's default file then). */
    public ServerAddress(String host, int port, String database, String user, String sslMode) {
        this(host, port, database, user, sslMode, Optional.empty());
    }

    /** The same address without a client certificate. */
    public ServerAddress(String host, int port, String database, String user, String sslMode, Optional<String> sslRootCert) {
        this(host, port, database, user, sslMode, sslRootCert, Optional.empty(), Optional.empty());
    }

    /** Whether a client certificate (or a PKCS#12 file holding one) is given. */
    public boolean hasClientCertificate() {
        return sslCert.isPresent() || sslKey.isPresent();
    }

    private static Optional<String> file(Map<String, String> query, String key) {
        return Optional.ofNullable(query.get(key)).map(String::strip).filter(r -> !r.isEmpty()).map(ServerAddress::expandHome);
    }

    // the driver opens the path as it is; a shell would have expanded ~ in a libpq connection string's file
    private static String expandHome(String path) {
        return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    /** The JDBC URL (no user, no password: those go as connection properties). */
    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database + "?sslmode=" + sslMode
                + sslRootCert.map(r -> "&sslrootcert=" + URLEncoder.encode(r, StandardCharsets.UTF_8)).orElse("")
                + sslCert.map(r -> "&sslcert=" + URLEncoder.encode(r, StandardCharsets.UTF_8)).orElse("")
                + sslKey.map(r -> "&sslkey=" + URLEncoder.encode(r, StandardCharsets.UTF_8)).orElse("");
    }

    /**
     * The address as shown and remembered: {@code postgresql://user@host:port/db}, TLS mode when not
     * the default, the certificates' files when they were given.
     */
    @Override
    public String toString() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        List<String> query = new ArrayList<>();
        if (!"prefer".equals(sslMode)) {
            query.add("sslmode=" + sslMode);
        }
        sslRootCert.ifPresent(r -> query.add("sslrootcert=" + URLEncoder.encode(r, StandardCharsets.UTF_8).replace("%2F", "/")));
        sslCert.ifPresent(r -> query.add("sslcert=" + URLEncoder.encode(r, StandardCharsets.UTF_8).replace("%2F", "/")));
        sslKey.ifPresent(r -> query.add("sslkey=" + URLEncoder.encode(r, StandardCharsets.UTF_8).replace("%2F", "/")));
        return "postgresql://" + user + "@" + h + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
