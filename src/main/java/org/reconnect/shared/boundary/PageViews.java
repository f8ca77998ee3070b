package org.reconnect.shared.boundary;

import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Marks a transaction as the one a page is read and rendered in (see the web layer's
 * {@code PageTransaction}), so that what is kept per transaction (the caller, the views to audit)
 * is known to belong to one page view.
 */
public final class PageViews {

    private static final String PAGE_VIEW = PageViews.class.getName() + ".pageView";

    private PageViews() {
    }

    public static void mark(TransactionSynchronizationRegistry transactions) {
        transactions.putResource(PAGE_VIEW, Boolean.TRUE);
    }

    /** Whether the current transaction (if any) is a page's. */
    public static boolean isPageView(TransactionSynchronizationRegistry transactions) {
        return transactions.getTransactionKey() != null && transactions.getResource(PAGE_VIEW) != null;
    }
}
