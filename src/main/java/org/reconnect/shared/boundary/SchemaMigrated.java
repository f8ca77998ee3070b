package org.reconnect.shared.boundary;

/**
 * Fired once when the server starts, as soon as the database has the schema this WAR expects and
 * before the demo clinic is loaded: a capability loads what it ships (the bundled instruments).
 * Observers run in the starting thread, one after the other; a failure stops the deployment.
 */
public record SchemaMigrated() {
}
