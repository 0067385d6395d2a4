package app.tandem.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper building answer vectors; independent of engine code. */
final class Answers {

    private Answers() {}

    /** A complete vector of {@code items} answers, each 0..max, summing exactly to {@code total} (filled greedily). */
    static List<Integer> summingTo(int total, int items, int max) {
        if (total < 0 || total > items * max) {
            throw new IllegalArgumentException("total " + total + " impossible");
        }
        List<Integer> answers = new ArrayList<>();
        int left = total;
        for (int i = 0; i < items; i++) {
            int a = Math.min(max, left);
            answers.add(a);
            left -= a;
        }
        return answers;
    }

    /** A vector that may contain nulls (List.of does not allow them). */
    static List<Integer> of(Integer... answers) {
        return Arrays.asList(answers);
    }
}
