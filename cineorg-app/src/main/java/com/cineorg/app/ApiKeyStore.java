package com.cineorg.app;

import com.cineorg.domain.error.StorageFailureException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/** Writes a generated API key into the [server] table of the config file, readable by its owner only. */
final class ApiKeyStore {
    private ApiKeyStore() {}

    static void store(Path configFile, String key) {
        try {
            List<String> lines;
            try {
                lines = new ArrayList<>(Files.readAllLines(configFile, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                ConfigCommand.writeOwnerOnly(configFile, ConfigLoader.TEMPLATE);
                lines = new ArrayList<>(Files.readAllLines(configFile, StandardCharsets.UTF_8));
            }
            String entry = "api_key = \"" + key + "\"";
            int server = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().equals("[server]")) {
                    server = i;
                }
            }
            if (server >= 0) {
                lines.add(server + 1, entry);
            } else {
                lines.add("");
                lines.add("[server]");
                lines.add(entry);
            }
            Files.write(configFile, lines, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(configFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new StorageFailureException("cannot store the generated API key in " + configFile + ": "
                    + e.getMessage(), e);
        }
    }
}
