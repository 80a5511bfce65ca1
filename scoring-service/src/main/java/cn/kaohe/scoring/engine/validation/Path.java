package cn.kaohe.scoring.engine.validation;

import java.util.regex.Pattern;

/**
 * A JSON path, built cheaply and spelled out only when a violation needs it (large scenarios
 * have hundreds of thousands of facts and usually no violation).
 */
final class Path {
    static final Path ROOT = new Path(null, "$", -1);

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path parent;
    /** A field name or map key, or null for a list index. */
    private final String name;
    private final int index;

    private Path(Path parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    static Path of(String... fields) {
        Path path = ROOT;
        for (String field : fields) {
            path = path.field(field);
        }
        return path;
    }

    Path field(String fieldName) {
        return new Path(this, fieldName, -1);
    }

    Path index(int position) {
        return new Path(this, null, position);
    }

    /** A map key (a category name, a level): spelled {@code .URBAN} or {@code ['城区']}. */
    Path key(String key) {
        return new Path(this, key, -1);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        appendTo(text);
        return text.toString();
    }

    private void appendTo(StringBuilder text) {
        if (parent == null) {
            text.append(name);
            return;
        }
        parent.appendTo(text);
        if (name == null) {
            text.append('[').append(index).append(']');
        } else if (PLAIN_KEY.matcher(name).matches()) {
            text.append('.').append(name);
        } else {
            text.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }
}
