package io.tideline.artifact;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-object mutual exclusion for artifact writes: an in-process lock striped by object key, and an
 * OS file lock on {@code <object folder>/.lock} so two processes sharing a storage volume do not
 * interleave either. Re-entrant for the thread that holds it.
 */
final class ObjectLocks {

  static final String LOCK_FILE = ".lock";
  private static final int STRIPES = 64;

  private final Stripe[] stripes = new Stripe[STRIPES];

  ObjectLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe();
    }
  }

  /** Blocks until this thread holds the lock of the object whose folder is {@code objectDir}. */
  ObjectLock acquire(ObjectKey key, Path objectDir) throws IOException {
    Stripe stripe = stripes[Math.floorMod(key.hashCode(), STRIPES)];
    stripe.lock.lock();
    try {
      HeldFile held = stripe.held.get(key);
      if (held == null) {
        Files.createDirectories(objectDir);
        FileChannel channel =
            FileChannel.open(
                objectDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
          held = new HeldFile(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
          channel.close();
          throw e;
        }
        stripe.held.put(key, held);
      }
      held.count++;
    } catch (IOException | RuntimeException e) {
      stripe.lock.unlock();
      throw new IOException("cannot lock artifacts of " + key + ": " + e.getMessage(), e);
    }
    return new ObjectLock(() -> release(stripe, key));
  }

  private static void release(Stripe stripe, ObjectKey key) throws IOException {
    try {
      HeldFile held = stripe.held.get(key);
      if (held != null && --held.count == 0) {
        stripe.held.remove(key);
        try (FileChannel channel = held.channel) {
          if (held.lock.isValid()) {
            held.lock.release();
          }
        }
      }
    } finally {
      stripe.lock.unlock();
    }
  }

  private static final class Stripe {
    final ReentrantLock lock = new ReentrantLock();
    final Map<ObjectKey, HeldFile> held = new HashMap<>();
  }

  private static final class HeldFile {
    final FileChannel channel;
    final FileLock lock;
    int count;

    HeldFile(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }
  }
}
