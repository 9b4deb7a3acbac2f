package app.microplan.domain;

import java.util.Optional;

/**
 * A refusal of the domain ("the exits close 8 contracts but only 7 were entered") with its wording beside the
 * English message, so the window can say it in the trader's language while the command line prints the English
 * (decision 15). The exceptions stay the {@link IllegalArgumentException} and {@link IllegalStateException} callers
 * already catch.
 */
public interface WordedRefusal {
    /** The message as a wording; its English bundle text is the exception's message. */
    Wording wording();

    /** The wording of {@code refusal} when the domain gave it one. */
    static Optional<Wording> of(Throwable refusal) {
        return refusal instanceof WordedRefusal worded && worded.wording() != null
                ? Optional.of(worded.wording()) : Optional.empty();
    }

    /** An argument the domain refuses, with its wording. */
    static IllegalArgumentException argument(String message, Wording wording) {
        return new Argument(message, wording);
    }

    /** A state in which the domain refuses a change, with its wording. */
    static IllegalStateException state(String message, Wording wording) {
        return new State(message, wording);
    }

    /** {@link #argument}'s exception. */
    final class Argument extends IllegalArgumentException implements WordedRefusal {
        private static final long serialVersionUID = 1L;
        private final transient Wording wording;

        private Argument(String message, Wording wording) {
            super(message);
            this.wording = wording;
        }

        @Override
        public Wording wording() {
            return wording;
        }
    }

    /** {@link #state}'s exception. */
    final class State extends IllegalStateException implements WordedRefusal {
        private static final long serialVersionUID = 1L;
        private final transient Wording wording;

        private State(String message, Wording wording) {
            super(message);
            this.wording = wording;
        }

        @Override
        public Wording wording() {
            return wording;
        }
    }
}
