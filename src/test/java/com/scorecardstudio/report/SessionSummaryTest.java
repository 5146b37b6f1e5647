package com.scorecardstudio.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Vote;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Markdown summary: its exact structure, both languages, and user text that cannot break it. */
class SessionSummaryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static Session session(String title) {
        return new Session(1L, UUID.randomUUID(), title, "Vita Clinic", "Healthcare", DAY, "Anna Sokolova",
                List.of(new Participant("Igor Belov", "CEO"), new Participant("Marina Orlova", "")), 2027, "internal notes",
                Instant.EPOCH, Instant.EPOCH);
    }

    private static Indicator waitingTime() {
        return new Indicator(1L, "Waiting time", "min", Direction.DOWN, new BigDecimal("40"), LocalDate.of(2026, 10, 31),
                new BigDecimal("20"), LocalDate.of(2027, 12, 31), "3 clinics", new BigDecimal("1500000"), "RUB a year",
                "Queue log", ReviewFrequency.MONTHLY,
                List.of(new Measurement(1L, LocalDate.of(2026, 11, 15), new BigDecimal("35"))));
    }

    private static Goal serviceGoal() {
        return new Goal(1L, Stage.CUSTOMER, "service", "Cut waiting time", "Queues at reception.\nPeak on Mondays.",
                "Elena Volkova", Priority.HIGH, List.of(waitingTime()),
                List.of(new Initiative(1L, "Online check-in", "Sergey Lebedev", LocalDate.of(2027, 1, 10),
                        LocalDate.of(2027, 3, 31), new BigDecimal("800000"), InitiativeStatus.IN_PROGRESS)));
    }

    private static List<PolicyCheck> noPolicies() {
        return Arrays.stream(CustomerPolicy.values()).map(p -> new PolicyCheck(p, null, "")).toList();
    }

    private static List<AreaAssessment> noAssessments() {
        return Stage.CUSTOMER.areas().stream().map(a -> new AreaAssessment(a, null, "")).toList();
    }

    private static String render(Language language, Session s, List<Goal> goals) {
        return new SessionSummary(new Messages(language)).render(s, goals, noPolicies(), noAssessments(), List.of());
    }

    @Test
    void theWholeStructureInEnglish() {
        String md = render(Language.EN, session("Strategy session 2027"), List.of(serviceGoal(),
                Goal.titled(Stage.FINANCIAL, "profit_growth", "Enter the corporate market")));
        String expected = """
                # Strategy session 2027

                - **Client organization:** Vita Clinic
                - **Date:** 22 Nov 2026
                - **Planning year:** 2027
                - **Facilitator:** Anna Sokolova
                - **Participants:** Igor Belov (CEO); Marina Orlova

                ## Financial stage

                ### The year's cost-structure goal

                _No goals yet._

                ### Growing profit opportunities and entering new markets

                - **Enter the corporate market** — no owner yet, medium priority

                ### Using existing resources more intensively

                _No goals yet._

                ### Developing and educating customers

                _No goals yet._

                ## Internal processes stage

                ### Operational management

                _No goals yet._

                ### Innovation management

                _No goals yet._

                ### Customer management

                _No goals yet._

                ## Customer stage

                ### Pricing policy

                _No goals yet._

                ### Product quality

                _No goals yet._

                ### Service

                - **Cut waiting time** — Elena Volkova, high priority
                  - _Queues at reception. Peak on Mondays._
                  - Indicator: **Waiting time**, min — 40 (31 Oct 2026) → 20 (31 Dec 2027), lower is better; \
                latest 35 (15 Nov 2026), 25% of the way to the target; scale: 3 clinics; worth 1,500,000 RUB a year; \
                source: Queue log; reviewed monthly
                  - Initiative: **Online check-in** — Sergey Lebedev; 10 Jan 2027 – 31 Mar 2027; in progress; budget 800,000

                ### Physical accessibility of sales

                _No goals yet._

                ### Completeness of the offer

                _No goals yet._

                ## Learning & growth: people and IT stack

                ### IT stack

                _No goals yet._

                ### People: training and development

                _No goals yet._
                """;
        assertThat(md).isEqualTo(expected);
    }

    @Test
    void russianUsesTheMethodsTermsAndRussianNumbersAndDates() {
        String md = render(Language.RU, session("Стратегическая сессия 2027"), List.of(serviceGoal()));
        List<String> stages = md.lines().filter(l -> l.startsWith("## ")).toList();
        assertThat(stages).containsExactly("## Финансовый этап", "## Этап внутренних процессов", "## Клиентский этап",
                "## Этап роста и обучения сотрудников и IT-стека");
        assertThat(md.lines().filter(l -> l.startsWith("### ")).count()).isEqualTo(14);
        assertThat(md).startsWith("# Стратегическая сессия 2027\n\n- **Организация клиента:** Vita Clinic\n");
        assertThat(md).contains("_Целей пока нет._")
                .contains("- **Cut waiting time** — Elena Volkova, высокий приоритет")
                .contains("  - Показатель: **Waiting time**, min — 40 (31 окт. 2026\u202Fг.) → 20 (31 дек. 2027\u202Fг.), чем меньше, тем лучше")
                .contains("пройдено 25\u00A0% пути к цели")
                .contains("эффект: 1\u00A0500\u00A0000 RUB a year")
                .contains("пересмотр ежемесячно")
                .contains("  - Инициатива: **Online check-in** — Sergey Lebedev; 10 янв. 2027\u202Fг. – 31 мар. 2027\u202Fг.; в работе; бюджет 800\u00A0000");
    }

    @Test
    void markdownSpecialCharactersInUserTextAreEscapedAndCyrillicIsKept() {
        Goal g = new Goal(1L, Stage.FINANCIAL, "cost_structure", "*Cut* costs_by [10%](http://x) <b>now</b> #1 ~~a~~",
                "line one\n# not a heading\n- not a bullet", "R&D \\ team", Priority.LOW, List.of(), List.of());
        String md = render(Language.EN, session("Title # with `code` & &amp; «ёлки»"), List.of(g));
        assertThat(md).startsWith("# Title \\# with \\`code\\` & \\&amp; «ёлки»\n");
        assertThat(md).contains("- **\\*Cut\\* costs\\_by \\[10%\\](http://x) \\<b\\>now\\</b\\> \\#1 \\~\\~a\\~\\~** — R&D \\\\ team, low priority\n"
                + "  - _line one \\# not a heading - not a bullet_\n");
        // user text never starts a line, so it cannot open a heading, list, quote or code block
        List<String> lines = md.lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("#"))).hasSize(1 + 4 + 14);
        assertThat(lines.stream().filter(l -> l.contains("not a"))).allMatch(l -> l.startsWith("  - _"));
    }

    @Test
    void customerExtrasParkingLotAndExtraSectionsHaveTheirPlace() {
        List<PolicyCheck> policies = Arrays.stream(CustomerPolicy.values())
                .map(p -> p == CustomerPolicy.PRICING ? new PolicyCheck(p, CustomerPolicy.Status.NEEDS_WORK, "Discounts by hand")
                        : new PolicyCheck(p, null, ""))
                .toList();
        List<AreaAssessment> assessments = Stage.CUSTOMER.areas().stream()
                .map(a -> new AreaAssessment(a, a.equals("accessibility") ? 2 : 4, a.equals("service") ? "Phones" : ""))
                .toList();
        List<ParkingNote> notes = List.of(new ParkingNote(1L, "Dentistry?", Instant.EPOCH, false),
                new ParkingNote(2L, "Insurers", Instant.EPOCH, true));
        String md = new SessionSummary(new Messages(Language.EN)).render(session("S"), List.of(), policies, assessments, notes,
                List.of("## Strategy map\n\n- a link\n"));
        String customer = md.substring(md.indexOf("## Customer stage"), md.indexOf("## Learning & growth"));
        assertThat(customer).endsWith("""
                ### Completeness of the offer

                _No goals yet._

                **Customer policies**

                - Pricing: **needs work** — Discounts by hand
                - Product properties: **not discussed yet**
                - Production standards and quality control: **not discussed yet**
                - Distribution channels: **not discussed yet**
                - Positioning: **not discussed yet**
                - Service: **not discussed yet**
                - Assortment: **not discussed yet**
                - Work with partners: **not discussed yet**

                **Current state of the five areas (1 weak, 5 strong)**

                - Pricing policy: 4/5
                - Product quality: 4/5
                - Service: 4/5 — Phones
                - Physical accessibility of sales: 2/5 — **weakest**
                - Completeness of the offer: 4/5

                """);
        assertThat(md).endsWith("""
                ### People: training and development

                _No goals yet._

                ## Strategy map

                - a link

                ## Parking lot

                - Dentistry?
                - Insurers (done)
                """);
    }

    @Test
    void nothingDiscussedInTheCustomerStageAddsNoEmptyLists() {
        String md = render(Language.EN, session("S"), List.of());
        assertThat(md).doesNotContain("Customer policies").doesNotContain("Current state").doesNotContain("Parking lot");
        assertThat(md.lines().filter(l -> l.equals("_No goals yet._")).count()).isEqualTo(14);
    }

    @Test
    void missingFiguresAreNamedNotLeftBlank() {
        Indicator bare = new Indicator(1L, "", "", Direction.UP, null, null, null, LocalDate.of(2027, 6, 30), "", null, "", "",
                null, List.of());
        Goal g = new Goal(1L, Stage.LEARNING_GROWTH, "people", "Train", "", "Olga", Priority.MEDIUM, List.of(bare),
                List.of(new Initiative(1L, "Course", "", null, LocalDate.of(2027, 3, 1), null, InitiativeStatus.PLANNED)));
        String md = render(Language.EN, session("S"), List.of(g));
        assertThat(md).contains("  - Indicator: **(untitled)** — no baseline → no target (30 Jun 2027), higher is better\n")
                .contains("  - Initiative: **Course** — no owner yet; due 1 Mar 2027; planned\n");
    }

    private static Goal voted(long id, Stage stage, String area, String title, Vote... votes) {
        return new Goal(id, stage, area, title, "", "", Priority.MEDIUM, List.of(), List.of(), List.of(votes));
    }

    @Test
    void aStageWithDotsShowsEachGoalsDotsAndARankingWithSharedRanks() {
        List<Goal> goals = List.of(
                voted(1, Stage.FINANCIAL, "cost_structure", "Cut costs", new Vote("Igor Belov", 1)),
                voted(2, Stage.FINANCIAL, "profit_growth", "Enter the corporate market", new Vote("Igor Belov", 2),
                        new Vote("Marina Orlova", 3)),
                voted(3, Stage.FINANCIAL, "profit_growth", "Sell check-ups"),
                voted(4, Stage.FINANCIAL, "resource_use", "Use the MRI at night", new Vote("Marina Orlova", 1)),
                voted(5, Stage.CUSTOMER, "service", "Cut waiting time"));
        String md = new SessionSummary(new Messages(Language.EN), 5).render(session("S"), goals, noPolicies(), noAssessments(),
                List.of());
        String financial = md.substring(md.indexOf("## Financial stage"), md.indexOf("## Internal processes stage"));
        assertThat(financial).isEqualTo("""
                ## Financial stage

                ### The year's cost-structure goal

                - **Cut costs** — no owner yet, medium priority, 1 dot

                ### Growing profit opportunities and entering new markets

                - **Enter the corporate market** — no owner yet, medium priority, 5 dots
                - **Sell check-ups** — no owner yet, medium priority, no dots

                ### Using existing resources more intensively

                - **Use the MRI at night** — no owner yet, medium priority, 1 dot

                ### Developing and educating customers

                _No goals yet._

                **Dot voting (5 dots per participant)**

                - **1. Enter the corporate market** — 5 dots
                - **2. Cut costs** — 1 dot
                - **2. Use the MRI at night** — 1 dot

                """);
        // a stage nobody voted on reads as before: no dots, no ranking
        String customer = md.substring(md.indexOf("## Customer stage"), md.indexOf("## Learning & growth"));
        assertThat(customer).contains("- **Cut waiting time** — no owner yet, medium priority\n")
                .doesNotContain("dot").doesNotContain("Dot voting");
        assertThat(md.lines().filter(l -> l.startsWith("**Dot voting"))).hasSize(1);
    }

    @Test
    void dotsInRussianWithTheirPluralForms() {
        List<Goal> goals = List.of(
                voted(1, Stage.CUSTOMER, "service", "Сократить ожидание", new Vote("Игорь", 3), new Vote("Марина", 2)),
                voted(2, Stage.CUSTOMER, "service", "Запись онлайн", new Vote("Игорь", 2)),
                voted(3, Stage.CUSTOMER, "quality", "Второе мнение", new Vote("Марина", 1)),
                voted(4, Stage.CUSTOMER, "quality", "Без голосов"));
        String md = new SessionSummary(new Messages(Language.RU), 3).render(session("S"), goals, noPolicies(), noAssessments(),
                List.of());
        assertThat(md).contains("- **Сократить ожидание** — ответственный не назначен, средний приоритет, 5 точек\n")
                .contains("- **Запись онлайн** — ответственный не назначен, средний приоритет, 2 точки\n")
                .contains("- **Второе мнение** — ответственный не назначен, средний приоритет, 1 точка\n")
                .contains("- **Без голосов** — ответственный не назначен, средний приоритет, точек нет\n")
                .contains("""
                        **Голосование точками (у каждого участника 3 точки)**

                        - **1. Сократить ожидание** — 5 точек
                        - **2. Запись онлайн** — 2 точки
                        - **3. Второе мнение** — 1 точка
                        """);
    }

    @Test
    void aGoalTitleInTheRankingIsEscapedAndCannotStartAList() {
        List<Goal> goals = List.of(voted(1, Stage.FINANCIAL, "cost_structure", "*1.* cut [costs]", new Vote("A", 1)));
        String md = render(Language.EN, session("S"), goals);
        assertThat(md).contains("\n- **1. \\*1.\\* cut \\[costs\\]** — 1 dot\n");
    }
}
