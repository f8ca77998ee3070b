package org.reconnect.testsupport.container;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import org.reconnect.security.boundary.Callers;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every public method of every boundary bean in the WAR the test server deployed: the classes of
 * {@code org.reconnect.<capability>.boundary} that are EJBs or CDI beans of a normal scope (not
 * the forms, rows and records beside them, nor the {@code @Dependent} parts the boundaries share
 * among themselves), read from the WAR's {@code WEB-INF/classes}.
 */
public final class BoundaryMethods {

    private static final Pattern BOUNDARY_CLASS =
            Pattern.compile("WEB-INF/classes/(org/reconnect/[a-z]+/boundary/[A-Za-z0-9]+)\\.class");
    private static final List<Class<? extends Annotation>> BEANS = List.of(Stateless.class, Singleton.class, Stateful.class,
            ApplicationScoped.class, RequestScoped.class, SessionScoped.class);

    private BoundaryMethods() {
    }

    /** The deployed WAR, where the test build put it: the server's deployment folder. */
    public static Path deployedWar() {
        Path war = Path.of(System.getProperty("jboss.server.base.dir"), "deployments", "reconnect.war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no deployed WAR at " + war);
        }
        return war;
    }

    /**
     * The public methods by name, {@code Class.method}; with the parameter types,
     * {@code Class.method(long,String)}, where a class has several of that name.
     */
    public static SortedMap<String, Method> inDeployment() throws IOException {
        SortedMap<String, Method> methods = new TreeMap<>();
        try (ZipFile war = new ZipFile(deployedWar().toFile())) {
            for (ZipEntry entry : war.stream().toList()) {
                Matcher name = BOUNDARY_CLASS.matcher(entry.getName());
                if (name.matches()) {
                    Class<?> type = load(name.group(1).replace('/', '.'));
                    if (BEANS.stream().anyMatch(type::isAnnotationPresent)) {
                        methods.putAll(publicMethods(type));
                    }
                }
            }
        }
        return methods;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Callers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the deployed WAR has " + name + " but its class loader does not", e);
        }
    }

    private static Map<String, Method> publicMethods(Class<?> type) {
        List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .toList();
        Map<String, Long> perName = methods.stream().collect(Collectors.groupingBy(Method::getName, Collectors.counting()));
        return methods.stream().collect(Collectors.toMap(m -> type.getSimpleName() + "." + m.getName()
                + (perName.get(m.getName()) > 1 ? Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")")) : ""), m -> m));
    }
}
