package org.reconnect.couple.entity;

/**
 * What the therapist does with something one partner tells them alone, chosen at intake and
 * acknowledged by both: share nothing privately ({@code NO_SECRETS}) or hold limited secrets at
 * the therapist's discretion ({@code LIMITED_SECRETS}).
 */
public enum SecretsPolicy {
    NO_SECRETS,
    LIMITED_SECRETS
}
