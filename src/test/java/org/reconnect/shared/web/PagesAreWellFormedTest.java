package org.reconnect.shared.web;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page and template parses as XML: a broken attribute fails the build here, not as a 500 on the server. */
class PagesAreWellFormedTest {

    @Test
    void everyFaceletIsWellFormedXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        for (Path page : pages) {
            try {
                factory.newDocumentBuilder().parse(page.toFile());
            } catch (Exception e) {
                broken.add(page + ": " + e.getMessage());
            }
        }
        assertTrue(pages.size() > 30, "found the pages: " + pages.size());
        assertTrue(broken.isEmpty(), "pages that are not well-formed:\n" + String.join("\n", broken));
    }
}
