package org.reconnect.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reconnect.shared.entity.Role;

import java.io.IOException;

/**
 * The site root and {@code /home}: sends each person to their own area. {@code /home} requires a
 * login (web.xml), so it is where the login form returns to; the bare root sends an anonymous
 * visitor to the login page without starting a session.
 */
@WebServlet(name = "home", urlPatterns = {"", "/home"})
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + areaOf(request));
    }

    static String areaOf(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return "/login.xhtml";
        }
        if (request.isUserInRole(Role.ADMIN_NAME)) {
            return "/admin/";
        }
        if (request.isUserInRole(Role.THERAPIST_NAME)) {
            return "/therapist/";
        }
        if (request.isUserInRole(Role.CLIENT_NAME)) {
            return "/portal/";
        }
        return "/login.xhtml";
    }
}
