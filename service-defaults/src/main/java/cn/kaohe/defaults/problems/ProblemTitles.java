package cn.kaohe.defaults.problems;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Titles of the problem types, Chinese (default) and English, chosen by Accept-Language. */
final class ProblemTitles {

    private record Title(String zh, String en) {
    }

    private static final Map<String, Title> TITLES = Map.ofEntries(
            Map.entry("malformed-request", new Title("请求格式错误", "Malformed request")),
            Map.entry("unauthenticated", new Title("未认证或令牌无效", "Authentication required")),
            Map.entry("forbidden", new Title("无权访问", "Forbidden")),
            Map.entry("not-found", new Title("资源不存在", "Not found")),
            Map.entry("method-not-allowed", new Title("不支持的请求方法", "Method not allowed")),
            Map.entry("conflict", new Title("数据冲突", "Conflict")),
            Map.entry("payload-too-large", new Title("请求体过大", "Payload too large")),
            Map.entry("unsupported-media-type", new Title("不支持的媒体类型", "Unsupported media type")),
            Map.entry("not-acceptable", new Title("无法提供所需格式", "Not acceptable")),
            Map.entry("validation-failed", new Title("数据校验未通过", "Validation failed")),
            Map.entry("too-many-requests", new Title("请求过于频繁", "Too many requests")),
            Map.entry("gone", new Title("已失效", "Gone")),
            Map.entry("dependency-unavailable", new Title("依赖服务暂不可用", "A dependency is unavailable")),
            Map.entry("internal-error", new Title("服务器内部错误", "Internal error")));

    private ProblemTitles() {
    }

    /**
     * A feature's own problem type (e.g. {@code invitation-expired}) without a title here takes the title
     * of its status's general type, so that a client always gets a meaningful title.
     */
    static String title(String slug, HttpStatus status, Locale locale) {
        Title title = TITLES.get(slug);
        if (title == null) {
            title = TITLES.getOrDefault(ProblemMapper.slugOf(status), TITLES.get("internal-error"));
        }
        return Languages.isEnglish(locale) ? title.en() : title.zh();
    }
}
