package com.scorecardstudio.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Choosing files: the seam that lets UI tests answer a file dialog (headless, there is none to click). */
public interface FileDialogs {
    Optional<Path> open(Window owner, String title, String filterText, String pattern);

    Optional<Path> save(Window owner, String title, String filterText, String pattern, String initialName);

    /** The system's file choosers. */
    FileDialogs SYSTEM = new FileDialogs() {
        @Override
        public Optional<Path> open(Window owner, String title, String filterText, String pattern) {
            FileChooser c = chooser(title, filterText, pattern);
            return Optional.ofNullable(c.showOpenDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> save(Window owner, String title, String filterText, String pattern, String initialName) {
            FileChooser c = chooser(title, filterText, pattern);
            c.setInitialFileName(initialName);
            return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
        }

        private FileChooser chooser(String title, String filterText, String pattern) {
            FileChooser c = new FileChooser();
            c.setTitle(title);
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, pattern));
            return c;
        }
    };
}
