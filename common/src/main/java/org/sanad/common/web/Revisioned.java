package org.sanad.common.web;

/** A representation together with the revision it shows, which becomes its ETag. */
public record Revisioned<T>(T body, long revision) {
}
