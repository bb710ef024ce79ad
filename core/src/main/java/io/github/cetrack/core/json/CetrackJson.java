package io.github.cetrack.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes cetrack's types as JSON: snake_case names, ISO dates, lower-case enum values,
 * output ordered so that equal values give byte-identical text. Reading is strict: unknown fields,
 * a key repeated in one object and coercions are refused (a date must be a {@code "YYYY-MM-DD"}
 * string, an enum one of its codes, a number a JSON number, a text a JSON string; {@code ""} is
 * not "absent").
 *
 * <pre>{@code
 * License license = CetrackJson.read(text, License.class);   // validated
 * String json = CetrackJson.write(evaluation);
 * }</pre>
 */
public final class CetrackJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new CetrackModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private CetrackJson() {}

    /** Returns a copy of the configured mapper, for callers that need Jackson directly. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** Returns {@code value} as indented JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a {@code type} from {@code json} and validates it.
     *
     * @throws InvalidInputException naming the field and the problem, for malformed JSON, unknown
     *     fields, wrong types and values that break a constraint
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return io.github.cetrack.core.Inputs.check(MAPPER.readValue(json, type));
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /** Reads a generic {@code type}, like a list, from {@code json}, without validation. */
    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /** Turns a Jackson failure into an {@link InvalidInputException} naming the field. */
    public static InvalidInputException translate(JacksonException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof InvalidInputException inner) {
            return prefixed(path(vie), inner);
        }
        String field = e instanceof JsonMappingException jme ? path(jme) : "";
        String rule;
        Object rejected = null;
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            field = duplicate;
            rule = "must appear only once in its object";
        } else if (e instanceof UnrecognizedPropertyException upe) {
            field = field.isEmpty() ? upe.getPropertyName() : field;
            rule = "is not a known field";
            List<String> known = new ArrayList<>();
            upe.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            known.sort(null);
            rule += known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")";
        } else if (e instanceof InvalidFormatException ife) {
            rule = "is not a valid " + simpleName(ife.getTargetType());
            rejected = ife.getValue();
        } else if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
            // A record's constructor met a null where it needs a value (a list written as null, say).
            rule = "lacks a required field (one is missing or null)";
        } else if (e instanceof MismatchedInputException mie) {
            rule = mie.getTargetType() == null ? "has the wrong shape" : "must be a " + simpleName(mie.getTargetType());
        } else {
            String original = e.getOriginalMessage();
            rule = "is not valid JSON: " + (original == null ? "malformed" : original.lines().findFirst().orElse(""));
            if (e.getLocation() != null) {
                rule += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            }
        }
        return InvalidInputException.of(field.isEmpty() ? "json" : field, rule, rejected);
    }

    // Jackson's STRICT_DUPLICATE_DETECTION reports "Duplicate field 'hours'" with the parser still on it.
    private static String duplicateKey(JacksonException e) {
        String original = e.getOriginalMessage();
        if (!(e instanceof StreamReadException) || original == null || !original.startsWith("Duplicate field '")
                || !(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String step : parser.getParsingContext().pathAsPointer().toString().split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            if (step.chars().allMatch(Character::isDigit)) {
                out.append('[').append(step).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(step.replace("~1", "/").replace("~0", "~"));
            }
        }
        String whole = out.toString();
        return whole.isEmpty() ? "json" : whole;
    }

    private static InvalidInputException prefixed(String path, InvalidInputException inner) {
        if (path.isEmpty()) {
            return inner;
        }
        List<Violation> out = new ArrayList<>();
        for (Violation v : inner.violations()) {
            out.add(new Violation(path, v.rule(), v.rejectedValue()));
        }
        return new InvalidInputException(out);
    }

    private static String simpleName(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.math.BigDecimal.class) {
            return "number";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(c.toString().toLowerCase(java.util.Locale.ROOT));
            }
            return "value (one of " + String.join(", ", names) + ")";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
