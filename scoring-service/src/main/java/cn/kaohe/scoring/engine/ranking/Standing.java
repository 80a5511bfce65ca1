package cn.kaohe.scoring.engine.ranking;

/** A unit's place: competition ranks overall and within its category (1, 2, 2, 4). */
public record Standing(RankingEntry entry, int rankOverall, int rankInCategory) {

    public String unit() {
        return entry.unit();
    }

    public String category() {
        return entry.category();
    }
}
