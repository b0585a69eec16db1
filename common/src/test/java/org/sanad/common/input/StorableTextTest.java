package org.sanad.common.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StorableTextTest {

    @Test
    void acceptsEveryScriptATraineeMayWriteTheirNameIn() {
        for (String name : new String[] {"Fatima Zahra", "فاطمة الزهراء", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "王芳", "देवनागरी", "ኢትዮጵያ", "😀", "A\tB\nC"}) {
            assertTrue(StorableText.isStorable(name), name);
        }
    }

    @Test
    void refusesNulAndUnpairedSurrogates() {
        assertFalse(StorableText.isStorable("A\u0000B"));
        assertFalse(StorableText.isStorable("A\ud800"));
        assertFalse(StorableText.isStorable("\udc00A"));
        assertFalse(StorableText.isStorable("\ude00\ud83d"));
    }
}
