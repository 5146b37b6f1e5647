import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar in the given folders with its entries stored, not deflated. The installers
 * compress the whole image again (xz in the .deb, LZX in the .msi, the .dmg's own), and a compressor
 * over plain class files does far better than over deflated ones: the .deb of the app image came out
 * 17 MB smaller this way. Stored entries also spare the inflating of every class not in the AOT cache.
 * Entry order, names, times and contents stay as they were (signatures, had a jar one, stay valid).
 *
 * <pre>java installer/StoreJars.java target/installer/input target/installer/input/lib</pre>
 */
public final class StoreJars {
    private StoreJars() {
    }

    public static void main(String[] args) throws IOException {
        long before = 0;
        long after = 0;
        int count = 0;
        for (String dir : args) {
            List<Path> jars;
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            }
            for (Path jar : jars) {
                before += Files.size(jar);
                store(jar);
                after += Files.size(jar);
                count++;
            }
        }
        System.out.printf("StoreJars: %d jars, %.1f MB deflated -> %.1f MB stored%n", count, before / 1e6, after / 1e6);
    }

    private static void store(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry e : in.stream().toList()) {
                byte[] data;
                try (InputStream s = in.getInputStream(e)) {
                    data = s.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setTime(e.getTime());
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                copy.setCrc(crc.getValue());
                if (e.getExtra() != null) {
                    copy.setExtra(e.getExtra());
                }
                if (e.getComment() != null) {
                    copy.setComment(e.getComment());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
