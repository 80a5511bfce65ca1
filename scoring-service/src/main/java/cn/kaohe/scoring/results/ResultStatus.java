package cn.kaohe.scoring.results;

/** 草稿 → 公示 → 定稿. A frozen version never changes. */
public enum ResultStatus {
    DRAFT, PUBLISHED, FROZEN;

    /** Published and frozen versions are public to every role; drafts are the office's and analysts'. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
