package io.crosscheck.app;

import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * The one RocksDB memory budget of a Crosscheck instance: an LRU block cache shared by every state
 * store, and a write buffer manager that charges memtables to that same cache, so the instance's
 * RocksDB memory stays near {@code cacheBytes} however many stores and tasks it hosts.
 *
 * <p>Created by {@link CrosscheckApp} per Kafka Streams instance and handed to
 * {@link BoundedMemoryRocksDbConfig} through the Streams configuration ({@link #CONFIG_KEY}), so it needs
 * no static state and is freed when the instance closes.
 */
public final class RocksDbMemory implements AutoCloseable {

    /** Streams configuration key under which the instance's budget object travels to the config setter. */
    public static final String CONFIG_KEY = "crosscheck.rocksdb.memory";

    static {
        // The cache is created before Kafka Streams opens any store, i.e. before it loads RocksDB's native library.
        RocksDB.loadLibrary();
    }

    /** Share of the cache kept for index and filter blocks, so they are not evicted by data blocks. */
    private static final double INDEX_FILTER_BLOCK_RATIO = 0.1;

    private final long cacheBytes;
    private final long writeBufferBytes;
    private final Cache cache;
    private final WriteBufferManager writeBufferManager;

    /**
     * @param cacheBytes       total RocksDB block cache, memtables included
     * @param writeBufferBytes the part of it memtables may use before RocksDB flushes them
     */
    public RocksDbMemory(long cacheBytes, long writeBufferBytes) {
        if (writeBufferBytes > cacheBytes) {
            throw new IllegalArgumentException("the RocksDB write buffer budget (" + writeBufferBytes
                    + " bytes) must fit in the cache (" + cacheBytes + " bytes)");
        }
        this.cacheBytes = cacheBytes;
        this.writeBufferBytes = writeBufferBytes;
        this.cache = new LRUCache(cacheBytes, -1, false, INDEX_FILTER_BLOCK_RATIO);
        this.writeBufferManager = new WriteBufferManager(writeBufferBytes, cache);
    }

    Cache cache() {
        return cache;
    }

    WriteBufferManager writeBufferManager() {
        return writeBufferManager;
    }

    public long cacheBytes() {
        return cacheBytes;
    }

    public long writeBufferBytes() {
        return writeBufferBytes;
    }

    /** Frees the native cache; call only after Kafka Streams has closed every store. */
    @Override
    public void close() {
        writeBufferManager.close();
        cache.close();
    }

    @Override
    public String toString() {
        return "RocksDbMemory[cache=" + cacheBytes + " bytes, writeBuffers=" + writeBufferBytes + " bytes]";
    }
}
