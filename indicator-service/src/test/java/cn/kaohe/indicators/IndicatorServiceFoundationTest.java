package cn.kaohe.indicators;

import cn.kaohe.defaults.test.ServiceFoundationContract;

class IndicatorServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String database() {
        return "indicators";
    }

    @Override
    protected String readPath() {
        return "/api/indicators/v1/cycles";
    }

    @Override
    protected String writePath() {
        return "/api/indicators/v1/cycles";
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
