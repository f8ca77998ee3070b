package org.reconnect.security.web;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts the {@link RequestGate} in front of the container's authentication of Reconnect's requests
 * (its form login, the session it opens to remember a request), where a servlet filter cannot
 * reach: as a security wrapper it runs once the request has its (still anonymous) security
 * context, so that a refusal can show the friendly error page, and before any mechanism
 * authenticates. Registered through {@code META-INF/services}; applies to Reconnect's own
 * deployment only (the root context).
 */
public class RequestGateExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        String path = deployment.getContextPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            deployment.addSecurityWrapper(RequestGate::new);
        }
    }
}
