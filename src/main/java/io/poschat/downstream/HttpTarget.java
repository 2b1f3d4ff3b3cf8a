package io.poschat.downstream;

import java.net.URI;

/**
 * Where a service's base URL points: the socket to open and what to put before a path. Parsed once
 * per base URL, not once per request.
 *
 * @param tls {@code https}: the connection is wrapped in TLS, with the host name checked
 * @param hostHeader the {@code Host} header, {@code host:port}
 * @param pathPrefix the base URL's own path ({@code /sim/pos}), without a trailing slash
 */
record HttpTarget(String host, int port, boolean tls, String hostHeader, String pathPrefix) {

    /** The target of an absolute {@code http://} or {@code https://} URL, or an {@link IllegalArgumentException}. */
    static HttpTarget of(String baseUrl) {
        URI uri = URI.create(baseUrl);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
        }
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a base URL is scheme, host, port and path only: " + baseUrl);
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() < 0 ? (tls ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new HttpTarget(uri.getHost(), port, tls, uri.getHost() + ":" + port, path);
    }
}
