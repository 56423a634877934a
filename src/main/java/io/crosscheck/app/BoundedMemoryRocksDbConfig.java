package io.crosscheck.app;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

import java.util.Map;

/**
 * Bounds the memory of every RocksDB state store, the pattern of the Kafka Streams memory-management
 * guide: all stores of the instance use the one shared LRU block cache of {@link RocksDbMemory}, index
 * and filter blocks are cached there too (high priority) instead of living unbounded on the heap of
 * each store, and memtables are charged to the cache through the shared write buffer manager.
 *
 * <p>Input: the {@link RocksDbMemory} found in the Streams configuration under
 * {@link RocksDbMemory#CONFIG_KEY} ({@link CrosscheckApp} puts it there). Kafka Streams creates one
 * setter per store; none of them owns the shared objects, so {@link #close} leaves them alone.
 */
public final class BoundedMemoryRocksDbConfig implements RocksDBConfigSetter {

    private static final long BLOCK_SIZE_BYTES = 16 * 1024L;
    private static final int MEMTABLES_PER_STORE = 2;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object memory = configs.get(RocksDbMemory.CONFIG_KEY);
        if (!(memory instanceof RocksDbMemory shared)) {
            throw new IllegalStateException("rocksdb.config.setter " + getClass().getName() + " needs a "
                    + RocksDbMemory.class.getSimpleName() + " under '" + RocksDbMemory.CONFIG_KEY
                    + "' in the Streams configuration (CrosscheckApp provides it)");
        }
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        table.setBlockSize(BLOCK_SIZE_BYTES);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(shared.writeBufferManager());
        options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
        // Memtables fill up to a share of the budget; the write buffer manager flushes early when all stores together hit it.
        options.setWriteBufferSize(Math.max(1024 * 1024L, shared.writeBufferBytes() / 4));
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write buffer manager are shared by every store; RocksDbMemory closes them with the app.
    }
}
