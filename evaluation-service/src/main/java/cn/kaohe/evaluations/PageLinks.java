package cn.kaohe.evaluations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The survey page's addresses that the office hands out: {@code {publicBaseUrl}/s/{token}} for an
 * invitation, {@code {publicBaseUrl}/s/p/{code}} for a public link. {@code kaohe.evaluations.public-base-url}
 * is the gateway's public address (which serves the page).
 */
@Component
public class PageLinks {

    private final String base;

    PageLinks(@Value("${kaohe.evaluations.public-base-url}") String publicBaseUrl) {
        this.base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public String invitation(String token) {
        return base + "/s/" + token;
    }

    public String publicLink(String code) {
        return base + "/s/p/" + code;
    }
}
