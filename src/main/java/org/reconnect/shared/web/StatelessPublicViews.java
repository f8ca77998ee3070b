package org.reconnect.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The pages anyone may open (login, errors, crisis help, choosing a password, asking for a link
 * to choose a new one) are stateless: their template says so, but only once the view is built.
 * PrimeFaces' Content-Security-Policy keeps each page's nonce in the view's state and looks
 * before the build; marking these views transient when they are created keeps an anonymous visit
 * from starting a session.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    /** The pages anyone may open; nothing else may be posted to without a session. */
    public static boolean isPublic(String viewId) {
        return viewId != null && (viewId.equals("/login.xhtml") || viewId.startsWith("/errors/")
                || viewId.startsWith("/help/") || viewId.equals("/account/set-password.xhtml")
                || viewId.equals("/account/forgot-password.xhtml"));
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isPublic(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }
}
