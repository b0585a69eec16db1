package org.sanad.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTagsTest {

    private static final EntityTag VALID = ContentTags.of("{\"status\":\"valid\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameContentHasTheSameStrongTagAndOtherContentAnother() {
        assertEquals(VALID, ContentTags.of("{\"status\":\"valid\"}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(VALID, ContentTags.of("{\"status\":\"revoked\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(VALID.isWeak());
    }

    @Test
    void ifNoneMatchMatchesAnyListedTagByWeakComparisonOrAStar() {
        String sent = "\"" + VALID.getValue() + "\"";
        assertTrue(ContentTags.matches(sent, VALID));
        assertTrue(ContentTags.matches("W/" + sent, VALID));
        assertTrue(ContentTags.matches("\"older\", " + sent, VALID));
        assertTrue(ContentTags.matches("*", VALID));
        assertFalse(ContentTags.matches("\"older\"", VALID));
        assertFalse(ContentTags.matches(VALID.getValue(), VALID), "a tag is quoted");
        assertFalse(ContentTags.matches(null, VALID));
        assertFalse(ContentTags.matches(" ", VALID));
    }
}
