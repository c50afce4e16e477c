package org.pobratim.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an input has problems; nothing of it was applied. Carries every problem found. */
public final class InputRejected extends RuntimeException {
    private final List<Problem> problems;

    public InputRejected(List<Problem> problems) {
        super(problems.size() + " problem(s):\n" + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
