package org.reconnect.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages on the page, always from the resource bundle. A boundary's refusal or field problems
 * land next to the input they are about; the rest at the top of the form.
 */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Keeps the messages of this request for the page the browser is redirected to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Shows a boundary's refusal: on its field when it names one (the component id is the field
     * path with dots as underscores, inside {@code formId}), else (or with no form) for the whole page.
     */
    public static void refused(Refusal refusal, String formId) {
        String clientId = refusal.getField() == null || formId == null ? null
                : formId + ":" + refusal.getField().replace('.', '_');
        add(clientId, FacesMessage.SEVERITY_ERROR, text(refusal.getKey(), refusal.getArguments()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Shows each field problem that the boundary found next to its input. */
    public static void invalid(InvalidInput invalid, String formId) {
        for (InvalidInput.Problem problem : invalid.getProblems()) {
            add(problem.field() == null || formId == null ? null : formId + ":" + problem.field().replace('.', '_'),
                    FacesMessage.SEVERITY_ERROR, problem.message());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
