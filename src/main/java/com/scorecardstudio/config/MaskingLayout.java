package com.scorecardstudio.config;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.scorecardstudio.util.Secrets;

/**
 * The log's layout: the pattern as usual, then every password value and key masked in the whole line,
 * stack traces included ({@link Secrets}). The last line of defence: the database layer masks H2's
 * exceptions itself, but a key must not reach the log even through a path that forgets to.
 */
public final class MaskingLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return Secrets.mask(super.doLayout(event));
    }
}
