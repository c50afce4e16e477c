package org.pobratim.explain;

import org.pobratim.atlas.Coded;

/** The kinds of evidence an explanation is made of; docs/explain.md says what each measures and weighs. */
public enum FeatureName implements Coded {
    DOCUMENTED_REASON("documented-reason"),
    SHARED_TRAIT("shared-trait"),
    DISTANCE("distance"),
    POPULATION_RATIO("population-ratio"),
    SAME_COUNTRY("same-country"),
    NEIGHBOURING_COUNTRIES("neighbouring-countries"),
    FORMER_YUGOSLAVIA("former-yugoslavia"),
    KIN_COMMUNITY("kin-community"),
    SHARED_NAME("shared-name"),
    COMMON_PARTNERS("common-partners"),
    REGIONAL_CLUSTER("regional-cluster"),
    WAVE("wave");

    private final String code;

    FeatureName(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
