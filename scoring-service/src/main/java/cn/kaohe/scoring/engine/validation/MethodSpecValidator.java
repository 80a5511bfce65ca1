package cn.kaohe.scoring.engine.validation;

import cn.kaohe.scoring.engine.scenario.MethodSpec;
import cn.kaohe.scoring.engine.scenario.MethodType;
import cn.kaohe.scoring.engine.scenario.RankMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks an indicator's method: its required fields, their ranges, and that it sets no field of
 * another method (or of another RANK mode), so that a misplaced field never passes silently.
 */
final class MethodSpecValidator {

    private record Field(String name, Function<MethodSpec, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("cap", MethodSpec::cap),
            new Field("floor", MethodSpec::floor),
            new Field("baseShare", MethodSpec::baseShare),
            new Field("stepPoints", MethodSpec::stepPoints),
            new Field("capShare", MethodSpec::capShare),
            new Field("breakpoints", MethodSpec::breakpoints),
            new Field("deductionPerUnit", MethodSpec::deductionPerUnit),
            new Field("levels", MethodSpec::levels),
            new Field("mode", MethodSpec::mode),
            new Field("table", MethodSpec::table),
            new Field("rest", MethodSpec::rest),
            new Field("step", MethodSpec::step),
            new Field("peerGroup", MethodSpec::peerGroup));

    private static final Map<MethodType, Set<String>> FIELDS_OF_TYPE = Map.of(
            MethodType.COMPLETION_RATIO, Set.of("cap", "floor"),
            MethodType.BASE_PLUS_STEP, Set.of("baseShare", "stepPoints", "capShare"),
            MethodType.TIERS, Set.of("breakpoints"),
            MethodType.THRESHOLD, Set.of("deductionPerUnit"),
            MethodType.QUALITATIVE, Set.of("levels"),
            MethodType.RANK, Set.of("mode", "table", "rest", "step", "peerGroup"));

    private static final Map<RankMode, Set<String>> FIELDS_OF_RANK_MODE = Map.of(
            RankMode.TABLE, Set.of("mode", "table", "rest", "peerGroup"),
            RankMode.STEP, Set.of("mode", "step", "peerGroup"),
            RankMode.PROPORTIONAL, Set.of("mode", "peerGroup"));

    private final ViolationSink sink;

    MethodSpecValidator(ViolationSink sink) {
        this.sink = sink;
    }

    void validate(Path path, MethodSpec method) {
        if (!sink.required(path.field("type"), method.type())) {
            return;
        }
        rejectForeignFields(path, method);
        switch (method.type()) {
            case COMPLETION_RATIO -> {
                sink.positive(path.field("cap"), method.cap());
                sink.nonNegative(path.field("floor"), method.floor());
            }
            case BASE_PLUS_STEP -> {
                sink.requiredNonNegative(path.field("baseShare"), method.baseShare());
                sink.requiredNonNegative(path.field("stepPoints"), method.stepPoints());
                sink.positive(path.field("capShare"), method.capShare());
            }
            case TIERS -> validateBreakpoints(path.field("breakpoints"), method.breakpoints());
            case THRESHOLD -> sink.nonNegative(path.field("deductionPerUnit"), method.deductionPerUnit());
            case QUALITATIVE -> validateLevels(path.field("levels"), method.levels());
            case RANK -> validateRank(path, method);
        }
    }

    private void rejectForeignFields(Path path, MethodSpec method) {
        boolean rankWithMode = method.type() == MethodType.RANK && method.mode() != null;
        Set<String> allowed = rankWithMode ? FIELDS_OF_RANK_MODE.get(method.mode()) : FIELDS_OF_TYPE.get(method.type());
        String owner = rankWithMode ? "RANK " + method.mode() : method.type().name();
        for (Field field : FIELDS) {
            if (field.value().apply(method) != null && !allowed.contains(field.name())) {
                sink.unknownField(path.field(field.name()), field.name(), owner);
            }
        }
    }

    private void validateBreakpoints(Path path, List<List<BigDecimal>> breakpoints) {
        if (!sink.required(path, breakpoints)) {
            return;
        }
        if (breakpoints.isEmpty()) {
            sink.add(path, ViolationCodes.MUST_NOT_BE_EMPTY, "至少需要一个分段点 / at least one breakpoint is needed");
            return;
        }
        BigDecimal previousCompletion = null;
        for (int i = 0; i < breakpoints.size(); i++) {
            List<BigDecimal> pair = breakpoints.get(i);
            Path at = path.index(i);
            if (pair == null || pair.size() != 2 || pair.stream().anyMatch(Objects::isNull)) {
                sink.add(at, ViolationCodes.NOT_A_PAIR, "分段点须为 [完成率, 得分比例] / a breakpoint is [completion, share]");
                continue;
            }
            BigDecimal completion = pair.get(0);
            if (previousCompletion != null && completion.compareTo(previousCompletion) <= 0) {
                sink.add(at.index(0), ViolationCodes.NOT_ASCENDING,
                        "分段点完成率须严格递增 / breakpoint completions must be strictly ascending");
            }
            sink.nonNegative(at.index(1), pair.get(1));
            previousCompletion = completion;
        }
    }

    private void validateLevels(Path path, Map<String, BigDecimal> levels) {
        if (!sink.required(path, levels)) {
            return;
        }
        if (levels.isEmpty()) {
            sink.add(path, ViolationCodes.MUST_NOT_BE_EMPTY, "至少需要一个等级 / at least one level is needed");
        }
        levels.forEach((level, share) -> sink.requiredNonNegative(path.key(level), share));
    }

    private void validateRank(Path path, MethodSpec method) {
        if (!sink.required(path.field("mode"), method.mode())) {
            return;
        }
        switch (method.mode()) {
            case TABLE -> {
                validateTable(path.field("table"), method.table());
                sink.nonNegative(path.field("rest"), method.rest());
            }
            case STEP -> sink.requiredNonNegative(path.field("step"), method.step());
            case PROPORTIONAL -> {
                // P and the peer group's best value are all it needs.
            }
        }
    }

    private void validateTable(Path path, List<BigDecimal> table) {
        if (!sink.required(path, table)) {
            return;
        }
        if (table.isEmpty()) {
            sink.add(path, ViolationCodes.MUST_NOT_BE_EMPTY, "名次分值表不能为空 / the rank table must not be empty");
        }
        for (int i = 0; i < table.size(); i++) {
            sink.requiredNonNegative(path.index(i), table.get(i));
        }
    }
}
