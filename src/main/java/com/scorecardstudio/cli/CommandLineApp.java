package com.scorecardstudio.cli;

import com.scorecardstudio.checkinbook.CheckinBookData;
import com.scorecardstudio.checkinbook.CheckinBookException;
import com.scorecardstudio.checkinbook.CheckinBookReader;
import com.scorecardstudio.checkinbook.CheckinBookWriter;
import com.scorecardstudio.checkinbook.CheckinImport;
import com.scorecardstudio.config.AppInfo;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.deck.DeckData;
import com.scorecardstudio.deck.DeckExport;
import com.scorecardstudio.deck.MapLinks;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.DatabaseOpenException;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.db.CheckinRefusedException;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.db.WarmUp;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.excel.ExcelExport;
import com.scorecardstudio.excel.ExportData;
import com.scorecardstudio.excel.ExportException;
import com.scorecardstudio.sessionfile.SessionFileException;
import com.scorecardstudio.sessionfile.SessionFiles;
import com.scorecardstudio.report.CheckinLines;
import com.scorecardstudio.report.SummaryReport;
import com.scorecardstudio.clientimport.ClientImport;
import com.scorecardstudio.report.ClientLines;
import com.scorecardstudio.clientimport.ImportException;
import com.scorecardstudio.clientimport.ImportResult;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.util.Secrets;
import com.scorecardstudio.util.WriteTargets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The command line: {@code scorecard-studio [--db PATH] COMMAND [OPTIONS]}. A public interface used
 * by scripts: formats are stable, exit codes are 0 (done), 1 (failed, one line on stderr) and 2
 * (usage error, usage printed). It never starts the JavaFX toolkit.
 */
public final class CommandLineApp {
    static final String NAME = "scorecard-studio";

    private final AppPaths paths;
    private final Messages messages;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;

    public CommandLineApp(AppPaths paths, Messages messages, Clock clock, PrintWriter out, PrintWriter err) {
        this.paths = paths;
        this.messages = messages;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /**
     * Whether these arguments start the GUI rather than a command: none at all, or only
     * {@code --db PATH}. Returns the database argument (empty for the default) in that case.
     */
    public static Optional<Optional<String>> guiDatabaseArgument(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 2 && "--db".equals(args[0])) {
            return Optional.of(Optional.of(args[1]));
        }
        if (args.length == 1 && args[0].startsWith("--db=")) {
            return Optional.of(Optional.of(args[0].substring("--db=".length())));
        }
        return Optional.empty();
    }

    public int run(String... args) {
        try (EarlyRead early = EarlyRead.start(args, paths)) {
            if (namesACommand(args)) {
                WarmUp.start(); // beside the parsing below and the early open: jOOQ's set-up no longer waits for the scan
            }
            return run(early, args);
        }
    }

    private int run(EarlyRead early, String... args) {
        Root root = new Root(early);
        CommandLine cl = new CommandLine(root)
                .addSubcommand("sessions", new SessionsCommand())
                .addSubcommand("demo", new DemoCommand())
                .addSubcommand("summary", new SummaryCommand())
                .addSubcommand("clients", new ClientsCommand())
                .addSubcommand("checkins", new CheckinsCommand())
                .addSubcommand("checkin-export", new CheckinExportCommand())
                .addSubcommand("checkin-import", new CheckinImportCommand())
                .addSubcommand("import-clients", new ImportClientsCommand())
                .addSubcommand("export", new ExportCommand())
                .addSubcommand("export-deck", new ExportDeckCommand())
                .addSubcommand("export-session", new ExportSessionCommand())
                .addSubcommand("import-session", new ImportSessionCommand())
                .addSubcommand("next-year", new NextYearCommand());
        cl.setResourceBundle(messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        // picocli prints either "did you mean" or the usage; a usage error always shows the usage
        cl.setParameterExceptionHandler((e, commandArgs) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
            failed.usage(failed.getErr());
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(oneLine(e));
            err.flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Whether these arguments name a command (every command opens a database), not only help or the version. */
    static boolean namesACommand(String[] args) {
        List<String> all = List.of(args);
        return all.stream().anyMatch(a -> !a.startsWith("-"))
                && all.stream().noneMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
    }

    private String oneLine(Exception e) {
        if (e instanceof Refusal r) {
            log().info("Command refused: {}", r.getMessage());
            return r.getMessage();
        }
        if (e instanceof DatabaseOpenException d) {
            log().warn("Command failed: {}", d.getMessage(), d);
            return messages.get(d.messageKey(), d.messageArgs());
        }
        log().error("Command failed", Database.masked(e));
        if (currentServer != null && Database.isPermissionDenied(e)) {
            return messages.get("team.open.read_only", currentServer);
        }
        if (Database.isDiskFull(e)) {
            return messages.get("db.open.disk_full", databaseForMessages());
        }
        if (Database.isReadOnlyError(e)) {
            return messages.get("db.open.read_only", databaseForMessages());
        }
        // one line, and never a key: H2 quotes its statements over several lines
        String detail = Secrets.mask(String.valueOf(e.getMessage())).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return messages.get("cli.error.unexpected", detail, paths.logDir());
    }

    /** The database the command ran on, for a message about it. */
    private Path databaseForMessages() {
        return currentDatabase != null ? currentDatabase : paths.defaultDatabase();
    }

    private Path currentDatabase;
    /** The team workspace the command ran on, when it ran on one. */
    private String currentServer;

    /** A command refused before it changed anything, with the one line that says why. */
    /** A review period given on the command line ({@code --period}); null when none; a malformed one refused in one line. */
    private Period periodOption(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Refusal(messages.get("checkin.cli.badPeriod", text.strip()));
        }
    }

    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }

    /**
     * Refuses writing {@code target} when it is a file of the database (data, salt, lock, trace,
     * backups) or the app's settings or log: an export onto the open database once replaced it.
     */
    private void checkWriteTarget(Path target, Path dbFile) {
        Path t = target.toAbsolutePath().normalize();
        boolean appFile = t.equals(paths.settingsFile()) || t.startsWith(paths.logDir());
        if (appFile || WriteTargets.isProtected(t, dbFile == null ? java.util.List.of() : java.util.List.of(dbFile))) {
            throw new Refusal(messages.get("files.protected", t));
        }
    }

    /** Refuses a file to read that is a folder, a named pipe or a device (reading a pipe would block forever). */
    private void checkReadable(Path file) {
        if (WriteTargets.existsButNotRegular(file)) {
            throw new Refusal(messages.get("files.notRegular", file.toAbsolutePath()));
        }
    }

    /**
     * Asked for when needed, not in a static field: the Launcher calls {@link #guiDatabaseArgument}
     * before the GUI starts, and that must not set up logging on the way (see Launcher).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(CommandLineApp.class);
    }

    /** Text for one tab-separated field: no tabs or line breaks inside. */
    static String field(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    @Command(name = NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            resourceBundle = Messages.BUNDLE, synopsisSubcommandLabel = "COMMAND")
    final class Root implements Callable<Integer> {
        private final EarlyRead early;

        Root(EarlyRead early) {
            this.early = early;
        }

        @Option(names = "--db", paramLabel = "PATH|URL", descriptionKey = "cli.option.db")
        String db;

        @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "safety.password.fileOption")
        Path passwordFile;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            // only reached with no command: the Launcher opens the GUI for that
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("cli.error.noCommand"));
        }

        /** Opens an existing database; see {@link #open(boolean)}. */
        Database open() throws DatabaseOpenException {
            return open(false, false);
        }

        /**
         * Opens an existing database for a command that only reads it: read-only when nothing needs migrating,
         * so the file is left exactly as it was (see {@link Database#openForReading}).
         */
        Database openForReading() throws DatabaseOpenException {
            return open(false, true);
        }

        Database open(boolean mayCreate) throws DatabaseOpenException {
            return open(mayCreate, false);
        }

        /**
         * Opens the database; only a command that creates ({@code demo}, {@code import-session}) may
         * create it where {@code --db} names no file yet. An empty {@code --db}, a folder, a path whose folder does not exist, or a
         * mistyped name are refused in words rather than silently becoming a new, empty database.
         */
        private Database open(boolean mayCreate, boolean forReading) throws DatabaseOpenException {
            if (db != null && ServerAddress.looksLikeServer(db)) {
                ServerAddress address = serverAddress();
                currentServer = address.toString();
                return Database.openServer(address, serverPassword());
            }
            Path file = dbFile();
            if (db != null && !mayCreate && !Files.exists(file)) {
                if (Files.isDirectory(file.getParent())) {
                    throw new Refusal(messages.get("cli.db.missing", file));
                }
                if (!Files.exists(file.getParent())) {
                    throw new Refusal(messages.get("cli.db.noFolder", file));
                }
                // a parent that is a file: the open says the path cannot be read or written
            }
            currentDatabase = file;
            Optional<char[]> password = password();
            if (forReading && password.isEmpty()) {
                Optional<Database> openedEarly = early.take(file);
                if (openedEarly.isPresent()) {
                    return openedEarly.get();
                }
            }
            Database opened = forReading
                    ? Database.openForReading(file, new Backups(clock, 10), password)
                    : Database.open(file, new Backups(clock, 10), Database.BackupOnOpen.BEFORE_MIGRATION, password);
            if (password.isPresent() && opened.key().isEmpty()) {
                err.println(messages.get("safety.password.notEncrypted", file));
            }
            return opened;
        }

        /**
         * The team workspace {@code --db} names ({@code postgresql://user@host:port/db}), checked; a user
         * left out is the OS user, as for psql.
         */
        ServerAddress serverAddress() {
            try {
                return ServerAddress.parse(db, Optional.ofNullable(System.getProperty("user.name")));
            } catch (ServerAddress.InvalidAddressException e) {
                throw new Refusal(messages.get(e.problem().messageKey(), db.strip()));
            }
        }

        /** A server's password: the first line of {@code --password-file}, else {@code PGPASSWORD}, else none. */
        private Optional<char[]> serverPassword() {
            Optional<char[]> fromFile = password();
            if (fromFile.isPresent()) {
                return fromFile;
            }
            String env = System.getenv("PGPASSWORD");
            return env == null || env.isEmpty() ? Optional.empty() : Optional.of(env.toCharArray());
        }

        /** The database file {@code --db} names (checked), the default one, or null for a team workspace on a server. */
        Path dbFile() {
            if (db != null && ServerAddress.looksLikeServer(db)) {
                return null;
            }
            if (db == null) {
                return paths.defaultDatabase();
            }
            if (db.isBlank()) {
                throw new Refusal(messages.get("cli.db.empty"));
            }
            Path given = Path.of(db).toAbsolutePath().normalize();
            if (Files.isDirectory(given)) {
                throw new Refusal(messages.get("cli.db.folder", given));
            }
            Path file = AppPaths.databaseFile(db);
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new Refusal(messages.get("files.notRegular", file));
            }
            return file;
        }

        /** The first line of the password file: a password never appears in the arguments or the shell history. */
        private Optional<char[]> password() {
            if (passwordFile == null) {
                return Optional.empty();
            }
            if (Files.isDirectory(passwordFile)) {
                throw new Refusal(messages.get("files.notRegular", passwordFile.toAbsolutePath()));
            }
            // a pipe is allowed here: --password-file <(pass show …) is how a password stays off the disk
            try (java.io.BufferedReader in = Files.newBufferedReader(passwordFile, java.nio.charset.StandardCharsets.UTF_8)) {
                String line = in.readLine();
                return Optional.of((line == null ? "" : line).toCharArray());
            } catch (java.io.IOException e) {
                throw new Refusal(messages.get("export.cli.noPassword", passwordFile.toAbsolutePath()));
            }
        }
    }

    @Command(name = "sessions", resourceBundle = Messages.BUNDLE)
    final class SessionsCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Override
        public Integer call() throws Exception {
            try (Database db = root.openForReading()) {
                for (Session s : db.store(clock).sessions().list()) {
                    out.println(s.id() + "\t" + field(s.title()) + "\t" + field(s.organization()) + "\t" + s.date());
                }
            }
            return 0;
        }
    }

    @Command(name = "demo", resourceBundle = Messages.BUNDLE)
    final class DemoCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--lang", paramLabel = "en|ru", descriptionKey = "cli.option.lang", converter = LanguageConverter.class)
        Language lang;

        @Override
        public Integer call() throws Exception {
            Language language = lang == null ? messages.language() : lang;
            try (Database db = root.open(true)) {
                Session s = Demo.create(db.store(clock), language, LocalDate.now(clock));
                out.println(messages.get("cli.demo.created", s.title()));
                out.println(s.id());
            }
            return 0;
        }
    }

    @Command(name = "summary", resourceBundle = Messages.BUNDLE)
    final class SummaryCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", paramLabel = "ID", required = true, descriptionKey = "summary.option.session")
        long sessionId;

        @Option(names = "--lang", paramLabel = "en|ru", descriptionKey = "summary.option.lang", converter = LanguageConverter.class)
        Language lang;

        @Override
        public Integer call() throws Exception {
            Language language = lang == null ? messages.language() : lang;
            Optional<String> markdown;
            try (Database db = root.openForReading()) {
                markdown = SummaryReport.markdown(db.store(clock), sessionId, new Messages(language));
            }
            if (markdown.isEmpty()) {
                err.println(messages.get("cli.noSession", String.valueOf(sessionId)));
                return 1;
            }
            out.print(markdown.get());
            return 0;
        }
    }

    /**
     * The line for a refused session file; a full disk or a read-only database is said as such, not as
     * a file with values the app cannot store (issue 19, F7).
     */
    private String sessionFileMessage(SessionFileException e) {
        if (Database.isDiskFull(e)) {
            return messages.get("db.open.disk_full", databaseForMessages());
        }
        if (Database.isReadOnlyError(e)) {
            return messages.get("db.open.read_only", databaseForMessages());
        }
        return e.message(messages);
    }

    /** False, with the one-line message on stderr, when the database has no session with this id. */
    private boolean sessionExists(Database db, long sessionId) {
        if (db.store(clock).sessions().find(sessionId).isPresent()) {
            return true;
        }
        err.println(messages.get("cli.noSession", String.valueOf(sessionId)));
        return false;
    }

    /** {@code clients --session ID}: one line per client, {@code name TAB attractiveness TAB relationship TAB cell TAB zone}. */
    @Command(name = "clients", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class ClientsCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "clients.cli.option.session")
        long session;

        @Override
        public Integer call() throws Exception {
            try (Database db = root.openForReading()) {
                if (!sessionExists(db, session)) {
                    return 1;
                }
                for (String line : ClientLines.lines(db.store(clock).scoring().read(session).matrix())) {
                    out.println(line);
                }
            }
            return 0;
        }
    }

    /**
     * {@code checkins --session ID [--period YYYY-MM|YYYY-Qn]}: one line per indicator with its status
     * in the period (see {@link CheckinLines}); the period defaults to the current review period.
     */
    @Command(name = "checkins", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class CheckinsCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "checkin.cli.option.session")
        long session;

        @Option(names = "--period", paramLabel = "YYYY-MM|YYYY-Qn", descriptionKey = "checkin.cli.option.period")
        String period;

        @Override
        public Integer call() throws Exception {
            Period asked = periodOption(period);
            try (Database db = root.openForReading()) {
                if (!sessionExists(db, session)) {
                    return 1;
                }
                Store store = db.store(clock);
                Checkins checkins = store.checkins().read(session);
                if (!checkins.scheduled()) {
                    err.println(messages.get("checkin.cli.noSchedule", String.valueOf(session)));
                    return 1;
                }
                Period chosen = asked != null ? asked : checkins.reviewPeriod(LocalDate.now(clock)).orElseThrow();
                if (!checkins.schedule().includes(chosen)) {
                    err.println(messages.get("checkin.cli.notInSchedule", chosen.id(),
                            messages.get("checkin.cadence." + checkins.schedule().cadence().key()), checkins.schedule().first().id()));
                    return 1;
                }
                for (String line : CheckinLines.lines(store.goals().list(session), checkins, chosen)) {
                    out.println(line);
                }
            }
            return 0;
        }
    }

    /**
     * {@code checkin-export --session ID --out FILE [--owner NAME] [--period P] [--lang en|ru]}: the
     * owners' check-in workbook, written whole or not at all; prints {@code Exported N rows to PATH}.
     */
    @Command(name = "checkin-export", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class CheckinExportCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "checkin.cli.option.session")
        long session;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "checkinbook.cli.option.out")
        Path target;

        @Option(names = "--owner", paramLabel = "NAME", descriptionKey = "checkinbook.cli.option.owner")
        String owner;

        @Option(names = "--period", paramLabel = "YYYY-MM|YYYY-Qn", descriptionKey = "checkinbook.cli.option.period")
        String period;

        @Option(names = "--lang", paramLabel = "en|ru", descriptionKey = "checkinbook.cli.option.lang", converter = LanguageConverter.class)
        Language lang;

        @Override
        public Integer call() throws Exception {
            Period asked = periodOption(period);
            checkWriteTarget(target, root.dbFile());
            Messages language = new Messages(lang == null ? messages.language() : lang);
            CheckinBookData data;
            try (Database db = root.openForReading()) {
                data = CheckinBookData.read(db.store(clock), session, owner, asked, LocalDate.now(clock));
            } catch (CheckinBookException e) {
                err.println(field(e.message(messages)));
                return 1;
            }
            try {
                CheckinBookWriter.write(data, language, target);
            } catch (ExportException e) {
                err.println(field(e.message(messages)));
                return 1;
            }
            out.println(messages.get("checkinbook.cli.exported", data.lines().size(), target.toAbsolutePath()));
            return 0;
        }
    }

    /**
     * {@code checkin-import --session ID --file FILE [--dry-run] [--keep theirs|mine]}: all or nothing.
     * stdout: one line per changed, refused or conflicting cell ({@code row TAB column TAB outcome TAB
     * reason}), then the counts; exit 1 with the first reason on stderr when refused.
     */
    @Command(name = "checkin-import", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class CheckinImportCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "checkin.cli.option.session")
        long session;

        @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "checkinbook.cli.option.file")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "checkinbook.cli.option.dryRun")
        boolean dryRun;

        @Option(names = "--keep", paramLabel = "theirs|mine", descriptionKey = "checkinbook.cli.option.keep",
                converter = KeepConverter.class)
        CheckinImport.Keep keep = CheckinImport.Keep.NONE;

        @Override
        public Integer call() throws Exception {
            checkReadable(file);
            try (Database db = root.open()) {
                Store store = db.store(clock);
                Optional<Session> found = store.sessions().find(session);
                if (found.isEmpty()) {
                    err.println(messages.get("cli.noSession", String.valueOf(session)));
                    return 1;
                }
                CheckinBookReader.Book book;
                try {
                    // the file is read and checked whole before anything is planned or written
                    book = CheckinBookReader.read(file, session, found.get().uid());
                } catch (CheckinBookException e) {
                    log().warn("Check-in workbook {} refused: {}", file, e.key(), e);
                    err.println(field(e.message(messages)));
                    return 1;
                }
                Checkins now = store.checkins().read(session);
                java.util.Map<Long, String> names = new java.util.HashMap<>();
                store.goals().list(session).forEach(g -> g.indicators().forEach(i -> names.put(i.id(), i.name())));
                CheckinImport.Plan plan = CheckinImport.plan(book, now, names.keySet(), id -> names.getOrDefault(id, "#" + id), keep);
                for (CheckinImport.Finding f : plan.findings()) {
                    out.println(f.line(messages));
                }
                if (!plan.acceptable()) {
                    List<CheckinImport.Finding> refusals = plan.refusals();
                    long conflicts = refusals.stream().filter(f -> f.outcome() == CheckinImport.Outcome.CONFLICT).count();
                    out.println(messages.get("checkinbook.cli.refused", refusals.size() - conflicts, conflicts));
                    CheckinImport.Finding first = refusals.get(0);
                    err.println(field(messages.get("checkinbook.refused.rowsRefused", refusals.size(), first.row(),
                            first.columnName(), first.text(messages))));
                    return 1;
                }
                if (dryRun) {
                    out.println(messages.get("checkinbook.cli.dryRun", plan.changed(), plan.rows()));
                    return 0;
                }
                try {
                    CheckinImport.apply(store, session, plan);
                } catch (CheckinRefusedException e) {
                    err.println(messages.get("checkin.refused." + e.reason().key(), e.period() == null ? "" : e.period().id()));
                    return 1;
                }
                out.println(messages.get("checkinbook.cli.imported", plan.changed(), plan.rows()));
            }
            return 0;
        }
    }

    static final class KeepConverter implements CommandLine.ITypeConverter<CheckinImport.Keep> {
        @Override
        public CheckinImport.Keep convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "theirs" -> CheckinImport.Keep.THEIRS;
                case "mine" -> CheckinImport.Keep.MINE;
                default -> throw new CommandLine.TypeConversionException("theirs|mine: " + value);
            };
        }
    }

    /** {@code import-clients --session ID --file PATH}: counts on stdout, each rejected row on stderr. */
    @Command(name = "import-clients", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class ImportClientsCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "clients.cli.option.session")
        long session;

        @Option(names = "--file", required = true, paramLabel = "PATH", descriptionKey = "clients.cli.option.file")
        Path file;

        @Override
        public Integer call() throws Exception {
            try (Database db = root.open()) {
                if (!sessionExists(db, session)) {
                    return 1;
                }
                ClientImport.Outcome outcome;
                try {
                    outcome = ClientImport.run(db.store(clock), session, file);
                } catch (ImportException e) {
                    err.println(e.message(messages));
                    return 1;
                }
                ImportResult r = outcome.result();
                out.println(messages.get("clients.cli.imported", r.imported(), r.updated(), r.rejected()));
                if (!outcome.ignoredColumns().isEmpty()) {
                    out.println(messages.get("clients.cli.ignoredColumns", String.join(", ", outcome.ignoredColumns())));
                }
                outcome.plan().rejected().forEach(row -> err.println(field(row.line(messages))));
                return r.changedAnything() ? 0 : 1;
            }
        }
    }

    /**
     * {@code export --session ID --out PATH [--lang en|ru] [--password-file PATH]}: the client's Excel
     * workbook. The password is read from a file, never taken from the command line (where other
     * users and the shell history would see it).
     */
    @Command(name = "export", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "export.option.session")
        long session;

        @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "export.option.out")
        Path target;

        @Option(names = "--lang", paramLabel = "en|ru", descriptionKey = "export.option.lang", converter = LanguageConverter.class)
        Language lang;

        @Option(names = "--password-file", paramLabel = "PATH", descriptionKey = "export.option.passwordFile")
        Path passwordFile;

        @Override
        public Integer call() throws Exception {
            checkWriteTarget(target, root.dbFile());
            Messages language = new Messages(lang == null ? messages.language() : lang);
            char[] password = null;
            if (passwordFile != null) {
                try {
                    String first = java.nio.file.Files.readAllLines(passwordFile, java.nio.charset.StandardCharsets.UTF_8)
                            .stream().findFirst().orElse("");
                    password = first.isEmpty() ? null : first.toCharArray();
                } catch (java.io.IOException e) {
                    password = null;
                }
                if (password == null) {
                    err.println(messages.get("export.cli.noPassword", passwordFile));
                    return 1;
                }
            }
            Optional<ExportData> data;
            try (Database db = root.openForReading()) {
                data = ExportData.read(db.store(clock), session);
            }
            if (data.isEmpty()) {
                err.println(messages.get("cli.noSession", String.valueOf(session)));
                return 1;
            }
            try {
                ExcelExport.write(data.get(), language, target, password, p -> { });
            } catch (ExportException e) {
                err.println(field(e.message(messages)));
                return 1;
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
            out.println(messages.get("export.cli.done", target.toAbsolutePath()));
            return 0;
        }
    }

    /**
     * {@code export-deck --session ID --out PATH [--lang en|ru]} (also {@code deck}, and {@code --language}
     * for {@code --lang}): the session as a PowerPoint deck, written like the workbook (whole or not at all).
     */
    @Command(name = "export-deck", aliases = "deck", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class ExportDeckCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "deck.option.session")
        long session;

        @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "deck.option.out")
        Path target;

        @Option(names = {"--lang", "--language"}, paramLabel = "en|ru", descriptionKey = "deck.option.lang",
                converter = LanguageConverter.class)
        Language lang;

        @Option(names = "--map-links", paramLabel = "glued|drawn", descriptionKey = "deck.option.mapLinks",
                converter = MapLinksConverter.class)
        MapLinks mapLinks;

        @Override
        public Integer call() throws Exception {
            Messages language = new Messages(lang == null ? messages.language() : lang);
            Optional<DeckData> data;
            try (Database db = root.openForReading()) {
                data = DeckData.read(db.store(clock), session);
            }
            if (data.isEmpty()) {
                err.println(messages.get("cli.noSession", String.valueOf(session)));
                return 1;
            }
            try {
                DeckExport.write(data.get(), language, mapLinks == null ? MapLinks.GLUED : mapLinks, target);
            } catch (ExportException e) {
                err.println(field(e.message(messages)));
                return 1;
            }
            out.println(messages.get("export.cli.done", target.toAbsolutePath()));
            return 0;
        }
    }

    /** {@code export-session --session ID --out PATH}: the session as one portable {@code .scorecard} file. */
    @Command(name = "export-session", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class ExportSessionCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "portable.cli.option.session")
        long session;

        @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "portable.cli.option.out")
        Path target;

        @Override
        public Integer call() throws Exception {
            checkWriteTarget(target, root.dbFile());
            try (Database db = root.openForReading()) {
                if (!sessionExists(db, session)) {
                    return 1;
                }
                try {
                    new SessionFiles(db.store(clock)).export(session, target);
                } catch (SessionFileException e) {
                    log().warn("Export of session {} to {} failed", session, target, e);
                    err.println(sessionFileMessage(e));
                    return 1;
                }
            }
            out.println(messages.get("portable.cli.exported", target));
            return 0;
        }
    }

    /**
     * {@code import-session --file PATH [--replace | --keep-both]}: the new id on the last line; a
     * refused file exits 1 with one line and changes nothing.
     */
    @Command(name = "import-session", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class ImportSessionCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--file", required = true, paramLabel = "PATH", descriptionKey = "portable.cli.option.file")
        Path file;

        @Option(names = "--replace", descriptionKey = "portable.cli.option.replace")
        boolean replace;

        @Option(names = "--keep-both", descriptionKey = "portable.cli.option.keepBoth")
        boolean keepBoth;

        @Override
        public Integer call() throws Exception {
            if (replace && keepBoth) {
                err.println(messages.get("portable.cli.replaceOrKeepBoth"));
                return 2;
            }
            SessionFiles.OnConflict mode = replace ? SessionFiles.OnConflict.REPLACE
                    : keepBoth ? SessionFiles.OnConflict.KEEP_BOTH : SessionFiles.OnConflict.ASK;
            checkReadable(file);
            // the file is read and checked before the database is touched
            com.scorecardstudio.sessionfile.SessionDocument doc;
            try {
                doc = com.scorecardstudio.sessionfile.SessionFileFormat.read(file);
            } catch (SessionFileException e) {
                log().warn("Import of {} refused", file, e);
                err.println(e.message(messages));
                return 1;
            }
            try (Database db = root.open(true)) {
                SessionFiles.Imported imported;
                try {
                    imported = new SessionFiles(db.store(clock)).importDocument(doc, mode,
                            messages.get("portable.copySuffix"));
                } catch (SessionFileException e) {
                    log().warn("Import of {} refused", file, e);
                    err.println(e.reason() == SessionFileException.Reason.ALREADY_EXISTS
                            ? messages.get("portable.cli.exists") : sessionFileMessage(e));
                    return 1;
                }
                out.println(messages.get("portable.cli.imported", imported.title()));
                out.println(imported.sessionId());
            }
            return 0;
        }
    }

    /**
     * {@code next-year --session ID}: next year's session started from this one (the latest actuals as
     * baselines); what was carried over on one line, the new id on the last line.
     */
    @Command(name = "next-year", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    final class NextYearCommand implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "nextYear.cli.option.session")
        long sessionId;

        @Override
        public Integer call() throws Exception {
            try (Database db = root.open()) {
                if (!sessionExists(db, sessionId)) {
                    return 1;
                }
                var started = db.store(clock).snapshots().startNextYear(sessionId, LocalDate.now(clock));
                out.println(messages.get("nextYear.cli.started", started.session().title(),
                        started.plan().goals(), started.plan().indicators(), started.plan().rebased(),
                        started.plan().initiatives()));
                out.println(started.session().id());
            }
            return 0;
        }
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' (en|ru)"));
        }
    }

    static final class MapLinksConverter implements CommandLine.ITypeConverter<MapLinks> {
        @Override
        public MapLinks convert(String value) {
            return MapLinks.fromCode(value)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' (glued|drawn)"));
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
