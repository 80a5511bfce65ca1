package cn.kaohe.defaults.requestid;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import reactor.core.publisher.Hooks;

/** Lets log lines on reactive threads carry the request id from the Reactor context. */
public final class MdcContextPropagation {

    private static volatile boolean installed;

    private MdcContextPropagation() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        ContextRegistry.getInstance().registerThreadLocalAccessor(RequestIds.MDC_KEY,
                () -> MDC.get(RequestIds.MDC_KEY),
                value -> MDC.put(RequestIds.MDC_KEY, value),
                () -> MDC.remove(RequestIds.MDC_KEY));
        Hooks.enableAutomaticContextPropagation();
        installed = true;
    }
}
