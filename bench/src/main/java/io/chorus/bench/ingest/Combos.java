package io.chorus.bench.ingest;

/**
 * Every report the bench makes names an (employee, item, network) nobody has reported yet, because the
 * share table allows each only once. The k-th combination, for k in [0, capacity), is a bijection:
 * the network alternates, then the employee, then the item. The seed takes k in [0, seeded); the server
 * run and the pgbench run each get half of what is left, so neither ever collides with the other or
 * with the seed. The pgbench script computes the same mapping with {@code \set} (see ingest.pgbench.sql).
 */
record Combos(int employees, int items, long seeded) {
  Combos {
    if (seeded > capacity(employees, items)) {
      throw new IllegalArgumentException(seeded + " seeded shares do not fit " + employees + " employees x "
          + items + " items x 2 networks");
    }
  }

  static long capacity(int employees, int items) {
    return 2L * employees * items;
  }

  long capacity() {
    return capacity(employees, items);
  }

  int networkIndex(long k) {
    return (int) (k % 2);
  }

  int employeeIndex(long k) {
    return (int) ((k / 2) % employees);
  }

  int itemIndex(long k) {
    return (int) ((k / (2L * employees)) % items);
  }

  /** The first k of the server's range (it ends where pgbench's begins). */
  long serverFirst() {
    return seeded;
  }

  long pgbenchFirst() {
    return seeded + (capacity() - seeded) / 2;
  }

  long pgbenchEnd() {
    return capacity();
  }
}
