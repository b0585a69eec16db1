package org.sanad.certification.certificate.document;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** Where the fonts printed certificates are drawn with come from. */
@ConfigMapping(prefix = "sanad.documents")
public interface DocumentSettings {

    /**
     * Font files to fall back on, in order, after the bundled DejaVu Sans: TrueType files, each a path
     * or a glob in its file name (NotoSans*-Regular.ttf). A file's bold face is its -Bold sibling
     * where there is one. Files that are missing are skipped with a warning.
     */
    List<String> fonts();
}
