package com.cineorg.adapter.api;

import java.security.SecureRandom;
import java.util.Base64;

/** Makes API keys: 32 random bytes from {@link SecureRandom}, URL-safe Base64 without padding (43 characters). */
public final class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
