package com.cineorg.domain.error;

public class StorageFailureException extends CineOrgException {
    public StorageFailureException(String message) {
        super(message);
    }

    public StorageFailureException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.STORAGE_FAILURE;
    }
}
