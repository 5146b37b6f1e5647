package com.scorecardstudio.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.DefaultCriteria;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientFormViewModelTest {
    private static final List<Criterion> CRITERIA = stored();

    private static List<Criterion> stored() {
        List<Criterion> c = new ArrayList<>();
        List<Criterion> d = DefaultCriteria.create();
        for (int i = 0; i < d.size(); i++) {
            c.add(d.get(i).withId(1L + i));
        }
        return c;
    }

    @Test
    void aNameIsRequiredAndUniqueAndTheRevenueIsReadInTheUsersLanguage() {
        ClientFormViewModel vm = new ClientFormViewModel(Client.draft(""), Map.of(), CRITERIA, new Messages(Language.RU),
                (name, except) -> name.equalsIgnoreCase("Борей"));
        assertThat(vm.isNew()).isTrue();
        assertThat(vm.problemsBinding().get()).containsEntry(Field.NAME,
                new Messages(Language.RU).get("validation.required", "Название"));
        vm.nameProperty().set("борей");
        assertThat(vm.problemsBinding().get().get(Field.NAME)).isEqualTo("В этой сессии уже есть клиент «борей».");
        vm.nameProperty().set("Северный ветер");
        vm.revenueProperty().set("1 500 000,50");
        vm.currencyProperty().set("rub");
        assertThat(vm.validBinding().get()).isTrue();
        assertThat(vm.result().revenue()).isEqualByComparingTo("1500000.50");
        assertThat(vm.result().currency()).isEqualTo("RUB");
        vm.revenueProperty().set("12abc");
        assertThat(vm.problemsBinding().get().get(Field.REVENUE)).startsWith("Введите выручку числом, например 1\u00A0250\u00A0000,5");
        assertThat(vm.validBinding().get()).isFalse();
        // the one rule of the language: in Russian a point is not a decimal mark, and the message says what to type
        vm.revenueProperty().set("1500000.50");
        assertThat(vm.problemsBinding().get().get(Field.REVENUE))
                .isEqualTo("Напишите 1\u00A0500\u00A0000,50: дробную часть отделяет запятая, разряды — пробел.");
        assertThat(vm.validBinding().get()).isFalse();
        vm.revenueProperty().set("-5");
        assertThat(vm.problemsBinding().get().get(Field.REVENUE)).isEqualTo("Выручка не может быть отрицательной.");
    }

    @Test
    void editingKeepsTheIdAndScoresCanBeSetAndCleared() {
        Client c = new Client(7L, "Acme", "Retail", new BigDecimal("1234567.5"), "EUR", "n");
        ClientFormViewModel vm = new ClientFormViewModel(c, Map.of(1L, 3, 6L, 4), CRITERIA, new Messages(Language.EN),
                (name, except) -> false);
        assertThat(vm.isNew()).isFalse();
        assertThat(vm.revenueProperty().get()).isEqualTo("1,234,567.5");
        assertThat(vm.resultScores()).isEqualTo(Map.of(1L, 3, 6L, 4));
        vm.scores().get(CRITERIA.get(0)).set(0);
        vm.scores().get(CRITERIA.get(9)).set(5);
        assertThat(vm.resultScores()).isEqualTo(Map.of(6L, 4, 10L, 5));
        assertThat(vm.result()).isEqualTo(c);
    }
}
