package org.sanad.enrollment.participant.service;

/** How an institution identifies its officer; unique per institution. */
public record ServiceNumber(String institution, String number) {
}
