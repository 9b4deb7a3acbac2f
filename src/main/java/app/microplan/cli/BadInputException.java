package app.microplan.cli;

/** Input a command cannot use; its message is the one line the trader reads, naming the option. */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
