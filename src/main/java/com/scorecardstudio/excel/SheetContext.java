package com.scorecardstudio.excel;

import com.scorecardstudio.i18n.Messages;

/** What every sheet needs: the language, the shared styles, and the session's title and date for headers. */
record SheetContext(Messages m, Styles styles, String sessionTitle, String date) {
    String get(String key, Object... args) {
        return m.get(key, args);
    }
}
