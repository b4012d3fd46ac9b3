package com.cineorg.domain.error;

public class AmbiguousMatchException extends CineOrgException {
    public AmbiguousMatchException(String message) {
        super(message);
    }

    public AmbiguousMatchException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.AMBIGUOUS_MATCH;
    }
}
