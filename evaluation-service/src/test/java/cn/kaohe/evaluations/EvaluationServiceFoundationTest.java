package cn.kaohe.evaluations;

import cn.kaohe.defaults.test.ServiceFoundationContract;

class EvaluationServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String database() {
        return "evaluations";
    }

    @Override
    protected String readPath() {
        return "/api/evaluations/v1/surveys";
    }

    @Override
    protected String writePath() {
        return "/api/evaluations/v1/surveys";
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
