package org.sanad.certification.certificate.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.document.Typesetter.Style;
import org.sanad.certification.language.Language;
import org.sanad.common.contract.CoveredStandard;

/**
 * Draws a certificate as a one-page A4 landscape PDF to print: the holder's name as written (Arabic
 * joined and right-to-left), the programme, the training, the standards it covers, and a QR code of
 * the verification URL drawn as vector squares so it stays sharp at any print size. In English, French
 * or Arabic; an Arabic certificate is laid out right to left, its footer mirrored (the serial and dates
 * at the right, the QR code at the left).
 */
final class CertificateDocument {

    private static final Color INK = new Color(0x1d, 0x23, 0x30);
    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    private static final Color WARNING = new Color(0xa1, 0x1d, 0x1d);
    private static final float MARGIN = 48;
    private final Certificate certificate;
    private final String verificationUrl;
    private final Language language;
    private final DocumentMessages labels;
    private final DocumentFonts.Faces faces;
    private PDPageContentStream canvas;
    private Typesetter type;
    private float width;

    CertificateDocument(Certificate certificate, String verificationUrl, Language language, DocumentFonts.Faces faces) {
        this.certificate = certificate;
        this.verificationUrl = verificationUrl;
        this.language = language;
        this.labels = MessageBundles.get(DocumentMessages.class, Localized.Literal.of(language.tag()));
        this.faces = faces;
    }

    byte[] render() {
        try (PDDocument document = new PDDocument()) {
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            document.addPage(page);
            type = new Typesetter(document, faces);
            width = size.getWidth();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(certificate.serial + " " + certificate.holderName());
            info.setSubject(certificate.programmeTitle);
            info.setCreator("Sanad certification-service");
            document.getDocumentCatalog().setLanguage(language.tag());
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                canvas = stream;
                draw(size.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw certificate " + certificate.serial, e);
        }
    }

    private void draw(float height) throws IOException {
        frame(height);
        float y = height - MARGIN - 36;
        centred(String.join("  ·  ", certificate.issuingInstitutions), Style.REGULAR, 11, ACCENT, y);
        if (certificate.status != CertificateStatus.ACTIVE) {
            y -= 22;
            centred(certificate.status == CertificateStatus.REVOKED ? labels.revoked() : labels.suspended(), Style.BOLD, 12, WARNING, y);
        }
        y -= 46;
        centred("TRAINER".equals(certificate.certificateKind) ? labels.trainerTitle() : labels.participationTitle(), Style.BOLD, 28, ACCENT, y);
        y -= 40;
        centred(labels.certifies(), Style.REGULAR, 13, INK, y);
        y -= 40;
        centred(certificate.holderName(), Style.BOLD, 26, INK, y);
        y -= 24;
        centred(certificate.holderServiceNumber == null ? certificate.holderInstitution
                : certificate.holderInstitution + "  ·  " + certificate.holderServiceNumber, Style.REGULAR, 11, INK, y);
        y -= 32;
        centred(labels.completed(), Style.REGULAR, 13, INK, y);
        for (String line : wrap(certificate.programmeTitle, Style.BOLD, 16, width - 2 * MARGIN - 80)) {
            y -= 24;
            centred(line, Style.BOLD, 16, INK, y);
        }
        y -= 24;
        String place = certificate.cohortLocation == null ? "" : labels.heldIn() + " " + certificate.cohortLocation + ", ";
        centred(place + labels.from() + " " + language.date(certificate.cohortStart) + " " + labels.to() + " "
                + language.date(certificate.cohortEnd), Style.REGULAR, 11, INK, y);
        List<String> codes = certificate.standards.stream().map(CoveredStandard::provision).toList();
        if (!codes.isEmpty()) {
            for (String line : wrap(labels.standards() + ": " + String.join(", ", codes), Style.REGULAR, 9, width - 2 * MARGIN - 260)) {
                y -= 14;
                centred(line, Style.REGULAR, 9, INK, y);
            }
        }
        footer();
    }

    /** The serial and dates at the start side (left, or right in Arabic), the QR code and how to verify at the end. */
    private void footer() throws IOException {
        float inset = MARGIN + 20;
        float y = MARGIN + 64;
        atStart(labels.serial() + ": " + certificate.serial, Style.BOLD, 10, INK, inset, y);
        atStart(labels.issuedOn() + ": " + language.date(certificate.issuedAt), Style.REGULAR, 10, INK, inset, y - 16);
        atStart(labels.validUntil() + ": " + (certificate.validUntil == null ? labels.noExpiry()
                : language.date(certificate.validUntil)), Style.REGULAR, 10, INK, inset, y - 32);
        float qrSize = 92;
        float qrY = MARGIN + 22;
        qr(language.rightToLeft() ? inset : width - inset - qrSize, qrY, qrSize);
        float besideQr = inset + qrSize + 12;
        atEnd(labels.verify(), Style.REGULAR, 9, INK, besideQr, qrY + 62);
        atEnd(verificationUrl, Style.REGULAR, 9, ACCENT, besideQr, qrY + 48);
        atEnd(labels.code() + ": " + grouped(certificate.verificationCode), Style.BOLD, 10, INK, besideQr, qrY + 30);
    }

    private void frame(float height) throws IOException {
        canvas.setStrokingColor(ACCENT);
        canvas.setLineWidth(2.5f);
        canvas.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.addRect(MARGIN / 2 + 6, MARGIN / 2 + 6, width - MARGIN - 12, height - MARGIN - 12);
        canvas.stroke();
    }

    private void qr(float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(verificationUrl, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode " + verificationUrl + " as a QR code", e);
        }
        float module = size / matrix.getWidth();
        canvas.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }

    private void centred(String logical, Style style, float size, Color color, float y) throws IOException {
        String visual = visual(logical);
        type.show(canvas, visual, style, size, color, (width - type.width(visual, style, size)) / 2, y);
    }

    /** A line that begins {@code inset} from the page's start edge: the left one, the right one in Arabic. */
    private void atStart(String logical, Style style, float size, Color color, float inset, float y) throws IOException {
        String visual = visual(logical);
        float x = language.rightToLeft() ? width - inset - type.width(visual, style, size) : inset;
        type.show(canvas, visual, style, size, color, x, y);
    }

    /** A line that ends {@code inset} from the page's end edge: the right one, the left one in Arabic. */
    private void atEnd(String logical, Style style, float size, Color color, float inset, float y) throws IOException {
        String visual = visual(logical);
        float x = language.rightToLeft() ? inset : width - inset - type.width(visual, style, size);
        type.show(canvas, visual, style, size, color, x, y);
    }

    private String visual(String logical) {
        return VisualText.of(logical, language.rightToLeft());
    }

    private List<String> wrap(String text, Style style, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && type.width(visual(candidate), style, size) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }
}
