package org.reconnect.overview.control;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A figure that is expensive to count, counted again at most once per {@code maxAge}: within
 * that age every caller gets the figure already counted; once it is older, the first caller counts
 * it again while the others keep getting the previous one (nobody queues behind the count), and
 * only the very first count makes concurrent callers wait for it. A count that fails keeps the
 * previous figure and lets its exception through.
 *
 * @param <T> what is counted
 */
public final class Recount<T> {

    /** A figure and the moment it was counted (serializable when the figure is: a view may keep it). */
    public record Counted<T>(T value, Instant countedAt) implements Serializable {
    }

    private final Duration maxAge;
    private final Clock clock;
    private final ReentrantLock counting = new ReentrantLock();
    private volatile Counted<T> latest;

    public Recount(Duration maxAge, Clock clock) {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
        }
        this.maxAge = maxAge;
        this.clock = Objects.requireNonNull(clock);
    }

    /** The figure, counted by {@code count} when there is none yet or the last one is {@code maxAge} old. */
    public Counted<T> get(Supplier<T> count) {
        Counted<T> seen = latest;
        if (fresh(seen)) {
            return seen;
        }
        if (seen == null) {
            counting.lock();
        } else if (!counting.tryLock()) {
            return seen;
        }
        try {
            Counted<T> meanwhile = latest;
            if (meanwhile != seen && fresh(meanwhile)) {
                return meanwhile;
            }
            Instant at = clock.instant();
            Counted<T> counted = new Counted<>(count.get(), at);
            latest = counted;
            return counted;
        } finally {
            counting.unlock();
        }
    }

    private boolean fresh(Counted<T> counted) {
        return counted != null && clock.instant().isBefore(counted.countedAt().plus(maxAge));
    }
}
