package org.reconnect.security.control;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request that changes something comes from one of Reconnect's own pages. Browsers say
 * where a request comes from: {@code Sec-Fetch-Site} (all current browsers) and {@code Origin}
 * (every POST). A page elsewhere can make a visitor's browser post to Reconnect (to sign them in
 * to an attacker's account, or to end their session), but it cannot make the browser lie in
 * these headers. A request with neither header does not come from a browser page (a script or a
 * command-line tool, which holds no victim's cookies) and passes.
 */
public final class SameOrigin {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SameOrigin() {
    }

    /** Whether the method can change something (only these are checked). */
    public static boolean changesState(String method) {
        return method != null && !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a state-changing request may go on.
     *
     * @param secFetchSite  the {@code Sec-Fetch-Site} header, or null
     * @param origin        the {@code Origin} header, or null
     * @param host          the {@code Host} header the request was sent to
     * @param publicAddress the address the clinic publishes (https://clinic.example), or null
     */
    public static boolean allowed(String secFetchSite, String origin, String host, String publicAddress) {
        if (secFetchSite != null && !secFetchSite.isBlank()) {
            // same-origin: one of our pages; none: the person typed or bookmarked it
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        if (origin == null || origin.isBlank()) {
            return true;
        }
        String from = origin.strip().toLowerCase(Locale.ROOT);
        if (from.equals("null")) {
            return false;   // a sandboxed frame, a data: page, a redirect from elsewhere
        }
        if (publicAddress != null && from.equals(originOf(publicAddress))) {
            return true;
        }
        return host != null && authority(from).equals(withDefaultPort(host.strip().toLowerCase(Locale.ROOT), scheme(from)));
    }

    /** scheme://host[:port] of an address, lower case, without a default port. */
    static String originOf(String address) {
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + host + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAnAddress) {
            return "";
        }
    }

    private static String scheme(String origin) {
        int colon = origin.indexOf("://");
        return colon < 0 ? "" : origin.substring(0, colon);
    }

    /** host:port of an origin, with its scheme's default port written out. */
    private static String authority(String origin) {
        int colon = origin.indexOf("://");
        return colon < 0 ? "" : withDefaultPort(origin.substring(colon + 3), scheme(origin));
    }

    private static String withDefaultPort(String hostAndPort, String scheme) {
        boolean hasPort = hostAndPort.startsWith("[") ? hostAndPort.contains("]:") : hostAndPort.contains(":");
        if (hasPort) {
            return hostAndPort;
        }
        return hostAndPort + (scheme.equals("https") ? ":443" : ":80");
    }
}
