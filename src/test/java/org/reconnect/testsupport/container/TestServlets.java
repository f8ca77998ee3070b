package org.reconnect.testsupport.container;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web.xml of a test archive that offers test servlets inside the server (the servlets are
 * not annotated, so only an archive that maps one offers it).
 */
public final class TestServlets {

    private TestServlets() {
    }

    /** A web.xml mapping {@code servlet} to {@code path}. */
    public static String webXml(Class<?> servlet, String path) {
        return webXml(Map.of(servlet, path));
    }

    /** A web.xml mapping each servlet to its path. */
    public static String webXml(Map<Class<?>, String> servlets) {
        StringBuilder mapped = new StringBuilder();
        int n = 0;
        for (Map.Entry<Class<?>, String> servlet : new LinkedHashMap<>(servlets).entrySet()) {
            n++;
            mapped.append("""
                        <servlet>
                            <servlet-name>test%d</servlet-name>
                            <servlet-class>%s</servlet-class>
                        </servlet>
                        <servlet-mapping>
                            <servlet-name>test%d</servlet-name>
                            <url-pattern>%s</url-pattern>
                        </servlet-mapping>
                    """.formatted(n, servlet.getKey().getName(), n, servlet.getValue()));
        }
        return """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                %s</web-app>
                """.formatted(mapped);
    }
}
