package cn.kaohe.evaluations.exports;

import cn.kaohe.evaluations.responses.CheckedAnswer;
import cn.kaohe.evaluations.responses.Response;
import cn.kaohe.evaluations.responses.Responses;
import cn.kaohe.evaluations.surveys.AnswerOption;
import cn.kaohe.evaluations.surveys.Question;
import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.Survey;
import cn.kaohe.evaluations.surveys.Surveys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 答卷导出: one row per response, one column pair per question, streamed from a database cursor. */
@RestController
@Tag(name = "responses", description = "答卷 Responses")
class ResponseExportController {

    private final Surveys surveys;
    private final Responses responses;

    ResponseExportController(Surveys surveys, Responses responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    @GetMapping("/api/evaluations/v1/surveys/{survey}/responses/export")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "导出答卷 Export responses (csv or xlsx)",
            description = "Roles: office. `?format=csv` (default) or `xlsx`, filters `unit`, `group`. One row per response "
                    + "(excluded ones too, marked with their reason; source invitation or public link; flags of suspicious "
                    + "bursts), each question's option and points. Anonymous groups "
                    + "show no invitation, address or device. Streamed from a cursor: fine at a million responses.")
    Mono<Void> export(@PathVariable UUID survey, @RequestParam(required = false) String unit,
                      @RequestParam(required = false) String group, @RequestParam(defaultValue = "csv") String format,
                      ServerHttpResponse response) {
        Download.checkFormat(format);
        return surveys.require(survey).flatMap(found -> {
            Columns columns = new Columns(found);
            return Download.table(response, "答卷-" + found.code(), format, "答卷", columns.headers(),
                    responses.stream(found, unit, group).map(columns::row));
        });
    }

    /** The export's columns for one survey: fixed ones, then option and points per question. */
    private static final class Columns {

        private final List<Question> questions;
        private final Map<String, String> groupNames;
        private final Map<String, String> unitNames;
        private final Map<String, Map<String, String>> optionLabels = new HashMap<>();

        Columns(Survey survey) {
            questions = survey.questions();
            groupNames = survey.groups().stream().collect(Collectors.toMap(RespondentGroup::code, RespondentGroup::name));
            unitNames = survey.definition().units().stream().collect(Collectors.toMap(RatedUnit::code, RatedUnit::name));
            for (Question question : questions) {
                optionLabels.put(question.code(), question.options().stream()
                        .collect(Collectors.toMap(AnswerOption::code, AnswerOption::label)));
            }
        }

        List<String> headers() {
            List<String> headers = new ArrayList<>(List.of("答卷编号 Response", "群体 Group", "群体名称 Group name",
                    "单位 Unit", "单位名称 Unit name", "提交时间 Submitted", "得分 Score", "已剔除 Excluded",
                    "剔除理由 Reason", "来源 Source", "标记 Flags", "邀请码 Invitation", "地址 Address", "设备 Device"));
            for (Question question : questions) {
                headers.add(question.code() + " 选项 option");
                headers.add(question.code() + " 分值 points");
            }
            return headers;
        }

        List<Object> row(Response response) {
            List<Object> row = new ArrayList<>(14 + 2 * questions.size());
            row.add(response.id().toString());
            row.add(response.group());
            row.add(groupNames.get(response.group()));
            row.add(response.unit());
            row.add(unitNames.get(response.unit()));
            row.add(response.submittedAt());
            row.add(response.score());
            row.add(response.excluded());
            row.add(response.exclusionReason());
            row.add(response.publicLinkId() == null ? "邀请码 invitation" : "公开链接 public link");
            row.add(response.flags().isEmpty() ? null : response.flags().stream()
                    .map(flag -> flag.code() + ": " + flag.reason()).collect(Collectors.joining("; ")));
            row.add(response.invitationId() == null ? null : response.invitationId().toString());
            row.add(response.clientAddress());
            row.add(response.deviceId());
            Map<String, CheckedAnswer> answers = new HashMap<>();
            for (CheckedAnswer answer : response.answers()) {
                answers.put(answer.question(), answer);
            }
            for (Question question : questions) {
                CheckedAnswer answer = answers.get(question.code());
                row.add(answer == null ? null : optionLabels.get(question.code()).getOrDefault(answer.option(),
                        answer.option()));
                row.add(answer == null ? null : answer.points());
            }
            return row;
        }
    }
}
