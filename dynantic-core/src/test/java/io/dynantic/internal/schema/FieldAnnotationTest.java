package io.dynantic.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dynantic.annotation.EnumValue;
import io.dynantic.annotation.PartitionKey;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The named constants stay in step with the annotation classes they stand for. */
class FieldAnnotationTest {

    @Test
    void everyConstantNamesItsAnnotationAndBack() throws ClassNotFoundException {
        for (FieldAnnotation constant : FieldAnnotation.values()) {
            Class<?> type = Class.forName(constant.className());
            assertEquals(constant.simpleName(), type.getSimpleName());
            assertSame(constant, FieldAnnotation.of(type.asSubclass(Annotation.class)));
        }
        assertEquals(null, FieldAnnotation.of(Deprecated.class));
    }

    /** Every field annotation of the package has a constant (EnumValue marks enum constants, not model fields). */
    @Test
    void everyFieldAnnotationOfThePackageHasAConstant() throws URISyntaxException, ClassNotFoundException {
        File dir = new File(PartitionKey.class.getResource("PartitionKey.class").toURI()).getParentFile();
        Set<String> onFields = new TreeSet<>();
        for (String file : dir.list()) {
            if (!file.endsWith(".class") || file.contains("$") || file.startsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(PartitionKey.class.getPackageName() + "." + file.replace(".class", ""));
            Target target = type.getAnnotation(Target.class);
            if (type != EnumValue.class
                    && target != null
                    && Arrays.asList(target.value()).contains(ElementType.FIELD)) {
                onFields.add(type.getSimpleName());
            }
        }
        Set<String> named = EnumSet.allOf(FieldAnnotation.class).stream()
                .map(FieldAnnotation::simpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onFields, named);
    }
}
