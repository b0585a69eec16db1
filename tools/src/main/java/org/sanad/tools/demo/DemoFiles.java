package org.sanad.tools.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The demo's JSON files in a directory, in name order; none when the directory is missing. */
final class DemoFiles {

    private DemoFiles() {
    }

    static List<Path> json(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
