package cn.kaohe.scoring.upstream;

import cn.kaohe.scoring.engine.scenario.SocialScore;
import java.util.List;

/** The evaluation service's social scores of a cycle, in the scoring contract's shape (docs/api.md). */
public record CycleSocialScores(String cycle, List<SocialScore> socialScores) {

    public CycleSocialScores {
        socialScores = socialScores == null ? List.of() : socialScores;
    }
}
