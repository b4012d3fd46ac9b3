package com.cineorg.adapter.persistence;

import com.cineorg.domain.testing.MediaDetailsReadContract;

/** The detail-view reader (its own read-only connections, text JSON read as bytes) on a real PostgreSQL. */
class PostgresMediaDetailsReadIT extends MediaDetailsReadContract {
    @Override
    protected Stores emptyStores() {
        TestDatabases.clear(SharedPostgres.jdbcUrl());
        return TestDatabases.detailStores(SharedPostgres.database());
    }
}
