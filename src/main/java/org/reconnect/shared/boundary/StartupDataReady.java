package org.reconnect.shared.boundary;

/**
 * Fired once when the server starts, after {@link SchemaMigrated} and the demo clinic (in demo
 * mode): a capability creates what a new clinic needs (its first admin). Observers run in the
 * starting thread; a failure stops the deployment.
 */
public record StartupDataReady() {
}
