package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.BandLimits;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Criteria, bands and strategies as a form, in Russian (a decimal comma), saved in one go. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class ScoringSetupModelTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private Session session;
    private ScoringService service;
    private final List<Throwable> errors = new ArrayList<>();
    private final Messages ru = new Messages(Language.RU);

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("setup.mv.db"));
        session = Demo.create(db.store(TestDatabases.fixedClock()), Language.RU, LocalDate.of(2026, 11, 22));
        service = new ScoringService(db.dsl(), TestDatabases.fixedClock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ScoringSetupModel form() {
        ScoringSetupModel vm = new ScoringSetupModel(session.id(), service, new DirectTaskRunner(), ru, errors::add);
        ScoringSheet sheet = service.sheet(session.id());
        vm.show(sheet.criteria(), sheet.settings());
        return vm;
    }

    private static ScoringSetupModel.CriterionItem item(ScoringSetupModel vm, String key) {
        return vm.items().stream().filter(i -> i.keyProperty().get().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theStoredSetupIsShownInTheUsersLanguageAndIsNotDirty() {
        ScoringSetupModel vm = form();
        assertThat(vm.items()).hasSize(10);
        assertThat(item(vm, "margin").nameProperty().get()).isEqualTo("Рентабельность");
        assertThat(vm.mediumFromProperty().get()).isEqualTo("2,33");
        assertThat(vm.highFromProperty().get()).isEqualTo("3,67");
        assertThat(vm.concentrationProperty().get()).isEqualTo("25");
        assertThat(vm.strategy(Zone.BUILD_LOYALTY).get()).isEqualTo("Повышать лояльность клиента.");
        assertThat(vm.share(item(vm, "margin"))).isEqualTo("20\u00A0%");
        assertThat(vm.validBinding().get()).isTrue();
        assertThat(vm.dirtyBinding().get()).isFalse();
    }

    @Test
    void weightsLimitsAndStrategiesAreSavedTogether() {
        ScoringSetupModel vm = form();
        item(vm, "margin").weightProperty().set("2,5");
        assertThat(vm.share(item(vm, "margin"))).isEqualTo("38\u00A0%"); // 2.5 of 6.5
        vm.mediumFromProperty().set("2,5");
        vm.highFromProperty().set("3,5");
        vm.concentrationProperty().set("30");
        vm.strategy(Zone.BUILD_LOYALTY).set("Звонить раз в месяц.");
        assertThat(vm.dirtyBinding().get()).isTrue();
        ScoringSheet[] saved = new ScoringSheet[1];
        vm.save((names, lost) -> false, s -> saved[0] = s);
        assertThat(saved[0]).isNotNull();
        assertThat(vm.dirtyBinding().get()).isFalse();

        ScoringSheet stored = service.read(session.id());
        assertThat(stored.criteria().stream().filter(c -> c.key().equals("margin")).findFirst().orElseThrow().weight())
                .isEqualByComparingTo("2.5");
        // names left as the language gives them stay unnamed: they follow the language
        assertThat(stored.criteria()).allSatisfy(c -> assertThat(c.name()).isEmpty());
        assertThat(stored.settings().limits()).isEqualTo(new BandLimits(new BigDecimal("2.5"), new BigDecimal("3.5")));
        assertThat(stored.settings().concentrationLimit()).isEqualByComparingTo("30");
        assertThat(stored.settings().strategy(Zone.BUILD_LOYALTY)).contains("Звонить раз в месяц.");

        // back to the default text: no text of its own is stored
        vm.resetStrategy(Zone.BUILD_LOYALTY);
        vm.save((names, lost) -> false, s -> { });
        assertThat(service.read(session.id()).settings().strategies()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() {
        ScoringSetupModel vm = form();
        vm.mediumFromProperty().set("4");
        item(vm, "margin").weightProperty().set("abc");
        vm.concentrationProperty().set("0");
        assertThat(vm.validBinding().get()).isFalse();
        assertThat(vm.problemsBinding().get()).contains(
                "Вес: число больше 0 и не больше 100, не более двух знаков после запятой.",
                "Границы диапазонов: 1 < средний < высокий ≤ 5, не более двух знаков после запятой (например, 2,33).",
                "Доля должна быть больше 0 и не больше 100.");
        // what was typed stays there
        assertThat(item(vm, "margin").weightProperty().get()).isEqualTo("abc");
        vm.save((n, l) -> true, s -> { });
        assertThat(service.read(session.id()).settings().limits()).isEqualTo(BandLimits.DEFAULT);
    }

    @Test
    void aNumberWrittenTheEnglishWayIsRefusedWithWhatToTypeInstead() {
        ScoringSetupModel vm = form();
        vm.highFromProperty().set("3.5");
        item(vm, "margin").weightProperty().set("2.5");
        vm.concentrationProperty().set("12.5");
        assertThat(vm.validBinding().get()).isFalse();
        assertThat(vm.problemsBinding().get()).containsExactly(
                "Вес «Рентабельность»: напишите 2,5 (дробную часть отделяет запятая, разряды — пробел).",
                "Высокий от: напишите 3,5 (дробную часть отделяет запятая, разряды — пробел).",
                "Порог доли выручки: напишите 12,5 (дробную часть отделяет запятая, разряды — пробел).");
        vm.save((n, l) -> true, s -> { });
        assertThat(service.read(session.id()).settings().limits()).isEqualTo(BandLimits.DEFAULT);
        vm.highFromProperty().set("3,5");
        item(vm, "margin").weightProperty().set("2,5");
        vm.concentrationProperty().set("12,5");
        assertThat(vm.validBinding().get()).isTrue();
    }

    @Test
    void removingCriteriaWithScoresAsksFirst() {
        ScoringSetupModel vm = form();
        vm.remove(item(vm, "margin"));
        vm.remove(item(vm, "tenure"));
        List<String> asked = new ArrayList<>();
        vm.save((names, lost) -> {
            asked.add(names + " / " + lost);
            return false;
        }, s -> { });
        assertThat(asked).containsExactly("“Рентабельность”, “Длительность отношений” / 49");
        assertThat(service.read(session.id()).criteria()).hasSize(10);
        vm.save((names, lost) -> true, s -> { });
        assertThat(service.read(session.id()).criteria()).extracting(Criterion::key).doesNotContain("margin", "tenure");
    }

    @Test
    void newCriteriaGetAKeyFromTheirNameAndMoveWithinTheirAxis() {
        ScoringSetupModel vm = form();
        ScoringSetupModel.CriterionItem added = vm.add(Axis.RELATIONSHIP);
        added.nameProperty().set("Индекс лояльности NPS");
        assertThat(added.keyProperty().get()).isEqualTo("indeks_loyalnosti_nps");
        assertThat(vm.items().indexOf(added)).isEqualTo(10);
        vm.move(added, -1);
        assertThat(vm.items().indexOf(added)).isEqualTo(9);
        vm.move(item(vm, "tenure"), -1); // the first of its axis stays first
        assertThat(vm.items().indexOf(item(vm, "tenure"))).isEqualTo(5);
        added.keyTouchedProperty().set(true);
        added.keyProperty().set("nps");
        added.nameProperty().set("NPS");
        assertThat(added.keyProperty().get()).isEqualTo("nps");
        vm.save((n, l) -> true, s -> { });
        assertThat(service.read(session.id()).criteria()).filteredOn(c -> c.key().equals("nps"))
                .singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("NPS"));
        item(vm, "nps").keyProperty().set("Bad key");
        assertThat(vm.problemsBinding().get()).anySatisfy(p -> assertThat(p).contains("«Bad key»"));
    }

    @Test
    void templatesCarryCriteriaToAnotherSession() {
        ScoringSetupModel vm = form();
        item(vm, "margin").weightProperty().set("3");
        vm.saveTemplate("Медицина B2B", existing -> true);
        assertThat(vm.noticeProperty().get()).isEqualTo("Шаблон «Медицина B2B» сохранён.");

        Session other = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 23));
        ScoringSetupModel second = new ScoringSetupModel(other.id(), service, new DirectTaskRunner(), ru, errors::add);
        ScoringSheet sheet = service.sheet(other.id());
        second.show(sheet.criteria(), sheet.settings());
        List<com.scorecardstudio.domain.scoring.CriteriaTemplate> found = new ArrayList<>();
        second.templates(found::addAll);
        assertThat(found).extracting(t -> t.name()).containsExactly("Медицина B2B");
        second.applyTemplate(found.get(0));
        assertThat(second.dirtyBinding().get()).isTrue();
        assertThat(item(second, "margin").weightProperty().get()).isEqualTo("3");
        second.save((n, l) -> true, s -> { });
        assertThat(service.read(other.id()).criteria()).filteredOn(c -> c.key().equals("margin"))
                .singleElement().satisfies(c -> assertThat(c.weight()).isEqualByComparingTo("3"));
        // the scores on margin survived: same key, same criterion
        assertThat(service.read(other.id()).scores().values().stream().filter(m -> !m.isEmpty()).count()).isEqualTo(25);

        List<String> asked = new ArrayList<>();
        vm.saveTemplate("медицина  b2b", existing -> {
            asked.add(existing);
            return false;
        });
        assertThat(asked).containsExactly("Медицина B2B");
    }
}
