package org.reconnect.testsupport.client;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium from the operating system (Debian's chromium and chromium-driver), driven by
 * Selenium; nothing is downloaded. Where Chromium is missing the browser tests are skipped with
 * a message that says how to install it, except on CI ({@code CI=true}), where they must run.
 * Every page a test visits can be checked with axe-core for serious and critical WCAG 2.1 AA
 * violations.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE_SOURCE = axeSource();
    private static final Duration POLL = Duration.ofMillis(50);

    private final WebDriver driver;
    private boolean axeWithEveryDocument;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** Skips the calling test class where Chromium is missing; fails instead on CI. */
    public static void requireChromium() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but Chromium is missing: " + CHROMIUM + ", " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: Chromium not found. Install it with "
                + "'sudo apt-get install chromium chromium-driver' (or set -Dchromium.binary and "
                + "-Dwebdriver.chrome.driver).");
    }

    public static Browser open(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(width, height));
        // every page records what its Content-Security-Policy blocked; assertAccessible checks it
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile"
                        + " + ':' + e.lineNumber); });"));
        return new Browser(driver);
    }

    private java.net.URI base = TestServer.base();

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
    }

    /** Sends this browser's pages to another server (a cluster's balancer) instead of the test server. */
    public void useServer(java.net.URI server) {
        base = server;
    }

    /** Signs in through the login form and waits until the browser has left the form. */
    public void logIn(String email, String password) {
        // the tests' own address never has to wait: the throttle's own test posts directly
        TestDatabase.update("DELETE FROM address_throttle");
        open("/login.xhtml");
        String form = driver.getCurrentUrl();
        driver.findElement(By.id("j_username")).sendKeys(email);
        WebElement passwordField = driver.findElement(By.id("j_password"));
        passwordField.sendKeys(password);
        passwordField.submit();
        waiting(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(form)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        if (DemoTwoStep.appliesTo(email) && waitForPath("/account/two-step.xhtml")) {
            type("twoStep:code", DemoTwoStep.freshCode(email));
            String twoStepPage = driver.getCurrentUrl();
            driver.findElement(By.id("twoStep:verify")).click();
            waiting(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(twoStepPage)
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        }
    }

    /** Waits (up to 10 s) until the browser shows the page at this path; false if it never does. */
    public boolean waitForPath(String path) {
        try {
            waiting(Duration.ofSeconds(10))
                    .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Waits (up to 15 s, e.g. for an ajax update) until the element is on the page. */
    public WebElement waitFor(By locator) {
        return waiting(Duration.ofSeconds(15))
                .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
    }

    /** Types into a field, replacing what it held. */
    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value directly (for very long input that would take long to type). */
    public void setValue(String id, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), text);
    }

    /** Chooses an option of a native select by its visible text. */
    public void choose(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Chooses an option of a native select whose visible text starts with the given words. */
    public void chooseStartingWith(String id, String start) {
        Select select = new Select(driver.findElement(By.id(id)));
        select.getOptions().stream().filter(o -> o.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no option starting with " + start + " in " + id))
                .click();
    }

    /**
     * A wait that looks again every 50 ms. Selenium's own default looks every 500 ms, so each
     * wait for an ajax update of 100 ms cost half a second, hundreds of times a build. An element
     * that an ajax update replaced between finding it and reading it is looked for again, not a
     * failure (FhirBrowserIT once read the disclosure list as it was redrawn).
     */
    public WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Clicks a PrimeFaces ajax button and waits until its request has finished. */
    public void clickAndWait(String id) {
        driver.findElement(By.id(id)).click();
        waiting(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    public String text(By locator) {
        return driver.findElement(locator).getText();
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /**
     * Fails with a readable list when axe finds serious or critical WCAG 2.1 AA violations, or
     * when the page's Content-Security-Policy blocked anything (a script without its nonce).
     */
    public void assertAccessible(String page) {
        Object blocked = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || [];");
        if (blocked instanceof List<?> violations && !violations.isEmpty()) {
            fail("the Content-Security-Policy blocked something on " + page + ": " + violations);
        }
        // a button still disabled by its ajax request, or a colour still moving from a hover or focus
        // style, would be measured half way (a false contrast failure): wait for both to end.
        // PrimeFaces re-enables the button that sent a request only after its minimum loading
        // animation (a queued task after the queue is empty), marked by ui-state-loading until then.
        // A transition only starts at the next style recalculation after an ajax update or a focus
        // change, so the page must stay quiet across two animation frames, not just at one moment.
        waiting(Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const quiet = () => (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                        && !document.querySelector('.ui-state-loading')
                        && document.getAnimations().every(a => a.playState !== 'running' || !a.effect
                        || a.effect.getComputedTiming().endTime === Infinity);
                if (!quiet()) { done(false); return; }
                requestAnimationFrame(() => requestAnimationFrame(() => done(quiet())));""")));
        Results results = axe().analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            fail("axe found accessibility violations on " + page + ":\n" + blocking.stream()
                    .map(rule -> "  - " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " ("
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
                            .collect(Collectors.joining(", ")) + ")"
                            // what axe measured (colours, ratio) and the element, to tell a real fault from a passing state
                            + rule.getNodes().stream().limit(2).map(n -> "\n      " + n.getFailureSummary() + "\n      " + n.getHtml())
                            .collect(Collectors.joining()))
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * axe-core, run the quick way where that checks the same: after its first use this browser
     * gets axe with every new document (through the DevTools protocol, so it is not sent over
     * WebDriver again on each page, and no Content-Security-Policy applies to it), and a page
     * without frames runs it in place ({@code axe.run}) instead of axe's frame-by-frame protocol,
     * which opens a window of its own to merge the frames' results. That took about a third of
     * the time per page. A page with a frame gets the full protocol.
     */
    private AxeBuilder axe() {
        if (!axeWithEveryDocument) {
            ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
            axeWithEveryDocument = true;
        }
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA);
        if (Boolean.TRUE.equals(script("return document.querySelector('iframe, frame, object, embed') !== null"))) {
            return axe;
        }
        axe.setLegacyMode(true).disableIframeTesting();
        if (Boolean.TRUE.equals(script("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"))) {
            axe.setInjectAxe(alreadyThere -> { }, false);
        }
        return axe;
    }

    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not in the axe-core selenium jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails when the page is wider than the window (something would be cut off or need sideways scrolling). */
    public void assertFitsTheScreen(String page) {
        long viewport = ((Number) script("return window.innerWidth")).longValue();
        long content = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        if (content > viewport) {
            // name what sticks out, to go straight to it
            Object wide = script("var w = window.innerWidth, out = [];"
                    + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if (r.right > w + 1 && (e.children.length === 0 || /^(SELECT|INPUT|TEXTAREA|IMG|TABLE|svg|CANVAS)$/i.test(e.tagName))) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
                    + " + ' (' + Math.round(r.right) + ' px)'); } }); return out.slice(0, 5).join(', ');");
            fail(page + " is " + content + " px wide in a window of " + viewport + " px; sticking out: " + wide);
        }
    }

    /**
     * Whether a page's text shows this moment the way pages write dates for this browser (its
     * language is en-US: "Thu, Dec 3, 2026, 10:00 AM").
     */
    public static boolean showsMoment(String text, java.time.LocalDateTime at) {
        String day = java.time.format.DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", java.util.Locale.US).format(at);
        String time = java.time.format.DateTimeFormatter.ofPattern("h:mm", java.util.Locale.US).format(at);
        return text.contains(day) && text.contains(time);
    }

    /** The id of the element that has the keyboard focus (empty when it has none). */
    public String focusedId() {
        return String.valueOf(script("return document.activeElement ? document.activeElement.id : ''"));
    }

    /** Saves a PNG under target/screenshots and returns its path. */
    public Path screenshot(String name) {
        Path directory = Path.of(System.getProperty("it.build.dir", "target"), "screenshots");
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
