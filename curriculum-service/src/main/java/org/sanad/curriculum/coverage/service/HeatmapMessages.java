package org.sanad.curriculum.coverage.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The heatmap's wording, used as {@code {heatmap:title(…)}} in its templates. */
@MessageBundle(value = "heatmap", locale = "en")
public interface HeatmapMessages {

    @Message("Coverage of {programme} v{version}")
    String title(String programme, int version);

    @Message("{covered} of {provisions} provisions covered")
    String covered(int covered, int provisions);

    @Message("Measured against instrument {code}")
    String againstInstrument(String code);

    @Message("Measured against standards profile {code}")
    String againstProfile(String code);

    @Message("Measured against the provisions it covers")
    String againstProgramme();

    @Message("Numbers are hours: a module's duration shared equally among its objectives.")
    String hoursNote();

    @Message("more hours")
    String moreHours();

    @Message("fewer hours")
    String fewerHours();

    @Message("gap")
    String gap();

    @Message("{provision} in {module}: {hours} h, objectives {objectives}")
    String carried(String provision, String module, String hours, String objectives);

    @Message("{provision} in {module}: not covered")
    String notCarried(String provision, String module);
}
