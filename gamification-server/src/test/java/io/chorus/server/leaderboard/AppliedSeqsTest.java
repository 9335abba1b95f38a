package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("AppliedSeqs: remembers the last n numbers applied, as a set that forgets its oldest does")
class AppliedSeqsTest {

  @ParameterizedTest(name = "seed {0}, remembering {1}, numbers up to {2}, {3} adds")
  @CsvSource({
      "1, 4, 20, 2000",
      "2, 100, 400, 50000",
      "3, 1000, 100000, 50000",
      "4, 5, 1000000, 5000"})
  @DisplayName("each number is new exactly when the model has not got it, through repeats, late numbers and"
      + " forgetting (tombstones rebuilt many times over)")
  void matchesModel(long seed, int capacity, int range, int adds) {
    Random random = new Random(seed);
    AppliedSeqs seqs = new AppliedSeqs(capacity);
    LinkedHashSet<Long> model = new LinkedHashSet<>();
    long rising = 0;
    for (int i = 0; i < adds; i++) {
      // Mostly the next numbers, as the ledger brings them; sometimes a repeat or a late one from further back.
      long seq = random.nextInt(4) != 0 ? ++rising : Math.max(1, rising - random.nextInt(range));
      boolean fresh = model.add(seq);
      if (model.size() > capacity) {
        model.remove(model.iterator().next());
      }
      assertEquals(fresh, seqs.add(seq), "add(" + seq + ") after " + i + " adds");
      assertEquals(model.size(), seqs.size());
      long probe = 1 + random.nextInt((int) Math.min(Integer.MAX_VALUE, rising + 1));
      assertEquals(model.contains(probe), seqs.contains(probe), "contains(" + probe + ")");
    }
  }
}
