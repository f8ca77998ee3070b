package org.reconnect.dev;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the generated rows in JDBC batches over one connection (the driver rewrites a batch
 * into multi-row INSERTs), committing every few thousand rows. When one table's batch is full,
 * every table's batch is sent, in the order of {@link ClinicRows#TABLES}, so that the triggers
 * see rows in the order the application would have written them.
 */
final class JdbcClinicRows implements ClinicRows, AutoCloseable {

    private static final int BATCH = 2_000;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, Integer> pending = new LinkedHashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();

    JdbcClinicRows(Connection connection) throws SQLException {
        this.connection = connection;
        for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
            List<String> columns = table.getValue();
            String sql = "INSERT INTO " + table.getKey() + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            statements.put(table.getKey(), connection.prepareStatement(sql));
            pending.put(table.getKey(), 0);
            written.put(table.getKey(), 0L);
        }
    }

    @Override
    public void add(String table, Object... values) {
        PreparedStatement statement = statements.get(table);
        if (statement == null || values.length != TABLES.get(table).size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + TABLES.get(table));
        }
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add a row to " + table, e);
        }
        int count = pending.merge(table, 1, Integer::sum);
        if (count >= BATCH) {
            flush();
        }
    }

    /** Sends every pending batch, in table order, and commits. */
    void flush() {
        try {
            for (Map.Entry<String, Integer> table : pending.entrySet()) {
                if (table.getValue() > 0) {
                    statements.get(table.getKey()).executeBatch();
                    written.merge(table.getKey(), (long) table.getValue(), Long::sum);
                    table.setValue(0);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("a batch of generated rows was refused: " + e.getMessage(), e);
        }
    }

    /** The rows written so far, per table. */
    Map<String, Long> written() {
        return new LinkedHashMap<>(written);
    }

    @Override
    public void close() throws SQLException {
        flush();
        List<SQLException> failures = new ArrayList<>();
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
