package app.tandem.screening.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over ASCII trigger strings: one pass over a text reports every occurrence of every string.
 * Characters no string uses (including all non-ASCII) lead back to the root. Immutable and thread-safe.
 */
final class TriggerAutomaton {

    private final int[] symbol; // ASCII char -> symbol (0 = used by no string)
    private final int symbols;
    private final int[] delta; // state * symbols + symbol -> state
    private final int[][] out; // state -> ids of the strings ending here (including via suffix links)

    TriggerAutomaton(List<String> strings) {
        this.symbol = new int[128];
        int symbolCount = 1;
        for (String s : strings) {
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c >= 128) {
                    throw new IllegalArgumentException("trigger strings must be ASCII: " + s);
                }
                if (symbol[c] == 0) {
                    symbol[c] = symbolCount++;
                }
            }
        }
        this.symbols = symbolCount;
        List<int[]> go = new ArrayList<>();
        List<List<Integer>> outs = new ArrayList<>();
        go.add(newRow(symbols));
        outs.add(new ArrayList<>());
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            int st = 0;
            for (int k = 0; k < s.length(); k++) {
                int c = symbol[s.charAt(k)];
                if (go.get(st)[c] < 0) {
                    go.add(newRow(symbols));
                    outs.add(new ArrayList<>());
                    go.get(st)[c] = go.size() - 1;
                }
                st = go.get(st)[c];
            }
            outs.get(st).add(i);
        }
        int states = go.size();
        int[] fail = new int[states];
        this.delta = new int[states * symbols];
        this.out = new int[states][];
        out[0] = new int[0];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < symbols; c++) {
            int nx = go.get(0)[c];
            delta[c] = Math.max(nx, 0);
            if (nx > 0) {
                queue.add(nx);
            }
        }
        // Breadth first, so a state's failure state is complete before the state itself.
        while (!queue.isEmpty()) {
            int st = queue.poll();
            List<Integer> own = outs.get(st);
            int[] inherited = out[fail[st]];
            int[] all = new int[own.size() + inherited.length];
            for (int k = 0; k < own.size(); k++) {
                all[k] = own.get(k);
            }
            System.arraycopy(inherited, 0, all, own.size(), inherited.length);
            out[st] = all;
            for (int c = 0; c < symbols; c++) {
                int nx = go.get(st)[c];
                if (nx < 0) {
                    delta[st * symbols + c] = delta[fail[st] * symbols + c];
                } else {
                    delta[st * symbols + c] = nx;
                    fail[nx] = delta[fail[st] * symbols + c];
                    queue.add(nx);
                }
            }
        }
    }

    private static int[] newRow(int symbols) {
        int[] row = new int[symbols];
        Arrays.fill(row, -1);
        return row;
    }

    /** The state after reading {@code c} in state {@code state}; start in state 0. */
    int step(int state, char c) {
        return c < 128 ? delta[state * symbols + symbol[c]] : 0;
    }

    /** Ids of the strings that end at the character just read into {@code state}. */
    int[] out(int state) {
        return out[state];
    }

    /** {states, symbols}, for tests and tuning. */
    int[] size() {
        return new int[] {out.length, symbols};
    }
}
