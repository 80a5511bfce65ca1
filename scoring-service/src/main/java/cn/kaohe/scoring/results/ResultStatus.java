package cn.kaohe.scoring.results;

/**
 * 草稿 → 公示 → 定稿 (DRAFT → PUBLISHED → FROZEN). A frozen version never changes; publishing a
 * newer version supersedes the one on notice (SUPERSEDED stays readable, as history).
 */
public enum ResultStatus {
    DRAFT, PUBLISHED, FROZEN, SUPERSEDED;

    /** Published, frozen and superseded versions are public to every role; drafts are the office's and analysts'. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
