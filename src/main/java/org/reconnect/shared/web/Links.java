package org.reconnect.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.reconnect.shared.control.LinkedText;

import java.util.List;

/**
 * Free text with its web links clickable, for pages: {@code /WEB-INF/includes/linked-text.xhtml}
 * renders the parts with Faces components, the links as {@code h:outputLink}, all text escaped.
 */
@Named
@ApplicationScoped
public class Links {

    /** The text split into plain parts and http(s) links; see {@link LinkedText}. */
    public List<LinkedText.Part> parts(String text) {
        return LinkedText.parts(text);
    }
}
