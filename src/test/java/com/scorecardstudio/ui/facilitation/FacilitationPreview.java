package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.session.CustomerExtrasModel;
import com.scorecardstudio.session.ParkingLotModel;
import com.scorecardstudio.session.StageTimers;
import com.scorecardstudio.ui.common.FxScheduler;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Theme;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.ui.common.FxTaskRunner;
import com.scorecardstudio.ui.common.Themes;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.session.GoalsModel;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import javafx.scene.layout.Region;

/**
 * A throwaway window that shows the facilitation tools with believable content, to look at them:
 * {@code FacilitationPreview en|ru light|dark tools|narrow|presenter [overrun|warning]}.
 */
public final class FacilitationPreview {
    private FacilitationPreview() {
    }

    public static void main(String[] args) throws Exception {
        Language lang = Language.fromCode(args.length > 0 ? args[0] : "en").orElse(Language.EN);
        Theme theme = args.length > 1 && args[1].equals("dark") ? Theme.DARK : Theme.LIGHT;
        String mode = args.length > 2 ? args[2] : "tools";
        String clockState = args.length > 3 ? args[3] : "";
        boolean overrun = !clockState.isEmpty();
        Duration spent = clockState.equals("warning") ? Duration.ofMinutes(86).plusSeconds(30) : Duration.ofMinutes(93).plusSeconds(12);
        boolean ru = lang == Language.RU;

        Path dir = Files.createTempDirectory("facil-preview");
        Clock clock = Clock.systemDefaultZone();
        Database db = Database.open(dir.resolve("preview.mv.db"), new Backups(clock, 2), Database.BackupOnOpen.BEFORE_MIGRATION);
        long sessionId = new SessionRepository(db.dsl(), clock).insert(Session.draft(LocalDate.now())
                .withTitle(ru ? "Стратегическая сессия 2027 · ООО «Северный ветер»" : "Strategy session 2027 · Northwind Logistics")).id();
        FacilitationRepository facilitation = new FacilitationRepository(db.dsl(), clock);
        facilitation.savePolicy(sessionId, new PolicyCheck(CustomerPolicy.PRICING, CustomerPolicy.Status.DEFINED,
                ru ? "Прайс пересматривается раз в квартал" : "Price list reviewed every quarter"));
        facilitation.savePolicy(sessionId, new PolicyCheck(CustomerPolicy.SERVICE, CustomerPolicy.Status.NEEDS_WORK,
                ru ? "Нет стандарта ответа на жалобы" : "No standard for handling complaints"));
        facilitation.savePolicy(sessionId, new PolicyCheck(CustomerPolicy.PARTNERS, CustomerPolicy.Status.MISSING, ""));
        facilitation.savePolicy(sessionId, new PolicyCheck(CustomerPolicy.POSITIONING, CustomerPolicy.Status.DEFINED, ""));
        facilitation.saveAssessment(sessionId, new AreaAssessment("pricing", 4, ""));
        facilitation.saveAssessment(sessionId, new AreaAssessment("quality", 3, ru ? "Брак 2,4 %, цель — 1 %" : "Defects 2.4%, aim 1%"));
        facilitation.saveAssessment(sessionId, new AreaAssessment("service", 2,
                ru ? "Клиенты ждут ответа по два дня" : "Customers wait two days for an answer"));
        facilitation.saveAssessment(sessionId, new AreaAssessment("accessibility", 3, ""));
        facilitation.park(sessionId, ru ? "Переезд склада ближе к МКАД" : "Moving the warehouse closer to the ring road");
        facilitation.park(sessionId, ru ? "Бонусы отдела продаж — обсудить на этапе персонала" : "Sales bonuses: discuss in the people stage");
        var done = facilitation.park(sessionId, ru ? "Лицензии CRM" : "CRM licences");
        facilitation.updateNote(new com.scorecardstudio.domain.ParkingNote(done.id(), done.text(), done.createdAt(), true));
        GoalRepository goalRepo = new GoalRepository(db.dsl());
        goalRepo.insert(sessionId, new Goal(null, Stage.CUSTOMER, "service", ru ? "Отвечать клиенту в тот же день" : "Answer every customer the same day",
                "", ru ? "Анна Смирнова, директор по сервису" : "Anna Smith, head of service", Priority.HIGH, List.of(
                new Indicator(null, ru ? "Среднее время ответа" : "Average response time", ru ? "ч" : "h", Direction.DOWN,
                        new BigDecimal("46"), null, new BigDecimal("8"), LocalDate.of(2027, 6, 30), "", null, "", "", null, List.of()),
                new Indicator(null, ru ? "Доля повторных обращений" : "Share of repeat requests", "%", Direction.UP,
                        new BigDecimal("31"), null, new BigDecimal("45"), null, "", null, "", "", null, List.of())), List.of()), 0);
        goalRepo.insert(sessionId, new Goal(null, Stage.CUSTOMER, "pricing", ru ? "Прозрачная система скидок для партнёров" : "A transparent discount scheme for partners",
                "", ru ? "Игорь Белов" : "Igor Belov", Priority.MEDIUM, List.of(
                new Indicator(null, ru ? "Маржа по партнёрскому каналу" : "Partner channel margin", "%", Direction.UP,
                        new BigDecimal("18.5"), null, new BigDecimal("22"), LocalDate.of(2027, 12, 31), "", null, "", "", null, List.of())),
                List.of()), 0);
        goalRepo.insert(sessionId, Goal.titled(Stage.CUSTOMER, "accessibility", ru ? "Открыть пункт выдачи в южном округе" : "Open a pick-up point in the south district"), 0);

        Platform.startup(() -> {
            try {
                show(lang, theme, mode, overrun, spent, ru, sessionId, facilitation, goalRepo);
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        });
    }

    private static void show(Language lang, Theme theme, String mode, boolean overrun, Duration spent, boolean ru, long sessionId,
                             FacilitationRepository facilitation, GoalRepository goalRepo) {
        {
            Messages messages = new Messages(lang);
            DbExecutor executor = new DbExecutor();
            FxTaskRunner tasks = new FxTaskRunner(executor);
            Autosave autosave = new Autosave(tasks, FxScheduler.create(), Duration.ofMillis(500), Duration.ofSeconds(1),
                    Throwable::printStackTrace);
            EditHistory undo = new EditHistory();
            long[] fake = {System.nanoTime()};
            StageTimers timer = new StageTimers(sessionId, facilitation, autosave,
                    overrun ? () -> fake[0] : System::nanoTime);
            timer.stageProperty().set(Stage.CUSTOMER);
            timer.load();
            CustomerExtrasModel extras = new CustomerExtrasModel(sessionId, facilitation, autosave, undo);
            extras.load();
            ParkingLotModel parking = new ParkingLotModel(sessionId, facilitation, autosave, undo);
            parking.load();
            GoalsModel goals = new GoalsModel(sessionId, goalRepo, autosave, undo, messages);
            goals.load();

            javafx.stage.Stage stage = new javafx.stage.Stage();
            BorderPane root = new BorderPane();
            Label title = new Label(messages.get("stage.customer.full"));
            title.getStyleClass().add("title-2");
            Region spacer = new Region();
            HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
            Button presenterButton = new Button(messages.get("presenter.open"), com.scorecardstudio.ui.common.Icons.of(org.kordamp.ikonli.feather.Feather.MONITOR));
            HBox header = new HBox(16, title, spacer, new StageTimerView(timer, messages), presenterButton);
            header.setAlignment(Pos.CENTER_LEFT);
            header.setPadding(new Insets(12, 24, 12, 24));
            header.getStyleClass().add("workspace-header");
            root.setTop(header);
            CustomerExtrasView extrasView = new CustomerExtrasView(extras, messages);
            extrasView.setPadding(new Insets(20, 24, 24, 24));
            if (mode.equals("narrow")) {
                extrasView.setMaxWidth(mode.equals("narrow") ? 720 : Double.MAX_VALUE);
            }
            ScrollPane scroll = new ScrollPane(extrasView);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("edge-to-edge");
            root.setCenter(scroll);
            ParkingLotView parkingView = new ParkingLotView(parking, messages);
            parkingView.getStyleClass().add("workspace-nav");
            root.setRight(parkingView);
            root.getStyleClass().add("workspace");
            stage.setScene(new Scene(root, 1440, 900));
            Themes.apply(theme, stage.getScene());
            stage.setTitle("Facilitation preview");
            stage.setX(0);
            stage.setY(0);
            PresenterWindow presenter = new PresenterWindow(stage, goals, new SimpleObjectProperty<>(Stage.CUSTOMER),
                    ru ? "Стратегическая сессия 2027 · ООО «Северный ветер»" : "Strategy session 2027 · Northwind Logistics", messages);
            presenterButton.setOnAction(e -> presenter.show());
            stage.show();
            if (overrun) {
                timer.start();
                fake[0] += spent.toNanos();
                timer.tick();
            } else {
                timer.start();
            }
            if (mode.equals("presenter")) {
                goals.loadedProperty().addListener((o, a, b) -> {
                    presenter.show();
                    presenter.window().setX(0);
                    presenter.window().setY(0);
                    presenter.window().setWidth(1440);
                    presenter.window().setHeight(900);
                });
            }
        }
    }
}
