package io.dynantic.local.api;

import java.util.List;

/** A ListTables response; {@code lastEvaluatedTableName} is {@code null} on the last page. */
public record ListTablesResponse(List<String> tableNames, String lastEvaluatedTableName) {
    public ListTablesResponse {
        tableNames = List.copyOf(tableNames);
    }
}
