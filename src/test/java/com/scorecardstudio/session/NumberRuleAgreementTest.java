package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.ui.scoring.ClientFormViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stage page's number field and the client dialog read what is typed by the same rule: in Russian
 * {@code 1.5} was 1.5 in the client dialog and an error on a stage page; now both refuse it with the
 * same words, and both take {@code 1,5}.
 */
class NumberRuleAgreementTest {
    @TempDir
    Path dir;
    private Database db;
    private GoalsModel stagePage;
    private final Messages ru = new Messages(Language.RU);

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(dir.resolve("n.mv.db"));
        long sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        Autosave autosave = new Autosave(new DirectTaskRunner(), new ManualScheduler(), Duration.ofMillis(500),
                Duration.ofSeconds(1), e -> { throw new AssertionError(e); });
        stagePage = new GoalsModel(sessionId, new GoalRepository(db.dsl()), autosave, new EditHistory(), ru);
        stagePage.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest(name = "ru ''{0}''")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "1.5|-|Напишите 1,5: дробную часть отделяет запятая, разряды — пробел.",
        "1,5|1.5|-",
        "1 234,5|1234.5|-",
        "1\u00A0234,5|1234.5|-",
        "1234.50|-|Напишите 1\u00A0234,50: дробную часть отделяет запятая, разряды — пробел.",
        "12abc|-|-",
        "1.234|-|-",
    })
    void theClientDialogAndTheStagePageAgree(String typed, String value, String instead) {
        IndicatorItem indicator = stagePage.addIndicator(stagePage.addGoal(Stage.FINANCIAL, "profit_growth", "Grow"), "Revenue");
        NumberText field = indicator.target();
        ClientFormViewModel dialog = new ClientFormViewModel(Client.draft("Борей"), Map.of(), List.of(), ru, (n, id) -> false);

        field.textProperty().set(typed);
        dialog.revenueProperty().set(typed);

        String dialogProblem = dialog.problemsBinding().get().get(Field.REVENUE);
        assertThat(field.invalid()).isEqualTo(dialogProblem != null).isEqualTo(value == null);
        if (value != null) {
            assertThat(field.value()).isEqualByComparingTo(value);
            assertThat(dialog.result().revenue()).isEqualByComparingTo(value);
        } else if (instead != null) {
            assertThat(field.errorProperty().get()).isEqualTo(instead);
            assertThat(dialogProblem).isEqualTo(instead);
        }
    }
}
