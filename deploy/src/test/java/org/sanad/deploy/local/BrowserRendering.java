package org.sanad.deploy.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sanad.deploy.api.ThirdPartyTools;

/**
 * Pages as a person's browser shows them: Debian's Chromium, driven by playwright-core
 * ({@code deploy/third-party/browser/render-pages.mjs}), renders each at each width and keeps a screenshot.
 */
final class BrowserRendering {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A page to open, named for its screenshot; {@code acceptLanguage} is the browser's language, if set. */
    record Visit(String name, String url, String acceptLanguage) {
    }

    /**
     * What the browser showed at one width: the document's {@code lang} and {@code dir}, the direction it was laid
     * out in, its visible text, its width against the viewport's, and the languages it links to.
     */
    record Rendered(String name, int width, int status, String contentLanguage, String lang, String dir,
            String direction, String text, int scrollWidth, int innerWidth, List<String> links, String screenshot) {

        boolean overflowsSideways() {
            return scrollWidth > innerWidth;
        }
    }

    private BrowserRendering() {
    }

    static List<Rendered> render(Path screenshots, List<Visit> visits, int... widths) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--chromium", CHROMIUM.toString(), "--out", screenshots.toString(),
                "--widths", String.join(",", Arrays.stream(widths).mapToObj(Integer::toString).toList())));
        for (Visit visit : visits) {
            arguments.addAll(List.of("--page", visit.name(), visit.url()));
            if (visit.acceptLanguage() != null) {
                arguments.add(visit.acceptLanguage());
            }
        }
        ThirdPartyTools.Run run = ThirdPartyTools.node("browser/render-pages.mjs", arguments.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("Chromium could not render the pages:\n" + run.output());
        }
        return List.of(JSON.readValue(screenshots.resolve("pages.json").toFile(), Rendered[].class));
    }
}
