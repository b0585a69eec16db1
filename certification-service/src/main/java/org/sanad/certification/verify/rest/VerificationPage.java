package org.sanad.certification.verify.rest;

import java.util.Locale;
import java.util.Map;
import org.sanad.certification.verify.api.CodeVerification;

/** What the public verification page shows, in English or French. */
public record VerificationPage(String lang, Map<String, String> labels, String status, String statusText, CodeVerification view) {

    static final Map<String, Map<String, String>> LABELS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("title", "Certificate verification"),
                    Map.entry("holder", "Holder"),
                    Map.entry("institution", "Institution"),
                    Map.entry("programme", "Programme"),
                    Map.entry("training", "Training"),
                    Map.entry("issuers", "Issued by"),
                    Map.entry("validFrom", "Valid from"),
                    Map.entry("validUntil", "Valid until"),
                    Map.entry("noExpiry", "no expiry"),
                    Map.entry("serial", "Serial number"),
                    Map.entry("changed", "Status changed on"),
                    Map.entry("reason", "Reason"),
                    Map.entry("supersededBy", "Superseded by"),
                    Map.entry("to", "to"),
                    Map.entry("valid", "Valid"),
                    Map.entry("revoked", "Revoked"),
                    Map.entry("suspended", "Suspended"),
                    Map.entry("expired", "Expired"),
                    Map.entry("not-yet-valid", "Not yet valid"),
                    Map.entry("unknown", "No certificate has this code. Check the code and try again."),
                    Map.entry("other", "Français"),
                    Map.entry("otherLang", "fr"),
                    Map.entry("note", "Only the information needed to recognise the holder is shown. "
                            + "The signed credential can be checked offline with the published keys.")),
            "fr", Map.ofEntries(
                    Map.entry("title", "Vérification de certificat"),
                    Map.entry("holder", "Titulaire"),
                    Map.entry("institution", "Institution"),
                    Map.entry("programme", "Programme"),
                    Map.entry("training", "Formation"),
                    Map.entry("issuers", "Délivré par"),
                    Map.entry("validFrom", "Valide à partir du"),
                    Map.entry("validUntil", "Valide jusqu'au"),
                    Map.entry("noExpiry", "sans expiration"),
                    Map.entry("serial", "Numéro de série"),
                    Map.entry("changed", "Statut modifié le"),
                    Map.entry("reason", "Motif"),
                    Map.entry("supersededBy", "Remplacé par"),
                    Map.entry("to", "au"),
                    Map.entry("valid", "Valide"),
                    Map.entry("revoked", "Révoqué"),
                    Map.entry("suspended", "Suspendu"),
                    Map.entry("expired", "Expiré"),
                    Map.entry("not-yet-valid", "Pas encore valide"),
                    Map.entry("unknown", "Aucun certificat ne porte ce code. Vérifiez le code et réessayez."),
                    Map.entry("other", "English"),
                    Map.entry("otherLang", "en"),
                    Map.entry("note", "Seules les informations nécessaires pour reconnaître le titulaire sont affichées. "
                            + "Le certificat signé peut être vérifié hors ligne avec les clés publiées.")));

    static VerificationPage of(CodeVerification view, String requestedLang, String acceptLanguage) {
        String lang = language(requestedLang, acceptLanguage);
        Map<String, String> labels = LABELS.get(lang);
        String status = view.status().wire();
        return new VerificationPage(lang, labels, status, labels.get(status), view);
    }

    private static String language(String requested, String acceptLanguage) {
        if (requested != null && LABELS.containsKey(requested)) {
            return requested;
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String tag = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (LABELS.containsKey(primary)) {
                    return primary;
                }
            }
        }
        return "en";
    }
}
