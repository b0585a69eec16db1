package org.sanad.certification.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.certification.testing.CertificationApi.ROOT;
import static org.sanad.certification.testing.CertificationApi.account;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.issued;
import static org.sanad.certification.testing.CertificationApi.record;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DocumentTest {

    @Test
    void theHolderPrintsACertificateWhoseQrCodeCarriesTheVerificationUrl() throws Exception {
        JsonPath certificate = issued("holder-document");
        byte[] pdf = account("holder-document", Roles.TRAINER).get(ROOT + "/certificates/" + certificate.getString("id") + "/document")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Trainer certificate"), text);
            assertTrue(text.contains("Fatima Zahra El Amrani"), text);
            assertTrue(text.contains(certificate.getString("serial")), text);
            assertTrue(text.contains("UNCAT-11"), text);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
                    .getText();
            assertEquals(certificate.getString("verificationUrl"), scanned);
        }
        account("someone-else", Roles.TRAINER).get(ROOT + "/certificates/" + certificate.getString("id") + "/document")
                .then().statusCode(404);
    }

    @Test
    void itIsInTheHoldersLanguageWithArabicNamesJoinedAndRightToLeft() throws Exception {
        String id = admin().body(record("عائشة", null, LocalDate.of(2024, 10, 7), LocalDate.of(2024, 10, 11), 36))
                .post(ROOT + "/certificates").then().statusCode(201).extract().path("id");
        admin().body(Map.of("reason", "MISCONDUCT_FINDING")).post(ROOT + "/certificates/" + id + "/revocation").then().statusCode(200);
        byte[] pdf = admin().get(ROOT + "/certificates/" + id + "/document").then().statusCode(200).extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertTrue(text.contains("Certificat de formateur"), text);
            assertTrue(text.contains("7 octobre 2024"), text);
            assertTrue(text.contains("RÉVOQUÉ"), text);
            assertTrue(text.contains("عائشة"), "the Arabic name reads in logical order once extracted: " + text);
        }
        admin().get(ROOT + "/certificates/" + id + "/document?lang=de").then().statusCode(400);
    }

    @Test
    void inArabicItIsLaidOutRightToLeftAndItsLabelsExtractInLogicalOrder() throws Exception {
        Map<String, Object> request = record("يوسف", null, LocalDate.of(2024, 10, 7), LocalDate.of(2024, 10, 11), 36);
        holderOf(request).put("language", "ar");
        JsonPath certificate = admin().body(request).post(ROOT + "/certificates").then().statusCode(201).extract().jsonPath();
        byte[] pdf = admin().get(ROOT + "/certificates/" + certificate.getString("id") + "/document").then().statusCode(200)
                .extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("ar", document.getDocumentCatalog().getLanguage());
            String text = extracted(document);
            for (String label : List.of("شهادة", "الرقم التسلسلي", "تاريخ الإصدار", "صالحة إلى غاية", "رمز التحقق",
                    "المعايير المشمولة", "أكتوبر", "يوسف")) {
                assertTrue(text.contains(label), label + " in logical order in " + text);
            }
            assertTrue(footerAt(document, Side.RIGHT).contains("الرقم التسلسلي"), "the serial sits at the right");
            assertTrue(footerAt(document, Side.LEFT).contains("رمز التحقق"), "how to verify sits at the left");
            assertEquals(certificate.getString("verificationUrl"), qrCodeAt(document, Side.LEFT), "the QR code is at the left");
        }
        byte[] english = admin().get(ROOT + "/certificates/" + certificate.getString("id") + "/document?lang=en").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(english)) {
            assertTrue(extracted(document).contains("Trainer certificate"));
            assertTrue(footerAt(document, Side.LEFT).contains("Serial number"), "the serial sits at the left");
            assertTrue(footerAt(document, Side.RIGHT).contains("Verification code"));
            assertEquals(certificate.getString("verificationUrl"), qrCodeAt(document, Side.RIGHT));
        }
    }

    @Test
    void aFrenchCertificatePrintsInArabicOnRequest() throws Exception {
        String id = admin().body(record("Mariam", null, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10), 36))
                .post(ROOT + "/certificates").then().statusCode(201).extract().path("id");
        byte[] pdf = admin().get(ROOT + "/certificates/" + id + "/document?lang=ar").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(extracted(document).contains("يناير"), "January in Arabic");
        }
    }

    private enum Side {
        LEFT, RIGHT
    }

    /** The text of the footer's half of the page on one side: the bottom 160 points. */
    private static String footerAt(PDDocument document, Side side) throws IOException {
        PDRectangle page = document.getPage(0).getMediaBox();
        float half = page.getWidth() / 2;
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("footer", new Rectangle2D.Float(side == Side.LEFT ? 0 : half, page.getHeight() - 160, half, 160));
        stripper.extractRegions(document.getPage(0));
        return Normalizer.normalize(stripper.getTextForRegion("footer"), Normalizer.Form.NFKC);
    }

    private static String qrCodeAt(PDDocument document, Side side) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        int half = page.getWidth() / 2;
        BufferedImage area = page.getSubimage(side == Side.LEFT ? 0 : half, 0, half, page.getHeight());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(area)))).getText();
    }

    /** What a text extractor gives back, with Arabic presentation forms folded to the letters they show. */
    private static String extracted(PDDocument document) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> holderOf(Map<String, Object> request) {
        return (Map<String, Object>) request.get("holder");
    }

    /** The third column is the text as drawn, which is what a PDF text extractor gives back. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chinese         | 李明华        | 李明华",
        "Japanese        | さくら        | さくら",
        "Korean          | 김지민        | 김지민",
        "Tifinagh        | ⵎⵓⵃⵎⵎⴷ        | ⵎⵓⵃⵎⵎⴷ",
        "Devanagari (vowel sign i drawn before its consonant, as it reads) | अनिल | अिनल",
        "Ethiopic        | አበበ          | አበበ",
        "Greek           | Ελένη         | Ελένη",
        "Hebrew          | שרה           | שרה",
        "an emoji        | Aïcha 👩🏽‍⚖️ | Aïcha □",
    })
    void everyScriptATraineeMayWritePrintsAndWhatNoFontHasShowsAsABox(String script, String givenName, String printed) throws Exception {
        assertPrints(givenName, printed);
    }

    @Test
    void controlCharactersLeaveThePrintedNameButStayInTheSignedCredential() throws Exception {
        String id = assertPrints("Fatima\tZahra\nKhadija\u0007", "Fatima Zahra Khadija Traoré");
        JsonPath certificate = admin().get(ROOT + "/certificates/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("Fatima\tZahra\nKhadija\u0007", certificate.getString("holder.givenName"));
        JsonPath credential = JsonPath.from(new String(Base64.getUrlDecoder().decode(certificate.getString("credential").split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertEquals("Fatima\tZahra\nKhadija\u0007 Traoré",
                credential.getString("credentialSubject.identifier.find { it.identityType == 'name' }.identityHash"));
    }

    /** Issues a certificate to the given name, prints it and returns its id. */
    private static String assertPrints(String givenName, String printed) throws Exception {
        String id = admin().body(record(givenName, null, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7), 36))
                .post(ROOT + "/certificates").then().statusCode(201).extract().path("id");
        byte[] pdf = admin().get(ROOT + "/certificates/" + id + "/document").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(printed), "expected " + printed + " in " + text);
            assertTrue(document.getPage(0).getResources().getFontNames().iterator().hasNext());
        }
        return id;
    }
}
