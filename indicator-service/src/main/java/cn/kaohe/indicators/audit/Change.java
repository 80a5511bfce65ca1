package cn.kaohe.indicators.audit;

/**
 * What one state change did, as a feature describes it for the audit log: the entity (type in
 * UPPER_SNAKE, such as PROGRESS_REPORT, and its id), the action (CREATED, APPROVED, CORRECTED, ...),
 * the cycle and unit it belongs to (for filtering and unit isolation; null when it has none), the
 * state before and after (any value Jackson writes; null when there is none) and why.
 */
public record Change(String entityType, String entityId, String action, String cycle, String unit,
                     Object before, Object after, String reason) {

    public static Change created(String entityType, String entityId, String cycle, String unit, Object after) {
        return new Change(entityType, entityId, "CREATED", cycle, unit, null, after, null);
    }

    public static Change of(String entityType, String entityId, String action, String cycle, String unit,
                            Object before, Object after, String reason) {
        return new Change(entityType, entityId, action, cycle, unit, before, after, reason);
    }
}
