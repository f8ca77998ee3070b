package org.reconnect.testsupport.client;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a page must never do with hostile input, checked in the browser: run script (an alert,
 * confirm or prompt, recorded by a hook that Chromium installs in every document before the
 * page's own scripts run, and kept across page loads in the tab's session storage), grow
 * elements or handlers from a payload, show the error page, a SQL or EL error or a stack trace.
 * And what it must do: show a value as the very text that was typed.
 */
public final class PageSafety {

    /** Replaces alert, confirm and prompt by a recorder, in every document, before anything else runs. */
    private static final String HOOK = """
            (() => {
              const record = (kind, args) => {
                const call = kind + '(' + Array.from(args).map(String).join(', ') + ') on ' + location.pathname;
                (window.__injectionCalls = window.__injectionCalls || []).push(call);
                try {
                  const calls = JSON.parse(sessionStorage.getItem('injectionCalls') || '[]');
                  calls.push(call);
                  sessionStorage.setItem('injectionCalls', JSON.stringify(calls));
                } catch (e) { /* a document without storage still keeps its own record */ }
              };
              window.alert = function () { record('alert', arguments); };
              window.confirm = function () { record('confirm', arguments); return false; };
              window.prompt = function () { record('prompt', arguments); return null; };
              window.__injectionHook = true;
            })();""";

    private static final String INSPECT = """
            const problems = [];
            let calls = [];
            try { calls = JSON.parse(sessionStorage.getItem('injectionCalls') || '[]'); } catch (e) { }
            (window.__injectionCalls || []).forEach(c => { if (!calls.includes(c)) calls.push(c); });
            calls.forEach(c => problems.push('script ran: ' + c));
            if (!window.__injectionHook) problems.push('the alert hook is missing on ' + location.pathname);
            document.querySelectorAll('script').forEach(s => {
              if (/^alert\\(/.test(s.textContent.trim())) problems.push('a script element from a payload: ' + s.outerHTML);
            });
            document.querySelectorAll('*').forEach(e => {
              for (const a of e.attributes) {
                if (/^on/i.test(a.name) && /alert/.test(a.value)) {
                  problems.push('a handler from a payload: ' + e.outerHTML.slice(0, 200));
                }
              }
            });
            document.querySelectorAll('img[src="x"], svg[onload], iframe, a[href^="javascript:" i], [autofocus][onfocus]')
              .forEach(e => problems.push('an element from a payload: ' + e.outerHTML.slice(0, 200)));
            const error = document.getElementById('errorTitle');
            return {problems: problems, text: (document.title || '') + '\\n' + (document.body ? document.body.innerText : ''),
                    error: error ? error.getAttribute('data-error') : null};""";

    /** The text a person reads: without scripts, styles and form controls (those hold what was typed). */
    private static final String SHOWN_TEXT = """
            const scope = arguments[0] || document.querySelector('main') || document.body;
            const copy = scope.cloneNode(true);
            copy.querySelectorAll('script, style, noscript, textarea, input, select, option').forEach(e => e.remove());
            return copy.textContent;""";

    private static final String SET_VALUE = """
            const field = document.getElementById(arguments[0]);
            if (!field) { return 'no field ' + arguments[0]; }
            field.value = arguments[1];
            field.dispatchEvent(new Event('input', {bubbles: true}));
            return field.value === arguments[1] ? null : 'the browser changed the value of ' + arguments[0] + ' to ' + field.value;""";

    private static final Pattern FAULT = Pattern.compile(
            "Something went wrong on our side|SQL ?syntax|You have an error in your SQL|Data too long|Incorrect string value"
                    + "|Truncated incorrect|\\b\\w+(Exception|Error)\\b|\\bat (org|jakarta|java|io|com)\\.[\\w.$]+\\(|Stack ?trace");

    private final Browser browser;
    private int checks;

    public PageSafety(Browser browser) {
        this.browser = browser;
        ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    }

    /** How many checks this has made: safety of a page, a value shown, a value redisplayed. */
    public int checks() {
        return checks;
    }

    /** No script ran, no element or handler came from a payload, no error page, no error text. */
    public void assertSafe(String where) {
        inspect(where, null);
    }

    /** The page answers 404 for a hostile address, never 500, and is safe otherwise. */
    public void assertNotFound(String where) {
        WebElement title = browser.waitFor(By.id("errorTitle"));
        assertEquals("404", title.getAttribute("data-error"), where + ": " + browser.driver().getCurrentUrl());
        inspect(where, "404");
    }

    /**
     * Shows on the current page that the checks see what they are there for: a call of alert, and
     * an image whose error handler a payload wrote (it fires, and is found in the page). Then
     * forgets both, so that the page is clean again.
     */
    public void proveItWorks() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("""
                alert('probe');
                const probe = document.createElement('img');
                probe.id = 'injectionProbe';
                probe.setAttribute('onerror', "alert('probe-onerror')");
                probe.src = 'x';
                document.body.appendChild(probe);""");
        browser.waiting(Duration.ofSeconds(5))
                .until(d -> problems(inspection()).stream().anyMatch(p -> p.contains("probe-onerror")));
        List<String> seen = problems(inspection());
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("script ran: alert(probe)")), String.join("\n", seen));
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("a handler from a payload")), String.join("\n", seen));
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("an element from a payload")), String.join("\n", seen));
        js.executeScript("""
                document.getElementById('injectionProbe').remove();
                sessionStorage.removeItem('injectionCalls');
                window.__injectionCalls = [];""");
        assertSafe("the page after the probe");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> inspection() {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(INSPECT);
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Map<String, Object> inspection) {
        return (List<String>) inspection.get("problems");
    }

    private void inspect(String where, String expectedError) {
        checks++;
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert is open on " + where);
        Map<String, Object> seen = inspection();
        List<String> problems = problems(seen);
        if (!problems.isEmpty()) {
            fail(where + ": " + String.join("\n  ", problems));
        }
        if (seen.get("error") != null && !seen.get("error").equals(expectedError)) {
            fail(where + ": the " + seen.get("error") + " error page (" + browser.driver().getCurrentUrl() + ")");
        }
        String text = (String) seen.get("text");
        Matcher fault = FAULT.matcher(text);
        if (fault.find()) {
            fail(where + ": the page shows \"" + fault.group() + "\": "
                    + text.substring(Math.max(0, fault.start() - 200), Math.min(text.length(), fault.end() + 200)));
        }
    }

    /** The value is on the page as text, exactly as typed (spaces aside), in main. */
    public void assertShown(String where, String value) {
        assertShownIn(where, null, value);
    }

    /** The value is on the page as text, exactly as typed (spaces aside), in the element found (or main). */
    public void assertShownIn(String where, By scope, String value) {
        checks++;
        WebElement element = scope == null ? null : browser.waitFor(scope);
        String text = normalized((String) ((JavascriptExecutor) browser.driver()).executeScript(SHOWN_TEXT, element));
        if (!text.contains(normalized(value))) {
            fail(where + ": \"" + value + "\" is not shown as text" + (scope == null ? "" : " in " + scope) + ". The page reads:\n"
                    + text);
        }
    }

    /** A refused form shows the typed value again in its field, unchanged. */
    public void assertRedisplayed(String fieldId, String value) {
        checks++;
        assertEquals(value, browser.driver().findElement(By.id(fieldId)).getDomProperty("value"),
                fieldId + " shows what was typed");
    }

    /** Puts the text into the field as if typed (the field's input event fires), whatever its characters. */
    public void setText(String fieldId, String value) {
        Object problem = ((JavascriptExecutor) browser.driver()).executeScript(SET_VALUE, fieldId, value);
        if (problem != null) {
            fail(problem.toString());
        }
    }

    /** Waits for a message (on a field or the page) that contains this text. */
    public void assertMessage(String where, String text) {
        checks++;
        browser.waitFor(By.xpath("//*[(contains(@class, 'ui-message') or contains(@class, 'notice') or contains(@class, 'problem'))"
                + " and contains(., " + literal(text) + ")]"));
    }

    static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** An XPath string literal for any text. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
