package org.reconnect.testsupport.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** For tests that compare how long two kinds of answer take: the median resists a noisy machine. */
public final class Timings {

    private Timings() {
    }

    public static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
