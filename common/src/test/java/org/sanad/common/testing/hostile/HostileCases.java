package org.sanad.common.testing.hostile;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanad.common.testing.hostile.OpenApiOperations.Operation;
import org.sanad.common.testing.hostile.OpenApiOperations.Parameter;

/**
 * For one operation, the requests a careless client or an attacker sends: each parameter and each
 * body field in turn given a malformed value, the others left as in a plausible request.
 */
final class HostileCases {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Raw, already percent-encoded parameter values that no parameter of any type should accept badly. */
    private static final Map<String, String> TEXT_PARAMETERS = ordered(
            "NUL", "a%00b",
            "lone surrogate (as CESU bytes)", "%ED%A0%80",
            "empty", "",
            "4,000 characters", "A".repeat(4000),
            "control characters", "%09%0D%0A%1B",
            "not UTF-8", "%FF%FE");
    private static final Map<String, String> NUMBER_PARAMETERS = ordered(
            "not a number", "abc",
            "beyond a long", "99999999999999999999",
            "beyond an int", "2147483648",
            "negative", "-1",
            "below an int", "-2147483649",
            "fraction", "1.5",
            "exponent", "1e99");
    private static final Map<String, String> DATE_PARAMETERS = ordered(
            "year 9999999", "%2B9999999-01-01",
            "year 0", "0000-01-01",
            "no such day", "2025-13-45");

    /** Pairs in the order given, so that every run sends the cases in the same order. */
    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    record Request(String description, String method, String path, Map<String, String> query,
            Map<String, String> headers, String mediaType, byte[] body) {
    }

    /** JSON with every non-ASCII character escaped, so that a lone surrogate reaches the server as {@code \\ud800}. */
    private static byte[] json(JsonNode node) {
        try {
            return MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String prefix, int[] raw, String suffix) {
        byte[] head = utf8(prefix);
        byte[] tail = utf8(suffix);
        byte[] all = new byte[head.length + raw.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < raw.length; i++) {
            all[head.length + i] = (byte) raw[i];
        }
        System.arraycopy(tail, 0, all, head.length + raw.length, tail.length);
        return all;
    }

    private final OpenApiOperations api;

    HostileCases(OpenApiOperations api) {
        this.api = api;
    }

    List<Request> of(Operation op, Map<String, String> pathValues, JsonNode plausibleBody) {
        List<Request> cases = new ArrayList<>();
        String path = substitute(op.path(), pathValues);
        byte[] bodyText = plausibleBody == null ? null : json(plausibleBody);
        String mediaType = op.mediaType().orElse(null);
        for (Parameter parameter : op.parameters()) {
            if (parameter.in().equals("header")) {
                continue;
            }
            for (Map.Entry<String, String> value : valuesFor(parameter).entrySet()) {
                String description = parameter.in() + " parameter '" + parameter.name() + "': " + value.getKey();
                if (parameter.in().equals("path")) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(parameter.name(), value.getValue());
                    cases.add(new Request(description, op.method(), substitute(op.path(), values), Map.of(),
                            Map.of(), mediaType, bodyText));
                } else {
                    cases.add(new Request(description, op.method(), path, Map.of(parameter.name(), value.getValue()), Map.of(),
                            mediaType, bodyText));
                }
            }
        }
        if (op.parameter("If-Match").isPresent()) {
            for (String etag : List.of("garbage", "\"99999999999999999999\"", "W/\"1\"", "\"-1\"", "*")) {
                cases.add(new Request("If-Match " + etag, op.method(), path, Map.of(), Map.of("If-Match", etag),
                        mediaType, bodyText));
            }
        }
        if (mediaType == null) {
            return cases;
        }
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("body null", utf8("null"));
        bodies.put("body empty", utf8(""));
        bodies.put("body a string", utf8("\"x\""));
        bodies.put("body a number", utf8("12"));
        bodies.put("body an array", utf8("[]"));
        bodies.put("body an empty object", utf8("{}"));
        bodies.put("body cut short", utf8("{\"a\":"));
        bodies.put("body nested 200 deep", utf8("[".repeat(200) + "]".repeat(200)));
        bodies.put("body objects nested 200 deep", utf8("{\"a\":".repeat(200) + "1" + "}".repeat(200)));
        bodies.put("body with a NUL byte", utf8("\u0000"));
        bodies.put("body with invalid UTF-8", bytes("{\"code\":\"", new int[] {0xff, 0xfe}, "\"}"));
        bodies.put("body with a CESU-encoded surrogate", bytes("{\"code\":\"", new int[] {0xed, 0xa0, 0x80}, "\"}"));
        if (!mediaType.contains("json")) {
            bodies.put("CSV with a NUL", utf8("serviceNumber,name\nA1,Na\u0000me\n"));
            bodies.put("CSV with a CESU-encoded surrogate", bytes("serviceNumber,name\nA1,Na", new int[] {0xed, 0xa0, 0x80}, "me\n"));
            bodies.put("CSV with invalid UTF-8", bytes("serviceNumber,name\nA1,Na", new int[] {0xff}, "me\n"));
            bodies.put("CSV with a 100,000-character cell", utf8("serviceNumber,name\nA1," + "x".repeat(100_000) + "\n"));
            bodies.put("CSV with an unclosed quote", utf8("serviceNumber,name\nA1,\"Name\n"));
            bodies.put("CSV header only, unknown columns", utf8("nope,nada\n"));
        }
        bodies.forEach((description, body) -> cases.add(new Request(description, op.method(), path, Map.of(),
                Map.of(), mediaType, body)));
        if (plausibleBody != null && plausibleBody.isContainerNode()) {
            ObjectNode extra = plausibleBody.isObject() ? ((ObjectNode) plausibleBody.deepCopy()).put("unexpectedField", 1) : null;
            if (extra != null) {
                cases.add(new Request("body with an extra field", op.method(), path, Map.of(), Map.of(), mediaType,
                        json(extra)));
            }
            fieldCases(op, path, mediaType, plausibleBody, op.bodySchema(), "", cases, 0);
        }
        return cases;
    }

    /** Mutates each field of the plausible body in turn, descending into objects and the first array item. */
    private void fieldCases(Operation op, String path, String mediaType, JsonNode root,
            JsonNode schema, String pointer, List<Request> cases, int depth) {
        JsonNode s = api.resolve(schema);
        if (s == null || depth > 4) {
            return;
        }
        String type = OpenApiOperations.typeOf(s);
        if (type.equals("object")) {
            s.path("properties").fields().forEachRemaining(p -> {
                String child = pointer + "/" + p.getKey();
                for (Map.Entry<String, JsonNode> value : valuesFor(api.resolve(p.getValue())).entrySet()) {
                    JsonNode mutated = replaced(root, child, value.getValue());
                    if (mutated != null) {
                        cases.add(new Request("field '" + child.substring(1).replace('/', '.') + "': " + value.getKey(),
                                op.method(), path, Map.of(), Map.of(), mediaType, json(mutated)));
                    }
                }
                fieldCases(op, path, mediaType, root, p.getValue(), child, cases, depth + 1);
            });
        } else if (type.equals("array")) {
            fieldCases(op, path, mediaType, root, s.path("items"), pointer + "/0", cases, depth + 1);
        }
    }

    private static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
            return copy;
        }
        if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), value);
            return copy;
        }
        return null;
    }

    /** Malformed JSON values for a field of this schema. */
    private static Map<String, JsonNode> valuesFor(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("null", JSON.nullNode());
        String type = OpenApiOperations.typeOf(schema);
        switch (type) {
            case "string" -> {
                int max = schema.path("maxLength").asInt(2000);
                values.put("a number", JSON.numberNode(12));
                values.put("a boolean", JSON.booleanNode(true));
                values.put("an object", JSON.objectNode());
                values.put("an array", JSON.arrayNode().add("x"));
                values.put("empty", JSON.textNode(""));
                values.put("only spaces", JSON.textNode("   "));
                values.put((max + 1) + " characters", JSON.textNode("A".repeat(max + 1)));
                values.put("20,000 characters", JSON.textNode("A".repeat(20_000)));
                values.put("a NUL", JSON.textNode("Na\u0000me"));
                values.put("a lone surrogate", JSON.textNode("Na\ud800me"));
                values.put("a TAB, CR and LF", JSON.textNode("A\tB\rC\nD"));
                values.put("an emoji and CJK", JSON.textNode("\u738b\u82b3 \ud83d\ude00"));
                values.put("an unknown enum value", JSON.textNode("NOT_A_VALUE"));
                values.put("year 9999999", JSON.textNode("+9999999-01-01"));
                values.put("year 0", JSON.textNode("0000-01-01"));
                values.put("year 0 as a time", JSON.textNode("0000-01-01T00:00:00Z"));
                values.put("a time in year 9999999", JSON.textNode("+9999999-01-01T00:00:00Z"));
                values.put("no such day", JSON.textNode("2025-02-30"));
            }
            case "integer", "number" -> {
                values.put("a string", JSON.textNode("12"));
                values.put("a boolean", JSON.booleanNode(true));
                values.put("a fraction", JSON.numberNode(1.5));
                values.put("negative", JSON.numberNode(-1));
                values.put("zero", JSON.numberNode(0));
                values.put("beyond an int", JSON.numberNode(2_147_483_648L));
                values.put("below an int", JSON.numberNode(-2_147_483_649L));
                values.put("beyond a long", JSON.numberNode(new BigInteger("99999999999999999999")));
                values.put("1e308", JSON.numberNode(1e308));
                values.put("10,000", JSON.numberNode(10_000));
                values.put("a 2,000-digit number", rawNumber("9".repeat(2000)));
            }
            case "boolean" -> {
                values.put("a string", JSON.textNode("true"));
                values.put("a number", JSON.numberNode(1));
            }
            case "array" -> {
                values.put("a string", JSON.textNode("x"));
                values.put("an object", JSON.objectNode());
                values.put("10,000 nulls", nulls(10_000));
            }
            default -> {
                values.put("a string", JSON.textNode("x"));
                values.put("an array", JSON.arrayNode());
                values.put("a number", JSON.numberNode(1));
            }
        }
        return values;
    }

    private static Map<String, String> valuesFor(Parameter parameter) {
        Map<String, String> values = new LinkedHashMap<>(TEXT_PARAMETERS);
        String type = OpenApiOperations.typeOf(parameter.schema());
        if (type.equals("integer") || type.equals("number")) {
            values.putAll(NUMBER_PARAMETERS);
        }
        if (parameter.schema().has("enum")) {
            values.put("an unknown enum value", "NOT_A_VALUE");
        }
        if (parameter.schema().path("format").asText().startsWith("date")) {
            values.putAll(DATE_PARAMETERS);
        }
        if (parameter.in().equals("path")) {
            values.remove("empty");
        }
        if (parameter.name().equals("cursor")) {
            // Well-formed cursors (base64url of "v1", US, keys) carrying what a client could craft inside.
            values.put("a crafted cursor with a NUL", cursor("v1\u001fA\u0000B\u001f1"));
            values.put("a crafted cursor with a huge number", cursor("v1\u001fA\u001f99999999999999999999"));
            values.put("a crafted cursor with a time in year 9999999", cursor("v1\u001f+9999999-01-01T00:00:00Z\u001f1"));
            values.put("a crafted cursor with one key", cursor("v1\u001fA"));
        }
        return values;
    }

    private static String cursor(String raw) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode nulls(int count) {
        ArrayNode array = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            array.addNull();
        }
        return array;
    }

    private static JsonNode rawNumber(String digits) {
        try {
            return MAPPER.readTree(digits);
        } catch (Exception e) {
            return JSON.numberNode(new BigInteger(digits));
        }
    }

    static String substitute(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }
}
