package com.scorecardstudio.session;

import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.BandLimits;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.domain.scoring.CriteriaRules;
import com.scorecardstudio.domain.scoring.CriteriaTemplate;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.DefaultCriteria;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.CriterionNames;
import com.scorecardstudio.report.StrategyTexts;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.db.ScoringService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The criteria, band limits, concentration limit and strategy texts of a session as a form: edited
 * freely, checked as typed, saved together in one transaction. Templates save the criteria for later
 * sessions and bring them back (by key, so scores on the same key are kept).
 */
public final class ScoringSetupModel {
    private final long sessionId;
    private final ScoringService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalNumbers numbers;
    private final Consumer<Throwable> onError;

    private List<Criterion> originalCriteria = List.of();
    private ScoringSettings originalSettings = ScoringSettings.DEFAULT;
    private final ObservableList<CriterionItem> items = FXCollections.observableArrayList(
            i -> new Observable[] {i.axis, i.name, i.key, i.weight});
    private final StringProperty mediumFrom = new SimpleStringProperty("");
    private final StringProperty highFrom = new SimpleStringProperty("");
    private final StringProperty concentration = new SimpleStringProperty("");
    private final Map<Zone, StringProperty> strategies = new EnumMap<>(Zone.class);
    private final ObjectBinding<List<String>> problems;
    private final BooleanBinding valid;
    private final BooleanBinding dirty;
    private final ObjectProperty<String> notice = new SimpleObjectProperty<>();

    /** One criterion as edited. */
    public static final class CriterionItem {
        private final Long id;
        private final ObjectProperty<Axis> axis;
        private final StringProperty name;
        private final StringProperty key;
        private final StringProperty weight;
        private final BooleanProperty keyTouched = new SimpleBooleanProperty();

        CriterionItem(Long id, Axis axis, String name, String key, String weight) {
            this.id = id;
            this.axis = new SimpleObjectProperty<>(axis);
            this.name = new SimpleStringProperty(name);
            this.key = new SimpleStringProperty(key);
            this.weight = new SimpleStringProperty(weight);
        }

        public Long id() {
            return id;
        }

        public ObjectProperty<Axis> axisProperty() {
            return axis;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty keyProperty() {
            return key;
        }

        public StringProperty weightProperty() {
            return weight;
        }

        /** Set once the user types a key: from then on the name no longer suggests it. */
        public BooleanProperty keyTouchedProperty() {
            return keyTouched;
        }
    }

    public ScoringSetupModel(long sessionId, ScoringService service, TaskRunner tasks, Messages messages,
                          Consumer<Throwable> onError) {
        this.sessionId = sessionId;
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.numbers = LocalNumbers.of(messages.locale());
        this.onError = onError;
        List<Observable> deps = new ArrayList<>(List.of(items, mediumFrom, highFrom, concentration));
        for (Zone z : Zone.values()) {
            StringProperty p = new SimpleStringProperty("");
            strategies.put(z, p);
            deps.add(p);
        }
        Observable[] all = deps.toArray(new Observable[0]);
        problems = Bindings.createObjectBinding(this::computeProblems, all);
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
        dirty = Bindings.createBooleanBinding(this::computeDirty, all);
    }

    /** Fills the form from what is stored. */
    public void show(List<Criterion> criteria, ScoringSettings settings) {
        originalCriteria = List.copyOf(criteria);
        originalSettings = settings;
        items.setAll(criteria.stream().map(this::item).toList());
        mediumFrom.set(numbers.two(settings.limits().mediumFrom()));
        highFrom.set(numbers.two(settings.limits().highFrom()));
        concentration.set(numbers.format(settings.concentrationLimit(), 2));
        for (Zone z : Zone.values()) {
            strategies.get(z).set(StrategyTexts.strategy(z, settings, messages));
        }
    }

    private CriterionItem item(Criterion c) {
        return new CriterionItem(c.id(), c.axis(), CriterionNames.name(c, messages), c.key(),
                numbers.format(c.weight(), 2));
    }

    // ------------------------------------------------------------------ editing

    public CriterionItem add(Axis axis) {
        Set<String> taken = new HashSet<>();
        items.forEach(i -> taken.add(i.key.get()));
        String name = messages.get("scoring.setup.newName");
        CriterionItem item = new CriterionItem(null, axis, name, CriteriaRules.suggestKey(name, taken), "1");
        item.name.addListener((o, a, n) -> {
            if (!item.keyTouched.get()) {
                Set<String> others = new HashSet<>();
                items.stream().filter(i -> i != item).forEach(i -> others.add(i.key.get()));
                item.key.set(CriteriaRules.suggestKey(n, others));
            }
        });
        int at = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).axis.get() == axis) {
                at = i + 1;
            } else if (items.get(i).axis.get().ordinal() < axis.ordinal()) {
                at = i + 1;
            }
        }
        items.add(at, item);
        return item;
    }

    public void remove(CriterionItem item) {
        items.remove(item);
    }

    /** Moves a criterion up (-1) or down (+1) within its axis. */
    public void move(CriterionItem item, int direction) {
        int i = items.indexOf(item);
        int j = i + direction;
        if (i < 0 || j < 0 || j >= items.size() || items.get(j).axis.get() != item.axis.get()) {
            return;
        }
        items.remove(i);
        items.add(j, item);
    }

    public void resetStrategy(Zone zone) {
        strategies.get(zone).set(StrategyTexts.defaultStrategy(zone, messages));
    }

    /** A criterion's share of its axis's weight, as the user's language writes a percentage ("" if unreadable). */
    public String share(CriterionItem item) {
        Optional<BigDecimal> w = weight(item);
        if (w.isEmpty()) {
            return "";
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionItem i : items) {
            if (i.axis.get() == item.axis.get()) {
                Optional<BigDecimal> x = weight(i);
                if (x.isEmpty()) {
                    return "";
                }
                sum = sum.add(x.get());
            }
        }
        return sum.signum() == 0 ? "" : numbers.percent(w.get().divide(sum, MathContext.DECIMAL64));
    }

    private Optional<BigDecimal> weight(CriterionItem i) {
        return Optional.ofNullable(value(i.weight.get()));
    }

    /** A typed number by the language's one rule; null when blank or not a number. */
    private BigDecimal value(String text) {
        try {
            return numbers.parse(text).orElse(null);
        } catch (LocalNumbers.NotANumberException e) {
            return null;
        }
    }

    /** "Medium from: write 2,5 …" when the text is a number written another way than the language writes it. */
    private Optional<String> writeInstead(String label, String text) {
        try {
            numbers.parse(text);
            return Optional.empty();
        } catch (LocalNumbers.NotANumberException e) {
            return e.suggestion().map(s -> messages.get("validation.numberWriteIn", label, s));
        }
    }

    // ------------------------------------------------------------------ checking

    /** The criteria as edited; a built-in criterion left with its default name stores no name of its own. */
    List<Criterion> resultCriteria() {
        List<Criterion> result = new ArrayList<>();
        for (CriterionItem i : items) {
            String key = Text.clean(i.key.get());
            String name = Text.clean(i.name.get());
            if (DefaultCriteria.isBuiltIn(key) && (name.isEmpty() || isDefaultName(key, name))) {
                name = "";
            }
            result.add(new Criterion(i.id, i.axis.get(), key, name, weight(i).orElse(BigDecimal.ZERO)));
        }
        return result;
    }

    private boolean isDefaultName(String key, String name) {
        return name.equals(CriterionNames.name(new Criterion(null, Axis.ATTRACTIVENESS, key, "", BigDecimal.ONE), messages));
    }

    Optional<ScoringSettings> resultSettings() {
        BigDecimal m = value(mediumFrom.get());
        BigDecimal h = value(highFrom.get());
        BigDecimal c = value(concentration.get());
        if (!BandLimits.valid(m, h) || !ScoringSettings.validConcentration(c)) {
            return Optional.empty();
        }
        Map<Zone, String> texts = new EnumMap<>(Zone.class);
        for (Zone z : Zone.values()) {
            String t = strategies.get(z).get();
            if (t != null && !t.strip().equals(StrategyTexts.defaultStrategy(z, messages).strip())) {
                texts.put(z, t);
            }
        }
        return Optional.of(new ScoringSettings(new BandLimits(m, h), c, texts));
    }

    private List<String> computeProblems() {
        Set<String> result = new LinkedHashSet<>();
        boolean weightSaid = false;
        for (CriterionItem i : items) {
            Optional<String> instead = writeInstead(messages.get("scoring.setup.weightOf", i.name.get()), i.weight.get());
            if (instead.isPresent()) {
                result.add(instead.get());
            } else if (weight(i).filter(CriteriaRules::validWeight).isEmpty()) {
                result.add(messages.get("scoring.validation.weight"));
            }
            weightSaid |= weight(i).filter(CriteriaRules::validWeight).isEmpty();
        }
        for (CriteriaRules.Problem p : CriteriaRules.check(resultCriteria())) {
            String axis = messages.get("scoring.axis." + p.axis().key());
            switch (p.kind()) {
                case AXIS_EMPTY -> result.add(messages.get("scoring.validation.axisEmpty", axis));
                case TOO_MANY -> result.add(messages.get("scoring.validation.tooMany", axis, CriteriaRules.MAX_PER_AXIS));
                case BAD_KEY -> result.add(messages.get("scoring.validation.key", p.value()));
                case DUPLICATE_KEY -> result.add(messages.get("scoring.validation.duplicateKey", p.value()));
                case BAD_WEIGHT -> {
                    if (!weightSaid) {
                        result.add(messages.get("scoring.validation.weight"));
                    }
                }
                case NAME_TOO_LONG -> result.add(messages.get("scoring.validation.nameTooLong", p.value()));
                case NAME_REQUIRED -> result.add(messages.get("scoring.validation.nameRequired"));
            }
        }
        Optional<String> medium = writeInstead(messages.get("scoring.setup.mediumFrom"), mediumFrom.get());
        Optional<String> high = writeInstead(messages.get("scoring.setup.highFrom"), highFrom.get());
        medium.ifPresent(result::add);
        high.ifPresent(result::add);
        if (medium.isEmpty() && high.isEmpty() && !BandLimits.valid(value(mediumFrom.get()), value(highFrom.get()))) {
            result.add(bandsProblem());
        }
        Optional<String> share = writeInstead(messages.get("scoring.setup.concentrationShort"), concentration.get());
        if (share.isPresent()) {
            result.add(share.get());
        } else if (!ScoringSettings.validConcentration(value(concentration.get()))) {
            result.add(messages.get("scoring.validation.concentration"));
        }
        for (StringProperty t : strategies.values()) {
            if (Text.length(t.get()) > ScoringSettings.STRATEGY_LIMIT) {
                result.add(messages.get("scoring.validation.strategyTooLong", ScoringSettings.STRATEGY_LIMIT));
            }
        }
        return List.copyOf(result);
    }

    private String bandsProblem() {
        return messages.get("scoring.validation.bands", numbers.two(BandLimits.DEFAULT.mediumFrom()));
    }

    private boolean computeDirty() {
        if (!problems.get().isEmpty()) {
            return true;
        }
        return !resultCriteria().equals(originalCriteria) || !resultSettings().map(originalSettings::equals).orElse(false);
    }

    // ------------------------------------------------------------------ saving

    /**
     * Saves criteria and settings in one transaction. If criteria that have scores are removed,
     * {@code confirmLoss} is asked first with their names and the number of scores lost.
     */
    public void save(BiPredicate<String, Integer> confirmLoss, Consumer<ScoringSheet> saved) {
        save(confirmLoss, theirs -> false, saved);
    }

    /**
     * As {@link #save(BiPredicate, Consumer)}; when another laptop of a team workspace saved the set-up
     * since this form was filled, {@code overwriteTheirs} is asked (with theirs): true saves this form
     * over theirs, knowingly; false shows theirs in the form instead. Nothing is overwritten unseen.
     */
    public void save(BiPredicate<String, Integer> confirmLoss, java.util.function.Predicate<ScoringSheet> overwriteTheirs,
            Consumer<ScoringSheet> saved) {
        if (!valid.get()) {
            return;
        }
        List<Criterion> criteria = resultCriteria();
        ScoringSettings settings = resultSettings().orElseThrow();
        Set<Long> kept = new HashSet<>();
        criteria.forEach(c -> {
            if (c.id() != null) {
                kept.add(c.id());
            }
        });
        List<Criterion> removed = originalCriteria.stream().filter(c -> !kept.contains(c.id())).toList();
        tasks.run(() -> service.scoreCounts(sessionId), counts -> {
            int lost = removed.stream().mapToInt(c -> counts.getOrDefault(c.id(), 0)).sum();
            if (lost > 0) {
                String names = String.join(", ", removed.stream().map(c -> "“" + CriterionNames.name(c, messages) + "”").toList());
                if (!confirmLoss.test(names, lost)) {
                    return;
                }
            }
            write(originalCriteria, originalSettings, criteria, settings, overwriteTheirs, saved);
        }, onError);
    }

    private void write(List<Criterion> baseCriteria, ScoringSettings baseSettings, List<Criterion> criteria, ScoringSettings settings,
            java.util.function.Predicate<ScoringSheet> overwriteTheirs, Consumer<ScoringSheet> saved) {
        tasks.run(() -> service.saveSetup(sessionId, baseCriteria, baseSettings, criteria, settings), sheet -> {
            show(sheet.criteria(), sheet.settings());
            notice.set(messages.get("scoring.setup.saved"));
            saved.accept(sheet);
        }, e -> {
            if (!(e instanceof com.scorecardstudio.db.StaleWriteException stale)) {
                onError.accept(e);
                return;
            }
            ScoringSheet theirs = stale.theirs(ScoringSheet.class).orElseThrow();
            if (overwriteTheirs.test(theirs)) {
                write(theirs.criteria(), theirs.settings(), keepIds(criteria, theirs.criteria()), settings, overwriteTheirs, saved);
            } else {
                show(theirs.criteria(), theirs.settings());
                notice.set(messages.get("scoring.setup.theirsShown"));
                saved.accept(theirs);
            }
        });
    }

    /** This form's criteria, matched to theirs by key: one they kept keeps its id (and its scores). */
    private static List<Criterion> keepIds(List<Criterion> mine, List<Criterion> theirs) {
        Map<String, Long> ids = new HashMap<>();
        theirs.forEach(c -> ids.put(c.key(), c.id()));
        return mine.stream().map(c -> c.withId(ids.get(c.key()))).toList();
    }

    public void revert() {
        show(originalCriteria, originalSettings);
    }

    // ------------------------------------------------------------------ templates

    public void templates(Consumer<List<CriteriaTemplate>> then) {
        tasks.run(service::templates, then, onError);
    }

    /**
     * Saves the criteria as edited (valid ones only) as a template; asks {@code confirmReplace} first
     * if a template of that name exists.
     */
    public void saveTemplate(String name, Predicate<String> confirmReplace) {
        if (!valid.get() || Text.clean(name).isEmpty()) {
            return;
        }
        List<Criterion> criteria = resultCriteria();
        String key = ClientRules.nameKey(name);
        templates(all -> {
            Optional<CriteriaTemplate> same = all.stream()
                    .filter(t -> ClientRules.nameKey(t.name()).equals(key)).findFirst();
            if (same.isPresent() && !confirmReplace.test(same.get().name())) {
                return;
            }
            tasks.run(() -> service.saveTemplate(name, criteria),
                    t -> notice.set(messages.get("scoring.setup.template.saved", t.name())), onError);
        });
    }

    /** Puts a template's criteria into the form (not saved yet); criteria with the same key keep their scores. */
    public void applyTemplate(CriteriaTemplate template) {
        Map<String, Long> ids = new HashMap<>();
        originalCriteria.forEach(c -> ids.put(c.key(), c.id()));
        items.setAll(template.criteria().stream().map(c -> item(c.withId(ids.get(c.key())))).toList());
        notice.set(messages.get("scoring.setup.template.applied", template.name()));
    }

    // ------------------------------------------------------------------ accessors

    public ObservableList<CriterionItem> items() {
        return items;
    }

    public StringProperty mediumFromProperty() {
        return mediumFrom;
    }

    public StringProperty highFromProperty() {
        return highFrom;
    }

    public StringProperty concentrationProperty() {
        return concentration;
    }

    public StringProperty strategy(Zone zone) {
        return strategies.get(zone);
    }

    public ObjectBinding<List<String>> problemsBinding() {
        return problems;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public ObjectProperty<String> noticeProperty() {
        return notice;
    }
}
