package org.sanad.certification.certificate.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.service.CertificateViews;
import org.sanad.certification.certificate.service.Certificates;
import org.sanad.certification.language.Language;
import org.sanad.common.security.Caller;

/** The printable PDF of a certificate, for whoever may read the certificate. */
@ApplicationScoped
public class CertificateDocuments {

    private final Certificates certificates;
    private final CertificateViews views;
    private final DocumentFonts fonts;

    public CertificateDocuments(Certificates certificates, CertificateViews views, DocumentFonts fonts) {
        this.certificates = certificates;
        this.views = views;
        this.fonts = fonts;
    }

    /** A PDF in the requested language, else the holder's chosen one, else English. */
    @Transactional
    public Document render(UUID id, String language, Caller caller) {
        Certificate certificate = certificates.find(id, caller);
        Language chosen = Language.ofTag(language).or(() -> Language.ofTag(certificate.holderLanguage))
                .orElse(Language.DEFAULT);
        byte[] pdf = new CertificateDocument(certificate, views.verificationUrl(certificate.verificationCode), chosen,
                fonts.faces()).render();
        return new Document(certificate.serial + ".pdf", pdf);
    }

    public record Document(String fileName, byte[] pdf) {
    }
}
