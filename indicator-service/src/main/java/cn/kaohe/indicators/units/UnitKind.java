package cn.kaohe.indicators.units;

/** 县区、镇街、部门、国有企业. */
public enum UnitKind {
    COUNTY, TOWN, DEPARTMENT, ENTERPRISE
}
