package org.reconnect.shared.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkedTextTest {

    private static LinkedText.Part text(String text) {
        return new LinkedText.Part(text, false);
    }

    private static LinkedText.Part link(String address) {
        return new LinkedText.Part(address, true);
    }

    private static List<String> links(String text) {
        return LinkedText.parts(text).stream().filter(LinkedText.Part::link).map(LinkedText.Part::text).toList();
    }

    /** Whatever the split, the parts give the text back unchanged: nothing is lost or added. */
    private static void assertWhole(String text) {
        assertEquals(text, LinkedText.parts(text).stream().map(LinkedText.Part::text).collect(Collectors.joining()));
    }

    @Test
    void aVideoLinkInARoomDescriptionIsALink() {
        assertEquals(List.of(text("Video: "), link("https://meet.example/abc-defg-hij?pwd=x1&lang=en"), text(" (code 4711)")),
                LinkedText.parts("Video: https://meet.example/abc-defg-hij?pwd=x1&lang=en (code 4711)"));
        assertEquals(List.of(link("http://clinic.example:8080/room#3")), LinkedText.parts("http://clinic.example:8080/room#3"));
        assertEquals(List.of(link("HTTPS://Meet.Example/X")), LinkedText.parts("HTTPS://Meet.Example/X"));
    }

    @Test
    void plainTextStaysText() {
        assertEquals(List.of(text("Room 2, first floor")), LinkedText.parts("Room 2, first floor"));
        assertEquals(List.of(), LinkedText.parts(""));
        assertEquals(List.of(), LinkedText.parts(null));
        assertEquals(List.of(text("meet.example/abc or www.example.org")), LinkedText.parts("meet.example/abc or www.example.org"));
    }

    @Test
    void punctuationAfterALinkBelongsToTheSentence() {
        assertEquals(List.of(text("Join at "), link("https://meet.example/abc"), text(".")),
                LinkedText.parts("Join at https://meet.example/abc."));
        assertEquals(List.of(text("(see "), link("https://meet.example/a"), text("), or "), link("https://x.example/b?c=1"),
                text("!")), LinkedText.parts("(see https://meet.example/a), or https://x.example/b?c=1!"));
        assertEquals(List.of(link("https://en.example/wiki/Room_(clinic)")), LinkedText.parts("https://en.example/wiki/Room_(clinic)"));
        assertEquals(List.of(text("two: "), link("https://a.example"), text(" "), link("https://b.example/")),
                LinkedText.parts("two: https://a.example https://b.example/"));
    }

    @Test
    void onlyHttpAndHttpsEverBecomeLinks() {
        for (String hostile : List.of("javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)", "java\tscript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "file:///etc/passwd",
                "ftp://files.example/a", "//evil.example/path", "https:evil.example", "https:/evil.example",
                "https:\\\\evil.example", "https://", "http://:80/", "mailto:someone@example.org", "xhttps://evil.example",
                "&#106;avascript:alert(1)", "https://bank.example@evil.example/login", "https://user:pw@evil.example/")) {
            assertEquals(List.of(), links(hostile), hostile);
            assertWhole(hostile);
        }
    }

    @Test
    void markupAroundOrInsideAnAddressNeverJoinsTheLink() {
        assertEquals(List.of("https://x.example/"), links("<a href=\"https://x.example/\" onclick=\"alert(1)\">x</a>"));
        assertEquals(List.of("https://x.example/a"), links("https://x.example/a\"onmouseover=\"alert(1)"));
        assertEquals(List.of("https://x.example/"), links("https://x.example/<script>alert(1)</script>"));
        assertEquals(List.of("https://x.example/a"), links("https://x.example/a`{}|\\^"));
        assertEquals(List.of("https://x.example/a"), links("https://x.example/a\u202Egnp.exe"), "no bidi override in a link");
        assertEquals(List.of("https://evil.example"), links("javascript:https://evil.example"),
                "a real https address after text is still only that address");
        assertEquals(List.of(link("https://x.example/#"), text("{7*7}")), LinkedText.parts("https://x.example/#{7*7}"),
                "braces end an address; pages never evaluate text anyway");
        for (String text : List.of("<a href=\"https://x.example/\">x</a>", "https://x.example/a\"onmouseover=\"alert(1)",
                "Raum Łódź: https://x.example/ü?q=ä", "https://x.example/a\u202Egnp.exe")) {
            assertWhole(text);
        }
        assertTrue(links("https://x.example/ü").contains("https://x.example/"));
    }

    @Test
    void aLongTextIsSplitQuickly() {
        String text = ("Room 3 https://meet.example/" + "a".repeat(200) + " ").repeat(2000) + "h".repeat(100_000);
        long start = System.nanoTime();
        assertEquals(2000, links(text).size());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "no catastrophic backtracking");
    }
}
