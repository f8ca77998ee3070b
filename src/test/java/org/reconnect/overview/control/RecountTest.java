package org.reconnect.overview.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecountTest {

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        private volatile Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void forward(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final Recount<Integer> recount = new Recount<>(Duration.ofMinutes(5), clock);
    private final AtomicInteger counts = new AtomicInteger();
    /** Threads of its own: the common pool may have one worker on a small machine. */
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    private Integer count() {
        return counts.incrementAndGet();
    }

    @Test
    void withinItsAgeTheFigureIsNotCountedAgain() {
        Recount.Counted<Integer> first = recount.get(this::count);
        clock.forward(Duration.ofMinutes(4).plusSeconds(59));
        Recount.Counted<Integer> second = recount.get(this::count);
        assertSame(first, second);
        assertEquals(1, counts.get());
        assertEquals(Instant.parse("2026-12-02T10:00:00Z"), second.countedAt());
    }

    @Test
    void onceOldItIsCountedAgainAndSaysWhen() {
        recount.get(this::count);
        clock.forward(Duration.ofMinutes(5));
        Recount.Counted<Integer> again = recount.get(this::count);
        assertEquals(2, again.value());
        assertEquals(Instant.parse("2026-12-02T10:05:00Z"), again.countedAt());
    }

    @Test
    void aFailedCountKeepsThePreviousFigureAndSaysWhatWentWrong() {
        recount.get(this::count);
        clock.forward(Duration.ofMinutes(6));
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> recount.get(() -> { throw new IllegalStateException("database away"); }));
        assertEquals("database away", failed.getMessage());
        clock.forward(Duration.ofSeconds(1));
        assertEquals(2, recount.get(this::count).value(), "counted again on the next call");
    }

    @Test
    void whileOneCallerCountsAgainTheOthersGetThePreviousFigureWithoutWaiting() throws Exception {
        recount.get(this::count);
        clock.forward(Duration.ofMinutes(10));
        CompletableFuture<Recount.Counted<Integer>> slow = countingUntilReleased(42);
        Recount.Counted<Integer> meanwhile = CompletableFuture.supplyAsync(() -> recount.get(this::count), pool).get(10, TimeUnit.SECONDS);
        assertEquals(1, meanwhile.value(), "the previous figure, at once");
        assertFalse(slow.isDone());
        release.countDown();
        assertEquals(42, slow.get(10, TimeUnit.SECONDS).value());
        assertEquals(42, recount.get(this::count).value(), "the new figure from then on");
        assertEquals(1, counts.get());
    }

    @Test
    void theFirstCountIsWaitedForAndMadeOnce() throws Exception {
        CompletableFuture<Recount.Counted<Integer>> first = countingUntilReleased(7);
        CompletableFuture<Recount.Counted<Integer>> second = CompletableFuture.supplyAsync(() -> recount.get(this::count), pool);
        Thread.sleep(100);
        assertFalse(second.isDone(), "nothing to show yet: the second caller waits");
        release.countDown();
        assertEquals(7, first.get(10, TimeUnit.SECONDS).value());
        assertEquals(7, second.get(10, TimeUnit.SECONDS).value());
        assertEquals(0, counts.get(), "counted once");
    }

    @Test
    void anAgeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Recount<Integer>(Duration.ZERO, clock));
    }

    /** A caller whose count has begun and goes on until the test calls {@code release.countDown()}. */
    private CompletableFuture<Recount.Counted<Integer>> countingUntilReleased(int figure) throws InterruptedException {
        CountDownLatch counting = new CountDownLatch(1);
        CompletableFuture<Recount.Counted<Integer>> caller = CompletableFuture.supplyAsync(() -> recount.get(() -> {
            counting.countDown();
            await(release);
            return figure;
        }), pool);
        assertTrue(counting.await(10, TimeUnit.SECONDS), "the count began");
        return caller;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
