package org.reconnect.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.reconnect.security.boundary.SessionRegistry;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the session filter does with a page's own background request (the messages page's poll):
 * it is not activity, so a page left open is signed out at the idle limit like any other.
 */
class BackgroundRequestTest {

    private static final int LIMIT = 30 * 60;

    private static HttpServletRequest request(String facesRequest, String source) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Faces-Request".equals(args[0]) ? facesRequest : null;
                    case "getParameter" -> "jakarta.faces.source".equals(args[0]) ? source : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpSession session(Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getMaxInactiveInterval" -> LIMIT;
                    case "getCreationTime" -> (Long) attributes.getOrDefault("created", System.currentTimeMillis());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aRequestThePersonMadeIsActivity() {
        Map<String, Object> attributes = new HashMap<>();
        long before = System.currentTimeMillis();
        assertTrue(SessionStartFilter.stillActive(request("partial/ajax", "compose:send"), session(attributes)));
        assertTrue((Long) attributes.get(SessionRegistry.LAST_ACTIVITY) >= before);
        attributes.clear();
        assertTrue(SessionStartFilter.stillActive(request(null, null), session(attributes)), "a page opened");
        assertTrue((Long) attributes.get(SessionRegistry.LAST_ACTIVITY) >= before);
    }

    @Test
    void thePollIsNotActivityAndEndsASessionLeftAloneForTheIdleLimit() {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest poll = request("partial/ajax", "backgroundForm:backgroundPoll");
        long tenMinutesAgo = System.currentTimeMillis() - 10 * 60 * 1000L;
        attributes.put(SessionRegistry.LAST_ACTIVITY, tenMinutesAgo);
        assertTrue(SessionStartFilter.stillActive(poll, session(attributes)));
        assertEquals(tenMinutesAgo, attributes.get(SessionRegistry.LAST_ACTIVITY), "the poll moved nothing");

        attributes.put(SessionRegistry.LAST_ACTIVITY, System.currentTimeMillis() - LIMIT * 1000L - 1);
        assertFalse(SessionStartFilter.stillActive(poll, session(attributes)), "half an hour without the person: it ends");
    }

    @Test
    void aSessionWithNoActivityNotedCountsFromItsStart() {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest poll = request("partial/ajax", "backgroundForm:backgroundPoll");
        attributes.put("created", System.currentTimeMillis() - 5 * 60 * 1000L);
        assertTrue(SessionStartFilter.stillActive(poll, session(attributes)));
        attributes.put("created", System.currentTimeMillis() - LIMIT * 1000L - 1);
        assertFalse(SessionStartFilter.stillActive(poll, session(attributes)), "the poll cannot keep it alive forever");
    }

    @Test
    void onlyAFacesAjaxRequestCanBeTheBackground() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SessionRegistry.LAST_ACTIVITY, 0L);
        assertTrue(SessionStartFilter.stillActive(request(null, "backgroundForm:backgroundPoll"), session(attributes)),
                "a full post naming the poll is the person's");
        assertTrue((Long) attributes.get(SessionRegistry.LAST_ACTIVITY) > 0);
    }
}
