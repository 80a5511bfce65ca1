package cn.kaohe.indicators.evidence;

/** The name an uploaded file is kept and offered under. */
final class FileNames {

    private FileNames() {
    }

    /**
     * The last path segment of what the client sent (browsers may send C:\fakepath\…), trimmed; null when
     * nothing usable is left, it is longer than 255 characters, or it holds control characters.
     */
    static String clean(String offered) {
        if (offered == null) {
            return null;
        }
        String name = offered.substring(Math.max(offered.lastIndexOf('/'), offered.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 255
                || name.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return name;
    }
}
