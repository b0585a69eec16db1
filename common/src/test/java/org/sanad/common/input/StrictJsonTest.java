package org.sanad.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StrictJsonTest {

    enum Track { FUNDAMENTAL, SPECIALIZED }

    record Draft(String code, Integer capacity, Boolean open, Track track, LocalDate start, List<String> languages) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Draft read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Draft.class);
    }

    @Test
    void readsWhatIsWrittenAsItsOwnType() throws Exception {
        Draft draft = read("""
                {"code":"TOT","capacity":20,"open":true,"track":"FUNDAMENTAL","start":"2025-02-24","languages":["ar","fr"]}""");
        assertEquals(new Draft("TOT", 20, true, Track.FUNDAMENTAL, LocalDate.of(2025, 2, 24), List.of("ar", "fr")), draft);
    }

    @Test
    void refusesScalarsCoercedIntoAnotherType() {
        for (String json : List.of("{\"code\":12}", "{\"code\":true}", "{\"code\":1.5}", "{\"capacity\":\"20\"}",
                "{\"capacity\":20.5}", "{\"open\":\"true\"}", "{\"open\":1}", "{\"track\":0}", "{\"languages\":[7]}")) {
            assertThrows(JsonProcessingException.class, () -> read(json), json);
        }
    }

    @Test
    void refusesTextPostgresqlCannotStoreNamingTheField() {
        RefusedValueException nul = assertThrows(RefusedValueException.class, () -> read("{\"code\":\"A\\u0000B\"}"));
        assertEquals("must not contain a NUL character", nul.reason());
        assertEquals("code", nul.getPath().get(0).getFieldName());
        RefusedValueException surrogate = assertThrows(RefusedValueException.class, () -> read("{\"languages\":[\"a\\ud800\"]}"));
        assertEquals("must not contain an unpaired UTF-16 surrogate", surrogate.reason());
    }

    @Test
    void keepsPairedSurrogatesSuchAsEmoji() throws Exception {
        assertEquals("\ud83d\ude00", read("{\"code\":\"\\ud83d\\ude00\"}").code());
    }

    @Test
    void refusesDatesOutsideTheYearsThePlatformDealsWith() {
        for (String date : List.of("+9999999-01-01", "0000-01-01", "1899-12-31", "2200-01-01")) {
            assertThrows(JsonProcessingException.class, () -> read("{\"start\":\"" + date + "\"}"), date);
        }
    }

    @Test
    void refusesBodiesNestedDeeperThanAnyDocumentOfOurs() {
        String deep = "{\"languages\":" + "[".repeat(StrictJson.MAX_NESTING + 1) + "]".repeat(StrictJson.MAX_NESTING + 1) + "}";
        assertThrows(JsonProcessingException.class, () -> read(deep));
    }
}
