package com.scorecardstudio.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionRules.Field;
import com.scorecardstudio.i18n.Messages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SessionDetailsViewModelTest {
    private final SessionDetailsViewModel vm = new SessionDetailsViewModel(Session.draft(LocalDate.of(2026, 11, 22)),
            new Messages(Language.EN));

    @Test
    void aNewSessionNeedsATitleBeforeItCanBeSaved() {
        assertThat(vm.validBinding().get()).isFalse();
        assertThat(vm.problemsBinding().get()).containsEntry(Field.TITLE, "Title is required.");
        vm.titleProperty().set("Strategy 2027");
        assertThat(vm.validBinding().get()).isTrue();
        assertThat(vm.result().title()).isEqualTo("Strategy 2027");
        assertThat(vm.result().horizonYear()).isEqualTo(2027);
    }

    @Test
    void aBadYearIsExplainedAndEverythingTypedIsKept() {
        vm.titleProperty().set("Strategy");
        vm.organizationProperty().set("Vita");
        vm.horizonYearProperty().set("20x7");
        assertThat(vm.validBinding().get()).isFalse();
        assertThat(vm.problemsBinding().get().get(Field.HORIZON_YEAR)).contains("whole number");
        assertThat(vm.organizationProperty().get()).isEqualTo("Vita");
        assertThat(vm.horizonYearProperty().get()).isEqualTo("20x7");
        vm.horizonYearProperty().set("3000");
        assertThat(vm.problemsBinding().get().get(Field.HORIZON_YEAR)).isEqualTo("Planning horizon (year) must be between 1900 and 2200.");
        vm.horizonYearProperty().set("");
        assertThat(vm.validBinding().get()).isTrue();
        assertThat(vm.result().horizonYear()).isNull();
    }

    @Test
    void textAtTheLimitIsFineAndOverItIsExplainedInRussianToo() {
        SessionDetailsViewModel ru = new SessionDetailsViewModel(Session.draft(LocalDate.of(2026, 11, 22)), new Messages(Language.RU));
        ru.titleProperty().set("я".repeat(Limits.SHORT_TEXT));
        assertThat(ru.validBinding().get()).isTrue();
        ru.titleProperty().set("я".repeat(Limits.SHORT_TEXT + 5));
        assertThat(ru.problemsBinding().get().get(Field.TITLE)).isEqualTo("Название: не более 200 символов (сейчас 205).");
    }

    @Test
    void participantsAreEditedAsRowsAndBlankRowsAreIgnored() {
        vm.titleProperty().set("S");
        vm.addParticipant();
        vm.participants().get(0).nameProperty().set("Igor");
        vm.participants().get(0).roleProperty().set("CEO");
        vm.addParticipant();
        assertThat(vm.result().participants()).containsExactly(new Participant("Igor", "CEO"));
        vm.participants().get(1).roleProperty().set("CFO");
        assertThat(vm.problemsBinding().get()).containsKey(Field.PARTICIPANT_NAME);
    }

    @Test
    void anUnreadableDateBlocksSavingUntilFixed() {
        vm.titleProperty().set("S");
        vm.dateErrorProperty().set("Enter a date like 22/11/2026.");
        assertThat(vm.validBinding().get()).isFalse();
        vm.dateErrorProperty().set(null);
        vm.dateProperty().set(LocalDate.of(2027, 1, 15));
        assertThat(vm.result().date()).isEqualTo(LocalDate.of(2027, 1, 15));
    }
}
