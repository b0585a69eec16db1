package org.sanad.common.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;

/** What every page a browser renders must send, and what its policy lets it contain. */
public final class BrowserPages {

    private BrowserPages() {
    }

    /**
     * The page is hardened (no framing, no sniffing, no referrer, a policy with no script and nothing
     * from elsewhere) and still works under that policy: no script, no external style sheet or image.
     */
    public static ValidatableResponse assertHardened(ValidatableResponse page) {
        return page.header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .body(not(containsString("<script")), not(containsString("<link")), not(containsString(" src=")),
                        not(containsString("url(")));
    }
}
