package org.sanad.certification.certificate.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jboss.logging.Logger;

/**
 * The faces certificates are drawn with, in order of preference: DejaVu Sans, bundled with the
 * service (Latin, Greek, Cyrillic, Arabic with its joined forms), then the configured fonts (by
 * default Debian's Noto Sans for every script it packages and Droid Sans Fallback for Chinese
 * and Japanese, Nanum Gothic for Korean). Read on the first document, not at start-up.
 */
@ApplicationScoped
public class DocumentFonts {

    private static final Logger LOG = Logger.getLogger(DocumentFonts.class);
    private static final String BUNDLED = "/net/sf/jasperreports/fonts/dejavu/";

    private final DocumentSettings settings;
    private Faces faces;

    public DocumentFonts(DocumentSettings settings) {
        this.settings = settings;
    }

    /** The regular and the bold chain; a face missing a bold variant appears in both. */
    record Faces(List<FontFace> regular, List<FontFace> bold) {
    }

    synchronized Faces faces() {
        if (faces == null) {
            faces = read();
        }
        return faces;
    }

    private Faces read() {
        long started = System.nanoTime();
        List<FontFace> regular = new ArrayList<>(List.of(bundled("DejaVuSans.ttf")));
        List<FontFace> bold = new ArrayList<>(List.of(bundled("DejaVuSans-Bold.ttf")));
        for (Path file : configuredFiles()) {
            readInto(regular, file);
            readInto(bold, boldSibling(file));
        }
        LOG.infof("Certificates are drawn with %d font faces, read in %d ms", regular.size(), (System.nanoTime() - started) / 1_000_000);
        return new Faces(List.copyOf(regular), List.copyOf(bold));
    }

    /** NotoSans-Bold.ttf beside NotoSans-Regular.ttf, NanumGothicBold.ttf beside NanumGothic.ttf; else the file itself. */
    private static Path boldSibling(Path file) {
        String name = file.getFileName().toString();
        int extension = name.lastIndexOf('.');
        String stem = name.substring(0, extension);
        for (String candidate : List.of(stem.replaceFirst("-Regular$", "-Bold"), stem + "-Bold", stem + "Bold")) {
            Path sibling = file.resolveSibling(candidate + name.substring(extension));
            if (!candidate.equals(stem) && Files.isRegularFile(sibling)) {
                return sibling;
            }
        }
        return file;
    }

    private List<Path> configuredFiles() {
        List<Path> files = new ArrayList<>();
        for (String entry : settings.fonts()) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (name.matches(".*[*?\\[{].*")) {
                files.addAll(matching(path.getParent(), name));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                LOG.warnf("Font file %s does not exist: characters only it could draw print as %s", path, Typesetter.MISSING);
            }
        }
        return files;
    }

    private static List<Path> matching(Path directory, String glob) {
        if (directory == null || !Files.isDirectory(directory)) {
            LOG.warnf("Font directory %s does not exist: no font matches %s", directory, glob);
            return List.of();
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, glob)) {
            return StreamSupport.stream(found.spliterator(), false).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list fonts in " + directory, e);
        }
    }

    private static void readInto(List<FontFace> chain, Path file) {
        try {
            chain.add(FontFace.read(file.getFileName().toString(), () -> new RandomAccessReadBufferedFile(file.toFile())));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Skipping font %s, which cannot be read as TrueType: %s", file, e.getMessage());
        }
    }

    private static FontFace bundled(String file) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(BUNDLED + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + BUNDLED + file + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return FontFace.read(file, () -> new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
