package com.scorecardstudio.domain;

/** The eight customer policies a company should define (methodology §1), checked in the customer stage. */
public enum CustomerPolicy {
    PRICING, PRODUCT_PROPERTIES, PRODUCTION_STANDARDS, DISTRIBUTION_CHANNELS, POSITIONING, SERVICE, ASSORTMENT, PARTNERS;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How far a policy is defined. */
    public enum Status {
        DEFINED, NEEDS_WORK, MISSING;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
