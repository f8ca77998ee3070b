package org.reconnect.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Faces;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages on the page, always from the resource bundle ({@code msg}), placed with OmniFaces'
 * {@link org.omnifaces.util.Messages}, whose resolver is ours: a message key with its arguments
 * becomes the bundle's text in the viewer's language. A boundary's refusal or field problems land
 * next to the input they are about; the rest at the top of the form.
 */
public final class Messages {

    private Messages() {
    }

    /** Makes the bundle OmniFaces' resolver of messages, once, when the application starts. */
    @WebListener
    public static final class Resolver implements ServletContextListener {

        @Override
        public void contextInitialized(ServletContextEvent event) {
            org.omnifaces.util.Messages.setResolver(Messages::text);
        }
    }

    /**
     * The bundle's text for this key, with its arguments; the key itself when the bundle has no
     * such key (so a text a boundary already wrote, such as a field problem, passes unchanged).
     */
    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = Faces.getResourceBundle("msg");
        try {
            String pattern = bundle.getString(key);
            return arguments == null || arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... arguments) {
        org.omnifaces.util.Messages.addGlobalInfo(key, arguments);
    }

    public static void error(String key, Object... arguments) {
        org.omnifaces.util.Messages.addGlobalError(key, arguments);
    }

    /**
     * Keeps the messages of this request for the page the browser is redirected to, until a page
     * has shown them (also when that page first meets the outage page: {@link Confirmations}).
     */
    public static void keepForRedirect() {
        Confirmations.keep(jakarta.faces.context.FacesContext.getCurrentInstance());
    }

    /**
     * Shows a boundary's refusal: on its field when it names one (the component id is the field
     * path with dots as underscores, inside {@code formId}), else (or with no form) for the whole page.
     */
    public static void refused(Refusal refusal, String formId) {
        org.omnifaces.util.Messages.add(FacesMessage.SEVERITY_ERROR, clientId(formId, refusal.getField()), refusal.getKey(),
                refusal.getArguments());
        markInvalid(clientId(formId, refusal.getField()));
        Faces.validationFailed();
    }

    /** Shows each field problem that the boundary found next to its input. */
    public static void invalid(InvalidInput invalid, String formId) {
        for (InvalidInput.Problem problem : invalid.getProblems()) {
            // already the text to show: added as it is, not looked up
            org.omnifaces.util.Messages.add(clientId(formId, problem.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            markInvalid(clientId(formId, problem.field()));
        }
        Faces.validationFailed();
    }

    /** The request attribute naming the fields a boundary refused, for the page's script. */
    public static final String REFUSED_FIELDS = "reconnect.refusedFields";

    /**
     * Names the field a boundary refused, so that the page's script gives it the focus like a
     * field the page's own validation refused (the templates render the names with the
     * messages). The component itself is left as it is: it shows what was sent.
     */
    private static void markInvalid(String clientId) {
        if (clientId == null || Faces.getContext() == null) {
            return;
        }
        Object named = Faces.getContext().getAttributes().get(REFUSED_FIELDS);
        Faces.getContext().getAttributes().put(REFUSED_FIELDS, named == null ? clientId : named + " " + clientId);
    }

    private static String clientId(String formId, String field) {
        return field == null || formId == null ? null : formId + ":" + field.replace('.', '_');
    }
}
