package app.microplan.store;

/** A journal file could not be read or written; the message names the file and says why, for people. */
public class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
