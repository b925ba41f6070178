package org.bulletins.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.elasticsearch.plugin.Extensible;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch finds a stable plugin's components only through named_components.json at the zip root (the official
 * build scanner is not on Maven Central), so the checked-in file must list exactly the @NamedComponent classes.
 */
class NamedComponentsFileTest {

    private static final Path NAMED_COMPONENTS = Path.of("src/main/plugin-metadata/named_components.json");

    @Test
    void namedComponentsJsonMatchesAnnotatedClasses() throws Exception {
        Map<String, Map<String, String>> scanned = scanNamedComponents();
        assertFalse(scanned.isEmpty(), "no @NamedComponent classes found");

        String expected = toJson(scanned);
        String actual = Files.readString(NAMED_COMPONENTS).replace("\r\n", "\n");
        assertEquals(expected, actual, NAMED_COMPONENTS + " is out of date; expected content:\n" + expected);
    }

    /** extensible interface name -> (component name -> implementation class), for every compiled main class. */
    private static Map<String, Map<String, String>> scanNamedComponents() throws IOException, URISyntaxException {
        Path classes = Path.of(SmartcnAnalyzerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classNames;
        try (Stream<Path> files = Files.walk(classes)) {
            classNames = files.map(classes::relativize)
                .map(Path::toString)
                .filter(name -> name.endsWith(".class") && name.contains("$") == false && name.contains("-info") == false)
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                .toList();
        }

        Map<String, Map<String, String>> components = new TreeMap<>();
        for (String className : classNames) {
            Class<?> type = load(className);
            NamedComponent named = type.getAnnotation(NamedComponent.class);
            if (named != null) {
                components.computeIfAbsent(extensibleOf(type), k -> new TreeMap<>()).put(named.value(), className);
            }
        }
        return components;
    }

    /** The @Extensible type the component implements, as Elasticsearch's scanner would register it. */
    private static String extensibleOf(Class<?> type) {
        List<Class<?>> pending = new ArrayList<>(List.of(type));
        List<String> found = new ArrayList<>();
        while (pending.isEmpty() == false) {
            Class<?> current = pending.removeFirst();
            if (current.isAnnotationPresent(Extensible.class)) {
                found.add(current.getName());
            }
            pending.addAll(List.of(current.getInterfaces()));
            if (current.getSuperclass() != null) {
                pending.add(current.getSuperclass());
            }
        }
        assertEquals(1, found.stream().distinct().count(), type + " must implement exactly one @Extensible type: " + found);
        return found.getFirst();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, NamedComponentsFileTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sorted, two-space indented JSON: the one format the checked-in file is kept in. */
    private static String toJson(Map<String, Map<String, String>> components) {
        return components.entrySet()
            .stream()
            .map(extensible -> "  " + quote(extensible.getKey()) + ": {\n"
                + extensible.getValue()
                    .entrySet()
                    .stream()
                    .map(component -> "    " + quote(component.getKey()) + ": " + quote(component.getValue()))
                    .collect(Collectors.joining(",\n"))
                + "\n  }")
            .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
    }

    private static String quote(String value) {
        return '"' + value + '"';
    }
}
