package org.sanad.enrollment.enrollment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.enrollment.testing.EnrollmentApi.ROOT;
import static org.sanad.enrollment.testing.EnrollmentApi.admin;
import static org.sanad.enrollment.testing.EnrollmentApi.cohort;
import static org.sanad.enrollment.testing.EnrollmentApi.registrar;
import static org.sanad.enrollment.testing.EnrollmentApi.unique;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.enrollment.testing.FakePlatform;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EnrollmentImportTest {

    private static Response importCsv(long cohort, String csv) {
        return registrar("DGSN").contentType("text/csv; charset=UTF-8").body(csv)
                .post(ROOT + "/cohorts/" + cohort + "/enrollments/import");
    }

    @Test
    void enrollsAWholeListSeatingInFileOrderAndMatchingKnownOfficers() {
        long cohort = cohort("DGSN", 3);
        String known = unique("SN");
        admin().body(java.util.Map.of("givenName", "Karim", "familyName", "Idrissi", "institution", "DGSN",
                "serviceNumber", known, "gender", "MALE")).post(ROOT + "/participants").then().statusCode(201);
        String csv = "\uFEFFgiven_name,family_name,service_number,gender,rank,email\r\n"
                + "سلمى,العمراني," + unique("SN") + ",female,Commissaire,salma@example.org\r\n"
                + "Karim,Idrissi," + known + ",MALE,,\r\n"
                + "\"Amina\",\"Tazi, née Alaoui\"," + unique("SN") + ",FEMALE,\"Officier \"\"principal\"\"\",\r\n"
                + "Omar,Benali," + unique("SN") + ",MALE,,\r\n";
        importCsv(cohort, csv).then().statusCode(200)
                .body("rows", equalTo(4)).body("participantsCreated", equalTo(3)).body("participantsMatched", equalTo(1))
                .body("confirmed", equalTo(3)).body("waitlisted", equalTo(1));
        var enrollments = admin().get(ROOT + "/cohorts/" + cohort + "/enrollments").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("سلمى", "Karim", "Amina", "Omar"), enrollments.getList("items.participant.givenName"));
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED"), enrollments.getList("items.status"));
        assertEquals("Tazi, née Alaoui", enrollments.getString("items[2].participant.familyName"));
        assertEquals("Officier \"principal\"", enrollments.getString("items[2].participant.rank"));
    }

    @Test
    void storesNothingUnlessEveryRowIsValidAndReportsEveryBadRow() {
        long cohort = cohort("DGSN", 30);
        String duplicate = unique("SN");
        String csv = "given_name,family_name,service_number,gender,email\n"
                + "Amina,Tazi," + unique("SN") + ",FEMALE,\n"
                + ",Idrissi," + unique("SN") + ",MALE,\n"
                + "Omar,Benali," + duplicate + ",robot,not-an-email\n"
                + "Leila,Berrada," + duplicate + ",FEMALE,\n"
                + "Only,three,fields\n";
        importCsv(cohort, csv).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.field", contains("rows[3].given_name", "rows[4].gender", "rows[4].email",
                        "rows[5].service_number", "rows[6]"))
                .body("errors[4].message", equalTo("has 3 fields; the header has 5"));
        admin().get(ROOT + "/cohorts/" + cohort + "/enrollments").then().body("items", org.hamcrest.Matchers.empty());
        admin().get(ROOT + "/participants?serviceNumber=" + duplicate).then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void refusesABadHeaderAndOfficersAlreadyEnrolled() {
        long cohort = cohort("DGSN", 30);
        importCsv(cohort, "given_name,surname,gender\nA,B,MALE\n").then().statusCode(422)
                .body("errors.message", org.hamcrest.Matchers.hasItems(containsString("unknown column 'surname'"),
                        containsString("column 'family_name' is missing")));
        String number = unique("SN");
        String row = "given_name,family_name,service_number,gender\nAmina,Tazi," + number + ",FEMALE\n";
        importCsv(cohort, row).then().statusCode(200);
        importCsv(cohort, row).then().statusCode(422).body("errors[0].message", containsString("already enrolled"));
        importCsv(cohort, "").then().statusCode(422);
        registrar("CNDH").contentType("text/csv").body(row).post(ROOT + "/cohorts/" + cohort + "/enrollments/import")
                .then().statusCode(404);
    }

    @Test
    void aRegistrarImportsAndMatchesOfficersOfItsOwnInstitutionOnly() {
        long cohort = cohort("DGSN", 30);
        String malian = unique("SN");
        admin().body(java.util.Map.of("givenName", "Moussa", "familyName", "Traoré", "institution", "PN-MALI",
                "serviceNumber", malian, "gender", "MALE")).post(ROOT + "/participants").then().statusCode(201);
        String stranger = unique("SN");
        String csv = "given_name,family_name,service_number,gender,institution\n"
                + "Moussa,Traoré," + malian + ",MALE,PN-MALI\n"
                + "Aïcha,Maïga," + stranger + ",FEMALE,MINUSMA\n"
                + "Amina,Tazi," + unique("SN") + ",FEMALE,DGSN\n";
        importCsv(cohort, csv).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("rows[2].institution", "rows[3].institution"))
                .body("errors[0].message", equalTo("a registrar of DGSN imports officers of DGSN only"));
        admin().get(ROOT + "/cohorts/" + cohort + "/enrollments").then().body("items", org.hamcrest.Matchers.empty());
        admin().get(ROOT + "/participants?serviceNumber=" + stranger).then().body("items", org.hamcrest.Matchers.empty());

        // The same service number in the registrar's own institution is another officer: registered, not matched.
        importCsv(cohort, "given_name,family_name,service_number,gender\nKarim,Idrissi," + malian + ",MALE\n")
                .then().statusCode(200).body("participantsCreated", equalTo(1)).body("participantsMatched", equalTo(0));
        assertEquals(List.of("DGSN"), admin().get(ROOT + "/cohorts/" + cohort + "/enrollments").then().extract()
                .jsonPath().getList("items.participant.institution"));

        // An admin imports for any institution, and matches there.
        admin().contentType("text/csv").body("given_name,family_name,service_number,gender,institution\n"
                        + "Moussa,Traoré," + malian + ",MALE,PN-MALI\n")
                .post(ROOT + "/cohorts/" + cohort + "/enrollments/import").then().statusCode(200)
                .body("participantsMatched", equalTo(1));
    }
}
