package cn.kaohe.scoring.rulebooks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The differences between two JSON documents, each named by its JSON path. Lists of objects with
 * a {@code code} are matched by code (an indicator moved in the list is not a change; an
 * indicator whose points changed is reported at {@code $.indicators[GDP].points}).
 */
public final class JsonDiff {

    /** One difference; {@code before} is null for an addition, {@code after} for a removal. */
    public record Change(String path, JsonNode before, JsonNode after) {
    }

    private JsonDiff() {
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("$", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (isAbsent(before) && isAbsent(after)) {
            return;
        }
        if (isAbsent(before) || isAbsent(after)) {
            changes.add(new Change(path, isAbsent(before) ? null : before, isAbsent(after) ? null : after));
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>(before.propertyNames());
            names.addAll(after.propertyNames());
            for (String name : names) {
                compare(path + "." + name, before.get(name), after.get(name), changes);
            }
        } else if (before.isArray() && after.isArray() && keyedByCode(before) && keyedByCode(after)) {
            Set<String> codes = new LinkedHashSet<>();
            before.forEach(item -> codes.add(item.get("code").asString()));
            after.forEach(item -> codes.add(item.get("code").asString()));
            for (String code : codes) {
                compare(path + "[" + code + "]", byCode(before, code), byCode(after, code), changes);
            }
        } else if (before.isNumber() && after.isNumber()) {
            if (before.decimalValue().compareTo(after.decimalValue()) != 0) {
                changes.add(new Change(path, before, after));
            }
        } else if (!before.equals(after)) {
            changes.add(new Change(path, before, after));
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static boolean keyedByCode(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isObject() || item.get("code") == null || !item.get("code").isString()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode byCode(JsonNode array, String code) {
        Iterator<JsonNode> items = array.iterator();
        while (items.hasNext()) {
            JsonNode item = items.next();
            if (code.equals(item.get("code").asString())) {
                return item;
            }
        }
        return null;
    }
}
