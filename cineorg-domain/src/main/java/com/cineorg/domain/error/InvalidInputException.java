package com.cineorg.domain.error;

public class InvalidInputException extends CineOrgException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }
}
