package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.MappingException;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.expression.Path;
import io.dynantic.internal.convert.DynamicConverter;
import io.dynantic.internal.convert.InvalidValueException;
import io.dynantic.internal.convert.NestedConverter;
import io.dynantic.internal.convert.UnreadableValueException;
import io.dynantic.internal.expression.ValueEncoder;
import io.dynantic.internal.schema.TableModel;
import io.dynantic.internal.validation.BeanValidation;
import io.dynantic.internal.validation.Nesting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Values at attribute paths of one model: encoded for conditions and updates the way the field at the path stores
 * them, checked with the field's Bean Validation constraints, and read back as the field's type. Thread-safe.
 */
public final class PathValues implements ValueEncoder {
    private final TableModel<?> model;
    private final String tableName;
    private final DynamicConverter dynamic;
    private final @Nullable BeanValidation validation;

    PathValues(TableModel<?> model, String tableName, DynamicConverter dynamic, @Nullable BeanValidation validation) {
        this.model = model;
        this.tableName = tableName;
        this.dynamic = dynamic;
        this.validation = validation;
    }

    /** Encodes condition values with the converter of the attribute they are compared with. */
    @Override
    public AttributeValue encode(Object value, @Nullable Path path, boolean element) {
        AttributeValue av = encodeValue(value, path, element);
        if (av == null) {
            throw new ItemValidationException(
                    List.of(new Violation(where(path), "an empty set cannot be compared; use size() or notExists()")));
        }
        return av;
    }

    /**
     * Refuses to compare two attributes the model stores as different types ({@code Instant}s in ISO text and in
     * epoch seconds, say): DynamoDB finds such values neither equal nor ordered, so the condition could never hold
     * as meant.
     */
    @Override
    public void checkComparable(Path left, Path right) {
        AttributeConverter<?> a = converterAt(left);
        AttributeConverter<?> b = converterAt(right);
        if (a != null && b != null && a.type() != b.type()) {
            throw new ItemValidationException(List.of(new Violation(
                    where(left),
                    "is stored as " + a.type() + " and " + right + " as " + b.type()
                            + "; DynamoDB finds values of different types neither equal nor ordered")));
        }
    }

    /**
     * Stores a value the way the attribute at {@code path} stores its values (or, with {@code element},
     * its elements); by runtime class where the model does not describe the path, or the value has
     * another type (a size, an untyped value). Null for a value that is not stored (an empty set, an
     * empty optional).
     *
     * @throws ItemValidationException when DynamoDB cannot hold the value
     */
    public @Nullable AttributeValue encodeValue(Object value, @Nullable Path path, boolean element) {
        return encodeValue(value, path, element, true);
    }

    /**
     * A path resolved once for values to be stored in the field at it: its converter, its field (when the model
     * describes it) and whether the field carries constraints.
     */
    record Target(
            Path path,
            @Nullable AttributeConverter<?> converter,
            TableModel.@Nullable Property property,
            boolean constrained,
            @Nullable Member member,
            String where) {}

    /** The path names an element of a constrained field's list or map: the field, and the index or key. */
    record Member(TableModel.Property field, Object key) {}

    /** The path resolved for {@link #encodeStored} and the checks of values stored at it. */
    Target target(Path path) {
        List<Object> segments = path.segments();
        TableModel.Property property = model.propertyAt(segments);
        boolean constrained = validation != null
                && property != null
                && validation.isConstrained(property.owner(), property.model().name());
        Member member = null;
        if (property == null && validation != null && segments.size() > 1) {
            TableModel.Property field = model.propertyAt(segments.subList(0, segments.size() - 1));
            if (field != null
                    && validation.isConstrained(field.owner(), field.model().name())) {
                member = new Member(field, segments.get(segments.size() - 1));
            }
        }
        return new Target(path, converterAt(path), property, constrained, member, where(path));
    }

    /**
     * As {@link #encodeValue(Object, Path, boolean)} for a value that is to be stored in the field at
     * the target: a value of another type than the field's is an error, not converted by its class.
     */
    @Nullable
    AttributeValue encodeStored(Object value, Target target) {
        return checked(convert(value, target.path(), target.converter(), false), target.path());
    }

    private @Nullable AttributeValue encodeValue(Object value, @Nullable Path path, boolean element, boolean lenient) {
        AttributeConverter<?> converter = path == null ? null : converterAt(path);
        if (element && converter instanceof NestedConverter nested) {
            converter = nested.child(NestedConverter.ELEMENT);
        }
        return checked(convert(value, path, converter, lenient), path);
    }

    /** The converter of what {@code path} addresses, as the field's typed handle names it (not an optional). */
    private @Nullable AttributeConverter<?> converterAt(Path path) {
        return NestedConverter.asHandled(model.converterAt(path.segments()));
    }

    /** {@code av}, unless it nests deeper than DynamoDB allows below {@code path}. */
    private @Nullable AttributeValue checked(@Nullable AttributeValue av, @Nullable Path path) {
        if (av != null
                && (av.hasM() || av.hasL())
                && Nesting.tooDeep(av, path == null ? 1 : path.segments().size())) {
            throw new ItemValidationException(List.of(new Violation(where(path), Nesting.message())));
        }
        return av;
    }

    private @Nullable AttributeValue convert(
            Object value, @Nullable Path path, @Nullable AttributeConverter<?> converter, boolean lenient) {
        // The failures are handled apart, which keeps this method small enough for the JIT to inline.
        try {
            if (converter == null) {
                return dynamic.write(value);
            }
            try {
                return write(converter, value);
            } catch (ClassCastException e) {
                if (!lenient) {
                    throw wrongType(value, path, converter);
                }
                return dynamic.write(value);
            }
        } catch (InvalidValueException e) {
            throw invalid(e, path);
        } catch (IllegalArgumentException e) {
            throw new ItemValidationException(List.of(new Violation(where(path), InvalidValueException.messageOf(e))));
        }
    }

    private ItemValidationException wrongType(Object value, @Nullable Path path, AttributeConverter<?> converter) {
        TableModel.Property field = path == null ? null : model.propertyAt(path.segments());
        return new ItemValidationException(List.of(new Violation(
                where(path),
                "a value of type " + value.getClass().getSimpleName() + " was given, but the field is "
                        + (field == null
                                ? "stored as " + converter.type()
                                : io.dynantic.internal.convert.Types.describe(
                                        field.model().type())))));
    }

    private ItemValidationException invalid(InvalidValueException e, @Nullable Path path) {
        List<Violation> problems = new ArrayList<>();
        for (InvalidValueException.Problem p : e.problems()) {
            String at = p.path().isEmpty() ? "" : (p.path().startsWith("[") ? p.path() : "." + p.path());
            problems.add(new Violation(where(path) + at, p.message()));
        }
        return new ItemValidationException(problems);
    }

    /** Adds to {@code problems} the Bean Validation violations of {@code value} as the new value of the field at the target. */
    void validateValue(Target target, @Nullable Object value, List<Violation> problems) {
        TableModel.Property property = target.property();
        // A constrained target has a property, and there is a validation to constrain it.
        if (target.constrained() && property != null && validation != null) {
            // An optional field's handle gives the value it holds; its constraints are checked on the optional.
            Object fieldValue = property.model().rawType() == Optional.class && !(value instanceof Optional)
                    ? Optional.ofNullable(value)
                    : value;
            problems.addAll(
                    validation.validateValue(property.owner(), property.model().name(), fieldValue, target.where()));
        }
        Member member = target.member();
        if (member != null && validation != null) {
            // Checked as the one element of its list or map: the element constraints of the field apply (to a
            // null element too, which a list stores as NULL).
            Object container = member.key() instanceof Integer
                    ? Collections.singletonList(value)
                    : Collections.singletonMap(member.key(), value);
            TableModel.Property field = member.field();
            problems.addAll(validation.validateElements(
                    field.owner(), field.model().name(), container, value == null ? container : value, target.where()));
        }
    }

    /**
     * Adds to {@code problems} the Bean Validation violations of {@code value}'s elements (a list appended, a set
     * added) as elements of the field at the target.
     */
    void validateElements(Target target, @Nullable Object value, List<Violation> problems) {
        TableModel.Property property = target.property();
        if (target.constrained()
                && property != null
                && validation != null
                && (value instanceof Collection || value instanceof Map)) {
            problems.addAll(validation.validateElements(
                    property.owner(), property.model().name(), value, value, target.where()));
        }
    }

    /**
     * The problems of paths that one request may not name together: one within another, or one twice.
     *
     * @param twice what a path named twice is ("is read twice")
     * @param rule what follows "overlaps address": where, and DynamoDB's rule
     */
    List<Violation> overlaps(List<Path> paths, String twice, String rule) {
        // Only paths under one top-level attribute can overlap.
        List<Violation> problems = new ArrayList<>(0);
        for (int j = 0; j < paths.size(); j++) {
            Path b = paths.get(j);
            for (int i = 0; i < j; i++) {
                Path a = paths.get(i);
                if (a.root().equals(b.root()) && (within(a, b) || within(b, a))) {
                    Path inner = a.segments().size() >= b.segments().size() ? a : b;
                    problems.add(new Violation(
                            where(inner), (a.equals(b) ? twice : "overlaps " + (inner == a ? b : a)) + " " + rule));
                }
            }
        }
        return List.copyOf(problems);
    }

    private static boolean within(Path inner, Path outer) {
        List<Object> in = inner.segments();
        List<Object> out = outer.segments();
        return in.size() >= out.size() && in.subList(0, out.size()).equals(out);
    }

    /** The value at {@code path} inside a stored item, or null when there is none (or it is NULL). */
    public static @Nullable AttributeValue valueAt(Map<String, AttributeValue> item, Path path) {
        return valueAt(item, path, null);
    }

    /**
     * The value at {@code path} inside an item read with {@code projection} (null: read whole). DynamoDB returns
     * the list elements a projection names packed together in index order ({@code history[2]} and {@code
     * history[5]} come back as a list of two), so an element is found by the rank of its index among those named.
     */
    public static @Nullable AttributeValue valueAt(
            Map<String, AttributeValue> item, Path path, @Nullable List<Path> projection) {
        List<Object> segments = path.segments();
        AttributeValue value = item.get((String) segments.get(0));
        for (int i = 1; i < segments.size() && value != null; i++) {
            Object segment = segments.get(i);
            if (segment instanceof String name) {
                value = value.hasM() ? value.m().get(name) : null;
            } else {
                int index = projection == null
                        ? (Integer) segment
                        : rank(projection, segments.subList(0, i), (Integer) segment);
                value = value.hasL() && index < value.l().size() ? value.l().get(index) : null;
            }
        }
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : value;
    }

    /** How many distinct indexes below {@code index} the projection names in the list at {@code list}. */
    private static int rank(List<Path> projection, List<Object> list, int index) {
        Set<Integer> below = new HashSet<>();
        for (Path p : projection) {
            List<Object> s = p.segments();
            if (s.size() > list.size()
                    && s.get(list.size()) instanceof Integer other
                    && other < index
                    && s.subList(0, list.size()).equals(list)) {
                below.add(other);
            }
        }
        return below.size();
    }

    /**
     * Adds to {@code problems} those of removing the field at the target: a primitive cannot be absent, and a
     * field's constraints (such as {@code @NotNull}) are checked against null.
     */
    void validateRemoval(Target target, List<Violation> problems) {
        TableModel.Property property = target.property();
        if (property != null && property.model().rawType().isPrimitive()) {
            problems.add(new Violation(
                    target.where(),
                    "a primitive " + property.model().rawType()
                            + " cannot be absent; set a value instead of removing it"));
            return;
        }
        validateValue(target, null, problems);
    }

    /** The value stored at {@code path} as its field's Java type (by stored type where unknown). */
    public @Nullable Object readAt(Path path, AttributeValue value) {
        AttributeConverter<?> converter = converterAt(path);
        try {
            return converter == null ? dynamic.read(value) : converter.read(value);
        } catch (UnreadableValueException e) {
            throw new MappingException(where(path) + ": " + e.reason() + " (table " + tableName + ")", e.getCause());
        } catch (RuntimeException e) {
            throw new MappingException(where(path) + ": " + e.getMessage() + " (table " + tableName + ")", e);
        }
    }

    /** {@code User.address.zip}: a path for messages. */
    public String where(@Nullable Path path) {
        return model.type().getSimpleName() + "." + (path == null ? "value" : model.fieldPath(path.segments()));
    }

    @SuppressWarnings("unchecked")
    private static @Nullable AttributeValue write(AttributeConverter<?> converter, Object value) {
        return ((AttributeConverter<Object>) converter).write(value);
    }
}
