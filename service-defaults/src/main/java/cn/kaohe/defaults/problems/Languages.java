package cn.kaohe.defaults.problems;

import java.util.List;
import java.util.Locale;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** zh-CN is the default language; English when the caller prefers it. */
public final class Languages {

    private Languages() {
    }

    public static Locale preferred(ServerHttpRequest request) {
        try {
            List<Locale.LanguageRange> ranges = request.getHeaders().getAcceptLanguage();
            for (Locale.LanguageRange range : ranges) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            // A malformed Accept-Language header is no reason to fail the request.
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** Picks the text in the caller's language from a bilingual pair. */
    public static String pick(Locale locale, String zh, String en) {
        return isEnglish(locale) ? en : zh;
    }
}
