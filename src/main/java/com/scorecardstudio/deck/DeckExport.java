package com.scorecardstudio.deck;

import com.scorecardstudio.excel.ExcelExport;
import com.scorecardstudio.excel.ExportException;
import com.scorecardstudio.i18n.Messages;
import java.nio.file.Path;

/**
 * Writes a session's deck to a file the way the workbook is written: through a temp file in the
 * target's folder moved over the target, so an existing file is replaced whole or not at all; a
 * target open in PowerPoint or LibreOffice (their lock files), read-only or on a full disk is refused
 * with a reason in words ({@link ExportException}).
 */
public final class DeckExport {
    private DeckExport() {
    }

    public static void write(DeckData data, Messages m, Path target) throws ExportException {
        write(data, m, MapLinks.GLUED, target);
    }

    public static void write(DeckData data, Messages m, MapLinks links, Path target) throws ExportException {
        ExcelExport.writeSafely(target, out -> SessionDeck.write(data, m, links, out));
    }
}
