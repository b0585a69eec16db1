package org.sanad.certification.certificate.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The printed certificate's wording, in English or French. */
record DocumentLabels(Locale locale, String trainerTitle, String participationTitle, String certifies, String completed,
        String heldIn, String from, String to, String standards, String serial, String issuedOn, String validUntil,
        String noExpiry, String verify, String code, String revoked, String suspended) {

    static final DocumentLabels ENGLISH = new DocumentLabels(Locale.ENGLISH, "Trainer certificate",
            "Certificate of participation", "This certifies that", "has completed the programme", "Training held in",
            "from", "to", "Standards covered", "Serial number", "Issued on", "Valid until", "No expiry",
            "Verify this certificate at", "Verification code", "REVOKED: this certificate is no longer valid",
            "SUSPENDED: this certificate is not in force at present");

    static final DocumentLabels FRENCH = new DocumentLabels(Locale.FRENCH, "Certificat de formateur",
            "Attestation de participation", "Il est certifié que", "a suivi avec succès le programme", "Formation tenue à",
            "du", "au", "Normes couvertes", "Numéro de série", "Délivré le", "Valide jusqu'au", "Sans expiration",
            "Vérifier ce certificat sur", "Code de vérification", "RÉVOQUÉ : ce certificat n'est plus valide",
            "SUSPENDU : ce certificat n'est pas en vigueur actuellement");

    static DocumentLabels of(String language) {
        return "fr".equals(language) ? FRENCH : ENGLISH;
    }

    String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale));
    }
}
