package org.reconnect.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.security.boundary.LoginThrottle;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The locked accounts on the admin's home page, each with a way to unlock it. */
@Named
@ViewScoped
public class LockedAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LoginThrottle throttle;

    private List<LoginThrottle.Locked> locked;

    public List<LoginThrottle.Locked> getLocked() {
        if (locked == null) {
            locked = throttle.locked();
        }
        return locked;
    }

    public void unlock(LoginThrottle.Locked account) {
        try {
            throttle.unlock(account.userId());
        } finally {
            // the list as it is now, whether unlocked or refused
            locked = null;
        }
        Messages.info("lockout.unlocked", account.email());
    }
}
