package com.cineorg.domain.error;

/** Base of every expected CineOrg failure. The message is a single line fit to show to a user. */
public abstract class CineOrgException extends RuntimeException {
    protected CineOrgException(String message) {
        super(message);
    }

    protected CineOrgException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ErrorKind kind();
}
