package io.dynantic.internal.validation;

import io.dynantic.ItemValidationException.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jakarta Bean Validation, when the API and a provider are on the classpath. This is the only class
 * that touches the Jakarta API, so the library runs without it.
 */
public final class BeanValidation {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.validation");

    private final Validator validator;

    /** The names of each class's properties that carry constraints or cascade, as Bean Validation reports them. */
    private final Map<Class<?>, Set<String>> constrained = new ConcurrentHashMap<>();

    private BeanValidation(Validator validator) {
        this.validator = validator;
    }

    /** Whether {@code owner}'s {@code property} has constraints or cascades: else its values need no check. */
    public boolean isConstrained(Class<?> owner, String property) {
        return constrained
                .computeIfAbsent(
                        owner,
                        type -> validator.getConstraintsForClass(type).getConstrainedProperties().stream()
                                .map(PropertyDescriptor::getPropertyName)
                                .collect(Collectors.toUnmodifiableSet()))
                .contains(property);
    }

    /**
     * The validation to apply: the given validator (a {@code jakarta.validation.Validator}), else the
     * default provider's when there is one, else none (null).
     */
    public static @Nullable BeanValidation detect(@Nullable Object explicit) {
        if (explicit != null) {
            return new BeanValidation((Validator) explicit);
        }
        try {
            Class.forName("jakarta.validation.Validation", false, BeanValidation.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        return fromDefaultProvider();
    }

    private static @Nullable BeanValidation fromDefaultProvider() {
        try {
            return new BeanValidation(Validation.buildDefaultValidatorFactory().getValidator());
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("No Jakarta Bean Validation provider is usable; items are not validated", e);
            return null;
        }
    }

    /** Every constraint violation of {@code item}, with paths under {@code root}. */
    public List<Violation> validate(Object item, String root) {
        Set<ConstraintViolation<Object>> found = validator.validate(item);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            out.add(new Violation(root + "." + v.getPropertyPath(), v.getMessage()));
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    /**
     * The violations of {@code value} as the new value of {@code owner}'s {@code property}, with paths
     * under {@code where}: the property's own constraints and, where the property cascades
     * ({@code @Valid}, also on container elements), the constraints of the value's contents, exactly as
     * validating a whole item would find them.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Violation> validateValue(Class<?> owner, String property, @Nullable Object value, String where) {
        if (!isConstrained(owner, property)) {
            return List.of();
        }
        Set<ConstraintViolation<Object>> found = validator.validateValue((Class) owner, property, value);
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            out.add(new Violation(where, v.getMessage()));
        }
        if (value != null && cascades(owner, property)) {
            cascade(value, where, out);
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    private boolean cascades(Class<?> owner, String property) {
        PropertyDescriptor descriptor = validator.getConstraintsForClass(owner).getConstraintsForProperty(property);
        if (descriptor == null) {
            return false;
        }
        if (descriptor.isCascaded()) {
            return true;
        }
        for (ContainerElementTypeDescriptor element : descriptor.getConstrainedContainerElementTypes()) {
            if (element.isCascaded()) {
                return true;
            }
        }
        return false;
    }

    /** Validates a cascaded value: a bean, or each element of a collection, map or optional. */
    private void cascade(Object value, String where, List<Violation> out) {
        if (value instanceof java.util.Optional<?> optional) {
            optional.ifPresent(v -> cascade(v, where, out));
        } else if (value instanceof Iterable<?> elements) {
            int i = 0;
            for (Object element : elements) {
                if (element != null) {
                    cascade(element, where + "[" + i + "]", out);
                }
                i++;
            }
        } else if (value instanceof java.util.Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v != null) {
                    cascade(v, where + "[" + k + "]", out);
                }
            });
        } else {
            for (ConstraintViolation<Object> v : validator.validate(value)) {
                out.add(new Violation(where + "." + v.getPropertyPath(), v.getMessage()));
            }
        }
    }
}
