package org.sanad.certification.language;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the public pages and the printed certificates are written in: English (the default),
 * French, and Arabic, which is laid out right to left. Dates are written the same way in all three,
 * day, month name and year ("8 December 2026", "8 décembre 2026", "8 ديسمبر 2026"), with Western digits
 * as Moroccan and French administrations print them.
 */
public enum Language {

    ENGLISH("en", false),
    FRENCH("fr", false),
    ARABIC("ar", true);

    /** The language tags, as a {@code ?lang=} value is checked against them. */
    public static final String TAGS = "en|fr|ar";
    public static final Language DEFAULT = ENGLISH;

    private final String tag;
    private final boolean rightToLeft;
    private final Locale locale;
    private final DateTimeFormatter dates;

    Language(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(tag);
        this.dates = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
    }

    /** The language a tag names ({@code ar}, {@code fr-MA}: its primary subtag), if pages are written in it. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag).getLanguage();
        return Arrays.stream(values()).filter(language -> language.tag.equals(primary)).findFirst();
    }

    /**
     * The language a person asked for: {@code requested} ({@code ?lang=}) if pages are written in it, else the
     * best of their Accept-Language that they are written in (by its q-values), else English.
     */
    public static Language chosen(String requested, String acceptLanguage) {
        Optional<Language> named = ofTag(requested);
        if (named.isPresent() || acceptLanguage == null || acceptLanguage.isBlank()) {
            return named.orElse(DEFAULT);
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException notAList) {
            return DEFAULT;
        }
        List<String> tags = Arrays.stream(values()).map(Language::tag).toList();
        return ofTag(Locale.lookupTag(ranges, tags)).orElse(DEFAULT);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The value of an HTML {@code dir} attribute. */
    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** The language's name in that language, as a link to it reads: "English", "Français", "العربية". */
    public String nativeName() {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The other languages, in their order, as a page links to them. */
    public List<Language> others() {
        return Arrays.stream(values()).filter(language -> language != this).toList();
    }

    public String date(TemporalAccessor date) {
        return date == null ? "" : dates.format(date);
    }
}
