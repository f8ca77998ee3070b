package org.reconnect.testsupport.container;

import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The archive of an in-container IT: the test class, these helpers and the test libraries they
 * use (Awaitility), nothing of the application. The real WAR ({@code reconnect.war}) is deployed once when the test server boots
 * and shared by every IT class; this small archive depends on its module, so the test sees the
 * real boundaries, entities and datasource, and deploys in well under a second.
 */
public final class InContainer {

    private InContainer() {
    }

    /** The jar a test library class was loaded from, to ship it in the test's archive. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WebArchive archiveFor(Class<?> testClass) {
        return archiveFor(testClass, java.util.List.of());
    }

    /** The archive, depending on these server modules as well (for a test servlet that needs them). */
    public static WebArchive archiveFor(Class<?> testClass, java.util.List<String> modules) {
        StringBuilder more = new StringBuilder();
        modules.forEach(module -> more.append("                <module name=\"").append(module).append("\"/>\n"));
        return ShrinkWrap.create(WebArchive.class, "it-" + testClass.getSimpleName() + ".war")
                .addClass(testClass)
                .addPackage(InContainer.class.getPackage())
                .addAsLibraries(jarOf(Awaitility.class), jarOf(Matcher.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure>
                            <deployment>
                                <dependencies>
                                    <module name="deployment.reconnect.war"/>
                                    <module name="org.wildfly.security.elytron"/>
                                    <module name="org.hibernate"/>
                        %s                </dependencies>
                            </deployment>
                        </jboss-deployment-structure>
                        """.formatted(more)), "jboss-deployment-structure.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web>
                            <context-root>/it-%s</context-root>
                            <security-domain>reconnect</security-domain>
                        </jboss-web>
                        """.formatted(testClass.getSimpleName())), "jboss-web.xml");
    }
}
