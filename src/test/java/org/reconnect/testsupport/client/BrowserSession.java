package org.reconnect.testsupport.client;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium per browser test class, anonymous again before each test:
 * {@code @RegisterExtension static BrowserSession browser = new BrowserSession(1280, 900);}
 * Skips the class where Chromium is missing (fails on CI; see {@link Browser#requireChromium}).
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final int width;
    private final int height;
    private Browser browser;

    public BrowserSession(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireChromium();
        browser = Browser.open(width, height);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.forgetSession();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    public Browser get() {
        return browser;
    }
}
