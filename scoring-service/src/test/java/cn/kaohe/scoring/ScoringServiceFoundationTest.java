package cn.kaohe.scoring;

import cn.kaohe.defaults.test.ServiceFoundationContract;

class ScoringServiceFoundationTest extends ServiceFoundationContract {

    private static final String PATH = "/api/scoring/v1/cycles/2024/rulebooks";

    @Override
    protected String database() {
        return "scoring";
    }

    @Override
    protected String readPath() {
        return PATH;
    }

    @Override
    protected String writePath() {
        return PATH;
    }

    @Override
    protected String readerUser() {
        return "analyst";
    }

    @Override
    protected String writerUser() {
        return "office";
    }
}
