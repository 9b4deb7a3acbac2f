package app.microplan.cli;

/** Input a command cannot use; its message is the one line the trader reads, naming the option. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
