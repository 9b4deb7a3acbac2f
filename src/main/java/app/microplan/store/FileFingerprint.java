package app.microplan.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file held when the store last read or wrote it: its length and a SHA-256 of its bytes. Modification
 * times are not used: sync tools restore them, and some file systems keep them to the second only.
 */
record FileFingerprint(long size, String sha256) {

    static FileFingerprint of(byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new FileFingerprint(content.length, HexFormat.of().formatHex(digest.digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    boolean matches(byte[] content) {
        return content.length == size && equals(of(content));
    }
}
