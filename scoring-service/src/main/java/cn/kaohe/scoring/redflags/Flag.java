package cn.kaohe.scoring.redflags;

/** 流动红旗 for the best of a section in a quarter; 黄牌 for the last. */
public enum Flag {
    RED_FLAG, YELLOW_CARD
}
