package org.sanad.common.testing;

import static io.restassured.RestAssured.given;

/** Reads {@code sanad_token_refusals_total{reason}} from the application's Prometheus endpoint. */
public final class RefusalMetrics {

    private RefusalMetrics() {
    }

    public static double refusals(String reason) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("sanad_token_refusals_total{") && line.contains("reason=\"" + reason + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
