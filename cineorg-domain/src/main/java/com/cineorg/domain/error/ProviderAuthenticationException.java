package com.cineorg.domain.error;

/**
 * A provider refused our credentials (HTTP 401): a configuration problem, so it is {@link ErrorKind#INVALID_INPUT}
 * (exit 2). The message names the setting to fix and never contains the key itself. A batch should stop at the
 * first one instead of failing every file with it.
 */
public class ProviderAuthenticationException extends InvalidInputException {
    public ProviderAuthenticationException(String message) {
        super(message);
    }
}
