package com.scorecardstudio.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * Pictures of the app for the docs, taken by the window tests as they go when
 * {@code -Dscorecard.screenshots=DIR} is given (e.g. {@code docs/screenshots}); without it, nothing.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** Where pictures go, when asked for. */
    public static Optional<Path> folder() {
        String dir = System.getProperty("scorecard.screenshots", "");
        return dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /** Saves the scene as {@code name}.png in the folder (call on the FX thread), when asked for. */
    public static void save(Scene scene, String name) {
        folder().ifPresent(dir -> {
            WritableImage image = scene.snapshot(null);
            PixelReader pixels = image.getPixelReader();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            try {
                Files.createDirectories(dir);
                javax.imageio.ImageIO.write(out, "png", dir.resolve(name.replaceAll("[^A-Za-z0-9_.-]+", "-") + ".png").toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
