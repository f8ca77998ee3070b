package org.reconnect.shared.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.reconnect.shared.boundary.PageRequest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A PrimeFaces lazy table over a boundary's count and page methods: the table asks for one
 * page at a time, the boundary scopes, audits and answers in a fixed number of statements.
 * Filters typed into the table's columns and filters kept by the page (a search box, a status
 * select) are merged; the boundary ignores any it does not know.
 */
public class ListModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A boundary call the view can keep between requests. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count(Map<String, String> filters);
    }

    /** A boundary call the view can keep between requests. */
    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> rows(PageRequest request);
    }

    /** A row's id, for row keys. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Rows<T> rows;
    private final Key<T> key;
    private final SerializableFilters pageFilters;
    /** The order the table last asked for (null: the boundary's own), so an export can follow it. */
    private String sortField;
    private boolean ascending = true;

    /** The filters the page keeps outside the table, read at every load. */
    @FunctionalInterface
    public interface SerializableFilters extends Supplier<Map<String, String>>, Serializable {
    }

    public ListModel(Count count, Rows<T> rows, Key<T> key, SerializableFilters pageFilters) {
        this.count = count;
        this.rows = rows;
        this.key = key;
        this.pageFilters = pageFilters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count(filters(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && s.getOrder() != SortOrder.UNSORTED)
                .findFirst().orElse(null);
        sortField = sort == null ? null : sort.getField();
        ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
        return rows.rows(new PageRequest(first, pageSize, sortField, ascending, filters(filterBy)));
    }

    /** The column the table is sorted by now, or null for the boundary's default order. */
    public String getSortField() {
        return sortField;
    }

    public boolean isAscending() {
        return ascending;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        return page == null ? null : page.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
    }

    private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> merged = new HashMap<>();
        if (filterBy != null) {
            filterBy.values().forEach(f -> {
                if (f.getFilterValue() != null && !String.valueOf(f.getFilterValue()).isBlank()) {
                    merged.put(f.getField(), String.valueOf(f.getFilterValue()));
                }
            });
        }
        Map<String, String> kept = pageFilters == null ? null : pageFilters.get();
        if (kept != null) {
            kept.forEach((field, value) -> {
                if (value != null && !value.isBlank()) {
                    merged.put(field, value);
                }
            });
        }
        return merged;
    }
}
