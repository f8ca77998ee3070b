package org.reconnect.shared.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the message bundle for what a boundary writes itself: e-mails, audit details. */
public final class Texts {

    private static final String BUNDLE = "org.reconnect.messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Texts.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
