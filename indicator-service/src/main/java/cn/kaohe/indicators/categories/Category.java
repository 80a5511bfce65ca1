package cn.kaohe.indicators.categories;

/** 分类: a group of units competing with each other in a cycle (生态发展区, 重点开发区, 城区, ...). */
public record Category(String cycle, String code, String name) {
}
