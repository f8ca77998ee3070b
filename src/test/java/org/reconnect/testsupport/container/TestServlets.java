package org.reconnect.testsupport.container;

/**
 * The web.xml of a test archive that offers one test servlet inside the server (the servlets are
 * not annotated, so only an archive that maps one offers it).
 */
public final class TestServlets {

    private TestServlets() {
    }

    /** A web.xml mapping {@code servlet} to {@code path}. */
    public static String webXml(Class<?> servlet, String path) {
        return """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <servlet>
                        <servlet-name>test</servlet-name>
                        <servlet-class>%s</servlet-class>
                    </servlet>
                    <servlet-mapping>
                        <servlet-name>test</servlet-name>
                        <url-pattern>%s</url-pattern>
                    </servlet-mapping>
                </web-app>
                """.formatted(servlet.getName(), path);
    }
}
