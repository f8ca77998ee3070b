package org.reconnect.shared.web;

/**
 * What the container serves as files, never a page: Faces resources (styles, scripts, fonts) and,
 * at the site's root, the favicon, the home-screen icons and the web app manifest. Browsers fetch
 * them on their own for every page (the favicon even before a sign-in has finished its second
 * step), so they are answered without the per-request checks of a page; they hold nothing of
 * anyone. The headers they get (a week's caching, a policy that allows nothing) are set by path in
 * {@code WEB-INF/undertow-handlers.conf}.
 */
public final class StaticFiles {

    private StaticFiles() {
    }

    /** Whether the path (as the container resolved it, never the raw URI) is one of these files. */
    public static boolean isStatic(String path) {
        return path != null && (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/icons/")
                || path.equals("/favicon.ico") || path.equals("/manifest.webmanifest"));
    }
}
