package org.reconnect.audit.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, for the audit trail. Filled in by the web layer at the
 * start of each request; empty for work that did not come over HTTP.
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
