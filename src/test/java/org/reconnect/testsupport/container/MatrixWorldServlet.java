package org.reconnect.testsupport.container;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Makes a {@link MatrixWorld} inside the server for a client-side test, and answers its ids as
 * properties. Not annotated: it answers only in an archive whose web.xml maps it
 * ({@link #WEB_XML}), so the other test archives that carry this package do not offer it.
 */
public class MatrixWorldServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/world";

    public static final String WEB_XML = TestServlets.webXml(MatrixWorldServlet.class, PATH);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MatrixWorld world;
        try {
            world = MatrixWorld.create();
        } catch (Exception e) {
            throw new IOException("could not make the matrix world", e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        world.toProperties().store(response.getWriter(), null);
    }
}
