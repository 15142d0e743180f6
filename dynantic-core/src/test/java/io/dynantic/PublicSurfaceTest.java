package io.dynantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The root package shows users' nouns: the builders' shared bases are package-private, and every public method of
 * a public class is reachable through a public class (so reflection, Groovy and test doubles can call it).
 */
class PublicSurfaceTest {

    @Test
    void sharedBasesAreNotPublic() {
        for (Class<?> base :
                List.of(ReadSteps.class, Reader.class, AsyncReader.class, UpdateSteps.class, ItemUpdate.class)) {
            assertFalse(Modifier.isPublic(base.getModifiers()), base.getName());
        }
    }

    @Test
    void everyPublicMethodIsDeclaredByAPublicClass() throws URISyntaxException, ClassNotFoundException {
        List<String> hidden = new ArrayList<>();
        for (Class<?> type : rootClasses()) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (!Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                    hidden.add(type.getSimpleName() + "." + method.getName() + " (declared by "
                            + method.getDeclaringClass().getSimpleName() + ")");
                }
            }
        }
        assertEquals(List.of(), hidden);
    }

    private static List<Class<?>> rootClasses() throws URISyntaxException, ClassNotFoundException {
        File dir = new File(Table.class.getResource("Table.class").toURI()).getParentFile();
        List<Class<?>> classes = new ArrayList<>();
        for (String file : dir.list()) {
            if (file.endsWith(".class") && !file.contains("$") && !file.startsWith("package-info")) {
                classes.add(Class.forName("io.dynantic." + file.replace(".class", "")));
            }
        }
        return classes;
    }
}
