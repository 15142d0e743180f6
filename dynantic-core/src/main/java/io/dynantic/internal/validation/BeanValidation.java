package io.dynantic.internal.validation;

import io.dynantic.ItemValidationException.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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
 * that touches the Jakarta API, so the library runs without it. The default provider is started when a
 * check first needs it, not with the {@code Dynantic}: Hibernate Validator's start-up takes about ten times
 * a model's first table, and an application that only reads never pays it.
 */
public final class BeanValidation {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.validation");

    /** The given validator, or the default provider's once started; null before that, or when there is none. */
    private volatile @Nullable Validator validator;

    /** Whether the default provider was tried and is not usable. */
    private volatile boolean unavailable;

    /** The names of each class's properties that carry constraints or cascade, as Bean Validation reports them. */
    private final Map<Class<?>, Set<String>> constrained = new ConcurrentHashMap<>();

    private BeanValidation(@Nullable Validator validator) {
        this.validator = validator;
    }

    /** The validator, the default provider's started on first use; null when no provider is usable. */
    private @Nullable Validator validator() {
        Validator ready = validator;
        if (ready != null || unavailable) {
            return ready;
        }
        synchronized (this) {
            if (validator == null && !unavailable) {
                try {
                    validator = Validation.buildDefaultValidatorFactory().getValidator();
                } catch (RuntimeException | LinkageError e) {
                    LOG.debug("No Jakarta Bean Validation provider is usable; items are not validated", e);
                    unavailable = true;
                }
            }
            return validator;
        }
    }

    /** Whether {@code owner}'s {@code property} has constraints or cascades: else its values need no check. */
    public boolean isConstrained(Class<?> owner, String property) {
        Validator validator = validator();
        if (validator == null) {
            return false;
        }
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
     * default provider's, started on first use (and then checking nothing if none is usable); null without
     * the Jakarta API.
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
        return new BeanValidation(null);
    }

    /** Every constraint violation of {@code item}, with paths under {@code root}. */
    public List<Violation> validate(Object item, String root) {
        Validator validator = validator();
        if (validator == null) {
            return List.of();
        }
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
        Validator validator = validator();
        if (validator == null || !isConstrained(owner, property)) {
            return List.of();
        }
        Set<ConstraintViolation<Object>> found = validator.validateValue((Class) owner, property, value);
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            out.add(new Violation(where, v.getMessage()));
        }
        if (value != null && cascades(validator, owner, property)) {
            cascade(validator, value, where, out);
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    /**
     * The violations of the elements of {@code container} (a list, set or map) as elements of {@code owner}'s
     * {@code property}, with paths under {@code where}: their own constraints ({@code List<@NotBlank String>}) and,
     * where they cascade, those of {@code cascaded} (the elements, or the one element {@code container} wraps). Not
     * the property's own constraints, which hold for the whole container, not for the part an update adds.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Violation> validateElements(
            Class<?> owner, String property, Object container, Object cascaded, String where) {
        Validator validator = validator();
        if (validator == null || !isConstrained(owner, property)) {
            return List.of();
        }
        Set<ConstraintViolation<Object>> found = validator.validateValue((Class) owner, property, container);
        List<Violation> out = new ArrayList<>(0);
        for (ConstraintViolation<Object> v : found) {
            if (onElement(v)) {
                out.add(new Violation(where, v.getMessage()));
            }
        }
        if (cascades(validator, owner, property)) {
            cascade(validator, cascaded, where, out);
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    private static boolean onElement(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    private static boolean cascades(Validator validator, Class<?> owner, String property) {
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
    private static void cascade(Validator validator, Object value, String where, List<Violation> out) {
        if (value instanceof java.util.Optional<?> optional) {
            optional.ifPresent(v -> cascade(validator, v, where, out));
        } else if (value instanceof Iterable<?> elements) {
            int i = 0;
            for (Object element : elements) {
                if (element != null) {
                    cascade(validator, element, where + "[" + i + "]", out);
                }
                i++;
            }
        } else if (value instanceof java.util.Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v != null) {
                    cascade(validator, v, where + "[" + k + "]", out);
                }
            });
        } else {
            for (ConstraintViolation<Object> v : validator.validate(value)) {
                out.add(new Violation(where + "." + v.getPropertyPath(), v.getMessage()));
            }
        }
    }
}
