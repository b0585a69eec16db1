package org.sanad.curriculum.coverage.service;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The heatmap of a coverage matrix as an SVG image, and as a page that explains it. */
@CheckedTemplate(basePath = "HeatmapPages")
public final class HeatmapPages {

    private HeatmapPages() {
    }

    public static native TemplateInstance svg(Heatmap map);

    public static native TemplateInstance html(Heatmap map);
}
