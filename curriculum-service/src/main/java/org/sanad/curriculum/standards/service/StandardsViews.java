package org.sanad.curriculum.standards.service;

import java.util.List;
import org.sanad.curriculum.standards.Instrument;
import org.sanad.curriculum.standards.OperationalDomain;
import org.sanad.curriculum.standards.Provision;
import org.sanad.curriculum.standards.StandardsProfile;
import org.sanad.curriculum.standards.api.DomainView;
import org.sanad.curriculum.standards.api.InstrumentView;
import org.sanad.curriculum.standards.api.ProfileView;
import org.sanad.curriculum.standards.api.ProvisionView;

/** How catalog entities are shown to callers. */
public final class StandardsViews {

    private StandardsViews() {
    }

    public static ProvisionView provision(Provision provision) {
        return new ProvisionView(provision.code, provision.instrument.code, provision.number,
                provision.shortTitle, provision.summary, provision.url);
    }

    static InstrumentView instrument(Instrument instrument, List<ProvisionView> provisions) {
        return new InstrumentView(instrument.code, instrument.title, instrument.kind, instrument.adoptingBody,
                instrument.year, instrument.url, provisions);
    }

    static ProfileView profile(StandardsProfile profile) {
        return new ProfileView(profile.code, profile.title, profile.description,
                profile.provisions.stream().map(StandardsViews::provision).toList());
    }

    static DomainView domain(OperationalDomain domain) {
        return new DomainView(domain.code, domain.title);
    }
}
