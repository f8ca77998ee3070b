package org.reconnect.shared.entity;

import org.reconnect.shared.entity.Role;

import java.util.Set;

/**
 * Who is asking: the authenticated account, with the roles it holds. The access rules in each
 * capability's {@code control} package decide on a {@code Caller}, never on a session.
 */
public record Caller(long userId, String email, String displayName, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
