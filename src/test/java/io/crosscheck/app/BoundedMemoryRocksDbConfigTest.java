package io.crosscheck.app;

import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedMemoryRocksDbConfigTest {

    static {
        RocksDB.loadLibrary();
    }

    @Test
    void shouldPutEveryStoreOnTheSharedCacheAndWriteBufferManager() {
        try (RocksDbMemory memory = new RocksDbMemory(32L * 1024 * 1024, 8L * 1024 * 1024);
             Options options = new Options().setTableFormatConfig(new BlockBasedTableConfig())) {
            new BoundedMemoryRocksDbConfig().setConfig("event-statements", options, Map.of(RocksDbMemory.CONFIG_KEY, memory));

            BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
            assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
            assertThat(table.cacheIndexAndFilterBlocksWithHighPriority()).isTrue();
            assertThat(options.writeBufferManager()).isSameAs(memory.writeBufferManager());
            assertThat(options.writeBufferSize()).isEqualTo(2L * 1024 * 1024);
            assertThat(options.maxWriteBufferNumber()).isEqualTo(2);
        }
    }

    @Test
    void shouldRefuseToConfigureAStoreWithoutTheInstanceBudget() {
        try (Options options = new Options().setTableFormatConfig(new BlockBasedTableConfig())) {
            assertThatThrownBy(() -> new BoundedMemoryRocksDbConfig().setConfig("event-statements", options, Map.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(RocksDbMemory.CONFIG_KEY);
        }
    }

    @Test
    void shouldRejectAWriteBufferBudgetLargerThanTheCache() {
        assertThatThrownBy(() -> new RocksDbMemory(8L * 1024 * 1024, 16L * 1024 * 1024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must fit in the cache");
    }
}
