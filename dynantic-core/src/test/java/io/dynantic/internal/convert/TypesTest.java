package io.dynantic.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Types#parameterized}, which generated schemas use for generic field types, equals the JDK's own
 * {@code ParameterizedType} both ways and hashes alike: converters are cached by type, whichever made it.
 */
class TypesTest {
    @SuppressWarnings("unused")
    private Map<String, List<Integer>> nested;

    @SuppressWarnings("unused")
    private Map.Entry<String, Long> entry;

    private static Type declared(String field) throws NoSuchFieldException {
        return TypesTest.class.getDeclaredField(field).getGenericType();
    }

    @Test
    void equalsAndHashesLikeTheJdksType() throws NoSuchFieldException {
        Type jdk = declared("nested");
        ParameterizedType ours =
                Types.parameterized(Map.class, String.class, Types.parameterized(List.class, Integer.class));
        assertThat(ours).isEqualTo(jdk);
        assertThat(jdk).isEqualTo(ours);
        assertThat(ours.hashCode()).isEqualTo(jdk.hashCode());
        assertThat(ours.getTypeName()).isEqualTo(jdk.getTypeName());
        assertThat(Types.describe(ours)).isEqualTo("Map<String, List<Integer>>");
    }

    @Test
    void aMemberTypeHasItsOwnerAsTheJdkGivesIt() throws NoSuchFieldException {
        Type jdk = declared("entry");
        ParameterizedType ours = Types.parameterized(Map.Entry.class, String.class, Long.class);
        assertThat(ours.getOwnerType()).isEqualTo(((ParameterizedType) jdk).getOwnerType());
        assertThat(ours).isEqualTo(jdk);
        assertThat(jdk).isEqualTo(ours);
        assertThat(ours.hashCode()).isEqualTo(jdk.hashCode());
    }
}
